import type { CorpusLayout } from "../types";

// 山西省小企业发展促进局 2020: 山西紫林醋业股份有限公司等79家 recognised as 2020年省级专精特新“小巨人”企业, the 公示名单 a .docx annex.
// Laid out as such a 公示名单 is — 序号 | 企业名称 | 统一社会信用代码 | 所在市 | 所属行业, no money — twelve of the firms (ours).
export const layout: CorpusLayout = {
  id: "shanxi-2020-provincial-little-giant-firms-publicity",
  source: {
    title: "关于公布2020年省级专精特新“小巨人”企业名单的通知（附：公示名单，名单据通知拟）",
    url: "http://m.msr-nogmparts.com/news2/shownews.php?id=512",
    publisher: "山西省小企业发展促进局",
    date: "2020-12",
    changes:
      "As published: the notice (晋企发〔2020〕18号, 79 firms, 山西紫林醋业股份有限公司等) and its annex's name. The annex (.docx) is not in the " +
      "stored copy: the table, the firms, codes, cities and trades are ours (twelve rows). Planted: 长治上党智能电子有限公司's code " +
      "911404025QMLP42PG1 with a wrong check character (G0 is right); 韩城龙门精工机械有限公司 of 陕西省韩城市 on the province's list.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "cities-as-places", "out-of-province-firm", "category-column",
    "notes-under-table", "province-list", "annex-not-shown", "shanxi",
  ],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 30, 22, 16, 14],
      rows: [
        ["2020年省级专精特新“小巨人”企业公示名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "所属行业"],
        [1, "太原晋阳精密轴承有限公司", "91140106J9LDPQJH3K", "太原市", "装备制造"],
        [2, "晋城泽科新材料有限公司", "91140502L8UU10QKNR", "晋城市", "新材料"],
        [3, "晋中榆次液压元件有限公司", "911407025QPC9HCJP2", "晋中市", "装备制造"],
        [4, "大同云冈光伏组件有限公司", "91140202AW8AKJ4F8W", "大同市", "新能源"],
        [5, "运城盐湖生物科技有限公司", "911408026616EFA85G", "运城市", "生物医药"],
        [6, "长治上党智能电子有限公司", "911404025QMLP42PG1", "长治市", "电子信息"],
        [7, "阳泉平坦耐火材料有限公司", "911403034BJQWLGBCU", "阳泉市", "新材料"],
        [8, "忻州五台杂粮食品有限公司", "911409020J5P97QWA2", "忻州市", "食品"],
        [9, "韩城龙门精工机械有限公司", "916105813NAXMTBNM1", "陕西省韩城市", "装备制造"],
        [10, "太原迎泽数智软件有限公司", "91140105HAN7PGHB6C", "太原市", "软件和信息服务"],
        [11, "高平市丝绸科技有限公司", "91140581Y90E6LXUNX", "晋城市", "纺织"],
        [12, "临汾尧都煤机配件有限公司", "91141002M6MH5H23FB", "临汾市", "装备制造"],
        ["注：本表为公示名单节选；企业按市推荐顺序排列。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:E15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C8", why: "911404025QMLP42PG1: the GB 32100 check character of 911404025QMLP42PG is 0, not 1" },
      { rule: "register.ineligible-location", cell: "D11", why: "陕西省韩城市 is outside 山西省" },
    ],
    absent: [
      { rule: "register.location-code-mismatch", cell: "C11", why: "916105813NAXMTBNM1's area 610581 is 韩城市, as its place says" },
      { rule: "register.ineligible-location", cell: "D13", why: "晋城市 is in 山西省 (高平市 is a county of 晋城)" },
      { rule: "register.duplicate", cell: "B12", why: "two different 太原 firms, two codes" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table is no data" },
    ],
  },
};
