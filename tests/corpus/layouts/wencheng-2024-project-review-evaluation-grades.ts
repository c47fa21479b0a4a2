import type { CorpusLayout } from "../types";

// 文成县财政局 2024-12: the results of the year's 财政支出绩效评价 — 2,630 self-evaluated projects, 50 special-fund projects reviewed by an agency
// (复核评价: 5 优秀, 23 良好, 22 中（一般）, 13,818.8634万元), 11 key evaluations. The review list is published as 序号 | 单位 | 项目 | 评价档次;
// laid out with the money each project involves beside its grade, a 合计 at the foot.
export const layout: CorpusLayout = {
  id: "wencheng-2024-project-review-evaluation-grades",
  source: {
    title: "文成县财政局关于2024年财政支出绩效评价结果的通报（复核评价项目情况，涉及金额列为拟补）",
    url: "https://www.wencheng.gov.cn/art/2024/12/11/art_1229265061_59046431.html",
    publisher: "文成县财政局",
    date: "2024-12-11",
    changes:
      "As published: the review list's columns 序号 | 单位 | 项目 | 评价档次, its first three rows (浙江文成经济开发区管理委员会 twice: 公权力大数据运行平台建设 " +
      "良好, 综合配套工程 中（一般）; 文成县投资促进服务中心 在外驻点招商引智专项资金 中（一般）) and the grades used. Ours: the 涉及金额 column (the notice " +
      "gives only the 50 projects' 13,818.8634万元 together), the other five rows, the cut to 8 of 50. Planted: the 合计 typed 4,552.78 where the " +
      "eight projects add up to 4,542.78.",
  },
  classes: [
    "composition", "allocation-by-project", "evaluated-projects", "grade-category", "owner-column", "two-decimal-wanyuan",
    "wanyuan-in-header", "total-at-foot", "excerpt", "notes-under-table", "county-finance", "zhejiang",
  ],
  settings: { district: "温州市文成县" },
  sheets: [
    {
      name: "复核评价",
      widths: [6, 32, 32, 16, 12],
      rows: [
        ["文成县2024年财政支出绩效复核评价项目情况表（摘录）", null, null, null, null],
        ["序号", "单位", "项目", "涉及金额（万元）", "评价档次"],
        [1, "浙江文成经济开发区管理委员会", "公权力大数据运行平台建设", 320.5, "良好"],
        [2, "浙江文成经济开发区管理委员会", "浙江文成经济开发区综合配套工程", 1860, "中（一般）"],
        [3, "文成县投资促进服务中心", "在外驻点招商引智专项资金", 150, "中（一般）"],
        [4, "文成县投资促进服务中心", "重大项目招引活动经费", 95.8, "良好"],
        [5, "文成县农业农村局", "农村生活污水治理设施运维", 412.36, "优秀"],
        [6, "文成县教育局", "学前教育发展补助资金", 268.4, "良好"],
        [7, "文成县卫生健康局", "基本公共卫生服务项目", 905.72, "良好"],
        [8, "文成县交通运输局", "农村公路养护资金", 530, "中（一般）"],
        ["合计", null, null, 4552.78, null],
        ["注：复核评价共50个项目，复核等次为“优秀”的5个，“良好”的23个，“中（一般）”的22个；本表摘录其中8个。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:C11", "A12:E12"],
      numberFormats: { "D3:D11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "复核评价", kind: "composition", unit: "万元", headerRow: 2, lastRow: 11,
        columns: { C: "line", D: "amount", E: "category" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D11", why: "合计 4,552.78 but the eight projects add up to 320.50 + 1,860.00 + 150.00 + 95.80 + 412.36 + 268.40 + 905.72 + 530.00 = 4,542.78: 10.00万元 over" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "D4", why: "浙江文成经济开发区管理委员会 owns two evaluated projects: an allocation by project, no payee listed twice" },
      { rule: "register.duplicate", cell: "D6", why: "文成县投资促进服务中心's second project is another line" },
      { rule: "cap.unknown-policy", why: "evaluated projects with their owners and grades are an allocation's lines, no award list" },
      { rule: "input.unreadable-value", cell: "E4", why: "中（一般） is the grade, text in a text column" },
      { rule: "composition.total-mismatch", cell: "A12", why: "the counts 50 / 5 / 23 / 22 in the note are prose under the table" },
    ],
  },
};
