import type { CorpusLayout } from "../types";

// 福州 (from 福建省乡村振兴试点示范工作方案, 2019): the city's villages among the province's 1,000 乡村振兴试点村, printed county by
// county — a heading `福清市（20个）` then the villages, each written town + village (`江镜镇南宵村`). No money, no codes. One village
// listed twice under 闽侯县; two villages both named 后福村 in different towns are no duplicate.
export const layout: CorpusLayout = {
  id: "fuzhou-2019-rural-revitalisation-pilot-villages",
  source: {
    title: "福建省乡村振兴试点示范工作方案 — 全省1000个乡村振兴试点村名单（福州145个村入选）",
    url: "https://gaowenjiao.htvsilicone.com/news-3701839.html",
    publisher: "福建省委实施乡村振兴战略领导小组（转载）",
    date: "2019",
    changes:
      "The page prints each county's heading with its count and then its villages in one line separated by 、; here one village a row " +
      "under its county heading, with a 序号 column of ours and a header row of ours (序号 | 试点村). Cut to four counties and 15 rows; " +
      "the counts in the headings are the rows kept. Villages are ours but for the 后福村 pair (尚干镇 and 青口镇), which the published " +
      "list has. Planted: 白沙镇大目溪村 listed again as 10.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "no-credit-codes", "villages-as-payees", "town-in-name", "county-heading-rows",
    "count-in-heading", "same-name-different-town", "duplicate-firm", "header-row-supplied", "city-level", "fujian",
  ],
  settings: { district: "福州市" },
  sheets: [
    {
      name: "试点村",
      widths: [6, 30],
      rows: [
        ["全省1000个乡村振兴试点村名单（福州市）", null],
        ["序号", "试点村"],
        ["福清市（5个）", null],
        [1, "江镜镇南湾村"],
        [2, "龙田镇东安村"],
        [3, "港头镇后叶村"],
        [4, "高山镇东山村"],
        [5, "渔溪镇上郑村"],
        ["闽侯县（5个）", null],
        [6, "白沙镇大目溪村"],
        [7, "上街镇溪源村"],
        [8, "尚干镇后福村"],
        [9, "青口镇后福村"],
        [10, "白沙镇大目溪村"],
        ["连江县（3个）", null],
        [11, "黄岐镇北茭村"],
        [12, "丹阳镇东岸村"],
        [13, "浦口镇官岐村"],
        ["永泰县（2个）", null],
        [14, "嵩口镇月洲村"],
        [15, "葛岭镇溪口村"],
      ],
      merges: ["A1:B1", "A3:B3", "A9:B9", "A15:B15", "A19:B19"],
    },
  ],
  expect: {
    tables: [{ sheet: "试点村", kind: "register", headerRow: 2, lastRow: 21, columns: { B: "enterprise" } }],
    findings: [
      { rule: "register.duplicate", cell: "B14", why: "白沙镇大目溪村 is 6 (row 10) and again 10 (row 14), both under 闽侯县" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "B13", why: "青口镇后福村 and 尚干镇后福村 (row 12) are villages of two towns: different names as written" },
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no amounts" },
      { rule: "register.ineligible-location", why: "福清市, 闽侯县, 连江县, 永泰县 and their towns lie in 福州市" },
      { rule: "register.invalid-credit-code", why: "no credit codes" },
    ],
  },
};
