import type { CorpusLayout } from "../types";

// 九江县 2015: the “农田水利项目县” project (1,500多万元, 1,200万元 from the province) in 新塘乡、新合镇、狮子镇 as a 绩效目标表 — money
// block with its sources, the year's goal, 产出 / 效益 / 满意度 indicators; the sources 1,200 + 300 under a 1,520 total.
export const layout: CorpusLayout = {
  id: "jiujiang-county-2015-farmland-water-project-targets",
  source: {
    title: "九江县“农田水利项目县”建设如火如荼（项目绩效目标表据报道拟）",
    url: "https://jj.jxcn.cn/system/2015/12/24/014565032.shtml",
    publisher: "中国江西网九江频道",
    date: "2015-12-24",
    changes:
      "The page is a news report; the form is ours (表据正文拟), laid out as a 项目绩效目标表 (money block, 年度目标, 一级 / 二级 / 三级 indicators and " +
      "指标值). As published: 2015 total investment 1,500多万元 of which 1,200万元 provincial, works in 新塘乡、新合镇、狮子镇, 受益面积2万余亩, " +
      "受益人口3万余人. Ours: the exact total (1,520), the county share, the indicators other than area and population. Planted: 年度资金总额 1,520 " +
      "where its sources add up to 1,200 + 300 = 1,500.",
  },
  classes: ["targets", "composition", "money-block-under-side-label", "qizhong-lines", "three-level-indicators", "text-targets", "no-weights", "towns-in-goal", "whole-wanyuan", "table-from-prose", "news-report", "county-project", "jiangxi"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [16, 18, 18, 26, 18],
      rows: [
        ["九江县2015年度“农田水利项目县”建设项目绩效目标表（表据报道拟）", null, null, null, null],
        ["项目名称", "2015年度农田水利项目县建设", null, null, null],
        ["主管部门", "九江县水利局", null, "实施单位", "九江县农田水利项目建设管理办公室"],
        ["项目资金（万元）", "年度资金总额", 1520, null, null],
        [null, "其中：省级财政资金", 1200, null, null],
        [null, "县级配套资金", 300, null, null],
        ["年度目标", "在新塘乡、新合镇、狮子镇等乡镇实施渠道防渗、小型泵站和高效节水灌溉工程，改善灌溉条件，受益面积2万余亩，受益人口3万余人。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "渠道防渗衬砌长度", "≥25公里"],
        [null, null, "质量指标", "工程验收合格率", "100%"],
        [null, null, "时效指标", "完工时间", "2015年12月底前"],
        [null, "效益指标", "经济效益指标", "受益面积", "≥2万亩"],
        [null, null, "社会效益指标", "受益人口", "≥3万人"],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
      ],
      merges: ["A1:E1", "B2:E2", "A4:A6", "C4:E4", "C5:E5", "C6:E6", "B7:E7", "A8:A14", "B9:B11", "B12:B13"],
      numberFormats: { "C4:C6": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 6, year: 2015 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 8, lastRow: 14, columns: { B: "type", D: "name", E: "target" }, year: 2015 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "年度资金总额 1,520; its sources give 1,200 (省级) + 300 (县级配套) = 1,500 (20万元 apart)" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "a target form without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: a target form states targets only" },
      { rule: "input.unreadable-value", cell: "E11", why: "2015年12月底前 is a target, not a value the form must hold as a number" },
      { rule: "register.ineligible-location", why: "no register; 新塘乡、新合镇、狮子镇 are towns of 九江县" },
    ],
  },
};
