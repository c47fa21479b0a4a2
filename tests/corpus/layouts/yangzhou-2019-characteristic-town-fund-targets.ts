import type { CorpusLayout } from "../types";

// 扬州市发展和改革委员会 2020-05-20: 2019年市直发展项目绩效自评价报告, 一、市级特色小镇建设项目 — the project's yearly targets written as
// 投入目标 / 产出目标 / 效果目标 in a sentence each; laid out as a target table with the result beside each target and its 分值.
export const layout: CorpusLayout = {
  id: "yangzhou-2019-characteristic-town-fund-targets",
  source: {
    title: "2019年市直发展项目绩效自评价报告（一、市级特色小镇建设项目：项目年度预算绩效目标）（表据正文拟）",
    url: "http://fgw.yangzhou.gov.cn/fzggw/tzgg/202005/b77b965236064d05bea156907f9da387.shtml",
    publisher: "扬州市发展和改革委员会",
    date: "2020-05-20",
    changes:
      "The page is prose; the table is ours (表据正文拟). As published: the fund (市级特色小镇建设奖补专项资金, 2,000万元 in 2019 for the 17 towns rated " +
      "合格 and 优秀), the three kinds of target and the targets 市级财政投入金额2000万元, 财政资金投入率 / 到位率 / 使用率 100%, 专项规划24个, 小镇客厅20个, " +
      "年度完成固定资产投资20亿元以上, 开工亿元以上项目5个. The 效果目标 sentence is cut in the stored copy: its indicators, every 实际完成值 and the 分值 are " +
      "ours. Planted: the heading promises 100 points while the 分值 add up to 95.",
  },
  classes: [
    "targets", "three-target-kinds", "result-column", "weights-column", "points-in-heading", "text-targets", "kind-merged-down",
    "project-header-rows", "built-from-prose", "city-level", "jiangsu",
  ],
  settings: { district: "扬州市" },
  sheets: [
    {
      name: "绩效目标",
      widths: [12, 30, 14, 14, 8],
      rows: [
        ["2019年市级特色小镇建设奖补专项资金绩效目标完成情况表（表据正文拟）", null, null, null, null],
        ["项目名称", "市级特色小镇建设奖补专项资金（市级财政投入2000万元）", null, null, null],
        ["主管部门", "扬州市发展和改革委员会", "实施单位", "市级特色小镇创建单位", null],
        ["年度绩效目标（100分）", null, null, null, null],
        ["目标类型", "指标", "年度目标值", "实际完成值", "分值"],
        ["投入目标", "市级财政投入金额", "2000万元", "2000万元", 10],
        [null, "财政资金投入率", "100%", "100%", 5],
        [null, "财政资金到位率", "100%", "100%", 5],
        [null, "财政资金使用率", "100%", "100%", 10],
        ["产出目标", "完成特色小镇创建专项规划", "24个", "24个", 10],
        [null, "建成小镇客厅", "20个", "17个", 10],
        [null, "年度完成固定资产投资", "20亿元以上", "23.6亿元", 10],
        [null, "开工亿元以上项目", "5个", "6个", 10],
        ["效果目标", "考评合格及以上的市级特色小镇", "≥17个", "17个", 10],
        [null, "小镇新增入驻企业", "≥50家", "58家", 5],
        [null, "小镇居民及企业满意度", "≥90%", "92%", 10],
        ["注：投入目标、产出目标据报告所列；效果目标原文未完整显示。", null, null, null, null],
      ],
      merges: ["A1:E1", "B2:E2", "D3:E3", "A4:E4", "A6:A9", "A10:A13", "A14:A16", "A17:E17"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标", kind: "targets", headerRow: 5, lastRow: 16, columns: { A: "type", B: "name", C: "target", D: "stated" }, year: 2019 },
    ],
    findings: [
      {
        rule: "selfeval.weights",
        cell: "A4",
        why: "年度绩效目标（100分）, but the 分值 add up to (10 + 5 + 5 + 10) + (10 + 10 + 10 + 10) + (10 + 5 + 10) = 95",
      },
    ],
    absent: [
      { rule: "selfeval.target-missed-full-score", cell: "D11", why: "17 小镇客厅 against 20 misses, but a target table scores nothing: no 得分 to be full" },
      { rule: "selfeval.indicator-contradicted", cell: "D9", why: "the workbook holds no spending figures to contradict 使用率 100%" },
      { rule: "selfeval.missing-explanation", why: "a target table has no 得分 and no 偏差原因 column to fill" },
      { rule: "input.unreadable-value", cell: "C12", why: "20亿元以上 is a target written as text" },
      { rule: "composition.total-mismatch", why: "2000万元 stands in the 项目名称 text: no money table" },
    ],
  },
};
