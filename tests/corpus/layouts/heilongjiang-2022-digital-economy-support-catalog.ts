import type { CorpusLayout } from "../types";

// 黑龙江省人民政府办公厅 2022-03-22 (黑政办规〔2022〕12号): 黑龙江省支持数字经济加快发展若干政策措施, 一、培育引进市场主体 items 1–4 in prose.
// Laid out as a policy catalog: 序号 | 政策事项 | 支持标准 | 责任单位 | 政策依据, the section heading merged across, item 2's four awards a row each.
export const layout: CorpusLayout = {
  id: "heilongjiang-2022-digital-economy-support-catalog",
  source: {
    title: "黑龙江省人民政府办公厅关于印发黑龙江省支持数字经济加快发展若干政策措施的通知（黑政办规〔2022〕12号）（政策清单表据正文拟）",
    url: "https://shui5.cn/article/01/165215.html",
    publisher: "黑龙江省人民政府办公厅",
    date: "2022-03-22",
    changes:
      "The notice is prose. As published: the section 一、培育引进市场主体, its items 1 支持引进龙头企业, 2 支持骨干企业做大做优, 3 支持发展总部经济, " +
      "4 支持平台招商, their standards and 责任单位 (abridged). Ours: the table, its title and headings, the split of item 2's four awards into rows " +
      "of their own (2-1 … 2-4, with names we gave them) and the 政策依据 column. Nothing is altered in the standards; what a reviewer must catch " +
      "is the document's own: 2-4 (独角兽、瞪羚企业) is rewarded 按贡献率给予特殊奖励, a standard with no figure.",
  },
  classes: ["catalog", "policy-catalog", "table-from-prose", "section-heading-row", "prose-caps", "several-maxima-in-one-standard", "rate-with-maximum", "increment-per-unit", "conditions-not-caps", "words-only-standard", "document-column", "responsible-unit-column", "province-policy", "heilongjiang"],
  settings: { district: "黑龙江省" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 22, 70, 26, 24],
      rows: [
        ["黑龙江省支持数字经济加快发展若干政策措施清单（表据正文拟）", null, null, null, null],
        [null, null, null, null, "金额单位：万元"],
        ["序号", "政策事项", "支持标准", "责任单位", "政策依据"],
        ["一、培育引进市场主体", null, null, null, null],
        ["1", "支持引进龙头企业", "对引进企业总投资在2亿—5亿元和5亿元以上的项目，按照同期市场报价利率，给予新增贷款5年期限贴息，每年单个项目贴息额度分别不超过500万元和1000万元", "省商务厅、省财政厅，各市（地）人民政府（行署）", "黑政办规〔2022〕12号第1条"],
        ["2-1", "数字制造企业营业收入首次突破奖励", "对营业收入首次超过1亿元、5亿元、10亿元的我省数字制造企业，分别给予一次性100万元、300万元、500万元奖励", "省发改委、省工信厅、省科技厅、省财政厅", "黑政办规〔2022〕12号第2条"],
        ["2-2", "百强企业落户奖励", "对全国电子信息百强、软件百强、互联网百强企业在我省落户且投资超过2亿元的，经认定给予一次性200万元奖励", "省发改委、省工信厅、省科技厅、省财政厅", "黑政办规〔2022〕12号第2条"],
        ["2-3", "首次进入百强奖励", "对我省企业首次进入全国电子信息百强、软件百强、互联网百强，经过认定且在我省入统纳税的，给予一次性200万元奖励", "省发改委、省工信厅、省科技厅、省财政厅", "黑政办规〔2022〕12号第2条"],
        ["2-4", "独角兽、瞪羚企业特殊奖励", "对我省企业成长为独角兽、瞪羚企业的，按贡献率给予特殊奖励", "省发改委、省工信厅、省科技厅、省财政厅", "黑政办规〔2022〕12号第2条"],
        ["3", "支持发展总部经济", "对数字经济领域世界和国内500强、龙头企业及境内外上市企业来我省设立企业（集团）总部、区域总部和功能性总部的，五年内分别按其主营业务收入的1%、0.8%、0.5%给予奖励，每年奖励额最高1000万元、500万元、300万元", "省商务厅、省财政厅", "黑政办规〔2022〕12号第3条"],
        ["4", "支持平台招商", "对每年招商签约落地项目达10家（单个设计类企业研发设计人员不低于20人、单个制造类和平台类项目实际固定资产投资不低于5000万元）的平台，给予100万元奖励，每超过1家增加10万元，每个平台最高300万元", "省商务厅、省财政厅", "黑政办规〔2022〕12号第4条"],
        ["注：本清单据《黑龙江省支持数字经济加快发展若干政策措施》一、培育引进市场主体整理，具体以原文件为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:E4", "A12:E12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "万元", headerRow: 3, lastRow: 11, columns: { A: "code", B: "item", C: "standard", E: "document" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C9", why: "独角兽、瞪羚企业特殊奖励: 按贡献率给予特殊奖励 names no figure, no rate and no maximum: no cap can be read" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C6", why: "fixed awards by band (100 / 300 / 500万元): at most the largest, 500; 1亿元 / 5亿元 / 10亿元 are conditions" },
      { rule: "catalog.unreadable-standard", cell: "C7", why: "a fixed 200万元; 投资超过2亿元 is a condition" },
      { rule: "catalog.unreadable-standard", cell: "C8", why: "a fixed 200万元" },
      { rule: "catalog.unreadable-standard", cell: "C11", why: "最高300万元 is the maximum; 不低于20人 / 不低于5000万元 say which platforms qualify and 每超过1家增加10万元 is the step under it" },
      { rule: "catalog.unreadable-standard", cell: "A4", why: "一、培育引进市场主体 is the section heading, no item" },
      { rule: "catalog.unreadable-standard", cell: "A12", why: "the note under the table is no item" },
      { rule: "cap.unknown-policy", why: "a catalog alone: no register names any item" },
    ],
  },
};
