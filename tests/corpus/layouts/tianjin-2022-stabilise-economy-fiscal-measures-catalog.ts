import type { CorpusLayout } from "../types";

// 天津市人民政府 2022-05-30: its plan for carrying out the State Council's 扎实稳住经济一揽子政策措施 — section 一、全面落实国家财政政策,
// clauses 1–2 (留抵退税 widened to seven more trades; refund-fraud risk control) — laid out as a measures catalog (ours).
export const layout: CorpusLayout = {
  id: "tianjin-2022-stabilise-economy-fiscal-measures-catalog",
  source: {
    title: "天津市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案 — 一、全面落实国家财政政策（第1—2条；政策清单据方案拟）",
    url: "https://cstsa.org.cn/index/newslist/show.html?cid=1&id=185&lanmu=4",
    publisher: "天津市人民政府",
    date: "2022-05-30",
    changes:
      "The plan is prose (the stored copy says 本文有删减 and breaks off in clause 3). We lay clauses 1–2 out as 序号 | 政策措施 | 主要内容 under the section row " +
      "一、全面落实国家财政政策, the wording shortened from the plan. Neither clause names an amount or a cap: the catalog is clean, and no award list sits beside it.",
  },
  classes: ["catalog", "clean", "section-row", "measures-without-caps", "tax-refund-measures", "text-only", "table-from-prose", "policy-plan", "municipality-level", "tianjin"],
  sheets: [
    {
      name: "政策清单",
      widths: [6, 26, 70],
      rows: [
        ["天津市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案政策清单（财政政策部分，表据方案拟）", null, null],
        ["序号", "政策措施", "主要内容"],
        ["一、全面落实国家财政政策", null, null],
        [1, "落实增值税留抵退税扩围政策", "在已实施制造业等6个行业增值税留抵退税政策基础上，将批发和零售业，农、林、牧、渔业，住宿和餐饮业等7个行业企业纳入按月全额退还增量留抵税额、一次性全额退还存量留抵税额政策范围；加快推进小微企业、个体工商户留抵退税工作。"],
        [2, "加强退税风险防范", "以“信用+风险”为基础，以税收大数据为依托，通过指标监控、数据赋能，构建留抵退税一体化风险防控机制。"],
        ["注：据天津市人民政府2022年5月30日印发的实施方案整理（原文有删减）。", null, null],
      ],
      merges: ["A1:C1", "A3:C3", "A6:C6"],
    },
  ],
  expect: {
    tables: [{ sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } }],
    findings: [],
    absent: [
      { rule: "cap.no-cap", why: "no award list stands beside the catalog: no amount asks for a cap" },
      { rule: "cap.exceeded", why: "no amounts anywhere" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C4", why: "“6个行业”, “7个行业” are counts of trades, not a standard with a cap" },
    ],
  },
};
