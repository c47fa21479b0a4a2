import type { CorpusLayout } from "../types";

// 湘乡市促进产业发展奖励办法 (湘潭, 湖南; posted 2023-04-14), 一、支持产业项目建设 (一): investment awards as a share of fixed-asset
// investment with a ceiling — 1% up to 100万元 for industry (投资1000万元以上), 5‰ up to 50万元 for modern services (5000万元以上,
// 房地产 excluded), culture, tourism and sport up to 100万元. Laid out as a clause sheet (one award a row, the standard in words)
// beside an award list of ours with the investment as base.
export const layout: CorpusLayout = {
  id: "xiangxiang-2023-industry-investment-awards",
  source: {
    title: "湘潭市湘乡市促进产业发展奖励办法（一、支持产业项目建设（一）鼓励新投资产业项目加快建设；条款表与奖励名单据正文拟）",
    url: "http://www.0753rcw.com/gaoqi/6942.html",
    publisher: "湘乡市人民政府 (text mirrored on 0753rcw.com)",
    date: "2023-04-14",
    changes:
      "Built from the prose (table from prose): clause (一) 1-2 split into one award a row, the standards quoted as published (1% / 100万元, " +
      "5‰ / 50万元, 文化、旅游、体育 100万元). The award list on the second sheet (firms, codes 430381, investments, awards) is ours: the " +
      "publication has none. Planted: 湘乡市东山电机 awarded 40 on 3,200万元 of investment (1% = 32); 褒忠山文旅 awarded 110 (5‰ of " +
      "22,000 = 110, above the 100万元 ceiling). 湖南龙城智能装备's 100 on 12,000万元 is the ceiling, not over it.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "per-mille-rate", "sub-clause-cap", "conditions-not-caps", "base-column", "credit-codes", "item-per-row", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "table-from-prose", "county-policy", "hunan"],
  settings: { district: "湘乡市" },
  sheets: [
    {
      name: "奖励条款",
      widths: [6, 30, 70],
      rows: [
        ["湘乡市促进产业发展奖励办法（鼓励新投资产业项目加快建设）", null, null],
        ["序号", "奖励事项", "支持标准"],
        [1, "工业产业项目投资奖励", "固定资产投资1000万元以上的工业产业项目，按投资额的1%给予奖励，奖励金额最高不超过100万元"],
        [2, "现代服务业产业项目投资奖励", "固定资产投资5000万元以上的现代服务业产业项目（房地产项目除外），按投资额的5‰给予奖励，奖励金额最高不超过50万元"],
        [3, "文化旅游体育产业项目投资奖励", "文化、旅游、体育产业项目按投资额的5‰给予奖励，奖励金额最高不超过100万元"],
        ["注：固定资产投资额扣除土地价款；按照协议约定开工、建成投运的重大产业项目方可申报。", null, null],
      ],
      merges: ["A1:C1", "A6:C6"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 22, 30, 28, 16, 14],
      rows: [
        ["湘乡市2022年度产业项目投资奖励拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "项目名称", "奖励事项", "固定资产投资额（万元）", "奖励金额（万元）"],
        [1, "湘乡市湘达新材料有限公司", "91430381MA4R2K7X1J", "年产2万吨改性塑料项目", "工业产业项目投资奖励", 8500, 85],
        [2, "湖南龙城智能装备有限公司", "91430381MA4T5N8P2L", "智能输送装备制造基地项目", "工业产业项目投资奖励", 12000, 100],
        [3, "湘乡市东山电机有限公司", "91430381MA4Q9H3L41", "高效节能电机扩产项目", "工业产业项目投资奖励", 3200, 40],
        [4, "湘乡市涟水物流有限公司", "91430381MA4P6W2C5U", "涟水冷链物流园项目", "现代服务业产业项目投资奖励", 7600, 38],
        [5, "湘乡市褒忠山文旅开发有限公司", "91430381MA4RA8D16M", "褒忠山生态文旅综合体项目", "文化旅游体育产业项目投资奖励", 22000, 110],
        [6, "湘乡市韶峰建材科技有限公司", "91430381MA4L3M9T7N", "新型墙体材料生产线项目", "工业产业项目投资奖励", 2600, 26],
        ["合计", null, null, null, null, 55900, 399],
      ],
      merges: ["A1:G1", "A9:E9"],
      numberFormats: { "F3:G9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "item", F: "base", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G5", why: "工业产业项目投资奖励 1% of 3,200 = 32; awarded 40" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G7", why: "文化旅游体育产业项目投资奖励: 110 > the 100万元 ceiling (5‰ of 22,000 = 110)" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G4", why: "100 = the 100万元 ceiling (1% of 12,000 = 120 capped)" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G4", why: "100 is below 1% of 12,000 = 120" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G6", why: "现代服务业 5‰ of 7,600 = 38 = awarded" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G3", why: "1% of 8,500 = 85 = awarded" },
      { rule: "cap.unknown-policy", why: "every 奖励事项 is a row of the clause sheet" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "G9", why: "85 + 100 + 40 + 38 + 110 + 26 = 399" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "F9", why: "8,500 + 12,000 + 3,200 + 7,600 + 22,000 + 2,600 = 55,900" },
      { rule: "catalog.unreadable-standard", sheet: "奖励条款", cell: "C4", why: "a rate (5‰) with a ceiling (50万元): both readable" },
    ],
  },
};
