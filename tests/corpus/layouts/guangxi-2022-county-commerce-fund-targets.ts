import type { CorpusLayout } from "../types";

// 广西壮族自治区商务厅 2023: the 2022 central 服务业发展资金（县域商业建设行动）, 14,680万元 — sent to eleven cities by
// factor (桂财建〔2022〕98号), and the 绩效目标 sent with it (3 一级, 5 二级, 7 三级 indicators), here with 分值.
export const layout: CorpusLayout = {
  id: "guangxi-2022-county-commerce-fund-targets",
  source: {
    title: "2022年中央服务业发展资金（县域商业建设行动）绩效自评报告（分配表与绩效目标表据报告拟）",
    url: "http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/czxx/qt/t16697854.shtml",
    publisher: "广西壮族自治区商务厅",
    date: "2023",
    changes:
      "The report gives the money by city in one sentence (南宁市610万元、柳州市1080万元 … 崇左市900万元) and the targets' shape (一级指标3个、" +
      "二级指标5个、三级指标7个; 试点县数量20个). Two tables are built from it: the allocation (设区市 | 下达资金, 合计 at the foot; amounts ours, " +
      "clean) and the targets (一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 under a heading 绩效指标（100分）; indicators other than the 试点县 " +
      "count and all 分值 ours). Planted: the seven 分值 add up to 95 under a heading of 100.",
  },
  classes: ["composition", "targets", "two-sheets", "allocation-by-city", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "three-level-indicators", "points-in-heading", "weights-column", "text-targets", "table-from-prose", "evaluation-report", "province-fund", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "资金分配",
      widths: [8, 14, 16],
      rows: [
        ["2022年中央服务业发展资金（县域商业建设行动）分配表（表据报告拟）", null, null],
        [null, null, "单位：万元"],
        ["序号", "设区市", "下达资金"],
        [1, "南宁市", 640],
        [2, "柳州市", 1020],
        [3, "桂林市", 3100],
        [4, "梧州市", 2200],
        [5, "北海市", 800],
        [6, "防城港市", 380],
        [7, "钦州市", 1150],
        [8, "玉林市", 1100],
        [9, "百色市", 1800],
        [10, "河池市", 1500],
        [11, "崇左市", 890],
        ["合计", null, 14580],
        ["注：桂财建〔2022〕98号，按因素法切块下达各市。", null, null],
      ],
      merges: ["A1:C1", "A15:B15", "A16:C16"],
    },
    {
      name: "绩效目标",
      widths: [14, 16, 30, 14, 8],
      rows: [
        ["2022年中央服务业发展资金（县域商业建设行动）区域绩效目标表（表据报告拟）", null, null, null, null],
        ["绩效指标（100分）", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "县域商业建设行动试点县数量", "≥20个", 20],
        ["产出指标", "数量指标", "升级改造乡镇商贸中心数量", "≥40个", 15],
        ["产出指标", "质量指标", "项目验收合格率", "100%", 15],
        ["产出指标", "时效指标", "资金下达及时率", "100%", 10],
        ["效益指标", "社会效益指标", "县域农村消费品零售额增长", "≥6%", 15],
        ["效益指标", "社会效益指标", "县乡村物流共同配送覆盖率", "≥80%", 10],
        ["满意度指标", "服务对象满意度指标", "农村居民满意度", "≥90%", 10],
      ],
      merges: ["A1:E1", "A2:E2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "资金分配", kind: "composition", unit: "万元", headerRow: 3, lastRow: 15, columns: { A: "code", B: "line", C: "amount" }, year: 2022 },
      { sheet: "绩效目标", kind: "targets", headerRow: 3, lastRow: 10, columns: { A: "type", C: "name", D: "target" }, year: 2022 },
    ],
    findings: [
      { rule: "selfeval.weights", sheet: "绩效目标", cell: "A2", why: "the seven 分值 add up to 20 + 15 + 15 + 10 + 15 + 10 + 10 = 95, not the 100 the heading states" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "资金分配", why: "640 + 1020 + 3100 + 2200 + 800 + 380 + 1150 + 1100 + 1800 + 1500 + 890 = 14580" },
      { rule: "input.unreadable-value", why: "≥20个, 100%, ≥6% are targets written as text; the note is text" },
      { rule: "selfeval.target-missed-full-score", why: "a target table states no results" },
      { rule: "selfeval.indicator-contradicted", why: "no results are stated to contradict" },
    ],
  },
};
