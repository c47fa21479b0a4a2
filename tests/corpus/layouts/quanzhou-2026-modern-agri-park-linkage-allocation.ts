import type { CorpusLayout } from "../types";

// 泉州市财政局 泉州市农业农村局 2026-01-23 (泉财〔2026〕24号): 150万元 of 2026年市级财政衔接推进乡村振兴补助资金（现代农业产业园）, from the
// 晋江洛阳江上游水资源保护补偿专项资金, with its 附件1 分配表及任务清单: 单位：万元 over 县（市、区） | 补助金额 | 任务清单.
export const layout: CorpusLayout = {
  id: "quanzhou-2026-modern-agri-park-linkage-allocation",
  source: {
    title: "泉州市财政局 泉州市农业农村局关于下达2026年市级财政衔接推进乡村振兴补助资金（现代农业产业园）的通知（附件1：分配表及任务清单）",
    url: "https://nyncj.quanzhou.gov.cn/xxgk/czzj/zjfpgk/202601/t20260130_3263061.htm",
    publisher: "泉州市财政局、泉州市农业农村局",
    date: "2026-01-30",
    changes:
      "As published: the annex label, title, caption and headings, 安溪县 first with 50 and a task opening 提升1…, the 150万元 in all. The stored copy " +
      "breaks off after 安溪县's task: the other two counties, their sums and every task's wording are ours. Nothing planted: the lines add to the 合计.",
  },
  classes: ["composition", "clean", "counties-as-lines", "task-text-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "annex-label-row", "table-partly-in-stored-copy", "city-fund", "fujian"],
  settings: { district: "泉州市" },
  sheets: [
    {
      name: "附件1",
      widths: [14, 12, 60],
      rows: [
        ["附件1", null, null],
        ["2026年市级财政衔接推进乡村振兴补助资金（现代农业产业园）分配表及任务清单", null, null],
        [null, null, "单位：万元"],
        ["县（市、区）", "补助金额", "任务清单"],
        ["安溪县", 50, "提升1个市级现代农业产业园主导产业（茶叶），新建标准化生态茶园示范片100亩"],
        ["永春县", 60, "提升1个市级现代农业产业园主导产业（芦柑），建设产地冷链分拣中心1座"],
        ["德化县", 40, "提升1个市级现代农业产业园主导产业（淮山），推广绿色种植技术200亩"],
        ["合计", 150, "提升3个市级现代农业产业园主导产业"],
      ],
      merges: ["A2:C2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件1", kind: "composition", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "line", B: "amount" }, year: 2026 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "B8", why: "50 + 60 + 40 = 150" },
      { rule: "composition.line-mismatch", why: "no unit amount: 1个, 100亩, 1座 in the tasks are no quantities" },
      { rule: "composition.total-mismatch", cell: "C8", why: "the 合计 row's task is text, no figure" },
    ],
  },
};
