import type { CorpusLayout } from "../types";

// 甘肃省工业和信息化委员会 2014-07: 2014年“专精特新”中小企业 评审结果公示 (46 firms) — 序号 | 市（州） | 企业名称 | 主导产品, no money
// and, in 2014, no 统一社会信用代码. A 宁夏 中卫市 firm among the 市（州）; one firm listed again at the foot; the two 自治州 and
// 嘉峪关市 are 甘肃.
export const layout: CorpusLayout = {
  id: "gansu-2014-specialised-sme-recognition-list",
  source: {
    title: "甘肃省46家企业被认定为“专精特新”（2014年“专精特新”中小企业拟认定名单）",
    url: "http://lanzhou.baogaosu.com/xinwen/%E4%B8%93%E7%B2%BE%E7%89%B9%E6%96%B0%E5%AE%B6%E4%BC%81%E4%B8%9A%E8%A2%AB%E8%AE%A4%E5%AE%9A%E4%B8%BA%E4%B8%93%E7%B2%BE%E7%89%B9%E6%96%B0/22495012",
    publisher: "甘肃省工业和信息化委员会 (as reported by 甘肃经济日报 / 中国甘肃网)",
    date: "2014-07-29",
    changes:
      "The report names the 公示 of 46 firms and four of them; the list itself is not in the stored copy (table-not-in-stored-copy): laid out " +
      "as such 公示 lists are (序号 | 市（州） | 企业名称 | 主导产品), cut to 17 rows; the firms and products are ours (none of the four named). " +
      "Planted: a firm of 宁夏 中卫市; 天水秦州电工电器 listed again at row 19.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "no-credit-codes", "cities-as-places", "autonomous-prefectures-as-places", "out-of-province-place", "duplicate-row", "product-column", "annex-title-row", "table-not-in-stored-copy", "province-wide-list", "gansu"],
  settings: { district: "甘肃省" },
  sheets: [
    {
      name: "拟认定名单",
      widths: [6, 16, 34, 20],
      rows: [
        ["2014年甘肃省“专精特新”中小企业拟认定名单", null, null, null],
        ["序号", "市（州）", "企业名称", "主导产品"],
        [1, "兰州市", "兰州陇原精密仪表有限公司", "智能电能表"],
        [2, "兰州市", "兰州黄河源生物制药有限公司", "中药配方颗粒"],
        [3, "嘉峪关市", "嘉峪关雄关合金铸件有限公司", "耐磨合金铸件"],
        [4, "金昌市", "金昌镍都新材料科技有限公司", "镍基粉体材料"],
        [5, "白银市", "白银银光化工助剂有限公司", "精细化工助剂"],
        [6, "天水市", "天水秦州电工电器有限公司", "低压开关柜"],
        [7, "武威市", "武威凉州葡萄酒业有限公司", "干红葡萄酒"],
        [8, "张掖市", "张掖祁连种业有限责任公司", "杂交玉米种子"],
        [9, "平凉市", "平凉崆峒牛肉食品有限公司", "牛肉制品"],
        [10, "酒泉市", "酒泉瀚海风电装备有限公司", "风机塔筒"],
        [11, "庆阳市", "庆阳陇东石油机械有限公司", "抽油机配件"],
        [12, "定西市", "定西陇薯淀粉科技有限公司", "马铃薯变性淀粉"],
        [13, "中卫市", "中卫沙坡头枸杞食品有限公司", "枸杞制品"],
        [14, "陇南市", "陇南武都油橄榄开发有限公司", "特级初榨橄榄油"],
        [15, "临夏回族自治州", "临夏河州清真食品有限公司", "清真牛羊肉制品"],
        [16, "甘南藏族自治州", "甘南安多牦牛乳业有限公司", "牦牛乳制品"],
        [17, "天水市", "天水秦州电工电器有限公司", "低压开关柜"],
      ],
      merges: ["A1:D1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "拟认定名单", kind: "register", headerRow: 2, lastRow: 19, columns: { B: "place", C: "enterprise" }, year: 2014 },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "B15", why: "中卫市 is in 宁夏回族自治区, not 甘肃省" },
      { rule: "register.duplicate", cell: "C19", why: "天水秦州电工电器有限公司 listed again (row 8)" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B17", why: "临夏回族自治州 is a prefecture of 甘肃省" },
      { rule: "register.ineligible-location", cell: "B18", why: "甘南藏族自治州 is a prefecture of 甘肃省" },
      { rule: "register.ineligible-location", cell: "B5", why: "嘉峪关市 is a city of 甘肃省" },
      { rule: "register.duplicate", cell: "C4", why: "two 兰州市 firms, different names" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.invalid-credit-code", why: "no credit-code column (2014)" },
    ],
  },
};
