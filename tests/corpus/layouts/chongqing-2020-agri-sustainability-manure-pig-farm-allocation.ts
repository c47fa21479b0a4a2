import type { CorpusLayout } from "../types";

// 重庆市财政局 2020-09-07: the 2020 农业可持续发展专项 central capital money (畜禽粪污资源化利用整县推进 and 生猪规模化养殖场建设补助) sent down to the
// districts and counties. Laid out as the annex's allocation: 序号 | 区县 | 下达资金 over 合计 | 畜禽粪污资源化利用整县推进项目 | 生猪规模化养殖场
// 建设补助项目 | 备注, dashes where a county has no 整县推进 project, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "chongqing-2020-agri-sustainability-manure-pig-farm-allocation",
  source: {
    title: "重庆市财政局关于下达2020年农业可持续发展专项（畜禽粪污资源化利用整县推进项目和生猪规模化养殖场建设补助项目）资金预算的通知（附件据正文拟）",
    url: "http://czj.cq.gov.cn/zwgk_268/zjfp/202009/t20200912_7877636.html",
    publisher: "重庆市财政局（农业处）",
    date: "2020-09-07",
    changes:
      "The stored page is the notice (财建〔2020〕359号, 渝发改投资〔2020〕1261号) and the first annex's name; no annex body. The table is ours (附件据正文拟): " +
      "the two project kinds as money columns beside a 合计, the ten districts and counties and every figure ours. Planted: 彭水县's 合计 typed 1,970 where " +
      "1,650 + 140 = 1,790, so the 合计 column's foot 10,585 (right across: 8,850 + 1,735) no longer agrees with its lines as typed (10,765).",
  },
  classes: ["composition", "allocation-by-county", "money-columns-by-project-kind", "merged-money-heading", "row-total-first", "dash-for-none", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "remark-column", "table-from-prose", "city-fund", "chongqing"],
  settings: { district: "重庆市" },
  sheets: [
    {
      name: "资金预算下达表",
      widths: [6, 12, 10, 20, 20, 16],
      rows: [
        ["2020年农业可持续发展专项中央基建投资资金预算下达表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "区县", "下达资金", null, null, "备注"],
        [null, null, "合计", "畜禽粪污资源化利用整县推进项目", "生猪规模化养殖场建设补助项目", null],
        [1, "万州区", 2160, 1950, 210, null],
        [2, "开州区", 1880, 1750, 130, null],
        [3, "梁平区", 2040, 1900, 140, null],
        [4, "丰都县", 180, "—", 180, null],
        [5, "忠县", 1695, 1600, 95, null],
        [6, "云阳县", 260, "—", 260, null],
        [7, "彭水县", 1970, 1650, 140, "统筹整合区县"],
        [8, "荣昌区", 320, "—", 320, null],
        [9, "垫江县", 150, "—", 150, null],
        [10, "合川区", 110, "—", 110, null],
        ["合计", null, 10585, 8850, 1735, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "A15:B15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金预算下达表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "line", C: "amount", D: "amount:畜禽粪污资源化利用整县推进项目", E: "amount:生猪规模化养殖场建设补助项目" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C11", why: "彭水县 合计 1,970 where 1,650 + 140 = 1,790: 180 over (whole figures, exact)" },
      {
        rule: "composition.total-mismatch",
        cell: "C15",
        why: "the 合计 column's foot 10,585 against its lines as typed 2,160 + 1,880 + 2,040 + 180 + 1,695 + 260 + 1,970 + 320 + 150 + 110 = 10,765: 180 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D15", why: "1,950 + 1,750 + 1,900 + 1,600 + 1,650 = 8,850, the dashes adding nothing" },
      { rule: "composition.total-mismatch", cell: "E15", why: "210 + 130 + 140 + 180 + 95 + 260 + 140 + 320 + 150 + 110 = 1,735" },
      { rule: "composition.total-mismatch", cell: "C8", why: "丰都县 180 = — + 180: no 整县推进 money" },
      { rule: "composition.total-mismatch", cell: "C5", why: "万州区 1,950 + 210 = 2,160" },
      { rule: "input.unreadable-value", cell: "D8", why: "— means no money of that kind" },
      { rule: "input.unreadable-value", cell: "F11", why: "统筹整合区县 is a remark" },
      { rule: "register.ineligible-location", why: "districts and counties of 重庆市 as an allocation's lines" },
    ],
  },
};
