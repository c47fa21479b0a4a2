import type { CorpusLayout } from "../types";

// 黑龙江省财政厅 2015-01-19: the 2014 “先干后补” subsidy to 60 超级种粮大户 for 77 storage projects — 储粮仓, 烘干塔, 地坪 —
// 4,564万元 in all, paid through the grain-subsidy 一折（卡）通, as a farm-machinery trade site carries the report.
export const layout: CorpusLayout = {
  id: "heilongjiang-2014-super-grain-grower-facility-subsidy",
  source: {
    title: "黑龙江省2014年给予60户超级种粮大户77个建设项目财政补助资金4564万元（补助资金汇总表据正文拟）",
    url: "http://americanairductva.com/market/njgjspjy/5458.html",
    publisher: "黑龙江省财政厅（转载）",
    date: "2015-01-19",
    changes:
      "The report is prose: 60户超级种粮大户的77个建设项目, 财政补助资金4564万元, 储粮仓2.6万平方米、烘干塔23座、地坪17.9万平方米, 项目投资总额1.4亿元. " +
      "The table (序号 | 项目类别 | 项目个数 | 建设规模 | 计量单位 | 财政补助资金, 合计 at the foot, 单位：万元) is laid out from it; the " +
      "split of the 77 projects, of the 1.4亿元 and of the 4,564万元 by kind is ours, the totals and the built quantities are the report's. " +
      "Planted: the 合计 of 财政补助资金 typed 4,654 where the three kinds add up to 4,564.",
  },
  classes: ["composition", "by-project-kind", "count-column", "mixed-units-quantity", "unit-column", "foot-total-slip", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "provincial-department", "heilongjiang"],
  sheets: [
    {
      name: "补助资金汇总",
      widths: [6, 14, 10, 10, 12, 16],
      rows: [
        ["黑龙江省2014年超级种粮大户建设项目财政补助资金汇总表", null, null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "项目个数", "建设规模", "计量单位", "财政补助资金"],
        [1, "储粮仓", 31, 2.6, "万平方米", 1820],
        [2, "烘干塔", 23, 23, "座", 1932],
        [3, "地坪", 23, 17.9, "万平方米", 812],
        ["合计", null, 77, null, null, 4654],
        ["注：补助资金按照“先干后补”的原则，对经审查验收合格的项目给予支持，以粮食补贴“一折（卡）通”方式足额发放到种粮大户。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A7:B7", "A8:F8"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "补助资金汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "line", C: "quantity", F: "amount" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F7", why: "财政补助资金 合计 4,654, but 1,820 + 1,932 + 812 = 4,564 (90 apart, digits swapped)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C7", why: "项目个数 31 + 23 + 23 = 77" },
      { rule: "composition.total-mismatch", cell: "D7", why: "建设规模 has mixed units (万平方米, 座) and no total" },
      { rule: "composition.line-mismatch", why: "no unit amount column; 建设规模 is not priced" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table" },
    ],
  },
};
