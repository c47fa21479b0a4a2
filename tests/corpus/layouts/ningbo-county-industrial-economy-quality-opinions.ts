import type { CorpusLayout } from "../types";

// A 宁波 county's 关于加快推进工业经济高质量发展的若干意见 (after 甬党办〔2022〕69号), part 一 “打造海洋经济特色产业体系”:
// a 3亿元 yearly pool for the county's flagship chains, 一事一议 for major chain projects, and “给予一定补助” twice — clauses
// that state no amount a firm can be held to.
export const layout: CorpusLayout = {
  id: "ningbo-county-industrial-economy-quality-opinions",
  source: {
    title: "关于加快推进工业经济高质量发展的若干意见（一、打造海洋经济特色产业体系 1—2；条款表据正文拟）",
    url: "https://www.gxqyrd.cn/zzrd/gq/7592.html",
    publisher: "宁波市所属县人民政府（转载）",
    changes:
      "The wording of clauses 1 (打造海洋经济特色产业链) and 2 (高标准创建产业平台) is as published, split into one row per measure " +
      "(the row names are ours, from the clause wording), laid out as a table (条款 | 政策项目 | 扶持标准 | 责任部门); the 用海 " +
      "“五统一” sentence of clause 2, which carries no money, is cut. The reprint does not name the county (宁波市, from 甬党办〔2022〕69号 " +
      "and the 宁波 action plan it cites). Nothing is planted: every standard here is a pool, 一事一议 or “一定补助”.",
  },
  classes: ["catalog", "prose-caps", "pool-not-cap", "one-by-one-negotiation", "no-amount-standard", "clause-number-column", "responsible-office-column", "item-per-row", "table-from-prose", "reprint", "zhejiang"],
  sheets: [
    {
      name: "政策条款",
      widths: [8, 24, 80, 22],
      rows: [
        ["关于加快推进工业经济高质量发展的若干意见（一、打造海洋经济特色产业体系 摘录）", null, null, null],
        ["条款", "政策项目", "扶持标准", "责任部门"],
        ["1", "县域标志性产业链群", "紧抓国家级宁波海洋经济发展示范区主体区建设机遇，聚焦临港装备、绿色能源、功能材料三大新兴产业和汽模配、纺织服装两大传统产业，县财政计划每年安排3亿元打造具有竞争力的县域标志性产业链群。", "县经信局、县发改局"],
        ["1", "产业链重大项目", "对县域标志性产业链稳链、补链、强链、延链等重大项目，对成功列入省“415X”产业集群及市“361”万千亿级产业集群核心区、协同区的产业项目，给予“一事一议”综合扶持政策，重点给予土地、金融等资源要素支持。", "县经信局、县发改局"],
        ["1", "链主型企业本地配套协作", "鼓励标志性产业链的链主型企业（含总部型企业）开展本地产业链配套协作，给予一定补助。", "县经信局、县发改局"],
        ["2", "产业平台基础设施建设及腾换", "对特色产业园、战略性新兴产业园、工业社区和现状工业集聚点内的基础设施建设及腾换相关项目，分别按实际投入给予一定补助。", "县发改局、县经信局、县自然资源规划局"],
      ],
      merges: ["A1:D1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "document", B: "item", C: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C3", why: "3亿元 a year is the county's pool for its chains, never a cap per project; nothing else is given" },
      { rule: "catalog.unreadable-standard", cell: "C4", why: "“一事一议” states no amount or rate: no cap can be read" },
      { rule: "catalog.unreadable-standard", cell: "C5", why: "给予一定补助: no amount, rate or maximum" },
      { rule: "catalog.unreadable-standard", cell: "C6", why: "按实际投入给予一定补助: a base with no rate and no maximum" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a catalog alone, no award list to check" },
      { rule: "input.unreadable-value", cell: "D3", why: "责任部门 is text by nature" },
    ],
  },
};
