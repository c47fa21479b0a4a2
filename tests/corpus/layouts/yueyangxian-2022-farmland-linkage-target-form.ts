import type { CorpusLayout } from "../types";

// 岳阳县农业农村局 (湖南) 2022-05-16: 乡村振兴衔接资金绩效目标申报表（高标准农田建设）, the form 绩效目标申报表（基础设施建设类）（2022年度）:
// label–value rows, money written as text with its parts in brackets (854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)), the
// 财政拨款 line with the figure typed twice (854万854万(…)), then 一级 / 二级 / 三级指标 and 指标值 with no 分值 and no results, and the
// template's note under it. Clean.
export const layout: CorpusLayout = {
  id: "yueyangxian-2022-farmland-linkage-target-form",
  source: {
    title: "乡村振兴衔接资金绩效目标申报表（高标准农田建设）— 绩效目标申报表（基础设施建设类）（2022年度）",
    url: "http://www.yyx.gov.cn/37584/38137/content_2016103.html",
    publisher: "岳阳县农业农村局",
    date: "2022-05-16",
    changes:
      "As published: the form's title and year line, the label rows (项目名称, 项目负责人及电话, 主管部门, 实施单位), 资金情况 (万元) with 年度资金总额：, " +
      "其中：财政拨款 and 其他资金 (empty), the money as text with three parts in brackets and the 财政拨款 figure typed twice, 总体目标 / 年度目标, " +
      "the twelve indicators in their order and wording, and the note. Ours: every figure (620 = 300 + 195 + 125; the indicators' values), the " +
      "person and phone. Nothing planted.",
  },
  classes: [
    "targets", "composition", "clean", "two-tables-one-form", "label-value-rows", "amounts-as-text-with-parts", "figure-typed-twice",
    "wan-in-cell", "qizhong-lines", "empty-other-funds", "three-level-indicators", "no-weights", "no-results-column", "template-note",
    "county-department", "hunan",
  ],
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [16, 16, 20, 34, 16],
      rows: [
        ["绩效目标申报表（基础设施建设类）", null, null, null, null],
        ["（2022年度）", null, null, null, null],
        ["项目名称", "岳阳县2022年高标准农田建设项目", null, null, null],
        ["项目负责人及电话", "周明 0730-7612345", null, null, null],
        ["主管部门", "岳阳县农业农村局", "实施单位", "农田建设服务中心", null],
        ["资金情况（万元）", "年度资金总额：", "620万(高标准农田建设300万元,示范建设195万元,畅通工程125万元)", null, null],
        [null, "其中：财政拨款", "620万620万(高标准农田建设300万元,示范建设195万元,畅通工程125万元)", null, null],
        [null, "其他资金", null, null, null],
        ["总体目标", "年度目标", "完成项目主体工程70%", null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "脱贫村村内道路硬化里程", "≥60公里"],
        [null, null, null, "脱贫户供水设施数量", "≥12座"],
        [null, null, "质量指标", "项目（工程）验收合格率", "100%"],
        [null, null, "时效指标", "项目（工程）完成及时率", "≥100%"],
        [null, null, "成本指标", "财政资金补助", "1600元/亩"],
        [null, "效益指标", "经济效益指标", "年增粮食", "2500公斤"],
        [null, null, "社会效益指标", "受益脱贫（监测）人口数", "≥300人"],
        [null, null, null, "解决脱贫（监测）饮水安全问题人数", "≥600人"],
        [null, null, "生态效益指标", "新增和改善灌溉达标面积", "≥400亩"],
        [null, null, null, "新增和改善排水达标面积", "≥150亩"],
        [null, null, "可持续影响指标", "工程设计使用年限", "≥20年"],
        [null, "满意度指标", "服务对象满意度指标", "受益脱贫（监测）户满意度", "≥95%"],
        ["注：各地请根据实际情况，从上述绩效指标中选择适合的填报（其中三颗星为必填的核心绩效指标，可结合已下达的中央对地方专项转移支付绩效指标），也可自行增加或适当调整。", null, null, null, null],
      ],
      merges: [
        "A1:E1", "A2:E2", "B3:E3", "B4:E4", "D5:E5", "A6:A8", "C6:E6", "C7:E7", "C8:E8", "C9:E9", "A10:A22", "B11:B15", "C11:C12",
        "B16:B21", "C17:C18", "C19:C20", "A23:E23",
      ],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标申报表", kind: "composition", unit: "万元", headerRow: 6, lastRow: 8, columns: { B: "line", C: "amount" }, year: 2022 },
      { sheet: "绩效目标申报表", kind: "targets", headerRow: 10, lastRow: 22, columns: { D: "name", E: "target" }, year: 2022 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C6", why: "年度资金总额 620万 = 其中 财政拨款 620万 + 其他资金 (empty); the figure typed twice (620万620万) is one 620, and the bracketed parts 300 + 195 + 125 = 620 agree" },
      { rule: "input.unreadable-value", cell: "C6", why: "the amount is written with 万 in the cell and its parts in brackets after it: 620万" },
      { rule: "input.unreadable-value", cell: "C7", why: "620万 typed twice, then the same parts" },
      { rule: "selfeval.weights", why: "the form gives no 分值" },
      { rule: "selfeval.indicator-contradicted", why: "targets only, no results; the workbook has no payments to measure them by" },
      { rule: "selfeval.target-missed-full-score", why: "no results and no scores" },
    ],
  },
};
