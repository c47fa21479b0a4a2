import type { CorpusLayout } from "../types";

// 江西 2018-06: the central 生猪调出大县奖励资金 for the province — 1.192亿元 to 21 named counties, and 1248万元 more for the province
// to share out itself (省级统筹奖励资金) under its own rules; reported as news, laid out as the allocation it describes: the counties
// under their 设区市, a 小计 heading them at the notice's 11920万元, the pooled money beside it, 合计 at the foot. The counties'
// lines come to 18万元 less than their 小计.
export const layout: CorpusLayout = {
  id: "jiangxi-2018-pig-county-award-allocation",
  source: {
    title: "2018年中央财政下达江西生猪调出大县奖励资金1.192亿元（表据报道拟）",
    url: "http://kaoqifangshebei.com/ListBower.aspx?id=20&pid=24839",
    publisher: "一米优讯（转载）",
    date: "2018-06-12",
    changes:
      "The totals and the 21 counties are the report's (1.192亿元 for 新建区, 南昌县 … 万年县; 1248万元 as 省级统筹奖励资金 shared out by " +
      "省财政厅 and 省农业厅 under 江西省生猪调出大县奖励资金管理办法; the report's 信豐區 written 信丰县). The table, its headings, the " +
      "设区市 column and every county's amount are ours. Planted: the 21 county lines add up to 11,902万元, 18万元 short of the 小计 " +
      "11,920 the report states.",
  },
  classes: ["composition", "allocation-by-county", "outline-numbering", "subtotals", "pooled-money-line", "city-column", "counties-as-places", "whole-wanyuan", "table-from-prose", "news-report", "total-at-foot", "wanyuan-caption", "notes-under-table", "province-wide-list", "jiangxi"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 14, 16, 40],
      rows: [
        ["2018年江西省生猪调出大县奖励资金分配表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "设区市", "县（市、区）", "奖励资金", "备注"],
        ["一、生猪调出大县奖励资金（21个县）", null, null, 11920, "中央财政下达"],
        [1, "南昌市", "新建区", 620, null],
        [2, "南昌市", "南昌县", 960, null],
        [3, "南昌市", "进贤县", 540, null],
        [4, "九江市", "修水县", 480, null],
        [5, "新余市", "渝水区", 450, null],
        [6, "鹰潭市", "余江区", 380, null],
        [7, "赣州市", "南康区", 520, null],
        [8, "赣州市", "信丰县", 600, null],
        [9, "赣州市", "定南县", 520, null],
        [10, "赣州市", "兴国县", 560, null],
        [11, "吉安市", "吉安县", 610, null],
        [12, "吉安市", "新干县", 470, null],
        [13, "吉安市", "泰和县", 580, null],
        [14, "吉安市", "安福县", 500, null],
        [15, "宜春市", "袁州区", 560, null],
        [16, "宜春市", "万载县", 540, null],
        [17, "宜春市", "上高县", 530, null],
        [18, "宜春市", "丰城市", 720, null],
        [19, "宜春市", "高安市", 700, null],
        [20, "抚州市", "东乡县", 450, null],
        [21, "上饶市", "万年县", 612, null],
        ["二、省级统筹奖励资金", null, null, 1248, "由省财政厅、省农业厅按《江西省生猪调出大县奖励资金管理办法》分配下达"],
        ["合计", null, null, 13168, null],
        ["注：用于促进生猪生产、流通，引导产销有效衔接，保障市场供应。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A4:C4", "A26:C26", "A27:C27", "A28:E28"],
      numberFormats: { "D4:D27": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 27,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D4",
        why: "一、生猪调出大县奖励资金 11,920 ≠ its 21 county lines 620+960+540+480+450+380+520+600+520+560+610+470+580+500+560+540+530+720+700+450+612 = 11,902: 18万元 apart (whole 万元, exact)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D27", why: "合计 13,168 = 小计 11,920 + 省级统筹 1,248, the 小计 as typed: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "D26", why: "省级统筹奖励资金 is a line of its own, not a total" },
      { rule: "composition.total-mismatch", cell: "D6", why: "设区市 is a column of each line, with no 小计 rows of its own" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "input.unreadable-value", why: "备注 and the note are text" },
    ],
  },
};
