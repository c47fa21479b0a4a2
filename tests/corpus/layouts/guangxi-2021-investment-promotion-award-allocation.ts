import type { CorpusLayout } from "../types";

// 广西壮族自治区财政厅 2022-04: 3,900万元 of 招商引资 incentive awards to the cities for 2021 — the top six by the
// 招商引资 assessment and the top five by 实际利用外资（商务口径）, each list under its own heading with its 小计; one
// city in both lists.
export const layout: CorpusLayout = {
  id: "guangxi-2021-investment-promotion-award-allocation",
  source: {
    title: "广西下达招商引资奖励经费3900万元（奖励资金分配表据报道拟）",
    url: "https://m.yybnet.net/guangxi/news/202204/11821021.html",
    publisher: "广西壮族自治区财政厅（广西日报报道）",
    date: "2022-04-10",
    changes:
      "The report names the cities of each list in rank order with their awards (南宁市650万元 … 梧州市150万元; 南宁市500万元 … 百色市100万元). " +
      "The table — 序号 | 设区市 | 考评名次 | 奖励资金, two category rows carrying their 小计, 合计 at the foot — is built from it; the cities " +
      "and ranks are as published, the amounts ours. Planted: the second list's 小计 typed 1450 while its five lines add up to 1400 (the " +
      "合计 3500 = 2100 + 1400 agrees with the lines).",
  },
  classes: ["composition", "allocation-by-city", "two-lists-one-total", "category-rows-with-subtotals", "rank-column", "city-in-two-lists", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "奖励资金分配",
      widths: [30, 12, 12, 14],
      rows: [
        ["2021年度招商引资和实际利用外资绩效考评奖励资金分配表（表据报道拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "设区市", "考评名次", "奖励资金"],
        ["一、招商引资绩效考评奖励", null, null, 2100],
        [1, "南宁市", "第1名", 600],
        [2, "柳州市", "第2名", 500],
        [3, "贵港市", "第3名", 400],
        [4, "北海市", "第4名", 300],
        [5, "钦州市", "第5名", 200],
        [6, "梧州市", "第6名", 100],
        ["二、实际利用外资（商务口径）绩效考评奖励", null, null, 1450],
        [1, "南宁市", "第1名", 480],
        [2, "北海市", "第2名", 380],
        [3, "玉林市", "第3名", 280],
        [4, "梧州市", "第4名", 180],
        [5, "百色市", "第5名", 80],
        ["合计", null, null, 3500],
        ["注：依据《广西招商引资激励办法》奖励标准和2021年度绩效考核结果分配。", null, null, null],
      ],
      merges: ["A1:D1", "A4:C4", "A11:C11", "A17:C17", "A18:D18"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励资金分配", kind: "composition", unit: "万元", headerRow: 3, lastRow: 17, columns: { A: "code", B: "line", D: "amount" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D11", why: "实际利用外资 list: 480 + 380 + 280 + 180 + 80 = 1400 against its 小计 1450" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D17", why: "合计 3500 = 2100 + 1400, the lines as typed; the slip is the 小计's alone" },
      { rule: "composition.total-mismatch", cell: "D4", why: "600 + 500 + 400 + 300 + 200 + 100 = 2100" },
      { rule: "register.duplicate", why: "南宁、北海、梧州 in both lists are two awards for two assessments, in an allocation" },
      { rule: "composition.line-mismatch", why: "考评名次 is a rank, not a count" },
      { rule: "input.unreadable-value", why: "第1名 … is a rank written as text, and the note is text" },
    ],
  },
};
