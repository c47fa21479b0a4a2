import type { CorpusLayout } from "../types";

// 鄂尔多斯市人民政府 鄂府发〔2024〕29号 (2024-04-29): 2024年…推动产业高质量发展政策清单, clause 1 — 引黄灌区 planting of 5000亩以上
// under 滴灌、微灌、低压管灌、水肥一体化 gets 每亩一次性给予300元补贴 (责任单位：市农牧局). Laid out as the reckoning such a per-亩
// subsidy is paid by: the banner, the grower, the area, the way of irrigating, the standard and the money, in 元.
export const layout: CorpusLayout = {
  id: "ordos-2024-yellow-river-irrigation-subsidy-estimate",
  source: {
    title: "鄂尔多斯市2024年坚持稳中求进以进促稳推动产业高质量发展政策清单（鄂府发〔2024〕29号）第1条；补贴资金测算表据正文拟",
    url: "http://ordoszxqy.org.cn/policy/info/3791",
    publisher: "鄂尔多斯市人民政府",
    date: "2024-04-29",
    changes:
      "The clause is kept: 引黄灌区规模化种植面积5000亩以上, 推广滴灌、微灌、低压管灌、水肥一体化等高效节水灌溉技术的项目, 每亩一次性给予300元" +
      "补贴, 责任单位 市农牧局. The clause is prose; the reckoning table (序号 | 旗区 | 项目实施主体 | 种植面积（亩） | 节水灌溉方式 | " +
      "补贴标准（元/亩） | 补贴资金（元）, 合计, the note and the bureau's line) and every grower and figure are ours. Planted: " +
      "杭锦旗吉日嘎朗图镇丰收农业有限公司's 12,000亩 × 300元 written 3,060,000 where it is 3,600,000 (合计 adds the lines as written).",
  },
  classes: ["composition", "unit-times-quantity", "standard-column", "per-mu-subsidy", "banners-as-category", "yuan-in-header", "total-at-foot", "area-as-quantity", "notes-under-table", "signoff-line", "neimenggu"],
  sheets: [
    {
      name: "测算表",
      widths: [6, 12, 36, 14, 14, 16, 16],
      rows: [
        ["鄂尔多斯市2024年引黄灌区高效节水灌溉规模化种植补贴资金测算表", null, null, null, null, null, null],
        ["序号", "旗区", "项目实施主体", "种植面积（亩）", "节水灌溉方式", "补贴标准（元/亩）", "补贴资金（元）"],
        [1, "达拉特旗", "达拉特旗树林召镇丰泽种植专业合作社", 6200, "滴灌", 300, 1860000],
        [2, "达拉特旗", "达拉特旗王爱召镇绿禾农业有限公司", 8450, "水肥一体化", 300, 2535000],
        [3, "达拉特旗", "达拉特旗展旦召苏木禾丰家庭农场", 5300, "低压管灌", 300, 1590000],
        [4, "达拉特旗", "达拉特旗恩格贝镇沙海农业有限公司", 5000, "滴灌", 300, 1500000],
        [5, "杭锦旗", "杭锦旗独贵塔拉镇沿黄种植专业合作社", 7100, "滴灌", 300, 2130000],
        [6, "杭锦旗", "杭锦旗吉日嘎朗图镇丰收农业有限公司", 12000, "水肥一体化", 300, 3060000],
        [7, "准格尔旗", "准格尔旗十二连城乡河畔农业有限公司", 5600, "微灌", 300, 1680000],
        [8, "准格尔旗", "准格尔旗布尔陶亥苏木绿野种植专业合作社", 9050, "滴灌", 300, 2715000],
        ["合计", null, null, 58700, null, null, 17070000],
        ["注：补贴对象为引黄灌区规模化种植面积5000亩以上且推广高效节水灌溉技术的项目，每亩一次性补贴300元。", null, null, null, null, null, null],
        [null, null, null, null, "鄂尔多斯市农牧局", null, "2024年9月"],
      ],
      merges: ["A1:G1", "A11:C11", "A12:G12", "E13:F13"],
      numberFormats: { "D3:D11": "#,##0", "F3:F10": "0", "G3:G11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "测算表",
        kind: "composition",
        unit: "元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "category", C: "line", D: "quantity", F: "unitAmount", G: "amount" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "G8", why: "丰收农业: 12,000亩 × 300元 = 3,600,000元, written 3,060,000 (540,000 short); 300 is the clause's own standard, so no rounding is allowed" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G11", why: "合计 17,070,000 = the eight lines as written (1,860,000 + 2,535,000 + 1,590,000 + 1,500,000 + 2,130,000 + 3,060,000 + 1,680,000 + 2,715,000)" },
      { rule: "composition.total-mismatch", cell: "D11", why: "the areas add up to 58,700亩, and area is a count, not money" },
      { rule: "composition.line-rounded", why: "every other line is exactly 亩 × 300 (6,200 × 300 = 1,860,000 …)" },
      { rule: "composition.line-mismatch", cell: "G6", why: "5,000亩 × 300 = 1,500,000; 5000亩 is the condition's threshold, met" },
      { rule: "composition.total-mismatch", why: "旗区 repeat on each line: no 小计 rows to check" },
      { rule: "input.unreadable-value", why: "节水灌溉方式, the note and the bureau's line are text by nature" },
    ],
  },
};
