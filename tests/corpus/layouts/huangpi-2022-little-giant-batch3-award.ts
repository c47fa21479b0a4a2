import type { CorpusLayout } from "../types";

// 黄陂区科技和经信局 2023-02-21: the 2022 central SME fund's 专精特新 awards (武财产〔2022〕980号) for the district's third batch of
// national 重点“小巨人” firms — three firms, named in the notice. Laid out as the short list such a 公示 carries: firm, code, street,
// batch, 奖补金额（万元）, 备注, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "huangpi-2022-little-giant-batch3-award",
  source: {
    title: "2022年中央中小企业发展专项资金（“专精特新”企业奖补）第三批国家级专精特新重点“小巨人”企业奖补情况公示（标题据正文拟）",
    url: "http://chabeiquan.com.cn/news/info/id/4932.html",
    publisher: "黄陂区科学技术和经济信息化局",
    date: "2023-02-21",
    changes:
      "As published: the fund and its document (武财产〔2022〕980号), the three firms (武汉武新电气科技股份有限公司, 武汉市精华减速机制造有限公司, 武汉惠强" +
      "新能源材料科技有限公司), the 公示 period (2023年2月21日至2月27日) and the office. The notice names the firms in prose and states no amounts: the " +
      "table, codes, streets and amounts are ours, and the cap (at most 200万元 a firm for the year) was chosen for the corpus. Planted: 精华减速机 " +
      "given 260; its code names 东西湖区 (420112) while the list places it in 黄陂.",
  },
  classes: ["register", "max-cap", "item-in-title", "batch-in-title", "fund-part-in-brackets", "credit-codes", "towns-as-places", "batch-column", "wanyuan-in-header", "remark-column", "total-at-foot", "signoff-line", "hubei"],
  settings: { asOf: "2023-02-21", district: "黄陂区" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 30, 22, 12, 30, 14, 12],
      rows: [
        ["2022年中央中小企业发展专项资金（“专精特新”企业奖补）第三批国家级专精特新重点“小巨人”企业奖补名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在街道", "认定批次", "奖补金额（万元）", "备注"],
        [1, "武汉武新电气科技股份有限公司", "91420116177693520G", "横店街道", "第三批国家级专精特新重点“小巨人”", 200, null],
        [2, "武汉市精华减速机制造有限公司", "91420112MA4KQ5B8XK", "滠口街道", "第三批国家级专精特新重点“小巨人”", 260, null],
        [3, "武汉惠强新能源材料科技有限公司", "91420116MA4KN3E6JC", "武湖街道", "第三批国家级专精特新重点“小巨人”", 200, null],
        ["合计", null, null, null, null, 660, null],
        ["公示期：2023年2月21日至2月27日（5个工作日）。公示接待电话：61109201", null, null, null, null, null, null],
        [null, null, null, null, "黄陂区科学技术和经济信息化局", null, null],
        [null, null, null, null, "2023年2月21日", null, null],
      ],
      merges: ["A1:G1", "A6:E6", "A7:G7", "E8:G8", "E9:G9"],
      numberFormats: { "F3:F6": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "中央中小企业发展专项资金（“专精特新”企业奖补）",
        capType: "max",
        capAmount: 200,
        unit: "万元",
        year: 2022,
        document: "武财产〔2022〕980号（cap chosen for the corpus: at most 200万元 a firm for the year）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 6,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "batch", F: "approved" },
        year: 2022,
        item: "中央中小企业发展专项资金（“专精特新”企业奖补）",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F4", why: "精华减速机 260.00 against a maximum of 200万元: 60.00万元 (600,000元) over" },
      { rule: "register.location-code-mismatch", cell: "C4", why: "placed in 滠口街道 (黄陂区), but characters 3–8 of its code, 420112, name 东西湖区" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F3", why: "200.00, at the maximum, not above it" },
      { rule: "cap.exceeded", cell: "F6", why: "合计 660.00 is no award" },
      { rule: "register.invalid-credit-code", why: "the three codes are well formed with correct check characters" },
      { rule: "register.ineligible-location", why: "横店街道, 滠口街道 and 武湖街道 are 黄陂区's own streets" },
      { rule: "register.duplicate", why: "three firms, each once" },
      { rule: "cap.unknown-policy", why: "the item is the title's fund with its part in brackets, and in the catalog" },
      { rule: "input.unreadable-value", why: "认定批次 and the 公示 line are text by nature" },
    ],
  },
};
