import type { CorpusLayout } from "../types";

// 宁夏 中卫市发展改革委 全市1-7月份重点项目进展情况通报 (卫发改函〔2023〕26号): the 通报's projects as its annexed progress table —
// 合计 first, 一、自治区重点项目 and 二、市级重点项目 with its （一）市本级 / （二）沙坡头区 / （三）中宁县 / （四）海原县 sub-headings
// alone on their rows, 总投资 beside the year's 计划投资, 1-7月完成投资 and 完成年度计划%, and a text 进展情况 column.
export const layout: CorpusLayout = {
  id: "zhongwei-2023-jul-key-projects-progress",
  source: {
    title: "全市1-7月份重点项目进展情况通报（卫发改函〔2023〕26号）（进展情况表据正文拟）",
    url: "http://www.nxzw.gov.cn/zwgk/bmxxgkml/sfzhggwyh/fdzdgknr_49196/xmjzqk/202308/t20230810_4213193.html",
    publisher: "中卫市发展和改革委员会",
    date: "2023-08-10",
    changes:
      "The groups (自治区重点项目; 市级重点项目 by 市本级, 沙坡头区, 中宁县, 海原县), most project names and their state (已建成投运, " +
      "并网, 设备安装, 未开工) are the 通报's; the table, its headings, the 中宁县 and 海原县 projects and every figure are ours. Planted: " +
      "中卫工业园区水循环综合利用项目 not started (0 of 8,000); 沙坡头区人民医院迁建项目 at 43.00% against 7/12 = 58.33% of the year; " +
      "中宁县枸杞产业园精深加工项目's share typed 68.00% where 6,300 / 10,000 = 63.00%.",
  },
  classes: ["execution", "investment-progress", "plan-vs-completed", "total-investment-column", "category-rows", "subheading-rows", "place-column", "text-progress-column", "total-row-first", "table-from-prose", "month-to-date", "city-fund", "ningxia"],
  sheets: [
    {
      name: "1-7月进展",
      widths: [6, 40, 16, 10, 14, 16, 16, 14, 24],
      rows: [
        ["中卫市2023年1-7月份重点项目进展情况表（表据正文拟）", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "责任单位", "建设性质", "总投资", "2023年计划投资", "1-7月完成投资", "完成年度计划%", "项目进展情况"],
        ["合计", null, null, null, 2273000, 607000, 398510, "65.65%", null],
        ["一、自治区重点项目", null, null, null, null, null, null, null, null],
        [1, "华润200MW/400MWh共享储能电站", "沙坡头区", "续建", 72000, 30000, 30000, "100.00%", "已建成投运"],
        [2, "中国电信数据中心一期", "中卫工业园区", "续建", 96000, 42000, 42000, "100.00%", "已建成投运"],
        [3, "“宁湘直流”新能源基地中卫光伏复合项目", "沙坡头区", "新建", 1350000, 280000, 176400, "63.00%", "一期100万千瓦已全容量并网"],
        [4, "晨光年产30万吨硅基及气凝胶新材料项目", "中卫工业园区", "新建", 310000, 90000, 54900, "61.00%", "土建完工，设备安装"],
        [5, "中卫工业园区铁路专用线项目", "中卫工业园区", "续建", 48000, 20000, 12600, "63.00%", "路基、桥梁承台施工"],
        ["二、市级重点项目", null, null, null, null, null, null, null, null],
        ["（一）市本级", null, null, null, null, null, null, null, null],
        [6, "中卫工业园区水循环综合利用项目", "中卫工业园区", "新建", 36000, 8000, 0, "0.00%", "未开工"],
        [7, "美利云数据中心二期", "中卫工业园区", "续建", 120000, 45000, 28350, "63.00%", "机电设备和服务器安装"],
        [8, "联通数据中心三期", "中卫工业园区", "新建", 85000, 30000, 17400, "58.00%", "机房封顶，室内外装修"],
        ["（二）沙坡头区", null, null, null, null, null, null, null, null],
        [9, "沙坡头区人民医院迁建项目（新建门诊医技综合楼）", "沙坡头区", "新建", 42000, 12000, 5160, "43.00%", "主体施工"],
        [10, "茂烨新建330千伏变电站", "沙坡头区", "新建", 28000, 15000, 9150, "61.00%", "设备基础施工"],
        ["（三）中宁县", null, null, null, null, null, null, null, null],
        [11, "中宁县枸杞产业园精深加工项目", "中宁县", "新建", 26000, 10000, 6300, "68.00%", "厂房主体施工"],
        ["（四）海原县", null, null, null, null, null, null, null, null],
        [12, "海原县风电场二期", "海原县", "续建", 60000, 25000, 16250, "65.00%", "风机吊装"],
        ["注：完成年度计划%＝1-7月完成投资÷2023年计划投资。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A4:D4", "A5:I5", "A11:I11", "A12:I12", "A16:I16", "A19:I19", "A21:I21", "A23:I23"],
      numberFormats: { "E4:G22": "#,##0" },
    },
  ],
  settings: { district: "中卫市", asOf: "2023-07-31" },
  expect: {
    tables: [
      {
        sheet: "1-7月进展",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 22,
        columns: { A: "code", B: "line", F: "adjustedBudget", G: "actual", H: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.no-spending", cell: "G13", why: "水循环综合利用项目 0 of a 8,000 plan by the end of July 2023" },
      { rule: "execution.behind-schedule", cell: "G17", why: "人民医院迁建项目 5,160 / 12,000 = 43.00%, 15.33 points under 7/12 = 58.33%" },
      { rule: "execution.rate-mismatch", cell: "H20", why: "6,300 / 10,000 = 63.00%, typed 68.00%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "G15", why: "联通数据中心三期 58.00%: 0.33 points under 58.33%" },
      { rule: "execution.behind-schedule", cell: "G13", why: "a line with nothing done is no-spending, not also behind schedule" },
      { rule: "execution.overspent", cell: "G6", why: "储能电站 30,000 of 30,000: done, not over" },
      { rule: "execution.overspent", why: "no project above its year's plan; 总投资 is the whole project's cost, not the year's budget" },
      { rule: "execution.total-mismatch", cell: "G4", why: "398,510 = the twelve projects; 607,000 and 2,273,000 likewise" },
      { rule: "execution.rate-mismatch", cell: "H4", why: "398,510 / 607,000 = 65.65%" },
      { rule: "input.unreadable-value", why: "进展情况 and 建设性质 are text" },
    ],
  },
};
