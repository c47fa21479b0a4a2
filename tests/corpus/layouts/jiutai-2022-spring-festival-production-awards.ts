import type { CorpusLayout } from "../types";

// 长春市九台区 2022-08-03: 申报2022年省级工业和信息化高质量发展专项资金 — 省工信厅、省财政厅《一季度工业稳增长和重点企业春节期间连续生产
// 奖补方案》: firms of 九台区 that produced through 春节 (2022-01-31—02-06) with 2021 output of at least 1亿元. Laid out as the award list
// the call leads to: town (街道、开发区), firm, code, 2021 output, the award.
export const layout: CorpusLayout = {
  id: "jiutai-2022-spring-festival-production-awards",
  source: {
    title: "关于组织申报2022年省级工业和信息化高质量发展专项资金（重点企业春节期间连续生产奖补）的通知 — 奖补企业名单（表据正文拟）",
    url: "http://www.jiutai.gov.cn/dzxx/tzgg/202208/t20220803_3047242.html",
    publisher: "长春市九台区工业和信息化局、九台区财政局",
    date: "2022-08-03",
    changes:
      "As published: the fund, the scheme (一季度工业稳增长和重点企业春节期间连续生产奖补方案), the period (2022年1月31日至2月6日) and the " +
      "condition (2021年工业总产值不低于1亿元), the addressees (各乡镇、街道、长春九台经济开发区). The notice is a call: the list (序号 | 乡镇（街道） | " +
      "企业名称 | 统一社会信用代码 | 2021年工业总产值（万元） | 奖补金额（万元）), firms, codes and amounts are ours; the cap (最高50万元) is the " +
      "corpus's choice. Planted: 长春卡伦食品 at 60 over 50; 长春九台营城建材 listed again at row 7.",
  },
  classes: ["register", "max-cap", "credit-codes", "duplicate-row", "towns-as-places", "output-column", "item-in-title", "year-in-title", "wanyuan-in-header", "total-at-foot", "table-from-prose", "district-fund", "jilin"],
  settings: { district: "九台区" },
  sheets: [
    {
      name: "奖补企业名单",
      widths: [6, 20, 30, 22, 18, 16],
      rows: [
        ["2022年重点企业春节期间连续生产奖补企业名单", null, null, null, null, null],
        ["序号", "乡镇（街道）", "企业名称", "统一社会信用代码", "2021年工业总产值（万元）", "奖补金额（万元）"],
        [1, "长春九台经济开发区", "长春九台华鑫铸造有限公司", "91220113MA14A2B3CF", 18600, 30],
        [2, "营城街道", "长春九台营城建材有限公司", "91220113MA14D5E6FR", 12400, 30],
        [3, "卡伦湖街道", "长春卡伦食品有限公司", "91220113MA14G7H8JU", 25800, 60],
        [4, "其塔木镇", "九台区其塔木米业有限公司", "91220113MA14K2L3M4", 10900, 30],
        [5, "上河湾镇", "长春上河湾酒业有限公司", "91220113MA14N4P5Q6", 14300, 30],
        [6, "龙嘉街道", "长春龙嘉汽车零部件有限公司", "91220113MA14R6T7U8", 31200, 50],
        [7, "营城街道", "长春九台营城建材有限公司", "91220113MA14D5E6FR", 12400, 30],
        [8, "西营城街道", "长春西营城药业有限公司", "91220113MA14W8X9YA", 16700, 30],
        ["合计", null, null, null, 142300, 290],
        ["注：奖补对象为2022年春节期间（1月31日至2月6日）连续生产且2021年工业总产值不低于1亿元的企业。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:D11", "A12:F12"],
      numberFormats: { "E3:E11": "#,##0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "春节期间连续生产奖补",
        capType: "max",
        capAmount: 50,
        unit: "万元",
        year: 2022,
        document: "吉林省一季度工业稳增长和重点企业春节期间连续生产奖补方案（最高50万元：上限为语料选定）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖补企业名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "approved" },
        year: 2022,
        item: "春节期间连续生产奖补",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F5", why: "最高50万元; 长春卡伦食品 60: 10万元 over" },
      { rule: "register.duplicate", cell: "C9", why: "长春九台营城建材 (91220113MA14D5E6FR) again, first at row 4" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F11", why: "合计 290 (= 30 + 30 + 60 + 30 + 30 + 50 + 30 + 30) is the list's total" },
      { rule: "cap.exceeded", cell: "F8", why: "50 is at the cap, not above it" },
      { rule: "cap.exceeded", cell: "E8", why: "2021年工业总产值 31,200 is the firm's output, not an award" },
      { rule: "register.ineligible-location", why: "营城、卡伦湖、西营城、龙嘉 街道, 其塔木、上河湾 镇 and 长春九台经济开发区 are all of 九台区" },
      { rule: "register.location-code-mismatch", why: "every code carries 220113, 九台区" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
      { rule: "register.unpaid", why: "no as-of date set" },
      { rule: "cap.unknown-policy", why: "the catalog holds 春节期间连续生产奖补" },
    ],
  },
};
