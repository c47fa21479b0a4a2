/** The fields of a budget execution table (预算执行情况, 执行通报, 支出决算表). */
import { both } from "../../i18n/localised";
import type { FieldSet } from "../define";

/**
 * The lines of the 三公经费 (因公出国（境）费, 公务用车购置及运行费, 公务接待费): their budgets are ceilings (控制数) offices
 * are told to spend under (厉行节约), so spending below them is economy, never slowness; spending above
 * them is still overspending. A line whose label holds one of these words is such a line.
 */
export const CEILING_LINES = ["三公", "因公出国", "公务用车", "公务接待"] as const;

/**
 * Accounts a 三公 table shows beside its lines (…三公经费、会议费、培训费支出决算表, …三公经费及机关运行经费…): watched with
 * them, no 三公 item, so no part of a 三公 合计 nor a sub-line of the head above.
 */
export const BESIDE_CEILING = ["会议费", "培训费", "机关运行经费"] as const;

/** A 三公 line (因公出国, 公务用车, 公务接待, “三公”经费): its budget a ceiling to spend under; shared by the checks and the part reading. */
export function isCeilingLine(label: string | null): boolean {
  return label !== null && CEILING_LINES.some((w) => label.includes(w));
}

/** 会议费 or 培训费, set beside the 三公 lines: an account of its own, no part of the 三公 total and no ceiling. */
export function besideCeiling(label: string | null | undefined): boolean {
  return !!label && BESIDE_CEILING.some((w) => label.includes(w));
}

/**
 * Lines made of named halves whatever the line is called (公务用车费 is 公务用车购置及运行费): a 其中 list naming
 * each half once (（1）公务用车运行维护费 | （2）公务用车购置) is all of the line, a half left blank nothing of it.
 */
export const LINE_HALVES: readonly { line: string; halves: readonly string[] }[] = [{ line: "公务用车", halves: ["购置", "运行"] }];

/**
 * The result an account of a government's resources names at its foot (一般公共预算当年财力, 可用财力, 财力合计;
 * a 决算's 总收入 or 收入总计, its 总支出), after the 加： / 减： lines that build it; its title names the same
 * subject (…当年财力构成表, …总收入决算表), so a line of that name in another table stays a line.
 */
export const RESOURCES_RESULTS: readonly { results: readonly string[]; subjects: readonly string[] }[] = [
  { results: ["当年财力", "可用财力", "可支配财力", "综合财力", "财力合计"], subjects: ["财力"] },
  { results: ["总收入", "收入总计"], subjects: ["总收入", "收入总计"] },
  { results: ["总支出"], subjects: ["总支出"] },
];

/**
 * Words of a variance from the budget (较预算增减额, 比预算增减, 预决算差异, 差额, 节约额) and its share
 * (较预算增减率, 差异率, 节约率): the outcome less the budget, so never a budget, a spending or an
 * execution rate — read as such, lines under budget would be overspent against negative budgets.
 */
const VARIANCE = ["增减", "差异", "差额", "节约", "较"] as const;

