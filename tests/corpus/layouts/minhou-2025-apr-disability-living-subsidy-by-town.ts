import type { CorpusLayout } from "../types";

// 闽侯县民政局 / 县残联 2025-04-15: the April payment of 困难残疾人生活补贴 (309元 a person a month from January) — the annex's 汇总表 in 元:
// 乡镇 | 居民类别（人） over 一二级 | 三四级 | 总计 | 发放金额 over 一二级困难生活补贴 | 三四级困难生活补贴 | 总合计, one row per 乡镇, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "minhou-2025-apr-disability-living-subsidy-by-town",
  source: {
    title: "关于发放2025年4月份困难残疾人生活补贴和重度残疾人护理补贴的通知（附表1 闽侯县2025年4月份困难残疾人生活补贴汇总表）",
    url: "http://www.minhou.gov.cn/xjwz/zwgk/zdlyxxgk/shjz/shfl/cjrlxbt_64151/202504/t20250416_5005335.htm",
    publisher: "闽侯县民政局 闽侯县残疾人联合会",
    date: "2025-04-15",
    changes:
      "Kept as published: the annex's title, 单位：元, the two header rows (乡镇 | 居民类别（人） over 一二级 | 三四级 | 总计 | 发放金额 over " +
      "一二级困难生活补贴 | 三四级困难生活补贴 | 总合计). The stored copy breaks off after the header; the rows (six of the county's towns and " +
      "streets, 合计) and every figure are ours, each count × 309元. Planted: 南屿镇's 总合计 typed 78,846 where 29,664 + 48,822 = 78,486 — " +
      "wrong across its row, and the column's foot 389,340 then misses the lines as typed (389,700).",
  },
  classes: [
    "composition", "two-header-rows", "merged-group-headers", "count-block-and-money-block", "total-column-last", "total-at-foot",
    "yuan-caption", "towns-as-lines", "transposed-digits", "county-fund", "fujian",
  ],
  settings: { district: "闽侯县" },
  sheets: [
    {
      name: "生活补贴汇总",
      widths: [12, 10, 10, 10, 18, 18, 14],
      rows: [
        ["闽侯县2025年4月份困难残疾人生活补贴汇总表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：元"],
        ["乡镇", "居民类别（人）", null, null, "发放金额", null, null],
        [null, "一二级", "三四级", "总计", "一二级困难生活补贴", "三四级困难生活补贴", "总合计"],
        ["甘蔗街道", 120, 210, 330, 37080, 64890, 101970],
        ["上街镇", 85, 140, 225, 26265, 43260, 69525],
        ["南屿镇", 96, 158, 254, 29664, 48822, 78846],
        ["青口镇", 74, 131, 205, 22866, 40479, 63345],
        ["白沙镇", 52, 97, 149, 16068, 29973, 46041],
        ["竹岐乡", 31, 66, 97, 9579, 20394, 29973],
        ["合计", 458, 802, 1260, 141522, 247818, 389340],
      ],
      merges: ["A1:G1", "A3:A4", "B3:D3", "E3:G3"],
      numberFormats: { "E5:G11": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "生活补贴汇总",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "quantity", E: "amount", F: "amount:三四级困难生活补贴", G: "amount:总合计" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "G7", why: "南屿镇 总合计 78,846, but 29,664 + 48,822 = 78,486 (360 over)" },
      { rule: "composition.total-mismatch", cell: "G11", why: "总合计's foot 389,340, but its lines as typed add up to 389,700 (南屿镇's 78,846 counted)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E11", why: "37,080 + 26,265 + 29,664 + 22,866 + 16,068 + 9,579 = 141,522" },
      { rule: "composition.total-mismatch", cell: "F11", why: "64,890 + 43,260 + 48,822 + 40,479 + 29,973 + 20,394 = 247,818" },
      { rule: "composition.total-mismatch", cell: "D7", why: "人数 总计 254 = 96 + 158: counts, never money" },
      { rule: "composition.total-mismatch", cell: "G5", why: "101,970 = 37,080 + 64,890" },
      { rule: "register.ineligible-location", why: "甘蔗街道, 上街镇, 南屿镇, 青口镇, 白沙镇, 竹岐乡 are 闽侯县's own" },
    ],
  },
};
