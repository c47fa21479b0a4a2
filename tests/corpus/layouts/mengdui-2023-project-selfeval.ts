import type { CorpusLayout } from "../types";

// 临沧市镇康县勐堆乡人民政府 2023年度部门决算, 十五、2023年度项目支出绩效自评表 — the Yunnan form: 项目资金（万元） block (年初预算数 |
// 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金), 年度总体目标, then
// 一级 / 二级 / 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 未完成原因分析, 总分, 其他需要说明事项.
export const layout: CorpusLayout = {
  id: "mengdui-2023-project-selfeval",
  source: {
    title: "镇康县勐堆乡人民政府2023年度部门决算（十五、2023年度项目支出绩效自评表）",
    url: "https://qrrfcrh.cn/zfxxgk_zkx_mdx/artview/1152/204003.html",
    publisher: "镇康县勐堆乡人民政府 (page stored on a mirror of the county's disclosure platform)",
    date: "2024",
    changes:
      "As published: the form's place in the 决算 (第二部分 十五、2023年度项目支出绩效自评表; 第四部分 四（三）) and the department. The stored copy shows " +
      "the table of contents, not the form's cells: the layout follows the form the 决算 names, with 指标性质 / 度量单位 columns as Yunnan's 决算 forms give " +
      "them; the project, its figures, the indicators and every score are ours. Planted: 项目完成及时率 85% against a target of 100% with its full 10 " +
      "points; 总分 98.30 where 9.30 + 88 = 97.30.",
  },
  classes: ["selfeval", "national-template", "yunnan-variant", "indicator-nature-column", "unit-of-measure-column", "side-label-unit", "rates-as-text", "three-level-indicators", "qualitative-targets", "other-matters-row", "town-government", "yunnan"],
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [10, 16, 14, 26, 10, 12, 10, 14, 8, 8, 24],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "勐堆乡2023年农村人居环境整治经费", null, null, null, null, null, null, null, null, null],
        ["主管部门", "镇康县勐堆乡人民政府", null, null, null, "实施单位", "镇康县勐堆乡人民政府", null, null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null, null],
        [null, "年度资金总额", 50, 48.6, 45.2, 10, "93.00%", 9.3, null, null, null],
        [null, "其中：当年财政拨款", 50, 45.6, 42.2, "—", "—", "—", null, null, null],
        [null, "上年结转资金", null, 3, 3, "—", "—", "—", null, null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null, null],
        [
          null,
          "完成12个村（组）人居环境整治，清运生活垃圾1500吨以上，项目验收合格，群众满意度达90%以上。",
          null, null, null,
          "完成12个村（组）整治，清运生活垃圾1620吨，验收合格；部分村组因雨季施工延误，于12月完工。",
          null, null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "未完成原因分析"],
        [null, "产出指标", "数量指标", "整治村（组）数", "≥", 12, "个", 12, 15, 15, null],
        [null, null, null, "清运生活垃圾量", "≥", 1500, "吨", 1620, 10, 10, null],
        [null, null, "质量指标", "项目验收合格率", "=", 100, "%", 100, 10, 10, null],
        [null, null, "时效指标", "项目完成及时率", "=", 100, "%", 85, 10, 10, null],
        [null, null, "成本指标", "项目总成本", "≤", 48.6, "万元", 45.2, 5, 5, null],
        [null, "效益指标", "社会效益指标", "村容村貌改善情况", "定性", "明显改善", null, "明显改善", 10, 10, null],
        [null, null, "生态效益指标", "生活垃圾无害化处理率", "≥", 90, "%", 92, 10, 10, null],
        [null, null, "可持续影响指标", "长效管护机制建立情况", "定性", "建立", null, "初步建立", 10, 8, "村级保洁员队伍尚未全覆盖，2024年完善管护制度"],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%", 93, 10, 10, null],
        ["总分", null, null, null, null, null, null, null, 100, 98.3, null],
        ["其他需要说明事项", "无", null, null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:K1", "A2:K2", "B3:K3", "B4:E4", "G4:K4", "A5:A9", "I5:K9", "A10:A11", "B10:E10", "F10:K10", "B11:E11", "F11:K11",
        "A12:A21", "B13:B17", "C13:C14", "B18:B20", "A22:H22", "B23:K23",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 22, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "J16", why: "项目完成及时率: target = 100%, actual 85%, yet the full 10 points" },
      { rule: "selfeval.score-mismatch", cell: "J22", why: "budget 9.30 + indicators 15+10+10+10+5+10+10+8+10 = 88 → 97.30; 总分 states 98.30" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "45.20 / 48.60 = 93.00%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 93.00% = 9.30" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算 48.60 = 45.60 + 3.00; 执行 45.20 = 42.20 + 3.00; 年初 50.00 = 50.00" },
      { rule: "selfeval.weights", why: "15 + 10 + 10 + 10 + 5 + 10 + 10 + 10 + 10 = 90, + 10 for the budget = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "J17", why: "项目总成本 ≤48.6万元 met by 45.2" },
      { rule: "selfeval.target-missed-full-score", cell: "J13", why: "≥12 met by 12" },
      { rule: "selfeval.missing-explanation", cell: "K20", why: "the one indicator below full score (8 of 10) has its reason" },
      { rule: "execution.overspent", why: "执行数 45.20 within 全年预算数 48.60; 年初预算 50.00 was cut to 48.60" },
      { rule: "input.unreadable-value", why: "指标性质 (≥ / = / ≤ / 定性) and 度量单位 are text columns; — means nothing" },
    ],
  },
};
