import type { CorpusLayout } from "../types";

// 广东省经信委 / 广东省财政厅 2014-10-23: 2014年度广东省产业园扩能增效专项资金 招商选资专题和企业创新专题 评审结果的公示, 附表2 —
// 企业创新专题省财政补助资金分配计划表: seven firms' projects in two kinds (股权投资类 5, 以奖代补类 2) as category rows, one 合计.
// The stored page gives the notice's prose and names the attachment (公示附表1-2.doc) but not its body.
export const layout: CorpusLayout = {
  id: "guangdong-2014-park-fund-enterprise-innovation-allocation",
  source: {
    title: "关于2014年度广东省产业园扩能增效专项资金招商选资专题和企业创新专题评审结果的公示 — 附表2 企业创新专题省财政补助资金分配计划表（表据正文拟）",
    url: "http://at0312.cn/news/gdei/31948.html",
    publisher: "广东省经济和信息化委员会、广东省财政厅",
    date: "2014-10-23",
    changes:
      "As published: the notice's prose (企业创新专题 4,690万元 for 7 企业项目, 其中 股权投资类项目5个 4,650万元, 以奖代补类项目2个 40万元; " +
      "以奖代补 paid to the firms directly, the rest as 股权投资) and the attachment's title. The stored copy does not show the attachment's " +
      "body: the columns (序号 | 所在产业园 | 项目承担单位 | 项目名称 | 扶持方式 | 拟安排扶持资金 | 备注), the two category rows and the 合计 " +
      "follow the notice's wording; the firms, projects and figures are ours (the 合计 keeps the notice's 4,690). Planted: the 合计 4,690 " +
      "while the seven lines add up to 4,700 (one 股权投资 line typed 810 where 800 was meant).",
  },
  classes: [
    "register", "award-list", "category-rows", "total-row-last", "whole-wanyuan", "wanyuan-caption", "attachment-label", "notes-under-table",
    "table-from-prose", "no-credit-codes", "province-list", "guangdong",
  ],
  sheets: [
    {
      name: "附表2",
      widths: [6, 30, 30, 34, 12, 14, 10],
      rows: [
        ["附表2", null, null, null, null, null, null],
        ["2014年广东省产业园扩能增效专项资金企业创新专题省财政补助资金分配计划表", null, null, null, null, null, null],
        [null, null, null, null, null, "单位：万元", null],
        ["序号", "所在产业园", "项目承担单位", "项目名称", "扶持方式", "拟安排扶持资金", "备注"],
        ["一、股权投资类", null, null, null, null, null, null],
        [1, "东莞凤岗（惠东）产业转移工业园", "惠州市瑞康生物制药有限公司", "人血白蛋白纯化工艺开发与产业化", "股权投资", 1200, null],
        [2, "中山（阳江）产业转移工业园", "阳江市海川精密五金有限公司", "高端刀具表面纳米涂层技术开发", "股权投资", 950, null],
        [3, "深圳（河源）产业转移工业园", "河源市宏拓电子科技有限公司", "柔性线路板激光成型技术改造", "股权投资", 1000, null],
        [4, "佛山顺德（云浮新兴）产业转移工业园", "云浮市德隆不锈钢制品有限公司", "不锈钢厨具智能化生产线建设", "股权投资", 810, null],
        [5, "广州（梅州）产业转移工业园", "梅州市嘉应新材料有限公司", "低损耗电子铜箔研发及产业化", "股权投资", 700, null],
        ["二、以奖代补类", null, null, null, null, null, null],
        [6, "珠海（揭阳）产业转移工业园", "揭阳市榕达塑胶科技有限公司", "可降解包装材料配方开发", "以奖代补", 25, null],
        [7, "中山（肇庆大旺）产业转移工业园", "肇庆市联胜汽车零部件有限公司", "汽车轻量化铝合金压铸件开发", "以奖代补", 15, null],
        ["合计", null, null, null, null, 4690, null],
        ["注：以奖代补类资金直接奖励给相关企业项目，股权投资类资金由产业园所在地市政府出资平台以股权投资方式注入项目承担单位。", null, null, null, null, null, null],
      ],
      merges: ["A1:B1", "A2:G2", "F3:G3", "A5:G5", "A11:G11", "A14:E14", "A15:G15"],
      numberFormats: { "F6:F14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附表2",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 14,
        columns: { C: "enterprise", D: "project", E: "category", F: "approved" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F14", why: "合计 4,690; the seven lines as typed add up to 1,200 + 950 + 1,000 + 810 + 700 + 25 + 15 = 4,700 (10万元 apart)" },
      { rule: "cap.unknown-policy", cell: "F6", why: "no catalog: the list's amounts cannot be checked against a cap (reported once, at the first line's amount)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F5", why: "一、股权投资类 is a category row with no figure of its own" },
      { rule: "composition.total-mismatch", cell: "F11", why: "二、以奖代补类 is a category row with no figure of its own" },
      { rule: "register.duplicate", why: "seven different firms, each once" },
      { rule: "register.invalid-credit-code", why: "the list carries no credit codes" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table is prose, not a figure" },
    ],
  },
};
