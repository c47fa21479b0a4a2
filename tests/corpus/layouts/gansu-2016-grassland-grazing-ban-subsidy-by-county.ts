import type { CorpusLayout } from "../types";

// 兰州日报 2016-06-08: 《甘肃省贯彻新一轮草原生态保护补助奖励政策实施意见（2016—2020年）》 — 禁牧年补助标准 青藏高原区21.67元/亩,
// 黄土高原区4.62元/亩, 西部荒漠区3.87元/亩. The report gives no table; laid out as the county allocation of 禁牧补助 by region such a policy
// is paid through: 区域 | 县（市、区） | 禁牧面积（万亩） | 补助标准（元/亩） | 补助资金（万元）, a 小计 per region, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "gansu-2016-grassland-grazing-ban-subsidy-by-county",
  source: {
    title: "我省落实新一轮草原补奖政策（2016年草原禁牧补助资金分配表据报道拟）",
    url: "http://lanzhou.baogaosu.com/xinwen/%E6%88%91%E7%9C%81%E8%90%BD%E5%AE%9E%E6%96%B0%E4%B8%80%E8%BD%AE%E8%8D%89%E5%8E%9F%E8%A1%A5%E5%A5%96%E6%94%BF%E7%AD%96/47487347",
    publisher: "甘肃省人民政府办公厅（兰州日报报道）",
    date: "2016-06-08",
    changes:
      "As published: the three regions and their yearly 禁牧 standards (21.67, 4.62, 3.87元/亩). The report gives no table: the counties, their " +
      "areas and the money are ours, each line area × standard (表据报道拟). Planted: 夏河县 180万亩 × 21.67元/亩 = 3,900.60万元 typed 3,090.60 " +
      "(the region's 小计 and the 合计 add the lines as typed).",
  },
  classes: [
    "composition", "allocation-by-county", "unit-times-quantity", "per-mu-standard", "region-groups", "merged-region-column", "subtotal-rows",
    "total-at-foot", "transposed-digits", "two-decimal-wanyuan", "table-from-prose", "provincial-allocation", "gansu",
  ],
  settings: { district: "甘肃省" },
  sheets: [
    {
      name: "禁牧补助",
      widths: [14, 24, 16, 16, 16],
      rows: [
        ["甘肃省2016年草原禁牧补助资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万亩、元/亩、万元"],
        ["区域", "县（市、区）", "禁牧面积（万亩）", "补助标准（元/亩）", "补助资金（万元）"],
        ["青藏高原区", "玛曲县", 300, 21.67, 6501],
        [null, "碌曲县", 200, 21.67, 4334],
        [null, "夏河县", 180, 21.67, 3090.6],
        [null, "天祝藏族自治县", 150, 21.67, 3250.5],
        [null, "肃南裕固族自治县", 400, 21.67, 8668],
        [null, "小计", 1230, null, 25844.1],
        ["黄土高原区", "环县", 120, 4.62, 554.4],
        [null, "华池县", 90, 4.62, 415.8],
        [null, "会宁县", 60, 4.62, 277.2],
        [null, "小计", 270, null, 1247.4],
        ["西部荒漠区", "肃北蒙古族自治县", 800, 3.87, 3096],
        [null, "阿克塞哈萨克族自治县", 350, 3.87, 1354.5],
        [null, "民勤县", 200, 3.87, 774],
        [null, "小计", 1350, null, 5224.5],
        ["合计", null, 2850, null, 32316],
        ["注：禁牧期5年，期满后根据草原生态功能恢复情况继续实施禁牧或转入草畜平衡管理。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:A9", "A10:A13", "A14:A17", "A18:B18", "A19:E19"],
      numberFormats: { "C4:C18": "#,##0", "D4:D17": "0.00", "E4:E18": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "禁牧补助", kind: "composition", unit: "万元", headerRow: 3, lastRow: 18,
        columns: { A: "category", B: "line", C: "quantity", D: "unitAmount", E: "amount" }, year: 2016,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "夏河县 180万亩 × 21.67元/亩 = 3,900.60万元; typed 3,090.60 (810.00 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E9", why: "青藏高原区 小计 25,844.10 = 6,501.00 + 4,334.00 + 3,090.60 + 3,250.50 + 8,668.00, the lines as typed" },
      { rule: "composition.total-mismatch", cell: "E18", why: "合计 32,316.00 = 25,844.10 + 1,247.40 + 5,224.50, the 小计 not added in twice" },
      { rule: "composition.total-mismatch", cell: "C18", why: "areas 2,850 = 1,230 + 270 + 1,350" },
      { rule: "composition.line-mismatch", cell: "E4", why: "300 × 21.67 = 6,501.00; every other line is its area × its region's standard" },
      { rule: "composition.line-mismatch", cell: "E9", why: "a 小计 states no standard of its own: no unit × quantity to check" },
      { rule: "register.ineligible-location", why: "an allocation over counties, no register" },
      { rule: "input.unreadable-value", cell: "A19", why: "the note under the table" },
    ],
  },
};
