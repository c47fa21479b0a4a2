import type { CorpusLayout } from "../types";

// 信阳市工信局 / 财政局 2022-05 转发 豫工信联创新〔2022〕52号 (2022年技术创新示范企业 申报): the 河南省技术创新示范企业推荐企业汇总表 the
// counties return — 序号 | 企业名称 | 统一社会信用代码 | 所在县区 | 所属行业 | 主导产品 | 联系人 | 联系电话, no money, the 推荐单位 line over it.
export const layout: CorpusLayout = {
  id: "xinyang-2022-tech-innovation-demo-recommendations",
  source: {
    title: "转发河南省工业和信息化厅河南省财政厅关于组织推荐申报2022年技术创新示范企业的通知（推荐企业汇总表据通知拟）",
    url: "https://www.chacewang.com/newsdetail/news65736.html",
    publisher: "信阳市工业和信息化局、信阳市财政局",
    date: "2022-05",
    changes:
      "The stored copy is the city's cover notice (the districts addressed: 浉河区、平桥区、羊山新区、高新区、上天梯; the 汇总表 to be returned by 5月17日); " +
      "the 汇总表 itself is an annex not shown. We lay it out as such forms are (title, 推荐单位 line with the date, the columns above, a note), " +
      "with firms, codes, trades and contacts of our own. Planted: 固始县豫南电子科技有限公司's code with a wrong check character (…3405 for " +
      "…3402); 信阳平桥明港钢铁装备有限公司 recommended twice (rows 2 and 8).",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "recommendation-summary", "credit-codes", "invalid-credit-code", "duplicate-firm",
    "counties-as-places", "functional-zone-place", "category-column", "phone-column", "unit-line-over-header", "notes-under-table",
    "table-from-prose", "annex-not-shown", "city-list", "henan",
  ],
  settings: { district: "信阳市" },
  sheets: [
    {
      name: "推荐企业汇总表",
      widths: [6, 32, 22, 12, 12, 22, 10, 16],
      rows: [
        ["2022年河南省技术创新示范企业推荐企业汇总表", null, null, null, null, null, null, null],
        ["推荐单位（盖章）：信阳市工业和信息化局  信阳市财政局", null, null, null, null, "填报日期：2022年5月16日", null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县区", "所属行业", "主导产品", "联系人", "联系电话"],
        [1, "信阳羊山新材料科技有限公司", "91411502C1P5TYD4PJ", "羊山新区", "新材料", "珍珠岩保温板", "周明", "0376-6231087"],
        [2, "信阳平桥明港钢铁装备有限公司", "91411503H4YPR81N5R", "平桥区", "装备制造", "冶金辊道设备", "刘建军", "0376-3561204"],
        [3, "罗山县茶韵食品有限公司", "914115217F4L0LXGPX", "罗山县", "食品加工", "信阳毛尖茶饮料", "陈芳", "0376-2182316"],
        [4, "固始县豫南电子科技有限公司", "914115255R4CCT3405", "固始县", "电子信息", "电源适配器", "王磊", "0376-4975520"],
        [5, "潢川华英禽业装备有限公司", "91411526NB213FLFLG", "潢川县", "装备制造", "禽类屠宰线", "李红", "0376-3926601"],
        [6, "息县淮河新型建材有限公司", "914115287A52XUHNNJ", "息县", "新型建材", "蒸压加气砌块", "赵强", "0376-5021773"],
        [7, "商城县大别山药业有限公司", "91411524AA5JHL52T8", "商城县", "生物医药", "中药饮片", "孙丽", "0376-7958340"],
        [8, "信阳平桥明港钢铁装备有限公司", "91411503H4YPR81N5R", "平桥区", "装备制造", "连铸机扇形段", "刘建军", "0376-3561204"],
        ["注：推荐企业按推荐顺序排列；申报材料纸质版一式四份、电子版光盘两份另行报送。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:E2", "F2:H2", "A12:H12"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "推荐企业汇总表",
        kind: "register",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C7", why: "914115255R4CCT3405: the GB 32100 check character of 914115255R4CCT340 is 2, not 5" },
      { rule: "register.duplicate", cell: "B11", why: "信阳平桥明港钢铁装备有限公司 (91411503H4YPR81N5R) recommended again for the same 2022 recognition, first at 2" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D4", why: "羊山新区 is 信阳's own new district (in 浉河区 / 平桥区), inside 信阳市" },
      { rule: "register.ineligible-location", cell: "D9", why: "息县 is a county of 信阳市" },
      { rule: "register.location-code-mismatch", cell: "C4", why: "411502 is 浉河区, within 信阳市 as 羊山新区 is" },
      { rule: "cap.unknown-policy", why: "a recommendation list with no money column leaves no amount unchecked" },
      { rule: "input.unreadable-value", cell: "H4", why: "联系电话 is a contact column, no amount" },
      { rule: "register.duplicate", cell: "B8", why: "two firms in 装备制造 (rows 2 and 5) are different firms; the trade is a category" },
    ],
  },
};
