import type { CorpusLayout } from "../types";

// 奉节县云雾土家族乡人民政府 (重庆) 2022-12-30: 项目支出绩效目标审批表 for a 少数民族发展资金 project (中药材晾晒房 and 晒坝). Chongqing's form:
// label–value rows (项目分类, 建设周期, 业务主管部门, 项目审批 with its document), a money block headed 项目资金预算执行 10分 with the
// 财政资金科目代码 beside it, then 年度绩效目标（90分）: 一级指标 with a points range in the label (成本指标（0-20）分 first), 二级, 三级,
// 指标值, 分值, 指标解释 — targets with weights and no results.
export const layout: CorpusLayout = {
  id: "fengjie-2023-yunwu-processing-park-targets",
  source: {
    title: "2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表",
    url: "http://cqfj.gov.cn/index/xz_168/ywtjzx/zwxx_61303/gsgg_107031/202402/t20240201_12892054.html",
    publisher: "奉节县云雾土家族乡人民政府",
    date: "2022-12-30",
    changes:
      "As published: the title, 预算单位 and 金额单位, the label rows (项目分类 资产资源类--房屋类, 建设周期 2023年4月-2024年2月, 县民宗委, the " +
      "approving document 奉节民宗委发〔2022〕3号), the 概况 and 年度主要目标 text (cut short), the money labels and 65 / 一般公共预算 / 21305 / " +
      "100% / 10分, the indicator headings, 成本指标（0-20）分 with 项目建设成本 ≤65万元 10 and its two empty second-level rows, 产出指标（40-50）分. " +
      "The stored copy breaks off inside the 产出 block: its lines, the 效益 and 满意度 blocks and their 分值 are ours, taken from the form's own " +
      "概况 (晾晒房一座, 晒坝420平方米, 场坪1800平方米, 20名群众增收5000元/年, 受益200人, 脱贫人口和监测对象41人, 满意度95%以上); the person in " +
      "charge and phone are replaced by （略）. Planted: 其中：财政资金 60 where the year's budget is 65 and 其它资金 0; the indicators' 分值 " +
      "add up to 85 under a heading of 90.",
  },
  classes: ["targets", "composition", "two-tables-one-form", "label-value-rows", "approval-form", "weights-in-targets", "points-range-in-labels", "cost-first", "subject-code-beside-money", "empty-indicator-rows", "no-results-column", "wanyuan-caption", "chongqing"],
  sheets: [
    {
      name: "绩效目标审批表",
      widths: [14, 18, 16, 24, 16, 8, 24],
      rows: [
        ["2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表", null, null, null, null, null, null],
        ["（ 2023年度）", null, null, null, null, null, null],
        ["预算单位：奉节县云雾土家族乡人民政府", null, null, null, "金额单位：万元", null, null],
        ["项目名称", "2023年云雾土家族乡加工园配套设施建设项目", null, null, "项目分类", "资产资源类--房屋类", null],
        ["建设周期", "2023年4月-2024年2月", null, null, "业务主管部门", "县民宗委", null],
        ["实施单位", "云雾土家族乡", "项目负责人", "（略）", "联系电话", "（略）", null],
        ["项目审批", "奉节县民族宗教事务委员会《关于下达2023年度少数民族发展资金项目计划的通知》（奉节民宗委发〔2022〕3号）", null, null, null, null, null],
        ["项目总体概况", "新建中药材晾晒房一座，占地300平方米，包含场坪整治及硬化，硬化室外晒坝420平方米，室内场坪1800平方米，C25混凝土，厚15cm；新建厕所1个。", null, null, null, null, null],
        ["年度主要目标和成果", "新建中药材晾晒房一座，硬化室外晒坝420平方米、室内场坪1800平方米，带动当地20名群众务工增收。", null, null, null, null, null],
        ["项目资金\n预算执行\n10分", "项目总预算", 65, "财政资金预算分类", "一般公共预算", null, null],
        [null, "当年年度预算", 65, null, null, null, null],
        [null, "其中：财政资金", 60, "财政资金科目代码", 21305, null, null],
        [null, "其中：其它资金", 0, null, null, null, null],
        [null, "年度预算执行率", "100%", "分值", "10分", null, null],
        ["年度绩效目标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
        [null, "成本指标（0-20）分", "经济成本指标", "项目建设成本", "≤65万元", 10, "项目建设总成本控制在批复预算内"],
        [null, null, "社会成本指标", null, null, null, null],
        [null, null, "生态环境成本指标", null, null, null, null],
        [null, "产出指标\n（40-50）分", "数量指标", "新建中药材晾晒房", "1座", 10, "按设计建成晾晒房"],
        [null, null, "数量指标", "硬化室外晒坝面积", "≥420平方米", 5, "C25混凝土，厚15cm"],
        [null, null, "数量指标", "硬化室内场坪面积", "≥1800平方米", 5, "C25混凝土，厚15cm"],
        [null, null, "质量指标", "工程验收合格率", "100%", 10, "竣工验收一次合格"],
        [null, null, "时效指标", "项目完工时间", "2024年2月底前", 10, "按建设周期完工"],
        [null, "效益指标\n（20-30）分", "经济效益指标", "带动当地群众务工增收", "≥5000元/年", 10, "带动20名群众务工"],
        [null, null, "社会效益指标", "带动受益总人口", "≥200人", 10, "促进中药材产业发展"],
        [null, null, "社会效益指标", "其中：脱贫人口和监测对象", "≥41人", 5, null],
        [null, "满意度指标（10）分", "服务对象满意度指标", "群众满意度", "≥95%", 10, "抽样调查"],
      ],
      merges: [
        "A1:G1", "A2:G2", "A3:D3", "E3:G3", "B4:D4", "F4:G4", "B5:D5", "F5:G5", "F6:G6", "B7:G7", "B8:G8", "B9:G9",
        "A10:A14", "E10:G10", "D11:G11", "E12:G12", "D13:G13", "E14:G14", "A15:A27", "B16:B18", "B19:B23", "B24:B26",
      ],
      numberFormats: { "C10:C13": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标审批表", kind: "composition", unit: "万元", headerRow: 10, lastRow: 13, columns: { B: "line", C: "amount" }, year: 2023 },
      { sheet: "绩效目标审批表", kind: "targets", headerRow: 15, lastRow: 27, columns: { D: "name", E: "target" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C11", why: "当年年度预算 65.00; its 其中 lines 财政资金 60.00 + 其它资金 0.00 = 60.00: 5.00万元 unaccounted for" },
      {
        rule: "selfeval.weights",
        cell: "A15",
        why: "年度绩效目标（90分）, but the 分值 add up to 10 + (10 + 5 + 5 + 10 + 10) + (10 + 10 + 5) + 10 = 85; with the budget's 10 the form carries 95, not 100",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E12", why: "21305 is the 财政资金科目代码, no amount" },
      { rule: "selfeval.indicator-contradicted", why: "an approval form: targets only, no results (年度预算执行率 100% is the target)" },
      { rule: "selfeval.rate-mismatch", why: "the form states no spending; 100% is a target" },
      { rule: "execution.overspent", why: "no spending is stated" },
      { rule: "input.unreadable-value", why: "指标值 (≤65万元, ≥420平方米, 2024年2月底前), 10分 and the label rows are text by nature" },
    ],
  },
};
