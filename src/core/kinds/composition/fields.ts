/** The fields of a budget composition or allocation table (预算构成明细, 资金分配表, 预算明细). */
import { both } from "../../i18n/localised";
import type { FieldSet } from "../define";
import { CATEGORY_AND_NAME } from "../register/fields";

/** The loan a project's interest subsidy is reckoned on: money beside the subsidy, a column of its own. */
const LOAN_BASE = ["银行贷款", "贷款金额", "贷款额", "贷款总额", "银行贷款额"];

/** Title words of an allocation: a plan of how money is shared out among places or bodies. */
export const ALLOCATION_TITLE = ["分配计划", "分配表", "分配方案", "分配建议", "安排计划", "安排表", "安排建议", "分配明细"];

/**
 * Title words of a plan of projects or works (…拟实施…项目情况表, 建设计划): it may state the measure each builds (建设任务（亩）)
 * and no money, a composition of quantities, its 合计 checked in that measure.
 */
export const PLAN_TITLE = ["拟实施", "拟建设", "实施计划", "建设计划", "项目计划"];

/**
 * A merged heading naming where a fund's money comes from (资金来源 over 中央 | 省级 | 县级): under it, the sources of
 * the money column just before it, all of it.
 */
export const SOURCES_HEADING = ["资金来源", "资金构成", "来源构成", "资金来源构成", "资金筹措", "筹资渠道", "资金渠道"];

/**
 * The local money beside a fund's own column under 资金来源 (中央预算内专项资金 | 地方投资): all the investment the fund
 * does not pay, so with it the sources are all of a total investment, as with 其他资金. Self-raised money (自筹) too.
 */
export const LOCAL_REST = ["地方投资", "地方配套", "地方资金", "地方配套资金", "地方自筹", "地方投入", "自筹", "自筹资金"];

/** Headings of a direction, field, trade or sector a line is for: a few such names repeated sort the lines. */
export const SORTING_HEADS = ["方向", "领域", "行业", "产业", "产业链"];

