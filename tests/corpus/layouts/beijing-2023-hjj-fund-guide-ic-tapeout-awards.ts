import type { CorpusLayout } from "../types";

// 北京市经济和信息化局 2023-02: 2023年北京市高精尖产业发展资金实施指南（第一批）, 方向1 集成电路设计产品首轮流片奖励 — MPW or 全掩膜 first
// tape-out, 按照流片费用一定比例予以奖励, 单个企业奖励金额最高不超过3000万元 (详见附件1). The direction as a one-row catalog of prose caps,
// a 拟奖励名单 of ours beside it.
export const layout: CorpusLayout = {
  id: "beijing-2023-hjj-fund-guide-ic-tapeout-awards",
  source: {
    title: "2023年北京市高精尖产业发展资金实施指南（第一批）方向1 集成电路设计产品首轮流片奖励（拟奖励名单为本库拟）",
    url: "http://m.cdsnjd.com/news/yqgh/2023/0227/18632.html",
    publisher: "北京市经济和信息化局（高新院转载）",
    date: "2023-02-27",
    changes:
      "As published: 方向1's wording and its 3000万元 cap per firm, laid out as 方向 | 支持内容 | 支持标准 | 依据. The other directions are cut. The second " +
      "sheet (firms, codes, 流片费用, awards, 合计) is ours. Planted: a firm awarded 3,200 (over 3,000); 北京朝阳芯视界's code with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-cap", "share-not-fixed", "document-column", "base-column", "credit-codes",
    "districts-as-places", "item-in-title", "wanyuan-in-header", "total-at-foot", "notes-under-table", "city-policy", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "支持方向",
      widths: [10, 26, 70, 30],
      rows: [
        ["2023年北京市高精尖产业发展资金实施指南（第一批）重点方向（节选）", null, null, null],
        ["方向", "支持事项", "支持标准", "依据"],
        ["方向1", "集成电路设计产品首轮流片奖励", "支持集成电路设计企业开展多项目晶圆（MPW）或工程产品首轮流片（全掩膜），对符合条件的企业按照流片费用一定比例予以奖励，单个企业奖励金额最高不超过3000万元。", "《北京市高精尖产业发展资金管理办法》"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟奖励名单",
      widths: [6, 30, 22, 10, 16, 14],
      rows: [
        ["2023年集成电路设计产品首轮流片奖励拟奖励企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在区", "首轮流片费用（万元）", "奖励金额（万元）"],
        [1, "北京海淀微核半导体设计有限公司", "91110108EUHUXQEEGA", "海淀区", 4200, 1260],
        [2, "北京朝阳芯视界科技有限公司", "91110105UJ65RGFLKG", "朝阳区", 2600, 780],
        [3, "北京昌平睿算集成电路有限公司", "91110114R53E942HRN", "昌平区", 12800, 3200],
        [4, "北京亦庄晶驰微电子有限公司", "91110115WNL1KCYELM", "大兴区", 9500, 2850],
        [5, "北京中关村量芯科技有限公司", "91110108PKL5K0TG2R", "海淀区", 1500, 450],
        ["合计", null, null, null, 30600, 8540],
        ["注：奖励按首轮流片费用的30%测算，单个企业不超过3000万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A8:D8", "A9:F9"],
      numberFormats: { "E3:F8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持方向", kind: "catalog", headerRow: 2, lastRow: 3, columns: { B: "item", C: "standard", D: "document" } },
      { sheet: "拟奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 8, columns: { B: "enterprise", C: "creditCode", D: "place", E: "base", F: "approved" }, year: 2023 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F5", why: "3,200 (30% of 12,800 = 3,840, but) above the 3,000万元 cap a firm" },
      { rule: "register.invalid-credit-code", sheet: "拟奖励名单", cell: "C4", why: "91110105UJ65RGFLKG: the GB 32100 check character of 91110105UJ65RGFLK is F, not G" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F6", why: "2,850 is under 3,000" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F8", why: "合计 8,540 is no award" },
      { rule: "cap.rate-exceeded", sheet: "拟奖励名单", cell: "F3", why: "the guide's share is 一定比例, not a stated rate; 1,260 = 30% of 4,200 as the note says" },
      { rule: "register.ineligible-location", sheet: "拟奖励名单", cell: "D6", why: "大兴区 is in 北京市" },
      { rule: "register.duplicate", sheet: "拟奖励名单", cell: "B7", why: "a second 海淀区 firm, a different name and code" },
    ],
  },
};
