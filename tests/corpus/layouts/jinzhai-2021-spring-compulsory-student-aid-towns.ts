import type { CorpusLayout } from "../types";

// 金寨县 (2021): 春学期 义务教育学生资助 by 乡镇 — four counted groups whose headings state each pupil's money
// (小学 走读 250 / 寄宿 500, 初中 走读 312.5 / 寄宿 625 元), one money column, a 小计 over the county's towns, 外县, 合计.
// Planted: the 小计's money typed with two digits swapped.
export const layout: CorpusLayout = {
  id: "jinzhai-2021-spring-compulsory-student-aid-towns",
  source: {
    title: "2021年春学期义务教育学生资助分乡镇汇总表（含斑竹园镇）",
    url: "https://www.ahjinzhai.gov.cn/public/6617601/33941574.html",
    publisher: "金寨县人民政府（教育局）",
    date: "2021",
    changes:
      "Kept as published: the two header rows (小学 and 初中 each merged over 走读生 | 寄宿生, the standard in each heading), 总人数 and " +
      "补助资金合计 merged down, the 小计 row after the county's towns, then 外县 and 合计. Cut to 10 of the 24 乡镇; the caption 单位：人、元 " +
      "is ours; counts and money are ours (every line's money its four counts × their standards). Planted: the 小计's 补助资金合计 typed " +
      "2,151,750 where the ten towns add up to 2,115,750.",
  },
  classes: ["composition", "two-header-rows", "unit-in-heading", "several-counted-groups", "subtotal-then-outside-line", "half-yuan", "total-row-last", "transposed-digits", "county-level", "anhui"],
  settings: { district: "金寨县" },
  sheets: [
    {
      name: "汇总表",
      widths: [6, 12, 10, 16, 16, 16, 16, 14],
      rows: [
        ["2021年春学期义务教育学生资助分乡镇汇总表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：人、元"],
        ["序号", "乡镇名称", "总人数", "小学", null, "初中", null, "补助资金合计"],
        [null, null, null, "走读生（四类学生，每生每学期250元）", "寄宿生（四类学生，每生每学期500元）", "走读生（四类学生，每生每学期312.5元）", "寄宿生（四类学生，每生每学期625元）", null],
        [1, "梅山", 928, 512, 8, 160, 248, 337000],
        [2, "天堂寨", 361, 133, 79, 10, 139, 162750],
        [3, "白塔畈", 400, 150, 61, 18, 171, 180500],
        [4, "青山", 248, 121, 12, 45, 70, 94062.5],
        [5, "张冲", 277, 144, 22, 30, 81, 107000],
        [6, "油坊店", 334, 168, 35, 21, 110, 134812.5],
        [7, "燕子河", 386, 165, 57, 25, 139, 164437.5],
        [8, "古碑", 809, 420, 28, 201, 160, 281812.5],
        [9, "南溪", 783, 415, 33, 170, 165, 276500],
        [10, "汤家汇", 1017, 470, 70, 236, 241, 376875],
        ["小计", null, 5543, 2698, 405, 916, 1524, 2151750],
        [11, "外县", 231, 104, 26, 30, 71, 92750],
        ["合计", null, 5774, 2802, 431, 946, 1595, 2208500],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:H4", "A15:B15", "A17:B17"],
    },
  ],
  expect: {
    tables: [
      { sheet: "汇总表", kind: "composition", unit: "元", headerRow: 3, lastRow: 17, columns: { B: "line", H: "amount" }, year: 2021 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "H15",
        why: "the ten towns' money add up to 2,115,750 元 (337,000 + 162,750 + … + 376,875); the 小计 states 2,151,750: 36,000 元 over",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "H17", why: "合计 2,208,500 = the towns' 2,115,750 + 外县 92,750: it agrees with the 小计's lines, the slip is the 小计's alone" },
      { rule: "composition.line-mismatch", cell: "H8", why: "青山: 121 × 250 + 12 × 500 + 45 × 312.5 + 70 × 625 = 94,062.50 元; every line is its four counts × their standards" },
      { rule: "composition.total-mismatch", cell: "C15", why: "总人数 of the towns add up to 5,543 as stated; counts, never money" },
      { rule: "composition.total-mismatch", cell: "C5", why: "梅山's 总人数 928 = 512 + 8 + 160 + 248 pupils" },
      { rule: "composition.total-mismatch", cell: "D15", why: "小学走读生 of the towns add up to 2,698 pupils as stated: the heading's 250元 is each pupil's standard, the column a count" },
    ],
  },
};
