import type { CorpusLayout } from "../types";

// 海口市秀英区水务局 2022年衔接资金项目绩效自评报告: 105万元 of 2022's 衔接资金 for one project, 西秀镇龙头村蔬菜园产业项目 (a 300米
// deep well, a 100吨 water tower, pumps and pipes), all paid and accepted. The report's form: the national 项目支出绩效自评表.
export const layout: CorpusLayout = {
  id: "xiuying-2022-linkage-water-project-selfeval",
  source: {
    title: "海口市秀英区水务局2022年衔接资金项目绩效自评报告（项目支出绩效自评表据报告拟）",
    url: "https://m.bidcenter.com.cn/newsrili-1-238076203.html",
    publisher: "海口市秀英区水务局（采招网转载）",
    date: "2023",
    changes:
      "The report's facts are kept (105万元 下达 and 全部到位; 西秀镇龙头村蔬菜园产业项目: 300米深机井1座, 20米100吨水塔1座, 潜水泵2台, " +
      "Ф160 / Ф110 PVC 管 1100m each; 已完成竣工验收, 完成率100%). The stored copy is the report's prose, not its form: the form (the national " +
      "项目支出绩效自评表 wording and blocks), the indicators' values, scores and the 偏差原因 text are ours. Planted: 项目完工时间 " +
      "targeted 2022年10月底前完工, done 2022年12月, yet given its full 10; 总分 written 100 where 10 (budget) + 88 (indicators) = 98.",
  },
  classes: ["selfeval", "national-template", "linkage-fund", "date-target", "one-indicator-below-full", "report-as-prose", "district-bureau", "hainan"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 18, 14, 26, 18, 16, 8, 8, 16, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "西秀镇龙头村蔬菜园产业项目（2022年衔接资金）", null, null, null, null, null, null, null, null],
        ["主管部门", "海口市秀英区水务局", null, null, null, "实施单位", "海口市秀英区水务局", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额：", 105, 105, 105, 10, "100%", 10, null, null],
        [null, "其中：本年财政拨款", 105, 105, 105, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "新建300米深机井1座、100吨水塔1座及配套管网，解决龙头田洋蔬菜园农业灌溉用水。",
          null, null, null,
          "机井、水塔、设备房及Ф160、Ф110PVC管网已建成，2022年12月通过竣工验收。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "新建深机井", "1座", "1座", 10, 10, null, null],
        [null, null, null, "新建水塔（100吨）", "1座", "1座", 10, 10, null, null],
        [null, null, "质量指标", "项目验收合格率", "100%", "100%", 10, 10, null, null],
        [null, null, "时效指标", "项目完工时间", "2022年10月底前完工", "2022年12月完工", 10, 10, null, null],
        [null, null, "成本指标", "项目总投资", "≤105万元", "105万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "受益农户数", "≥120户", "126户", 10, 10, null, null],
        [null, null, "经济效益指标", "新增灌溉面积", "≥500亩", "460亩", 10, 8, "部分地块尚未完成平整，2023年春耕前接通", null],
        [null, null, "可持续影响指标", "工程设计使用年限", "≥15年", "≥15年", 10, 10, null, null],
        [null, "满意度指标（10分）", "满意度指标", "受益群众满意度", "≥90%", "96%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 100, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A22", "I12:J12", "B13:B17", "C13:C14", "B18:B20", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18",
        "I19:J19", "I20:J20", "I21:J21", "B22:F22", "I22:J22",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 22, year: 2022 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "项目完工时间: target 2022年10月底前完工, done 2022年12月 (the same year, two months late), yet the full 10 of 10" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分: budget 10 + indicators 10 + 10 + 10 + 10 + 10 + 10 + 8 + 10 + 10 = 98, stated 100" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "105 / 105 = 100%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 100% = 10" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "105 = 本年财政拨款 105 + 上年结转 (blank) + 其他 (blank)" },
      { rule: "selfeval.weights", why: "budget 10 + 产出 5 × 10 + 效益 3 × 10 + 满意度 10 = 100" },
      { rule: "selfeval.missing-explanation", why: "新增灌溉面积, the one indicator below its full score, has its 偏差原因; the rate is 100%" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "≤105万元 is met by 105万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H20", why: "≥15年 is met by ≥15年" },
      { rule: "execution.overspent", why: "执行数 105 equals 预算数 105" },
    ],
  },
};
