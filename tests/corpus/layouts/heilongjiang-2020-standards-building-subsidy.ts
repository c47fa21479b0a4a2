import type { CorpusLayout } from "../types";

// 黑龙江省工信厅 等五部门 2020-09-21: the province's 民营企业和“老字号”企业加强标准体系建设 subsidy, 58 firms and 108 standards
// put up for comment — an annex by 市（地）, the standards each firm led named in one cell and counted beside the amount.
export const layout: CorpusLayout = {
  id: "heilongjiang-2020-standards-building-subsidy",
  source: {
    title: "2020年黑龙江省民营企业和“老字号”企业加强标准体系建设补资金项目拟奖励名单（公示；附件据正文拟）",
    url: "http://www.chinacir.com/2020_zcjd/601894.shtml",
    publisher: "黑龙江省工业和信息化厅 黑龙江省卫生健康委员会 黑龙江省市场监督管理局 黑龙江省财政厅 黑龙江省药品监督管理局",
    date: "2020-09-21",
    changes:
      "As published: the annex's title (its own wording, 补资金 included), the 实施细则 (黑工信企业规联发〔2018〕17号), the five offices, " +
      "the 公示 dates 9-21 to 9-25 and the rule of at most two provincial awards a firm a year (a note under the table). The stored copy " +
      "links the annex as a PDF it does not show, so the columns (序号 | 市（地） | 企业名称 | 统一社会信用代码 | 主导制（修）订标准名称 | " +
      "标准数（项） | 拟奖励金额（万元）), the nine rows, firms, codes and amounts are ours; the maximum of 50万元 a firm is chosen for the " +
      "corpus. Planted: 大庆石化仪表 given 60万元; 绥化寒地米业's code with a wrong check character; 齐齐哈尔鹤城酱菜 listed twice.",
  },
  classes: ["register", "max-cap", "item-in-title", "title-with-typo", "credit-codes", "cities-as-places", "prefecture-as-place", "count-column", "names-in-one-cell", "province-wide-fund", "wanyuan-in-header", "notes-under-table", "heilongjiang"],
  settings: { asOf: "2020-09-25" },
  sheets: [
    {
      name: "拟奖励名单",
      widths: [6, 12, 30, 22, 44, 12, 16],
      rows: [
        ["附件", null, null, null, null, null, null],
        ["2020年黑龙江省民营企业和“老字号”企业加强标准体系建设补资金项目拟奖励名单", null, null, null, null, null, null],
        ["序号", "市（地）", "企业名称", "统一社会信用代码", "主导制（修）订标准名称", "标准数（项）", "拟奖励金额（万元）"],
        [1, "哈尔滨市", "哈尔滨北味坊食品有限公司", "91230100MAXUX9PUD7", "红肠加工技术规范；风干肠", 2, 20],
        [2, "齐齐哈尔市", "齐齐哈尔鹤城酱菜有限公司", "91230200MABXBHKPDM", "酱腌菜生产卫生规范", 1, 10],
        [3, "牡丹江市", "牡丹江镜泊山珍食品有限公司", "91231000MAPMKBMMB3", "干制黑木耳；黑木耳菌包生产技术规程；黑木耳分级", 3, 30],
        [4, "大庆市", "大庆石化仪表股份有限公司", "91230600MAU9MXMFBT", "智能压力变送器；油田计量仪表校准规范；防爆温度变送器；流量计在线检定方法", 4, 60],
        [5, "绥化市", "绥化寒地米业有限公司", "91231200MAFFPFB9XA", "寒地粳稻米；稻谷低温储藏技术规程", 2, 20],
        [6, "大兴安岭地区", "大兴安岭北极蓝莓科技有限公司", "91232700MAUUF9XXKW", "野生蓝莓果酒", 1, 10],
        [7, "哈尔滨市", "哈尔滨松北机电设备制造有限公司", "91230100MAMDXPRPDX", "电动机能效测试方法；小型风力发电机组", 2, 20],
        [8, "牡丹江市", "牡丹江北疆木业有限公司", "91231000MAXFB9UMFT", "桦木实木地板；木质门窗通用技术条件；人造板甲醛释放量快速检测", 3, 30],
        [9, "齐齐哈尔市", "齐齐哈尔鹤城酱菜有限公司", "91230200MABXBHKPDM", "酱腌菜生产卫生规范", 1, 10],
        ["合计", null, null, null, null, 19, 210],
        ["注：同一企业同一年度在省工信厅获得省级奖补政策不超过2项（不含新增规上企业奖励），请涉及企业自主选择是否参与该项目奖励。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A13:E13", "A14:G14"],
      numberFormats: { "G4:G13": "0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "民营企业和“老字号”企业加强标准体系建设补助",
        capType: "max",
        capAmount: 50,
        unit: "万元",
        year: 2020,
        document: "黑龙江省鼓励民营企业和“老字号”企业加强标准体系建设补助资金政策实施细则（黑工信企业规联发〔2018〕17号；每户最高50万元为语料选定）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", G: "approved" },
        year: 2020,
        item: "民营企业和“老字号”企业加强标准体系建设补助",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G7", why: "大庆石化仪表 60万元 against the 50万元 maximum a firm: 10万元 over" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "91231200MAFFPFB9XA: the check character for 91231200MAFFPFB9X is T, not A" },
      { rule: "register.duplicate", cell: "G12", why: "齐齐哈尔鹤城酱菜 (91230200MABXBHKPDM) again, same item and year as row 5" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G13", why: "合计 210 is no award (20+10+30+60+20+10+20+30+10 = 210)" },
      { rule: "register.ineligible-location", why: "no district is set: a provincial list over its cities, and 大兴安岭地区 is a prefecture of 黑龙江" },
      { rule: "register.location-code-mismatch", why: "each code's 3–8 characters name the row's own city or prefecture (2301 哈尔滨, 2302 齐齐哈尔, 2310 牡丹江, 2306 大庆, 2312 绥化, 2327 大兴安岭)" },
      { rule: "cap.unknown-policy", why: "the item is the title's (the support word 补助 aside, as the title words it) and is in the catalog" },
      { rule: "composition.line-mismatch", why: "标准数（项） is a count of standards, no quantity priced by a unit amount" },
      { rule: "register.unpaid", why: "a list put up for comment" },
      { rule: "input.unreadable-value", why: "the standards' names and the note under the table are text" },
    ],
  },
};
