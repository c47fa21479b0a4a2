import type { CorpusLayout } from "../types";

// 宁夏长庆初级中学 2019-02-20: its 自治区本级 project-spending 绩效目标表 for opening the school's sports ground to the public — label |
// value rows (项目名称 … 项目期), a money block 项目资金（万元） with 年度资金总额 and its 其中：财政拨款 | 其他资金, the goal text, then
// 一级 / 二级 / 三级指标 | 指标值 with text targets, 满意度 printed between 产出 and 效益 as the stored copy has it.
export const layout: CorpusLayout = {
  id: "ningxia-changqing-2019-school-sports-opening-targets",
  source: {
    title: "2019年宁夏长庆初级中学部门项目支出预算绩效目标公开（附件：宁夏长庆初级中学2019年项目支出预算绩效目标表）",
    url: "http://nxcqcz.com/readnews.asp?newsid=1189",
    publisher: "宁夏长庆初级中学",
    date: "2019-02-20",
    changes:
      "As published: the form's title, the label rows (项目名称 学校体育设施向社会免费开放, 主管部门 [812]自治区教育厅, 实施单位 【812033】" +
      "宁夏长庆初级中学, 项目属性, 项目期 2019-2021), the money block's labels, the goal text, the indicator headings and the seven " +
      "indicators in the published order with their wording. Ours: the money (published 5 and 5) and the 补贴数量 target's amount to match it. " +
      "Planted: 年度资金总额 8 over 其中：财政拨款 7.5 and 其他资金 left blank.",
  },
  classes: [
    "targets", "composition", "label-value-rows", "money-block-above-indicators", "qizhong-lines", "three-level-indicators", "text-targets",
    "no-weights", "satisfaction-before-benefit", "goal-text-row", "wanyuan-in-label", "school", "province-level-unit", "ningxia",
  ],
  settings: { district: "宁夏回族自治区" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 14, 18, 22, 40],
      rows: [
        ["自治区本级部门2019年项目支出预算绩效目标表", null, null, null, null],
        ["项目名称", "学校体育设施向社会免费开放", null, null, null],
        ["主管部门", "[812]自治区教育厅", null, null, null],
        ["实施单位", "【812033】宁夏长庆初级中学", null, null, null],
        ["项目属性", "上年延续性项目", null, null, null],
        ["项目期", "2019-2021", null, null, null],
        ["项目资金（万元）", "年度资金总额", 8, null, null],
        [null, "其中：财政拨款", 7.5, null, null],
        [null, "其他资金", null, null, null],
        [
          "绩效目标",
          "加快构建公共体育服务体系，提高公共体育设施利用率，健全公共体育服务长效机制，均衡区域体育资源布局与配置，着力改善我区全民健身条件，满足广大群众多样化的健身需求，切实增强青少年体质，有效提升全民健康水平。",
          null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "成本指标", "成本控制", "按照资金测算控制各项成本。"],
        [null, null, "时效指标", "完成时限", "2021年12月底完成项目规划相关工作。"],
        [null, null, "数量指标", "补贴数量", "对学校2400平米体育场馆补贴8万元。"],
        [null, null, "质量指标", "开放质量", "全面落实学校体育设施向社会开放工作。"],
        [null, "满意度指标", "服务对象满意度指标", "学生及群众的满意率", "95%以上。"],
        [null, "效益指标", "可持续影响指标", "提升全民健康水平", "促进人民群众健康水平不断提高。"],
        [null, null, "社会效益指标", "发展全民健身运动", "通过本项目实施，有效提高全面健康水平。"],
      ],
      merges: [
        "A1:E1", "B2:E2", "B3:E3", "B4:E4", "B5:E5", "B6:E6", "A7:A9", "C7:E7", "C8:E8", "C9:E9", "B10:E10", "A11:A18", "B12:B15", "B17:B18",
      ],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 7, lastRow: 9, columns: { B: "line", C: "amount" } },
      { sheet: "绩效目标表", kind: "targets", headerRow: 11, lastRow: 18, columns: { B: "type", D: "name", E: "target" } },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C7",
        why: "年度资金总额 8; its 其中 lines 财政拨款 7.5 + 其他资金 nothing = 7.5: 0.5万元 apart",
      },
    ],
    absent: [
      { rule: "selfeval.weights", why: "a target table with no 分值 and no points in its headings: nothing to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: the form states targets only" },
      { rule: "selfeval.target-missed-full-score", why: "no actuals and no scores" },
      { rule: "input.unreadable-value", cell: "E16", why: "95%以上。 is a target, text by nature" },
      { rule: "input.unreadable-value", cell: "B6", why: "2019-2021 is the project's period, a label's value" },
    ],
  },
};
