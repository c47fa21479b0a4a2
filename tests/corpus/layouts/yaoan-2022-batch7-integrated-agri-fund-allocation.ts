import type { CorpusLayout } from "../types";

// 姚安县财政局 2022-11-30: 关于下达2022年第七批财政统筹整合涉农资金的通知 — 78万元 to 栋川镇、光禄镇、弥兴镇、官屯镇、大河口乡、适中乡 and 县医保局,
// by the 州级财政衔接推进乡村振兴补助资金 (楚财农〔2022〕139号); the amounts and 预算支出科目 are in an annex the stored copy does not show. Laid out
// as such a 下达 annex: 序号 | 单位 | 支出功能分类科目 | 资金用途 | 下达金额, 合计 at the foot, the money's source and the sign-off under it.
export const layout: CorpusLayout = {
  id: "yaoan-2022-batch7-integrated-agri-fund-allocation",
  source: {
    title: "姚安县财政局关于下达2022年第七批财政统筹整合涉农资金的通知（分配表据正文拟）",
    url: "http://yaoan.gov.cn/info/1813/314554.htm",
    publisher: "姚安县财政局",
    date: "2022-11-30",
    changes:
      "The page is prose: the seven recipients, the total 78万元, the source (楚财农〔2022〕139号, 姚巩固振兴组复〔2022〕7号) and that 预算支出等科目 are in the " +
      "annex. The table is ours (表据正文拟): the seven recipients in the notice's order, the subject codes and uses ours, the amounts ours adding to 78 " +
      "as printed — except the one planted slip: 大河口乡 typed 16 where 13 was meant, so the lines add to 81 against the 合计 78.",
  },
  classes: ["composition", "allocation", "town-lines", "department-line", "subject-code-column", "use-category-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "source-note-under-table", "signoff-lines", "table-from-prose", "county-fund", "yunnan"],
  settings: { district: "姚安县" },
  sheets: [
    {
      name: "分配表",
      widths: [8, 14, 40, 14, 14],
      rows: [
        ["附件", null, null, null, null],
        ["姚安县2022年第七批财政统筹整合涉农资金分配表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "单位", "支出功能分类科目", "资金用途", "下达金额"],
        [1, "栋川镇", "2130505 生产发展", "产业发展", 12],
        [2, "光禄镇", "2130505 生产发展", "产业发展", 14],
        [3, "弥兴镇", "2130599 其他巩固脱贫攻坚成果衔接乡村振兴支出", "基础设施", 10],
        [4, "官屯镇", "2130599 其他巩固脱贫攻坚成果衔接乡村振兴支出", "基础设施", 11],
        [5, "大河口乡", "2130505 生产发展", "产业发展", 16],
        [6, "适中乡", "2130599 其他巩固脱贫攻坚成果衔接乡村振兴支出", "基础设施", 9],
        [7, "县医保局", "2101202 财政对城乡居民基本医疗保险基金的补助", "医疗保障", 9],
        ["合计", null, null, null, 78],
        ["资金来源：楚财农〔2022〕139号下达的2022年州级财政衔接推进乡村振兴补助资金。", null, null, null, null],
        [null, null, null, "姚安县财政局", null],
        [null, null, null, "2022年11月30日", null],
      ],
      merges: ["A2:E2", "A12:D12", "A13:E13", "D14:E14", "D15:E15"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 12, columns: { B: "line", D: "category", E: "amount" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E12", why: "合计 78, but 12 + 14 + 10 + 11 + 16 + 9 + 9 = 81 (3 over)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit amount or quantity: each line is a sum decided" },
      { rule: "composition.approved-mismatch", why: "no approved budget stated in the workbook or settings (the notice's 78万元 is prose, not in the workbook)" },
      { rule: "input.unreadable-value", cell: "C5", why: "the subject code 2130505 is part of a subject's name, not an amount" },
      { rule: "input.unreadable-value", cell: "A13", why: "the source note and the sign-off under the table are no rows" },
    ],
  },
};
