import type { CorpusLayout } from "../types";

// 第一师阿拉尔市财政局 2021-05-17, to 六团: 1,500万元 of the 兵团本级 linkage fund for a controlled-atmosphere cold store, with its
// 绩效目标申报表 — two money blocks side by side (项目资金总额 with 其中：财政资金 | 其他资金; 年度资金申请总额 with 其中：当年财政拨款 |
// 上年结转资金 | 其他资金), the project's and the year's goals, then 一级 / 二级 / 三级指标 | 年度指标值 with 指标1:, 指标2: labels.
export const layout: CorpusLayout = {
  id: "alar-tuan6-2021-linkage-cold-store-targets",
  source: {
    title: "关于下达2021年兵团本级财政衔接推进乡村振兴补助资金预算指标的通知（附件：绩效目标申报表）",
    url: "http://www.nys.gov.cn/xwzx/tzgg/content_88212",
    publisher: "第一师阿拉尔市财政局",
    date: "2021-05-17",
    changes:
      "As published: the form's title, 项目名称, 主管部门, 实施单位, 项目属性, 项目期, both money blocks' labels and the 1,500万元 总额 in each, the " +
      "项目总目标 and 年度总体目标 texts, the indicator headings and the first three 数量指标 (新建保鲜库数量 1座, 面积 3550平方米, 新建消防水池数量 " +
      "1座). The stored copy stops there: the other indicators and their values are ours. Planted: the year's sources written 当年财政拨款 1,300 + " +
      "上年结转资金 260 = 1,560 under a 年度资金申请总额 of 1,500.",
  },
  classes: [
    "targets", "composition", "two-money-blocks-side-by-side", "qizhong-lines", "sources-run-to-block-end", "indicator-number-labels",
    "three-level-indicators", "text-targets", "no-weights", "goals-text-rows", "wanyuan-in-label", "corps-regiment", "xinjiang",
  ],
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [14, 20, 14, 30, 14, 14],
      rows: [
        ["兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表", null, null, null, null, null],
        ["项目名称", "第一师六团巩固脱贫攻坚与乡村振兴有效衔接特色产业基地气调保鲜库建设项目", null, null, null, null],
        ["主管部门", "农业农村局", "实施单位", "新疆生产建设兵团第一师阿拉尔市六团农业发展服务中心", null, null],
        ["项目属性", "兵团推进乡村振兴补助资金", "项目期", "1年", null, null],
        ["资金情况（万元）", "项目资金总额：", 1500, "年度资金申请总额", 1500, null],
        [null, "其中：财政资金", 1500, "其中：当年财政拨款", 1300, null],
        [null, "其他资金", null, "上年结转资金", 260, null],
        [null, null, null, "其他资金", null, null],
        ["项目绩效目标", "项目总目标", null, "年度总体目标", null, null],
        [null, "建设完成保鲜库1座，3550平方米；建设完成消防水池1座，419平方米。", null, "2021年完成保鲜库钢构主体安装、封顶；完成消防水池土建工程。", null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", null],
        [null, "产出指标", "数量指标", "指标1：新建保鲜库数量", "1座", null],
        [null, null, null, "指标2：新建保鲜库面积", "3550平方米", null],
        [null, null, null, "指标3：新建消防水池数量", "1座", null],
        [null, null, "质量指标", "指标1：工程验收合格率", "100%", null],
        [null, null, "时效指标", "指标1：保鲜库主体完工时间", "2021年12月底前", null],
        [null, null, "成本指标", "指标1：项目建设成本", "≤1500万元", null],
        [null, "效益指标", "经济效益指标", "指标1：带动职工年增收", "≥50万元", null],
        [null, null, "社会效益指标", "指标1：带动就业人数", "≥20人", null],
        [null, null, "可持续影响指标", "指标1：保鲜库设计使用年限", "≥20年", null],
        [null, "满意度指标", "服务对象满意度指标", "指标1：受益职工满意度", "≥95%", null],
      ],
      merges: [
        "A1:F1", "B2:F2", "D3:F3", "D4:F4", "A5:A8", "E5:F5", "E6:F6", "E7:F7", "E8:F8", "A9:A10", "B9:C9", "D9:F9", "B10:C10", "D10:F10",
        "A11:A21", "E11:F11", "B12:B17", "C12:C14", "E12:F12", "E13:F13", "E14:F14", "E15:F15", "E16:F16", "E17:F17", "B18:B20", "E18:F18",
        "E19:F19", "E20:F20", "E21:F21",
      ],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标申报表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 8, columns: { B: "line", C: "amount" } },
      { sheet: "绩效目标申报表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 8, columns: { D: "line", E: "amount" } },
      { sheet: "绩效目标申报表", kind: "targets", headerRow: 11, lastRow: 21, columns: { B: "type", D: "name", E: "target" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E5", why: "年度资金申请总额 1,500; its sources running to the block's end, 当年财政拨款 1,300 + 上年结转资金 260 + 其他资金 nothing = 1,560: 60万元 apart (whole figures)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "项目资金总额 1,500 = 财政资金 1,500 + 其他资金 nothing" },
      { rule: "composition.total-mismatch", cell: "C6", why: "the two blocks side by side are separate: the left block's 1,500 is not added to the right block's lines" },
      { rule: "selfeval.weights", why: "an application form without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: an application states targets only" },
      { rule: "input.unreadable-value", cell: "E16", why: "2021年12月底前 is a target, text by nature; blank 其他资金 cells are nothing" },
    ],
  },
};
