import type { CorpusLayout } from "../types";

// 山东 青岛高新区: 关于聚焦创新引领加快企业雁阵培育推动高质量发展的试行意见 (第一章 实施雏雁孵化赋能工程) — a policy
// catalog whose caps are prose in a 支持标准 column, and on a second sheet the awards paid under it.
export const layout: CorpusLayout = {
  id: "qingdao-hitech-2021-wild-goose-policies",
  source: {
    title: "青岛市高新区高新技术企业奖励政策：青岛高新区关于聚焦创新引领加快企业雁阵培育推动高质量发展的试行意见（政策清单及兑现名单据意见拟）",
    url: "https://gqrdw.com/shandong/1061.html",
    publisher: "青岛高新区管委（转载）",
    changes:
      "As published: the 意见's preamble and 1622行动 goals (科技型中小企业1000家、高新技术企业600家…), 第一章 实施雏雁孵化赋能工程; the stored copy stops before the clauses' standards. " +
      "Ours: the catalog's four items and their standards (caps chosen for the corpus), the 兑现名单 sheet — firms, valid codes of 城阳区 (370214), bases and amounts. " +
      "Planted: a 高新技术企业首次认定奖励 of 35 over its 最高不超过30万元; one code's check character wrong (…Y45, should be …Y44).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "fixed-award", "item-per-row", "base-column", "credit-codes", "lead-office-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "hi-tech-zone-policy", "shandong"],
  sheets: [
    {
      name: "政策清单",
      widths: [6, 26, 60, 16],
      rows: [
        ["青岛高新区雁阵培育政策清单（雏雁孵化赋能）", null, null, null],
        ["序号", "政策事项", "支持标准", "牵头部门"],
        [1, "科技型中小企业入库奖励", "对首次入库的科技型中小企业，给予一次性奖励2万元。", "科技部门"],
        [2, "高新技术企业首次认定奖励", "对首次认定的高新技术企业，给予最高不超过30万元奖励。", "科技部门"],
        [3, "研发投入增量补助", "按企业研发费用较上年增长部分的10%给予补助，单个企业每年最高不超过100万元。", "科技部门、财政部门"],
        [4, "孵化载体奖励", "对新认定的国家级科技企业孵化器，给予一次性奖励100万元。", "科技部门"],
        ["注：同一企业同一年度同一事项不重复享受；与上级政策重复的，按就高原则执行。", null, null, null],
      ],
      merges: ["A1:D1", "A7:D7"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 24, 18, 16],
      rows: [
        ["青岛高新区2022年雁阵培育政策兑现名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "兑现政策", "研发费用增量（万元）", "兑现金额（万元）"],
        [1, "青岛海芯微电子科技有限公司", "91370214MA3C4K8R2J", "高新技术企业首次认定奖励", null, 30],
        [2, "青岛蓝海智造装备有限公司", "91370214MA3D7N2X5D", "研发投入增量补助", 860, 86],
        [3, "青岛雁栖生物医药有限公司", "91370214MA3E1P6T9Q", "高新技术企业首次认定奖励", null, 35],
        [4, "青岛云帆信息技术有限公司", "91370214MA3F5Q3W7C", "科技型中小企业入库奖励", null, 2],
        [5, "青岛启航医疗器械有限公司", "91370214MA3G2R8Y45", "研发投入增量补助", 1350, 100],
        [6, "青岛高新区创新创业孵化器有限公司", "91370214MA3H6T1U0M", "孵化载体奖励", null, 100],
        ["合计", null, null, null, null, 353],
        ["注：研发投入增量补助按研发费用增量的10%计算，超过100万元的按100万元兑现。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:E9", "A10:F10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 6, columns: { B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "高新技术企业首次认定奖励 capped at 30万元 (最高不超过30万元); 35 awarded, 5 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C7", why: "91370214MA3G2R8Y45: the check character for the first 17 is 4, not 5" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F4", why: "10% × 860 = 86, within 100" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F7", why: "10% × 1,350 = 135, held to the 100 cap as the note says: 100 is within both" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "孵化载体奖励 100 = its fixed 100万元" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F5", why: "two different firms under 高新技术企业首次认定奖励" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "F9", why: "30 + 86 + 35 + 2 + 100 + 100 = 353, as stated" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 兑现政策 names a 政策清单 item" },
    ],
  },
};
