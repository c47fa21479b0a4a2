import type { CorpusLayout } from "../types";

// 贺兰县财政局 2020-01-15 (贺财发〔2019〕271号): the performance evaluation of 贺兰县国家现代农业产业园's central award money — 中央奖补资金10000万元
// for 农业科技创新建设, 产业融合, 金融服务 and 配套服务 (具体见附件表1), the first 1640万元. Laid out as that annex: 序号 | 项目名称 | 建设内容 |
// 中央奖补资金 | 实施方式, four numbered directions stating their own sums over their projects, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "helan-modern-agri-park-central-award-fund-uses",
  source: {
    title: "贺兰县国家现代农业产业园中央奖补资金项目绩效评价报告（附件表1 中央奖补资金使用情况表，表据报告拟）",
    url: "http://www.nxhl.gov.cn/xxgk_7799/zfbmzsjgxxgkml/hlxczj/xxgkml_20228/bmwj_20232/202001/t20200115_1923019.html",
    publisher: "贺兰县财政局",
    date: "2020-01-15",
    changes:
      "As published: the 10000万元 of 中央奖补资金, its four directions (农业科技创新发展体系建设 1640万元, 产业融合, 金融服务, 配套服务) and the " +
      "投改股 / 土地入股+二次分红 way the first is spent. The stored copy does not show 附件表1: the projects under each direction, the other " +
      "directions' sums and the 实施方式 are ours, adding up to 10000 (表据报告拟). Planted: 二、产业融合发展 typed 5,860 where its projects add up to " +
      "2,600 + 1,480 + 900 + 700 = 5,680 (the 合计 10,000 adds the directions as typed).",
  },
  classes: [
    "composition", "allocation-by-direction", "numbered-sections-with-subtotals", "section-rows-with-figures", "contents-in-words",
    "method-column", "total-at-foot", "transposed-digits", "whole-wanyuan", "wanyuan-in-header", "notes-under-table", "table-from-prose",
    "performance-evaluation-annex", "ningxia",
  ],
  settings: { district: "贺兰县" },
  sheets: [
    {
      name: "附件表1",
      widths: [6, 30, 44, 16, 16],
      rows: [
        ["附件表1", null, null, null, null],
        ["贺兰县国家现代农业产业园中央奖补资金使用情况表", null, null, null, null],
        ["序号", "项目名称", "建设内容", "中央奖补资金（万元）", "实施方式"],
        ["一", "农业科技创新发展体系建设", null, 1640, null],
        [1, "龙头企业科技创新示范", "选取园区农业龙头企业开展特色农业科技创新示范", 920, "投改股"],
        [2, "新品种新技术新装备示范推广", "蔬菜、奶产业新品种新技术新装备引进示范", 500, "土地入股+二次分红"],
        [3, "高端农产品研发", "高端设施蔬菜、乳制品研发及生产线改造", 220, "投改股"],
        ["二", "产业融合发展", null, 5860, null],
        [4, "农产品加工提升", "蔬菜净菜加工、乳制品精深加工生产线", 2600, "先建后补"],
        [5, "冷链物流及仓储设施", "产地预冷库、冷链配送中心建设", 1480, "先建后补"],
        [6, "休闲农业与乡村旅游", "园区休闲采摘、农事体验设施", 900, "以奖代补"],
        [7, "品牌建设与市场营销", "区域公用品牌推广、展销及电商平台", 700, "以奖代补"],
        ["三", "金融服务", null, 1500, null],
        [8, "农业信贷担保风险补偿", "设立产业园信贷风险补偿金", 1000, "风险补偿"],
        [9, "政策性农业保险保费补贴", "设施蔬菜、奶牛保险保费补贴", 500, "直接补助"],
        ["四", "配套服务", null, 1000, null],
        [10, "园区道路及水电配套", "园区道路硬化、供水供电管网", 700, "先建后补"],
        [11, "产业园管理服务平台", "园区综合服务中心及信息化平台", 300, "直接补助"],
        ["合计", null, null, 10000, null],
        ["注：中央奖补资金采取“投改股”“土地入股+二次分红”“先建后补”等方式使用，收益用于壮大村集体经济和带动农户增收。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A19:C19", "A20:E20"],
      numberFormats: { "D4:D19": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "附件表1", kind: "composition", unit: "万元", headerRow: 3, lastRow: 19, columns: { B: "line", D: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D8", why: "二、产业融合发展 5,860; its projects add up to 2,600 + 1,480 + 900 + 700 = 5,680 (180万元 over)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D19", why: "合计 10,000 = 1,640 + 5,860 + 1,500 + 1,000, the directions as typed (the notice's 10000); the slip is reported once, at D8" },
      { rule: "composition.total-mismatch", cell: "D4", why: "一 1,640 = 920 + 500 + 220 (the report's 1640万元)" },
      { rule: "composition.total-mismatch", cell: "D13", why: "三 1,500 = 1,000 + 500; 四 1,000 = 700 + 300" },
      { rule: "cap.unknown-policy", why: "an allocation of the park's award money by direction and project, no register of payees" },
      { rule: "input.unreadable-value", cell: "E5", why: "实施方式 (投改股, 先建后补) is text describing the line, no amount" },
    ],
  },
};
