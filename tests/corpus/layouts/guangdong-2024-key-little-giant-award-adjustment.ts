import type { CorpusLayout } from "../types";

// 广东省工业和信息化厅 2024-11 (粤工信融资函〔2024〕25号): the adjusted plan of central awards for the first batch of 重点“小巨人” firms in
// their third year and the third batch in their second, sent to the cities; the firms and sums are in the annex, which the stored copy does
// not show. Laid out as such an annex: 序号 | 地市 | 企业名称 | 统一社会信用代码 | 批次 | 支持年度 | 奖补资金（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "guangdong-2024-key-little-giant-award-adjustment",
  source: {
    title: "广东省工业和信息化厅关于下达中央财政支持第一批重点“小巨人”企业第三年和第三批重点“小巨人”企业第二年奖补资金调整安排计划的通知（粤工信融资函〔2024〕25号；附件据通知拟）",
    url: "http://www.cauzg.com/portal/Article/index.html?id=472&category_id=1",
    publisher: "广东省工业和信息化厅",
    date: "2024-11-07",
    changes:
      "The stored copy (a garbled repost) gives the notice: the two batches and years, 财建〔2024〕142号, the 30-day rule for passing money on and that " +
      "firms no longer supported must return what was advanced; the annex (支持对象、分配额度) is not shown. Laid out as its list; firms, codes and sums " +
      "are ours, codes valid for their cities unless planted. Planted: 江门市蓝拓电机有限公司's code ends H (its check character is G); 深圳市联芯微测控技术" +
      "有限公司 listed again for 第一批 第三年 on row 11.",
  },
  classes: ["register", "credit-codes", "cities-as-places", "batch-column", "support-year-text", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "province-wide-list", "annex-not-in-stored-copy", "table-from-notice", "guangdong"],
  sheets: [
    {
      name: "附件",
      widths: [6, 10, 34, 22, 10, 10, 14],
      rows: [
        ["附件", null, null, null, null, null, null],
        ["中央财政支持重点“小巨人”企业奖补资金调整安排计划表", null, null, null, null, null, null],
        ["序号", "地市", "企业名称", "统一社会信用代码", "批次", "支持年度", "奖补资金（万元）"],
        [1, "广州市", "广州瑞拓精密传动科技有限公司", "91440101MA5C3K7T1R", "第一批", "第三年", 200],
        [2, "深圳市", "深圳市联芯微测控技术有限公司", "91440300MA5F8Q2D6X", "第一批", "第三年", 200],
        [3, "佛山市", "佛山市顺德区恒锐智能装备有限公司", "91440600MA4UJ6W3X2", "第一批", "第三年", 180],
        [4, "东莞市", "东莞市科锐新材料股份有限公司", "91441900MA51R7HE2P", "第三批", "第二年", 220],
        [5, "江门市", "江门市蓝拓电机有限公司", "91440700MA53C9LP4H", "第三批", "第二年", 160],
        [6, "珠海市", "珠海市汇能光电科技有限公司", "91440400MA4WY2R58A", "第三批", "第二年", 200],
        [7, "深圳市", "深圳市联芯微测控技术有限公司", "91440300MA5F8Q2D6X", "第一批", "第三年", 200],
        ["合计", null, null, null, null, null, 1360],
        ["注：请各地市在收到资金后30日内拨付至企业；不再继续支持的企业须收回预拨资金。", null, null, null, null, null, null],
      ],
      merges: ["A2:G2", "A11:F11", "A12:G12"],
    },
  ],
  settings: { district: "广东省" },
  expect: {
    tables: [
      { sheet: "附件", kind: "register", unit: "万元", headerRow: 3, lastRow: 11, columns: { B: "place", C: "enterprise", D: "creditCode", E: "batch", G: "approved" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D8", why: "91440700MA53C9LP4H: the check character of 91440700MA53C9LP4 is G, not H" },
      { rule: "register.duplicate", cell: "C10", why: "深圳市联芯微测控技术有限公司 (91440300MA5F8Q2D6X) again for 第一批 第三年, first on row 5" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G11", why: "200 + 200 + 180 + 220 + 160 + 200 + 200 = 1360" },
      { rule: "register.ineligible-location", why: "every city is in 广东省" },
      { rule: "register.location-code-mismatch", why: "each code's 4401/4403/4406/4419/4407/4404 matches its city" },
      { rule: "register.duplicate", cell: "C5", why: "the first listing is not the duplicate" },
      { rule: "register.unpaid", why: "a plan sent down records no payments" },
    ],
  },
};
