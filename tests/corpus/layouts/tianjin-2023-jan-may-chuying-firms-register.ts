import type { CorpusLayout } from "../types";

// 天津市科技局 2023-07: 1—5月 科技型中小企业、雏鹰、瞪羚、科技领军 evaluation report (866 雏鹰 firms entered, 滨海新区 413, 武清 67,
// 东丽 66, 西青 63, 津南 56), 附表 not in the stored copy. Laid out as such an 入库名单 is — 序号 | 企业名称 | 统一社会信用代码 | 所属区 |
// 入库批次 — eight rows of ours, no money.
export const layout: CorpusLayout = {
  id: "tianjin-2023-jan-may-chuying-firms-register",
  source: {
    title: "2023年1-5月份天津市科技型企业评价入库情况通报（雏鹰企业评价入库名单摘录，名单据通报拟）",
    url: "http://jnhfrqm.com/sy/ztzl/ztlbtwo/kjxzxqy/sjtj/202307/t20230704_6343270.html",
    publisher: "天津市科学技术局",
    date: "2023-07-04",
    changes:
      "As published: the report's counts by district (5288 科技型中小企业, 866 雏鹰, 74 瞪羚, 254 领军（培育）). The list itself (附表) is not in the " +
      "stored copy: the table, firms, codes and batches are ours (eight rows, the note saying so). Planted: 天津海河智测科技有限公司 entered a second " +
      "time (row 10, same code); 天津津南绿氢装备有限公司's code 91120112JJC171HU4R has a wrong check character (Q is right).",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "districts-as-places", "batch-column", "duplicate-firm",
    "notes-under-table", "municipal-list", "annex-not-shown", "table-not-in-stored-copy", "tianjin",
  ],
  settings: { district: "天津市" },
  sheets: [
    {
      name: "雏鹰企业",
      widths: [6, 32, 22, 12, 14],
      rows: [
        ["2023年1-5月天津市雏鹰企业评价入库名单（摘录）", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所属区", "入库批次"],
        [1, "天津滨海云芯微电子有限公司", "91120116AY4CL12TH2", "滨海新区", "2023年第一批"],
        [2, "天津海河智测科技有限公司", "911201163BJ1XG6126", "滨海新区", "2023年第一批"],
        [3, "天津西青精锐传感技术有限公司", "91120111DD272HD1T8", "西青区", "2023年第一批"],
        [4, "天津武清京津智造科技有限公司", "91120114J3Y7LLJY13", "武清区", "2023年第二批"],
        [5, "天津津南绿氢装备有限公司", "91120112JJC171HU4R", "津南区", "2023年第二批"],
        [6, "天津北辰康泰医疗器械有限公司", "91120113M53JJL6B3Y", "北辰区", "2023年第二批"],
        [7, "天津南开数智软件有限公司", "91120104HDQAEJXEBF", "南开区", "2023年第三批"],
        [8, "天津海河智测科技有限公司", "911201163BJ1XG6126", "滨海新区", "2023年第三批"],
        ["注：1-5月全市866家企业通过雏鹰企业评价入库，本表为摘录；雏鹰企业有效期内不重复入库。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "雏鹰企业", kind: "register", headerRow: 2, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "place", E: "batch" }, year: 2023 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B10", why: "天津海河智测科技有限公司 (911201163BJ1XG6126) entered again at 8, first at 2" },
      { rule: "register.invalid-credit-code", cell: "C7", why: "91120112JJC171HU4R: the GB 32100 check character of 91120112JJC171HU4 is Q, not R" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D3", why: "滨海新区 is a district of 天津市" },
      { rule: "register.ineligible-location", cell: "D9", why: "南开区 is a district of 天津市" },
      { rule: "register.duplicate", cell: "B4", why: "the first entry of 天津海河智测科技有限公司 (row 4) is not the repeat; 滨海新区 holds two different firms" },
      { rule: "register.invalid-credit-code", cell: "C4", why: "911201163BJ1XG6126 is valid (check character 6)" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is no data" },
    ],
  },
};
