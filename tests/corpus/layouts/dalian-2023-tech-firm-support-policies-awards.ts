import type { CorpusLayout } from "../types";

// 大连市 2023 (中国经济导报 2023-07-20): the city's support for tech firms in one sentence — 2万元 for a first filing as
// 科技型中小企业, 20万元 for a first 高新技术企业, up to 100万元 on re-recognition, up to 30万元 for 雏鹰, 50万元 (or up to 80万元 of
// interest) for 瞪羚 / 独角兽, up to 100万元 a transferred result, up to 500万元 a major transfer project — split into one
// clause a row, beside an award list of ours.
export const layout: CorpusLayout = {
  id: "dalian-2023-tech-firm-support-policies-awards",
  source: {
    title: "大连打通企业科技服务“最后一公里”（政策条款表与补助名单据报道拟）",
    url: "http://www.ceh.com.cn/epaper/uniflows/html/2023/07/20/06/06_75.htm",
    publisher: "中国经济导报",
    date: "2023-07-20",
    changes:
      "The clauses are the report's sentence split at its semicolons, one support a row, the wording kept; the 瞪羚 / 独角兽 clause, which offers " +
      "50万元 or up to 80万元 of loan interest, is split into its two supports. The 事项 names are ours, short forms of each clause. The award list " +
      "(firms, codes, districts, sums) is ours. Planted: a 雏鹰 award of 35 above the clause's 最高30万元; one code's check character wrong.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "clauses-from-one-sentence", "fixed-and-max-caps", "alternative-support-split", "credit-codes", "invalid-credit-code", "same-firm-two-items", "districts-as-places", "item-per-row", "wanyuan-caption", "total-at-foot", "table-from-prose", "news-report", "city-policy", "liaoning"],
  settings: { district: "大连市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 72],
      rows: [
        ["大连市支持科技型企业培育壮大政策条款", null, null],
        ["序号", "支持事项", "支持标准"],
        [1, "科技型中小企业首次入库备案补助", "对首次入库备案的科技型中小企业，根据上年度可加计扣除研发费用支出数额情况，给予2万元补助"],
        [2, "首次认定高新技术企业补助", "对首次认定的高新技术企业给予20万元补助"],
        [3, "重新认定高新技术企业补助", "对重新认定的高新技术企业，根据上年度营业收入和可加计扣除研发费用支出数额情况，给予最高100万元补助"],
        [4, "雏鹰企业补助", "对雏鹰企业根据上年度研发经费投入给予最高30万元补助"],
        [5, "瞪羚、独角兽企业奖励补助", "对新备案的瞪羚企业、独角兽企业给予50万元奖励补助"],
        [6, "瞪羚、独角兽企业贷款贴息补助", "对新备案的瞪羚企业、独角兽企业，给予最高80万元银行贷款贴息补助"],
        [7, "吸纳高校院所科技成果补助", "对企业吸纳高校院所科技成果，给予企业补助单项最高100万元"],
        [8, "重大科技成果转化项目奖励补助", "对大连市重大科技成果转化项目，给予企业最高500万元奖励补助"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "补助名单",
      widths: [6, 30, 22, 12, 30, 12],
      rows: [
        ["2023年大连市科技企业培育补助拟支持企业名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在区市县", "支持事项", "补助金额"],
        [1, "大连星海智能装备有限公司", "91210211MA0Y7K3N5L", "甘井子区", "首次认定高新技术企业补助", 20],
        [2, "大连港湾海洋科技有限公司", "91210204MA10B2W8X7", "沙河口区", "雏鹰企业补助", 35],
        [3, "大连金石滩生物医药有限公司", "91210213MA0XQ4R6L1", "金州区", "重新认定高新技术企业补助", 100],
        [4, "大连老虎滩信息技术有限公司", "91210202MA10D7P3H7", "中山区", "科技型中小企业首次入库备案补助", 2],
        [5, "大连旅顺新材料科技有限公司", "91210212MA0U9T2C6G", "旅顺口区", "吸纳高校院所科技成果补助", 86.5],
        [6, "大连星海智能装备有限公司", "91210211MA0Y7K3N5L", "甘井子区", "雏鹰企业补助", 30],
        [7, "大连西岗精密仪器有限公司", "91210203MA0T5H8E1X", "西岗区", "瞪羚、独角兽企业奖励补助", 50],
        ["合计", null, null, null, null, 323.5],
      ],
      merges: ["A1:F1", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 10, columns: { B: "item", C: "standard" } },
      {
        sheet: "补助名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" }, year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "补助名单", cell: "F5", why: "雏鹰企业补助 35 > the clause's 最高30万元" },
      { rule: "register.invalid-credit-code", sheet: "补助名单", cell: "C10", why: "91210203MA0T5H8E1X: the check character for 91210203MA0T5H8E1 is H, not X" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "补助名单", cell: "F9", why: "大连星海智能装备有限公司 again, under another item (雏鹰企业补助, not 首次认定高新技术企业补助)" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "F6", why: "重新认定 100 = its 最高100万元" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "F9", why: "雏鹰 30 = its 最高30万元" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "F8", why: "吸纳科技成果 86.5 under its 单项最高100万元" },
      { rule: "cap.unknown-policy", why: "every 支持事项 is a row of the clause sheet" },
      { rule: "register.ineligible-location", why: "甘井子区, 沙河口区, 金州区, 中山区, 旅顺口区 and 西岗区 are districts of 大连市" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 are its firm's own district of 大连 (2102xx)" },
    ],
  },
};
