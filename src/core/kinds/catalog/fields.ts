/** The fields of a policy catalog (政策目录, 支持标准一览表). */
import { both } from "../../i18n/localised";
import type { FieldSet } from "../define";
import { SORTING_HEADS } from "../composition/fields";

export const CATALOG_FIELDS = {
  seq: { label: both("序号", "No."), value: "seq", words: { exact: ["序号", "序", "no", "no.", "#", "行次", "栏次"] } },
  code: {
    label: both("政策代码", "policy code"),
    value: "code",
    words: { exact: ["政策代码", "代码", "编号", "编码", "政策编号", "政策编码", "条款编号", "档次", "code"], core: ["代码", "编码"] },
    // Measures laid out as their clauses (条款 | 第三条, 第四条), nothing else numbering the rows: the
    // clause number is the row's own.
    cited: { words: ["条款"], values: /^第[0-9一二三四五六七八九十百]+[条款项]/, own: true },
  },
  item: {
    label: both("政策项", "policy item"),
    value: "label",
    words: {
      exact: [
        "政策项", "政策名称", "政策项目", "项目", "项目名称", "扶持项目", "支持项目", "奖励项目", "补贴项目", "事项", "支持事项",
        "扶持事项", "奖励事项", "支持方向", "扶持方向", "奖励类别", "奖项", "奖项名称", "奖励名称", "政策条目",
        "条目", "措施", "政策措施", "支持措施", "扶持措施", "具体措施",
        "补贴名称", "补贴项目名称", "item", "name",
        // An honour's title (称号 某市杰出企业家), each carrying its own award.
        "称号", "荣誉称号", "获评称号", "授予称号",
        // The kind of grant each fixed award is for (补助类别 | 补助标准 每次给予…元: one sum per trip or event), as an award list names its grants.
        "补助类别", "补贴类别", "奖补类别", "资助类别",
        // A grade of award (等级 入榨量300—600万吨（含）), each a band of the firm's figure with its fixed sum: an award
        // list names its rows' grades (补助等级) by these words.
        "等级", "补助等级", "奖励等级", "奖补等级",
        // The class of goods a consumer subsidy is for (补贴品类 冰箱, 手机), each with its own standard.
        "品类", "补贴品类", "产品品类", "商品品类",
      ],
      // A measure of any kind (激励措施 奖励落地投资) names its clause; a plan's 主要措施 has no standard beside it.
      core: ["政策项", "项目", "事项", "政策名称", "奖项", "条目", "措施"],
      weak: ["政策条款", "条款"],
      not: ["代码", "编码", "编号", "标准", "金额", "文件", "依据", "类型", "比例", "办法"],
    },
    // What is supported (支持内容 场馆租金补助) beside the standard in prose (扶持标准 给予…30%的资金支持): the measures' names.
    // So does the kind of support or the rule's name (奖补方式 投资补助 | 适用对象 | 补助标准; 实施细则).
    contentBesideStandard: {
      field: "standard", contents: ["支持内容", "扶持内容", "奖励内容", "补助内容", "资助内容"], standards: ["标准"], named: ["奖补方式", "扶持方式", "支持方式", "资助方式", "实施细则"], between: "beneficiary",
    },
  },
  // Who a clause is for (企业, 县区（园区）, 企业、企业家): a catalog's column, never a register's
  // applicants; the items' names when the table has no other (扶持对象 | 扶持标准). An award list's 奖补对象 names
  // payees, but beside standards in prose (每个一次性奖补…万元) it is the kind of body each standard is for.
  beneficiary: {
    label: both("支持对象", "beneficiary"),
    value: "text",
    words: {
      exact: ["支持对象", "奖励对象", "奖补对象", "扶持对象", "适用对象", "补助对象", "资助对象", "补贴对象", "申报对象", "兑现对象", "享受对象", "适用范围", "支持范围"],
    },
  },
  category: {
    label: both("政策类", "category"),
    value: "label",
    words: { exact: ["政策类", "政策类别", "类别", "政策方向", "方向", "category"], not: ["数"] },
    // A direction (支持方向, 扶持方向) left of the clauses' own names (奖励事项) groups them, often merged
    // down over them: it is their category, the 事项 the item.
    over: { field: "item", words: ["方向", "类别"] },
    // The sector a clause is for (产业 文化旅游, 所属行业), a few repeated down the clauses, groups them; so does
    // the office in charge of each (主管部门 民政局, 责任单位), which never names a clause; so does the place each
    // standard belongs to (地区 a city and each of its counties, several lines each: their awards in one list).
    // So does a type of measure (改造类型 普通技术改造, 智能化改造) over whom each standard is for; a 类型 of cap
    // (定额, 比例) is the cap type's, read by its values before this. So does the fund each clause is paid from
    // (资金渠道 市级工业和信息化专项资金, a few repeated); one stating amounts is no name and sorts nothing.
    fewRepeated: {
      heads: SORTING_HEADS,
      few: 12,
      uses: ["主管部门", "主管单位", "责任部门", "责任单位", "牵头部门", "牵头单位", "地区", "区域", "县区", "区县", "市县", "类型", "资金渠道", "资金来源渠道"],
    },
    // Places each with its own policy (地区 | 鼓励政策, a province merged over its cities): the places name the items.
    placesAsLines: ["地区", "区域", "县区", "区县", "市县"],
    // Policies named by category alone (政策类别 上市奖励 | 政策内容 …分别给予100-500万元): each row its own policy.
    linesBesideMoney: ["standard"],
  },
  capType: {
    label: both("上限类型", "cap type"),
    value: "capType",
    words: { exact: ["上限类型", "标准类型", "补贴类型", "补贴方式", "支持方式", "扶持方式", "奖励方式", "资助方式", "captype"], core: ["方式", "类型"] },
  },
  capAmount: {
    label: both("上限金额", "cap amount"),
    value: "amount",
    words: {
      exact: ["上限金额", "补贴上限", "补贴标准", "最高金额", "上限", "扶持上限", "最高补贴", "最高补贴金额", "最高限额", "限额", "标准金额", "capamount", "cap"],
      core: ["上限", "最高", "限额"],
    },
  },
  rate: {
    label: both("比例", "rate"),
    value: "share",
    // A share of a whole (占公共财政支出比重（%）) is a part over the total, no share a subsidy pays.
    words: { exact: ["比例", "补贴比例", "扶持比例", "资助比例", "奖励比例", "补助比例", "rate"], core: ["比例"], not: ["比重"] },
  },
  base: {
    label: both("计算基数", "base"),
    value: "text",
    words: { exact: ["计算基数", "基数", "补贴基数", "计算依据", "base"], core: ["基数"] },
  },
  standard: {
    label: both("支持标准", "standard"),
    value: "standard",
    // A city's list of standards by level (国家标准 | 省级标准 | 市级标准) applies its own.
    ownLevel: true,
    // A digest's 奖励金额 over 给予最高10万元补助, 10万元至100万元: its caps in words. So is a rule's 支持方式 over
    // 按合同金额给予10%的补助，最高不超过200万元 (its short words, 贴息 or 补助, stay the cap type's).
    inWords: { words: ["金额", "资金", "额度", "方式"] },
    words: {
      exact: [
        "支持标准", "扶持标准", "补贴标准", "奖励标准", "资助标准", "支持方式及标准", "扶持方式及标准", "奖励办法", "支持政策",
        "政策内容", "补助标准", "扶持政策", "奖补政策", "支持力度", "奖励额度", "标准", "政策条款", "条款", "条款内容", "政策要点",
        "支持内容", "扶持内容", "奖励内容", "兑现标准", "鼓励政策", "standard",
      ],
      core: ["标准", "额度", "力度", "条款", "内容"],
    },
  },
  year: { label: both("年度", "year"), value: "year", words: { exact: ["年度", "年份", "year"] } },
  document: {
    label: both("依据文件", "document"),
    value: "text",
    // The rules an item is paid under (补贴项目管理办法, 实施办法) name its documents.
    words: {
      // Where an item comes from (政策来源, 文件出处): the document that states it.
      exact: [
        "依据文件", "政策依据", "文件", "依据", "文件依据", "政策文件", "文号", "管理办法", "实施办法", "政策来源", "文件来源", "来源文件",
        "政策出处", "文件出处", "document",
      ],
      core: ["依据", "文件", "文号", "管理办法", "实施办法"],
    },
    // The clause a row comes from (条款 | 第8条) is where in the document its standard is stated; so is
    // its number alone (（二）, (3), or bare: 2) once the rows have a number of their own, share a
    // clause (one clause cut into a row per award writes its number on every row) or one reaches into
    // a clause (（二）1. beside （一）: the rows follow the document's outline, none numbers a row). The number may be
    // written as the document's outline writes it, up to three levels deep (一、, 1., 1.（2）, 一（二）, 1.①).
    // A column of where each item comes from (来源, 出处) citing documents by title (《…措施》, perhaps with a
    // clause after it) is the document too.
    cited: {
      words: ["条款", "条文", "来源", "出处"],
      values: /^(?:第[0-9一二三四五六七八九十百]+[条款项]|《[^《》]+》)/,
      numbers: /^(?:[(（][0-9一二三四五六七八九十百]+[)）]|[0-9]+|(?:[(（][0-9一二三四五六七八九十百]+[)）]|[0-9一二三四五六七八九十百]+[、.．]?|[①-⑳]){1,3})$/,
    },
  },
} as const satisfies FieldSet<string>;

/**
 * Headings of a digest's policy column (扶持/奖励政策, 支持政策) beside caps written in words under a money
 * heading (奖励金额): each row's measure, which award lists name their grants by.
 */
export const POLICY_HEADS = ["政策", "措施"] as const;

export type CatalogField = keyof typeof CATALOG_FIELDS;
