import type { CorpusLayout } from "../types";

// 每日甘肃网 2023-05-25: 庆阳市 issues 22 measures to promote investment, among them six 财政激励奖励措施 (落地投资 by investment band, 头部企业,
// 引资机构和引资人, 高端人才, 基金招商, 重组盘活). Laid out as the measures' table (序号 | 激励措施 | 奖励标准) on one sheet and a year's award list
// (企业 | 代码 | 县（区） | 激励措施 | 固定资产投资（亿元） | 奖励金额（万元）) on another.
export const layout: CorpusLayout = {
  id: "qingyang-2023-investment-promotion-incentives-and-awards",
  source: {
    title: "重奖“招商功臣”！庆阳出台22条措施“招大商”（财政激励措施表及兑现名单据正文拟）",
    url: "http://gansu.gansudaily.com.cn/system/2023/05/25/030783805.shtml",
    publisher: "新甘肃·甘肃日报（庆阳市人民政府措施）",
    date: "2023-05-25",
    changes:
      "The news report gives the measures in prose; the measures' wording in the 奖励标准 column is the report's (3亿元、4亿元 分别奖励300万元、400万元; " +
      "50亿元以上制造业项目 一事一议; 头部企业 财力500万元以上 200万元; 引资机构和引资人 单个项目最高不超过50万元; 高端人才 年收入10%), the measure names " +
      "are the report's own headings (奖励落地投资, 奖励头部企业, 奖励引进主体, 奖励高端人才), the 一事一议 row named by us. The award list is wholly ours " +
      "(firms, codes with 庆阳 county codes 6210xx, counties, figures). Planted: 宁县 project with 4.1亿元 invested awarded 450万元, above the " +
      "largest band's 400万元; the 一事一议 standard, which states no money.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "conditions-not-caps", "one-matter-one-discussion", "rate-item", "credit-codes", "counties-as-places", "item-per-row", "mixed-units", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "table-from-prose", "news-report", "prefecture-fund", "gansu"],
  settings: { district: "庆阳市" },
  sheets: [
    {
      name: "财政激励措施",
      widths: [6, 18, 90],
      rows: [
        ["庆阳市促进招商引资财政激励奖励措施", null, null],
        ["序号", "激励措施", "奖励标准"],
        [1, "奖励落地投资", "对新引进项目固定资产投资额度达到3亿元、4亿元的，分别奖励300万元、400万元。"],
        [2, "重大制造业项目奖励", "对新引进固定资产投资达到50亿元以上的制造业项目，采取一事一议的方式进行奖励。"],
        [3, "奖励头部企业", "对新引进的头部企业，在庆阳设立区域总部或分支机构，正式运营一年后在庆阳市形成财力达到500万元以上的，给予200万元财政资金奖补。"],
        [4, "奖励引进主体", "对成功引进重大项目的引资机构和引资人，引进项目建成后，按照项目固定资产投资额分档奖励，单个项目奖励最高不超过50万元。"],
        [5, "奖励高端人才", "对新引进固定资产投资额在5亿元以上的项目，建成投产后，对注册企业中年收入超过20万元的高端人才，按照年收入10%的比例给予一次性资金奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 12, 16, 16, 16],
      rows: [
        ["庆阳市2023年招商引资财政激励奖励拟兑现名单", null, null, null, null, null, null],
        ["序号", "企业（单位）名称", "统一社会信用代码", "所在县（区）", "激励措施", "固定资产投资（亿元）", "奖励金额（万元）"],
        [1, "庆阳陇东新能源装备有限公司", "91621000MAK9N4FRDY", "西峰区", "奖励落地投资", 3.2, 300],
        [2, "庆城岐黄中药饮片有限公司", "91621021MAKNU9BME1", "庆城县", "奖励落地投资", 4.6, 400],
        [3, "环县天环煤化工有限公司", "91621022MA4G6XEFFY", "环县", "奖励头部企业", null, 200],
        [4, "宁县九龙川新材料有限公司", "91621026MA5WYJ1EGG", "宁县", "奖励落地投资", 4.1, 450],
        [5, "甘肃陇东招商服务有限公司", "91621000MA0F2AH4UA", "西峰区", "奖励引进主体", null, 30],
        [6, "正宁子午岭投资咨询有限公司", "91621025MAQCGJTGMH", "正宁县", "奖励引进主体", null, 50],
        ["合计", null, null, null, null, null, 1430],
      ],
      merges: ["A1:G1", "A9:F9"],
      numberFormats: { "F3:F8": "0.0", "G3:G9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "财政激励措施", kind: "catalog", headerRow: 2, lastRow: 7, columns: { B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "财政激励措施", cell: "C4", why: "一事一议 states no money; 50亿元以上 is a condition, never a cap" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G6", why: "奖励落地投资 is 300万元 or 400万元 by band, at most 400; 450 awarded, 50万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "财政激励措施", cell: "C3", why: "分别奖励300万元、400万元: at most 400; 3亿元 and 4亿元 are the bands' conditions" },
      { rule: "catalog.unreadable-standard", sheet: "财政激励措施", cell: "C5", why: "a fixed 200万元; 财力达到500万元以上 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "财政激励措施", cell: "C6", why: "单个项目奖励最高不超过50万元: a maximum of 50" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G4", why: "奖励落地投资 400 is the top band's own award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "奖励头部企业 200 = its fixed 200万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G8", why: "奖励引进主体 50 = 最高不超过50万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G9", why: "the 合计 is no award" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G9", why: "300 + 400 + 200 + 450 + 30 + 50 = 1,430" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", why: "no row is under the rate measure (奖励高端人才); 固定资产投资（亿元） is the band's figure, no base of a rate" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 激励措施 is a row of the measures' sheet" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "six different firms" },
      { rule: "register.ineligible-location", sheet: "兑现名单", why: "西峰区, 庆城县, 环县, 宁县 and 正宁县 are all in 庆阳市" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", why: "each code's characters 3–8 are 庆阳市 itself (621000, the two 西峰区 firms) or the row's own county (621021 庆城, 621022 环县, 621026 宁县, 621025 正宁)" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", why: "every code's check character is right" },
    ],
  },
};
