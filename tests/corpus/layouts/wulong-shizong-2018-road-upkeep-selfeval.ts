import type { CorpusLayout } from "../types";

// 师宗县五龙壮族乡人民政府 (曲靖, 云南) 2018年度部门决算, 第四部分 四（二）项目支出绩效自评: Yunnan's 项目支出绩效自评表 — 项目资金（万元）
// side label over 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, then 绩效指标 over two header rows and a 总分 row.
export const layout: CorpusLayout = {
  id: "wulong-shizong-2018-road-upkeep-selfeval",
  source: {
    title: "师宗县五龙壮族乡人民政府2018年度部门决算（第四部分 四、部门绩效自评情况 （二）项目支出绩效自评）（表据正文拟）",
    url: "http://sun3345.com/public/description/16950.html",
    publisher: "师宗县五龙壮族乡人民政府",
    date: "2019",
    changes:
      "As published: the township, the year and the report's outline, which lists 项目支出绩效自评 and 部门整体支出绩效自评表 under 第四部分. " +
      "The stored copy shows the outline and the 概况, not the form: it is laid out as Yunnan's 项目支出绩效自评表 is published (项目资金（万元）, " +
      "年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金, 年度总体目标, 一级 / 二级 / 三级指标 with 指标性质 | 指标值 | 度量单位, " +
      "偏差原因分析及改进措施, 总分). The project, targets and figures are ours. Planted: 水毁路段修复处数 scored 7 of 10 with its 偏差原因 left " +
      "empty; 总分 typed 98.40 where 9.40 + 15 + 7 + 15 + 10 + 10 + 10 + 10 + 10 = 96.40.",
  },
  classes: ["selfeval", "yunnan", "national-template", "town-government", "two-header-rows", "indicator-value-split", "side-label-unit", "total-score-slip", "missing-explanation", "table-from-prose"],
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [12, 18, 26, 8, 8, 10, 10, 8, 8, 30],
      rows: [
        ["2018年度项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["项目名称", "五龙壮族乡2018年农村公路养护经费", null, null, null, null, null, null, null, null],
        ["主管部门", "师宗县五龙壮族乡人民政府", null, null, null, "实施单位", "五龙壮族乡村镇规划建设服务中心", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 42, 48, 45.12, 10, "94.00%", 9.4, null, null],
        [null, "其中：当年财政拨款", 42, 48, 45.12, null, "94.00%", null, null, null],
        [null, "上年结转资金", null, null, null, null, null, null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null, null],
        ["年度\n总体\n目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "完成全乡86公里农村公路日常养护，修复水毁路段12处，保障群众安全出行。", null, null, null, "完成86公里日常养护，修复水毁路段9处，其余3处并入2019年计划。", null, null, null, null],
        ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", null, null, null, null],
        ["产出指标", "数量指标", "养护农村公路里程", "≥", 86, "公里", 86, 15, 15, null],
        [null, null, "水毁路段修复处数", "≥", 12, "处", 9, 10, 7, null],
        [null, "质量指标", "养护路段优良路率", "≥", 75, "%", 78, 15, 15, null],
        [null, "时效指标", "水毁修复及时率", "≥", 90, "%", 92, 10, 10, null],
        [null, "成本指标", "每公里养护补助", "≤", 0.5, "万元/公里", 0.5, 10, 10, null],
        ["效益指标", "社会效益指标", "农村公路通行保障率", "≥", 95, "%", 97, 10, 10, null],
        [null, "可持续影响指标", "村级养护员配备率", "﹦", 100, "%", 100, 10, 10, null],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%", 92, 10, 10, null],
        ["总分", null, null, null, null, null, null, 100, 98.4, null],
      ],
      merges: [
        "A1:J1", "B2:J2", "B3:E3", "G3:J3", "A4:A8", "I4:J8", "A9:A10", "B9:E9", "F9:J9", "B10:E10", "F10:J10",
        "A11:C11", "D11:F11", "G11:G12", "H11:H12", "I11:I12", "J11:J12", "A13:A17", "B13:B14", "A18:A19", "A21:G21",
      ],
      numberFormats: { "C5:E6": "0.00", "F5": "0.00", "H5": "0.00", "H13:I21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 21, year: 2018 }],
    findings: [
      { rule: "selfeval.missing-explanation", cell: "I14", why: "水毁路段修复处数 scored 7 of its 分值 10, and its 偏差原因分析及改进措施 (J14) is empty" },
      { rule: "selfeval.score-mismatch", cell: "I21", why: "总分 98.40 where the scores add up to 9.40 + 15 + 7 + 15 + 10 + 10 + 10 + 10 + 10 = 96.40" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G5", why: "45.12 / 48.00 = 94.00%, as shown" },
      { rule: "selfeval.score-mismatch", cell: "H5", why: "分值 10 × 94.00% = 9.40, as given" },
      { rule: "selfeval.total-mismatch", cell: "E5", why: "年度资金总额 = 其中：当年财政拨款 in every column (42.00, 48.00, 45.12); 上年结转 and 其他 are empty" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 15 + 10 + 15 + 10 + 10 + 10 + 10 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "I14", why: "水毁路段修复处数 missed (9 of ≥12) but did not get its full 分值" },
      { rule: "selfeval.target-missed-full-score", cell: "I17", why: "每公里养护补助 ≤0.5万元/公里, actual 0.5: met" },
      { rule: "selfeval.missing-explanation", cell: "G5", why: "执行率 94.00% is not below 90%" },
      { rule: "execution.overspent", why: "45.12 spent of 48.00" },
    ],
  },
};
