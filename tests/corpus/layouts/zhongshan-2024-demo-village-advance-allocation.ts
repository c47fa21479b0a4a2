import type { CorpusLayout } from "../types";

// 中山市农业农村局 2024-02-07: 2024年农村人居环境整治-乡村振兴战略建设专项资金 sent down early (提前下达) to the towns of the
// 特色精品示范村 (2023's two new ones and 2022's), 2663.94万元 in all. Laid out as its annex 《2024年中山市乡村振兴战略建设专项资金提前下达
// 分配方案》: 序号 | 镇街 | 示范村名称 | 下拨金额（万元） | 项目名称 | 功能类科目 | 绩效目标, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "zhongshan-2024-demo-village-advance-allocation",
  source: {
    title: "中山市农业农村局关于提前下达农村人居环境整治-乡村振兴战略建设专项资金的通知（附件：2024年中山市乡村振兴战略建设专项资金提前下达分配方案）",
    url: "http://nync.zs.gov.cn/zwgk/fply/fpzj/content/post_2373480.html",
    publisher: "中山市农业农村局",
    date: "2024-02-07",
    changes:
      "As published: the notice, the annex's title, its first four headings (序号 | 镇街 | 示范村名称 | 下拨金额（万元）) and the sum sent down, 2663.94万元; " +
      "the stored copy breaks off at the fifth heading (项…), so 项目名称 | 功能类科目 | 绩效目标 are ours in the form 中山's other allocations use, with a " +
      "类型 column beside the village. The villages are 中山's own demonstration villages of 2022–2023; every amount is ours and the rows are cut to eight. " +
      "Planted: the 合计 keeps the notice's 2663.94 where the eight lines add up to 2463.94.",
  },
  classes: ["composition", "allocation-by-village", "towns-beside-lines", "type-column-as-category", "function-code-column", "text-goal-column", "merged-text-down", "total-at-foot", "mixed-decimals", "wanyuan-in-header", "annex-title-row", "notes-under-table", "city-fund", "guangdong"],
  settings: { district: "中山市" },
  sheets: [
    {
      name: "分配方案",
      widths: [6, 12, 14, 18, 14, 26, 26, 36],
      rows: [
        ["附件", null, null, null, null, null, null, null],
        ["2024年中山市乡村振兴战略建设专项资金提前下达分配方案", null, null, null, null, null, null, null],
        ["序号", "镇街", "示范村名称", "类型", "下拨金额（万元）", "项目名称", "功能类科目", "绩效目标"],
        [1, "南朗街道", "翠亨村", "2023年特色精品示范村", 600, "农村人居环境整治-乡村振兴战略建设专项资金", "[2130126]农村社会事业", "持续创建特色精品示范村，完成当年度示范村建设项目，村庄人居环境明显改善。"],
        [2, "三乡镇", "古鹤村", "2023年特色精品示范村", 600, null, null, null],
        [3, "五桂山街道", "南桥村", "2022年特色精品示范村", 234.6, null, null, null],
        [4, "五桂山街道", "桂南村", "2022年特色精品示范村", 226.9, null, null, null],
        [5, "南区街道", "北溪社区", "2022年特色精品示范村", 215.44, null, null, null],
        [6, "横栏镇", "五沙六沙片", "2022年特色精品示范村", 198.5, null, null, null],
        [7, "东凤镇", "穗成村", "2022年特色精品示范村", 210.3, null, null, null],
        [8, "大涌镇", "安堂社区", "2022年特色精品示范村", 178.2, null, null, null],
        ["合计", null, null, null, 2663.94, null, null, null],
        ["注：本次项目资金待2024年预算年度开始后，由市财政局按程序拨付到相关镇街农业农村局使用，列入本表所列功能类科目。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "F4:F11", "G4:G11", "H4:H11", "A12:D12", "A13:H13"],
      numberFormats: { "E4:E12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配方案",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        // Corrected after measurement (counted failed): stated D (类型) as the category; docs/rules.md reads villages named
        // apart right of their towns as the lines with the repeated town as their group, a 类型 yielding to places left of them.
        columns: { B: "category", C: "line", E: "amount" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E12", why: "合计 2663.94 where 600 + 600 + 234.60 + 226.90 + 215.44 + 198.50 + 210.30 + 178.20 = 2463.94: 200.00万元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E4", why: "600 is one village's money; the project, code and goal merged down F4:H11 are text" },
      { rule: "input.unreadable-value", cell: "G4", why: "[2130126]农村社会事业 is the budget subject (功能类科目), no amount" },
      { rule: "input.unreadable-value", cell: "H4", why: "the 绩效目标 is text" },
      { rule: "composition.line-mismatch", why: "no unit amount or quantity: each village's sum is decided" },
      { rule: "register.ineligible-location", why: "an allocation to towns of 中山市, no register of firms" },
      { rule: "composition.total-mismatch", cell: "A13", why: "the note under the table is no line" },
    ],
  },
};
