import type { CorpusLayout } from "../types";

// 昌都报 2014-03-26 (转载《西藏日报》): 自治区扶贫办、财政厅下达昌都地区 2010年第一批整乡推进项目 18个, 总投资 1,322万元 — 财政扶贫投资 1,080万元,
// 群众投劳折合、贷款及自筹资金 242万元. Laid out as the 项目计划表 such a 下达 carries: one row a township, 县 | 乡（镇） | 财政扶贫资金 |
// 群众投劳折合、贷款及自筹 | 总投资, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "changdu-2010-whole-township-poverty-projects-batch1",
  source: {
    title: "昌都今年整乡推进项目18个总投资1322万元（项目计划表据正文拟）",
    url: "http://qxnanmeihotspring.com/zt/mtjj/201403/40626.html",
    publisher: "昌都报（转载西藏日报）",
    date: "2014-03-26",
    changes:
      "Kept from the report: 18 projects, 总投资 1,322万元 = 财政扶贫投资 1,080 + 群众投劳折合、贷款及自筹 242, the first batch of 2010 for 昌都地区. The " +
      "report gives no per-township figures: the table (县 | 乡（镇） | 财政扶贫资金 | 群众投劳折合、贷款及自筹 | 总投资), its townships and the split are " +
      "ours (表据正文拟), each township's 财政扶贫资金 60万元 (18 × 60 = 1,080), the 自筹 adding up to 242. Planted: 桑多镇's 总投资 typed 86 where 60 + " +
      "20 = 80; the 合计 1,322 is the true sum, so the 总投资 column as typed adds up to 1,328.",
  },
  classes: ["composition", "project-plan", "row-total-across", "two-amount-columns", "merged-group-header", "county-and-township-columns", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "prefecture-fund", "xizang"],
  settings: { district: "昌都市" },
  sheets: [
    {
      name: "整乡推进项目",
      widths: [6, 12, 18, 14, 18, 12],
      rows: [
        ["昌都地区2010年第一批整乡推进项目计划表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "县", "乡（镇）", "资金来源", null, "总投资"],
        [null, null, null, "财政扶贫资金", "群众投劳折合、贷款及自筹", null],
        [1, "昌都县", "俄洛镇", 60, 15, 75],
        [2, "昌都县", "如意乡", 60, 12, 72],
        [3, "江达县", "岗托镇", 60, 10, 70],
        [4, "江达县", "同普乡", 60, 18, 78],
        [5, "贡觉县", "莫洛镇", 60, 14, 74],
        [6, "贡觉县", "相皮乡", 60, 14, 74],
        [7, "类乌齐县", "桑多镇", 60, 20, 86],
        [8, "丁青县", "尺牍镇", 60, 13, 73],
        [9, "丁青县", "觉恩乡", 60, 11, 71],
        [10, "察雅县", "烟多镇", 60, 16, 76],
        [11, "八宿县", "然乌镇", 60, 12, 72],
        [12, "八宿县", "白玛镇", 60, 12, 72],
        [13, "左贡县", "旺达镇", 60, 15, 75],
        [14, "芒康县", "嘎托镇", 60, 17, 77],
        [15, "芒康县", "盐井纳西民族乡", 60, 10, 70],
        [16, "洛隆县", "孜托镇", 60, 14, 74],
        [17, "边坝县", "草卡镇", 60, 11, 71],
        [18, "边坝县", "金岭乡", 60, 8, 68],
        ["合计", null, null, 1080, 242, 1322],
        ["注：财政扶贫资金由自治区扶贫办、自治区财政厅下达，已全部下拨到位。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "A23:C23", "A24:F24"],
      numberFormats: { "D5:F23": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "整乡推进项目",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 23,
        columns: { C: "line", D: "amount:财政扶贫资金", E: "amount:自筹", F: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F11", why: "桑多镇 总投资 86 where 财政扶贫资金 60 + 自筹 20 = 80 (6万元 over)" },
      { rule: "composition.total-mismatch", cell: "F23", why: "总投资 合计 1,322, but the 总投资 column as typed adds up to 1,328 (桑多镇's 86); 1,080 + 242 = 1,322 across agrees" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D23", why: "18 × 60 = 1,080" },
      { rule: "composition.total-mismatch", cell: "E23", why: "15 + 12 + 10 + 18 + 14 + 14 + 20 + 13 + 11 + 16 + 12 + 12 + 15 + 17 + 10 + 14 + 11 + 8 = 242" },
      { rule: "composition.total-mismatch", cell: "F5", why: "俄洛镇 60 + 15 = 75; every other row adds up across" },
      { rule: "register.ineligible-location", cell: "B5", why: "the counties are counties of 昌都 (then 昌都地区, now 昌都市); no register here" },
      { rule: "input.unreadable-value", cell: "A24", why: "the note under the table is text" },
    ],
  },
};
