import type { CorpusLayout } from "../types";

// 武川县民族事务委员会 2021-07-28: 绩效目标申报表 (2021年度) of a 少数民族聚居村 farm (大青山乡沙湾子村) paid from the central 衔接
// money's 少数民族发展任务 — the money block with its source written inside the cells (年度资金总额：50万), the year's target in prose,
// then 一级 / 二级 / 三级指标 | 指标值 with no 分值, cost targets as unit prices (490元/平米, 300元/米).
export const layout: CorpusLayout = {
  id: "wuchuan-2021-minority-village-farm-targets",
  source: {
    title: "绩效目标申报表（2021年度）— 大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目（武川县民族事务委员会）",
    url: "http://www.wuchuan.gov.cn/zfxxgknew_27916/fdzdgknr/zfwjnew/202112/t20211220_1104864.html",
    publisher: "武川县民族事务委员会",
    date: "2021-07-28",
    changes:
      "As published: the form's heading, its fields, the money block with its figures inside the label cells, the year's target, and the " +
      "产出 indicators through 成本指标 (防疫室84平米 ≥1050元) with their values; the person's telephone is left out. The stored copy stops " +
      "there: the 效益指标 and 满意度指标 rows (集体经济增收, 受益人口, 使用年限, 满意度) are ours, in the wording such forms use. Nothing " +
      "planted: a clean form.",
  },
  classes: ["clean", "targets", "target-application-form", "figures-inside-labels", "source-named-in-cell", "side-label-merged-down", "three-level-indicators", "no-score-column", "unit-price-targets", "date-targets", "prose-target", "wanyuan-in-label", "county-department", "inner-mongolia"],
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [14, 14, 18, 40, 22, 10],
      rows: [
        ["绩效目标申报表", null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null],
        ["项目名称", "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目", null, "项目负责人及电话", "达布", null],
        ["主管部门", "武川县民族事务委员会", null, "实施单位", "武川县民族事务委员会", null],
        ["资金情况（万元）", "年度资金总额：50万", null, "中央衔接推进乡村振兴补助资金（少数民族发展任务）50", null, null],
        [null, "其中：财政拨款", null, "中央衔接推进乡村振兴补助资金（少数民族发展任务）50", null, null],
        [null, "其他资金", null, null, null, null],
        ["总体目标", "年度目标", null, null, null, null],
        [null, "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目（约50万）。沙湾子村是少数民族聚居村，户籍人口76户174人，常住户26户56人，其中户籍少数民族12户27人。项目新建养殖场占地约6500平米，建棚圈一栋约360平米，人工配种室、防疫室84平米，饲料库120平米，打井，配电，建围墙约300米。项目实施后受益人口76户174人，其中户籍少数民族12户27人。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null],
        [null, "产出指标", "数量指标", "贫困地区新增特色产业数量", "≥1个", null],
        [null, null, null, "贫困地区建设少数民族聚居村养殖场", "≥1个", null],
        [null, null, "质量指标", "养殖动物成活率（目标）", "≥95%", null],
        [null, null, null, "项目（工程）验收合格率", "100%", null],
        [null, null, "时效指标", "开工时限", "2021年7月", null],
        [null, null, null, "竣工时限", "2021年9月", null],
        [null, null, "成本指标", "打井、配电", "50000元", null],
        [null, null, null, "饲料库120平米", "490元/平米", null],
        [null, null, null, "围墙300米", "300元/米", null],
        [null, null, null, "标准化棚圈360平米", "550元/平米", null],
        [null, null, null, "防疫室84平米", "≥1050元", null],
        [null, "效益指标", "经济效益指标", "养殖场租赁带动村集体经济年增收", "≥2万元", null],
        [null, null, "社会效益指标", "受益户籍少数民族人口数", "≥27人", null],
        [null, null, "可持续影响指标", "工程设计使用年限", "≥15年", null],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%", null],
      ],
      merges: ["A1:F1", "A2:F2", "B3:C3", "E3:F3", "B4:C4", "E4:F4", "A5:A7", "B5:C5", "D5:F5", "B6:C6", "D6:F6", "B7:C7", "D7:F7", "A8:A9", "B8:F8", "B9:F9", "A10:A25", "E10:F10", "E11:F11", "E12:F12", "E13:F13", "E14:F14", "E15:F15", "E16:F16", "E17:F17", "E18:F18", "E19:F19", "E20:F20", "E21:F21", "E22:F22", "E23:F23", "E24:F24", "E25:F25", "B11:B21", "C11:C12", "C13:C14", "C15:C16", "C17:C21", "B22:B24"],
    },
  ],
  expect: {
    tables: [
      // Corrected after the measurement (the count unchanged): the corpus states the 一级指标 column of a target table
      // as its type (archives-2023, tongxin-xiamaguan-2023, anxi-2022, matazhen-2023, suifenhe-funing-2022); the
      // layout had the 二级指标 column.
      { sheet: "绩效目标申报表", kind: "targets", headerRow: 10, lastRow: 25, columns: { B: "type", D: "name", E: "target" }, year: 2021 },
    ],
    findings: [],
    absent: [
      { rule: "selfeval.total-mismatch", why: "年度资金总额 50 and its 其中：财政拨款 50 agree; 其他资金 is empty" },
      { rule: "selfeval.weights", why: "an application form with no 分值 column and no points in its headings" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "composition.total-mismatch", why: "the cost targets are unit prices (490元/平米, 300元/米), no lines of a total" },
      { rule: "input.unreadable-value", why: "指标值 such as ≥1个, 2021年7月, 490元/平米 are targets in words, not figures of a table" },
      { rule: "selfeval.target-missed-full-score", why: "no scores and no actual values" },
    ],
  },
};
