import type { CorpusLayout } from "../types";

// 江油市财政局、江油市乡村振兴服务中心 2021-08-06: 省级财政衔接推进乡村振兴补助资金 3051万元 安排使用方案 — items 一 to 七 in prose, two of
// them split by town and village (四: 先进乡镇 140 and 示范村 415; 五: 三个示范点). Laid out as the plan's table, items as lines with their
// splits under them, 合计 first.
export const layout: CorpusLayout = {
  id: "jiangyou-2021-provincial-linkage-fund-use-plan",
  source: {
    title: "江油市财政局 江油市乡村振兴服务中心关于2021年省级财政衔接推进乡村振兴补助资金安排使用方案的公示（安排表据公示拟）",
    url: "http://www.jiangyou.gov.cn/zwgk/jbxxgk/fpgz/27546821.html",
    publisher: "江油市财政局、江油市乡村振兴服务中心",
    date: "2021-08-06",
    changes:
      "As published: the 3051万元 total (川财农〔2021〕37号), items 一 1195.2454, 二 183.7935, 三 500, 四 555 (大康镇、青莲镇 70 each as 省级先进乡镇; " +
      "nine 示范村 adding up to 415), 五 300 (方水镇白玉村 30、战旗镇白沙村 240、新安镇南山村 30), 六 80, 七 135. The stored copy breaks off inside " +
      "item 七: item 八 (项目管理费及其他, 101.9611, making up the 3051) is ours, as are the table and its headings (表据公示拟). Planted: " +
      "战旗镇白沙村's 240 typed 204, so item 五's three lines add up to 264 against its 300.",
  },
  classes: ["composition", "allocation-by-use", "sub-lines-under-items", "towns-and-villages-as-lines", "four-decimal-wanyuan", "mixed-decimals", "outline-numbering", "total-row-first", "remark-column", "wanyuan-caption", "notes-under-table", "table-from-prose", "county-fund", "sichuan"],
  settings: { district: "江油市" },
  sheets: [
    {
      name: "安排表",
      widths: [8, 46, 14, 36],
      rows: [
        ["江油市2021年省级财政衔接推进乡村振兴补助资金安排使用表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "项目（用途）", "安排资金", "备注"],
        ["合计", null, 3051, "川财农〔2021〕37号"],
        ["一", "补充2019、2020年扶贫项目应付资金", 1195.2454, null],
        ["二", "生猪种业园区改造提升资金", 183.7935, null],
        ["三", "现代粮油产业园区改造提升资金", 500, null],
        ["四", "争创省、市、县三级乡村振兴先进乡镇、示范村产业发展和基础设施改造提升补助资金", 555, null],
        ["（一）", "争创省级先进乡镇", 140, "大康镇70万元、青莲镇70万元"],
        ["（二）", "争创省级示范村", 415, "大堰镇稻香村70万元，小溪坝镇鲜花村、永胜镇文昌村、大康镇陈塘关村、方水镇西林村、武都镇南塔村、青莲镇双石村、新安镇南山村各45万元，永胜镇六峡村30万元"],
        ["五", "乡村振兴示范点建设资金", 300, null],
        ["（一）", "方水镇白玉村", 30, null],
        ["（二）", "战旗镇白沙村", 204, null],
        ["（三）", "新安镇南山村", 30, null],
        ["六", "西屏镇祥和村农村安全饮水项目建设补助资金", 80, null],
        ["七", "人居环境补短提升及小型公益设施建设补短资金", 135, "含脱贫村和监测帮扶对象“两不愁、三保障”补短提升资金55万元"],
        ["八", "项目管理费及其他", 101.9611, null],
        ["注：资金使用严格按照《中央和省财政衔接推进乡村振兴补助资金管理办法》执行。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A18:D18"],
      numberFormats: { "C4:C17": "0.0000" },
    },
  ],
  expect: {
    tables: [
      { sheet: "安排表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 17, columns: { A: "code", B: "line", C: "amount" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C11", why: "item 五's lines 30 + 204 + 30 = 264, not the 300 stated (36 off: 战旗镇白沙村's 240 typed 204)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "items 一 to 八 as typed: 1195.2454 + 183.7935 + 500 + 555 + 300 + 80 + 135 + 101.9611 = 3051.0000; the slip is inside item 五, reported there once" },
      { rule: "composition.total-mismatch", cell: "C8", why: "item 四's two lines 140 + 415 = 555" },
      { rule: "composition.total-mismatch", cell: "C16", why: "item 七's 备注 names one share (55) of its 135 in words, no lines" },
      { rule: "register.ineligible-location", why: "the towns and villages are 江油市's own; and this is an allocation, no register" },
      { rule: "input.unreadable-value", why: "the 备注 texts and the note are text by nature" },
    ],
  },
};
