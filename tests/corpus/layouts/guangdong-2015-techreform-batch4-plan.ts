import type { CorpusLayout } from "../types";

// 广东省经济和信息化委 / 广东省财政厅 2015-09-23: a provincial special fund split among twelve
// cities by a factor method; two columns, the 小计 on the first row above the cities, 万元 both
// in the caption and in the header.
export const layout: CorpusLayout = {
  id: "guangdong-2015-techreform-batch4-plan",
  source: {
    title: "关于2015年广东省省级企业技术改造专项资金（第四批）项目计划的公示（附件：2015年广东省省级企业技术改造专项资金（第四批）项目计划表）",
    url: "https://fz.feibaos.com/news/info/6201.html",
    publisher: "广东省经济和信息化委、广东省财政厅 (notice mirrored on feibaos.com)",
    date: "2015-09-23",
    changes:
      "Annex title, 单位：万元, the header (地市 | 计划安排额度（万元）), the 小计 row first and the twelve cities in their published " +
      "order as published. Amounts ours (the published shares scaled to a 128,000万元 total). Planted: 阳江市 8,560 where the " +
      "shares give 8,960, so the cities add up to 127,600 while 小计 states 128,000.",
  },
  classes: ["composition", "total-row-first", "xiaoji-as-grand-total", "wanyuan-caption", "wanyuan-in-header", "two-columns"],
  sheets: [
    {
      name: "附件",
      widths: [14, 22],
      rows: [
        ["附件", null],
        ["2015年广东省省级企业技术改造专项资金（第四批）项目计划表", null],
        [null, "单位：万元"],
        ["地市", "计划安排额度（万元）"],
        ["小计", 128000],
        ["汕头市", 17920],
        ["韶关市", 12800],
        ["河源市", 6400],
        ["梅州市", 8960],
        ["汕尾市", 6400],
        ["阳江市", 8560],
        ["湛江市", 12800],
        ["茂名市", 12800],
        ["清远市", 8960],
        ["潮州市", 7680],
        ["揭阳市", 15360],
        ["云浮市", 8960],
      ],
      merges: ["A2:B2"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 17,
        columns: { A: "line", B: "amount" },
        year: 2015,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "B5",
        why: "小计 128,000; the twelve cities 17,920 + 12,800 + 6,400 + 8,960 + 6,400 + 8,560 + 12,800 + 12,800 + 8,960 + 7,680 + 15,360 + 8,960 = 127,600 (400万元 less)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B17", why: "云浮市 is the last city, not a total" },
      { rule: "composition.line-mismatch", why: "the lines have no unit price or quantity" },
      { rule: "composition.approved-mismatch", why: "the workbook states no approved budget apart from its own 小计" },
      { rule: "execution.total-mismatch", why: "an allocation plan, not an execution table" },
    ],
  },
};
