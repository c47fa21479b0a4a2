import type { CorpusLayout } from "../types";

// 北京市财政局 2018-02 (央广网转北京日报): 140亿 for 疏解整治促提升 and 16.4亿 to move education and medical resources out —
// 北京信息科技大学新校区 6亿, 首师大附中通州校区 1亿, 景山学校通州校区 1亿, 同仁医院亦庄院区扩建 2亿. Laid out as a project list in 亿元.
export const layout: CorpusLayout = {
  id: "beijing-2018-relocation-education-medical-investment",
  source: {
    title: "140亿财政资金 今年北京疏解整治行动再加码（教育和医疗资源疏解项目财政投入表据正文拟）",
    url: "http://m.cnr.cn/news/20180211/t20180211_524132017.html",
    publisher: "北京市财政局（央广网转载北京日报）",
    date: "2018-02-11",
    changes:
      "The report gives 16.4亿元 for moving education and medical resources and names four projects (6, 1, 1, 2亿元); no table is shown. " +
      "The grid (序号 | 项目名称 | 财政投入 | 备注, 合计 at the foot, the 140亿 and 122亿 as a note) is built from the prose; the remainder line " +
      "(其他教育和医疗资源疏解项目) is ours. Planted: the remainder typed 7.4 where 16.4 − 6 − 1 − 1 − 2 = 6.4, so the lines add to 17.4 against the 合计 16.4.",
  },
  classes: ["composition", "allocation-by-project", "total-at-foot", "remainder-line", "remark-column", "yiyuan-caption", "one-decimal-yiyuan", "notes-under-table", "table-from-prose", "news-report", "city-fund", "beijing"],
  sheets: [
    {
      name: "投入表",
      widths: [6, 34, 12, 22],
      rows: [
        ["2018年本市教育和医疗资源疏解项目财政投入表（表据正文拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "项目名称", "财政投入", "备注"],
        [1, "北京信息科技大学新校区建设", 6, null],
        [2, "首师大附中通州校区", 1, null],
        [3, "景山学校通州校区", 1, null],
        [4, "同仁医院亦庄院区扩建", 2, null],
        [5, "其他教育和医疗资源疏解项目", 7.4, "正文未列明"],
        ["合计", null, 16.4, null],
        ["注：另安排140亿元“疏整促”专项资金由各区统筹用于“十大专项行动”；加上新机场征地拆迁等项目，全年疏解非首都功能财政投入达122亿元。", null, null, null],
      ],
      merges: ["A1:D1", "A9:B9", "A10:D10"],
      numberFormats: { "C4:C9": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "投入表", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 9, columns: { B: "line", C: "amount" }, year: 2018 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "合计 16.4 where 6 + 1 + 1 + 2 + 7.4 = 17.4: 1.0亿元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "A10", why: "the note's 140亿 and 122亿 are prose, not lines" },
      { rule: "composition.total-mismatch", cell: "A3", why: "序号 1–5 are numbering, not money" },
      { rule: "composition.line-mismatch", why: "no line has a unit amount or quantity to multiply" },
    ],
  },
};
