import type { CorpusLayout } from "../types";

// 酒泉日报 2024-04-24: 酒泉市 pays out the 2023 awards under its 激励工业和信息产业创新发展若干政策 — 90 awards, 2,545.08万元, 1,036.98万元 of it
// paid by the city and 1,508.1万元 by the counties — with each county's number of awards and city money. Laid out as the allocation by county:
// 序号 | 县（市、区） | 奖励项数 | 奖励资金 over 合计 | 市级兑现 | 县级兑现, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "jiuquan-2023-industrial-innovation-awards-by-county",
  source: {
    title: "关于兑现2023年酒泉市激励工业和信息产业创新发展若干政策奖励的决定（奖励资金分县区兑现表据正文拟）",
    url: "http://www.lfbxx.com/html/1644/2024-04-24/content-500576.html",
    publisher: "酒泉日报（酒泉市委、市政府决定）",
    date: "2024-04-24",
    changes:
      "The article is prose: the eight counties and zones with their award counts and city money, and the city / county split of the whole. The table " +
      "is ours (表据正文拟): the places and counts kept, the city figures and every county-paid figure ours (the county-paid column adds up to the " +
      "published 1,508.10). Planted: the 市级兑现 foot typed 1,036.98 — the article's figure — where the lines as typed add up to 1,041.28; the 合计 " +
      "column's foot 2,549.38 agrees with the lines' sums.",
  },
  classes: ["composition", "allocation-by-county", "count-column", "merged-money-heading", "row-total-first", "two-decimal-wanyuan", "wanyuan-caption", "count-unit-in-caption", "total-at-foot", "development-zone-as-line", "notes-under-table", "sign-off", "table-from-prose", "news-report", "gansu"],
  settings: { district: "酒泉市" },
  sheets: [
    {
      name: "兑现资金分县区表",
      widths: [6, 24, 12, 14, 14, 16],
      rows: [
        ["2023年酒泉市激励工业和信息产业创新发展若干政策奖励资金兑现情况表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：项、万元"],
        ["序号", "县（市、区）", "奖励项数", "奖励资金", null, null],
        [null, null, null, "合计", "市级兑现", "县级兑现"],
        [1, "酒泉经开区（高新区）", 23, 586.4, 236.4, 350],
        [2, "肃州区", 14, 290.75, 118.25, 172.5],
        [3, "金塔县", 7, 219, 90.6, 128.4],
        [4, "玉门市", 20, 676.8, 271.5, 405.3],
        [5, "瓜州县", 13, 428.18, 172.18, 256],
        [6, "敦煌市", 6, 153.55, 62.35, 91.2],
        [7, "肃北县", 4, 120, 50, 70],
        [8, "阿克塞县", 2, 74.7, 40, 34.7],
        ["合计", null, 89, 2549.38, 1036.98, 1508.1],
        ["注：市级兑现资金由市财政直接拨付，县级兑现资金由各县（市、区）和酒泉经开区（高新区）财政承担。", null, null, null, null, null],
        [null, null, null, null, "酒泉市工业和信息化局", null],
        [null, null, null, null, "2024年4月", null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "A13:B13", "A14:F14"],
      numberFormats: { "D5:F13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "兑现资金分县区表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "line", C: "quantity", D: "amount", E: "amount:市级兑现", F: "amount:县级兑现" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E13",
        why: "市级兑现 foot 1,036.98 where its lines add up to 236.40 + 118.25 + 90.60 + 271.50 + 172.18 + 62.35 + 50.00 + 40.00 = 1,041.28: 4.30 short",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "586.40 + 290.75 + 219.00 + 676.80 + 428.18 + 153.55 + 120.00 + 74.70 = 2,549.38; across, 1,041.28 (the 市级 lines' sum) + 1,508.10 = 2,549.38: the slip is reported once, at E13" },
      { rule: "composition.total-mismatch", cell: "F13", why: "350.00 + 172.50 + 128.40 + 405.30 + 256.00 + 91.20 + 70.00 + 34.70 = 1,508.10" },
      { rule: "composition.total-mismatch", cell: "D8", why: "玉门市 271.50 + 405.30 = 676.80; every line's 合计 is its two parts" },
      { rule: "composition.total-mismatch", cell: "C13", why: "奖励项数 23 + 14 + 7 + 20 + 13 + 6 + 4 + 2 = 89, a count" },
      { rule: "composition.line-mismatch", why: "奖励项数 is a count beside the money, no standard per award is stated" },
      { rule: "register.ineligible-location", why: "the counties and the zone are an allocation's lines, no payees; all are in 酒泉市" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is text, and the office and month under it are the sign-off" },
    ],
  },
};
