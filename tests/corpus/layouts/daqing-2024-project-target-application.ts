import type { CorpusLayout } from "../types";

// 大庆市 (黑龙江) 部门预算项目支出绩效目标申报表, the city's form (附1) as units fill it: label–value rows, then the money twice —
// 资金来源 (合计 first, 财政拨款 and five other sources, dashes where last year's columns are not filled) and 项目支出内容及
// 明细预算 (合计, numbered lines, 资金测算依据及说明), each with last year's budget and actual beside this year's request — then
// the expected results and the indicators (上年度实际水平 / 本年度计划水平).
export const layout: CorpusLayout = {
  id: "daqing-2024-project-target-application",
  source: {
    title: "大庆市部门预算项目支出绩效目标申报表（附1；绩效目标申报表.doc）",
    url: "https://m.zixin.com.cn/doc/3995614.html",
    publisher: "大庆市财政局（表样，文库转载）",
    date: "2024-07-24",
    changes:
      "The form is as the stored copy shows it: its title, （ 年度）, 编制单位（盖章）, 项目基本情况 (项目名称, 项目负责人, 联系电话, the 19 " +
      "项目类别 boxes, 项目属性, 项目计划实施时间, 项目申请原因), 以前年度项目绩效情况, 项目资金情况 with 资金来源（万元） (项目 | 上年度预算安排 | " +
      "上年度实际执行 | 本年度申请金额; 合计, 财政拨款, 政府性基金拨款, 财政专户拨款, 其他资金, 上年结转, 事业基金弥补差额, the —— marks) and " +
      "项目支出内容及明细预算（万元） (… | 资金测算依据及说明; 合计, 1. 2. 3.), 绩效目标情况 (预期提供的公共产品和服务的数量, 预期效果, " +
      "保障绩效目标实现的措施: 组织机构 / 管理制度 / 质量控制), 绩效指标 (指标名称, 上年度实际水平, 本年度计划水平, 指标内容/计算公式), " +
      "项目实施效益, 财政主管业务科室审核意见. The copy is a blank form; the unit, project, every figure and every indicator are ours, " +
      "the indicator rows take the 二级指标 the national forms use. Planted: 明细预算 合计 本年度申请金额 340.20 where its three lines add " +
      "up to 330.20 (the 资金来源 合计 says 330.20).",
  },
  classes: ["targets", "composition", "three-tables-one-form", "label-value-rows", "total-row-first", "history-columns", "dash-as-nothing", "basis-text-column", "side-label-merged-down", "tick-boxes", "no-results-column", "signoff-line", "heilongjiang"],
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [14, 26, 30, 14, 14, 14, 26],
      rows: [
        ["大庆市部门预算项目支出绩效目标申报表", null, null, null, null, null, null],
        ["（2024年度）", null, null, null, null, null, null],
        ["编制单位（盖章）：大庆市城市管理综合执法局", null, null, null, null, null, null],
        ["项目基本情况", "项目名称", "城区环卫设施维护经费", null, "项目负责人", "王立新", "联系电话：略"],
        [null, "项目类别", "1.重大课题（规划）□ 2.网络运行维护□ 3.考核奖励□ 4.大型培训□ 5.重大宣传活动□ 6.执法办案□ 7.大宗印刷□ 8.奖学助学□ 9.庆典、节会、论坛、商业演出□ 10.房租□ 11.设备购置□ 12.交通工具购置□ 13.专用材料购置□ 14.房屋建筑物购建□ 15.大型修缮☑ 16.信息网络购建□ 17.物资储备□ 18.转移支付□ 19.其他□", null, null, null, null],
        [null, "项目属性", "新增项目□ 延续项目☑", null, null, null, null],
        [null, "项目计划实施时间", "2024年1月1日至2024年12月31日", null, null, null, null],
        [null, "项目申请原因（包括设立依据、可行性及必要性）", "依据《大庆市城市市容和环境卫生管理条例》，城区垃圾转运站、公厕及果皮箱需定期维修更换，以保障环卫设施正常运转。", null, null, null, null],
        ["以前年度项目绩效情况", null, "2023年完成8座转运站维修、1500个果皮箱更换，设施完好率93%。", null, null, null, null],
        ["项目资金情况", "资金来源（万元）", "项目", "上年度预算安排", "上年度实际执行", "本年度申请金额", null],
        [null, null, "合计", 312.6, 298.6, 330.2, null],
        [null, null, "财政拨款", 312.6, 298.6, 330.2, null],
        [null, null, "政府性基金拨款", "——", "——", 0, null],
        [null, null, "财政专户拨款", "——", "——", 0, null],
        [null, null, "其他资金", "——", "——", 0, null],
        [null, null, "上年结转", "——", "——", 0, null],
        [null, null, "事业基金弥补差额", "——", "——", 0, null],
        [null, "项目支出内容及明细预算（万元）", "项目", "上年度预算安排", "上年度实际执行", "本年度申请金额", "资金测算依据及说明"],
        [null, null, "合计", 312.6, 298.6, 340.2, null],
        [null, null, "1.垃圾转运站设备维修", 168, 162.4, 186.4, "8座×23.30万元/座"],
        [null, null, "2.公厕设施维护", 96.6, 92.2, 95.2, "68座×1.40万元/座"],
        [null, null, "3.果皮箱更换", 48, 44, 48.6, "1620个×300元/个"],
        ["绩效目标情况", "预期提供的公共产品和服务的数量", "维修垃圾转运站8座、维护公厕68座、更换果皮箱1620个", null, null, null, null],
        [null, "预期效果", "城区环卫设施完好率达到95%以上，群众满意度不低于90%", null, null, null, null],
        [null, "保障绩效目标实现的措施", "组织机构：成立项目工作专班；管理制度：执行环卫设施维护管理制度；质量控制：按季度巡检，竣工验收。", null, null, null, null],
        ["绩效指标", "二级指标", "三级指标（指标名称）", "上年度实际水平", "本年度计划水平", "指标内容/计算公式", null],
        [null, "数量指标", "垃圾转运站维修数量", "8座", "8座", "完成维修的转运站座数", null],
        [null, "数量指标", "果皮箱更换数量", "1500个", "1620个", "当年更换的果皮箱个数", null],
        [null, "质量指标", "环卫设施完好率", "93%", "≥95%", "完好设施数/设施总数×100%", null],
        [null, "时效指标", "维修完成时间", "2023年11月", "2024年10月底前", "全部维修更换完成的时间", null],
        [null, "成本指标", "项目总成本", "298.60万元", "≤330.20万元", "项目实际支出", null],
        [null, "服务对象满意度指标", "群众满意度", "90%", "≥90%", "问卷调查满意人数/调查人数×100%", null],
        ["项目实施效益", "1.改善城区环境卫生条件；2.延长环卫设施使用年限；3.减少群众投诉。", null, null, null, null, null],
        ["财政主管业务科室审核意见", null, null, null, null, null, null],
        ["填报人：李晓红", null, "联系电话：略", null, "填报日期：2023年10月20日", null, null],
      ],
      merges: [
        "A1:G1", "A2:G2", "A3:G3", "A4:A8", "C4:D4", "C5:G5", "C6:G6", "C7:G7", "C8:G8", "A9:B9", "C9:G9",
        "A10:A22", "B10:B17", "B18:B22", "A23:A25", "C23:G23", "C24:G24", "C25:G25", "A26:A32", "F26:G26",
        "F27:G27", "F28:G28", "F29:G29", "F30:G30", "F31:G31", "F32:G32", "B33:G33", "B34:G34", "A35:B35", "C35:D35", "E35:G35",
      ],
      numberFormats: { "D11:F22": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "绩效目标申报表",
        kind: "composition",
        unit: "万元",
        headerRow: 10,
        lastRow: 17,
        columns: { C: "line", D: "amount:上年度预算安排", E: "amount:上年度实际执行", F: "amount" },
        year: 2024,
      },
      {
        sheet: "绩效目标申报表",
        kind: "composition",
        unit: "万元",
        headerRow: 18,
        lastRow: 22,
        columns: { C: "line", D: "amount:上年度预算安排", E: "amount:上年度实际执行", F: "amount" },
        year: 2024,
      },
      {
        sheet: "绩效目标申报表",
        kind: "targets",
        headerRow: 26,
        lastRow: 32,
        columns: { B: "type", C: "name", E: "target", F: "basis" },
        year: 2024,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "F19",
        why: "明细预算 合计 本年度申请金额 340.20 where 186.40 + 95.20 + 48.60 = 330.20: 10.00万元 too much (资金来源 合计 is 330.20)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F11", why: "资金来源 合计 330.20 = 财政拨款 330.20 + five sources at 0" },
      { rule: "composition.total-mismatch", cell: "D11", why: "上年度预算安排 312.60 = 财政拨款 312.60 (—— is nothing)" },
      { rule: "composition.total-mismatch", cell: "E11", why: "上年度实际执行 298.60 = 财政拨款 298.60" },
      { rule: "composition.total-mismatch", cell: "D19", why: "上年度预算安排 312.60 = 168.00 + 96.60 + 48.00" },
      { rule: "composition.total-mismatch", cell: "E19", why: "上年度实际执行 298.60 = 162.40 + 92.20 + 44.00" },
      { rule: "composition.line-mismatch", why: "the 资金测算依据 (8座×23.30万元/座 = 186.40, 68座×1.40 = 95.20, 1620个×300元 = 48.60万元) is text, and it agrees" },
      { rule: "input.unreadable-value", why: "—— means nothing; the tick boxes, label–value rows and the indicators' values with units (8座, ≥95%, 298.60万元) are text by nature" },
      { rule: "execution.overspent", why: "上年度实际执行 298.60 is below 上年度预算安排 312.60, and the form has no execution table" },
      { rule: "selfeval.weights", why: "a target form, not a self-evaluation: no 分值" },
    ],
  },
};
