import type { CorpusLayout } from "../types";

// 海南省工业和信息化厅: 激励企业上规模奖励资金（工业和信息产业）— one-off awards when a firm's yearly output (先进制造业及油气开采企业:
// 3 / 5 / 15 / 30 / 50亿元 → 30 / 50 / 150 / 300 / 500万元) or revenue (信息传输、软件和信息技术服务业企业: 1 / 3 / 5 / 10亿元 → 50 / 80 / 100 /
// 150万元) first passes a band, and the 晋档补差 rule that pays only the difference when a firm passes a higher band later the same year.
// Laid out as the standards table an office keeps of it: 序号 | 支持对象 (merged down its bands) | 奖励事项 | 奖励标准.
export const layout: CorpusLayout = {
  id: "hainan-2024-scale-up-award-standards",
  source: {
    title: "海南省激励企业上规模奖励资金（工业和信息产业）申报指南（申报范围、主要条件、支持方式）",
    url: "https://www.xianhongip.com/post/26.html",
    publisher: "海南省工业和信息化厅 (terms as reposted by a consultancy's page)",
    date: "2024",
    changes:
      "As published: the two kinds of firm and every band with its award, quoted in 奖励标准 as written (对申报年度产值首次突破3亿元的先进制造业及油气开采企业，给予30万元一次性奖励 …). " +
      "The 晋档补差 clause is worded as 南海网 reported the 2025 call (http://fjxxnl.com/html/ufqdtfhxra/407.html: 以新突破的产值规模再申报奖励 … 采取晋档补差方式补奖差额). " +
      "The pages are prose: the table, its 序号 and the 奖励事项 names (each taken from its clause) are ours. Nothing is planted: the one clause " +
      "without an amount of its own (the difference between two bands) is the publication's.",
  },
  classes: ["catalog", "prose-caps", "fixed-cap", "thresholds-not-caps", "bands-as-rows", "category-merged-down", "top-up-difference", "unreadable-standard", "yiyuan-thresholds", "hainan"],
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 26, 30, 76],
      rows: [
        ["海南省激励企业上规模奖励资金（工业和信息产业）奖励标准", null, null, null],
        ["序号", "支持对象", "奖励事项", "奖励标准"],
        [1, "先进制造业及油气开采企业", "产值首次突破3亿元奖励", "对申报年度产值首次突破3亿元的先进制造业及油气开采企业，给予30万元一次性奖励。"],
        [2, null, "产值首次突破5亿元奖励", "对申报年度产值首次突破5亿元的先进制造业及油气开采企业，给予50万元一次性奖励。"],
        [3, null, "产值首次突破15亿元奖励", "对申报年度产值首次突破15亿元的先进制造业及油气开采企业，给予150万元一次性奖励。"],
        [4, null, "产值首次突破30亿元奖励", "对申报年度产值首次突破30亿元的先进制造业及油气开采企业，给予300万元一次性奖励。"],
        [5, null, "产值首次突破50亿元奖励", "对申报年度产值首次突破50亿元的先进制造业及油气开采企业，给予500万元一次性奖励。"],
        [6, "信息传输、软件和信息技术服务业企业", "营业收入首次突破1亿元奖励", "对申报年度营业收入首次突破1亿元的实质性运营信息传输、软件和信息技术服务业企业，给予50万元一次性奖励。"],
        [7, null, "营业收入首次突破3亿元奖励", "对申报年度营业收入首次突破3亿元的实质性运营信息传输、软件和信息技术服务业企业，给予80万元一次性奖励。"],
        [8, null, "营业收入首次突破5亿元奖励", "对申报年度营业收入首次突破5亿元的实质性运营信息传输、软件和信息技术服务业企业，给予100万元一次性奖励。"],
        [9, null, "营业收入首次突破10亿元奖励", "对申报年度营业收入首次突破10亿元的实质性运营信息传输、软件和信息技术服务业企业，给予150万元一次性奖励。"],
        [10, "晋档补差", "年度产值突破更高规模晋档补差", "企业以1-10月产值申报并获得上规模奖励，年度产值突破更高规模的，可以新突破的产值规模再申报奖励，采取晋档补差方式补奖差额（新突破规模对应的奖励金额与已获得奖励金额间的差额）。"],
        ["注：激励企业上规模奖励资金与工业企业小升规奖励资金当年不能重复享受。", null, null, null],
      ],
      merges: ["A1:D1", "B3:B7", "B8:B11", "A13:D13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 12, columns: { A: "code", B: "category", C: "item", D: "standard" } },
    ],
    findings: [
      {
        rule: "catalog.unreadable-standard",
        cell: "D12",
        why: "晋档补差 pays the difference between the new band's award and the one already received: no amount, rate or maximum of its own (1-10月 is a period)",
      },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "给予30万元一次性奖励: a fixed 30万元; 首次突破3亿元 is the condition, never the cap" },
      { rule: "catalog.unreadable-standard", cell: "D5", why: "a fixed 150万元; 15亿元 is the band" },
      { rule: "catalog.unreadable-standard", cell: "D7", why: "a fixed 500万元; 50亿元 is the band" },
      { rule: "catalog.unreadable-standard", cell: "D8", why: "a fixed 50万元; 营业收入首次突破1亿元 is the condition" },
      { rule: "catalog.unreadable-standard", cell: "D11", why: "a fixed 150万元; 10亿元 is the band" },
      { rule: "catalog.unreadable-standard", cell: "A13", why: "the note under the table (no double award with 小升规) is no clause" },
    ],
  },
};
