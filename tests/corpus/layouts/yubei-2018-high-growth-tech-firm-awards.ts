import type { CorpusLayout } from "../types";

// 重庆市渝北区科学技术局 2019-10-14: the call for the 2018 awards to firms the city recognised as high-growth (牛羚 20万元, 瞪羚
// 40万元, 渝北委办发〔2017〕6号). Laid out as the award list such a call ends in: 序号 | 企业名称 | 统一社会信用代码 | 认定类型 |
// 奖励金额（万元）, 合计, the standard in a note.
export const layout: CorpusLayout = {
  id: "yubei-2018-high-growth-tech-firm-awards",
  source: {
    title: "重庆市渝北区科学技术局关于开展2018年度获认定市级高成长性科技企业奖励申报工作的通知（奖励名单表据正文拟）",
    url: "http://xmsbw.com.cn/notice/20191015/186.html",
    publisher: "重庆市渝北区科学技术局（网站转载）",
    date: "2019-10-15",
    changes:
      "The page is the call (prose): its standard (牛羚企业 20万元, 瞪羚企业 40万元, one-off) and document are kept; the list is ours — six " +
      "invented firms with valid codes of 渝北区 (500112) except one, the 认定类型 column, 合计 and the note. Planted: 仙桃数据科技, a 牛羚企业, " +
      "given 40 (the 瞪羚 amount); 双凤桥医疗器械's code ends 8 where its check character is 5.",
  },
  classes: ["register", "item-column", "fixed-cap", "two-fixed-tiers", "credit-codes", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "district-fund", "chongqing"],
  settings: { district: "重庆市渝北区" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 34, 22, 14, 16],
      rows: [
        ["渝北区2018年度获认定市级高成长性科技企业奖励名单", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "认定类型", "奖励金额（万元）"],
        [1, "重庆两港智联科技有限公司", "91500112MA5U7K3X23", "牛羚企业", 20],
        [2, "重庆空港云测信息技术有限公司", "91500112MA60R2BN4G", "瞪羚企业", 40],
        [3, "重庆渝北仙桃数据科技有限公司", "91500112MA61C8FQ7U", "牛羚企业", 40],
        [4, "重庆悦来智造机器人有限公司", "91500112MA5YH4TD9K", "牛羚企业", 20],
        [5, "重庆双凤桥医疗器械有限公司", "91500112MA5XP9LR18", "瞪羚企业", 40],
        [6, "重庆龙兴新材料科技有限公司", "91500112MA6128WE3H", "牛羚企业", 20],
        ["合计", null, null, null, 180],
        ["注：根据《大力实施创新驱动发展战略加快建设创新生态圈的若干政策》（渝北委办发〔2017〕6号），科技型企业被市认定为牛羚企业、瞪羚企业的，分别一次性给予20万元、40万元的奖励。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:D10", "A11:E11"],
      numberFormats: { "E4:E10": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "牛羚企业", capType: "fixed", capAmount: 20, unit: "万元", document: "渝北委办发〔2017〕6号" },
      { name: "瞪羚企业", capType: "fixed", capAmount: 40, unit: "万元", document: "渝北委办发〔2017〕6号" },
    ],
  },
  expect: {
    tables: [
      { sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" }, year: 2018 },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E6", why: "仙桃数据科技 is a 牛羚企业 (20万元 one-off) and is given 40.00: 20.00万元 over" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "91500112MA5XP9LR1 has check character 5 under GB 32100-2015; typed 8" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E5", why: "a 瞪羚企业 at 40.00, its standard" },
      { rule: "cap.exceeded", cell: "E8", why: "双凤桥 is a 瞪羚企业: 40.00 is its standard (only its code is wrong)" },
      { rule: "cap.exceeded", cell: "E10", why: "合计 180 = 20 + 40 + 40 + 20 + 40 + 20 is not an award" },
      { rule: "composition.total-mismatch", cell: "E10", why: "the foot 180 is the six awards as typed" },
      { rule: "cap.unknown-policy", why: "both 认定类型 are in the catalog" },
      { rule: "register.duplicate", why: "six different firms" },
      { rule: "register.invalid-credit-code", cell: "C4", why: "a valid code of 渝北区" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the list" },
    ],
  },
};
