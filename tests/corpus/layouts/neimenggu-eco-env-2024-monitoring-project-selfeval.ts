import type { CorpusLayout } from "../types";

// 2024年度内蒙古自治区生态环境厅部门决算公开报告 (2025-08-18): its 十四、预算绩效情况说明 refers to the 项目支出绩效自评表, which the stored
// copy does not show. Laid out as the standard 项目支出绩效自评表 (money block with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 and
// 其中 lines, 年度总体目标, three-level indicators with 偏差原因), for a monitoring project of ours; all figures ours.
export const layout: CorpusLayout = {
  id: "neimenggu-eco-env-2024-monitoring-project-selfeval",
  source: {
    title: "2024年度内蒙古自治区生态环境厅部门决算公开报告（项目支出绩效自评表；表为拟）",
    url: "https://sthjt.nmg.gov.cn/xxgk/zfxxgk/fdzdgknr/czxx/bmyjs/202508/t20250818_2775879.html",
    publisher: "内蒙古自治区生态环境厅",
    date: "2025-08-18",
    changes:
      "As published: the department's 2024 决算 report naming its 预算绩效情况说明; the self-evaluation forms are not in the stored copy. The form follows the national template; " +
      "project, indicators and figures ours. Planted: 国控空气自动监测站运维数量 48 of ≥52 scored its full 10; 总分 typed 96.2 where the scores add up to 97.2. " +
      "Left: 空气质量优良天数比例 below target but marked down and explained; 执行率 92.00% exactly.",
  },
  classes: ["selfeval", "national-template", "money-block-above-indicators", "qizhong-lines", "empty-source-lines", "three-level-indicators", "deviation-column", "total-score-row", "two-decimal-wanyuan", "year-in-title", "table-not-in-stored-copy", "province-department", "neimenggu"],
  settings: { district: "内蒙古自治区" },
  sheets: [
    {
      name: "自评表",
      widths: [14, 14, 14, 26, 14, 14, 10, 10, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2024年度）", null, null, null, null, null, null, null, null],
        ["项目名称", null, "生态环境监测能力运维经费", null, null, null, null, null, null],
        ["主管部门", null, "内蒙古自治区生态环境厅", null, null, "实施单位", "内蒙古自治区生态环境监测总站", null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 860.0, 820.0, 754.4, 10, "92.00%", 9.2, null],
        [null, "其中：当年财政拨款", 860.0, 820.0, 754.4, "—", "—", "—", null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null],
        [null, "其他资金", null, null, null, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "保障全区国控空气自动监测站和水质自动站稳定运行，按月编制环境质量监测报告，数据有效率不低于90%。", null, null, null, "监测站运维及报告编制按计划推进，数据有效率93.5%；4个站点因搬迁停运，运维站点48个。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "国控空气自动监测站运维数量", "≥52个", "48个", 10, 10, null],
        [null, null, null, "环境质量监测报告编制数量", "≥12份", "12份", 10, 10, null],
        [null, null, "质量指标", "监测数据有效率", "≥90%", "93.5%", 10, 10, null],
        [null, null, "时效指标", "监测数据上传及时率", "100%", "100%", 10, 10, null],
        [null, null, "成本指标", "项目成本控制", "≤820万元", "754.40万元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "环境质量信息公开覆盖率", "100%", "100%", 15, 15, null],
        [null, null, "生态效益指标", "空气质量优良天数比例", "≥88%", "86.9%", 15, 13, "受春季沙尘天气影响，优良天数比例未达预期；下一步加强沙尘天气预警和区域联防联控。"],
        [null, "满意度指标", "服务对象满意度指标", "公众对环境监测信息服务满意度", "≥90%", "92%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 96.2, null],
      ],
      merges: ["A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:B4", "C4:E4", "G4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A20", "B13:B17", "C13:C14", "B18:B19", "A21:F21"],
      numberFormats: { "C6:E9": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2024 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "国控空气自动监测站运维数量: 48个 against ≥52个, yet the full 10 of 10" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 96.2, but 9.2 + 10 + 10 + 10 + 10 + 10 + 15 + 13 + 10 = 97.2" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "754.40 / 820.00 = 92.00% exactly" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 92.00% = 9.2" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 equals its one filled 其中 line (当年财政拨款), the others blank" },
      { rule: "selfeval.weights", why: "10 + 10 + 10 + 10 + 10 + 10 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I19", why: "空气质量优良天数比例 scored 13 of 15 with its reason given" },
      { rule: "selfeval.missing-explanation", cell: "I6", why: "92.00% is above 90%: no reason needed for the budget" },
      { rule: "selfeval.target-missed-full-score", cell: "H19", why: "86.9% misses ≥88% but is not given full points" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "754.40万元 is within ≤820万元" },
      { rule: "execution.overspent", why: "754.40 spent of 820.00" },
    ],
  },
};
