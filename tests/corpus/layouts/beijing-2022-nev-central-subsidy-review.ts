import type { CorpusLayout } from "../types";

// 北京市经济和信息化局 2024-10-30: 2022年度北京市新能源汽车推广应用中央补助资金审核情况公示 — ten producers, 8,882 vehicles meeting
// the requirements, 15,675.9389万元 of central subsidy. The firms are named in a sentence only; the per-firm table is built from it:
// 序号 | 企业名称 | 统一社会信用代码 | 注册地 | 满足申报要求车辆数（辆） | 中央补助资金（万元）, a 合计 and the notice's note and sign-off.
export const layout: CorpusLayout = {
  id: "beijing-2022-nev-central-subsidy-review",
  source: {
    title: "2022年度北京市新能源汽车推广应用 中央补助资金审核情况公示（审核情况表据正文拟）",
    url: "https://ne21.com/news/show-203170.html",
    publisher: "北京市经济和信息化局（转载）",
    date: "2024-11-01",
    changes:
      "As published: the notice's subject, its basis (财办建〔2023〕26号, 财办建〔2024〕34号), ten producers, 8,882 vehicles and 15,675.9389万元 in all, " +
      "the 公示 period. The notice names the firms in a sentence and shows no table: the table is built from the prose, with ten invented " +
      "firms, codes of their 北京 districts, and our split of the vehicles and the money (four decimals in 万元, as the notice writes its total). " +
      "Planted: 怀北新能源客车's code ends D where its check character is C; 固安京南电动车辆 registered in 河北省廊坊市固安县, outside 北京.",
  },
  classes: [
    "register", "credit-code-column", "place-column", "count-column", "four-decimal-wanyuan", "wanyuan-in-header", "total-at-foot",
    "development-zone-place", "notes-under-table", "sign-off-under-table", "no-item-column", "table-from-prose", "municipal-fund", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "审核情况",
      widths: [6, 32, 22, 22, 16, 18],
      rows: [
        ["2022年度北京市新能源汽车推广应用中央补助资金审核情况表（表据正文拟）", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "注册地", "满足申报要求车辆数（辆）", "中央补助资金（万元）"],
        [1, "北京星驰新能源汽车有限公司", "91110113MA0LRQMD32", "顺义区", 2460, 3862.412],
        [2, "北京京燕客车制造有限公司", "91110115MA0ETPEEAY", "大兴区", 1935, 3106.5875],
        [3, "北京昌盛专用汽车有限公司", "91110114MA05ULAGG9", "昌平区", 1288, 2874.96],
        [4, "北京房山电动物流车有限公司", "91110111MA0BNMHF7Q", "房山区", 904, 1720.335],
        [5, "北京丰源环卫装备有限公司", "91110106MA0N8M2108", "丰台区", 736, 1455.218],
        [6, "北京怀北新能源客车有限公司", "91110116MA0Y418FAD", "怀柔区", 512, 906.4],
        [7, "北京平谷轻型汽车有限公司", "91110117MA0PKBL36G", "平谷区", 438, 812.7564],
        [8, "北京密云特种车辆有限公司", "91110118MA05BJG50X", "密云区", 297, 471.62],
        [9, "北京亦庄智能网联汽车有限公司", "91110115MA04R8B658", "北京经济技术开发区", 186, 298.35],
        [10, "固安京南电动车辆有限公司", "91131022MA0058ALD8", "河北省廊坊市固安县", 126, 167.3],
        ["合计", null, null, null, 8882, 15675.9389],
        ["注：依据《关于开展2020-2022年度新能源汽车推广应用补助资金清算申报的通知》（财办建〔2023〕26号）、《关于开展2022年度新能源汽车推广应用补贴资金清算申报的通知》（财办建〔2024〕34号）审核；公示时间：2024年10月30日至11月5日。", null, null, null, null, null],
        [null, null, null, null, "北京市经济和信息化局", "2024年10月30日"],
      ],
      merges: ["A1:F1", "A13:D13", "A14:F14"],
      numberFormats: { "E3:E13": "#,##0", "F3:F13": "#,##0.0000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "审核情况",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C8", why: "91110116MA0Y418FAD: the first 17 characters give the check character C, not D" },
      { rule: "register.ineligible-location", cell: "D12", why: "河北省廊坊市固安县 lies outside 北京市, the fund's area" },
      { rule: "cap.unknown-policy", cell: "F3", why: "no catalog and no item column: the list's amounts are reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D11", why: "北京经济技术开发区 (亦庄) lies in 北京市" },
      { rule: "register.location-code-mismatch", cell: "C11", why: "characters 3–8 are 110115, 大兴区 of 北京" },
      { rule: "register.location-code-mismatch", cell: "C12", why: "the row is already placed outside 北京; the mismatch rule is for rows placed inside" },
      { rule: "composition.total-mismatch", cell: "F13", why: "the ten amounts add up to 15,675.9389万元 as stated" },
      { rule: "composition.total-mismatch", cell: "E13", why: "8,882 vehicles is a count, and the lines add up to it" },
      { rule: "register.duplicate", why: "ten different producers, each once" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is text" },
    ],
  },
};
