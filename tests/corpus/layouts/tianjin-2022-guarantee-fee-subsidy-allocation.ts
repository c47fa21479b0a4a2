import type { CorpusLayout } from "../types";

// 天津市工业和信息化局 / 天津市财政局 2022-07-08: the year's 降费奖补 for guarantee firms that cut their fees to small firms — 序号 | 所属区 |
// 融资担保机构名称 | 中央奖补金额 | 市级奖补金额 | 合计, with an empty first column as the page shows it; the central part paid now, the city's in 2023.
export const layout: CorpusLayout = {
  id: "tianjin-2022-guarantee-fee-subsidy-allocation",
  source: {
    title: "市工业和信息化局 市财政局关于下达2022年度天津市小微企业融资担保业务降费奖补资金计划的通知（附件：分配计划表）",
    url: "https://gyxxh.tj.gov.cn/ZWGK4147/ZCWJ6355/wjwj/202207/t20220708_5929622.html",
    publisher: "天津市工业和信息化局、天津市财政局",
    date: "2022-07-08",
    changes:
      "As published: the table's title, 单位：万元, the empty leading column, the six headings, and the first five institutions with their districts in " +
      "order (the sixth, in 东丽区, is cut off in the stored copy after 天津市东方…; its name is completed by us). Ours: every amount (the published total is " +
      "3379.28, of which 中央 473) and the 合计 row, which the stored copy does not reach. Planted: the 市级奖补金额 合计 written 2,970.11 where the six " +
      "lines add up to 2,907.11 (中央 473.00 + 2,907.11 = the 3,380.11 合计).",
  },
  classes: ["composition", "allocation-by-body", "money-by-level", "row-total-column", "empty-leading-column", "districts-as-categories", "two-decimal-wanyuan", "total-at-foot", "wanyuan-caption", "municipality", "tianjin"],
  sheets: [
    {
      name: "分配计划表",
      widths: [2, 6, 12, 36, 14, 14, 14],
      rows: [
        [null, "2022年度天津市小微企业融资担保业务降费奖补资金分配计划表", null, null, null, null, null],
        [null, "单位：万元", null, null, null, null, null],
        [null, "序号", "所属区", "融资担保机构名称", "中央奖补金额", "市级奖补金额", "合计"],
        [null, 1, "滨海新区", "天津市中小企业信用融资担保中心", 388.12, 2385.6, 2773.72],
        [null, 2, "滨海新区", "天津科融融资担保有限公司", 36.85, 226.41, 263.26],
        [null, 3, "滨海新区", "天津中关村科技融资担保有限公司", 28.74, 176.58, 205.32],
        [null, 4, "津南区", "天津营信融资担保有限公司", 10.12, 62.18, 72.3],
        [null, 5, "西青区", "天津市赛达恒信融资担保有限公司", 3.05, 18.74, 21.79],
        [null, 6, "东丽区", "天津市东方财信融资担保有限公司", 6.12, 37.6, 43.72],
        [null, "合计", null, null, 473, 2970.11, 3380.11],
      ],
      merges: ["B1:G1", "B2:G2", "B10:D10"],
      numberFormats: { "E4:G10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { C: "category", D: "line", E: "amount:中央奖补金额", F: "amount:市级奖补金额", G: "amount" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "F10",
        why: "市级 合计 2,970.11; the lines add up to 2,385.60 + 226.41 + 176.58 + 62.18 + 18.74 + 37.60 = 2,907.11: 63.00万元 apart (reported once: with 2,907.11 the row's 473.00 + 2,907.11 = 3,380.11 agrees)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E10", why: "中央 473.00 = 388.12 + 36.85 + 28.74 + 10.12 + 3.05 + 6.12" },
      { rule: "composition.total-mismatch", cell: "G10", why: "合计 3,380.11 = 2,773.72 + 263.26 + 205.32 + 72.30 + 21.79 + 43.72" },
      { rule: "composition.total-mismatch", cell: "G4", why: "each row's 合计 is its 中央 + 市级 (388.12 + 2,385.60 = 2,773.72, …, 6.12 + 37.60 = 43.72)" },
      { rule: "composition.total-mismatch", cell: "C4", why: "滨海新区 written on three rows is the district of each, not a subtotal" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
    ],
  },
};
