import type { CorpusLayout } from "../types";

// 合川中小企业公共服务中心 2019-07-17: 重庆市惠企政策汇编 — 一、产业发展类, clause (一): 装备智能化改造 subsidised on 设备和软件投资, at most
// 500万元 a project, with its 政策来源 (渝府办发〔2018〕155号), 申报程序 and 牵头部门. The clause as a one-line catalog (序号 | 政策事项 | 支持政策 |
// 政策来源 | 牵头部门), and a 补助项目明细 (ours) on a second sheet with each project's 设备和软件投资 beside its subsidy.
export const layout: CorpusLayout = {
  id: "hechuan-cq-2019-smart-renovation-subsidy-clause",
  source: {
    title: "重庆市惠企政策汇编 一、产业发展类（1~29）—（一）装备智能化改造补助（补助项目明细据政策拟）",
    url: "http://www.smecqhc.org/bszn/html/?714.html",
    publisher: "合川中小企业公共服务中心",
    date: "2019-07-17",
    changes:
      "As published: the compilation's title, the section heading 一、产业发展类, clause (一)'s wording, its 政策来源 and 牵头部门 (市经济信息委). Cut: " +
      "clauses (二)–(二十九) (the stored copy stops after the first) and the clause's 申报程序 steps. Ours: the 政策事项 short name, the second sheet " +
      "(firms, codes, projects, investments, subsidies). Planted: a subsidy of 560 against 最高补助金额不超过500万元; one credit code with a wrong " +
      "check character (…9112UA; GB 32100 gives T).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "clause-list", "document-column", "lead-department-column", "max-cap", "base-column",
    "project-column", "credit-codes", "counties-as-places", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table",
    "municipal-policy", "chongqing",
  ],
  settings: { district: "重庆市" },
  sheets: [
    {
      name: "惠企政策",
      widths: [6, 22, 80, 34, 14],
      rows: [
        ["重庆市惠企政策汇编", null, null, null, null],
        ["一、产业发展类", null, null, null, null],
        ["序号", "政策事项", "支持政策", "政策来源", "牵头部门"],
        ["（一）", "装备智能化改造补助", "支持重点企业加大装备智能化改造力度，以设备和软件投资金额为基准给予补助，对单个项目的最高补助金额不超过500万元。", "《重庆市降低制造业企业成本若干政策措施》（渝府办发〔2018〕155号）", "市经济信息委"],
      ],
      merges: ["A1:E1", "A2:E2"],
    },
    {
      name: "补助项目明细",
      widths: [6, 32, 22, 10, 26, 20, 14, 12],
      rows: [
        ["2019年装备智能化改造补助项目明细", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在区县", "项目名称", "政策事项", "设备和软件投资", "补助金额"],
        [1, "重庆合川渝创精密机械有限公司", "91500117MY7XT31DJB", "合川区", "数控加工生产线智能化改造", "装备智能化改造补助", 2850, 420],
        [2, "重庆铜梁龙腾汽车零部件有限公司", "91500151KLNTH816LR", "铜梁区", "冲压车间智能化改造", "装备智能化改造补助", 6200, 560],
        [3, "重庆璧山青杠电子科技有限公司", "91500120T30H9112UA", "璧山区", "SMT产线数字化改造", "装备智能化改造补助", 1980, 300],
        [4, "重庆潼南川渝绿色建材有限公司", "91500152T1FM72CAHQ", "潼南区", "智能仓储系统建设", "装备智能化改造补助", 3400, 500],
        [5, "重庆永川卓越食品有限公司", "91500118RP3XW52TY6", "永川区", "灌装线智能化改造", "装备智能化改造补助", 1250, 180],
        ["合计", null, null, null, null, null, 15680, 1960],
        ["注：设备和软件投资为经审核的项目设备和软件投资额；补助金额按单个项目最高不超过500万元核定。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A9:F9", "A10:H10"],
      numberFormats: { "G4:H9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "惠企政策", kind: "catalog", headerRow: 3, lastRow: 4, columns: { A: "code", B: "item", C: "standard", D: "document" } },
      {
        sheet: "补助项目明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "item", G: "base", H: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "补助项目明细", cell: "H5", why: "装备智能化改造补助 is at most 500万元 a project; 560 awarded, 60 over" },
      { rule: "register.invalid-credit-code", sheet: "补助项目明细", cell: "C6", why: "91500120T30H9112U + check character: GB 32100 gives T, the code ends in A" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "补助项目明细", cell: "H7", why: "500 is exactly the 最高500万元" },
      { rule: "cap.exceeded", sheet: "补助项目明细", cell: "H9", why: "合计 1,960 = 420 + 560 + 300 + 500 + 180 is no award" },
      { rule: "composition.total-mismatch", sheet: "补助项目明细", cell: "H9", why: "合计 1,960 = 420 + 560 + 300 + 500 + 180" },
      { rule: "composition.total-mismatch", sheet: "补助项目明细", cell: "G9", why: "2,850 + 6,200 + 1,980 + 3,400 + 1,250 = 15,680" },
      { rule: "cap.unknown-policy", sheet: "补助项目明细", why: "every 政策事项 is the catalog's item word for word; 项目名称 is the firm's own project" },
      { rule: "cap.rate-exceeded", sheet: "补助项目明细", why: "the clause sets no rate on the 设备和软件投资, only the 500万元 ceiling" },
      { rule: "register.ineligible-location", sheet: "补助项目明细", cell: "D5", why: "合川、铜梁、璧山、潼南、永川 are all 重庆市 districts" },
      { rule: "register.duplicate", sheet: "补助项目明细", why: "five firms, five projects, no repeat" },
    ],
  },
};
