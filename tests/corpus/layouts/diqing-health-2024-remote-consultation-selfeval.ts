import type { CorpusLayout } from "../types";

// 迪庆藏族自治州卫生健康委员会（本级）2024年度部门决算 (2025-09-12): 第四部分 四、单位绩效自评情况 — a project's 项目支出绩效自评表 in the
// 云南 form: 项目资金（万元） over 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 with the three sources under 年度资金总额, then
// 一级 / 二级 / 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, 总分 last.
export const layout: CorpusLayout = {
  id: "diqing-health-2024-remote-consultation-selfeval",
  source: {
    title: "迪庆藏族自治州卫生健康委员会（本级）2024年度部门决算（第四部分 四、单位绩效自评情况 项目支出绩效自评表，表据云南省表式拟）",
    url: "http://diqing.gov.cn/zfxxgk_dqzzf/fdzdgknr/caizhengxinxigongkaizhuanlan/bumenyujuesuan/t_dqzzf_zwsjhw/202509/20250912_232129.html",
    publisher: "迪庆藏族自治州卫生健康委员会",
    date: "2025-09-12",
    changes:
      "As published: the commission, the year, the 监督索引号 line, the part the form sits in (第四部分 四、单位绩效自评情况). The stored copy shows " +
      "the contents and the duties, not the form: the form follows the 云南 项目支出绩效自评表; the project, its indicators and every figure are " +
      "ours. Planted: 基层医务人员培训人次 468 against ≥500 scored 8 of 10 with its 偏差原因 cell left empty; the 总分 typed 99.50 where the scores " +
      "add up to 9.50 + 10 + 8 + 10 + 10 + 10 + 15 + 10 + 15 = 97.50.",
  },
  classes: [
    "selfeval", "yunnan-template", "indicator-nature-column", "measure-unit-column", "three-money-sources", "wanyuan-in-label", "qualitative-indicator",
    "total-score-row", "table-not-in-stored-copy", "prefecture-commission", "tibetan-autonomous-prefecture", "yunnan",
  ],
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [10, 18, 12, 24, 10, 10, 10, 12, 8, 8, 26],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null, null],
        ["（2024年度）", null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "基层远程医疗会诊能力提升项目", null, null, null, null, null, null, null, null, null],
        ["主管部门", "迪庆藏族自治州卫生健康委员会", null, null, null, "实施单位", "迪庆藏族自治州卫生健康委员会（本级）", null, null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null, null],
        [null, "年度资金总额", 200, 240, 228, 10, "95.00%", 9.5, null, null, null],
        [null, "其中：当年财政拨款", 200, 220, 210, "—", "—", "—", null, null, null],
        [null, "上年结转资金", 0, 20, 18, "—", "—", "—", null, null, null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null, null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null, null],
        [
          null,
          "建成覆盖全州乡镇卫生院的远程会诊网络，培训基层医务人员500人次以上，远程会诊服务3000人次以上，提升基层诊疗能力。",
          null, null, null,
          "远程会诊网络覆盖29个乡镇卫生院，完成远程会诊3260人次；培训基层医务人员468人次。",
          null, null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "乡镇卫生院远程会诊覆盖数", "≥", 29, "个", 29, 10, 10, null],
        [null, null, null, "基层医务人员培训人次", "≥", 500, "人次", 468, 10, 8, null],
        [null, null, "质量指标", "远程会诊系统运行正常率", "≥", 98, "%", 99.2, 10, 10, null],
        [null, null, "时效指标", "项目完成及时率", "=", 100, "%", 100, 10, 10, null],
        [null, null, "成本指标", "远程会诊设备购置成本", "≤", 120, "万元", 116.5, 10, 10, null],
        [null, "效益指标", "社会效益指标", "远程会诊服务人次", "≥", 3000, "人次", 3260, 15, 15, null],
        [null, null, "可持续影响指标", "基层诊疗能力", "定性", "持续提升", null, "有效提升", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "患者满意度", "≥", 90, "%", 92.6, 15, 15, null],
        [null, "总分", null, null, null, null, null, null, 100, 99.5, null],
      ],
      merges: [
        "A1:K1", "A2:K2", "B3:K3", "B4:E4", "G4:K4", "A5:B5", "A6:A9", "I5:K9", "A10:A11", "B10:E10", "F10:K10", "B11:E11", "F11:K11",
        "A12:A21", "B13:B17", "C13:C14", "B18:B19", "B21:H21",
      ],
      numberFormats: { "C6:E9": "0.00", "H6": "0.00", "J21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2024 }],
    findings: [
      { rule: "selfeval.missing-explanation", cell: "J14", why: "基层医务人员培训人次 468 misses ≥500 and scores 8 of 10; its 偏差原因分析及改进措施 (K14) is empty" },
      { rule: "selfeval.score-mismatch", cell: "J21", why: "总分 99.50 against the scores as typed: 9.50 + 10 + 8 + 10 + 10 + 10 + 15 + 10 + 15 = 97.50 (2.00 over)" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "228.00 / 240.00 = 95.00%, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 95.00% = 9.50" },
      { rule: "selfeval.weights", why: "10 + 10 × 5 + 15 + 10 + 15 = 100" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 240.00 = 220.00 + 20.00 + 0" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数 228.00 = 210.00 + 18.00 + 0" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数 200.00 = 200.00 + 0 + 0" },
      { rule: "selfeval.target-missed-full-score", cell: "J14", why: "the missed 培训人次 scores 8, not its full 10" },
      { rule: "selfeval.target-missed-full-score", cell: "J17", why: "成本 116.5万元 is within ≤120万元" },
      { rule: "selfeval.target-missed-full-score", cell: "J19", why: "定性 持续提升, reached as 有效提升" },
      { rule: "execution.overspent", why: "228.00 spent of 240.00" },
    ],
  },
};
