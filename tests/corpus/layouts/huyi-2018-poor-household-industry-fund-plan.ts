import type { CorpusLayout } from "../types";

// 鄠产脱贫办发〔2018〕10号 (2018-03-05): the 2018 central 专项扶贫资金 211万元 for 211 建档立卡户 that grew their own industry, 1万元 a
// household, cut to the towns (and 景区管理局) that pay it; its 附件 the 建档立卡户产业发展资金项目计划表, 单位：户、万元, by 镇名.
export const layout: CorpusLayout = {
  id: "huyi-2018-poor-household-industry-fund-plan",
  source: {
    title: "关于下达2018年中央财政专项扶贫资金项目计划的通知（鄠产脱贫办发〔2018〕10号）附件：建档立卡户产业发展资金项目计划表",
    url: "http://www.xahy.gov.cn/zwgk/snxx/fpxmzj/2018nd/fpzj/5e98131ff99d657613dfa13a.html",
    publisher: "西安市鄠邑区农村脱贫攻坚领导小组产业脱贫办公室 西安市鄠邑区财政局",
    date: "2018-03-05",
    changes:
      "As published: the 附件's title, 单位：户、万元, 序号 and 镇名 and the notice's terms (211户 at 1万元 each, 211万元). The stored copy breaks off after the " +
      "third heading (“建…”): the columns 建档立卡户数（户） | 补助标准（万元/户） | 补助资金 | 备注 are ours from the notice's terms, as are the towns' counts " +
      "(twelve units of 鄠邑区, their households adding to 211) and the note. Planted: 大王镇's 补助资金 typed 25 for 21 households at 1万元, so the column " +
      "as typed (215) also misses the 合计 211.",
  },
  classes: ["composition", "unit-times-quantity", "standard-column", "allocation-by-town", "scenic-area-as-line", "count-columns", "whole-wanyuan", "mixed-units-caption", "remark-column", "total-at-foot", "notes-under-table", "poverty-fund", "district-fund", "header-partly-supplied", "shaanxi"],
  settings: { district: "鄠邑区" },
  sheets: [
    {
      name: "项目计划表",
      widths: [6, 18, 16, 16, 12, 16],
      rows: [
        ["附件", null, null, null, null, null],
        ["建档立卡户产业发展资金项目计划表", null, null, null, null, null],
        [null, null, null, null, null, "单位：户、万元"],
        ["序号", "镇名", "建档立卡户数（户）", "补助标准（万元/户）", "补助资金", "备注"],
        [1, "祖庵镇", 24, 1, 24, null],
        [2, "秦渡镇", 18, 1, 18, null],
        [3, "大王镇", 21, 1, 25, null],
        [4, "蒋村镇", 26, 1, 26, null],
        [5, "庞光镇", 15, 1, 15, null],
        [6, "涝店镇", 12, 1, 12, null],
        [7, "甘河镇", 19, 1, 19, null],
        [8, "石井镇", 22, 1, 22, null],
        [9, "玉蝉镇", 17, 1, 17, null],
        [10, "草堂镇", 14, 1, 14, null],
        [11, "余下镇", 14, 1, 14, null],
        [12, "太平景区管理局", 9, 1, 9, "镇级报账"],
        ["合计", null, 211, null, 211, null],
        ["注：资金切块到镇、镇为主体、镇级报账，由各镇（景区管理局）验收后分批补助到户。", null, null, null, null, null],
      ],
      merges: ["A2:F2", "A17:B17", "A18:F18"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 17,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E7", why: "大王镇 21户 × 1万元/户 = 21, typed 25: 4万元 over" },
      { rule: "composition.total-mismatch", cell: "E17", why: "合计 211 against the lines as typed 24+18+25+26+15+12+19+22+17+14+14+9 = 215: 4万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C17", why: "households 211 = 24+18+21+26+15+12+19+22+17+14+14+9 (a count, not money)" },
      { rule: "composition.line-mismatch", cell: "E8", why: "every other line is its households × 1万元" },
      { rule: "input.unreadable-value", cell: "F16", why: "镇级报账 is a remark" },
      { rule: "register.ineligible-location", why: "an allocation to the district's own towns and scenic-area bureau" },
    ],
  },
};
