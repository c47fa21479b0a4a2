import type { CorpusLayout } from "../types";

// 隆回县七江镇 (湖南 邵阳): the 2021 乡村振兴专项资金 evaluation report (上会湘报字(2022)第0011号), commissioned by the county 财政局 under
// 湘财农〔2017〕83号. Laid out as the 项目支出绩效自评表 such a report goes with: 项目资金（万元） over 年初预算数 | 全年预算数 | 全年执行数 |
// 分值 | 执行率 | 得分, 年度资金总额 with its sources under it, 年度总体目标, then 一级 / 二级 / 三级指标 with 分值 and 得分, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "longhui-qijiang-2021-rural-revitalisation-selfeval",
  source: {
    title: "2021年度隆回县七江镇乡村振兴专项资金绩效评价报告（项目支出绩效自评表据报告拟）",
    url: "https://longhui.gov.cn/lhxczj/zxzjxx/202212/57534e3df8ac4687a8e6f2112efbf7bb.shtml",
    publisher: "隆回县乡村振兴局（受隆回县财政局委托的会计师事务所评价）",
    date: "2022-12",
    changes:
      "The stored copy gives the report's opening: the documents it rests on, the commission (隆委乡振指[2022]15号), the 七江镇人民政府 as the body " +
      "evaluated, the year 2021. The table is laid out from the report (table-from-prose) as the national 项目支出绩效自评表: the form's headings and " +
      "money lines, nine indicators of our own under 产出 / 效益 / 满意度, every figure ours. Planted: 年度资金总额's 年初预算数 typed 360.00 where " +
      "当年财政拨款 380.00 + 上年结转资金 0 = 380.00; 村组道路硬化里程 (3.2 of ≥3.5公里) scored 8 of 10 with its 偏差原因 left empty.",
  },
  classes: [
    "selfeval", "national-template", "table-from-prose", "four-money-sources", "carried-over-money", "year-in-caption-row", "explanation-missing",
    "score-below-full", "total-score-row", "two-decimal-wanyuan", "wanyuan-in-label", "town-project", "hunan",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 16, 28, 16, 16, 8, 8, 28],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "七江镇2021年乡村振兴专项资金项目", null, null, null, null, null, null, null],
        ["主管部门", "隆回县乡村振兴局", null, null, "实施单位", "隆回县七江镇人民政府", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 360, 420, 401.52, 10, "95.60%", 9.56, null],
        [null, "其中：当年财政拨款", 380, 400, 381.52, "—", "95.38%", "—", null],
        [null, "上年结转资金", 0, 20, 20, "—", "100.00%", "—", null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "实施产业项目6个，硬化村组道路3.5公里以上，带动脱贫户稳定增收，巩固拓展脱贫攻坚成果。", null, null, "实施产业项目6个，硬化村组道路3.2公里，受益脱贫人口836人。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "实施产业项目个数", "≥6个", "6个", 10, 10, null],
        [null, null, null, "村组道路硬化里程", "≥3.5公里", "3.2公里", 10, 8, null],
        [null, null, "质量指标", "项目验收合格率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "项目完工及时率", "≥95%", "96%", 10, 10, null],
        [null, null, "成本指标", "项目成本控制", "≤420万元", "401.52万元", 10, 10, null],
        [null, "效益指标", "经济效益指标", "带动脱贫户增收", "≥1000元/户", "1150元/户", 10, 10, null],
        [null, null, "社会效益指标", "受益脱贫人口数", "≥800人", "836人", 10, 10, null],
        [null, null, "可持续影响指标", "项目设施持续发挥效益年限", "≥5年", "5年", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94%", 10, 10, null],
        [null, "总分", null, null, null, null, 100, 97.56, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11",
        "A12:A22", "B13:B17", "C13:C14", "B18:B20", "B22:F22",
      ],
      numberFormats: { "C6:E9": "#,##0.00", "H6": "0.00", "H22": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 22, year: 2021 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 年初预算数 360.00; 当年财政拨款 380.00 + 上年结转资金 0 + 其他资金 0 = 380.00: 20.00万元 apart" },
      { rule: "selfeval.missing-explanation", cell: "H14", why: "村组道路硬化里程 3.2公里 misses ≥3.5公里 and scores 8 of 10; its 偏差原因分析及改进措施 (I14) is empty" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 420.00 = 400.00 + 20.00 + 0" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数 401.52 = 381.52 + 20.00 + 0" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "401.52 / 420.00 = 95.60%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 95.60% = 9.56" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 97.56 = 9.56 + 10 × 8 + 8, the scores as typed" },
      { rule: "selfeval.weights", why: "10 + 9 × 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "the missed 道路 target is scored 8, not its full 10" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "401.52万元 is within ≤420万元" },
      { rule: "selfeval.missing-explanation", cell: "I6", why: "执行率 95.60% is above 90%" },
      { rule: "execution.overspent", why: "401.52 spent of 420.00" },
    ],
  },
};
