import type { CorpusLayout } from "../types";

// 晋城市 2017: the 2016 awards of the “1533” 工业行动 — four awards (销售收入增长奖, 项目投资到位奖, 争取上级资金奖,
// 项目亩均投资强度奖) to 70-odd firms of the city's counties, the highest 销售收入增长奖 200万元. The award list
// such a payout is made from: the award per row, the county beside each firm.
export const layout: CorpusLayout = {
  id: "jincheng-2016-1533-industrial-action-awards",
  source: {
    title: "陵川金隅水泥水泥窑协同处置项目获项目投资到位奖 奖金为42万元（晋城市兑现2016年度“1533”工业行动奖励资金）",
    url: "https://ccement.com/news/content/8856452514336.html",
    publisher: "中国水泥网（据晋城市报道）",
    date: "2017",
    changes:
      "The report gives the four awards by name, the number of firms (74 获销售收入增长奖), the highest 销售收入增长奖 (200万元) and single " +
      "awards of 500, 100, 42 and 2,697.3万元; it prints no list. The list (title, 单位：万元, columns 序号 | 企业名称 | 统一社会信用代码 | " +
      "县（市、区） | 奖项 | 奖励金额), the firms, codes and figures are ours. The catalog's caps are chosen for the corpus (the report states " +
      "none): 销售收入增长奖 at most 200, taken from the highest award reported; 项目投资到位奖 at most 500; 争取上级资金奖 at most 50; " +
      "项目亩均投资强度奖 at most 3,000. Planted: a firm of 长子县 (长治市) in the 晋城 list; a credit code with a wrong check character; " +
      "晋城凤台 listed twice for 销售收入增长奖.",
  },
  classes: ["register", "item-per-row", "max-cap", "credit-codes", "counties-as-places", "city-wide-fund", "wanyuan-caption", "shanxi"],
  settings: { district: "晋城市" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 32, 22, 14, 20, 12],
      rows: [
        ["晋城市2016年度“1533”工业行动奖励资金兑现名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "县（市、区）", "奖项", "奖励金额"],
        [1, "晋城福泰钢铁有限公司", "91140525MAUUREGWJ2", "泽州县", "销售收入增长奖", 200],
        [2, "高平市丹河特种铸造有限公司", "91140581MAXAWFKRGU", "高平市", "销售收入增长奖", 85],
        [3, "沁水县顺达精铸有限公司", "91140521MAB29XU58W", "沁水县", "争取上级资金奖", 30],
        [4, "阳城县晋阳煤化工有限公司", "91140522MAR0T4MA92", "阳城县", "项目投资到位奖", 500],
        [5, "晋城凤台电子科技有限公司", "91140502MA62UTT1U4", "城区", "销售收入增长奖", 46.5],
        [6, "陵川县太行建材有限公司", "91140524MARY7XE2XU", "陵川县", "项目投资到位奖", 42],
        [7, "长子县漳泽机械制造有限公司", "91140428MA6FUK1XD7", "长子县", "销售收入增长奖", 60],
        [8, "泽州县巴公兴业铸件有限公司", "91140525MA9P2UCHEN", "泽州县", "争取上级资金奖", 25],
        [9, "高平市江丰重工有限公司", "91140581MA5YMD707C", "高平市", "项目亩均投资强度奖", 1860.4],
        [10, "晋城凤台电子科技有限公司", "91140502MA62UTT1U4", "城区", "销售收入增长奖", 18],
        ["合计", null, null, null, null, 2866.9],
      ],
      merges: ["A1:F1", "A14:E14"],
      numberFormats: { "F4:F14": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "销售收入增长奖", capType: "max", capAmount: 200, unit: "万元", year: 2016, document: "晋城市“1533”工业行动扶持奖励政策" },
      { name: "项目投资到位奖", capType: "max", capAmount: 500, unit: "万元", year: 2016, document: "晋城市“1533”工业行动扶持奖励政策" },
      { name: "争取上级资金奖", capType: "max", capAmount: 50, unit: "万元", year: 2016, document: "晋城市“1533”工业行动扶持奖励政策" },
      { name: "项目亩均投资强度奖", capType: "max", capAmount: 3000, unit: "万元", year: 2016, document: "晋城市“1533”工业行动扶持奖励政策" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "D10", why: "长子县 is in 长治市, not 晋城市" },
      { rule: "register.invalid-credit-code", cell: "C11", why: "91140525MA9P2UCHEN: the check character over the first 17 is M, not N" },
      { rule: "register.duplicate", cell: "F13", why: "晋城凤台电子科技有限公司 (91140502MA62UTT1U4), 销售收入增长奖, 2016: already in row 8" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F4", why: "200 is the 销售收入增长奖 maximum, not above it" },
      { rule: "cap.exceeded", cell: "F7", why: "500 is the 项目投资到位奖 maximum, not above it" },
      { rule: "cap.exceeded", cell: "F14", why: "合计 is not an award" },
      { rule: "register.ineligible-location", cell: "D8", why: "城区 is 晋城's own district" },
      { rule: "register.location-code-mismatch", why: "each 晋城 firm's code carries its own county's 1405xx; the 长子 firm's 140428 agrees with its place, which is the finding" },
      { rule: "cap.unknown-policy", why: "every 奖项 is in the catalog" },
      { rule: "register.duplicate", cell: "F11", why: "泽州's 巴公兴业 and 福泰 are two firms under two awards" },
    ],
  },
};
