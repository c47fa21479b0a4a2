import type { CorpusLayout } from "../types";

// 萍乡市莲花县 2022 关于促进全县工业经济高质量发展的奖励办法（试行）: a 5万元 award for a newly counted
// above-scale firm paid 3 + 2, 上台阶 awards by revenue level in one sentence (with a gap in the published
// run of amounts), a per-kWh award on extra power use capped per quarter. The clauses as a 政策清单, and the
// year's payment list on a second sheet.
export const layout: CorpusLayout = {
  id: "lianhua-2022-industrial-quality-award-measures",
  source: {
    title: "萍乡市莲花县高新技术企业奖励政策：关于促进全县工业经济高质量发展的奖励办法（试行）（2022）",
    url: "https://gqrdw.com/jiangxi/3874.html",
    publisher: "莲花县人民政府（高新技术企业认定网转载，标注已废止）",
    date: "2022",
    changes:
      "The three clauses of 一、支持产业规模不断发展壮大 the stored copy shows are quoted in 支持标准 as published, the gap in the 上台阶 " +
      "amounts (“50万元、 、150万元”) kept; the 支持事项 names are ours, taken from each clause. The payment list (title, 单位：万元, columns " +
      "序号 | 企业名称 | 统一社会信用代码 | 所在乡镇 | 奖励事项 | 计算依据（万千瓦时） | 奖励金额), firms, codes and figures are ours. " +
      "Planted: 坊楼机电's quarterly power award 12 above the 10万元 maximum; 琴亭电子's new-entry award listed twice in the year; a " +
      "firm of 永新县 (吉安市) in the 莲花 list.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "instalments-in-clause", "per-unit-award", "max-cap", "credit-codes", "towns-as-places", "wanyuan-caption", "jiangxi"],
  settings: { district: "莲花县" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 26, 90],
      rows: [
        ["莲花县促进全县工业经济高质量发展奖励办法（试行）奖励标准", null, null],
        ["序号", "支持事项", "支持标准"],
        [1, "新纳入统计的规模以上工业企业奖励", "新纳入统计的规模以上工业企业给予5万元奖励；当年发放3万元，第三年仍在库报数的再发放2万元。"],
        [
          2,
          "上台阶奖励",
          "年营业收入首次达到1亿元、2亿元、5亿元、10亿元、20亿元、50亿元的工业企业，且相应年度总产值不低于其营业收入80%的，分别给予3万元、3万元、12万元、20万元、50万元、 、150万元上台阶奖励，每上一个台阶奖励一次。",
        ],
        [
          3,
          "扩产增效用电增量奖励",
          "每季度用电量达30万千瓦时以上且营业收入同比增速达5%的县工业园规模以上工业企业，对其用电量增量部分（上年同期用电量不足30万千瓦时的，按30万千瓦时计算）按0.1元/千瓦时的标准给予奖励，单个企业每季度奖励最高不超过10万元。",
        ],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现明细",
      widths: [6, 30, 22, 16, 28, 18, 12],
      rows: [
        ["2022年度莲花县工业经济高质量发展奖励资金兑现明细表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "奖励事项", "计算依据（万千瓦时）", "奖励金额"],
        [1, "江西莲花琴亭电子有限公司", "91360321MAY80RWX1K", "琴亭镇", "新纳入统计的规模以上工业企业奖励", null, 3],
        [2, "莲花县良坊新材料有限公司", "91360321MA259W645F", "良坊镇", "新纳入统计的规模以上工业企业奖励", null, 3],
        [3, "莲花县路口食品有限公司", "91360321MALD3LYUAT", "路口镇", "扩产增效用电增量奖励", 80, 8],
        [4, "江西坊楼机电有限公司", "91360321MAP5PFGQ37", "坊楼镇", "扩产增效用电增量奖励", 120, 12],
        [5, "莲花县升坊竹木制品有限公司", "91360321MA6RQDCCAD", "升坊镇", "扩产增效用电增量奖励", 60, 6],
        [6, "江西莲花琴亭电子有限公司", "91360321MAY80RWX1K", "琴亭镇", "新纳入统计的规模以上工业企业奖励", null, 2],
        [7, "永新县禾川纺织有限公司", "91360830MAMKRA7UE7", "永新县禾川镇", "新纳入统计的规模以上工业企业奖励", null, 3],
        ["合计", null, null, null, null, 260, 37],
      ],
      merges: ["A1:G1", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G7", why: "扩产增效用电增量奖励 is at most 10万元 a quarter (0.1元 × 120万千瓦时 = 12, so the maximum binds); 12 given, 2万元 over" },
      { rule: "register.duplicate", sheet: "兑现明细", cell: "G9", why: "江西莲花琴亭电子有限公司, 新纳入统计的规模以上工业企业奖励, 2022: already in row 4" },
      { rule: "register.ineligible-location", sheet: "兑现明细", cell: "D10", why: "永新县禾川镇 is in 吉安市永新县, not 莲花县" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C3", why: "a 5万元 award (paid 3 in the year and 2 in the third year)" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C5", why: "a maximum of 10万元 a quarter; 30万千瓦时以上 and 5% are conditions" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G6", why: "0.1元 × 80万千瓦时 = 8万元, under the 10 maximum" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G4", why: "3 of the 5万元 award" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G11", why: "合计 is not an award" },
      { rule: "register.ineligible-location", sheet: "兑现明细", cell: "D7", why: "坊楼镇 is 莲花县's own town" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "every 奖励事项 of the list is in the sheet's own catalog" },
      { rule: "input.unreadable-value", why: "the blank 计算依据 cells of the new-entry rows mean nothing" },
    ],
  },
};
