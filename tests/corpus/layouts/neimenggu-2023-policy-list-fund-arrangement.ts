import type { CorpusLayout } from "../types";

// 内蒙古自治区人民政府 2023: 内蒙古自治区2023年坚持稳中快进稳中优进推动产业高质量发展政策清单（内政发〔2023〕3号）. The list gives its measures
// as numbered clauses under 一、… / （一）… headings, some naming the money set aside (安排110亿元…, 安排9000万元…, 安排1亿元…). Laid out as the
// fund-arrangement table drawn from its first section: 序号 | 政策措施 | 安排资金 | 责任单位, 合计 first, the （一）（二） headings carrying their 小计.
export const layout: CorpusLayout = {
  id: "neimenggu-2023-policy-list-fund-arrangement",
  source: {
    title: "内蒙古自治区2023年坚持稳中快进稳中优进推动产业高质量发展政策清单（第一部分资金安排表据清单拟）",
    url: "https://doc.chddh.cn/archives/x687rvl9wnkm0o4jd93q.html",
    publisher: "内蒙古自治区人民政府",
    date: "2023",
    changes:
      "As published: the list's section 一、推进农牧业优质高效转型 with （一）增强粮食综合生产能力 (clauses 1–3) and （二）实施种业振兴行动 (clauses 4–5), " +
      "their wording and 责任单位. Ours: the table (title, caption, 合计 first, the headings' 小计) and the figures — clauses 2 and 3 name no sum in the list, " +
      "and clause 1's is ours too. Planted: （二）实施种业振兴行动's 小计 typed 21,000 over its clauses 9,000 + 10,000 = 19,000 (the 合计 adds the clauses).",
  },
  classes: [
    "composition", "allocation-by-measure", "policy-list", "section-heading-row", "subtotal-heading-rows", "outline-numbering", "total-row-first",
    "department-column-right", "whole-wanyuan", "wanyuan-caption", "year-in-title", "notes-under-table", "table-from-prose", "province-level", "neimenggu",
  ],
  settings: { district: "内蒙古自治区" },
  sheets: [
    {
      name: "资金安排",
      widths: [8, 56, 14, 30],
      rows: [
        ["内蒙古自治区2023年推动产业高质量发展政策清单资金安排表（农牧业部分）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "政策措施", "安排资金", "责任单位"],
        ["合计", null, 1064000, null],
        ["一、推进农牧业优质高效转型", null, null, null],
        ["（一）", "增强粮食综合生产能力", 1045000, null],
        [1, "实施优质高效增粮示范行动，稳定粮食播种面积和产量", 1000000, "自治区农牧厅、财政厅"],
        [2, "实施耕地保护与建设行动，支持高标准农田建设和黑土地保护性耕作", 42000, "自治区农牧厅、发展改革委、财政厅"],
        [3, "支持盐碱地等后备土地资源开发综合利用，开展盐碱化耕地综合利用", 3000, "自治区农牧厅"],
        ["（二）", "实施种业振兴行动", 21000, null],
        [4, "支持实施种质资源保护利用、良种化水平提升、优势特色品种培育三大工程", 9000, "自治区农牧厅、科技厅、财政厅"],
        [5, "开展种业科技创新重大示范工程，对14个项目进行滚动支持", 10000, "自治区科技厅"],
        ["注：安排资金为清单所列政策措施的年度资金规模，具体以资金下达文件为准。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A5:D5", "A13:D13"],
      numberFormats: { "C4:C12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "code", B: "line", C: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C10", why: "（二）实施种业振兴行动 21,000 ≠ 9,000 + 10,000 = 19,000 (2,000 over its clauses)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 1,064,000 = the five clauses 1,000,000 + 42,000 + 3,000 + 9,000 + 10,000; the 小计's slip is reported once, at C10" },
      { rule: "composition.total-mismatch", cell: "C6", why: "（一） 1,045,000 = 1,000,000 + 42,000 + 3,000" },
      { rule: "input.unreadable-value", cell: "D7", why: "责任单位 names the departments, text" },
      { rule: "register.duplicate", why: "departments named beside measures are no payees: 自治区农牧厅 on several clauses is no duplicate" },
      { rule: "cap.unknown-policy", why: "an allocation by measure, not an award list" },
    ],
  },
};
