import type { CorpusLayout } from "../types";

// 大庆市关于促进全市经济稳定增长的若干措施 (大庆市经济合作局, 2015-06): among them, the ten local industrial firms ranked by 主营业务收入
// and growing 20% or more each get 20万元, and corn processors of 10万吨 or more get 20元 a ton on top of the province's 100元. Set out as the
// two clauses and an award list of ours for the first.
export const layout: CorpusLayout = {
  id: "daqing-2015-backbone-industry-growth-awards",
  source: {
    title: "大庆市关于促进全市经济稳定增长的若干措施（奖励名单为本库拟）",
    url: "http://dqlf.gov.cn/policypaper/98293.htm?pa=8606",
    publisher: "大庆市经济合作局",
    date: "2015-06-19",
    changes:
      "From the measures: the two clauses of 措施2 (前10名企业每户奖励20万元; 玉米精深加工 市财政每吨再补贴20元) and the lead department, as the " +
      "clause sheet. The award list is ours: firms, places, revenue, growth and awards invented (no credit codes, as lists of that time). " +
      "Planted: 大庆庆新石化助剂有限公司 given 30 (each firm 20); 肇东市东北玉米制品有限公司 lies in 绥化市, outside 大庆.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-award-per-firm", "per-ton-clause", "catalog-in-workbook", "item-per-row", "growth-column", "no-credit-codes", "counties-as-places", "out-of-area-firm", "total-at-foot", "wanyuan-in-header", "city-policy", "heilongjiang"],
  settings: { district: "大庆市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 26, 70, 12],
      rows: [
        ["大庆市促进全市经济稳定增长若干措施（做大做强地方骨干工业企业）", null, null, null],
        ["序号", "扶持事项", "扶持标准", "牵头部门"],
        [1, "地方骨干工业企业增长奖励", "对地方工业符合国家产业政策，按主营业务收入排序且同比增长20%以上的前10名企业，每户奖励20万元", "市工信委"],
        [2, "玉米精深加工补贴", "对玉米精深加工能力在10万吨以上的企业，在省里按每加工1吨玉米给予100元财政补贴基础上，市财政每吨再补贴20元", "市工信委"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "奖励名单",
      widths: [6, 32, 16, 26, 16, 12, 14],
      rows: [
        ["2015年大庆市地方骨干工业企业增长奖励名单", null, null, null, null, null, null],
        ["序号", "企业名称", "所在县（区）", "扶持事项", "主营业务收入（万元）", "同比增长（%）", "奖励金额（万元）"],
        [1, "大庆华科精细化工有限公司", "龙凤区", "地方骨干工业企业增长奖励", 186400, 32.6, 20],
        [2, "大庆沃德汽车零部件有限公司", "大同区", "地方骨干工业企业增长奖励", 142800, 28.4, 20],
        [3, "大庆庆新石化助剂有限公司", "让胡路区", "地方骨干工业企业增长奖励", 98500, 25.1, 30],
        [4, "肇州县北方乳品有限公司", "肇州县", "地方骨干工业企业增长奖励", 76300, 41.3, 20],
        [5, "肇源县松嫩米业有限公司", "肇源县", "地方骨干工业企业增长奖励", 61200, 22.7, 20],
        [6, "林甸县龙鹤牧业有限公司", "林甸县", "地方骨干工业企业增长奖励", 54900, 24.9, 20],
        [7, "肇东市东北玉米制品有限公司", "绥化市肇东市", "地方骨干工业企业增长奖励", 52600, 36.0, 20],
        [8, "大庆博润生物科技有限公司", "萨尔图区", "地方骨干工业企业增长奖励", 48700, 21.8, 20],
        ["合计", null, null, null, 721400, null, 170],
        ["注：主营业务收入及增长率以市统计局年报数据为准。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:D11", "A12:G12"],
      numberFormats: { "E3:E11": "#,##0", "F3:F10": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 4, columns: { B: "item", C: "standard" } },
      {
        sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 11,
        columns: { B: "enterprise", C: "place", D: "item", G: "approved" }, year: 2015,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G5", why: "地方骨干工业企业增长奖励 is 20万元 a firm; 大庆庆新石化助剂 given 30" },
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "C9", why: "肇东市 is a city of 绥化市, not of 大庆市" },
    ],
    absent: [
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "C6", why: "肇州县 is a county of 大庆市" },
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "C7", why: "肇源县 is a county of 大庆市" },
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "C8", why: "林甸县 is a county of 大庆市" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G3", why: "20 = the clause's 20万元" },
      { rule: "cap.unknown-policy", why: "the list's 扶持事项 is a row of the clause sheet" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "G11", why: "20 × 7 + 30 = 170 as typed" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "E11", why: "the eight revenues add up to 721,400 as typed" },
      { rule: "register.duplicate", why: "no firm listed twice" },
      { rule: "input.unreadable-value", sheet: "奖励名单", cell: "A12", why: "the note under the table is no line" },
    ],
  },
};
