import type { CorpusLayout } from "../types";

// 云南省卫生健康委员会2024年部门预算 (2024-02-07): 第二部分 部门预算表 十三、省对下转移支付预算表 (with 五、省对下专项转移支付情况 in the
// explanation). Laid out as the fund lines under 项目名称 with the budget split by source: 预算数 over 合计 | 中央补助资金 | 省级资金, 合计 first.
// The stored copy lists the tables, not their figures.
export const layout: CorpusLayout = {
  id: "yunnan-health-2024-transfer-payment-budget",
  source: {
    title: "云南省卫生健康委员会2024年部门预算（十三、省对下转移支付预算表，表据目录拟）",
    url: "http://ynswsjkw.yn.gov.cn/html/2024/yujuesuanxinxigongkai_0207/20043.html",
    publisher: "云南省卫生健康委员会",
    date: "2024-02-07",
    changes:
      "As published: the commission, the year, the table's name and place (第二部分 十三、省对下转移支付预算表; 十四 its 绩效目标表). The stored copy " +
      "shows the contents and the duties, not the table: the fund lines, the source split (中央补助资金 | 省级资金) and every figure are ours. Planted: " +
      "重大传染病防控经费's 合计 typed 43,380 where 中央 35,600 + 省级 6,780 = 42,380; the foot's 合计 537,800 adds the lines as typed, so against " +
      "its own source columns (422,200 + 114,600 = 536,800) it carries the same 1,000 slip.",
  },
  classes: [
    "composition", "transfer-payments", "allocation-by-fund", "total-row-first", "total-column-and-source-columns", "split-under-merged-header",
    "two-header-rows", "line-slip-carried-into-foot", "zero-parts", "whole-wanyuan", "wanyuan-caption", "year-in-title", "notes-under-table",
    "table-not-in-stored-copy", "provincial-department", "yunnan",
  ],
  settings: { district: "云南省" },
  sheets: [
    {
      name: "省对下转移支付预算表",
      widths: [8, 34, 14, 16, 14],
      rows: [
        ["云南省卫生健康委员会2024年省对下转移支付预算表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "预算数", null, null],
        [null, null, "合计", "中央补助资金", "省级资金"],
        [null, "合计", 537800, 422200, 114600],
        [1, "基本公共卫生服务补助资金", 285600, 248900, 36700],
        [2, "医疗服务与保障能力提升补助资金", 96450, 81200, 15250],
        [3, "重大传染病防控经费", 43380, 35600, 6780],
        [4, "计划生育转移支付资金", 58720, 50100, 8620],
        [5, "卫生健康人才培养补助资金", 12600, 0, 12600],
        [6, "中医药事业传承与发展补助资金", 9850, 6400, 3450],
        [7, "村医补助经费", 31200, 0, 31200],
        ["注：分地区分配情况见各项资金下达文件；省对下转移支付绩效目标见十四、省对下转移支付绩效目标表。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:E3", "A13:E13"],
      numberFormats: { "C5:E12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "省对下转移支付预算表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "amount", D: "amount:中央补助资金", E: "amount:省级资金" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C8", why: "重大传染病防控经费 合计 43,380 against 中央补助资金 35,600 + 省级资金 6,780 = 42,380 (1,000 over)" },
      { rule: "composition.total-mismatch", cell: "C5", why: "the foot's 合计 537,800 (the lines as typed) against its own source columns 422,200 + 114,600 = 536,800: the line's slip carried into the foot (1,000 over)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D5", why: "中央补助资金 248,900 + 81,200 + 35,600 + 50,100 + 0 + 6,400 + 0 = 422,200" },
      { rule: "composition.total-mismatch", cell: "E5", why: "省级资金 36,700 + 15,250 + 6,780 + 8,620 + 12,600 + 3,450 + 31,200 = 114,600" },
      { rule: "composition.total-mismatch", cell: "C6", why: "285,600 = 248,900 + 36,700; every other line agrees with its sources" },
      { rule: "input.unreadable-value", why: "zero 中央 shares are figures; the note is no row" },
    ],
  },
};
