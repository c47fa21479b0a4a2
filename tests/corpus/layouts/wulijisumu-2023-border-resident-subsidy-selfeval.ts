import type { CorpusLayout } from "../types";

// 阿拉善左旗乌力吉苏木人民政府 2024: 2023年度中央对地方转移支付预算执行情况绩效自评 (阿左财发〔2024〕56号), its third project —
// 阿财预〔2023〕510号 2023年边境地区转移支付中央一线边民补助, 78.x万元 budgeted and spent (100%), 261 边民 in three 嘎查. Laid out as the
// project's 项目支出绩效自评表（2023年度）: the money block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), goals, indicators.
export const layout: CorpusLayout = {
  id: "wulijisumu-2023-border-resident-subsidy-selfeval",
  source: {
    title: "阿拉善左旗乌力吉苏木人民政府2023年度中央对地方转移支付项目绩效自评结果（项目三：中央一线边民补助）— 项目支出绩效自评表（表据正文拟）",
    url: "https://ixbang.com/bid/detail/43B7A5A63182C3C6E9CBFA6309C75217.html",
    publisher: "阿拉善左旗乌力吉苏木人民政府",
    date: "2024",
    changes:
      "As published: the self-evaluation's basis (阿左财发〔2024〕56号), the project (阿财预〔2023〕510号 2023年边境地区转移支付中央一线边民补助), " +
      "its budget and spending of 78.x万元 (the page masks the decimals) at 100%, 261 beneficiaries in three 嘎查, the stated aims (发放合法合规). " +
      "The summary gives no form; the form is the national 项目支出绩效自评表 template, its indicators, values (78.30万元 = 261 × 3000元) and " +
      "scores are ours. Planted: 资金发放及时率 100% met at 95% yet given its full 10; 总分 written 100 where the scores add up to 98.",
  },
  classes: ["selfeval", "national-template", "border-subsidy", "town-level", "qualitative-targets", "target-missed-full-score", "total-score-typed", "explanation-given", "table-from-prose", "inner-mongolia"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 14, 28, 16, 14, 8, 8, 16, 14],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "2023年边境地区转移支付中央一线边民补助（阿财预〔2023〕510号）", null, null, null, null, null, null, null, null],
        ["主管部门", "阿拉善左旗乌力吉苏木人民政府", null, null, null, "实施单位", "阿拉善左旗乌力吉苏木人民政府", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额：", 78.3, 78.3, 78.3, 10, "100.00%", 10, null, null],
        [null, "其中：本年财政拨款", 78.3, 78.3, 78.3, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "按标准向沙日扎等三个嘎查261名一线边民足额发放边民补助，确保补助发放合法合规，稳定边境人口，增强边民守边固边积极性。",
          null, null, null,
          "全年向三个嘎查261名一线边民发放补助78.30万元，发放合法合规，边民守边固边积极性明显提高。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "补助发放人数", "≥261人", "261人", 15, 15, null, null],
        [null, null, null, "补助覆盖嘎查数", "3个", "3个", 10, 10, null, null],
        [null, null, "质量指标", "补助对象精准率", "100%", "100%", 10, 10, null, null],
        [null, null, "时效指标", "资金发放及时率", "100%", "95%", 10, 10, null, null],
        [null, null, "成本指标", "一线边民补助标准", "3000元/人·年", "3000元/人·年", 5, 5, null, null],
        [null, "效益指标（30分）", "社会效益指标", "边民守边固边积极性", "明显提高", "明显提高", 15, 15, null, null],
        [null, null, "可持续影响指标", "边境地区人口稳定", "长期", "长期", 15, 15, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "受益边民满意度", "≥95%", "92%", 10, 8, "部分边民对发放时间有意见，下一步按季度及时发放", null],
        [null, "总分", null, null, null, null, 100, 100, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A21", "I12:J12", "B13:B17", "C13:C14", "B18:B19", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18",
        "I19:J19", "I20:J20", "B21:F21", "I21:J21",
      ],
      numberFormats: { "C6:E9": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "资金发放及时率: target 100%, actual 95%, yet the full 10 of 10" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 100 where the scores add up to 10 + (15 + 10 + 10 + 10 + 5) + (15 + 15) + 8 = 98" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "78.30 / 78.30 = 100.00%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 100% = 10" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "78.30 = 本年财政拨款 78.30 + blank + blank, in each column" },
      { rule: "selfeval.weights", why: "10 + 50 + 30 + 10 = 100: the 分值 add up" },
      { rule: "selfeval.missing-explanation", cell: "I20", why: "满意度 scored 8 of 10 with its 偏差原因 given" },
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "≥261人 met by 261人" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "3000元/人·年 as set" },
      { rule: "selfeval.target-missed-full-score", cell: "H20", why: "满意度 92% misses ≥95% but is not given its full score (8 of 10)" },
      { rule: "selfeval.indicator-contradicted", why: "the workbook holds no register or ledger to measure 发放及时率 against" },
      { rule: "execution.overspent", why: "执行数 78.30 equals 预算数 78.30" },
    ],
  },
};
