import type { CorpusLayout } from "../types";

// 重庆市綦江区人民政府 2023-12 (綦江府发〔2023〕28号): 促进工业经济高质量发展的若干政策措施, 一、“三上”激励 (一)“升规稳规”奖励 — 新升规
// 7万元 a firm, 小升规 5万元, 3万元 more after three years of 10% growth, a 2万元 入库 award given once however many statistics a firm
// enters. The clause as published, one row per award, and a list of firms proposed under it.
export const layout: CorpusLayout = {
  id: "qijiang-2023-scale-up-awards-and-clauses",
  source: {
    title: "重庆市綦江区人民政府关于印发《重庆市綦江区促进工业经济高质量发展的若干政策措施》的通知（一、“三上”激励（一）“升规稳规”奖励）",
    url: "http://cqqj.gov.cn/zwgk_159/zfxxgkml/zcwj/xzgfxwj/gfxwj/202312/t20231218_12713647_wap.html",
    publisher: "重庆市綦江区人民政府",
    date: "2023-12-18",
    changes:
      "The clause (一)“升规稳规”奖励 is as published (新升规 7万元, 小升规 5万元, 再给予每家奖励3万元 after three years of 10% growth, " +
      "2万元 入库奖励 given once, 牵头单位 区经济信息委), split into one row per award; the short 政策项目 names are ours. The award list " +
      "(拟兑现企业名单) is ours: the page publishes only the measures. Firms, credit codes (valid, 綦江区 500110) and amounts invented. " +
      "Planted: a 小升规 firm proposed at 7万元 where the clause gives 5万元; 重庆文龙电子科技有限公司 given the 入库奖励 twice though the " +
      "clause says it is not repeated.",
  },
  classes: ["catalog", "register", "prose-caps", "fixed-cap", "conditions-not-caps", "award-given-once", "lead-office-column", "credit-codes", "towns-as-places", "item-per-row", "total-at-foot", "wanyuan-in-header", "notes-under-table", "district-policy", "chongqing"],
  settings: { district: "綦江区" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 26, 90, 20],
      rows: [
        ["重庆市綦江区促进工业经济高质量发展的若干政策措施（一、“三上”激励 摘录）", null, null, null],
        ["条款", "政策项目", "支持标准", "牵头单位"],
        ["（一）", "新升规企业奖励", "2023年3月开始，对首次升为规模以上工业企业的，由区级财政给予资金奖励，其中：新升规企业每家奖励7万元。", "区经济信息委"],
        ["（一）", "小升规企业奖励", "对首次升为规模以上工业企业的，由区级财政给予资金奖励，其中：小升规企业每家奖励5万元。", "区经济信息委"],
        ["（一）", "升规后连续增长奖励", "前述企业升规后，连续三年主营业务收入增长10%及以上的，再给予每家奖励3万元。", "区经济信息委"],
        ["（一）", "战新等产业统计入库奖励", "对新纳入战略性新兴产业、数字经济产业、高技术产业统计其中之一的规模以上工业企业，给予2万元每家的入库奖励（备注：该奖励不重复计算，达到二种及以上类型的，仍只给予2万元的奖励）。", "区经济信息委"],
        ["（配合单位：区发展改革委、区财政局、区统计局、各园城、相关街镇）", null, null, null],
      ],
      merges: ["A1:D1", "A7:D7"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 12, 24, 14],
      rows: [
        ["綦江区2023年度“升规稳规”奖励拟兑现企业名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在街镇", "政策项目", "奖励金额（万元）"],
        [1, "重庆綦齿传动机械有限公司", "91500110MA5Y2H6D9Y", "古南街道", "新升规企业奖励", 7],
        [2, "重庆通惠铝材有限公司", "91500110MA60CL8E6X", "通惠街道", "小升规企业奖励", 7],
        [3, "重庆三江包装制品有限公司", "91500110MA61AWQ30P", "三江街道", "小升规企业奖励", 5],
        [4, "重庆赶水建材有限公司", "91500110203477167P", "赶水镇", "升规后连续增长奖励", 3],
        [5, "重庆文龙电子科技有限公司", "91500110MA5UNB5R1L", "文龙街道", "战新等产业统计入库奖励", 2],
        [6, "重庆永新农产品加工有限公司", "91500110MA7H3D1K78", "永新镇", "新升规企业奖励", 7],
        [7, "重庆文龙电子科技有限公司", "91500110MA5UNB5R1L", "文龙街道", "战新等产业统计入库奖励", 2],
        [8, "重庆三角机械制造有限公司", "91500110MA61K0TR3E", "三角镇", "升规后连续增长奖励", 3],
        ["合计", null, null, null, null, 36],
        ["注：奖励资金由区级财政承担。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:E12", "A13:F13"],
      numberFormats: { "F4:F12": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F5", why: "小升规企业奖励 is 5万元 a firm; 7 proposed, 2万元 over" },
      { rule: "register.duplicate", sheet: "拟兑现名单", cell: "E10", why: "重庆文龙电子科技有限公司 (91500110MA5UNB5R1L) already has 战新等产业统计入库奖励 on row 8 (序号 5)" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F4", why: "新升规企业奖励 is 7万元 a firm: 7 is the award" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F7", why: "升规后连续增长奖励 is 3万元; 10% is a condition, not a rate" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F12", why: "合计 36 = 7 + 7 + 5 + 3 + 2 + 7 + 2 + 3 is not an award" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "F12", why: "the lines as typed add up to 36" },
      { rule: "cap.unknown-policy", why: "every 政策项目 of the list is a row of the sheet's own clauses" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D7", why: "赶水镇 is a town of 綦江区" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D9", why: "永新镇 is a town of 綦江区" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "a fixed 3万元; 增长10%及以上 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "a fixed 2万元 每家, said twice" },
      { rule: "input.unreadable-value", why: "the notes are prose" },
    ],
  },
};
