import type { CorpusLayout } from "../types";

// 呼图壁县 (昌吉州, 新疆) 2015: the cotton target-price subsidy settled on each grower's seed cotton sold, published village by
// village (以村为单位制作《补贴公示表》) for at least five working days before payment through the 一卡通. One village's sheet.
export const layout: CorpusLayout = {
  id: "hutubi-2015-cotton-target-price-subsidy-village-publicity",
  source: {
    title: "呼图壁县认真做好2015年棉花目标价格改革试点补贴清算资金的公示工作（村级《补贴公示表》据正文拟）",
    url: "https://m.baijiantest.com/infoDetails/81/13687060",
    publisher: "呼图壁县（转载）",
    date: "2016-02",
    changes:
      "As published: the procedure (籽棉交售量 from the 新疆棉花管理信息平台 to 2016-01-31, split to towns; each town's 补贴公示表 by " +
      "village from the growers' sales, the 补贴兑付标准 and their receipts; at least five working days' publicity; 补贴汇总表 to the " +
      "county's 财政 and 发改; payment by 一卡通). The report shows no table: the village, the frame (序号 | 户主姓名 | 籽棉交售量（公斤） | " +
      "补贴标准（元/公斤） | 补贴金额（元） | 备注), the growers, tonnages and the 0.62元/公斤 standard are ours. Planted: 马玉兰 9,437.60 " +
      "where 15,280 × 0.62 = 9,473.60 (digits swapped); 王德福 7,108.40 where 11,320 × 0.62 = 7,018.40.",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "households-as-lines", "yuan-unit-in-header", "count-and-money-columns", "total-at-foot", "signoff-line", "village-publicity", "table-from-prose", "xinjiang"],
  sheets: [
    {
      name: "公示表",
      widths: [6, 22, 18, 18, 18, 16],
      rows: [
        ["呼图壁县五工台镇幸福村2015年棉花目标价格改革试点补贴清算公示表", null, null, null, null, null],
        ["公示时间：2016年2月22日至2016年2月28日", null, null, null, null, null],
        ["序号", "户主姓名", "籽棉交售量（公斤）", "补贴标准（元/公斤）", "补贴金额（元）", "备注"],
        [1, "阿不都热合曼·吐尔逊", 12460, 0.62, 7725.2, null],
        [2, "张建国", 8930, 0.62, 5536.6, null],
        [3, "马玉兰", 15280, 0.62, 9437.6, null],
        [4, "艾力·买买提", 6740, 0.62, 4178.8, null],
        [5, "李长青", 21050, 0.62, 13051, "含承包地、自有地"],
        [6, "古丽娜尔·热合曼", 9870, 0.62, 6119.4, null],
        [7, "王德福", 11320, 0.62, 7108.4, null],
        [8, "热依拉·艾山", 4560, 0.62, 2827.2, null],
        [9, "赵振华", 17640, 0.62, 10936.8, null],
        [10, "马福祥", 13150, 0.62, 8153, null],
        ["合计", null, 121000, null, 75074, null],
        ["村委会（盖章）：                    镇财政所审核人：                    公示人：", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A14:B14", "A15:F15"],
      numberFormats: { "C4:C14": "#,##0", "D4:D13": "0.00", "E4:E14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示表",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "马玉兰: 15,280公斤 × 0.62元/公斤 = 9,473.60元, written 9,437.60 (36.00元 short); 补贴标准 is the policy's own figure, so no rounding is allowed" },
      { rule: "composition.line-mismatch", cell: "E10", why: "王德福: 11,320 × 0.62 = 7,018.40元, written 7,108.40 (90.00元 over)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E14", why: "合计 75,074.00 is the sum of the lines as written (7,725.20 + 5,536.60 + 9,437.60 + 4,178.80 + 13,051.00 + 6,119.40 + 7,108.40 + 2,827.20 + 10,936.80 + 8,153.00); the two slips are reported at their lines only" },
      { rule: "composition.line-mismatch", cell: "E14", why: "the 合计 row is no line; 121,000 × 0.62 = 75,020 differs only by the two slips" },
      { rule: "composition.line-mismatch", cell: "E8", why: "李长青: 21,050 × 0.62 = 13,051.00 exactly; the 备注 is text" },
      { rule: "composition.line-rounded", why: "every other line is its tonnage × 0.62 to the 分" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated" },
      { rule: "input.unreadable-value", why: "the publicity dates and the sign-off line are text" },
    ],
  },
};
