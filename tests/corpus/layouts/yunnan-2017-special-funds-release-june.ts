import type { CorpusLayout } from "../types";

// 云南省人民政府 稳增长意见 (2017, reposted by 姚安县): 省财政新增筹措重大建设项目前期工作经费3亿元 and 3亿元 for city infrastructure; 省级部门预算内
// 专项资金 to be released 60% by the end of June, 80% by September, all by November. Set as a release-progress table at 6月30日.
export const layout: CorpusLayout = {
  id: "yunnan-2017-special-funds-release-june",
  source: {
    title: "云南省人民政府关于稳增长的若干意见（省级专项资金下达进度表据意见拟）",
    url: "https://yaoan.gov.cn/Pages_31_18539.aspx",
    publisher: "云南省人民政府（姚安县转载）",
    date: "2017",
    changes:
      "Table from prose: the two 3亿元 funds and the 60% / 80% / 全部 release deadlines as published. Ours: the grid (部门 | 专项资金 | 年初预算 | 已下达 | 下达进度, " +
      "合计 first), the other three funds and every released figure. Planted: 城市重大基础设施建设资金 40.0% released against time progress 6/12 = 50%; " +
      "环境污染防治专项资金 nothing released.",
  },
  classes: ["execution", "release-progress", "total-row-first", "department-column", "as-of-in-title", "deadline-note", "whole-wanyuan", "wanyuan-caption", "rates-as-text", "notes-under-table", "table-from-prose", "province-level", "yunnan"],
  settings: { district: "云南省", asOf: "2017-06-30" },
  sheets: [
    {
      name: "下达进度",
      widths: [6, 20, 30, 12, 12, 12],
      rows: [
        ["2017年省级预算内专项资金下达进度表（截至6月30日）（表据意见拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "主管部门", "专项资金", "年初预算", "已下达", "下达进度"],
        ["合计", null, null, 143000, 73250, "51.2%"],
        [1, "省发展改革委", "重大建设项目前期工作经费", 30000, 18600, "62.0%"],
        [2, "省住房城乡建设厅", "城市重大基础设施建设资金", 30000, 12000, "40.0%"],
        [3, "省工业和信息化委", "工业转型升级专项资金", 45000, 28350, "63.0%"],
        [4, "省水利厅", "水利发展专项资金", 26000, 14300, "55.0%"],
        [5, "省环境保护厅", "环境污染防治专项资金", 12000, 0, "0.0%"],
        ["注：按要求，专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A4:C4", "A10:F10"],
      numberFormats: { "D4:E9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "下达进度", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { B: "category", C: "line", D: "initialBudget", E: "actual", F: "rate" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "F6", why: "城市重大基础设施建设资金 12,000 / 30,000 = 40.0% against time progress 6/12 = 50%: 10 points behind" },
      { rule: "execution.no-spending", cell: "E9", why: "环境污染防治专项资金: 12,000 budgeted, nothing released by 2017-06-30" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D4", why: "30,000 + 30,000 + 45,000 + 26,000 + 12,000 = 143,000" },
      { rule: "execution.total-mismatch", cell: "E4", why: "18,600 + 12,000 + 28,350 + 14,300 + 0 = 73,250" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "73,250 / 143,000 = 51.2%" },
      { rule: "execution.behind-schedule", cell: "F8", why: "水利 55.0% is below the note's 60% deadline but above time progress 50%: the note is no time progress" },
      { rule: "execution.behind-schedule", cell: "F4", why: "a 合计 row gets no status of its own" },
      { rule: "execution.behind-schedule", cell: "F9", why: "a line with nothing released is reported as no-spending only" },
    ],
  },
};
