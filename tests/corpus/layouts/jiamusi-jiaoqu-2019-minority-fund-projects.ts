import type { CorpusLayout } from "../types";

// 佳木斯市郊区委统战部 (2019-01): three 少数民族发展资金 projects for 敖其镇赫哲村, stated in one sentence; laid out as the
// project table such a notice carries. Planted: the 合计 typed 10 too much.
export const layout: CorpusLayout = {
  id: "jiamusi-jiaoqu-2019-minority-fund-projects",
  source: {
    title: "佳木斯市郊区2019年少数民族发展资金拟建项目公示",
    url: "http://www.jmsjqzf.gov.cn/e/action/ShowInfo.php?classid=17&id=9547",
    publisher: "佳木斯市郊区委统战部",
    date: "2019-01-18",
    changes:
      "The notice names the three projects and their money in one sentence (赫哲文化传承展示中心 87万元, 敖其特色产业园改造 45万元, " +
      "赫哲村卫生室 15万元); the table (序号 | 项目名称 | 实施地点 | 预计投入资金, 合计, note) is built from it, title suffixed （表据正文拟）. " +
      "Amounts ours (82, 48, 16). Planted: 合计 typed 156 where 82 + 48 + 16 = 146.",
  },
  classes: ["composition", "projects-as-lines", "place-column", "table-from-prose", "total-row-last", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "district-level", "heilongjiang"],
  settings: { district: "佳木斯市郊区" },
  sheets: [
    {
      name: "拟建项目",
      widths: [6, 30, 16, 16],
      rows: [
        ["佳木斯市郊区2019年少数民族发展资金拟建项目表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施地点", "预计投入资金"],
        [1, "建设赫哲文化传承展示中心", "敖其镇赫哲村", 82],
        [2, "敖其特色产业园改造", "敖其镇", 48],
        [3, "建设敖其镇赫哲村卫生室", "敖其镇赫哲村", 16],
        ["合计", null, null, 156],
        ["注：项目经村民代表大会讨论，由敖其镇政府申请，区政府审核。", null, null, null],
      ],
      merges: ["A1:D1", "A7:C7", "A8:D8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "拟建项目", kind: "composition", unit: "万元", headerRow: 3, lastRow: 7, columns: { B: "line", D: "amount" }, year: 2019 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "82 + 48 + 16 = 146万元; 合计 states 156: 10万元 over" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "敖其镇 and its 赫哲村 lie in 佳木斯市郊区; and no one is paid: an allocation by project" },
      { rule: "register.duplicate", why: "two projects in 赫哲村 are two projects, not one payee twice" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note is not data" },
    ],
  },
};
