import type { CorpusLayout } from "../types";

// 无锡市梁溪区 关于进一步深化现代产业发展相关政策的意见: clauses numbered ——(2) … (4) under their headings (2.支持引进重大项目,
// 3.大力培育创新型企业), each closing with （核准类…，牵头责任部门：…）. Caps in prose: 重大产业项目 最高500万元, 都市型工业企业 最高100万元,
// and in one clause three awards for 高新技术企业 (培育库 最高5万元, 首次认定 a fixed 20万元, 重新认定 最高10万元). An award list of ours beside.
export const layout: CorpusLayout = {
  id: "liangxi-2019-modern-industry-policy-awards",
  source: {
    title: "梁溪区关于进一步深化现代产业发展相关政策的意见（一、支持重大产业项目建设 2.；二、支持企业科技创新 3.；奖励名单据条款拟）",
    url: "http://qyxmbt.com/js/wuxi/1027.html",
    publisher: "无锡市梁溪区人民政府（转载）",
    date: "2019",
    changes:
      "As published: the section and clause headings and the wording of clauses ——(2), (3) and (4) with their （核准类…） brackets; clause ——(1) " +
      "(区级补足7% of an upper award) and the later sections cut. The page is prose: laid out one clause a row under 条款 | 政策项目 | 政策内容, clause " +
      "(4)'s three awards one row each; the 政策项目 names are ours. The second sheet is ours (no list was published with the policy): firms, codes " +
      "(梁溪 320213) and amounts invented. Planted: 无锡恒信环保设备 given 25万元 for 首次认定, a fixed 20; 无锡华澄电子's code with a wrong check " +
      "character (3, not 8).",
  },
  classes: [
    "catalog", "register", "two-sheets", "catalog-sheet", "prose-caps", "fixed-award", "max-cap", "section-rows", "clause-number-column",
    "executing-office-in-brackets", "item-per-row", "one-firm-two-items", "credit-codes", "no-place-column", "wanyuan-in-header", "total-at-foot",
    "table-from-prose", "district-policy", "jiangsu",
  ],
  settings: { asOf: "2019-12-31", district: "梁溪区" },
  sheets: [
    {
      name: "政策条款",
      widths: [10, 24, 96],
      rows: [
        ["梁溪区关于进一步深化现代产业发展相关政策的意见（摘录）", null, null],
        ["条款", "政策项目", "政策内容"],
        ["一、支持重大产业项目建设", null, null],
        ["2.支持引进重大项目", null, null],
        ["——(2)", "重大产业项目引进奖励", "新引进固定资产投资额超1亿元以上（含1亿元或等值美元，不含购置土地费用）的符合本区主导产业引导目录的重大产业项目，根据项目的建设周期，综合考虑项目实际投资额、项目技术水平及预期产出等因素，3年内给予最高500万元奖励。（核准类+审计，牵头责任部门：发展改革委）"],
        ["——(3)", "都市型工业企业奖励", "对新引进都市型工业企业，连续3年亩均社会贡献产出80万元以上、租赁厂房每千平方米社会贡献产出80万元以上的，3年内给予最高100万元奖励。（核准类+审计，牵头责任部门：工业和信息局）"],
        ["二、支持企业科技创新", null, null],
        ["3.大力培育创新型企业", null, null],
        ["——(4)", "高新技术企业培育库入库奖励", "积极培育高新技术企业。对新列入省高新技术企业培育库的企业，给予最高5万元的一次性奖励；"],
        ["——(4)", "高新技术企业认定奖励", "对首次通过高新技术企业认定或从无锡行政区域外整体新迁入我区的有效期内高新技术企业，给予20万元的一次性奖励。"],
        ["——(4)", "高新技术企业重新认定奖励", "对通过高新技术企业重新认定的企业给予最高10万元的奖励。（核准类，牵头责任部门：科技局）"],
      ],
      merges: ["A1:C1", "A3:C3", "A4:C4", "A7:C7", "A8:C8"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 22, 26, 14],
      rows: [
        ["2019年度梁溪区现代产业发展政策奖励拟兑现企业名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "政策项目", "奖励金额（万元）"],
        [1, "无锡锦程精密机械有限公司", "91320213MA1PH5K7LJ", "高新技术企业认定奖励", 20],
        [2, "无锡汇博新材料科技有限公司", "91320213MA1QK8M4NQ", "高新技术企业培育库入库奖励", 5],
        [3, "无锡恒信环保设备有限公司", "91320213MA1RL2N9PM", "高新技术企业认定奖励", 25],
        [4, "无锡永泰汽车零部件有限公司", "91320213MA1TM6P3QF", "重大产业项目引进奖励", 300],
        [5, "无锡华澄电子有限公司", "91320213MA1NF3J2X8", "高新技术企业重新认定奖励", 10],
        [6, "无锡锦程精密机械有限公司", "91320213MA1PH5K7LJ", "都市型工业企业奖励", 40],
        [7, "无锡明德服饰有限公司", "91320213MA1UP7Q5RK", "都市型工业企业奖励", 60],
        ["合计", null, null, null, 460],
      ],
      merges: ["A1:E1", "A10:D10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 11, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E5", why: "高新技术企业认定奖励 is a fixed 20万元 (给予20万元的一次性奖励); 25 is 5万元 over" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "C7", why: "91320213MA1NF3J2X8: the check character for 91320213MA1NF3J2X is 3, not 8" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "奖励名单", cell: "E8", why: "无锡锦程精密机械 is listed under two different items (认定奖励, 都市型工业企业奖励): no duplicate" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E6", why: "300 under the 500万元 maximum of 重大产业项目引进奖励; 1亿元 is a condition (超1亿元以上), not a cap" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E7", why: "重新认定 at most 10: 10 is the cap itself" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E9", why: "60 under the 100万元 maximum; 80万元 is a condition (亩均社会贡献产出80万元以上)" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E10", why: "合计 460 is no award" },
      { rule: "register.unpaid", sheet: "奖励名单", why: "a list to be paid (拟兑现) records no payments" },
      { rule: "cap.unknown-policy", sheet: "奖励名单", why: "every 政策项目 is a row of the clause sheet" },
    ],
  },
};
