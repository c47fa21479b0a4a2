/** The fields of an application register or award list (申报清单 / 公示名单), and the words that name them. */
import { both } from "../../i18n/localised";
import type { FieldSet } from "../define";

// A heading naming a name (补贴项目名称) holds no money, whatever support word it opens with.
const MONEY_NOT = ["比例", "率", "标准", "上限", "基数", "投资", "数量", "个数", "家数", "单价", "日期", "时间", "编号", "代码", "名称"];

/**
 * A loan, as an interest subsidy's list names it: the base the 贴息率 is taken of. (`贷款贴息金额`
 * names none of these: it is the interest.)
 */
export const LOAN = ["贷款金额", "贷款额", "贷款本金", "贷款余额", "到位贷款", "贷款到位", "贷款到账", "到账贷款", "发放贷款", "贷款发放"];

/**
 * The interest a firm actually paid on its loan: what an interest subsidy's rate is most often
 * taken of (按实际产生利息的50%), so a stronger base than the loan beside it.
 */
export const INTEREST_PAID = ["实际产生利息", "实际发生利息", "实际支付利息", "实际付息", "实付利息", "已付利息", "已支付利息", "支付利息", "利息支出", "实际利息"];

/**
 * The interest a loan bears, as a list states it (应付利息, 贷款利息): what a share of the interest
 * is taken of, so, like the interest paid, a stronger base than the loan beside it.
 */
const INTEREST_DUE = ["利息", "贷款利息", "应付利息", "应付贷款利息", "利息额", "利息金额", "贷款利息额", "年利息", "当年利息", "应计利息"];

/**
 * Words of a sum a firm actually paid or spent (实际支付额, 实付金额, 实际投入): what a share is often taken of,
 * a stronger base than the contract it was paid under (合同金额 | 实付金额). Never a base by these words alone
 * (实付 may be a subsidy paid): the catalog's rate or the award's share of it decides (resolve.ts, paidBase.ts).
 */
export const PAID_WORDS = ["实际支付", "实付", "实际投入", "实际发生"];

/**
 * A grant's first instalment (首次拨款, 首批拨付): paid before when a later instalment stands beside it
 * (首次拨付 | 尾款拨付), else the payment the list makes now (paidNow.alone).
 */
const FIRST_INSTALMENT = ["首次拨付", "首次拨款", "第一次拨付", "第一次拨款", "首批拨付", "首批拨款", "首期拨付", "首期拨款"];

/**
 * Headings of the policy item that may as well name each firm's own project (扶持项目, 申报项目):
 * such a column is the item only when its values are catalog items (resolve.ts).
 */
export const ITEM_OR_PROJECT = ["项目"];
/** Headings (brackets aside: 县（市、区）, 县（区）) of counties as the applicants of an award list, lent by its title (index.ts). */
export const COUNTY_APPLICANTS = ["县", "县区", "县市区", "县市", "区县"];
/**
 * Words of a heading naming whom a list rewards (受表扬激励地区, 受奖励单位, 获奖地区): under an award list's
 * title the column is its payee, places or bodies alike, never where a payee is registered (index.ts).
 */
export const REWARDED = ["受表扬", "受表彰", "受奖励", "受激励", "受奖", "获表扬", "获表彰", "获奖励", "获激励", "获奖"];
/** Headings of an item column that may name kinds of award under one item (立项类别, 申报类别). */
export const KIND_HEADINGS = ["类别", "类型"];
/**
 * Headings closing on the matter a body is rewarded for (激励事项, 表扬事项): under a title naming a catalog item,
 * matters none of which is an item are the kinds of work rewarded under it, the rows' category (resolve.ts).
 */
export const MATTER_HEADINGS = ["事项"];
/**
 * Headings of a fund's direction (支持方向, 扶持方向, 支持领域): read as the item, but a direction of a
 * few values repeated, none an award, sorts the firms' projects under the title's item (resolve.ts).
 */
export const DIRECTION_HEADINGS = ["方向", "领域"];
/**
 * Words naming an award, in a kind heading (奖补类别, 扶持类型) or in its values (技术改造奖补): such a kind
 * is the policy item. A kind qualifying something else (项目类别, 借款人类别) with none of these in its
 * values sorts the rows (resolve.ts).
 */
export const AWARD_WORDS = ["奖", "补", "助", "扶持", "支持", "贴息", "资金"];
/**
 * A prize's level written bare (一等奖, 金奖, 优秀奖): the tier a contest's winner is listed under, sorting the
 * winners under the contest, no award of its own (德国iF设计奖金奖 names one). resolve.ts reads a column of them as the category.
 */
export const PRIZE_LEVELS = /^(?:特|一|二|三|四|五)等奖$|^(?:金|银|铜|优秀|鼓励|优胜|入围|提名|特别|创新|最佳)奖$/;
/**
 * Words closing a value that names a kind of firm, not an award: its industrial chain (特钢材料产业链), trade
 * (装备制造行业), field (电子信息领域) or cluster. A column of such values sorts the firms (resolve.ts).
 */
export const SORT_VALUE_ENDS = ["产业链", "行业", "领域", "产业", "集群"];
/**
 * Words closing a value that names a kind of firm itself (国家创新型企业, 评估优秀的省级创新型企业): a bare 类别 of
 * such values, a few repeated, sorts the firms (their category), not the award (resolve.ts).
 */
export const FIRM_KIND_ENDS = ["企业"];
/**
 * Words closing a kind of product a recognition list names beside its kinds of firm (示范企业 / 冠军产品 / 培育企业):
 * with no money, nothing is awarded per product, so it sorts the rows as the kinds of firm do (resolve.ts).
 */
export const PRODUCT_KIND_ENDS = ["产品"];
/**
 * Words closing a kind of base a recognition list names beside its kinds of firm (示范企业 / 示范基地, 示范园区):
 * with no money, a base recognised sorts the rows as a kind of firm does (resolve.ts).
 */
export const BASE_KIND_ENDS = ["基地", "园区"];
/**
 * Headings closing on a title of honour (荣誉称号, 称号): an item, unless its values, a few repeated, each name a kind
 * of firm (年度综合贡献企业 / 高成长企业): then they sort the firms under the list's one award (resolve.ts).
 */
export const HONOUR_HEADINGS = ["称号"];
/**
 * Headings naming the kind of thing each payee put in service or bought (车辆种类, 车型, 设备类别): in an award list
 * beside the count and the money, they sort the rows (category), not the award. Not 品种: a crop's kind paid per 亩
 * may be what sets the standard, and keeps its reading.
 */
const THING_KINDS = ["车型", "机型", "车辆类别", "车辆类型", "车辆种类", "车种", "设备类别", "设备类型", "设备种类", "产品类别", "产品种类"];

/**
 * An amount asked named with the kind of money between (申报奖励金额, 申报补助资金, 申请扶持金额): every
 * 申报/申请 + money word + 金额/资金, so each such heading is the sum asked, not only those listed one by one.
 */
const ASKED_WITH_MONEY_WORD: readonly string[] = ["申报", "申请"].flatMap((a) =>
  ["奖励", "补助", "补贴", "扶持", "资助", "奖补"].flatMap((m) => ["金额", "资金"].map((h) => a + m + h)),
);

