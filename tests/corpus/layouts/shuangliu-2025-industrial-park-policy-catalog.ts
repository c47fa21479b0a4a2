import type { CorpusLayout } from "../types";

// 成都市双流区人民政府 2025-07-16: 双流区支持工业高质量发展加快推进“立园满园”行动政策措施. Laid out as a 政策事项清单: chapter rows merged across,
// 序号 | 政策事项 | 支持标准 (the clause's words) | 责任单位. Items 1–3 follow the stored copy; the copy breaks off in item 二②, so items 4–6 are ours.
export const layout: CorpusLayout = {
  id: "shuangliu-2025-industrial-park-policy-catalog",
  source: {
    title: "成都市双流区支持工业高质量发展加快推进“立园满园”行动政策措施（政策事项清单据正文拟）",
    url: "http://policy.ruichuangshe.com/Policy/Info/36994",
    publisher: "成都市双流区人民政府",
    date: "2025-07-16",
    changes:
      "As published: 第一章 企业提质发展; 一、上规奖励 (10万元) and the 营收首次突破10亿/20亿/50亿/100亿元 awards (最高20/30/50/100万元); 二、① 营收3000万元—1亿元, " +
      "增速不低于25%: 3万元 plus 0.5万元 per point, 每家企业每年不超过30万元; 责任单位 区经信局. The stored copy breaks off there: the per-百亿 step award is left out, " +
      "and items 4–6 (技术改造, 重大项目, 标准厂房租金) and the second chapter's name are ours in the policy's manner. Planted: a “一事一议” item and a floor-only rent subsidy " +
      "whose caps cannot be read.",
  },
  classes: ["catalog", "prose-caps", "chapter-rows-as-category", "fixed-award", "banded-maximums", "base-plus-increment-with-annual-cap", "rate-with-maximum", "one-by-one-negotiation", "floor-not-cap", "responsible-unit-column", "table-from-prose", "district-policy", "sichuan"],
  settings: { district: "成都市双流区" },
  sheets: [
    {
      name: "政策事项清单",
      widths: [6, 24, 72, 12],
      rows: [
        ["双流区支持工业高质量发展加快推进“立园满园”行动政策事项清单", null, null, null],
        ["序号", "政策事项", "支持标准", "责任单位"],
        ["第一章 企业提质发展", null, null, null],
        [1, "首次上规奖励", "对首次纳入规模以上工业统计的企业，给予10万元一次性奖励。", "区经信局"],
        [2, "营收跨台阶奖励", "对工业企业年度营收首次突破10亿元、20亿元、50亿元、100亿元的，分别给予最高20万元、30万元、50万元、100万元的一次性奖励。", "区经信局"],
        [3, "存量企业增长奖励", "对年度营收在3000万元（含）—1亿元、当年增速不低于25%的企业，给予3万元奖励，在此基础上，增速每增加一个百分点追加0.5万元奖励，每家企业每年奖励不超过30万元。", "区经信局"],
        ["第二章 园区提能增效", null, null, null],
        [4, "技术改造补助", "对设备投资500万元以上的技术改造项目，按设备投资额的8%给予补助，单个项目最高不超过500万元。", "区经信局"],
        [5, "重大工业项目支持", "对总投资20亿元以上的重大工业项目，采取“一事一议”方式给予支持。", "区投促局"],
        [6, "标准厂房租金补贴", "对入驻园区标准厂房的规上工业企业，按实际租金给予不低于30%的补贴。", "区经信局"],
      ],
      merges: ["A1:D1", "A3:D3", "A7:D7"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策事项清单", kind: "catalog", headerRow: 2, lastRow: 10, columns: { B: "item", C: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C9", why: "总投资20亿元以上 is a condition and “一事一议” states no sum: no cap can be read" },
      { rule: "catalog.unreadable-standard", cell: "C10", why: "不低于30% is a floor on the rate, with no maximum: no cap can be read" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "a fixed 10万元" },
      { rule: "catalog.unreadable-standard", cell: "C5", why: "最高 by band: at most 100万元, the 10亿–100亿元 thresholds being conditions" },
      { rule: "catalog.unreadable-standard", cell: "C6", why: "3万元 plus 0.5万元 a point, 每家企业每年不超过30万元: the cap is 30万元; 3000万元—1亿元 and 25% are conditions" },
      { rule: "catalog.unreadable-standard", cell: "C8", why: "8% of 设备投资额, at most 500万元; 500万元以上 is the condition" },
      { rule: "input.unreadable-value", cell: "A3", why: "chapter rows group the items; they are not items" },
      { rule: "input.unreadable-value", cell: "D4", why: "责任单位 names the office, no value to read" },
    ],
  },
};
