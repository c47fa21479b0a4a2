import type { CorpusLayout } from "../types";

// 永嘉县民政局 (2021-01): January's 孤儿和困境儿童生活补助金 by 乡镇（街道） — two blocks of 人数 | 金额 and a 共计 across.
// Planted: 岩头镇's 共计 typed with two digits swapped (so its row and the 共计 column's foot both disagree).
export const layout: CorpusLayout = {
  id: "yongjia-2021-jan-orphan-hardship-child-allowance",
  source: {
    title: "永嘉县民政局关于下拨2021年1月份孤儿和困境儿童生活补助金的通知",
    url: "http://www.yj.gov.cn/art/2021/1/21/art_1229264065_59055476.html",
    publisher: "永嘉县民政局",
    date: "2021-01-11",
    changes:
      "Kept as published: the annex title, the six columns (乡镇（街道） | 孤儿补助人数 | 孤儿补助金额 | 困境儿童补助人数 | 困境儿童补助金额 | 共计) " +
      "and the 合计 row. Cut to 14 of the 22 乡镇（街道）; counts and money are ours (孤儿 1,505 元 a child, 困境儿童 varying by grade), the " +
      "notice's total changed accordingly. Planted: 岩头镇's 共计 typed 106,458 where 3,010 + 101,648 = 104,658.",
  },
  classes: ["composition", "count-and-money-blocks", "total-column-last", "towns-as-lines", "yuan-no-caption", "total-row-last", "transposed-digits", "monthly-allowance", "county-level", "zhejiang"],
  settings: { district: "永嘉县" },
  sheets: [
    {
      name: "附件1",
      widths: [14, 14, 14, 16, 16, 14],
      rows: [
        ["附件1：", null, null, null, null, null],
        ["2021年1月份孤儿和困境儿童生活补助金汇总表", null, null, null, null, null],
        ["乡镇 （街道）", "孤儿补助人数", "孤儿补助金额", "困境儿童补助人数", "困境儿童补助金额", "共计"],
        ["桥头镇", 1, 1505, 45, 49320, 50825],
        ["桥下镇", 3, 4515, 31, 40185, 44700],
        ["金溪镇", 0, 0, 12, 13206, 13206],
        ["岩头镇", 2, 3010, 88, 101648, 106458],
        ["沙头镇", 1, 1505, 72, 80712, 82217],
        ["枫林镇", 0, 0, 51, 55539, 55539],
        ["岩坦镇", 0, 0, 53, 59201, 59201],
        ["碧莲镇", 3, 4515, 41, 52478, 56993],
        ["鹤盛镇", 1, 1505, 39, 43563, 45068],
        ["东城街道", 0, 0, 17, 18741, 18741],
        ["南城街道", 2, 3010, 26, 28862, 31872],
        ["北城街道", 1, 1505, 23, 26914, 28419],
        ["瓯北街道", 2, 3010, 33, 41095, 44105],
        ["三江街道", 1, 1505, 9, 10476, 11981],
        ["合计", 17, 25585, 540, 621940, 647525],
      ],
      merges: ["A2:F2"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "line", B: "quantity", C: "amount:孤儿", D: "quantity", E: "amount:困境儿童", F: "amount" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F7", why: "岩头镇 共计: 孤儿 3,010 + 困境儿童 101,648 = 104,658 元; typed 106,458: 1,800 元 over" },
      {
        rule: "composition.total-mismatch",
        cell: "F18",
        why: "the 共计 column's lines as typed add up to 649,325 元 (647,525 with 岩头镇's 1,800 too many); the 合计 states 647,525",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C18", why: "孤儿补助金额 add up to 25,585 元 as stated" },
      { rule: "composition.total-mismatch", cell: "E18", why: "困境儿童补助金额 add up to 621,940 元 as stated" },
      { rule: "composition.total-mismatch", cell: "B18", why: "17 孤儿 and 540 困境儿童 are counts, added as stated, never money" },
      { rule: "composition.total-mismatch", cell: "F6", why: "金溪镇 has no 孤儿: 0 + 13,206 = 13,206" },
      { rule: "execution.no-spending", cell: "C6", why: "a 0 under 孤儿补助金额 is no child to pay, not money unspent" },
    ],
  },
};
