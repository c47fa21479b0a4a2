import type { CorpusLayout } from "../types";

// 青海省人民政府办公厅 2012-07 通报 (青政办〔2012〕208号) on the first half's 公共财政支出: 附表三 gives each 州（地、市）'s spending against
// its budget. Laid out as the 通报's annex: 地区 | 预算数 | 1-6月累计支出 | 占预算% | 比上年同期增长%, 合计 first, a note under it.
export const layout: CorpusLayout = {
  id: "qinghai-2012-h1-public-spending-by-prefecture",
  source: {
    title: "青海省人民政府办公厅关于2012年上半年公共财政支出执行情况的通报（青政办〔2012〕208号；附表三据正文拟）",
    url: "https://newton.com.tw/wiki/%E9%9D%92%E6%B5%B7%E7%9C%81%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E8%BE%A6%E5%85%AC%E5%BB%B3%E9%97%9C%E6%96%BC2012%E5%B9%B4%E4%B8%8A%E5%8D%8A%E5%B9%B4%E5%85%AC%E5%85%B1%E8%B2%A1%E6%94%BF%E6%94%AF%E5%87%BA%E5%9F%B7%E8%A1%8C%E6%83%85%E6%B3%81%E7%9A%84%E9%80%9A%E5%A0%B1",
    publisher: "青海省人民政府办公厅",
    date: "2012-07-19",
    changes:
      "The stored copy gives the 通报's text (各州（地、市） spent 55.7% of budget, 详见附表三) but not the annex: the table is built from the text " +
      "(table-from-prose) with the eight 州（地、市） of 2012 as lines; every figure is ours (the 通报 says all reached the time schedule — ours " +
      "do not). Planted: 果洛州 at 43.0% as of June (time progress 6/12 = 50%, 7 points behind); 海西州's rate typed 59.0 where " +
      "296,400 / 520,000 = 57.0%.",
  },
  classes: ["execution", "prefectures-as-lines", "adjusted-budget", "rate-as-number", "growth-column", "total-row-first", "whole-wanyuan", "wanyuan-caption", "half-year", "notes-under-table", "table-from-prose", "province-level", "qinghai"],
  settings: { asOf: "2012-06-30", district: "青海省" },
  sheets: [
    {
      name: "附表三",
      widths: [14, 14, 16, 12, 16],
      rows: [
        ["附表三", null, null, null, null],
        ["2012年上半年各州（地、市）公共财政支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["地区", "预算数", "1-6月累计支出", "占预算%", "比上年同期增长%"],
        ["合计", 5000000, 2622160, 52.4, 11.6],
        ["西宁市", 1250000, 662500, 53.0, 21.4],
        ["海东地区", 980000, 521360, 53.2, 9.8],
        ["海北州", 420000, 239400, 57.0, 24.6],
        ["黄南州", 360000, 190800, 53.0, 6.2],
        ["海南州", 450000, 247500, 55.0, 8.7],
        ["果洛州", 380000, 163400, 43.0, -3.5],
        ["玉树州", 640000, 300800, 47.0, 4.1],
        ["海西州", 520000, 296400, 59.0, 22.3],
        ["注：支出为各州（地、市）本级及所属县（市、区）公共财政支出合计，预算数为调整后预算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A14:E14"],
      numberFormats: { "B5:C13": "#,##0", "D5:E13": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附表三",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 13,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2012,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D11", why: "果洛州 163,400 / 380,000 = 43.0% as of June, time progress 6/12 = 50%: 7.0 points behind (more than 5)" },
      { rule: "execution.rate-mismatch", cell: "D13", why: "海西州 296,400 / 520,000 = 57.0%, typed 59.0" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D12", why: "玉树州 47.0% is 3.0 points behind 50%: within 5" },
      { rule: "execution.total-mismatch", cell: "B5", why: "1,250,000 + 980,000 + 420,000 + 360,000 + 450,000 + 380,000 + 640,000 + 520,000 = 5,000,000" },
      { rule: "execution.total-mismatch", cell: "C5", why: "662,500 + 521,360 + 239,400 + 190,800 + 247,500 + 163,400 + 300,800 + 296,400 = 2,622,160" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "2,622,160 / 5,000,000 = 52.44%, shown 52.4" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "海东地区 521,360 / 980,000 = 53.2%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "the 合计 row gets no status of its own" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "比上年同期增长 is a growth rate, not the share of budget; −3.5 is no slip" },
      { rule: "input.unreadable-value", why: "the 附表三 line, the unit line and the note are no data rows" },
    ],
  },
};