/** Kind headings naming what is applied for (申报类别, 专项类别, 政策类型): the item too. */
export const APPLIED_FOR_WORDS = ["政策", "申报", "申请", "专项", "兑现", "立项"];

/**
 * The words of an award list's title around the policy it names (`石家庄市2022年度…落地奖拟奖励项目名单`,
 * `…政策补助资金拟补助企业名单`, `…专项资金（因素法）奖补企业名单`): with no catalog loaded, what is left is
 * the list's item (docs/rules.md, "A list's item and year from its title").
 */
export const LIST_TITLE = {
  /** The words closing such a title. */
  ends: ["名单", "名录"],
  /** The list's own words after the policy: whom it lists and what it does, taken off the end. */
  after: ["名单", "名录", "企业", "单位", "项目", "公示", "拟奖励", "拟补助", "拟奖补", "拟补贴", "拟资助", "拟扶持", "拟支持", "拟拨付", "拟兑付", "拟安排", "拟下达", "拟定", "拟",
    // A payout list's act (…贴息资金拨付名单, …补贴发放名单): what it does with the fund, no part of its name.
    "拨付", "发放", "兑付",
    // A 立项名单 names the projects the fund took on: the act of listing, no part of the fund's name.
    "立项"],
  /** Support words: after a fund (…资金, …资金（因素法）) the list's act; before 资金, the policy's own. */
  supports: ["奖励", "奖补", "补助", "补贴", "资助", "扶持", "贴息"],
  /** How a fund is shared out, naming no support of its own (…专项资金（因素法）): the fund's qualifier. */
  methods: ["因素法", "项目法", "以奖代补", "先建后补", "以奖促治"],
  /** A part of the year after the year (2024年一季度): the campaign's name, kept with its year. */
  periods: /^(?:第?[一二三四1-4]季度|前三季度|上半年|下半年|[1-9一二三四五六七八九十]{1,2}(?:-\d{1,2})?月份?)/,
} as const;

/**
 * Regions spanning several cities, named by a direction or a delta (珠三角地区, 粤东地区, 苏南, 粤东西北):
 * a column holding only such values (所属区域) sorts the rows, as a catalog may split an award by region;
 * it is no place the district's geography could check. A direction needs 地区 after it (or three of
 * them, 粤东西北), so a province or county column (河北, 山东, 黔东南) is no region; a prefecture named
 * 地区 (和田地区) has no direction.
 */
export const REGION_VALUE = /^[\u4e00-\u9fa5]{1,3}(?:(?:[东西南北中]部?|三角洲?|沿海|山区)(?:地区|片区|区域)|[东西南北]{3})$/;

/**
 * A heading joining the category of a list's sections and the name of its lines (项目类别和项目名称, 项目类型及名称):
 * the lines' projects.
 */
export const CATEGORY_AND_NAME = ["类别", "类型"].flatMap((k) => ["和", "及"].flatMap((j) => [`项目${k}${j}项目名称`, `项目${k}${j}名称`]));

/**
 * A village awarded under a rural item (省级休闲乡村, 美丽乡村 奖励) is the payee beside its town, the
 * item named in its own column; money shared among villages by project (乡镇 | 村 | 项目名称) is an
 * allocation (onlyWith) — unless the list records what each was paid (已拨付 | 本次拨付): then it
 * names whom it pays, the village for its project.
 */
const VILLAGES = [
  "村", "行政村", "村名", "村名称", "村庄名称", "获评村", "受奖村", "村集体",
  // A town's community (社区) or the village's committee (村委会) stands where a village does.
  "社区", "社区名称", "村社区", "村居", "村委会", "村民委员会", "村居委会",
];

/**
 * Headings of the villages a list names as pilots or models (试点村, 示范村, 创建村): under such a list's title
 * (PILOT_LIST_TITLES) the column names whom the list rewards, its payee (index.ts).
 */
export const PILOT_VILLAGES = [
  "村", "村名", "村名称", "村庄", "村庄名称", "行政村", "试点村", "试点村名称", "试点村庄", "示范村", "示范村名称", "示范村庄",
  "创建村", "创建村名称", "创建对象", "试点村居", "示范村居",
];
/** Headings of the counties and towns a recognition list names (名县名镇, 示范县): the bodies it recognises. */
export const RECOGNISED_PLACES = ["名县名镇", "名县", "名镇", "强县", "强镇", "示范县", "示范镇", "名县强镇", "强县强镇"];
/** Titles of such a list (…名县名镇名单, …示范县名单). */
export const RECOGNISED_PLACE_TITLES = ["名县名镇名单", "名县名单", "名镇名单", "强县名单", "强镇名单", "示范县名单", "示范镇名单"];
/**
 * Titles of a list naming counties as the places it recognises (…先进县和…进位县名单, …县（市、区）名单): with no money in
 * the title the list is of the counties themselves, so their column (COUNTY_APPLICANTS) names its bodies, the city
 * beside them their place (index.ts).
 */
export const COUNTY_LIST_TITLES = ["县名单", "县（市、区）名单", "县(市、区)名单", "县市区名单", "县（市）名单", "县(市)名单", "县（区）名单", "县(区)名单"].flatMap(
  // …and with what is done to them before 名单 (…强县（市）拟培育认定名单, …示范县（区）推荐名单): still the counties' own list.
  (t) => ["", "认定", "拟认定", "培育", "拟培育", "培育认定", "拟培育认定", "推荐", "拟推荐"].map((w) => t.replace("名单", w + "名单")),
);
/** Headings of the industrial clusters a recognition list names (集群名称): the bodies it recognises (index.ts). */
export const RECOGNISED_CLUSTERS = ["集群名称", "产业集群名称"];
/** Titles of a list naming villages as pilots or models (…试点村名单, …示范村名单, …创建名单). */
export const PILOT_LIST_TITLES = ["试点村名单", "示范村名单", "试点村庄名单", "示范村庄名单", "创建名单", "创建村名单", "试点名单"];

/**
 * A government department of a province, city or county by its name (省林业局, 省卫生健康委, 省旅游和文化广电体育厅,
 * 省贸促会, 某市农业农村局): a level of government, then a word only departments close on. No village's or firm's body
 * (村委会, …公司; 农村 names a department's field), no association (…协会, …商会), and no government or zone committee (某区人民政府, 开发区管理委员会),
 * which apply for support in their own right.
 */
export const GOVERNMENT_BODY =
  /^(?!.*(?:(?<!农)村|社区|公司|集团|合作社|协会|商会|学会|研究会|促进会|联合会|基金会|中心|医院|学校|大学|学院|政府|管理委员会|管委会))[\u4e00-\u9fa5]{0,8}?[省市县区州盟旗][\u4e00-\u9fa5]{0,16}(?:厅|局|委|委员会|办|办公室|贸促会|科协|妇联|总工会|残联)$/;

/**
 * A regiment of the Xinjiang Production and Construction Corps (一团, 第三师四十五团, 十四团场): a township-level government of
 * the Corps, which runs the projects a fund is passed on to it for, as a county bureau does. Never a firm.
 */
