import type { CorpusLayout } from "../types";

// 沈阳门户网 2018: 沈阳浑南重奖高新技术等企业3215万 — at its 2018 企业培育工作会议 沈阳高新区（浑南区） awarded 高新企业认定奖励 (166 firms,
// 2540万元, usually 20万元 each), 新进规模以上工业企业奖励 (27 firms, 165万元, 10万元 each) and 专利申请奖励; 奖励可以兼得. Laid out as the award
// list behind such a report: 序号 | 企业名称 | 统一社会信用代码 | 奖励类别 | 奖励金额 | 备注, with the two awards as a catalog.
export const layout: CorpusLayout = {
  id: "liaoning-hunnan-2018-enterprise-cultivation-awards",
  source: {
    title: "沈阳浑南重奖高新技术等企业3215万（上半年企业培育奖励名单据报道拟）",
    url: "http://024mh.com/thread-163708-1-1.html",
    publisher: "沈阳门户网（转载）",
    date: "2018",
    changes:
      "As published: the report — 3,215万元 in all, 高新企业认定奖励 166家 2,540万元, 新进规模以上工业企业奖励 27家 165万元, 专利申请奖励 510万元, 高企 " +
      "usually 20万元 and 规上 10万元 each, the two awards 可以兼得. No list is published. Ours: the list (eight rows of invented firms with 浑南 codes " +
      "210112), its 合计 and note, and the catalog of the two awards. Planted: 沈阳桃仙精密机械 awarded 30 under the fixed 20 高企 award; 沈阳南湖生物医药科技 " +
      "listed twice for the 高企 award; 沈阳浑南云计算信息技术's code with a wrong check character (…J8KX for …J8KY).",
  },
  classes: [
    "register", "award-list", "item-column", "fixed-award", "two-awards-combinable", "credit-codes", "invalid-credit-code", "duplicate-firm",
    "same-firm-two-items", "json-catalog", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "remark-column", "notes-under-table",
    "table-from-prose", "news-report", "district-level", "liaoning",
  ],
  settings: { district: "浑南区" },
  catalog: {
    items: [
      { name: "高新技术企业认定奖励", capType: "fixed", capAmount: 20, unit: "万元", year: 2018, document: "沈阳高新区高新技术企业、科技小巨人企业、瞪羚企业培育工作实施意见" },
      { name: "新进规模以上工业企业奖励", capType: "fixed", capAmount: 10, unit: "万元", year: 2018, document: "沈阳高新区规模以上工业企业实现产值三年倍增实施意见" },
    ],
  },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 32, 22, 24, 12, 22],
      rows: [
        ["沈阳高新区（浑南区）2018年上半年企业培育奖励资金拟奖励企业名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "奖励类别", "奖励金额", "备注"],
        [1, "沈阳浑河智能装备有限公司", "91210112MA0XK3A2BA", "高新技术企业认定奖励", 20, null],
        [2, "沈阳南湖生物医药科技有限公司", "91210112MA0Y1B7C3U", "高新技术企业认定奖励", 20, null],
        [3, "沈阳桃仙精密机械有限公司", "91210112MA0Q8D4E58", "高新技术企业认定奖励", 30, null],
        [4, "沈阳浑河智能装备有限公司", "91210112MA0XK3A2BA", "新进规模以上工业企业奖励", 10, "与高企认定奖励兼得"],
        [5, "沈阳白塔堡新材料有限公司", "91210112MA10F2G6H8", "新进规模以上工业企业奖励", 10, null],
        [6, "沈阳浑南云计算信息技术有限公司", "91210112MA0UT4J8KX", "高新技术企业认定奖励", 20, null],
        [7, "沈阳南湖生物医药科技有限公司", "91210112MA0Y1B7C3U", "高新技术企业认定奖励", 20, null],
        [8, "沈阳李相新能源科技有限公司", "91210112MA0W9L3M12", "新进规模以上工业企业奖励", 10, null],
        ["合计", null, null, null, 140, null],
        ["注：高新技术企业认定奖励与新进规模以上工业企业奖励可以兼得；专利申请奖励另行公示。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:D12", "A13:F13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E6", why: "高新技术企业认定奖励 is a fixed 20; 沈阳桃仙精密机械 is awarded 30 (10 over)" },
      { rule: "register.duplicate", cell: "D10", why: "沈阳南湖生物医药科技 (91210112MA0Y1B7C3U) has the 高新技术企业认定奖励 of 2018 already on row 5" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91210112MA0UT4J8KX: the first 17 characters give check character Y, not X" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "D7", why: "沈阳浑河智能装备 has two different awards (高企 on row 4, 新进规上 on row 7): 可以兼得, no duplicate" },
      { rule: "composition.total-mismatch", cell: "E12", why: "20 + 20 + 30 + 10 + 10 + 20 + 20 + 10 = 140" },
      { rule: "cap.unknown-policy", why: "both items of the 奖励类别 column are in the catalog" },
      { rule: "cap.exceeded", cell: "E7", why: "新进规模以上工业企业奖励 10, its fixed amount" },
      { rule: "register.invalid-credit-code", cell: "C4", why: "91210112MA0XK3A2BA is a valid GB 32100 code" },
      { rule: "register.ineligible-location", why: "no place column; the codes' 210112 is 浑南区" },
      { rule: "register.unpaid", why: "a 拟奖励 list records no payments" },
    ],
  },
};
