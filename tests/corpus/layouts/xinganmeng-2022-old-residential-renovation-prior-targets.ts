import type { CorpusLayout } from "../types";

// 兴安盟财政局 2021-11-25 (兴财监规〔2021〕1号): 兴安盟本级财政支出事前绩效评估管理办法 — new major projects and policies of the 盟本级 are
// assessed before budgeting, the 绩效目标 among what is judged (目标合理性). The stored copy shows the 办法's opening; the target table
// below, of the kind an assessed project files, is ours.
export const layout: CorpusLayout = {
  id: "xinganmeng-2022-old-residential-renovation-prior-targets",
  source: {
    title: "关于印发《兴安盟本级财政支出事前绩效评估管理办法》的通知（兴财监规〔2021〕1号；项目绩效目标表据办法拟）",
    url: "http://czj.xam.gov.cn/czj/zfxxgk18/fdzdgknr66/xzgfxwj93/5166306/index.html",
    publisher: "兴安盟财政局（绩效管理和监督局）",
    date: "2021-11-25",
    changes:
      "As published: the notice and 第一条、第二条 of the 办法 (事前评估 of 绩效目标合理性, 项目预算科学性, 设立必要性, 实施方案可行性, 筹资合规性; " +
      "内财监规〔2021〕6号, 兴署发〔2021〕30号). The table is ours: the 2022 老旧小区改造 project, its heading's 90 points and the indicators. " +
      "Planted: the indicators' 分值 add to 95 under a heading stating 90分.",
  },
  classes: [
    "targets", "prior-assessment", "heading-states-points", "three-level-indicators", "first-level-merged-down", "text-targets",
    "label-rows-above", "form-from-measures", "league-project", "neimenggu",
  ],
  settings: { district: "兴安盟" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [12, 16, 30, 20, 8],
      rows: [
        ["2022年兴安盟中心城区老旧小区改造配套基础设施项目绩效目标表", null, null, null, null],
        ["主管部门：兴安盟住房和城乡建设局", null, null, "项目资金：2,860万元", null],
        ["年度绩效目标（90分）", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "改造老旧小区个数", "≥24个", 20],
        [null, null, "改造惠及居民户数", "≥3600户", 15],
        [null, "质量指标", "工程竣工验收合格率", "100%", 15],
        [null, "时效指标", "改造完成时间", "2022年10月底前", 10],
        [null, "成本指标", "户均改造成本", "≤1.2万元/户", 10],
        ["效益指标", "社会效益指标", "居民居住条件", "明显改善", 10],
        [null, "可持续影响指标", "小区长效管护机制", "建立", 5],
        ["满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", 10],
        ["注：本表随事前绩效评估报告一并报送盟财政局审核。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:C2", "D2:E2", "A3:E3", "A5:A9", "B5:B6", "A10:A11", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 4, lastRow: 12, columns: { A: "type", C: "name", D: "target" }, year: 2022 },
    ],
    findings: [
      { rule: "selfeval.weights", cell: "A3", why: "分值 20 + 15 + 15 + 10 + 10 + 10 + 5 + 10 = 95, the heading states 90分" },
    ],
    absent: [
      { rule: "selfeval.target-missed-full-score", why: "a target table: no results stated" },
      { rule: "selfeval.weights", cell: "E12", why: "the finding is on the heading that states the points, once" },
      { rule: "selfeval.total-mismatch", why: "no money block: 2,860万元 is a label" },
      { rule: "input.unreadable-value", why: "the label rows and the note are text" },
    ],
  },
};
