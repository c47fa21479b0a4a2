import type { CorpusLayout } from "../types";

// 忠县涂井乡人民政府 2023-04-12: 涂井乡2021年度项目绩效自评表 — the 中央、市级专项转移支付绩效目标自评表 (2021年度): 专项（项目）名称 |
// 负责人及电话, 市级 / 县级主管部门, 实施单位, 项目资金（万元） with 全年预算数（A） | 全年执行数（B） | 执行率（B/A） over 年度资金总额 and
// 其中：中央、市级补助 / 县级资金 / 其他资金, 年初设定目标 | 全年实际完成情况, then 一级 / 二级 / 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施, no 分值.
export const layout: CorpusLayout = {
  id: "tujing-2021-resettlement-village-road-selfeval",
  source: {
    title: "涂井乡2021年度项目绩效自评表（中央、市级专项转移支付绩效目标自评表（2021年度））",
    url: "http://www.zhongxian.gov.cn/jd/zxtjx/zwgk_34997/fdzdgknr_35002/ysjs/jsgk/202304/t20230412_11869955.html",
    publisher: "忠县涂井乡人民政府",
    date: "2023-04-12",
    changes:
      "As published: the form's title and year line, its label cells (专项（项目）名称, 负责人及电话, 市级主管部门, 县级主管部门, 实施单位), the money block " +
      "(全年预算数（A） | 全年执行数（B） | 执行率（B/A）; 年度资金总额：, 其中：中央、市级补助, 县级资金, 其他资金), 年初设定目标 | 全年实际完成情况 and the " +
      "indicator columns with no 分值; the project name and departments. Ours: the person (某某, phone left out), every figure (the stored copy's 372.29 " +
      "all from 中央、市级; here a 县级 share beside it), the indicators' values and the shortfall's reason. Planted: 县级资金's rate typed 97.34% where " +
      "46.87 / 50.00 = 93.74%.",
  },
  classes: [
    "selfeval", "chongqing-template", "no-scores", "qizhong-lines", "rate-per-source", "label-value-pairs", "two-decimal-wanyuan",
    "quantity-targets", "town-unit", "chongqing",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [12, 20, 18, 22, 14, 14, 26],
      rows: [
        ["中央、市级专项转移支付绩效目标自评表", null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null],
        ["专项（项目）名称", "忠县涂井乡龙滩村农村移民安置区精准帮扶项目", null, null, "负责人及电话", "某某（电话略）", null],
        ["市级主管部门", "重庆市水利局", null, null, null, null, null],
        ["县级主管部门", "忠县水利局", null, null, "实施单位", "忠县涂井乡人民政府", null],
        ["项目资金（万元）", null, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）", null, null],
        [null, "年度资金总额：", 406.5, 403.37, "99.23%", null, null],
        [null, "其中：中央、市级补助", 356.5, 356.5, "100.00%", null, null],
        [null, "县级资金", 50, 46.87, "97.34%", null, null],
        [null, "其他资金", null, null, null, null, null],
        ["年度总体目标", "年初设定目标", null, null, "全年实际完成情况", null, null],
        [null, "新建道路480m；硬化道路5200m；人行便道硬化12.5km。", null, null, "新建道路480m；硬化道路5200m；人行便道硬化11.8km。", null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
        [null, "产出指标", "数量指标", "指标1：新建道路", "480m", "480m", null],
        [null, null, null, "指标2：硬化道路", "5200m", "5200m", null],
        [null, null, null, "指标3：人行便道硬化", "12.5km", "11.8km", "部分路段农户房屋改建未完成，便道顺延至2022年硬化"],
        [null, null, "质量指标", "指标1：工程完工率", "100%", "100%", null],
        [null, null, null, "指标2：工程验收合格率", "100%", "100%", null],
        [null, null, "时效指标", "道路交通设施完成时间", "2021年", "2021年", null],
        [null, null, "成本指标", "道路交通设施", "406.5万元", "403.37万元", null],
        [null, "效益指标", "经济效益指标", "道路交通设施", "降低村民出行和农产品运输成本", "降低村民出行和农产品运输成本", null],
        [null, null, "社会效益指标", "道路交通设施", "提高村民收入", "提高村民收入", null],
        [null, "满意度指标", "服务对象满意度指标", "移民群众满意度", "≥90%", "95%", null],
      ],
      merges: [
        "A1:G1", "A2:G2", "B3:D3", "F3:G3", "B4:G4", "B5:D5", "F5:G5", "A6:B6", "A7:A10", "F6:G10",
        "A11:A12", "B11:D11", "E11:G11", "B12:D12", "E12:G12", "A13:A23", "B14:B20", "C14:C16", "C17:C18", "B21:B22",
      ],
      numberFormats: { "C7:D10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 23, year: 2021 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "E9", why: "县级资金 执行率 97.34%; 46.87 / 50.00 = 93.74%" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "E7", why: "403.37 / 406.50 = 99.23%" },
      { rule: "selfeval.rate-mismatch", cell: "E8", why: "356.50 / 356.50 = 100.00%" },
      { rule: "selfeval.total-mismatch", cell: "C7", why: "全年预算数 406.50 = 356.50 + 50.00; 执行数 403.37 = 356.50 + 46.87" },
      { rule: "selfeval.weights", why: "the form carries no 分值 at all" },
      { rule: "selfeval.score-mismatch", why: "no 得分 on the form" },
      { rule: "selfeval.target-missed-full-score", why: "no scores: 人行便道硬化 11.8km short of 12.5km is scored nowhere" },
      { rule: "selfeval.missing-explanation", cell: "G16", why: "the shortfall's reason is given; every execution rate is above 90% (99.23%, 100.00%, 93.74%)" },
      { rule: "execution.overspent", why: "403.37 spent of 406.50" },
    ],
  },
};
