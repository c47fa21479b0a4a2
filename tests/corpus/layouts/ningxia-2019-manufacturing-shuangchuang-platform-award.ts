import type { CorpusLayout } from "../types";

// 宁夏回族自治区工业和信息化厅、财政厅 2019-12-11: the region's award for firms whose platforms the ministry named 2019 国家
// 制造业“双创”平台试点示范项目, sent down as a 资金计划表 (附件1). Laid out as that annex: the 地市 beside each firm, its code, the
// platform (项目名称), the award in 万元 under the header, a 合计 and a note.
export const layout: CorpusLayout = {
  id: "ningxia-2019-manufacturing-shuangchuang-platform-award",
  source: {
    title: "自治区工业和信息化厅 自治区财政厅关于下达2019年国家制造业“双创”平台试点项目奖励资金计划的通知（附件1：自治区2019年国家制造业“双创”平台试点项目资金计划表）",
    url: "http://tangongye.com/cre/detail/article_id/1484.html",
    publisher: "宁夏回族自治区工业和信息化厅、宁夏回族自治区财政厅",
    date: "2019-12-11",
    changes:
      "The notice is as published (宁党发〔2017〕26号, 宁财(企)发〔2017〕699号; 资金主要用于项目建设及运营支出; 附件1 资金计划表, 附件2 the " +
      "ministry's list). The stored copy does not show the annex, so its columns (序号 | 地市 | 企业名称 | 统一社会信用代码 | 项目名称 | " +
      "奖励资金（万元） | 备注), the 合计 and the note are ours, as are the firms, codes (银川 640104/640105/640106, 石嘴山 640202, 吴忠 " +
      "640302) and amounts. The notice states no maximum: the catalog's 100万元 a platform is chosen for the corpus. Planted: 西夏精工's " +
      "code with a wrong check character; 大武口新材料 120 above the 100 maximum; 兴庆云创 a second time for another platform.",
  },
  classes: ["register", "item-in-title", "credit-codes", "cities-as-places", "region-wide-fund", "project-name-column", "wanyuan-in-header", "remark-column", "notes-under-table", "ningxia"],
  settings: { district: "宁夏回族自治区", asOf: "2019-12-20" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 10, 30, 22, 30, 14, 10],
      rows: [
        ["附件1", null, null, null, null, null, null],
        ["自治区2019年国家制造业“双创”平台试点项目资金计划表", null, null, null, null, null, null],
        ["序号", "地市", "企业名称", "统一社会信用代码", "项目名称", "奖励资金（万元）", "备注"],
        [1, "银川市", "宁夏兴庆云创科技有限公司", "91640104MA8C6A432M", "基于工业互联网的“双创”服务平台", 80, null],
        [2, "银川市", "宁夏金凤智造信息技术有限公司", "91640106MAP5DDC77A", "制造业“双创”资源共享平台", 100, null],
        [3, "银川市", "宁夏西夏精工装备股份有限公司", "91640105MAEM0XP605", "大中小企业融通型“双创”平台", 60, null],
        [4, "石嘴山市", "石嘴山大武口新材料有限公司", "91640202MA7JJNX541", "新材料协同研发“双创”平台", 120, null],
        [5, "吴忠市", "吴忠利通乳业科技有限公司", "91640302MA310BL318", "乳业“双创”孵化平台", 50, null],
        [6, "银川市", "宁夏兴庆云创科技有限公司", "91640104MA8C6A432M", "工业APP开发者社区平台", 40, null],
        ["合计", null, null, null, null, 450, null],
        ["注：奖励资金主要用于项目建设及运营支出，请相关主管部门及时将资金拨付给企业并做好监督工作。", null, null, null, null, null, null],
      ],
      merges: ["A2:G2", "A10:E10", "A11:G11"],
      numberFormats: { "F4:F10": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "国家制造业“双创”平台试点项目",
        capType: "max",
        capAmount: 100,
        unit: "万元",
        year: 2019,
        document: "宁财(企)发〔2017〕699号（每个平台最高100万元：为语料选定，通知未载）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "approved" },
        year: 2019,
        item: "国家制造业“双创”平台试点项目",
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D6", why: "91640105MAEM0XP605: the check character for the first 17 is 4, not 5" },
      { rule: "cap.exceeded", cell: "F7", why: "大武口新材料 120.00 above the 100万元 maximum a platform: 20.00万元 over" },
      { rule: "register.duplicate", cell: "F9", why: "宁夏兴庆云创科技有限公司 (91640104MA8C6A432M) already in row 4 for the same item in 2019; a second platform is the same firm, item and year" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F5", why: "金凤智造 100.00 is the maximum exactly" },
      { rule: "cap.exceeded", cell: "F10", why: "合计 450 is not an award" },
      { rule: "register.ineligible-location", why: "银川市, 石嘴山市 and 吴忠市 are cities of 宁夏" },
      { rule: "register.location-code-mismatch", why: "every valid code is issued in 宁夏 (6401xx, 640202, 640302)" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog; 项目名称 names each firm's platform, not a policy item" },
      { rule: "register.unpaid", why: "a 2019 plan sent down on 12-11, nothing due before the as-of date's deadline has passed unpaid" },
      { rule: "input.unreadable-value", why: "附件1, the 项目名称 and the note are text by nature" },
    ],
  },
};
