import type { CorpusLayout } from "../types";

// 广西壮族自治区生态环境厅: the self-evaluation of the 2021 central 农村环境整治资金 — 5,404万元 sent down by 桂整合〔2021〕23号 to seven counties and
// districts (良庆区 900, 鹿寨县 900, 灵川县 904, 资源县 650, 龙圩区 650, 凌云县 750, 忻城县 650), the counties adding 775.39万元 of their own. Laid out as the
// 资金分配表 behind it: 序号 | 设区市 | 县（市、区） | 中央资金 | 县区配套资金 | 整治任务, 合计 first.
export const layout: CorpusLayout = {
  id: "guangxi-2021-rural-environment-central-fund-allocation",
  source: {
    title: "2021年中央农村环境整治资金绩效自评报告（资金分配表据正文拟）",
    url: "http://sthjt.gxzf.gov.cn/zfxxgk/zfxxgkgl/fdzdgknr/czgk/zxzjxm/t15575354.shtml",
    publisher: "广西壮族自治区生态环境厅",
    changes:
      "As published: the fund (财资环〔2021〕54号, 5,404万元), the document sending it down (桂整合〔2021〕23号, August 2021), the seven counties and " +
      "districts with their cities and central sums, the 775.39万元 of county money, the year's targets (8个以上建制村, ≥25套污水处理设施, 2个黑臭水体). " +
      "Ours: the table form, the split of the county money and each county's task. Planted: 灵川县's 配套 typed 131.09 where the stated 775.39 " +
      "leaves it 121.09, so the county column adds up to 785.39.",
  },
  classes: [
    "composition", "allocation-by-county", "city-column-as-category", "two-money-columns", "total-row-first", "text-column",
    "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "provincial-allocation", "guangxi",
  ],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 12, 12, 14, 44],
      rows: [
        ["2021年中央农村环境整治资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "设区市", "县（市、区）", "中央资金", "县区配套资金", "整治任务"],
        [null, "合计", null, 5404, 775.39, null],
        [1, "南宁市", "良庆区", 900, 120.5, "完成1个建制村农村环境综合整治，建设污水处理设施4套"],
        [2, "柳州市", "鹿寨县", 900, 118.4, "完成1个建制村农村环境综合整治，治理农村黑臭水体1个"],
        [3, "桂林市", "灵川县", 904, 131.09, "完成2个建制村农村环境综合整治，建设污水处理设施5套"],
        [4, "桂林市", "资源县", 650, 96.3, "完成1个建制村农村环境综合整治，建设污水处理设施3套"],
        [5, "梧州市", "龙圩区", 650, 98.6, "完成1个建制村农村环境综合整治，建设污水处理设施4套"],
        [6, "百色市", "凌云县", 750, 112, "完成1个建制村农村环境综合整治，治理农村黑臭水体1个"],
        [7, "来宾市", "忻城县", 650, 108.5, "完成1个建制村农村环境综合整治，建设污水处理设施9套"],
        ["注：中央资金依据《广西壮族自治区财政厅关于下达2021年中央农村环境整治资金的通知》（桂整合〔2021〕23号）下达，县区配套资金由各县（市、区）财政安排。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "B4:C4", "A12:F12"],
      numberFormats: { "D4:D11": "0", "E4:E11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 11,
        columns: { B: "category", C: "line", D: "amount", E: "amount:县区配套资金" }, year: 2021,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E4", why: "合计 配套 775.39; the seven counties add up to 120.50 + 118.40 + 131.09 + 96.30 + 98.60 + 112.00 + 108.50 = 785.39 (10.00 more)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "中央资金 5,404 = 900 + 900 + 904 + 650 + 650 + 750 + 650, whole 万元" },
      { rule: "composition.total-mismatch", cell: "D7", why: "桂林市 twice (灵川县, 资源县) sorts two lines; it states no subtotal to check" },
      { rule: "composition.line-mismatch", why: "the counts in 整治任务 (4套, 1个) are text describing the work, no quantity priced by a standard" },
      { rule: "register.ineligible-location", why: "an allocation among counties under a 分配表 title, no register of payees" },
      { rule: "composition.total-mismatch", cell: "A12", why: "the note is no line" },
    ],
  },
};
