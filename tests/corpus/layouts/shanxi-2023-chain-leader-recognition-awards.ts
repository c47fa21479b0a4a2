import type { CorpusLayout } from "../types";

// 中国产业经济信息网 2023-05-28: 山西省工信厅 opens the one-time recognition award for the 20 “链主” firms of the province's key
// industrial chains, 100万元 each. Laid out as the list of that award: 序号 | 产业链 | 链主企业 | 统一社会信用代码 | 奖励金额（万元）.
export const layout: CorpusLayout = {
  id: "shanxi-2023-chain-leader-recognition-awards",
  source: {
    title: "山西省重奖“链主”企业 每家奖励一百万元（兑付名单据正文拟）",
    url: "http://tasting24.com/xy/sx/1439161.html",
    publisher: "中国产业经济信息网（山西省工业和信息化厅）",
    date: "2023-05-28",
    changes:
      "As published: the award (20家“链主”企业每家奖励100万元) and its source, 《山西省重点产业链及产业链链长工作机制实施方案》. Ours: the list as a table, " +
      "its title, the firms (invented in place of the twenty named), codes, chains and amounts, the cut to 8 rows. Planted: 长治潞安智能煤机有限公司 at 120万元 " +
      "against the 100万元 award; 山西汾源制药股份有限公司 listed a second time under another chain; 太原晋生生物材料有限公司's code with a wrong check character.",
  },
  classes: ["register", "fixed-award", "category-column", "credit-codes", "one-firm-two-rows", "item-in-title", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "shanxi"],
  catalog: {
    items: [
      { name: "“链主”企业一次性认定奖励", capType: "fixed", capAmount: 100, unit: "万元", year: 2023, document: "山西省重点产业链及产业链链长工作机制实施方案" },
    ],
  },
  sheets: [
    {
      name: "兑付名单",
      widths: [6, 18, 30, 22, 14],
      rows: [
        ["山西省2023年重点产业链“链主”企业一次性认定奖励资金兑付名单", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "产业链", "链主企业", "统一社会信用代码", "奖励金额"],
        [1, "特钢材料产业链", "山西晋钢特种材料有限公司", "91140100MA0K3R5P2A", 100],
        [2, "现代医药产业链", "山西汾源制药股份有限公司", "91140800MA0K6YH37Q", 100],
        [3, "轨道交通装备产业链", "大同晋轨机车装备有限公司", "91140200MA0L7TQ41D", 100],
        [4, "煤机智能制造产业链", "长治潞安智能煤机有限公司", "91140400MA0JX8N63P", 120],
        [5, "镁铝合金产业链", "晋中恒镁新材料有限公司", "91140700MA0M2CW956", 100],
        [6, "光伏产业链", "山西晋阳光伏科技有限公司", "91140100MA0N4PB189", 100],
        [7, "生物基新材料产业链", "太原晋生生物材料有限公司", "91140100MA0HT6E5WX", 100],
        [8, "中医药产业链", "山西汾源制药股份有限公司", "91140800MA0K6YH37Q", 100],
        ["合计", null, null, null, 820],
        ["注：根据《山西省重点产业链及产业链链长工作机制实施方案》，对确定的“链主”企业给予一次性认定奖励，每家100万元。", null, null, null, null],
        ["山西省工业和信息化厅　2023年5月", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A12:D12", "A13:E13", "A14:E14"],
      numberFormats: { "E4:E12": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "兑付名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "category", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2023,
        item: "“链主”企业一次性认定奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "120 above the fixed 100万元 award" },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91140100MA0HT6E5WX: the GB 32100 check character of 91140100MA0HT6E5W is Y, not X" },
      { rule: "register.duplicate", cell: "E11", why: "山西汾源制药股份有限公司 (91140800MA0K6YH37Q) again under the same award in 2023; first at row 5 (another chain is no other award)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E12", why: "合计 820 (7 × 100 + 120) is no award" },
      { rule: "cap.unknown-policy", why: "产业链 names each firm's chain, not a policy: the title names the award" },
      { rule: "register.unpaid", why: "an award list with no payment columns" },
      { rule: "register.ineligible-location", why: "no place column" },
    ],
  },
};
