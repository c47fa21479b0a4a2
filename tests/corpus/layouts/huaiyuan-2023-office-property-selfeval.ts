import type { CorpusLayout } from "../types";

// 安徽省怀远县人民政府办公室 2023 部门决算 (published 2024-08): annex 1, the 项目支出绩效自评表 of its 行政办公中心物业管理 project, on
// 安徽's county template — money block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) over the scored indicators.
export const layout: CorpusLayout = {
  id: "huaiyuan-2023-office-property-selfeval",
  source: {
    title: "安徽省怀远县人民政府办公室2023年度部门决算（附件1：2023年度项目支出绩效自评表）",
    url: "https://www.ahhy.gov.cn/zfxxgk/public/29621/52145038.html",
    publisher: "安徽省怀远县人民政府办公室",
    date: "2024-08",
    changes:
      "The stored copy shows the 决算 and names its annexes (1. 2023年度项目支出绩效自评表, 2. 行政办公中心物业管理项目绩效评价报告) but not the " +
      "form's body. The form follows 安徽's county 项目支出绩效自评表 as other 安徽 townships and counties publish it (title, （2023年度）, the money " +
      "block with 年度资金总额 and its 其中 lines, 年度总体目标, the indicator block with points in the 一级指标 labels, 总分); the project is the one " +
      "the annexes name; figures, targets and results are ours. Planted: 报修响应及时率 92% against ≥98% scored its full 10; 总分 typed 100.31 " +
      "where the scores add up to 99.31.",
  },
  classes: ["selfeval", "anhui-template", "money-block", "points-in-level-label", "target-missed-full-score", "total-score-slip", "two-decimal-score", "percent-text", "wanyuan-in-header", "county-department", "annex-of-final-accounts", "anhui"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 18, 14, 26, 16, 14, 8, 8, 14, 14],
      rows: [
        ["附件1：", null, null, null, null, null, null, null, null, null],
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "行政办公中心物业管理项目", null, null, null, null, null, null, null, null],
        ["主管部门", "怀远县人民政府办公室", null, null, null, "实施单位", "怀远县人民政府办公室", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额：", 320, 336, 312.8, 10, "93.10%", 9.31, null, null],
        [null, "其中：本年财政拨款", 320, 336, 312.8, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "保障行政办公中心4.2万平方米的保洁、秩序维护、设施设备运行维护及报修服务，确保机关正常办公秩序。",
          null, null, null,
          "全年完成办公中心物业服务，设施设备运行正常，未发生安全责任事故，支出312.8万元。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "物业服务面积", "≥4.2万平方米", "4.3万平方米", 10, 10, null, null],
        [null, null, "质量指标", "设施设备完好率", "≥95%", "97%", 10, 10, null, null],
        [null, null, null, "安全责任事故", "0起", "0起", 10, 10, null, null],
        [null, null, "时效指标", "报修响应及时率", "≥98%", "92%", 10, 10, null, null],
        [null, null, "成本指标", "物业服务成本", "≤336万元", "312.8万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "保障机关正常办公秩序", "有效保障", "达成预期指标", 15, 15, null, null],
        [null, null, "可持续影响指标", "物业服务长效管理机制", "健全", "达成预期指标", 15, 15, null, null],
        [null, "满意度指标（10分）", "满意度指标", "干部职工满意度", "≥90%", "93%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 100.31, null, null],
      ],
      merges: [
        "A2:J2", "A3:J3", "B4:J4", "B5:E5", "G5:J5", "A6:A10", "I6:J10", "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12",
        "A13:A22", "I13:J13", "B14:B18", "C15:C16", "B19:B20", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18",
        "I19:J19", "I20:J20", "I21:J21", "B22:F22", "I22:J22",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 22, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", sheet: "自评表", cell: "H17", why: "报修响应及时率: 92% misses ≥98%, yet scored its full 10" },
      { rule: "selfeval.score-mismatch", sheet: "自评表", cell: "H22", why: "总分 100.31, the scores add up to 9.31 + 50 + 30 + 10 = 99.31" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", sheet: "自评表", cell: "G7", why: "312.8 / 336 = 93.095% → 93.10%" },
      { rule: "selfeval.score-mismatch", sheet: "自评表", cell: "H7", why: "10 × 93.095% = 9.31" },
      { rule: "selfeval.total-mismatch", sheet: "自评表", cell: "C7", why: "320 = 本年财政拨款 320 + 上年结转 (blank) + 其他 (blank); likewise 336 and 312.8" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 5 × 10 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", sheet: "自评表", cell: "H18", why: "312.8万元 meets ≤336万元" },
      { rule: "selfeval.target-missed-full-score", sheet: "自评表", cell: "H15", why: "97% meets ≥95%" },
      { rule: "selfeval.missing-explanation", why: "every indicator has its full score and the rate is 93.10%, above 90%" },
      { rule: "execution.overspent", why: "312.8 spent of 336" },
    ],
  },
};
