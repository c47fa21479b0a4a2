import type { CorpusLayout } from "../types";

// 闵行区 操作细则 (闵府规发〔2024〕1号): each measure with its 申请条件, 支持标准 and 受理方式; the first
// measure's standard is a land price discount and a lease term (no money cap), the second a rate of
// the price or rent with a 上限.
export const layout: CorpusLayout = {
  id: "minhang-2024-operating-rules-standards",
  source: {
    title: "《闵行区关于大力推进新型工业化高质量发展的若干政策意见》操作细则（一、二）",
    url: "https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/qzfgfxwj_wjca/content/c3f240a2-bd09-428f-bc05-62446debc440.htm",
    publisher: "上海市闵行区人民政府",
    date: "2024",
    changes:
      "The rules are prose (一、… (一)申请条件 (二)支持标准 … (四)受理方式). Measures 一 and 二 set out as a table, one row per " +
      "subsidy (measure 二 split into its 购置 and 租赁 halves); 申请条件/支持标准/受理方式 quote the rules, shortened. " +
      "Measures from 三 on are cut (the stored copy breaks off there).",
  },
  classes: ["catalog", "prose-caps", "rate-with-cap", "unreadable-standard", "minhang"],
  sheets: [
    {
      name: "操作细则",
      widths: [6, 30, 44, 60, 10],
      rows: [
        ["闵行区推进新型工业化高质量发展政策操作细则（摘录）", null, null, null, null],
        ["序号", "政策事项", "申请条件", "支持标准", "受理方式"],
        [
          "一",
          "给予优质项目土地出让费用及年限支持",
          "产业基地、产业社区、零星保留工业用地及战略预留区内的新增建设用地重点产业项目。",
          "1.经认定，给予产业用地优惠价格出让，土地出让起始价格优惠上限为市场评估价格的7折，不低于同类用地基准地价。2.经认定，对于重点的先进制造业项目，给予50年的土地出让年限。",
          "常年受理",
        ],
        [
          "二（1）",
          "购置自用工业厂房补贴",
          "新增的非拿地重点企业，在本区新购置自用工业厂房且购置面积超过2000平方米（含）以上。",
          "经认定，给予购房总价的10%、上限1000万元的前置购房补贴。补贴款分两次各50%拨付。",
          "一事一议",
        ],
        [
          "二（2）",
          "租赁自用工业厂房补贴",
          "新增的非拿地重点企业，在本区新租赁自用工业厂房，且租赁面积超过5000平方米（含）以上。",
          "经认定，给予租金的50%、上限1000万元的前置租房补贴。补贴款分两次各50%拨付。",
          "一事一议",
        ],
      ],
      merges: ["A1:E1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "操作细则", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", D: "standard" } },
    ],
    findings: [
      {
        rule: "catalog.unreadable-standard",
        cell: "D3",
        why: "a land price discount (市场评估价格的7折) and a lease term (50年): neither is a subsidy amount, rate of a base or maximum",
      },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D4", why: "rate 10% of 购房总价 with a 上限 of 1000万元" },
      { rule: "catalog.unreadable-standard", cell: "D5", why: "rate 50% of 租金 with a 上限 of 1000万元" },
      { rule: "catalog.unreadable-standard", cell: "C4", why: "2000平方米 in 申请条件 is a condition, not a standard" },
    ],
  },
};
