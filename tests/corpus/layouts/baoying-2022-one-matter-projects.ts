import type { CorpusLayout } from "../types";

// 宝应县农业农村局 (江苏 扬州) 2022: the county's proposed 一事一议财政奖补 projects — 72 projects in 14 镇区, 预计总投资 1958.7万元: 财政奖补
// 1118, 一事一议筹资筹劳 386.53, 村集体资金 454.2 (which add up to 1958.73: the total is given to one decimal). Laid out as the summary by
// town such a release rests on: 项目个数, 预计总投资 and 其中 its three sources under a merged header, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "baoying-2022-one-matter-projects",
  source: {
    title: "宝应县做好2022年度村级公益事业建设一事一议财政奖补项目工作（汇总表据正文拟）",
    url: "http://cgjd.org.cn/show-210458.html",
    publisher: "宝应县农业农村局（政策与改革科）",
    date: "2022",
    changes:
      "As published: 14 镇区, 72 projects, and the four totals 1958.7 / 1118 / 386.53 / 454.2 (their parts add up to 1958.73; kept). The table " +
      "form and the split by town are ours (the release gives only the county's totals), chosen so that each column adds up to the published " +
      "figure. Planted: 曹甸镇's 村集体资金 written 93.00 where 39.00 belongs, so the town's parts (96 + 33.10 + 93.00) exceed its 预计总投资 " +
      "168.10 and the column no longer adds up to 454.20.",
  },
  classes: ["composition", "allocation-by-town", "row-total-column", "qizhong-columns", "merged-header-over-three", "two-header-rows", "count-column", "one-decimal-total", "parts-within-rounding", "total-at-foot", "towns-as-places", "wanyuan-caption", "notes-under-table", "jiangsu"],
  sheets: [
    {
      name: "汇总表",
      widths: [6, 12, 12, 14, 14, 20, 14, 10],
      rows: [
        ["宝应县2022年度村级公益事业建设一事一议财政奖补项目汇总表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "镇（区）", "项目个数（个）", "预计总投资", "其中", null, null, "备注"],
        [null, null, null, null, "财政奖补资金", "一事一议筹资筹劳资金", "村集体资金", null],
        [1, "安宜镇", 6, 161.2, 92, 31.8, 37.4, null],
        [2, "范水镇", 5, 136.75, 78, 27.15, 31.6, null],
        [3, "夏集镇", 5, 133.2, 76, 26.4, 30.8, null],
        [4, "柳堡镇", 6, 166.1, 95, 32.6, 38.5, null],
        [5, "射阳湖镇", 6, 164.35, 94, 32.25, 38.1, null],
        [6, "广洋湖镇", 4, 108.5, 62, 21.3, 25.2, null],
        [7, "鲁垛镇", 5, 135, 77, 26.7, 31.3, null],
        [8, "小官庄镇", 5, 138.4, 79, 27.3, 32.1, null],
        [9, "望直港镇", 5, 140.1, 80, 27.6, 32.5, null],
        [10, "曹甸镇", 6, 168.1, 96, 33.1, 93, null],
        [11, "西安丰镇", 5, 136.55, 78, 26.95, 31.6, null],
        [12, "山阳镇", 4, 110.35, 63, 21.75, 25.6, null],
        [13, "黄塍镇", 5, 140, 80, 27.6, 32.4, null],
        [14, "泾河镇", 5, 120.13, 68, 24.03, 28.1, null],
        ["合计", null, 72, 1958.7, 1118, 386.53, 454.2, null],
        ["注：项目包括村内道路61个（43公里）、农民体育文化广场2个、村内路灯亮化9个（473盏）。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "A19:B19", "A20:H20"],
      numberFormats: { "D5:G18": "0.00", "D19": "0.0", "E19:G19": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { B: "line", D: "amount", E: "amount:财政奖补", F: "amount:筹资筹劳", G: "amount:村集体" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D14", why: "曹甸镇 预计总投资 168.10; its parts 96.00 + 33.10 + 93.00 = 222.10: 54.00万元 more" },
      { rule: "composition.total-mismatch", cell: "G19", why: "村集体资金 合计 454.20; the towns add up to 508.20 (曹甸镇 93.00): 54.00万元 apart" },
    ],
    absent: [
      {
        rule: "composition.total-mismatch",
        cell: "D19",
        why: "合计 1958.7 (one decimal) against the towns' 1,958.73 and the parts 1,118 + 386.53 + 454.2 = 1,958.73: 0.03万元, within the 0.05 its one decimal allows",
      },
      { rule: "composition.total-mismatch", cell: "E19", why: "财政奖补 1,118.00 = the towns' sum" },
      { rule: "composition.total-mismatch", cell: "C19", why: "项目个数 72 is a count, and the towns' counts add up to it" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count of projects, not a quantity priced by a unit" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
