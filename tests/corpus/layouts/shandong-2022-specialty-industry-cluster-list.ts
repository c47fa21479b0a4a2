import type { CorpusLayout } from "../types";

// 山东省工业和信息化厅 2022-04-26: 2022年度山东省特色产业集群名单 公示 — 30 clusters printed as numbered lines, each
// `山东<市><县区>（<产业>）特色产业集群`, no firm, no code, no money. One cluster listed twice; one zone with two clusters of
// different trades (no duplicate).
export const layout: CorpusLayout = {
  id: "shandong-2022-specialty-industry-cluster-list",
  source: {
    title: "2022年度山东省特色产业集群名单公示（附件：2022年度山东省特色产业集群名单）",
    url: "https://858852.com/www/2022/0427/65356.html",
    publisher: "山东省工业和信息化厅（转载）",
    date: "2022-04-26",
    changes:
      "The attachment is a numbered list of 30 lines under its title; here the number and the name stand in two columns under a header " +
      "row of ours (序号 | 特色产业集群名称), cut to 13 lines. The places are Shandong's cities and counties, the trades in brackets are " +
      "ours. Planted: 山东潍坊临朐县（门窗型材）特色产业集群 listed again as line 12. 济宁高新区 appears twice with different trades.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "no-credit-codes", "cluster-names", "place-in-name", "annex-label",
    "header-row-supplied", "duplicate-firm", "province-wide-list", "province-level", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "集群名单",
      widths: [6, 52],
      rows: [
        ["附件", null],
        ["2022年度山东省特色产业集群名单", null],
        ["序号", "特色产业集群名称"],
        [1, "山东济南市中区（智慧能源）特色产业集群"],
        [2, "山东济南章丘区（汽车零部件）特色产业集群"],
        [3, "山东青岛胶州区（轨道交通装备）特色产业集群"],
        [4, "山东淄博周村区（纺织服装）特色产业集群"],
        [5, "山东枣庄滕州市（中小机床）特色产业集群"],
        [6, "山东烟台龙口市（精细化工）特色产业集群"],
        [7, "山东潍坊临朐县（门窗型材）特色产业集群"],
        [8, "山东济宁高新区（工程机械）特色产业集群"],
        [9, "山东济宁高新区（生物医药）特色产业集群"],
        [10, "山东泰安肥城市（新能源电池材料）特色产业集群"],
        [11, "山东临沂兰陵县（绿色食品）特色产业集群"],
        [12, "山东潍坊临朐县（门窗型材）特色产业集群"],
        [13, "山东德州宁津县（健身器材）特色产业集群"],
      ],
      merges: ["A2:B2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "集群名单", kind: "register", headerRow: 3, lastRow: 16, columns: { B: "enterprise" }, year: 2022 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B15", why: "山东潍坊临朐县（门窗型材）特色产业集群 is line 7 (row 10) and again line 12 (row 15)" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "B12", why: "济宁高新区 has two clusters of different trades (工程机械, 生物医药): different names" },
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no amounts" },
      { rule: "register.ineligible-location", why: "every cluster lies in a Shandong city; the names are no place column" },
      { rule: "register.invalid-credit-code", why: "no credit codes" },
    ],
  },
};
