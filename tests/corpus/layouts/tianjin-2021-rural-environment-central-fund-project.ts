import type { CorpusLayout } from "../types";

// 天津市生态环境局 2021-08-23: the one project proposed for 2021 中央农村环境整治资金 (宝坻区八门城镇), put up for comment, with its
// 附表 printed in the page: 序号 | 项目名称 | 申报单位 | 建设内容 | 中央补助金额（万元） | 自筹金额（万元）. One row, no 合计.
export const layout: CorpusLayout = {
  id: "tianjin-2021-rural-environment-central-fund-project",
  source: {
    title: "市生态环境局关于2021年中央农村环境整治资金拟支持项目情况的公示（附表：天津市2021年中央农村环境整治资金拟支持项目明细表）",
    url: "https://sthj.tj.gov.cn/YWGZ7406/HJGL7886/nyncwrfz0901/202108/t20210823_5541882.html",
    publisher: "天津市生态环境局",
    date: "2021-08-23",
    changes:
      "As published: the notice (环办科财函〔2020〕163号 入库指南; the project passed 生态环境部 入库审核) and the 附表's title, columns, the one " +
      "project, its 申报单位 and its 建设内容 (控源截污, 内源污染治理, 生态恢复; 12 black-odorous water bodies in two villages' 养殖小区), " +
      "abridged. The two amounts are ours. Nothing planted: a clean layout.",
  },
  classes: [
    "composition", "clean", "allocation-by-project", "one-row-table", "no-total-row", "self-funding-column", "unit-in-header",
    "long-text-column", "numbers-in-text", "two-decimal-wanyuan", "put-up-for-comment", "municipal-fund", "tianjin",
  ],
  settings: { district: "天津市" },
  sheets: [
    {
      name: "附表",
      widths: [6, 24, 22, 60, 14, 14],
      rows: [
        ["附表", null, null, null, null, null],
        ["天津市2021年中央农村环境整治资金拟支持项目明细表", null, null, null, null, null],
        ["序号", "项目名称", "申报单位", "建设内容", "中央补助金额（万元）", "自筹金额（万元）"],
        [
          1,
          "宝坻区八门城镇农村环境整治",
          "宝坻区八门城镇人民政府",
          "对宝坻区八门城镇进行农村环境整治，对小甸村和张头窝村养殖小区内共计12条黑臭水体进行治理。主要治理工程内容有以下三项：（1）控源截污工程；（2）内源污染治理工程；（3）生态恢复工程。",
          305,
          441.26,
        ],
      ],
      merges: ["A1:F1", "A2:F2"],
      numberFormats: { "E4": "0", "F4": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 4,
        columns: { B: "line", E: "amount" },
        year: 2021,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", why: "one project, no 合计 row; 自筹 441.26 is no part of the 305 central money" },
      { rule: "composition.line-mismatch", cell: "E4", why: "中央补助 and 自筹 are two sources side by side, neither a total of the other" },
      { rule: "input.unreadable-value", cell: "D4", why: "建设内容 is text; 12条 and （1）（2）（3） are no amounts" },
      { rule: "register.ineligible-location", why: "宝坻区 is a district of 天津市" },
    ],
  },
};
