import type { CorpusLayout } from "../types";

// 上海 嘉定区: the 2020 预算执行 report — 抗疫特别国债等新增财政资金直达市县基层 "及时分解下达资金".
// Laid out as a 直达资金 下达 and 支出 table by fund and use (as of the year's end); every line and figure is ours.
export const layout: CorpusLayout = {
  id: "jiading-2020-direct-funds-spending",
  source: {
    title: "关于上海市嘉定区2020年预算执行情况和2021年预算(草案)的报告（直达资金下达及支出情况表据报告拟）",
    url: "http://renda.jiading.cn/gzzl/qrdh/qljrdbchy/content_704580",
    publisher: "上海市嘉定区财政局",
    date: "2021-02-03",
    changes:
      "As published: the report's 直达资金 passage (抗疫特别国债等新增财政资金直达市县基层、直接惠企利民; 及时分解下达资金); the stored copy shows no figures for it. " +
      "Ours: the table (序号 | 资金项目 | 下达金额 | 实际支出 | 支出进度 | 备注), the three fund kinds as category rows, every use and figure, the 合计 first. " +
      "Planted: 援企稳岗补贴 spent 5,180 of 5,000 下达; 应急物资保障体系建设 spent nothing of 3,000 by the year's end.",
  },
  classes: ["execution", "direct-funds", "category-rows", "total-row-first", "rate-column", "rates-as-numbers", "remark-column", "whole-wanyuan", "wanyuan-caption", "as-of-year-end", "table-from-prose", "district-report", "shanghai"],
  settings: { district: "嘉定区", asOf: "2020-12-31" },
  sheets: [
    {
      name: "直达资金",
      widths: [6, 28, 14, 14, 12, 20],
      rows: [
        ["嘉定区2020年财政直达资金下达及支出情况表", null, null, null, null, null],
        ["截至2020年12月31日", null, null, null, null, "单位：万元"],
        ["序号", "资金项目", "下达金额", "实际支出", "支出进度", "备注"],
        [null, "合计", 62000, 57740, 0.9313, null],
        ["一", "特殊转移支付资金", null, null, null, null],
        [1, "疫情防控相关支出", 8000, 7800, 0.975, null],
        [2, "基层保基本民生、保工资、保运转", 12000, 11700, 0.975, null],
        [3, "援企稳岗补贴", 5000, 5180, 1.036, "含以前年度结转"],
        ["二", "抗疫特别国债资金", null, null, null, null],
        [4, "公共卫生体系建设", 18000, 17400, 0.9667, null],
        [5, "重大疫情防控救治体系建设", 9000, 8700, 0.9667, null],
        [6, "应急物资保障体系建设", 3000, 0, 0, "项目前期"],
        ["三", "其他直达资金", null, null, null, null],
        [7, "城乡义务教育补助经费", 4500, 4470, 0.9933, null],
        [8, "困难群众救助补助资金", 2500, 2490, 0.996, null],
        ["注：直达资金按“中央切块、省级细化、备案同意、快速直达”原则下达，支出进度为实际支出占下达金额的比例。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:B2", "A16:F16"],
      numberFormats: { "C4:D15": "#,##0", "E4:E15": "0.00%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "直达资金", kind: "execution", unit: "万元", headerRow: 3, lastRow: 15, columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D8", why: "援企稳岗补贴: spent 5,180 against 下达 5,000 (180万元 over)" },
      { rule: "execution.no-spending", cell: "D12", why: "应急物资保障体系建设: 0 spent of 3,000 by 2020-12-31" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "下达 8,000 + 12,000 + 5,000 + 18,000 + 9,000 + 3,000 + 4,500 + 2,500 = 62,000" },
      { rule: "execution.total-mismatch", cell: "D4", why: "支出 7,800 + 11,700 + 5,180 + 17,400 + 8,700 + 0 + 4,470 + 2,490 = 57,740" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "57,740 / 62,000 = 93.129% → 93.13%" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "17,400 / 18,000 = 96.667% → 96.67%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "the 合计 row gets no status of its own (its lines carry them)" },
      { rule: "execution.behind-schedule", cell: "D10", why: "公共卫生体系建设 96.67%: within 5 points of 100%" },
      { rule: "execution.total-mismatch", cell: "C5", why: "一、二、三 are category rows with no figures" },
    ],
  },
};
