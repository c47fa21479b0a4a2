import type { CorpusLayout } from "../types";

// 武汉市发改委 2021-12-21: 2021年度武汉总部企业奖励补贴资金计划 as a 立项公示 page shows it — the notice's sign-off, an empty summary line
// (名单公示：共 企业，资助总额： 万元，单笔最高： 万元), then 序号 | 公司名称 | 项目 / 课题 / 其他 | 资助金额（万元）, amounts to five decimals, no 合计.
export const layout: CorpusLayout = {
  id: "wuhan-2021-headquarters-award-plan-list",
  source: {
    title: "市发展改革委关于下达2021年度武汉总部企业奖励补贴资金计划的通知（名单公示）",
    url: "http://wap.feibaos.com/news/info/71331.html",
    publisher: "武汉市发展和改革委员会",
    date: "2021-12-21",
    changes:
      "Kept as published: the sign-off above the list, the summary line with its blanks, the four headings (项目 / 课题 / 其他 with its slashes), the " +
      "item written on every row (武汉市总部企业认定) and amounts typed to as many as five decimals (1329.65686), no total row. Cut to 8 of the 19 rows; " +
      "firms and amounts are ours. Planted: the third firm listed again as the eighth.",
  },
  classes: ["register", "item-per-row", "many-decimal-wanyuan", "wanyuan-in-header", "no-total-row", "empty-summary-line", "signoff-above-table", "slashes-in-heading", "duplicate-firm", "city-level", "hubei"],
  settings: { district: "武汉市" },
  sheets: [
    {
      name: "名单公示",
      widths: [6, 36, 22, 16],
      rows: [
        ["市发展改革委关于下达2021年度武汉总部企业奖励补贴资金计划的通知", null, null, null],
        ["武汉市发展和改革委员会  2021年12月21日", null, null, null],
        ["名单公示：共 企业 ，资助总额： 万元，单笔最高： 万元", null, null, null],
        ["序号", "公司名称", "项目 / 课题 / 其他", "资助金额（万元）"],
        [1, "武汉恒达汽车贸易集团股份有限公司", "武汉市总部企业认定", 1329.65686],
        [2, "武汉鱼跃互动网络科技有限公司", "武汉市总部企业认定", 1150],
        [3, "武汉中原星电子有限公司", "武汉市总部企业认定", 1135.033],
        [4, "中车江汉运输设备集团有限公司", "武汉市总部企业认定", 1000],
        [5, "中国五峰工程有限公司", "武汉市总部企业认定", 986.2],
        [6, "武汉长江物流控股有限公司", "武汉市总部企业认定", 812.5],
        [7, "武汉光谷联合医疗集团有限公司", "武汉市总部企业认定", 640.41],
        [8, "武汉中原星电子有限公司", "武汉市总部企业认定", 300],
      ],
      merges: ["A1:D1", "A2:D2", "A3:D3"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "名单公示",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 12,
        columns: { B: "enterprise", C: "item", D: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B12", why: "武汉中原星电子有限公司 is listed at row 7 (1,135.033) and again at row 12 (300)" },
      // Corrected after the sixty-ninth holdout's measurement (the layout stays counted as failed): stated at the amount
      // D5; docs/rules.md reports an item column's unknown item at its item cell, and the list has an item column (C).
      { rule: "cap.unknown-policy", cell: "C5", why: "no catalog is loaded: 武汉市总部企业认定's awards go unchecked, reported once" },
    ],
    absent: [
      { rule: "composition.total-mismatch", why: "there is no total row; the summary line's blanks are no figures" },
      { rule: "composition.line-rounded", cell: "D5", why: "1,329.65686 is the figure as typed, five decimals" },
      { rule: "register.duplicate", cell: "C6", why: "the item repeated on every row is no duplicate" },
      { rule: "register.unpaid", why: "a plan issued to the districts records no payments" },
      { rule: "input.unreadable-value", cell: "A3", why: "the summary line with its blanks is text" },
    ],
  },
};