export const EXECUTION_FIELDS = {
  seq: { label: both("序号", "No."), value: "seq", words: { exact: ["序号", "序", "no", "no.", "#", "行次", "栏次"] } },
  code: {
    label: both("科目编码", "classification code"),
    value: "code",
    words: {
      exact: ["科目编码", "功能分类科目编码", "支出功能分类科目编码", "项目编码", "编码", "代码", "科目代码", "预算科目编码", "单位编码", "课题编号", "项目编号", "code"],
      core: ["科目编码", "编码", "科目代码", "编号"],
    },
  },
  year: {
    label: both("年度", "year"),
    value: "year",
    // The head word last: 资金安排年度, 立项年份 are years.
    words: { exact: ["年度", "年份", "年", "预算年度", "year"], core: ["年度", "年份"] },
  },
  category: {
    label: both("政策类", "category"),
    value: "label",
    words: {
      exact: [
        "政策类", "政策类别", "政策类型", "政策方向", "类别", "二级", "项目", "项目名称", "科目名称", "功能分类科目名称",
        "支出功能分类科目名称", "单位", "单位名称", "部门", "部门名称", "预算单位", "地区", "区县", "县区", "县市", "市县", "镇街", "资金名称",
        "专项名称", "专项资金名称", "支出项目", "科目", "预算科目", "category",
        // Money sent down to towns and paid out there (乡镇 | 下达资金 | 已拨付资金 | 拨付率): the town is the line.
        "乡镇", "乡（镇）", "镇（乡）", "乡镇（街道）", "乡镇街道",
        // A notice on a subsidy's progress by city (市 | 可使用资金 | 已结算资金 | 结算进度): the city is the line.
        "市", "地市", "设区市", "地级市", "市州", "盟市",
        // The counties a fund is paid out in, under their cities (市 | 县（市、区） | 下达资金 | 已拨付资金): each county a line.
        "县",
      ],
      core: ["名称", "项目", "科目", "单位", "类别"],
      not: ["编码", "代码", "数", "金额", "预算", "支出", "率", "进度", "负责人"],
    },
    grouping: ["地区", "区县", "县区", "县市", "市县", "镇街", "市", "地市", "县", "区"],
    // Money paid out by year with each year's works written beside it (年度 | 下达资金 | 建设任务 | 累计拨付 | 拨付进度):
    // the works, each year's own, name the line.
    tasksByYear: { year: "year", names: ["建设任务", "任务", "主要任务", "工作任务", "工程任务"] },
  },
  // The level of government the money came from beside each project (资金级次: 省级 | 中央 | 市级): a few
  // values repeated down the lines, grouping them; it names no line.
  level: {
    label: both("资金级次", "level of the money"),
    value: "label",
    words: {
      exact: ["资金级次", "资金来源级次", "资金层级", "资金来源层级", "资金级别", "级次", "资金级次来源"],
      core: ["级次", "层级"],
      not: ["编码", "代码", "数", "金额", "率", "进度"],
    },
    // So does the kind of money beside each project (资金类型: 财政专项扶贫资金 | 衔接资金), a few names repeated, and
    // the city over its counties (市 | 县（市、区）: a city merged down over its counties, each county a line).
    // So does the nature of the works beside each project of an investment-progress table (建设性质: 新建 | 续建 | 前期).
    fewRepeated: { heads: ["资金类型", "资金种类", "资金性质", "市", "市州", "建设性质"], few: 12, line: "category" },
    // The place each project lies in, beside the projects of an investment-progress table (项目名称 | 所在县（市、区） |
    // 年度计划投资 | 1-3月完成投资): it groups the projects, however many places there are; it names no line.
    // A bare 县区 so only right of the project: left of it (县区 | 项目实施单位) it stays as read.
    placeRightOfLine: ["县区", "区县", "县市区", "县"],
    // The office managing each fund, left of it (主管部门 | 专项资金 | 年初预算 | 已下达): it groups the funds.
    officeLeftOfLine: ["主管部门", "主管单位", "归口部门", "归口单位", "主管科室", "主管处室"],
    placeOfLine: ["所在县", "所在县区", "所在区县", "所在县市区", "所在县市", "所在市县", "所在区", "所在地", "所在地区", "项目所在地", "所属县", "所属县区", "所属区县", "所属地区"],
  },
  itemCount: {
    label: both("涉及政策项数", "number of policy items"),
    value: "count",
    words: {
      exact: ["政策项数", "涉及政策项数", "政策项数量", "涉及政策项数量", "政策项目数", "涉及政策项目数", "子项数", "项目数", "项目个数", "itemcount", "items"],
      core: ["项数", "项目数", "个数"],
    },
  },
  initialBudget: {
    label: both("年初预算", "initial budget"),
    value: "amount",
    repeat: "years",
    // A 三公 grid laid sideways (2010年决算 | 2011年预算 as rows): a year's budget as passed, or rows of both.
    rowLabels: ["预算", "预算数", "年初预算", "预算安排"],
    words: {
      // A report on the year so far measures against 年度预算, the year's budget as passed (adjusted
      // budgets come late in the year and are named so: 调整预算).
      exact: ["年初预算", "年初预算数", "年初预算金额", "年初数", "初始预算", "原预算", "年初批复预算", "年初安排", "年初预算安排", "年度预算", "年度预算数", "initialbudget",
        // A budget adjustment sets the budget the people's congress passed (人代会预算数) beside the adjusted one.
        "人代会预算", "人代会预算数", "人代会批准预算", "人代会批准预算数", "人大批准预算", "人大批准预算数", "人大通过预算数",
        // The year's plan for raising the money a release-progress table measures against (年度计划筹措资金 | 累计筹措下达).
        "年度计划筹措资金", "年度计划筹措", "计划筹措资金", "计划筹措", "年度计划筹集资金", "计划筹集资金", "计划筹集", "年度筹措计划", "筹措计划"],
      core: ["年初", "人代会", "人大批准", "人大通过"],
      // Money carried over from earlier years (年初结转和结余) is no budget: spending above it is
      // paid from the year's income. A variance from the budget (较年初预算增减额, 预决算差异) is neither (VARIANCE).
      not: ["结转", "结余", ...VARIANCE],
    },
    // Final accounts over 预算数 | 调整预算数 | 决算数: the budget spending is measured against is the
    // adjusted one; the plain 预算数 is the budget as first passed.
    supersededBy: { field: "budget", words: ["调整", "变动后", "变更后"] },
    // A budget with nothing spent or measured beside it (一般公共预算支出表, published as the year opens) is
    // the budget as passed; the one spending is measured against later may be adjusted.
    alone: { field: "budget", without: ["actual", "rate", "progress", "income"] },
    // A budget's own table by year (2015年预算数 | 2016年预算数 | 比上年增减): last year's budget is compared, not the table's.
    earlierAside: true,
    // 行政经费 beside the 三公 block under its budget title: a further budget, its foot checked on its own.
    aside: ["行政经费"],
    // A budget's table (…支出预算安排表, 预算草案) by what the money is for, its headings saying 支出 (市本级支出 |
    // 市对区县补助支出 | 合计) with no budget, rate or execution words beside: the budget as passed, nothing spent.
    planned: {
      field: "actual",
      title: ["预算表", "预算支出表", "支出预算", "预算安排", "预算草案", "部门支出总表"],
      not: ["决算", "执行", "完成", "实际", "进度", "拨付", "预计"],
      without: ["budget", "rate", "progress", "income", "initialRate"],
      spent: ["执行", "决算", "实际", "已", "完成", "累计", "拨付", "兑付", "结算", "发生", "上年", "当月", "本月"],
    },
  },
  budget: {
    label: both("调整后预算", "adjusted budget"),
    value: "amount",
    repeat: "years",
    words: {
      exact: [
        "调整后预算", "调整后预算数", "调整后预算金额", "调整预算", "调整预算数", "全年预算", "全年预算数", "预算", "预算数",
        "预算金额", "预算额", "预算总额", "预算安排", "全年预算安排", "预算指标", "指标数", "下达指标", "可执行指标",
        "可用指标", "指标", "全年指标", "资金总量", "资金总额", "下达资金", "到位资金", "下达金额", "安排资金", "资金规模",
        "计划数", "计划金额", "采购计划金额", "采购计划", "政府采购计划", "计划采购金额", "预算批复数", "批复数", "批复预算", "预算批复金额", "批复金额", "收到资金", "收到金额", "到账资金",
        "已收到资金", "已到位资金", "安排经费", "经费安排", "安排数", "计划安排", "计划投入", "budget", "adjustedbudget",
        // A subsidy granted beside what of it has been paid (补贴资金 | 已支付补贴资金 | 支付率): the money granted.
        // Alone (no spending or rate beside it) a table of it is no execution table: the kind needs one.
        "补贴资金", "补助资金", "奖补资金", "补贴金额",
        // A notice on a subsidy's progress measures what is settled against the money there is to use
        // (可使用资金) or the year's central money (中央补贴资金).
        "可使用资金", "可用资金", "可使用补贴资金", "中央补贴资金", "中央财政补贴资金",
        // A self-evaluation's money table (资金计划 | 资金到位情况 | 资金使用情况): the money planned.
        "资金计划", "计划资金", "资金计划数", "计划资金数",
        // The year's target money is put in place against (年度目标投资 | 已落实资金 | 落实率).
        "年度目标投资", "目标投资", "年度投资目标", "投资目标", "年度目标", "目标任务",
        // The revenue a year is expected to bring in (收入预期, 预期数): what the outcome is measured against (完成预期%).
        "收入预期", "收入预期数", "预期数", "预期目标", "收入预期目标", "预期收入", "全年预期", "年度预期", "预期",
      ],
      // An investment plan (年度计划投资) is what the investment done is measured against.
      core: ["预算", "指标", "总量", "总额", "下达", "到位", "计划", "收到", "到账", "计划投资"],
      // Money raised and released (累计筹措下达, 已筹集) is what a release-progress table measures against the plan, no budget.
      not: ["年初", "执行", "支出", "决算", "率", "进度", "已", "完成", "人代会", "人大批准", "人大通过", "筹措", "筹集", ...VARIANCE],
      // A budget for spending (项目支出预算, 基本支出预算数) is a budget: its head word last.
      // So is a plan to complete (计划完成投资), though it holds 完成: nothing is done yet.
      heads: ["支出预算", "支出预算数", "支出预算金额", "支出预算额", "计划完成投资", "计划完成"],
    },
    // A fund's money by its name (衔接资金（中央和省级）, 农业发展专项资金) left of what of it is spent and the
    // rate: the budget. Not money paid, raised by the body itself or carried over (已拨付资金, 自筹资金, 结转资金).
    namedFund: {
      heads: ["资金"],
      not: ["已", "支出", "执行", "拨付", "兑付", "支付", "结算", "使用", "自筹", "结转", "结余", "未", "待", "累计", "本次", "本批", "上年"],
      leftOf: "actual",
      with: ["actual", "rate"],
      unless: ["initialBudget"],
    },
    // An expected full-year figure (省级核定支出预计数, 全年预计支出数) the rate is a share of (占预计数%,
    // 为全年预计支出数的%): what the spending is measured against, though its heading says 支出. Expected
    // execution (预计执行数, 预计完成数) is the spending itself, forecast.
    namedByRate: { rate: "rate", words: ["预计数", "预计支出数"], marks: ["占", "为", "完成"], not: ["执行", "完成"], from: ["actual"] },
  },
  actual: {
    label: both("实际支出", "actual spending"),
    value: "amount",
    repeat: "parts",
    // The same grid's rows of what was spent (2022年决算, 执行数).
    rowLabels: ["决算", "决算数", "执行", "执行数", "实际支出"],
    // A column of names is never spending, whatever its heading: 支出 heads the lines of a final
    // account's spending side (支出 | 调整预算数 | 决算数 beside 收入 | the same).
    mustFit: true,
    // Last year's outcome under its year (2020年 over 完成数) beside this year's budget and outcome: a
    // comparison, as 上年决算数 is.
    earlierYear: { beside: ["budget", "initialBudget"] },
    // The month's figure beside the year's so far (当月 | 累计): a column of its own, no part of it.
    aside: ["当月", "本月"],
    // Awards paid out (兑现) with no budget or rate beside them (奖励资金 over 合计 | 市级兑现 | 县级兑现): who pays them, nothing executed.
    onlyWith: { words: ["兑现"], fields: ["budget", "initialBudget", "rate", "progress"] },
    // Revenue by place for the months so far beside the same months of last year (2023年1-6月 | 2022年1-6月 |
    // 增减额 | 增长%): this year's months are the outcome, last year's a comparison (earlierYear). Only months: a
    // date alone (截至6月底) heads money as of then, no outcome.
    asOf: "months",
    // A statistics bulletin's spending by function for one year (项目 | 2018年 | 比上年增长（%） | 占…比重（%）): the year's outcome.
    yearAlone: { beside: ["增长", "增幅", "增减", "比重"] },
    // A final account's 执行数 | 决算数: the year's outturn as reported, then as settled (年终结算): the 决算数 is measured.
    finalOver: { earlier: ["执行数", "执行"], final: ["决算数", "决算"] },
    // A project's whole life beside its year (总投资 | 累计完成投资 | 年度投资计划 | 完成年度投资): the year's is measured.
    lifetime: { whole: ["总投资", "项目总投资", "计划总投资", "项目计划总投资", "概算总投资", "批复总投资", "投资总额", "项目投资总额", "总投入"], year: "budget" },
    words: {
      exact: [
        "实际支出", "支出", "执行数", "支出数", "已支出", "实际拨付", "已拨付", "拨付金额", "实际使用", "决算数", "全年执行数",
        "预算执行数", "执行金额", "实际执行", "支出金额", "累计支出", "累计执行", "已使用", "实际完成", "完成数", "本年支出",
        "本年支出合计", "支出决算", "实际支出数", "已执行", "累计发生数", "发生数", "实际发生数", "累计支出数", "累计执行数", "累计完成", "完成",
        // A subsidy sent down and paid out to farmers or firms: the payout is its spending.
        "兑付资金", "兑付金额", "已兑付", "实际兑付", "兑付数", "累计兑付", "已兑付资金", "已兑付补贴资金",
        // A subsidy settled with the sellers or buyers (已结算资金): paid out, as against money committed to
        // purchases or applications accepted (实施, 已受理), which are no spending.
        "已结算", "已结算资金", "已结算补贴资金", "已结算金额", "结算资金", "结算金额", "累计结算", "累计结算资金",
        // Money sent down and then paid out of it (下达资金 | 已拨付资金): the payment is the spending.
        "已拨付资金", "已拨付金额", "累计拨付", "累计拨付资金", "实际拨付资金", "已支付", "已支付资金", "已支付金额",
        // A fund's progress by county (到位资金 | 实际支付资金 | 资金支付率): the money paid out of what arrived.
        "支付资金", "实际支付资金", "实际支付", "实际支付金额", "累计支付", "累计支付资金", "累计支付金额",
        // A self-evaluation's money table (资金计划 | 资金到位情况 | 资金使用情况 | 结余资金): the money used is the spending.
        "资金使用情况", "资金使用", "资金使用数", "资金使用金额", "使用资金", "已使用资金", "实际使用资金", "实际使用金额", "实际使用情况",
        // A procurement table: what was bought against the plan (采购计划金额 | 实际采购金额).
        "实际采购金额", "实际采购", "实际采购额", "已采购金额",
        // Investment done against the year's plan (年度计划投资 | 1-9月完成投资 | 占年度计划%).
        "完成投资", "累计完成投资", "已完成投资", "实际完成投资", "完成年度投资", "已完成年度投资",
        // An investment plan's completion table (投资计划 | 已完成 | 完成率): what is done is the spending.
        "已完成",
        // Money put in place against the year's target (年度目标投资 | 已落实（到位）资金 | 落实率): what is done.
        "已落实资金", "已落实", "落实资金", "已落实投资", "落实投资", "已落实金额",
        // A bulletin's month and the year so far, under 收入 and 支出 (当月 | 累计 | 为预算的%): what came in or went out.
        "当月", "本月", "累计", "当月数", "本月数", "累计数", "本年累计", "当月完成", "本月完成",
        "actual", "spent", "expenditure", "actualspending",
      ],
      // 开支 is 支出 in other words (实际开支).
      core: ["支出", "开支", "执行数", "决算", "拨付", "执行金额", "已使用", "完成数", "发生数", "兑现", "兑付", "已支付", "完成投资", "结算"],
      // Last year's figure beside this year's (上年决算数, 上年完成数) is a comparison, no part of the spending;
      // this batch of an allocation sent in batches (本次拨付) is money sent now, no spending to date;
      // money not yet settled or paid (未结算, 待拨付) is what is left of the budget.
      // A variance from the budget (预决算差异, 决算较预算增减) is no spending (VARIANCE).
      // A plan to complete (一季度计划完成投资) is nothing done yet, as against completing the plan (完成计划).
      not: ["率", "进度", "比例", "预算数", "年初", "调整", "上年", "上一年", "去年", "本次", "本批", "未", "待", "计划完成", ...VARIANCE],
    },
  },
  // Final accounts of income and spending (本年收入 beside 本年支出): what came in is summed down the
  // outline and at the total like any figure, but is no budget spending is measured against.
  income: {
    label: both("本年收入", "income"),
    value: "amount",
    // Under a title naming an income final account alone (收入决算表), income is what the table's
    // figures are: the words the title lends the actual spending outweigh these.
    weight: 0.85,
    words: { exact: ["本年收入", "本年收入合计", "本年收入小计"], not: ["率", "进度", "比例", "上年", "结转", "结余"] },
  },
  rate: {
    label: both("执行率", "execution rate"),
    value: "rate",
    words: {
      exact: [
        "执行率", "预算执行率", "执行进度", "支出进度", "支出率", "完成率", "预算完成率", "支出执行率", "为调整预算%", "为预算%",
        "完成预算%", "预算完成%", "占预算%", "为年初预算%", "完成年初预算%", "占年初预算%", "完成调整预算%", "占调整预算%", "兑付率", "兑付进度",
        // The share of the money sent down that has been paid out.
        "拨付率", "拨付进度", "资金拨付率", "支付率", "支付进度", "资金支付率", "rate", "executionrate",
        // The share of the money settled (结算进度) or paid out (资金兑付进度) in a subsidy's progress notice.
        "结算进度", "资金结算进度", "结算率", "结算比例", "资金兑付进度", "兑付比例",
        // The share in words, as a report's prose puts it (完成年初预算的96.68%, 为预算的99.1%): a rate with no 率 or %.
        "完成预算", "完成年初预算", "完成调整预算", "为预算", "为年初预算", "为调整预算", "占预算", "占年初预算", "占调整预算",
        // The year's budget as a report on the year so far names it (完成年度预算%, 占年度预算%).
        "完成年度预算", "为年度预算", "占年度预算", "完成年度预算%", "为年度预算%", "占年度预算%",
        // The share of an investment plan done (占年度计划%, 完成计划).
        "占年度计划", "占计划", "完成年度计划", "完成计划", "为年度计划", "为计划", "完成年计划", "占年计划", "为年计划",
        "占年度投资计划", "完成年度投资计划", "为年度投资计划",
        // The share of the revenue expected (完成预期%).
        "完成预期", "完成预期%", "为预期", "为预期%", "占预期", "占预期%", "完成收入预期", "完成收入预期%",
        // The share of the target put in place (落实（到位）率).
        "落实率", "落实到位率", "资金落实率", "投资落实率", "到位率", "资金到位率",
      ],
      // The share of the budget paid or spent (资金拨付比例, 支出比例) is the rate in other words.
      core: ["执行率", "率", "执行进度", "支出进度", "兑付进度", "结算进度", "拨付进度", "预算%", "完成%", "拨付比例", "支出比例", "支付比例", "结算比例", "兑付比例", "计划%"],
      // The share of projects started (开工率) beside their count is no money's share; a share of the whole spending
      // or revenue (占公共财政支出比重) is a part over the total, no rate of a budget (支出占预算比重 still is).
      not: ["序时", "时间进度", "增长", "同比", "上年", "增幅", "增速", "开工", "支出比重", "收入比重", ...VARIANCE],
    },
    // A share of a named budget or plan may run past 100 in every row (收入 collected beyond plan).
    shareOfWhole: ["为预算", "完成预算", "占预算", "为年初预算", "完成年初预算", "占年初预算", "为调整预算", "完成调整预算", "占调整预算", "为年度预算", "完成年度预算", "占年度预算", "为年度计划", "完成年度计划", "为年计划", "完成年计划", "占年计划", "占年度投资计划", "完成年度投资计划", "为年度投资计划"],
    // A progress notice in words of its own (已发放资金 | 发放进度, 已下拨资金 | 下拨进度): the 进度 that is,
    // row by row, the figure left of it over the budget is the rate, and that figure the spending. Money
    // committed or applied for (实施, 受理, 申请, 签约) has its 进度 too, but is no spending.
    // Money released against the year-start plan (年初计划 | 已下达 | 下达进度): the budget as first passed
    // serves as the budget when it is the only one, and what was sent down is what its 进度 measures; so for
    // money raised and released against the year's plan for raising it (年度计划筹措资金 | 累计筹措下达 | 下达进度).
    // A ratio (使用比例, 落实比例, 到位率) proven, row by row, the money done (已落实, 已使用, 已兑付, 已拨付, 到位) over the money
    // planned (计划补贴资金, 计划投资) left of it: the table measures what is done against its plan, an execution, though a
    // count beside (补贴机具（台）) and two money columns would read it as a composition.
    shareOfPair: {
      heads: ["进度", "比例"],
      not: ["序时", "时间", "实施", "受理", "申请", "签约", "合同"],
      part: "actual",
      of: ["budget", "initialBudget"],
      planned: { of: ["计划"], done: ["已落实", "已使用", "已兑付", "已拨付", "已支付", "已结算", "到位"], weight: 1 },
    },
  },
  // What is done as a share of the budget as first passed (完成年初预算%), beside the share of the
  // adjusted budget (完成调整预算%, the rate): named by no words of its own, read only so (supersededBy),
  // and checked against 年初预算. Alone, the share of 年初预算 is the rate.
  initialRate: {
    label: both("完成年初预算%", "rate of the initial budget"),
    value: "rate",
    words: {},
    supersededBy: { field: "rate", words: ["调整", "变动后", "变更后"] },
  },
  progress: {
    label: both("序时进度", "time progress"),
    value: "rate",
    // A share of a named budget (完成年初预算%, 完成调整预算%) is a rate, no time progress.
    // The points a rate is above or below the pace (与序时进度差, 较序时进度, 超序时进度) are a gap, no pace.
    words: {
      exact: ["序时进度", "时间进度", "序时", "序时进度要求", "应完成进度"],
      core: ["序时", "时间进度"],
      not: ["增长", "同比", "上年", "增减", "增幅", "增速", "年初", "调整", "差", "较", "比", "高于", "低于", "快于", "慢于", "超", "落后", "百分点"],
    },
  },
} as const satisfies FieldSet<string>;

export type ExecutionField = keyof typeof EXECUTION_FIELDS;
