import type { CorpusLayout } from "../types";

// 黄冈市 2023-08: 促进预制菜产业高质量发展若干措施 — standards in prose (a rate of the fixed-asset
// investment with a maximum and paid in batches; two thresholds in one sentence, 分别给予30万元、50万元;
// 1% of a product's sales at most 50万元), set out as a 政策清单, and the year's proposed awards under it.
export const layout: CorpusLayout = {
  id: "huanggang-2023-prepared-food-measures",
  source: {
    title: "我市发布预制菜产业高质量发展八条措施（《促进预制菜产业高质量发展若干措施》，鄂东晚报 2023-08-01）",
    url: "http://www.660au.com/qq/2023/0801/080188517.html",
    publisher: "黄冈市（鄂东晚报报道，转载）",
    date: "2023-08-01",
    changes:
      "The stored copy is a newspaper report quoting the measures' standards. Three clauses are quoted in 支持标准 as published; " +
      "支持事项 is taken from each clause's subject. The fourth clause (新引进固定资产投资2亿元及以上的重点预制菜加工项目 …) is cut " +
      "off in the stored copy: its standard (按“一事一议”方式给予支持) is ours. The second sheet, the year's proposed awards " +
      "(序号 | 企业名称 | 统一社会信用代码 | 支持事项 | 计算基数 | 拟奖补金额), is ours: firms, codes and figures invented. Planted: " +
      "遗爱湖食品 45 where 1% of 3,800 is 38; 红安老区食品 60 where 1% of 6,200 is 62 but the 50 maximum binds.",
  },
  classes: ["catalog", "register", "prose-caps", "rate-with-cap", "levels-in-one-sentence", "unreadable-standard", "two-sheets", "base-column", "credit-codes", "wanyuan-caption"],
  settings: { district: "黄冈市" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 26, 80],
      rows: [
        ["黄冈市促进预制菜产业高质量发展若干措施奖补标准", null, null],
        ["序号", "支持事项", "支持标准"],
        [
          1,
          "新引进预制菜加工项目",
          "对新引进固定资产协议投资额达到5000万元及以上的预制菜加工项目，按不超过其实际固定资产投资额的5%给予奖补，奖补资金根据项目进度分批拨付，补助金额最高不超过5000万元。",
        ],
        [2, "预制菜生产企业营业收入首次突破", "对营业收入首次突破5000万元、1亿元的预制菜生产企业，分别给予30万元、50万元一次性奖补。"],
        [3, "预制菜“单品”销售奖补", "对预制菜“单品”销售额超过1000万元的企业，按“单品”年度实际销售额的1%给予最高不超过50万元的一次性奖补。"],
        [4, "重点预制菜加工项目", "对新引进固定资产投资2亿元及以上的重点预制菜加工项目，按“一事一议”方式给予支持。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "奖补名单",
      widths: [6, 30, 22, 24, 14, 14],
      rows: [
        ["2023年黄冈市预制菜产业发展奖补资金拟安排表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "支持事项", "计算基数", "拟奖补金额"],
        [1, "黄冈楚味预制食品有限公司", "91421102MA49A3C150", "新引进预制菜加工项目", 16000, 800],
        [2, "湖北鄂东央厨食品有限公司", "91421102MA4F7KX28N", "新引进预制菜加工项目", 9500, 400],
        [3, "黄冈遗爱湖食品科技有限公司", "91421100MA4DQ2W63C", "预制菜“单品”销售奖补", 3800, 45],
        [4, "红安老区食品有限公司", "91421122MA4A6N8Y0K", "预制菜“单品”销售奖补", 6200, 60],
        [5, "黄冈东坡味道餐饮管理有限公司", "91421102MA49QRT54U", "预制菜“单品”销售奖补", 2450, 24.5],
        ["合计", null, null, null, null, 1329.5],
      ],
      merges: ["A1:F1", "A9:E9"],
      numberFormats: { "E4:F9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C6", why: "一事一议: no amount, rate or maximum" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F6", why: "1% × 3,800.00 = 38.00万元 allowed, 45.00 proposed: 7.00万元 over" },
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F7", why: "1% × 6,200.00 = 62.00, so the 50.00万元 maximum binds; 60.00 proposed: 10.00万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C3", why: "5% of the actual fixed-asset investment, at most 5,000万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C4", why: "two sub-items: 首次突破5000万元 30万元, 首次突破1亿元 50万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C5", why: "1% of the product's annual sales, at most 50万元" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F4", why: "5% × 16,000.00 = 800.00, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F7", why: "only the binding limit (the 50 maximum) is reported" },
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F9", why: "合计 is not an award" },
      { rule: "cap.unknown-policy", why: "both 支持事项 of the list are in the sheet's own catalog" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.ineligible-location", why: "no place column; every code is issued in 黄冈 (4211xx)" },
      { rule: "register.duplicate", why: "every firm appears once" },
    ],
  },
};
