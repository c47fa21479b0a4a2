import type { CorpusLayout } from "../types";

// 河北省水利厅 2023-10-31: the 2022 self-evaluation of the central 农业生产和水利救灾资金 (水利部分) — three batches, 6800万元, sent on to the
// 11 cities and the 厅直 units for 120 flood-safety / repair projects and 45 drought-emergency projects, 60-odd percent spent. Laid out as the
// national 中央对地方转移支付区域绩效自评表: 全年预算数（A） | 全年执行数（B） | 执行率（B/A） over 年度资金总额 and its 其中 sources, a reason
// column for the money, then 一级 / 二级 / 三级指标 with 指标值 and 全年实际值 — no scores in this form.
export const layout: CorpusLayout = {
  id: "hebei-2022-water-disaster-relief-transfer-selfeval",
  source: {
    title: "河北省中央农业生产和水利救灾资金转移支付2022年度绩效自评报告（区域绩效自评表据报告拟）",
    url: "http://slt.hebei.gov.cn/a/2023/11/01/93B3D7AF0B5B4A99AF25C60B47CF7E9E.html",
    publisher: "河北省水利厅",
    date: "2023-10-31",
    changes:
      "The page is the prose report (three batches, 6800万元, the split to 11 cities and the 厅直 units, 120 + 45 projects, the amount spent and its rate). " +
      "The form is laid out in the national 中央对地方转移支付区域绩效自评表 wording, built from that report (表据报告拟); the amount spent, the " +
      "indicators' values and the texts are ours. Planted: 其中：中央财政资金 执行数 typed 4,261.4 where 年度资金总额 has 4,216.4 (digits swapped) — " +
      "the total no longer equals its sources, and the 中央 line's stated 62.01% no longer fits 4,261.4 / 6,800 = 62.67%.",
  },
  classes: [
    "selfeval", "transfer-payment-form", "no-scores", "letters-in-headers", "sources-under-total", "reason-column-for-money", "text-targets",
    "three-level-indicators", "first-level-merged-down", "notes-under-table", "table-from-report", "province-department", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "区域绩效自评表",
      widths: [12, 18, 16, 28, 14, 14, 30],
      rows: [
        ["中央对地方转移支付区域绩效自评表", null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null],
        ["转移支付名称", "农业生产和水利救灾资金（水利部分）", null, null, null, null, null],
        ["中央主管部门", "水利部", null, "地方主管部门", "河北省水利厅", null, null],
        ["资金情况\n（万元）", null, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）", "未执行原因", null],
        [null, "年度资金总额", 6800, 4216.4, "62.01%", "第三批资金于2022年12月30日下达，项目跨年实施，资金按工程进度拨付。", null],
        [null, "其中：中央财政资金", 6800, 4261.4, "62.01%", null, null],
        [null, "地方资金", 0, 0, "—", null, null],
        [null, "其他资金", 0, 0, "—", null, null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null],
        [
          null,
          "及时分解下达资金，支持市县和厅直单位实施安全度汛、水毁修复和抗旱应急项目，保障防洪安全和群众饮水、灌溉用水。",
          null, null,
          "资金已全部分解下达，实施安全度汛或水毁修复项目120项、抗旱应急项目45项，汛期未发生重大水毁险情。",
          null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际值", "未完成原因分析"],
        [null, "产出指标", "数量指标", "安全度汛或水毁修复项目数", "≥120个", "120个", null],
        [null, null, null, "抗旱应急项目数", "≥45个", "45个", null],
        [null, null, "质量指标", "项目验收合格率", "100%", "100%", null],
        [null, null, "时效指标", "资金分解下达及时率", "100%", "100%", null],
        [null, "效益指标", "社会效益指标", "抗旱应急保障受益人口", "≥10万人", "12.6万人", null],
        [null, null, null, "水毁工程修复后防洪减灾作用", "有效发挥", "有效发挥", null],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", null],
        ["注：执行率=全年执行数/全年预算数；资金分解下达石家庄市等11个设区市和厅直单位。", null, null, null, null, null, null],
      ],
      merges: [
        "A1:G1", "A2:G2", "B3:G3", "B4:C4", "E4:G4", "A5:A9", "F5:G5", "F6:G9", "A10:A11", "B10:D10", "E10:G10", "B11:D11", "E11:G11",
        "A12:A19", "B13:B16", "C13:C14", "B17:B18", "C17:C18", "A20:G20",
      ],
      numberFormats: { "C6:D9": "#,##0.0" },
    },
  ],
  expect: {
    tables: [{ sheet: "区域绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 19, year: 2022 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "D6", why: "年度资金总额 执行数 4,216.4; its sources 中央 4,261.4 + 地方 0 + 其他 0 = 4,261.4" },
      { rule: "selfeval.rate-mismatch", cell: "E7", why: "中央财政资金 执行率 stated 62.01%; 4,261.4 / 6,800 = 62.67%" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "E6", why: "4,216.4 / 6,800 = 62.01%, as stated" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "全年预算数 6,800 = 6,800 + 0 + 0" },
      { rule: "selfeval.missing-explanation", cell: "F6", why: "the rate under 90% has its reason in 未执行原因" },
      { rule: "selfeval.weights", why: "the transfer-payment form has no 分值 / 得分 columns" },
      { rule: "selfeval.target-missed-full-score", why: "no scores; every indicator meets its value (120 of ≥120, 45 of ≥45, 12.6万 of ≥10万, 93% of ≥90%)" },
      { rule: "selfeval.score-mismatch", why: "no scores" },
    ],
  },
};
