import type { CorpusLayout } from "../types";

// 察哈尔右翼后旗委乡村振兴工作领导小组 2023-09-25: 察右后旗2023年统筹整合使用财政涉农涉牧资金试点工作调整方案 (approved by 自治区乡村振兴局,
// under 财农〔2021〕22号 and 内财农〔2023〕240号). Laid out as the plan's sources table after adjustment: 序号 | 资金名称 | 资金文号 | 金额, each
// level (中央, 自治区, 市级, 旗本级) a subtotal row over its funds, 合计 at the foot, whole 万元.
export const layout: CorpusLayout = {
  id: "chayouhouqi-2023-integrated-funds-sources-adjusted",
  source: {
    title: "察右后旗2023年统筹整合使用财政涉农涉牧资金试点工作调整方案（整合资金来源明细表据正文拟）",
    url: "https://www.nmdbkk.com/html_3/yangzhi/18512/list/3.html",
    publisher: "察哈尔右翼后旗委乡村振兴工作领导小组（page as stored by a reposting site）",
    date: "2023-09-25",
    changes:
      "As published: the adjustment notice, its approval by 自治区乡村振兴局, the documents it follows (财农〔2021〕22号, 内财农〔2023〕240号) and the " +
      "aims of the plan (中央统筹、自治区负总责、市旗乡抓落实). The stored copy stops before the plan's figures: the sources table, the funds' " +
      "document numbers and every amount are ours. Planted: the 自治区资金 subtotal typed 3,120 where its funds give 2,460 + 750 = 3,210; the " +
      "合计 14,736 adds the funds.",
  },
  classes: [
    "composition", "money-by-level", "level-subtotal-rows", "chinese-numbered-classes", "document-number-column", "total-at-foot",
    "whole-wanyuan", "wanyuan-caption", "digits-transposed", "notes-under-table", "table-from-prose", "integrated-agri-funds", "banner-fund",
    "neimenggu",
  ],
  settings: { district: "察哈尔右翼后旗" },
  sheets: [
    {
      name: "资金来源",
      widths: [6, 40, 26, 12],
      rows: [
        ["察右后旗2023年统筹整合使用财政涉农涉牧资金来源明细表（调整后）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "资金名称", "资金文号", "金额"],
        ["一", "中央资金小计", null, 9846],
        [1, "中央财政衔接推进乡村振兴补助资金（提前下达）", "内财农〔2022〕1526号", 6218],
        [2, "中央财政衔接推进乡村振兴补助资金（第二批）", "内财农〔2023〕512号", 1932],
        [3, "农业生产发展资金", "内财农〔2023〕318号", 1046],
        [4, "林业草原改革发展资金", "内财资环〔2023〕402号", 650],
        ["二", "自治区资金小计", null, 3120],
        [1, "自治区财政衔接推进乡村振兴补助资金", "内财农〔2022〕1530号", 2460],
        [2, "自治区农牧业产业发展资金", "内财农〔2023〕421号", 750],
        ["三", "市级资金小计", null, 480],
        [1, "乌兰察布市财政衔接推进乡村振兴补助资金", "乌财农〔2023〕86号", 480],
        ["四", "旗本级资金小计", null, 1200],
        [1, "旗本级财政衔接推进乡村振兴资金", "后财发〔2023〕15号", 1200],
        ["合计", null, null, 14736],
        ["注：以上资金纳入统筹整合范围，在整合资金范围内打通使用；调整后资金总规模以实际到位资金为准。", null, null, null],
      ],
      merges: ["A1:D1", "A16:C16", "A17:D17"],
    },
  ],
  expect: {
    tables: [
      { sheet: "资金来源", kind: "composition", unit: "万元", headerRow: 3, lastRow: 16, columns: { B: "line", D: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "自治区资金小计 3,120 where 2,460 + 750 = 3,210: 90 short, whole 万元 with nothing to round" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D16", why: "合计 14,736 = 9,846 + 3,210 + 480 + 1,200, the funds as typed: the slip is the subtotal's alone" },
      { rule: "composition.total-mismatch", cell: "D4", why: "中央资金小计 9,846 = 6,218 + 1,932 + 1,046 + 650" },
      { rule: "composition.total-mismatch", cell: "D12", why: "市级资金 480 = its one fund" },
      { rule: "input.unreadable-value", why: "the document numbers (内财农〔2022〕1526号) are text, no amounts; the note is no row" },
    ],
  },
};
