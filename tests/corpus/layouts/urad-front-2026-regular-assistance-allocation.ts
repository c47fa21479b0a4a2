import type { CorpusLayout } from "../types";

// 巴彦淖尔市乌拉特前旗农牧和科技局 2026-01-27: the region's 常态化帮扶 money for the banner (开发式帮扶 3,700万元, 其中 发展新型农村
// 集体经济 90万元, and 安全饮水 440万元) split among 苏木 and 镇 and the water bureau, and a second sum for new collective economies
// to three places. Laid out as the two 汇总表 the notice annexes: 苏木镇（单位） | 分配资金 | 其中：发展新型农村集体经济 | 备注, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "urad-front-2026-regular-assistance-allocation",
  source: {
    title: "关于2026年自治区财政常态化帮扶资金和扶持发展新型农村牧区集体经济资金分配的公告（附件：分配汇总表；表据正文拟）",
    url: "https://www.wltqq.gov.cn/zfxxgk/fdzdgknrwltqq/zdlyxxwltqq/xczx/202602/t20260209_760174.html",
    publisher: "乌拉特前旗农牧和科技局（乡村振兴局）",
    date: "2026-01-27",
    changes:
      "The notice gives the split in prose (额尔登布拉格苏木1330万元（其中：发展新型农村集体经济30万元）; 苏独仑镇800万元; … 水利局868万元" +
      "（…开发式帮扶资金428万元和农村牧区安全饮水任务440万元）; 西小召镇、乌拉山镇、沙德格苏木 各70万元) and annexes two 汇总表 the stored " +
      "copy does not show. The tables' columns, captions and 合计 rows are ours; the places, the 其中 amounts, the bureau's two parts " +
      "as its 备注 and the second table's three 70万元 are as published; the first table's amounts are ours (adding up, as published, to " +
      "3,700 + 440 = 4,140). Planted: 明安镇 185 where the rest were fixed to the whole, so the lines add up to 4,150 under a 合计 of 4,140.",
  },
  classes: ["composition", "allocation-by-town", "qizhong-column", "department-among-towns", "remark-gives-parts", "total-at-foot", "two-sheets", "wanyuan-caption", "neimenggu"],
  sheets: [
    {
      name: "常态化帮扶资金",
      widths: [6, 22, 12, 20, 40],
      rows: [
        ["2026年自治区常态化帮扶资金分配汇总表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "苏木镇（单位）", "分配资金", "其中：发展新型农村集体经济", "备注"],
        [1, "额尔登布拉格苏木", 1280, 30, null],
        [2, "苏独仑镇", 760, null, null],
        [3, "西小召镇", 480, null, null],
        [4, "大佘太镇", 95, 30, null],
        [5, "新安镇", 160, null, null],
        [6, "白彦花镇", 30, 30, "全部用于发展新型农村集体经济"],
        [7, "乌拉山镇", 120, null, null],
        [8, "明安镇", 185, null, null],
        [9, "小佘太镇", 60, null, null],
        [10, "先锋镇", 110, null, null],
        [11, "水利局", 870, null, "2026年自治区开发式帮扶资金430万元和农村牧区安全饮水任务440万元"],
        ["合计", null, 4140, 90, null],
      ],
      merges: ["A1:E1", "A15:B15"],
      numberFormats: { "C4:D15": "#,##0" },
    },
    {
      name: "集体经济项目资金",
      widths: [6, 22, 12, 30],
      rows: [
        ["2026年扶持发展新型农村牧区集体经济项目资金分配汇总表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "苏木镇", "分配资金", "备注"],
        [1, "西小召镇", 70, null],
        [2, "乌拉山镇", 70, null],
        [3, "沙德格苏木", 70, null],
        ["合计", null, 210, null],
      ],
      merges: ["A1:D1", "A7:B7"],
      numberFormats: { "C4:C7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "常态化帮扶资金", kind: "composition", unit: "万元", headerRow: 3, lastRow: 15, columns: { B: "line", C: "amount" }, year: 2026 },
      { sheet: "集体经济项目资金", kind: "composition", unit: "万元", headerRow: 3, lastRow: 7, columns: { B: "line", C: "amount" }, year: 2026 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "常态化帮扶资金",
        cell: "C15",
        why: "合计 4,140 where the lines add up to 1,280 + 760 + 480 + 95 + 160 + 30 + 120 + 185 + 60 + 110 + 870 = 4,150: 10万元 short",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "常态化帮扶资金", cell: "D15", why: "其中 合计 90 = 30 + 30 + 30" },
      { rule: "composition.total-mismatch", sheet: "常态化帮扶资金", cell: "C4", why: "额尔登布拉格苏木's 其中 30 is part of its 1,280, not added to it; no line differs from its own 其中" },
      { rule: "composition.total-mismatch", sheet: "常态化帮扶资金", cell: "C9", why: "白彦花镇 30 with 其中 30: all of it, as its 备注 says" },
      { rule: "composition.total-mismatch", sheet: "集体经济项目资金", cell: "C7", why: "210 = 70 + 70 + 70" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
      { rule: "cap.unknown-policy", why: "an allocation to towns and a bureau, not a register of applicants" },
      { rule: "register.duplicate", why: "西小召镇 and 乌拉山镇 in both tables are two allocations of two funds, not a register" },
      { rule: "input.unreadable-value", why: "备注 holds prose with amounts (430万元, 440万元): text, not a cell's amount" },
    ],
  },
};
