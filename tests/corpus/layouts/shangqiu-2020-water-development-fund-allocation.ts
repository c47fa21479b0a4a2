import type { CorpusLayout } from "../types";

// 商丘市财政局 / 商丘市水利局 2020-05 扶贫资金公告公示: the 2020 中央和省级水利发展资金 passed down to three poor counties — the
// notice's numbered prose (资金来源, 分配原则, 资金结构 with the poor counties' share) above a two-column 分配表 (县区 | 省级资金（万元）)
// and the 监督电话 and sign-off below it.
export const layout: CorpusLayout = {
  id: "shangqiu-2020-water-development-fund-allocation",
  source: {
    title: "商丘市下达2020年中央和省级水利发展资金分配情况公告公示（商财预〔2020〕131号）",
    url: "http://henan.kjzch.com/shangqiu/2020-05-11/733563.html",
    publisher: "商丘市财政局、商丘市水利局",
    date: "2020-05-07",
    changes:
      "As published: the notice's structure and wording (一、资金来源 省级资金（豫财农水〔2020〕30号）：1227万元; 二、分配原则; 三、资金结构 with the " +
      "poor counties' share 1227万元，占比为100%; 四、扶贫资金分配情况表 headed 县区 | 省级资金（万元）; 五、监督电话; the sign-off), the three " +
      "counties and the 合计 1227. The county figures are ours. Planted: 宁陵县 typed 358, so the three lines add to 1,200 under a 合计 of 1,227.",
  },
  classes: [
    "composition", "allocation-by-county", "two-column-table", "prose-above-table", "numbered-notice-sections", "whole-wanyuan",
    "wanyuan-in-header", "total-at-foot", "notes-under-table", "signoff-line", "poverty-fund-notice", "city-fund", "henan",
  ],
  sheets: [
    {
      name: "公告公示",
      widths: [40, 20],
      rows: [
        ["关于下达2020年中央和省级水利发展资金分配情况公告公示", null],
        ["根据《河南省扶贫资金项目公告公示制度》有关规定，现将下达2020年中央和省级水利发展资金分配情况公示如下：", null],
        ["一、资金来源：省级资金（豫财农水〔2020〕30号）：1227万元", null],
        ["二、分配原则：根据豫财农水〔2020〕30号文件下达资金。市级下达资金文件号为：商财预〔2020〕131号。", null],
        ["三、资金结构：本次分配到贫困县的资金为1227万元，占比为100%。", null],
        ["四、扶贫资金分配情况表", null],
        ["2020年中央和省级水利发展资金分配表", null],
        ["县区", "省级资金（万元）"],
        ["睢县", 412],
        ["宁陵县", 358],
        ["虞城县", 430],
        ["合计", 1227],
        ["五、监督电话：0370-2697335　2691030", null],
        ["商丘市财政局　商丘市水利局", null],
        ["2020年5月7日", null],
      ],
      merges: ["A1:B1", "A2:B2", "A3:B3", "A4:B4", "A5:B5", "A6:B6", "A7:B7", "A13:B13", "A14:B14", "A15:B15"],
    },
  ],
  settings: { district: "商丘市" },
  expect: {
    tables: [
      { sheet: "公告公示", kind: "composition", unit: "万元", headerRow: 8, lastRow: 12, columns: { A: "line", B: "amount" }, year: 2020 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B12", why: "合计 1,227 (the notice's 1227万元); 睢县 412 + 宁陵县 358 + 虞城县 430 = 1,200: 27万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "A3", why: "the 资金来源 and 资金结构 lines are prose, not table rows" },
      { rule: "input.unreadable-value", why: "the notice's prose, phone numbers and date are text around the table" },
      { rule: "register.ineligible-location", why: "睢县、宁陵县、虞城县 are 商丘's counties" },
    ],
  },
};
