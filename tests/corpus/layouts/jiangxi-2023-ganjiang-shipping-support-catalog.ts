import type { CorpusLayout } from "../types";

// 江西省交通运输厅 2023-02: 江西省促进赣江航运业发展扶持方案 — two awards with a yearly ceiling each: 龙头山航电枢纽上游散杂货航线 a 定额扶持奖励
// (年度奖励总额不超过1600万元) and 赣州港、吉安港、宜春港 to 南昌港/九江港 container lines 每标箱不超过100元 (年度不超过500万元). Prose;
// laid out as the plan's 扶持标准 table (表据正文拟).
export const layout: CorpusLayout = {
  id: "jiangxi-2023-ganjiang-shipping-support-catalog",
  source: {
    title: "江西“真金白银”扶持赣江航运业发展（江西省促进赣江航运业发展扶持方案；扶持标准表据正文拟）",
    url: "http://aromanila.com/News/news/id/275900.html",
    publisher: "江西省交通运输厅 (江西省人民政府 news, reposted by 掌中九江)",
    date: "2023-02-06",
    changes:
      "As published: the two supported lines, 定额扶持奖励 with a 1600万元 yearly total, 每标箱不超过100元 with a 500万元 yearly total, and the " +
      "rule for lowering the standard when applications exceed the total (the note). Ours: the table's form and 扶持对象 wording. Nothing planted: " +
      "the 定额 award states no amount (the 1600万元 is the year's whole budget), so its standard is unreadable as published.",
  },
  classes: ["catalog", "prose-caps", "per-unit-cap", "yearly-total-column", "fixed-award-without-amount", "notes-under-table", "table-from-prose", "provincial-policy", "jiangxi"],
  sheets: [
    {
      name: "扶持标准",
      widths: [6, 40, 24, 46, 16],
      rows: [
        ["江西省促进赣江航运业发展扶持标准", null, null, null, null],
        ["序号", "扶持事项", "扶持对象", "扶持标准", "年度奖励总额"],
        [1, "赣江龙头山航电枢纽上游散杂货航线扶持", "开通或稳定运行航线的航运企业", "给予定额扶持奖励", "不超过1600万元"],
        [2, "赣州港、吉安港、宜春港至南昌港或九江港往返集装箱航线扶持", "开通或稳定运行航线的航运企业", "按每标箱不超过100元给予扶持奖励", "不超过500万元"],
        ["注：当年每条航线奖励资金申报总额未超出年度奖励总额的，按扶持标准执行；超出年度奖励总额的，按照航运企业数量与资金总额的比例、箱量与资金总额的比例降低扶持标准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A5:E5"],
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持标准", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", D: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "给予定额扶持奖励 names a fixed award but no amount; the 1600万元 beside it is the year's whole budget, no cap of one award" },
    ],
    absent: [
      { rule: "input.unreadable-value", why: "the 年度奖励总额 cells and the note are text" },
    ],
  },
};