export const CORPS_REGIMENT = /^(第[一二三四五六七八九十]+师)?[一二三四五六七八九十百零〇0-9]{1,4}团(场)?$/;

/** A performance evaluation's grade of a project (优秀, 良好, 中（一般）, 合格, 差; 好, 较好): never an award's tier (一等奖). */
export const EVALUATION_GRADE = /^(优秀?|良好?|较好|好|中等?|一般|合格|较差|差|不合格)([（(](一般|中等|合格)[）)])?$/;

/** A township government (某县某镇人民政府, 某乡人民政府): the town runs the projects named after it. */
export const TOWN_GOVERNMENT = /^[\u4e00-\u9fa5]{1,20}[镇乡]人民政府$/;

/** How a firm's name closes (…有限公司, …集团, …合作社): a column of such names is whom a list pays, never its item. */
export const FIRM_ENDS = ["公司", "集团", "合作社"];

/** Payments a list records (拨付 columns, a payment date): a list recording them pays its rows. */
const PAYMENTS = ["paidBefore", "paidNow", "paidTotal", "paidOn"];
/** Titles naming a plan of the projects it arranges or invests in (…项目安排表, …投资计划表). */
const PLAN_TITLE = ["项目安排表", "投资计划表", "安排项目表"];
/** Fields that make a list one of payees whatever else it holds: a credit code, or payments made. */
export const PAYEE_MARKS = ["creditCode", ...PAYMENTS];

/** The lead of a consortium or a joint project (牵头单位, 牵头企业): whole headings, so 牵头部门 or 牵头考核单位 are none. */
const LEAD_FIRM = ["牵头单位", "牵头企业", "牵头方", "牵头单位名称", "牵头企业名称", "牵头主体"];

/** Names of an event held (节庆名称, 展会名称): beside the firm holding it, the row's project. */
const EVENT_NAMES = ["活动名称", "节庆名称", "节会名称", "节事名称", "赛事名称", "展会名称", "会展名称", "展览名称"];
/** The body holding or running such an event (举办单位, 主办单位): named right of it, the payee. */
const EVENT_HOLDERS = ["举办单位", "主办单位", "承办单位", "承担单位", "运营单位", "举办方", "主办方", "承办方", "举办主体", "主办主体", "承办主体", "运营主体"];