export const COMPOSITION_FIELDS = {
  seq: { label: both("序号", "No."), value: "seq", words: { exact: ["序号", "序", "no", "no.", "#", "行次", "栏次"] } },
  code: {
    label: both("编码", "classification code"),
    value: "code",
    words: {
      // A notice passing money on numbers each line (项目编号 040100), as a budget codes it.
      exact: ["科目编码", "功能分类科目编码", "项目编码", "编码", "代码", "科目代码", "预算科目编码", "支出功能分类科目编码", "类款项", "项目编号", "编号", "code"],
      core: ["科目编码", "编码", "科目代码", "编号"],
    },
  },
  category: {
    label: both("政策类", "category"),
    value: "label",
    words: {
      // The broader place of an allocation by two levels (市（州） | 县（市、区）) groups the narrower;
      // alone, a category column is read as the line (compositionCols).
      exact: [
        "二级", "二级项目", "二级分类", "二级目录", "政策类", "政策类别", "政策方向", "类别", "大类", "分类", "项目类别", "支出类别", "资金类别",
        "市", "市州", "地市", "盟市", "设区市", "地级市", "市别",
        // The cities and districts under a prefecture (辖市（区） 金坛市, 武进区): the broader place over its towns or bodies.
        "辖市", "辖市区", "辖区", "辖县", "辖县市",
        // A project plan's 项目类型 (产业发展, 基础设施) sorts its projects, unless places left of them group them.
        "项目类型",
        // An award table by tier (一等奖 | 二等奖 …): each tier groups the units it names.
        "等次", "奖励等次", "获奖等次", "等级", "奖励等级", "获奖等级", "category",
        // A performance evaluation's grade (评级情况 优 / 良 / 中): a few values grouping the projects.
        "评级", "评级情况", "评级结果", "评价等级", "评价等次", "评价档次", "绩效等级", "绩效评级", "评价评级",
        // An allocation by tier (第一档 | 第二档): the tier a line falls in, each a fixed award.
        "档次", "奖励档次", "补助档次", "档位", "奖励档位", "补助档位",
        // Where a project is built (建设地点, a town or village) places its line, as a category does.
        "建设地点", "实施地点", "项目地点", "项目建设地点", "项目实施地点", "建设地址", "实施地址",
        // The level of government the money comes from (资金级次 中央 / 省级 / 市级): each level groups the lines passing its money on.
        "资金级次", "资金来源级次", "资金层级", "资金来源层级", "资金级别", "级次",
        // The place a line belongs to (属地 某街道办, 某镇), of whatever level: groups the lines beside it, or is each one.
        "属地",
      ],
      core: ["类别", "分类", "二级"],
      // A budget classification (支出功能分类科目) is written beside each line and groups none.
      not: ["数", "金额", "科目"],
    },
    // An area (区域, 片区) groups its uses as a city its counties.
    over: {
      field: "item",
      // Inner Mongolia's banners (旗) stand where counties do elsewhere (旗区: a banner's or district's farms).
      words: ["部门", "单位", "市县", "县区", "区县", "县", "市区", "地区", "区域", "片区", "乡镇", "乡（镇）", "镇（街）", "镇(街)", "镇街", "街镇", "区镇", "街道", "村", "主管", "所属区", "所在区", "旗区"],
      bodies: ["部门", "单位", "主管"],
      narrowest: ["村"],
      finer: ["乡镇", "镇", "乡", "街道", "镇街", "街镇", "村", "社区", "行政村"],
      awarded: ["奖补对象"],
      // An area's villages or towns listed beside it (重点片区 | 涉及行政村 甲村、乙村): what the area takes in.
      listing: ["涉及", "包含", "包括", "覆盖", "所含", "含", "辖", "所辖", "下辖"],
      // Works described beside the villages they are for (村名 | 项目内容): the village names the line.
      works: ["内容"],
      levels: [
        ["县", "区", "市", "旗", "县区", "区县", "县市", "市县"],
        ["乡", "镇", "乡镇", "街道", "镇街", "街镇"],
        ["村", "行政村", "社区", "居委会"],
      ],
    },
    // A direction or trade each line is for (支持方向 基础设施项目, a few repeated) sorts the lines.
    // So does a use of money its 资金 / 支出 keeps from the line (资金支出用途 中小河流治理, 补助资金用途).
    // So does the batch a line was chosen in (试点批次 第一批（2017年）试点城市, a few repeated beside the cities),
    // and the kind of produce each place is paid for (品种 蔬菜, 柑橘; 作物; 品类), a 小计 often after each kind.
    // So does the source each project's money comes from, written as text (资金来源 中央 / 自治区 / 中央、自治区), as a 资金级次 does.
    fewRepeated: { heads: [...SORTING_HEADS, "批次", "品种", "作物", "品类"], few: 12, uses: ["用途"], sources: ["资金来源"] },
    useOverRecipient: { field: "item", uses: ["用途", "方向", "投向"], recipients: ["分配对象", "下达对象", "安排对象", "分配单位", "下达单位"] },
    // Projects written right of their places (辖市 | 镇 | 项目名称): each project a line, its city the group.
    projectsByPlace: ["项目名称", "项目", "项目名", "建设项目", "建设项目名称"],
    // Whom the money goes to, between its place and what it is paid for (辖市（区） | 补贴单位 | 补贴项目): each recipient a line.
    recipientsByPlace: ["补贴单位", "补助单位", "受补单位", "受补助单位", "受补贴单位", "项目单位", "奖补单位"],
    // The city or prefecture a county belongs to, written beside it (县 | 所属市（州）): the county's group.
    placeOfLine: [
      "所属市", "所在市", "所属地市", "所在地市", "所属市州", "所在市州", "所属州", "所在州", "所属地州", "所在地州", "所属盟市", "所在盟市",
      "所属设区市", "所在设区市",
    ],
    // The office managing each line, left of it (主管科室 | 资金类别 | … | 金额): a fund's disclosure groups its lines by it.
    // So does the body managing each kind of project a plan funds (主管单位 扶贫办 | 项目类别 小额信贷贴息, a 小计 per body).
    officeLeftOfLine: ["主管科室", "主管处室", "业务科室", "责任科室", "主管单位", "主管部门", "归口部门"],
    // A broader place named apart on every line, no county beside it (市（州） 长春市, 吉林市 …): each city is a line.
    // So is the place a line belongs to (属地), of whatever level, named apart on every line left of the money.
    placeAsLine: ["市", "市州", "地市", "盟市", "设区市", "地级市", "市别", "属地"],
  },
  item: {
    label: both("预算项目", "budget line"),
    value: "label",
    words: {
      exact: [
        "三级", "三级项目", "三级明细", "三级目录", "政策项", "政策项目", "政策内容", "项目", "项目名称", "明细", "明细项目",
        "扶持内容", "科目名称", "功能分类科目名称", "支出功能分类科目名称", "支出项目", "资金用途", "用途", "品目", "设备名称",
        "名称", "内容", "支出内容", "地区", "区域", "片区", "区县", "县", "县区", "县市", "市县", "县市区", "地县", "地州", "地州市", "地市", "盟市", "市州",
        "旗区", "旗市区",
        // A province's cities under 城市 or 各市 (two-character names often spaced as printed): each city a line, as under 地市.
        "城市", "各市",
        // The counties a programme chose (试点县（市、区）, 项目县, 示范县): each county a line, as 县 is.
        "试点县", "项目县", "示范县", "实施县", "重点县", "试点区县", "试点县区", "试点县市区", "项目区县", "项目县区", "项目县市区",
        // So are the areas a pilot chose when it takes counties and development zones alike (试点地区 进贤县, 井冈山经济技术开发区).
        "试点地区", "项目地区", "示范地区", "实施地区", "重点地区", "试点区域", "项目区域", "示范区域", "试点市县", "试点县市",
        // A fund's key areas (重点区域 某新区, 某科技城), each named apart beside the cities it spans: each area a line.
        "重点区域", "重点片区", "区域名称", "片区名称",
        // The places paired assistance helps (受援市 张家口市, 受援县区): each place a line, under the helper's 小计.
        "受援市", "受援地", "受援地区", "受援县", "受援县区", "受援区县", "受援县市区", "受援市县", "受援地市", "受援市州", "受援州",
        // The city or district a project is in (市区单位, 所在县区): a place, grouping the projects beside
        // it. Not 市区 alone: a row `一、市区` groups a city's districts under a 县（市、区） heading.
        "市区单位", "县市区单位", "所在市区", "所在县区", "所在市县", "所在县市区", "所属县区", "所在地区", "所属地区",
        // A municipality's district a body is in (所属区 滨海新区): the place grouping the bodies beside it.
        "所属区", "所在区", "所属区县", "所在区县",
        "单位", "单位名称", "获奖单位", "受奖单位", "先进单位", "获奖对象", "部门", "预算单位", "资金名称", "资金项目名称", "资金项目", "项目内容", "购置内容",
        // The award or subsidy line money is sent down by (奖励资金项目 产粮大县奖励资金): each fund a line.
        "奖励资金项目", "补助资金项目", "奖补资金项目", "补贴资金项目",
        // Parks or zones an award or allocation is shared among (共建园区 苏宿工业园区, 开发区), each named apart: each a line,
        // the county it lies in (所在县区) beside it only its place.
        "园区", "共建园区", "园区名称", "开发区", "开发区名称", "工业园", "工业园区", "产业园区", "获奖园区", "受奖园区",
        "采购品目", "货物名称",
        // What a notice passing money on sends it to (支出方向 巩固拓展脱贫攻坚成果任务), beside the unit using it.
        // Where the money goes (支出投向 交通运输体系建设, 投向 alone) names the line, its 主要用途 described beside it.
        "支出方向", "资金投向", "使用方向", "资金使用方向", "支出用途", "支出投向", "投向", "资金支出投向",
        // Whom an allocation passes money to (分配对象 河南省农业科学院, 下达对象 某县): each a line, under its use.
        "分配对象", "下达对象", "安排对象", "分配单位", "下达单位",
        // The body carrying out the work an allocation pays for (实施主体: a farm, a village, a
        // cooperative): each line of money is its, grouped by a place left of it (县（区）).
        "实施主体", "项目实施主体", "实施单位", "项目实施单位", "承担主体", "项目承担主体", "建设主体",
        // What a plan of supports funds (支持事项 特色小城镇建设), beside how (支持方式, no field) and
        // its money by year under 资金安排.
        "事项", "支持事项", "扶持事项", "奖补事项", "补助事项", "资助事项", "安排事项",
        // An investment table by batch (批次 | 建设内容 | 总投资): each batch is a line, its content described beside it.
        "批次",
        // A project list's heading naming its sections' category and its lines' projects in one (项目类别和项目名称):
        // each project a line, its section row (一、产业发展项目) the group.
        ...CATEGORY_AND_NAME,
        "item", "line",
      ],
      core: ["名称", "项目", "科目", "内容", "用途", "品目", "事项"],
      // A fund's direction named (支持方向名称) sorts the lines (fewRepeated), or is each line when none repeats
      // (directionAsLine); the line-worded uses (支出方向, 使用方向) are exact wordings above.
      not: ["编码", "代码", "金额", "数", "资金", "预算", "单价", "标准", "类别", "负责人", "编号", "投资", "方向"],
      // A fund's name as the head word (评价政策或项目资金名称): each line a fund or project, whatever before it.
      heads: ["资金名称"],
    },
    // A plan by task (建设任务 林业任务 | 主要建设内容 工程造林7.35万亩，封山育6.7万亩…): the task is the line, the works describe it.
    namedBeforeContent: {
      contents: ["建设内容", "主要内容", "实施内容", "工程内容", "建设内容及规模", "建设规模及内容", "具体内容", "工作内容"],
      names: ["建设任务", "任务", "主要任务", "工作任务", "治理任务", "工程任务", "项目", "工程", "建设项目", "工程项目"],
      // A policy list's measures (政策措施 实施奶业振兴行动 | 主要内容 支持奶源基地…): named at a length like their contents'.
      measures: ["政策措施", "措施", "主要措施", "具体措施", "重点措施", "支持措施", "重点任务", "工作任务"],
      // A plan's uses named by direction (支持方向 基础设施建设 | 主要内容 污水处理厂扩能改造…, 支持领域 | 具体内容).
      directions: ["方向", "领域"],
    },
    // A fund's money by year (年度 2021年 | 合计 | 其中 中央 | 省级): each year a line, its total over its sources.
    yearsAsLines: ["年度", "年份", "年"],
  },
  // The document each line's money came under (文号): the sources of pooled funds name theirs. It
  // states no standard, so it makes no catalog of a table of amounts received. So does the basis a plan
  // shares its money out by (分配依据 某政办发〔2023〕5号, 安排依据) beside a budget by direction: an allocation's.
  document: {
    label: both("文号", "document"),
    value: "text",
    words: {
      exact: ["文号", "资金文号", "下达文号", "指标文号", "文件文号", "文件号", "分配依据", "安排依据", "下达依据", "资金分配依据", "资金安排依据"],
      core: ["文号"],
    },
  },
  amount: {
    label: both("预算金额", "amount"),
    value: "amount",
    repeat: "parts",
    byLevel: true,
    // A project's total investment, or earlier years' figures on a form applying for this year's money
    // (上年度预算安排, 2021年实际执行数): each a column of its own, checked on its own.
    // An allocation sent in batches (已拨付 | 本次拨付): what an earlier batch sent is a further column too.
    // The actual money beside the plan it came from and its reward and deduction (实际安排 | 计划安排 | 奖励数 | 扣减数).
    adjusted: {
      actual: ["实际安排", "实际下达", "实际分配", "核定安排", "实际补助"],
      plan: ["计划安排", "原计划", "计划数", "原安排", "计划下达"],
      adjust: ["奖励", "扣减", "扣回", "调增", "调减", "核减", "扣除"],
    },
    // So is a project's investment (投资金额) beside the fund's subsidy (补助资金): the subsidy is the line's money. Not
    // 计划投资: beside 总投资 the year's plan is the amount (a key-project list).
    // Money as of a date (截至9月中旬 | 比上年同期增加): the amount then. The added money alone by field (支出类别 | 比上年增加
    // … 小计) is a composition of the increases.
    asOf: true,
    // The year's money released in advance the year before and actually released this year (2017年补助金额 | 2016年提前下达 |
    // 2017年实际下达): both parts of it.
    released: ["提前下达", "实际下达", "已下达"],
    increase: ["比上年增加", "比上年同期增加", "比去年增加", "比去年同期增加", "比上年新增", "较上年增加", "新增", "新增资金", "新增金额", "增加额", "新增额"],
    // So is the bank loan an interest subsidy is reckoned on (银行贷款 | 贴息资金).
    // So is the budget of the projects an allocation sends a batch of (项目预算 | 本批下达): the batch is the line's money.
    // So is the total over the years (4年合计, 三年总计: 多年合计 as read) beside the money set each year (每年安排).
    aside: ["项目预算", "总投资", "投资总额", "投资总计", "投资金额", "上年度", "上年", "上一年度", "实际执行", "执行数", "已拨", "上次", "前期", "上期", "已下达", "多年合计", "多年总计", ...LOAN_BASE],
    words: {
      exact: [
        "预算金额", "金额", "预算数", "预算", "预算额", "预算资金", "资金", "合计", "总额", "总计", "资金数", "安排金额", "下达金额",
        "分配金额", "资金金额", "拨款金额", "补助金额", "预算总额", "安排资金", "下达资金", "分配资金", "资金安排", "预算安排",
        "投资额", "总价", "额度", "资金额度", "计划额度", "用款额度", "总支出数", "支出数", "支出金额", "总支出", "合计金额",
        // This batch of an allocation sent in batches is its amount; an earlier batch (已拨付) is read by
        // the core word only, so a table of money paid alone stays an execution table's spending.
        "本次拨付", "本次拨付资金", "本次拨付金额", "本批拨付", "本批拨付资金", "本次下达",
        "本批下达", "此次下达",
        // What this round shares out of money sent down, the rest held back (下达资金 | 本次分配 | 待…拨付).
        "本次分配", "本次分配资金", "本次分配金额", "本批分配", "本批分配资金",
        // The last batch sent down on acceptance (下达尾款, 验收尾款): the amount this allocation sends.
        "下达尾款", "验收尾款", "拨付尾款", "尾款",
        // The money set at the year's start or for the year (年初安排, 年度安排数): an allocation's amount by the verb
        // alone. Beside spending the execution kind reads it as the budget first passed.
        "年初安排", "年初安排数", "年初预算安排", "年度安排", "年度安排数", "安排数",
        // The money set each year (每年安排, 年均安排) beside its total over the years (4年合计): the amount, the total a further one.
        "每年安排", "每年度安排", "年均安排", "每年下达", "每年度下达", "年均下达", "每年投入", "年均投入",
        "amount", "budget",
        // Money put in by the treasury or government, project by project (财政投入, 政府投入): the amount. By these
        // headings only: 投入 alone may be labour (投入劳动力), and beside the total put in (总投入, 合计) each share is a part.
        "财政投入", "政府投入", "财政投资", "政府投资", "投入资金", "投入金额", "资金投入", "财政资金投入", "总投入", "投入合计", "投入总额",
        ...LOAN_BASE,
      ],
      // A fund named by itself, not as 资金 (彩票公益金 beside projects): the money each project gets of it.
      // A subsidy's figure as the system or the payment states it (耕地地力保护补贴系统数, 补贴发放数, 补贴数): its money.
      core: ["金额", "预算", "资金", "总额", "总价", "合计", "额度", "支出数", "经费", "投资", "总投资", "实际执行", "拨付", "公益金",
        "补贴数", "补助数", "补贴系统数", "补助系统数", "补贴发放数", "补助发放数"],
      // Money paid out (已兑现, 已支付), spent or received (实际支出, 实际到位) or investment done (完成投资) is
    // measured against a budget or plan, no line's amount. An award paid out (兑现资金, 市级兑现) with no budget beside is.
      // So are the money arrived and used (资金到位情况, 资金使用情况) beside the plan on a self-evaluation's money table.
      // A total under a count of firms (户数 over 10万元 | 20万元 | 小计) counts them too.
      // A change on another year's figure (2023年预算数增减) is no line's amount either, nor a share paid (拨付进度: 1, 0.6).
      not: ["增减", "单价", "均价", "标准", "数量", "率", "比例", "进度", "编码", "代码", "名称", "占比", "已兑现", "实际支出", "实际到位", "户数", "家数", "个数", "人数", "已支付", "完成投资",
        "到位情况", "使用情况", "实际使用", "已使用", "资金使用", "资金支出",
        // A ratio of output to input (投入产出比) is no money; people put in (投入人数) are ruled out as 人数, labour
        // (投入劳动力, 投劳工日) as such.
        "投入产出", "劳动力", "劳力", "工日", "投劳"],
      // A plan to complete (一季度计划完成投资), nothing done beside it, is the amount planned, though it holds 完成投资.
      // What villagers raise and work, valued in money (群众筹资投劳, 村民筹资筹劳, 投劳折资), is a source of the money.
      heads: ["计划完成投资", "计划完成", "投劳", "筹劳", "投劳折资", "投劳折合"],
    },
  },
  unitAmount: {
    label: both("单价/均价", "unit amount"),
    value: "amount",
    byUnit: "perMeasure",
    words: {
      exact: ["单价", "均价", "标准", "补贴标准", "扶持标准", "单位金额", "单价/均价", "单价均价", "平均单价", "unitamount", "unitprice"],
      core: ["单价", "均价", "标准"],
      not: ["数量"],
    },
  },
  quantity: {
    label: both("数量", "quantity"),
    value: "count",
    byUnit: "measure",
    // A measure times the standard per it is the line's money: an allocation, whoever its lines are (firms, farmers).
    priced: { per: "unitAmount", makes: "amount", line: "item" },
    mustFitFor: ["建设规模"],
    // An area confirmed (确认面积, 核定离田面积) beside the one declared is the area the standard pays.
    confirmed: ["确认", "核定", "核实", "验收", "认定", "审定"],
    // The task a plan sets (建设任务（户）, 计划数（个）) is what its money is for, above progress counted beside it (开工户数);
    // a bare 计划 would take a plan's area (计划面积) or what falls outside it (计划外户数).
    task: ["任务", "计划数"],
    words: {
      exact: [
        "数量", "个数", "户数", "家数", "企业数", "项目数", "扶持数量", "预计数量", "台数", "台件数", "套数", "预计户数",
        // The people a block's money is paid to (孤儿补助人数 | 孤儿补助金额): a count, never a share of the money.
        "人数",
        // What passed acceptance is what is paid for, not what was bought or applied for beside it
        // (采购…（只） | 验收合格（只）): the accepted count outscores the bought one's measure.
        // Works built (工程处数, 单位：处): a count of works.
        "处数", "工程处数", "项目处数",
        // What an insurance covers (投保面积, 承保数量) is what its premium is per, not the households insuring beside it.
        "投保面积", "参保面积", "承保面积", "投保数量", "参保数量", "承保数量", "投保规模", "承保规模",
        // The scale built (建设规模 | 单位 座/头/只) is what a standard is paid per, not the households helped beside it.
        "建设规模",
        // Villages or sites counted under a heading stating the money each gets (重点村（每村30万元） over 村数 | 金额).
        "村数", "村个数", "点数", "示范点数",
        "验收合格", "核验合格", "实际验收", "验收合格数", "核验合格数", "验收数", "验收数量", "合格数", "合格数量", "核定数量", "核实数量",
        "quantity", "qty", "count",
      ],
      core: ["数量", "个数", "台数", "户数", "家数", "套数", "处数", "人数"],
      not: ["金额", "单价"],
    },
    // A confirmed area beside a head count (应补贴户数 | 核定小麦面积) is what a standard pays on: the count is left unread.
    measuredOver: { counts: ["户数", "人数", "家数"], measures: ["面积"] },
  },
} as const satisfies FieldSet<string>;

export type CompositionField = keyof typeof COMPOSITION_FIELDS;
