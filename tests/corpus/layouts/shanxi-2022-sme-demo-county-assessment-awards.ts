import type { CorpusLayout } from "../types";

// 山西省 2020-10: counties and zones approved to build 中小企业高质量发展示范县（开发区） are rewarded on assessment — 100万元 when rated
// 优秀 in the second year, 300万元 for two years running, 500万元 for three. The clauses as a small catalog (序号 | 奖励项目 | 奖励标准),
// then a year's award list of the counties rewarded: 序号 | 所属市 | 受奖励县（开发区） | 奖励项目 | 奖励金额, a 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shanxi-2022-sme-demo-county-assessment-awards",
  source: {
    title: "山西最高500万奖励创建中小企业高质量发展示范县（奖励条款与奖励名单表据正文拟）",
    url: "http://www.niita.cn/news/view?id=15454&class=60",
    publisher: "中关村中慧先进制造产业联盟（转载山西省政府部门消息）",
    date: "2020-10-27",
    changes:
      "As published: the campaign and its three awards (第二年考核优秀 100万元, 连续两年 300万元, 连续三年 500万元). The clauses are laid out " +
      "as a catalog, one row each, names ours from the wording. The award list is ours: eight rewarded counties and zones of 山西 (real " +
      "places, our grading and amounts). Planted: 定襄县 given 400万元 for 连续两年考核优秀奖励 (fixed 300万元); 阳城县 listed again for " +
      "第二年考核优秀奖励 on the last row.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "fixed-awards", "counties-as-payees", "award-list-of-regions", "city-column-as-place",
    "development-zone-as-payee", "item-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "table-from-prose", "provincial-fund", "shanxi",
  ],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "奖励条款",
      widths: [6, 24, 70],
      rows: [
        ["山西省创建中小企业高质量发展示范县（开发区）考核奖励条款（摘录）", null, null],
        ["序号", "奖励项目", "奖励标准"],
        [1, "第二年考核优秀奖励", "对获得创建批复的县（开发区），第二年考核优秀的，奖励100万元。"],
        [2, "连续两年考核优秀奖励", "对获得创建批复的县（开发区），连续两年考核优秀的，奖励300万元。"],
        [3, "连续三年考核优秀奖励", "对获得创建批复的县（开发区），连续三年考核优秀的，奖励500万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "奖励名单",
      widths: [6, 12, 28, 24, 12],
      rows: [
        ["2022年度山西省中小企业高质量发展示范县（开发区）考核奖励名单（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "所属市", "受奖励县（开发区）", "奖励项目", "奖励金额"],
        [1, "太原市", "清徐县", "连续两年考核优秀奖励", 300],
        [2, "晋城市", "阳城县", "第二年考核优秀奖励", 100],
        [3, "忻州市", "定襄县", "连续两年考核优秀奖励", 400],
        [4, "临汾市", "侯马市", "第二年考核优秀奖励", 100],
        [5, "运城市", "盐湖区", "连续三年考核优秀奖励", 500],
        [6, "长治市", "长治高新技术产业开发区", "第二年考核优秀奖励", 100],
        [7, "晋中市", "介休市", "第二年考核优秀奖励", 100],
        [8, "晋城市", "阳城县", "第二年考核优秀奖励", 100],
        ["合计", null, null, null, 1700],
      ],
      merges: ["A1:E1", "A12:D12"],
      numberFormats: { "E4:E12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "item", E: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E6", why: "连续两年考核优秀奖励 is a fixed 300万元; 定襄县 is given 400: 100万元 over" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "E11", why: "阳城县 already has 第二年考核优秀奖励 on row 5 for 2022" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E8", why: "盐湖区 500 is exactly the 连续三年 award" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E12", why: "合计 1,700 = 300 + 100 + 400 + 100 + 500 + 100 + 100 + 100 is not an award" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "E12", why: "the foot agrees with its lines" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "E7", why: "侯马市 is another county under the same item; a city repeated (晋城市) is no duplicate either" },
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "B9", why: "长治市 (the zone's city) is in 山西省, as every 所属市 is" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 is a clause of the first sheet" },
      { rule: "catalog.unreadable-standard", sheet: "奖励条款", cell: "C4", why: "a fixed 300万元; 连续两年考核优秀 is the condition" },
    ],
  },
};
