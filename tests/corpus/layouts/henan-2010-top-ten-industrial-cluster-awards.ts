import type { CorpusLayout } from "../types";

// 河南省人民政府 豫政〔2011〕15号 (2011-02-17): the decision commending the 2010 十强 and 十快 产业集聚区, each awarded 200万元 for its 投融资平台建设;
// 附件1 2010年度河南省十强产业集聚区名单 lists ten zones in one numbered line (1.郑州高新技术产业集聚区 2.新乡高新技术产业集聚区 …). Laid out as
// the annex's list with the award the decision states beside each zone and a 合计 under them.
export const layout: CorpusLayout = {
  id: "henan-2010-top-ten-industrial-cluster-awards",
  source: {
    title: "河南省人民政府关于对2010年度全省十强十快产业集聚区进行表彰奖励的决定（豫政〔2011〕15号）附件1（奖励资金列据正文拟）",
    url: "https://law1.110.com/law_376191.html",
    publisher: "河南省人民政府",
    date: "2011-02-17",
    changes:
      "As published: 附件1's title and its ten zones in order (郑州高新技术 … 安阳高新技术产业集聚区); the decision's award, 200万元 each for 投融资平台建设. " +
      "Ours: the grid (序号 | 产业集聚区名称 | 奖励资金 with the 万元 caption), the 合计 row and the note; 附件2 (十快) is cut, the stored copy " +
      "naming only its first zone. Planted: the 合计 typed 1,800 where the ten awards of 200 add up to 2,000.",
  },
  classes: [
    "register", "award-list-of-zones", "development-zones", "equal-awards", "numbered-lines", "total-row-last", "whole-wanyuan",
    "wanyuan-caption", "annex-label", "year-in-title", "notes-under-table", "table-from-prose", "province-level", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "附件1",
      widths: [8, 34, 16],
      rows: [
        ["附件1", null, null],
        ["2010年度河南省十强产业集聚区名单", null, null],
        [null, null, "单位：万元"],
        ["序号", "产业集聚区名称", "奖励资金"],
        [1, "郑州高新技术产业集聚区", 200],
        [2, "新乡高新技术产业集聚区", 200],
        [3, "漯河经济技术产业集聚区", 200],
        [4, "洛阳高新技术产业集聚区", 200],
        [5, "长葛市产业集聚区", 200],
        [6, "西峡县产业集聚区", 200],
        [7, "沁阳市沁北产业集聚区", 200],
        [8, "民权县产业集聚区", 200],
        [9, "开封汴西产业集聚区", 200],
        [10, "安阳高新技术产业集聚区", 200],
        ["合计", null, 1800],
        ["注：奖励资金专项用于产业集聚区投融资平台建设。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A15:B15", "A16:C16"],
      numberFormats: { "C5:C15": "#,##0" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the hundred-and-eighty-seventh holdout's measurement (counted failed): a 名单 of the zones an award
      // honours, with its award column, is a register of those zones (docs/rules.md, whom a list rewards), as
      // henan-2017-industrial-cluster-star-awards-list and shandong-2021-feature-cluster-top10-awards read theirs; with no
      // catalog its amounts are reported once as unchecked.
      { sheet: "附件1", kind: "register", unit: "万元", headerRow: 4, lastRow: 15, columns: { B: "enterprise", C: "approved" }, year: 2010 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C15", why: "合计 1,800 where the ten awards add up to 10 × 200 = 2,000 (200 short)" },
      { rule: "cap.unknown-policy", cell: "C5", why: "no catalog: the title's 十强产业集聚区 award is unchecked, reported once at the first row's amount" },
    ],
    absent: [
      { rule: "register.duplicate", why: "ten different zones; equal awards are no duplicates" },
      { rule: "input.unreadable-value", cell: "A16", why: "the note under the table is text" },
    ],
  },
};
