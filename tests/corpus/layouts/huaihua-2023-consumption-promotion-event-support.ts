import type { CorpusLayout } from "../types";

// 怀政办发〔2023〕9号 (2023-03-15): 怀化's plan to carry out 湘政办发〔2023〕4号 — clause 1 gives the executors of city-level consumption-promotion
// events 3万元–5万元 each (a prose cap), beside a 3000万元 voucher pool. The clause as a one-row policy table and a 拟安排名单 of ours beside it.
export const layout: CorpusLayout = {
  id: "huaihua-2023-consumption-promotion-event-support",
  source: {
    title: "怀化市人民政府办公室关于印发《怀化市贯彻落实〈关于打好经济增长主动仗实现经济运行整体好转的若干政策措施〉实施方案》的通知（怀政办发〔2023〕9号）第1条（拟安排名单为本库拟）",
    url: "http://xinhuang.gov.cn/xinhuang/c136362/202309/5d257f2fdcd74284a52394929127634a.shtml",
    publisher: "怀化市人民政府办公室 (reposted by 新晃侗族自治县政府)",
    date: "2023-03-15",
    changes:
      "As published: clause 1's text (消费券 3000万元 pool; 3万元-5万元 for the executors of city-level 消费促进活动), the events it names and the documents. " +
      "Ours: the policy table's form and the whole 拟安排名单 (firms, codes, events, amounts). Planted: a 新晃 dealer given 6万元 for one event " +
      "(above the 5万元 top); 洪江市 firm's code ends K where the GB 32100 check character is L.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "range-cap", "pool-not-a-cap", "document-column", "responsible-unit-column", "item-per-row", "project-column", "credit-codes", "individual-business-code", "counties-and-districts-as-places", "autonomous-county", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "city-policy", "hunan"],
  settings: { district: "怀化市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 24, 70, 22, 14],
      rows: [
        ["怀化市贯彻落实《关于打好经济增长主动仗实现经济运行整体好转的若干政策措施》实施方案（摘录）", null, null, null, null],
        ["序号", "政策名称", "政策内容", "文件依据", "责任单位"],
        [1, "市级消费促进活动资金支持", "联合金融机构、平台企业整合3000万元资金用于发放消费券，精心组织“嗨购幸福怀化”消费季、“味道湖南怀化味道”美食节等重点消费促进活动。对承办市级消费促进活动的执行单位或商贸流通企业，给予3万元-5万元的资金支持。", "怀政办发〔2023〕9号、湘政办发〔2023〕4号", "市商务局"],
      ],
      merges: ["A1:E1"],
    },
    {
      name: "拟安排名单",
      widths: [6, 34, 22, 16, 30, 24, 14],
      rows: [
        ["2023年怀化市消费促进活动资金支持拟安排名单", null, null, null, null, null, null],
        ["序号", "执行单位", "统一社会信用代码", "所在县市区", "承办活动", "政策名称", "支持金额（万元）"],
        [1, "怀化市鹤城区汇佳商贸有限公司", "91431202MA4QK3T7XM", "鹤城区", "“嗨购幸福怀化”消费季启动仪式", "市级消费促进活动资金支持", 5],
        [2, "中方县湘鑫百货有限公司", "91431221MA4L8R2N5J", "中方县", "“味道湖南怀化味道”美食节", "市级消费促进活动资金支持", 4],
        [3, "新晃侗族自治县侗乡汽车销售服务有限公司", "91431227MA4T6W1C3Q", "新晃侗族自治县", "春季汽车促销月", "市级消费促进活动资金支持", 6],
        [4, "怀化市鹤城区锦溪夜市餐饮店", "92431202MA4P9E6H27", "鹤城区", "舞水河畔夜间消费节", "市级消费促进活动资金支持", 3],
        [5, "洪江市安江镇嘉禾超市有限公司", "91431281MA4RB5J0YK", "洪江市", "家电促销周", "市级消费促进活动资金支持", 4],
        [6, "会同县连山商贸有限公司", "91431225MA4M2D8K6U", "会同县", "农产品展销会", "市级消费促进活动资金支持", 3],
        ["合计", null, null, null, null, null, 25],
      ],
      merges: ["A1:G1", "A9:F9"],
      numberFormats: { "G3:G9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 3, columns: { B: "item", C: "standard", D: "document" } },
      { sheet: "拟安排名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "item", G: "approved" }, year: 2023 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟安排名单", cell: "G5", why: "市级消费促进活动资金支持 gives 3万元-5万元 an executor; 6 is 1万元 above the top of the range" },
      { rule: "register.invalid-credit-code", sheet: "拟安排名单", cell: "C7", why: "91431281MA4RB5J0YK: the GB 32100 check character of 91431281MA4RB5J0Y is L, not K" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟安排名单", cell: "G3", why: "5 is the top of the range exactly" },
      { rule: "cap.exceeded", sheet: "拟安排名单", cell: "G9", why: "合计 25 is no award" },
      { rule: "composition.total-mismatch", sheet: "拟安排名单", cell: "G9", why: "5 + 4 + 6 + 3 + 4 + 3 = 25" },
      { rule: "cap.unknown-policy", why: "every row's 政策名称 is the catalog's item" },
      { rule: "register.invalid-credit-code", sheet: "拟安排名单", cell: "C6", why: "92431202MA4P9E6H27 is a valid 个体工商户 code (92…)" },
      { rule: "register.ineligible-location", sheet: "拟安排名单", cell: "D5", why: "新晃侗族自治县 is a county of 怀化市" },
      { rule: "register.ineligible-location", sheet: "拟安排名单", cell: "D7", why: "洪江市 is a county-level city of 怀化市" },
      { rule: "register.duplicate", sheet: "拟安排名单", cell: "B6", why: "two 鹤城区 firms, different names and codes: not a duplicate" },
      { rule: "cap.exceeded", sheet: "政策条款", cell: "C3", why: "the 3000万元 voucher pool is not a per-firm cap" },
    ],
  },
};
