import type { CorpusLayout } from "../types";

// 河南 周口市城乡一体化示范区: 2023年度财政衔接推进乡村振兴补助资金 — the first project of the plan, 示范区农产品种植产业园项目
// (11座标准化大棚), as a 绩效目标表: money block, the year's goal, indicators with their 分值 under a heading stating 90 points.
export const layout: CorpusLayout = {
  id: "zhoukou-demo-zone-2023-greenhouse-project-targets",
  source: {
    title: "周口市城乡一体化示范区2023年度财政衔接推进乡村振兴补助资金项目实施计划（项目绩效目标表据实施计划拟）",
    url: "http://zksfq.gov.cn/sitesources/cxytsfq/page_pc/zwgk/fdzdgknr/gggs/article396796e5a301483bb57eaa85d39d5a61.html",
    publisher: "周口市城乡一体化示范区",
    date: "2023",
    changes:
      "As published: the project (示范区农产品种植产业园项目, 产业发展类, 新建, 2023年1月至12月, 责任单位 示范区脱贫衔接办), its task (新建标准化大棚11座及周边辅助配套设施), " +
      "its money (财政衔接推进乡村振兴补助资金 575.038908万元, shown here to two decimals) and its goals (产权归村集体; 带动脱贫劳动力务工100人以上, 每人每年2万元以上). " +
      "Ours: the form (a 绩效目标表 laid out as such forms are), the indicators' wording and their 分值. " +
      "Planted: the indicators' 分值 add up to 100 under a heading stating 90分.",
  },
  classes: ["targets", "target-form", "money-block", "points-in-heading", "weights-column", "linkage-fund", "wanyuan-in-label", "table-from-prose", "county-notice", "henan"],
  settings: { district: "周口市" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [16, 16, 18, 32, 18, 8],
      rows: [
        ["周口市城乡一体化示范区2023年度财政衔接推进乡村振兴补助资金项目绩效目标表", null, null, null, null, null],
        ["项目名称", "示范区农产品种植产业园项目", null, null, null, null],
        ["主管部门", "示范区脱贫衔接办", "实施单位", "示范区脱贫衔接办", null, null],
        ["项目类型", "产业发展类（新建）", "实施期限", "2023年1月至2023年12月", null, null],
        ["资金情况（万元）", "年度资金总额", 575.04, null, null, null],
        [null, "其中：财政衔接推进乡村振兴补助资金", 575.04, null, null, null],
        [null, "其他资金", 0, null, null, null],
        ["年度绩效目标", "新建标准化大棚11座及周边辅助配套设施，产权归村集体所有；带动脱贫劳动力务工100人以上，每人每年务工收入2万元以上。", null, null, null, null],
        ["年度绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值"],
        [null, "产出指标", "数量指标", "新建标准化大棚数量", "11座", 20],
        [null, null, "质量指标", "工程验收合格率", "100%", 15],
        [null, null, "时效指标", "项目完工时间", "2023年12月底前", 10],
        [null, null, "成本指标", "项目建设成本", "≤575.04万元", 10],
        [null, "效益指标", "经济效益指标", "带动脱贫劳动力人均年务工收入", "≥2万元", 15],
        [null, null, "社会效益指标", "带动脱贫劳动力务工人数", "≥100人", 15],
        [null, null, "可持续影响指标", "大棚产权归村集体所有", "长期", 5],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", 10],
      ],
      merges: ["A1:F1", "B2:F2", "D3:F3", "D4:F4", "A5:A7", "C5:F5", "C6:F6", "C7:F7", "B8:F8", "A9:A17", "B10:B13", "B14:B16"],
      numberFormats: { "C5:C7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 7, columns: { B: "line", C: "amount" }, year: 2023 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 9, lastRow: 17, columns: { B: "type", D: "name", E: "target" }, year: 2023 },
    ],
    findings: [
      { rule: "selfeval.weights", cell: "A9", why: "the heading states 90分; the indicators' 分值 are 20 + 15 + 10 + 10 + 15 + 15 + 5 + 10 = 100" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "575.04 = 575.04 + 0" },
      { rule: "selfeval.indicator-contradicted", why: "a target form states no 实际完成值" },
      { rule: "input.unreadable-value", cell: "E12", why: "2023年12月底前 is a target, text by nature" },
      { rule: "selfeval.target-missed-full-score", why: "no actual values: nothing can miss its target" },
    ],
  },
};