export const REGISTER_FIELDS = {
  seq: { label: both("序号", "No."), value: "seq", words: { exact: ["序号", "序", "no", "no.", "#", "排序", "行次", "栏次"] } },
  enterprise: {
    label: both("企业名称", "enterprise"),
    value: "enterprise",
    weight: 1.5,
    // Applicants are never a column of districts and towns (单位 | 资阳区, 赫山区…): that is money
    // allocated among governments. (A ledger's payee may well be a district.)
    mustFit: true,
    // A list whose rows are projects names the body carrying each out after it (项目名称 | … |
    // 实施单位): an allocation by project, not a list of applicants.
    // So does its owner (业主单位), or an agent building it for the owner (代建单位).
    notAfter: [
      { field: "project", words: ["实施单位", "实施主体", "建设单位", "执行单位", "业主单位", "代建单位"], unless: PAYMENTS },
      // The body promoting a cluster or programme (促进机构名称 …协会, …促进会) named after the project carries it out for
      // the fund: a plan of projects, an allocation by project. Firms' credit codes beside it keep a list of awards.
      { field: "project", words: ["促进机构", "促进单位", "推进机构"], unless: PAYEE_MARKS },
      // Under a title naming a plan of projects (…项目安排表, …投资计划表) the body applying for or undertaking each
      // project, left of it or right, carries it out: an allocation by project, unless a credit code or a payment names a payee.
      {
        field: "project",
        words: ["项目单位", "承担单位", "申报单位"],
        unless: PAYEE_MARKS,
        titled: { words: PLAN_TITLE, beside: ["project", "item"] },
      },
      // The body undertaking it (项目单位, 项目承担单位) is the one a list awards (资助金额, 支持资金) or pays beside
      // its award (下达资金 | 本次拨付), or names by its credit code: the payee. With none of these, the list is an
      // allocation by project: a lone sum sent down (下达尾款) is the allocation's own amount, and a fund's share
      // beside the owners' own money (总投资 over 省专项资金 | 地方及企业自筹) one source of the project's financing.
      {
        field: "project",
        words: ["项目单位", "承担单位"],
        unless: ["creditCode"],
        paying: { fields: PAYMENTS, against: ["approved", "requested"] },
        // Under a title naming the projects a plan arranges (…专项资金拟安排项目表) the sum is the plan's for the project,
        // no award; a 资金拟安排表 names no projects, its 承担单位 still the payee.
        award: { fields: ["approved", "requested"], rest: ["自筹", "自筹资金"], planned: ["拟安排项目", "安排项目"] },
      },
    ],
    onlyWith: [
      { words: VILLAGES, fields: ["item", "itemCode"], unless: ["project"], paying: PAYMENTS },
      // The lead firm of a consortium or joint project (牵头单位, 牵头企业) is the payee only beside its credit code: without
      // one, a 牵头单位 is the department in charge of a measure or a plan's line (县文旅局), never an applicant.
      { words: LEAD_FIRM, fields: ["creditCode"] },
    ],
    // Government departments heading the projects they run (单位名称 省林业局 | 会展项目名称, the body left of its
    // projects), none with a credit code or a payment: no payees of awards but an allocation by project grouped by
    // body (a body running two is no duplicate). So do the Corps' regiments (十团 | 十团…道路项目), and any units but
    // firms beside their projects' evaluation grades (单位 | 项目 | 涉及金额 | 评价档次 优秀 / 良好 / 中（一般）), where the
    // evaluation is the table's subject (评价, 复核, 绩效): an award list graded by assessment (评定等级) pays its farms.
    // So do departments right of the tasks they carry out (支出方向 | 金额 | 实施单位 市财政局): a fund's lines, no applicants;
    // bureaus right of the matters they are rewarded for (激励事项 | 受激励单位) are paid.
    bodiesRunning: {
      values: new RegExp(`${GOVERNMENT_BODY.source}|${CORPS_REGIMENT.source}`),
      beside: ["project"],
      after: { fields: ["item"], headed: ["方向", "任务"], bodies: ["实施", "责任", "主管"] },
      unless: PAYEE_MARKS,
      graded: { field: "category", values: EVALUATION_GRADE, not: FIRM_ENDS, named: ["评价", "复核", "绩效"] },
    },
    // A township government applying right of a project named after its own town (某区某镇农村环境整治 | 某区某镇人民政府),
    // the fund's share beside the town's own money (中央补助 | 自筹): it runs the project, no payee of an award, so the
    // list is an allocation by project. A district government applying (某区人民政府) stays a payee.
    townsRunning: { values: TOWN_GOVERNMENT, after: ["project"], unless: PAYEE_MARKS, award: ["approved", "requested"], rest: ["自筹"] },
    // A scenic area, base or project named beside the firm running it (景区名称 | 运营单位 …有限公司): the firm is paid,
    // for its own project.
    // So is any object named (专利名称, 商标名称) left of the firms holding it beside their credit codes: the thing awarded.
    objectOfFirm: {
      objects: ["景区", "基地", "项目", "园区", "场馆"],
      bodies: ["单位", "主体", "企业", "公司", "对象", "人"],
      ends: FIRM_ENDS,
      field: "project",
      named: { words: ["名称"], beside: ["creditCode"] },
    },
    // A show, event or contest named with the body holding it right of it (展会名称 | 举办单位): the body is paid, whatever
    // it is (a firm, an association, a centre), for the show.
    heldBy: { objects: EVENT_NAMES, bodies: EVENT_HOLDERS, field: "project" },
    words: {
      exact: [
        "企业名称", "单位名称", "申报单位", "申请单位", "申报企业", "申请企业", "企业", "公司名称", "企业单位名称",
        "申报主体", "扶持对象", "项目单位", "项目承担单位", "承担单位", "获奖单位", "获奖企业", "受奖单位",
        "补助对象", "补贴对象", "资助对象", "奖励对象", "支持对象", "实施单位", "单位", "申报单位名称",
        "申请单位名称", "项目申报单位", "企业全称", "单位全称", "收款单位", "项目实施单位", "项目实施主体", "实施主体", "购机者", "购机者姓名", "申请人", "申请人姓名", "姓名",
        "农户姓名", "户主姓名", "受益人", "补助对象姓名", "enterprise", "company", "companyname",
        // The firm building a project a subsidy is paid for after it is built (先建后补: 项目承建单位).
        "项目承建单位", "项目承建企业", "承建单位", "承建企业", "项目承建主体", "承建主体",
        // A scenic area awarded for its grade or what it built (景区名称 白水洋景区): the awardee.
        "景区", "景区名称", "获奖景区", "受奖景区",
        // An interest subsidy on small loans pays each borrower, person or firm alike (借款人 王建军,
        // 承贷主体 …有限公司); lists of such loans write the borrower as 贷款人 too.
        // The firm investing in a project an award is paid for (项目名称 | 项目投资企业): the awardee.
        "项目投资企业", "项目投资单位", "项目投资主体", "投资企业", "投资单位", "投资主体", "投资方",
        "借款人", "借款人姓名", "借款人名称", "借款主体", "借款企业", "借款单位",
        "贷款人", "贷款人姓名", "贷款人名称", "贷款主体", "贷款企业", "承贷主体", "承贷企业", "承贷单位",
        // An investment-promotion award pays whoever brought the project in, named by that role (引资人（中介机构）).
        "引资人", "引资单位", "引资方", "引资中介", "中介机构", "中介机构名称", "引荐人", "引荐单位",
        // The firm leading a consortium or a joint project (牵头企业 beside 创新联合体名称), beside its credit code (onlyWith).
        ...LEAD_FIRM,
        // A list of boats, vehicles or machines paid for (船名号 | 船舶所有人 | 补助金额) pays each one's owner: the payee.
        "所有人", "所有权人", "所有人姓名", "船舶所有人", "渔船所有人", "船舶所有人姓名", "船主", "船主姓名", "船东", "船东姓名", "车主", "车主姓名",
      ],
      core: ["企业名称", "单位名称", "企业", "公司", "单位", "主体", "对象", "机构名称", "园区名称", "名称", "姓名", "申请人", "所有人", "所有权人"],
      // Below any heading naming the payee itself (户主姓名 beside its village).
      weak: VILLAGES,
      not: [
        "数", "代码", "编码", "地址", "所在地", "注册地", "性质", "属性", "类型", "规模", "负责人", "联系人", "电话", "类别", "行业", "金额",
        "资金", "项目", "设备", "科目", "品目", "货物", "物资", "政策", "指标", "产品", "文件", "奖项", "荣誉", "平台名称", "载体名称",
        "责任", "主管", "牵头", "负责", "经办", "承办", "受理", "审核", "推荐",
        // The office issuing a policy's document (发文单位, 发文机关) states it: no applicant.
        "发文",
        // A county's or town's name (县区名称) names a place money is allocated to, not an applicant;
        // nor is an industrial cluster (集群名称), many firms in one place, a body that applies (nor a
        // carrier or platform, 载体名称 / 平台名称: what the body runs).
        "县区", "区县", "县市", "市县", "乡镇", "镇街", "街镇", "地区", "地市", "行政区", "市州", "集群",
        // Nor is a belt or area of villages (示范带名称, 片区名称): a stretch of land money is allocated to.
        "示范带", "产业带", "经济带", "风光带", "示范片", "片区",
        // Whom an allocation passes money to (分配对象, 下达单位): a body or county allocated it, no applicant.
        "分配", "下达",
        // Whom a project plan's work benefits (受益对象 村集体、脱贫户): a group served, not a payee.
        "受益对象", "受益群体",
        // A fund's direction named (支持方向名称 种业创新中心建设) sorts the projects: no applicant; nor is a task named (任务名称),
        // though a body undertaking one (任务承担单位) is.
        "方向", "任务名称",
      ],
    },
  },
  creditCode: {
    label: both("统一社会信用代码", "credit code"),
    value: "creditCode",
    weight: 1.5,
    words: {
      exact: ["统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "组织机构代码", "creditcode", "uscc"],
      core: ["信用代码", "社会信用", "机构代码"],
    },
  },
  registeredIn: {
    label: both("注册地", "place of registration"),
    value: "place",
    words: {
      exact: [
        "注册地", "注册地址", "工商注册地", "所在地", "所在区域", "所属区域", "所属镇街", "所属街镇", "属地",
        "区域", "地区", "镇街", "街镇", "所在街镇", "所在镇街", "企业地址", "地址", "注册区域", "所属地区",
        "所在区县", "所属区", "区县", "乡镇", "乡镇街道", "镇街道", "所在乡镇", "所属乡镇", "乡镇(街道)", "镇(街道)",
        "所属镇(街道)", "街道", "所在镇", "所属镇", "所在园区", "所属园区",
        // A town or a development zone the row lies in (镇（开发区） 高新区 / 西太湖; the bracket's words
        // join the key when read): its place, though a zone's short name is no town the geography knows.
        "镇", "镇开发区", "镇园区", "镇区", "镇街开发区", "镇街园区", "镇街道开发区", "镇街道园区",
        // The city or county a row belongs to (所属市（州）, 所在县): its place, as a town is.
        "所属市", "所在市", "所属地市", "所属市州", "所属县", "所在县", "所属县区", "registeredin",
        // A province-wide list's city (地市 广州市, 所在城市): the applicant's place.
        "地市", "所在地市", "城市", "所在城市",
        // A province's list by city (设区市 石家庄市), its 所属 or 所在 too: the firm's place, no tax place.
        "设区市", "所属设区市", "所在设区市",
        // A province-wide list's 市州 alone (乐山, 成都): the firm's city, as 所属市州 is.
        "市州",
        // Where the project is (项目所在州（市）, 项目所在地 — brackets aside): the row's place, whoever is paid.
        "所在州", "所在州市", "州市", "所在市州", "所属州", "项目所在州", "项目所在市", "项目所在州市", "项目所在市州", "项目所在地", "项目所在县",
        "项目所在区县", "项目所在县区",
      ],
      core: ["注册地", "所在地", "地址", "属地", "区域", "镇街", "街镇", "街道", "地区", "区县", "乡镇", "所在镇", "所属镇"],
      // The places a list rewards (受表扬地区, 获奖地区) are its payees, not where a payee is registered.
      not: ["税务", "纳税", ...REWARDED],
    },
    // A province's list gives each firm's place as its city and county side by side (设区市 | 县（市、区）,
    // 地市 | 县区, 市州 | 县市区, 所属设区市 | 所属县（市、区）, 所属地区 | 所属县区): one place of registration, not a
    // second (tax) place; only a heading about tax (纳税地) names that. Heading keys,
    // brackets aside (县（市、区） is 县, 所属市（州） is 所属市). A prefecture over its counties (地（州、市）
    // is 地, 州（市） is 州, 地州市): 新疆's 地区 and 自治州, 内蒙古's 盟, a province's cities, one level.
    levels: {
      // A county beside its towns (县（市、区） | 乡镇（办事处）, a list of villages): one place too.
      upper: ["县", "县区", "区县", "县市区", "市", "设区市", "所属设区市", "所在设区市", "地区", "所属地区", "所在地区", "地市", "市州", "州市", "地州", "盟市", "地", "州", "地州市", "所属市", "所在市", "所属地市", "所在地市", "所属市州", "所在市州", "城市", "所在城市"],
      lower: ["县", "区", "县区", "区县", "县市", "市县", "县市区", "县市旗", "旗县", "所属县", "所在县", "所属区", "所在区", "所属县区", "所在县区", "所属区县", "所在区县", "所属县市区", "所在县市区", "乡镇", "乡镇街道", "镇街", "街镇"],
    },
  },
  taxRegisteredIn: {
    label: both("税务登记地", "place of tax registration"),
    value: "place",
    words: {
      exact: ["税务登记地", "纳税地", "纳税所在地", "税务登记所在地", "税收户管地", "税务所属地", "taxregisteredin"],
      core: ["税务登记", "纳税", "税收户管"],
    },
  },
  itemCode: {
    label: both("政策代码", "policy code"),
    value: "code",
    words: { exact: ["政策代码", "政策编码", "政策编号", "项目编号", "itemcode", "policycode"], core: ["政策代码", "政策编码"] },
    // Beside the policy item a row is paid under (扶持项目), its 项目编号 is that item's code (A02-1 in a
    // guide); beside a project of the firm's own (项目名称) it numbers the project, and is unread.
    onlyWith: { words: ["项目编号"], fields: ["item"], unless: ["project"] },
  },
  item: {
    label: both("政策项", "policy item"),
    value: "label",
    words: {
      exact: [
        "政策项", "政策项目", "扶持项目", "政策条款", "申报项目", "申报类别", "支持类别", "扶持类别", "补贴项目",
        "项目类别", "奖励类别", "奖励项目", "资助类别", "扶持方向", "政策名称", "项目类型", "支持方向", "奖项",
        "奖励类型", "补贴类别", "专项类别", "扶持内容", "奖励事项", "支持事项", "申报事项", "扶持类型", "资助项目",
        "品目", "机具品目", "补贴品目", "奖补事项", "奖补项目", "补助项目", "奖补类别", "补助类别", "奖补类型", "补助类型", "补贴类型", "措施", "政策措施", "支持措施", "扶持措施", "item", "policy",
        // The clause of a city's measures an award is paid under (支持条款 推进产业链强链补链): its item.
        "支持条款", "适用条款", "扶持条款", "奖励条款", "兑现条款", "对应条款", "条款", "政策依据条款",
        // The title an honour confers (称号 某市优秀企业家), each title its own award: the item.
        "称号", "荣誉称号", "获评称号", "授予称号", "所获称号",
      ],
      // A city's measures (措施, 支持措施) are its policy items, each paid under one.
      core: ["政策项", "扶持项目", "政策条款", "类别", "政策", "奖项", "奖励等级", "获奖等级", "措施", "条款"],
      weak: ["项目名称", "事项"],
      // What each award is for, offered as alternatives (项目 / 课题 / 其他, 类别/项目): no one project's name but
      // which undertaking the row is paid under, read as an item headed as a project is (扶持项目: resolve.ts).
      choices: ["项目", "课题", "事项", "类别", "类型"],
      // When a policy was last updated (政策更新时间) is a date, no policy item.
      not: ["代码", "编码", "编号", "金额", "资金", "文件", "依据", "贷款", "改进", "整改", "产品", "时间", "日期"],
    },
    // A loan's own particulars (贷款类型 存量 / 新增, 贷款银行) are no policy item; nor is what a
    // project builds, described (建设内容 土地平整、灌溉渠道): each row's own text; nor the body a project is
    // the project's (项目单位, 承担单位 …有限公司), left unread after it: whose the project is.
    notFromValues: [
      "贷款", "建设内容", "建设规模", "主要内容", "项目内容", "项目简介", "项目概况",
      "项目单位", "承担单位", "实施单位", "实施主体", "建设单位", "执行单位", "业主单位", "代建单位",
      // A person's name beside the firm (姓名, 负责人 | 企业名称): who the firm's award honours, no item.
      "姓名", "负责人",
      // A number the row is filed under (项目编号 ABC2023-01-0001, 受理编号): each firm's own, no item;
      // a policy's code is read by its heading words (itemCode) beside the item it codes.
      "编号", "代码", "编码",
      // Where the row's project lies (所在产业园, 所在园区): its own place, no item.
      "所在",
    ],
  },
  project: {
    label: both("项目名称", "project"),
    value: "text",
    words: {
      exact: [
        "项目名称", "项目", "建设内容", "项目内容", "项目简介", "申报项目名称", "项目全称", "获奖作品", "作品名称", "作品",
        "产品名称", "成果名称", "project",
        // The product a firm is named a champion for (单项冠军产品, 主导产品): what the row describes,
        // never a policy item (its values match none), so the title's item applies.
        "产品", "单项冠军产品", "冠军产品", "主导产品", "主营产品", "主要产品", "申报产品",
        // Why an award was given (奖励事由 一级升为特级): the deed is the row's undertaking, not the money.
        "奖励事由", "获奖事由", "奖励原因", "获奖原因", "奖励理由",
        // What the award or subsidy was given for, beside its kind (奖励类别 | 奖励内容 新建智慧闸机12台).
        "奖励内容", "补助内容", "奖补内容",
        // What each award was for, in the row's own words, beside its item (奖励事项 | 具体内容: what was done to earn it).
        "具体内容", "事项内容",
        // The project an intermediary brought in (引进项目 …产业园项目), for which it is paid.
        "引进项目", "引进项目名称", "招引项目", "招引项目名称", "落地项目", "落地项目名称",
        // A consortium its lead firm applies for (创新联合体名称 beside 牵头企业): the firms' joint undertaking, not the payee.
        "联合体", "联合体名称", "创新联合体", "创新联合体名称",
        // A project list's heading naming its sections' category and its lines' projects in one (项目类别和项目名称:
        // 一、产业发展项目 over 1 某镇…建设项目): the rows are projects, their category the section above them.
        ...CATEGORY_AND_NAME,
        // The event a firm held or ran (承办活动 …美食节): what a consumption-promotion award pays it for.
        "承办活动", "举办活动", "主办活动", "开展活动",
      ],
      // A cluster, carrier or platform supported (产业集群名称, 载体名称) is the row's undertaking, as a
      // project is, beside the body applying for it.
      // So is a studio a firm set up (外国专家工作室, 劳模创新工作室名称): what the award is for.
      // So is an event a firm held (活动名称, 农事节庆节庆名称, 展会名称): what a festival's or fair's subsidy is for.
      core: ["项目名称", "作品", "成果名称", "集群名称", "载体名称", "平台名称", "事由", "产品", "工作室", ...EVENT_NAMES],
      not: ["金额", "资金", "编号", "代码", "编码", "类别", "类型", "单位", "数"],
      // A project's fund named as the head word (项目资金名称, 政策或项目资金名称): the project, whatever
      // the words before it; 资金 there names the project's money, not an amount.
      heads: ["项目资金名称", "资金项目名称"],
    },
  },
  category: {
    label: both("政策类", "category"),
    value: "label",
    // Also the kind, size or level of each applicant (企业类型 中小微 / 大型, 示范级别 省级 / 市级, 晋档情况
    // the band a firm moved up to): it sorts the rows, and may name which of a policy's items applies.
    words: {
      exact: [
        "政策类", "政策类别", "政策方向", "政策大类", "企业类型", "企业类别", "企业规模", "单位类型", "单位类别", "单位性质", "企业性质",
        "主体类型", "主体类别", "规模", "级别", "示范级别", "认定级别", "示范名称", "试点示范名称", "示范类别", "示范类型", "category",
        "基地类型", "示范基地类型", "基地类别", "评定等级", "评定级别", "等级", "星级",
        // The size class an office assigned a firm (企业划型 小微型 / 大型): a refund's rate may hang on it.
        "企业划型", "划型", "规模划型", "企业规模划型",
        // The tier a firm is listed in on an equity market (挂牌层级 孵化层 / 新兴层): a grade, beside the award's kind.
        "挂牌层级", "所属层级", "层级",
        // The board a firm listed on (上市板块 主板 / 新三板): it sorts the firms, the award's item beside it.
        "上市板块", "挂牌板块", "板块", "所属板块",
        // The tier of an award each firm won (奖励等次 一等奖 / 二等奖): it sorts the rows under the title's item.
        "等次", "奖励等次", "获奖等次", "评定等次", "考核等次", "奖励档次", "获奖档次",
        // The kind of prize a project won (奖种 科技进步奖 / 技术发明奖), its grade the item paid under: it sorts the rows.
        "奖种", "获奖奖种", "奖励奖种",
        "所属行业", "行业类别", "行业分类", "行业", "所属产业", "产业类别", "产业分类", "产业", "所属产业类别",
        // The industrial cluster a firm is listed under (产业集群 宫灯产业集群): it sorts the firms (a
        // cluster's name beside no firm, 集群名称, is the row's project).
        "产业集群", "所属产业集群", "所属集群", "特色产业集群",
        // The sub-fund of the title's fund a project falls under (子专项 技术改造): it sorts the projects under the
        // title's item, naming no award of its own.
        "子专项", "所属子专项",
        // The kind of park, base or platform a row is (县域工业集中区, 孵化器), each its own standard.
        "园区类型", "园区类别", "基地类型", "基地类别", "载体类型", "载体类别", "平台类型", "平台类别",
        // Which of the notice's conditions a firm qualifies under (申报条件 第（1）项, 符合条件 条件二):
        // text sorting the rows, its figures beside it; no item, the title names the policy.
        "申报条件", "符合条件", "适用条件", "满足条件", "符合申报条件", "所符条件", "条件类别",
        // What a 推荐名单 recommends each unit as (推荐类别 省级示范家庭农场 / 重点支持家庭农场): it sorts
        // the rows as a level does, no policy item.
        "推荐类别", "推荐类型", "推荐级别", "推荐等级", "拟推荐类别", "拟推荐类型", "拟推荐级别",
        // The kind of borrower an interest subsidy pays (借款人类别 个人 / 小微企业): it sorts the payees; a
        // loan's own particulars (贷款类型) are still none.
        "借款人类别", "借款人类型", "贷款人类别", "贷款人类型", "借款主体类别", "借款主体类型", "贷款主体类别", "贷款主体类型",
        // How a recognition list admitted each firm (认定方式 直接认定 / 审核认定, 入库方式): a few ways repeated, sorting the rows.
        "认定方式", "认定类型", "认定类别", "入库方式", "认定途径", "入库类型", "入库类别",
        // The kind of thing each payee put in service or bought (车辆种类 燃料电池客车, 车型, 设备类别 洗扫车): it sorts
        // the rows beside their count and money, each kind its own row, no award (a catalog item among its values makes it the item).
        ...THING_KINDS,
      ],
      // The title a ministry's list gave the firm (试点示范名称 绿色工厂) sorts it like a level does; so
      // does the technical field, trade or industry a firm works in (技术领域 电子信息, 所属领域 新材料,
      // 所属产业 高端装备, 企业所属行业 纺织服装).
      core: [
        "企业类型", "企业规模", "划型", "单位类型", "主体类型", "级别", "晋档", "升档", "档次", "等次", "示范名称", "示范类别", "示范类型", "领域",
        // The kind of base a demonstration award went to (示范基地类型 苹果示范基地), the grade a unit
        // was rated (评定等级 4A级, 五星级): both sort the rows under the item.
        "基地类型", "评定等级", "评定级别",
        "所属行业", "所属产业", "行业类别", "产业类别",
        // The kind of project a row is (光伏类型 薄膜 / 常规, 储能类型): it sorts the rows under the
        // item (a 补贴类型 or 项目类型 naming the items is the item: exact there).
        "类型",
        "认定方式", "入库方式",
        // The trade a firm leads with (主导产业 茶叶, 主营行业 装备制造): it sorts the firms as 所属行业 does; read
        // below an exact kind (推荐类别), the list's one category.
        "主导产业", "主导行业", "主营产业", "主营行业",
        // The feature industry a recognised county or town is known for (特色产业 丝网): it sorts them as 主导产业 does.
        "特色产业",
        // Any kind of thing named as such (车辆种类, 设备种类): a fund's kind (资金种类) is excluded below.
        "种类",
      ],
      // The office over an industry (行业主管部门) is no industry; a loan's own particulars (贷款类型
      // 存量 / 新增) are no kind of the project.
      not: ["金额", "资金", "数", "部门", "主管", "贷款"],
    },
    // The department that put each firm forward (推荐部门 农业农村部门 / 水利部门, 推荐单位, 主管部门), a few repeated
    // down a recognition list, sorts the firms as a level does; each row's own office, or one for all, sorts nothing.
    // Its opinion (推荐意见 同意推荐) is no department.
    // So does the form of support a list gives each firm (扶持方式 股权投资 / 以奖代补), a few repeated (in words, a catalog's standard).
    fewRepeated: { heads: ["推荐部门", "推荐单位", "推荐机构", "主管部门", "主管单位", "扶持方式", "支持方式", "资助方式"], few: 8, line: "enterprise" },
    // Read from values alone, a column naming each row apart (品种名称 桂糖58号 | 选育单位) is what the payee is
    // awarded for, not a category; a crop's kind repeated down a list (蔬菜, 柑橘) still sorts it.
    apartAs: "project",
  },
  requested: {
    label: both("申请金额", "requested amount"),
    value: "amount",
    words: {
      exact: [
        "申请金额", "申报金额", "申请资金", "申报资金", "申请补贴金额", "申请扶持金额", "申请资助金额", "申请补助金额",
        "申请奖励金额", "申报补助金额", "申请额", "requested",
        // An award's fund asked for (申请奖补资金): 奖补 is neither 补 nor 奖励 alone.
        "申请奖补资金", "申报奖补资金", "申请奖补金额", "申报奖补金额",
        // The sum a firm's project was entered in the project pool with (入库金额), beside the money a
        // list proposes for it: what was asked, the award reckoned as a share of it.
        "入库金额", "入库资金", "入库额", "项目入库金额", "项目入库资金", "申报入库金额",
      ],
      // 申报 or 申请 with the money word between (申报奖励金额, 申报补贴资金): the sum asked, as 申报金额 is.
      core: ["申请金额", "申报金额", "申请资金", "申请补", "申请扶持", "申请资助", "申请奖励", "申请", "入库金额", "入库资金", ...ASKED_WITH_MONEY_WORD],
      not: ["比例", "率", "日期", "时间", "编号", "投资", "基数"],
    },
  },
  approved: {
    label: both("核定金额", "approved amount"),
    value: "amount",
    words: {
      exact: [
        "核定金额", "审定金额", "批准金额", "拟扶持金额", "扶持金额", "补贴金额", "资助金额", "奖励金额", "补助金额",
        "核定补贴金额", "金额", "扶持资金", "补助资金", "奖励资金", "资助资金", "补贴资金", "拟安排资金", "安排资金",
        "下达资金", "下达金额", "分配金额", "拟补助金额", "拟奖励金额", "拟资助金额", "拟补贴金额", "奖补金额", "奖补资金",
        "核定扶持金额", "核定资助金额", "核定奖励金额", "立项金额", "核定额", "支持金额", "资金", "单台补贴额", "单台补贴",
        "单机补贴额", "补贴额", "补助额", "奖励额", "资助额", "扶持额", "工程合同造价", "合同造价",
        "贴息金额", "拟贴息金额", "贴息资金", "拟贴息资金", "贴息额", "贷款贴息金额", "贷款贴息资金",
        // What a list proposes to allocate (拟下达金额) is the award; what was allocated before is not (not: 下达).
        "拟下达金额", "拟下达资金", "拟补助资金", "拟奖励资金", "拟资助资金", "拟补贴资金",
        // A research grant is 经费 (拟下达经费, 立项经费): the money decided for each project.
        "拟下达经费", "拟安排经费", "安排经费", "拟资助经费", "资助经费", "拟补助经费", "补助经费", "拟支持经费", "支持经费",
        "立项经费", "拟立项经费", "科技经费", "拟下达科技经费",
        // Money a list proposes to pay (拟拨付) is its award; what was or is being paid (已拨付, 本次拨付) is not.
        "拟拨付金额", "拟拨付资金", "拟拨付奖励资金", "拟拨付奖励金额", "拟拨付补助资金", "拟拨付补助金额", "拟拨付补贴资金",
        "拟拨付补贴金额", "拟拨付扶持资金", "拟拨付扶持金额", "拟拨付资助资金", "拟拨付奖补资金", "approved", "amount",
        // All a payee is due (应拨付资金总额), paid in shares of progress (本次拨付至90%): the award as a whole.
        "应拨付资金总额", "应拨付总额", "应拨资金总额", "应拨总额", "应拨付补助总额", "应拨付补助资金总额", "应拨补助资金总额",
        "应拨付奖补资金总额", "应拨付奖励资金总额", "应补助资金总额", "应补助总额", "应拨付金额合计", "应拨付资金合计",
        // What a payout list honours the policy with (兑现金额, 拟兑现资金: 兑现 = paying what a policy promises): the award.
        "兑现金额", "兑现资金", "兑现额", "拟兑现金额", "拟兑现资金", "兑现奖励金额", "兑现奖励资金", "兑现补助金额", "兑现补助资金",
        // A prize's money paid to each winner (奖金（万元）): the award itself; its standard (奖金标准) is a catalog's.
        "奖金", "奖金额", "奖金金额", "奖金数额",
      ],
      core: [
        "核定", "审定", "扶持金额", "补贴金额", "资助金额", "奖励金额", "补助金额", "金额", "资金", "奖补", "奖励", "补助", "补贴", "资助",
        "扶持", "贴息",
        // A refund of contributions paid (稳岗返还: 实际返还) is what such a list awards.
        "返还",
      ],
      // The loan an interest subsidy is reckoned on (贷款金额, 实际到位贷款) is its base, never the award.
      // A sum entered in the project library (入库金额) or forecast (预计返还金额) is not yet the award.
      // Money a firm raises itself (自筹资金) beside the grant is part of the investment, never the award.
      not: ["申请", "申报", "拨付", "已拨", "上期", "本期", "应拨", "下达", "本次", "累计", "尾款", "首次", "入库", "预计", "自筹", ...LOAN, ...MONEY_NOT],
    },
    // A list paying firms it names by credit code (企业名称 | 统一社会信用代码 | 拨付金额), with no award, asked sum,
    // earlier or later payment, nor payment date beside: its one sum paid, whatever its words, is what it grants each.
    alone: { field: "paidNow", without: ["requested", "paidBefore", "paidTotal", "dueThisYear", "paidOn"], with: ["creditCode"] },
  },
  base: {
    label: both("计算基数", "base"),
    value: "amount",
    // Reckoned per unit, the base is counted in its measure (计算依据（万千瓦时）).
    measured: true,
    words: {
      exact: [
        "计算基数", "基数", "新增设备投资", "新增设备投资额", "核定投资额", "投资额", "设备投资额", "研发费用",
        "研发投入", "研发费用投入", "项目总投资", "总投资", "实际投资", "审定投资额", "设备投资", "技术改造投资",
        "审核确认投资额", "确认投资额", "认定投资额", "审核投资额", "核定设备投资额", "审定设备投资额", "核定研发费用", "购房总价",
        "年租金", "租金", "实付年租金", "实付租金", "实际支付租金", "已付租金", "购房款", "合同金额", "项目合同金额", "合同额", "合同总额",
        "合同总金额", ...INTEREST_PAID, ...INTEREST_DUE, "base",
        // Equipment bought (按不超过设备购置额的10%): what an investment award's rate is taken of.
        "设备购置额", "设备购置金额", "设备购置费", "设备购置投资", "购置设备金额", "设备购置款",
        // The base an award is reckoned on, named with its support (补助基数): 基数 closing it, the support word only says whose.
        "补助基数", "补贴基数", "奖励基数", "奖补基数", "扶持基数", "资助基数", "补助计算基数", "补贴计算基数", "奖励计算基数", "奖补计算基数",
      ],
      // What a rate is taken of: an investment, R&D spending, a fiscal contribution or its increase
      // (2020年地方财力贡献新增部分), the increase of a measured figure (产值增量, 营业收入增加额), the
      // rent a rent subsidy is a share of (实付年租金; 租金补贴 is the award, refused by 补贴 below).
      core: [
        "基数", "租金", "投资", "研发费用", "研发投入", "财力贡献", "贡献新增", "新增部分", "贡献额", "实际缴纳", "缴纳", "增量", "增加额",
        "增长额", "新增额", ...LOAN,
        // A tax paid (实缴城镇土地使用税, 实缴房产税): what an award refunding a share of it is taken of.
        "实缴",
        // Contributions paid (全年缴费): what a refund of them (稳岗返还 at 60%) is taken of; the
        // contract a share of which is given (按项目合同金额给予10%的补助).
        "缴费", "合同金额", "合同额",
        // What was put into building it (实际建设投入, 项目总投入) or into equipment and software
        // (信息化设备和软件投入), as an investment is; the interest a loan bears (按年基准利率计算的利息,
        // 当年应付利息), an interest subsidy's share of it; and the figure a list says the award was
        // reckoned on (计算依据（万千瓦时）, 核算依据).
        "投入", "利息", "计算依据", "核算依据",
      ],
      // A declared figure is a weaker base than a confirmed one: it only hints. The loan (LOAN, a
      // core word) yields to the interest paid on it (INTEREST_PAID, exact) when a list gives both.
      weak: ["申报投资额", "申请投资额"],
      // (A rate, 利率, is no interest; the subsidy of interest, 贴息 / 利息补贴, no base.)
      not: ["比例", "率", "补贴", "补助", "奖励", "扶持", "贴息", "人数"],
    },
  },
  year: {
    label: both("年度", "year"),
    value: "year",
    words: {
      exact: [
        "年度", "申报年度", "年份", "年", "批次年度", "资金年度", "year",
        // The year a grant was made (下达年度) in a list of several years' grants: each row's own year.
        "下达年度", "下达年份", "安排年度", "安排年份", "拨付年度", "分配年度", "资金下达年度",
        // The year a firm entered a recognition list (入围年度 2018 | 2017): each row's own year.
        "入围年度", "入围年份", "入选年度", "入选年份",
      ],
    },
  },
  batch: {
    label: both("批次", "batch"),
    value: "text",
    words: { exact: ["批次", "申报批次", "batch"], core: ["批次"] },
  },
  paidBefore: {
    label: both("上期拨付", "paid before"),
    value: "amount",
    words: {
      exact: [
        "上期拨付", "已下达", "前期拨付", "已拨付", "已拨付金额", "上年拨付", "以前年度拨付",
        "已预拨", "已预拨资金", "前期预拨", "已拨资金",
        // A subsidy paid to people in instalments a year (一期发放 500 | 二期发放 1000): the first.
        "一期发放", "第一期发放", "首期发放", "一期发放金额", "第一期发放金额", "首期发放金额", "第一次发放", "首次发放",
        ...FIRST_INSTALMENT,
      ],
      core: ["上期", "已下达", "前期", "首期", "已预拨", "一期发放", "第一期发放", "第一次发放", ...FIRST_INSTALMENT],
    },
    // Prepayments split by purpose (已预拨资金 | 工程款 | 工作经费): the first is the payment, the rest parts.
    repeat: "parts",
  },
  paidNow: {
    label: both("本期拨付", "paid now"),
    value: "amount",
    words: {
      exact: [
        "本期拨付", "本次下达", "本次拨付", "尾款拨付", "本年拨付", "本期下达", "第二次拨付", "二期拨付", "本次拨款",
        // The instalment after a first (首次拨款 | 第二次拨款): what is paid now.
        "第二次拨款", "二期拨款", "第二批拨付", "第二批拨款", "第二期拨付", "第二期拨款",
        "本次预拨", "本次预拨资金", "本批下拨", "本批下拨资金", "第一批下拨", "第一批下拨资金", "下拨资金",
        "先期兑付", "先期兑付金额", "本次兑付", "本次兑付金额",
        "二期发放", "第二期发放", "二期发放金额", "第二期发放金额", "第二次发放", "本次发放", "本期发放",
        // The money paid of a grant, plainly named (下达资金 | 拨付金额 | 拨付日期): what was paid of it so far.
        "拨付金额", "拨付资金", "实拨金额", "实拨资金", "实际拨付金额", "实际拨付资金",
        // Part of the grant paid in advance, the rest on completion (预拨付30%, 首拨50%): what is paid now.
        "预拨付", "预拨", "预拨金额", "预拨资金", "预拨付金额", "预拨付资金", "预拨款", "首拨", "首拨金额", "首拨资金",
      ],
      core: ["本期", "本次", "尾款", "下拨", "先期兑付", "二期发放", "第二期发放", "第二次发放", "预拨"],
      // An advance already made or made before (已预拨, 前期预拨) is paid before; one added up, paid in all.
      not: ["已", "前期", "上期", "累计"],
    },
    // A first instalment with no later one, nor a sum paid in all, beside it (拟下达经费 | 首次拨款):
    // the payment the list makes now.
    alone: { field: "paidBefore", without: ["paidTotal", "dueThisYear"], words: FIRST_INSTALMENT },
    repeat: "parts",
  },
  paidTotal: {
    label: both("累计拨付", "paid in all"),
    value: "amount",
    words: {
      exact: ["累计拨付", "已拨付合计", "累计下达", "拨付合计", "累计已拨付", "实际拨付合计", "累计发放", "发放合计", "累计发放金额", "已发放合计"],
      core: ["累计拨付", "累计下达", "累计发放"],
    },
  },
  dueThisYear: {
    label: both("本年应拨付", "due this year"),
    value: "amount",
    words: {
      exact: ["本年应拨付", "本年应拨", "当年应拨付", "本年到期", "本年应付", "应拨付金额", "本年应拨付总额", "本期应拨", "本期应拨付"],
      core: ["应拨付", "应拨"],
      // A sum due in all (应拨付资金总额) is the whole award, not one year's share of it.
      not: ["总额", "合计"],
    },
  },
  approvalYear: {
    label: both("立项年度", "year approved"),
    value: "year",
    words: { exact: ["立项年度", "核定年度", "批复年度", "立项年份", "认定年度", "首次认定年度", "首次认定年份", "认定年份"], core: ["立项"] },
  },
  paidOn: {
    label: both("拨付日期", "payment date"),
    value: "date",
    words: {
      exact: ["拨付日期", "拨款日期", "下拨日期", "支付日期", "拨付时间", "付款日期", "paidon", "paymentdate"],
      core: ["拨付日期", "拨付时间", "支付日期", "日期"],
      // A trip's dates (入省日期, 抵达日期, 出发日期, 返程日期) are when a group travelled, no payment; money booked
      // in (入账日期, 到账日期, 拨入日期, 转入日期) still is.
      not: ["入", "抵", "到达", "出发", "返程", "离"],
      heads: ["入账日期", "到账日期", "拨入日期", "转入日期", "汇入日期", "拨入时间"],
    },
  },
} as const satisfies FieldSet<string>;

export type RegisterField = keyof typeof REGISTER_FIELDS;
