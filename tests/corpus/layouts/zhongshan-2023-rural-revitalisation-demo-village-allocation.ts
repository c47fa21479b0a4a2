import type { CorpusLayout } from "../types";

// 中山市农业农村局 2022-12-30: 2023年中山市乡村振兴战略建设专项资金分配方案 — 1.37亿元 sent early for the 13 特色精品示范村 and 49 美丽宜居示范村
// of 2022, by town and village (示范村名称 over the village and its kind), 提前下达金额 beside one 项目名称 and one 绩效目标 merged down the table.
export const layout: CorpusLayout = {
  id: "zhongshan-2023-rural-revitalisation-demo-village-allocation",
  source: {
    title: "2023年中山市乡村振兴战略建设专项资金分配方案（公示）",
    url: "http://xzcfzzxw.org.cn/show-294085.html",
    publisher: "中山市农业农村局",
    date: "2022-12-30",
    changes:
      "As published: the columns (序号 | 镇街 | 示范村名称, over the village and its kind | 提前下达金额（万元） | 项目名称 | 绩效目标), the 项目名称 and 绩效目标 " +
      "merged down, and the first ten villages with their amounts (南桥村 600, 桂南村 465.2, 雍陌村 600, 北溪社区 453.8, 榄边村 450, 左步村 453.8, 城东社区 " +
      "453.8, 五沙六沙片 446.25, 穗成村 453.8, and 安堂社区, whose amount the stored copy cuts off: 453.8 is ours). Cut to these ten and four 美丽宜居示范村 " +
      "of our own at 120 each; the 合计 is of the rows kept. Planted: 合计 written 5,301.45 where the rows add up to 5,310.45.",
  },
  classes: ["composition", "allocation-by-village", "towns-as-categories", "kind-beside-village", "header-over-two-columns", "project-merged-down", "targets-merged-down", "two-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "city-level", "guangdong"],
  sheets: [
    {
      name: "分配方案",
      widths: [6, 14, 14, 16, 14, 22, 44],
      rows: [
        ["2023年中山市乡村振兴战略建设专项资金分配方案", null, null, null, null, null, null],
        ["序号", "镇街", "示范村名称", null, "提前下达金额（万元）", "项目名称", "绩效目标"],
        [1, "五桂山街道", "南桥村", "特色精品示范村", 600, "农村人居环境整治-乡村振兴战略建设专项资金", "对2022年新增的2个特色精品示范村开展持续建设，并加快实施完成全市2022年度13个特色精品示范村和49个美丽宜居示范村的当年度建设项目。"],
        [2, "五桂山街道", "桂南村", "特色精品示范村", 465.2, null, null],
        [3, "三乡镇", "雍陌村", "特色精品示范村", 600, null, null],
        [4, "南区街道", "北溪社区", "特色精品示范村", 453.8, null, null],
        [5, "南朗街道", "榄边村", "特色精品示范村", 450, null, null],
        [6, "南朗街道", "左步村", "特色精品示范村", 453.8, null, null],
        [7, "火炬开发区", "城东社区", "特色精品示范村", 453.8, null, null],
        [8, "横栏镇", "五沙六沙片", "特色精品示范村", 446.25, null, null],
        [9, "东凤镇", "穗成村", "特色精品示范村", 453.8, null, null],
        [10, "大涌镇", "安堂社区", "特色精品示范村", 453.8, null, null],
        [11, "古镇镇", "曹一村", "美丽宜居示范村", 120, null, null],
        [12, "黄圃镇", "新丰村", "美丽宜居示范村", 120, null, null],
        [13, "民众街道", "接源村", "美丽宜居示范村", 120, null, null],
        [14, "板芙镇", "里溪村", "美丽宜居示范村", 120, null, null],
        ["合计", null, null, null, 5301.45, null, null],
      ],
      merges: ["A1:G1", "C2:D2", "F3:F16", "G3:G16", "A17:D17"],
      numberFormats: { "E3:E17": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配方案",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 17,
        columns: { B: "category", C: "line", E: "amount" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E17",
        why: "合计 5,301.45 where the rows give 600 + 465.2 + 600 + 453.8 + 450 + 453.8 + 453.8 + 446.25 + 453.8 + 453.8 (= 4,830.45) + 4 × 120 = 5,310.45: 9万元 short",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E4", why: "no 小计 rows: the towns and the kind of village group nothing to be summed apart" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
      { rule: "composition.total-mismatch", cell: "F3", why: "项目名称 and 绩效目标 merged down the table are text shared by every line, not amounts or lines" },
      { rule: "composition.line-rounded", why: "amounts are decided figures, not averages" },
      { rule: "input.unreadable-value", why: "the kind of village, the project name and the target are text by nature" },
    ],
  },
};
