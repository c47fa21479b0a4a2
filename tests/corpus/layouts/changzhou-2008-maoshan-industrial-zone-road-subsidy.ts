import type { CorpusLayout } from "../types";

// 江苏 常州: 2008年度茅山老区乡镇工业集中区基础设施建设扶持资金 — 主干道 built in the 茅山老区 towns of 金坛、溧阳 paid
// 35元 per 平方米. Laid out as the allocation by town: road area × the standard = the subsidy, 小计 by 辖市, 合计.
export const layout: CorpusLayout = {
  id: "changzhou-2008-maoshan-industrial-zone-road-subsidy",
  source: {
    title: "关于申报2008年度茅山老区乡镇工业集中区基础设施建设扶持资金的通知（扶持资金安排表据通知拟）",
    url: "http://xiuzhiben.com/gxj/html/jxw/2008/HLEJPAKF_0523/2170.html",
    publisher: "常州市乡镇企业管理局、农工办、财政局（常州市工业和信息化局网站）",
    date: "2008-05-23",
    changes:
      "As published: the fund and its object (2006年度茅山老区14个镇; 金坛老区2个单位, 溧阳老区4个单位), its use (工业集中区的主干道建设), " +
      "the standard 每平方米补助35元 and a per-town ceiling of the 常州市级 subsidy (the stored copy lost a digit of it; the note reads 100万元, and no check here depends on it). " +
      "Ours: the table (built from the notice: 序号 | 辖市 | 镇 | 项目名称 | 道路面积 | 补助标准 | 补助金额, 小计 by 辖市, 合计), the towns chosen, every area and amount. " +
      "Planted: 上兴镇's subsidy typed 68.80万元 where 16,800平方米 × 35元 = 58.80万元.",
  },
  classes: ["composition", "unit-times-quantity", "standard-in-yuan-amount-in-wanyuan", "subtotals-by-city", "city-beside-town", "two-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "city-notice", "jiangsu"],
  settings: { district: "常州市" },
  sheets: [
    {
      name: "扶持资金安排",
      widths: [6, 10, 10, 30, 16, 18, 16],
      rows: [
        ["2008年度茅山老区乡镇工业集中区基础设施建设扶持资金安排表", null, null, null, null, null, null],
        ["序号", "辖市", "镇", "项目名称", "道路面积（平方米）", "补助标准（元/平方米）", "补助金额（万元）"],
        [1, "金坛市", "薛埠镇", "薛埠镇工业集中区主干道建设", 24000, 35, 84.0],
        [2, "金坛市", "直溪镇", "直溪镇工业集中区主干道建设", 18500, 35, 64.75],
        [null, "金坛市小计", null, null, 42500, null, 148.75],
        [3, "溧阳市", "戴埠镇", "戴埠镇工业集中区主干道建设", 21000, 35, 73.5],
        [4, "溧阳市", "天目湖镇", "天目湖镇工业集中区主干道建设", 26000, 35, 91.0],
        [5, "溧阳市", "上兴镇", "上兴镇工业集中区主干道建设", 16800, 35, 68.8],
        [6, "溧阳市", "南渡镇", "南渡镇工业集中区主干道建设", 19200, 35, 67.2],
        [null, "溧阳市小计", null, null, 83000, null, 300.5],
        ["合计", null, null, null, 125500, null, 449.25],
        ["注：道路混凝土厚度不低于20厘米，工程经公开招标；每平方米补助35元，每个镇常州市级补助额不超过100万元。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:D11", "A12:G12"],
      numberFormats: { "E3:E11": "#,##0", "G3:G11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "扶持资金安排",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "category", D: "line", E: "quantity", F: "unitAmount", G: "amount" },
        year: 2008,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "G8", why: "上兴镇: 16,800平方米 × 35元 = 588,000元 = 58.80万元; 68.80 typed: 10.00万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G10", why: "溧阳市小计 300.50 = 73.50 + 91.00 + 68.80 + 67.20, the lines as typed" },
      { rule: "composition.total-mismatch", cell: "G11", why: "合计 449.25 = 148.75 + 300.50" },
      { rule: "composition.total-mismatch", cell: "E11", why: "areas: 24,000 + 18,500 = 42,500; 21,000 + 26,000 + 16,800 + 19,200 = 83,000; 125,500 in all" },
      { rule: "composition.line-mismatch", cell: "G4", why: "18,500 × 35元 = 64.75万元 exactly; the other towns likewise (84.00, 73.50, 91.00, 67.20)" },
      { rule: "composition.line-rounded", why: "35元 is the standard itself: every other line is exact" },
    ],
  },
};
