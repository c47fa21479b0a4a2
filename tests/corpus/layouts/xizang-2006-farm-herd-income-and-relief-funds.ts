import type { CorpusLayout } from "../types";

// A 2007 report on 西藏's support for 农牧民: in 2006 the 各级财政 set aside 2.8亿元 for free medical care and 特困 relief, 3.2亿元 (整合) for
// 64 特色农牧业 projects, 1.14亿元 in 农机、化肥、良种及种粮 subsidies and 4400万元 for training. Laid out as an arrangement table:
// 序号 | 资金项目 | 安排资金（亿元） | 主要用途, the subsidy line split 其中 by kind, 合计 at the foot, a note under it.
export const layout: CorpusLayout = {
  id: "xizang-2006-farm-herd-income-and-relief-funds",
  source: {
    title: "西藏把投资重点转向基层和农牧区（2006年农牧民增收和社会救助专项资金安排表据报道拟）",
    url: "http://changxiangtd.cn/41-47531-1.html",
    publisher: "新华社（转载）",
    date: "2007-08",
    changes:
      "A news report in prose: the four sums (2.8亿元, 3.2亿元, 1.14亿元, 4400万元 = 0.44亿元) become the lines of an arrangement table " +
      "(table-from-prose); the split of the 1.14亿元 into 种粮直补 / 良种 / 农机 and the 用途 wording are ours. Planted: the 合计 typed 7.85 " +
      "where 2.80 + 3.20 + 1.14 + 0.44 = 7.58 (two digits swapped).",
  },
  classes: ["composition", "lines-with-purpose-column", "qizhong-lines", "total-at-foot", "two-decimal-yiyuan", "yiyuan-in-header", "notes-under-table", "table-from-prose", "news-report", "province-level", "xizang"],
  settings: { district: "西藏自治区" },
  sheets: [
    {
      name: "专项资金安排",
      widths: [6, 34, 16, 44],
      rows: [
        ["2006年西藏自治区各级财政农牧民增收和社会救助专项资金安排表", null, null, null],
        ["序号", "资金项目", "安排资金（亿元）", "主要用途"],
        ["一", "农牧民免费医疗和特困群众医疗救助资金", 2.8, "农牧民免费医疗、特困群众医疗救助"],
        ["二", "特色农牧业开发项目资金（整合）", 3.2, "奶牛饲养基地、优质青稞油菜基地等64个项目"],
        ["三", "农牧业生产补贴资金", 1.14, "农机、化肥、良种及种粮农民补贴"],
        [null, "其中：种粮农民直接补贴", 0.52, null],
        [null, "      良种补贴", 0.36, null],
        [null, "      农机购置补贴", 0.26, null],
        ["四", "农牧民培训资金", 0.44, "农牧民技能培训、劳务输出培训"],
        ["合计", null, 7.85, null],
        ["注：特色农牧业开发项目受益人口36.45万人；表列资金含中央补助。", null, null, null],
      ],
      merges: ["A1:D1", "A10:B10", "A11:D11"],
      numberFormats: { "C3:C10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "专项资金安排",
        kind: "composition",
        unit: "亿元",
        headerRow: 2,
        lastRow: 10,
        columns: { A: "code", B: "line", C: "amount" },
        year: 2006,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C10", why: "2.80 + 3.20 + 1.14 + 0.44 = 7.58, not the 7.85 typed (0.27 over)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "其中 0.52 + 0.36 + 0.26 = 1.14" },
      { rule: "composition.line-mismatch", cell: "C4", why: "64个 in the 用途 text is no quantity column: nothing to multiply" },
      { rule: "input.unreadable-value", cell: "D4", why: "主要用途 is text by nature" },
      { rule: "input.unreadable-value", why: "the note under the table is no data row" },
    ],
  },
};
