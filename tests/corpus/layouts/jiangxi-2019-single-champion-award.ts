import type { CorpusLayout } from "../types";

// 江西省工业和信息化厅 2020-04: the 2019 list of the province's 制造业单项冠军 — 12 示范企业 (江联重工 first) and 5 培育企业 (江西保太 first).
// Laid out as an award list with a 类别 column naming each firm's award, 设区市, 备注.
export const layout: CorpusLayout = {
  id: "jiangxi-2019-single-champion-award",
  source: {
    title: "2019年江西省制造业单项冠军示范（培育）企业名单（江西省工业和信息化厅发布，新浪江西转载）",
    url: "http://jx.sina.com.cn/news/b/2020-04-06/detail-iimxxsth3842817.shtml?from=jx_ydph",
    publisher: "江西省工业和信息化厅",
    date: "2020-04-02",
    changes:
      "The report is as published (12 示范, 5 培育; 41 in all, 8 national). The list itself is not shown, so its columns (序号 | 企业名称 | " +
      "设区市 | 类别 | 奖励金额（万元） | 备注), the 合计, the firms beyond the two named and all amounts are ours; the awards (示范 100, 培育 50万元) are " +
      "chosen for the corpus. Planted: 赣州 培育企业 given 80.",
  },
  classes: ["register", "item-column", "fixed-cap", "cities-as-places", "no-credit-codes", "wanyuan-in-header", "remark-column", "jiangxi"],
  settings: { asOf: "2020-06-30" },
  sheets: [
    {
      name: "名单",
      widths: [6, 30, 10, 18, 16, 12],
      rows: [
        ["2019年江西省制造业单项冠军示范（培育）企业奖励资金安排表", null, null, null, null, null],
        ["序号", "企业名称", "设区市", "类别", "奖励金额（万元）", "备注"],
        [1, "江联重工集团股份有限公司", "南昌市", "单项冠军示范企业", 100, null],
        [2, "江西赣锋新材料有限公司", "新余市", "单项冠军示范企业", 100, null],
        [3, "江西九江船舶配件有限公司", "九江市", "单项冠军示范企业", 100, null],
        [4, "江西保太有色金属集团有限公司", "鹰潭市", "单项冠军培育企业", 50, null],
        [5, "赣州章贡稀土永磁有限公司", "赣州市", "单项冠军培育企业", 80, null],
        [6, "上饶信州光学仪器有限公司", "上饶市", "单项冠军培育企业", 50, "已获国家级"],
        ["合计", null, null, null, 480, null],
      ],
      merges: ["A1:F1", "A9:D9"],
      numberFormats: { "E3:E9": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "单项冠军示范企业", capType: "fixed", capAmount: 100, unit: "万元", year: 2019, document: "（金额为语料选定）" },
      { name: "单项冠军培育企业", capType: "fixed", capAmount: 50, unit: "万元", year: 2019, document: "（金额为语料选定）" },
    ],
  },
  expect: {
    tables: [
      { sheet: "名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "enterprise", C: "place", D: "item", E: "approved" }, year: 2019 },
    ],
    findings: [{ rule: "cap.exceeded", cell: "E7", why: "赣州章贡稀土 单项冠军培育企业, a fixed 50万元; 80 is 30万元 over" }],
    absent: [
      { rule: "cap.exceeded", cell: "E3", why: "示范企业 100 is its award" },
      { rule: "cap.exceeded", cell: "E9", why: "合计 480 is no award" },
      { rule: "cap.unknown-policy", why: "both 类别 values are catalog items" },
      { rule: "register.duplicate", why: "six firms, each once" },
      { rule: "register.invalid-credit-code", why: "the list has no codes" },
    ],
  },
};
