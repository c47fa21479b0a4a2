import type { CorpusLayout } from "../types";

// 温州 (浙江): 关于加快推进工业经济高质量发展的若干政策意见, page 8 of its published booklet — 互联网+ parks and 共享经济 platforms (60 / 30万元),
// 大数据 pilots (20 / 10万元), a telecoms operators' award set at 80% of a 综合贡献度, 机器换人 (15% of equipment investment up to 300万元 for
// 500万元 or more; 10% — 12% for 绿色改造 — for 200 to 500万元), laser equipment (20%, at most 100万元), small firms in 小微企业园 (15%, at
// most 30万元) and green factories (50 / 15万元, doubled for national lists). Laid out as a clause table with an award list on a second sheet.
export const layout: CorpusLayout = {
  id: "wenzhou-industrial-quality-opinions",
  source: {
    title: "关于加快推进工业经济高质量发展的若干政策意见（第8页：第8、9条）",
    url: "https://wxtp.wendu.cn/jsjibook/2/files/basic-html/page8.html",
    publisher: "温州市（政策意见汇编）",
    changes:
      "The clauses' wording and figures are as published on page 8 (互联网+ 60 / 30, 大数据 20 / 10, the 80% 综合贡献度 award, 机器换人 15% up to 300 " +
      "and 10% / 12%, 激光 20% up to 100, 小微企业园 15% up to 30, 绿色工厂 50 / 15 doubled for national lists), cut into one row per award; the " +
      "page shows neither the year nor the document number, so the id carries none. The clause table's columns, the item names and the award " +
      "list on the second sheet (firms, codes, bases and amounts) are ours. Planted: 瓯海精工阀门's 机器换人 award 320 on 2500 of equipment (15% = " +
      "375, capped at 300); 乐清正泰达电器's 52 on 420 (10% = 42; even 12% is 50.4). The 80% 综合贡献度 clause is unreadable by nature.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "rate-without-cap", "sub-items-in-one-cell", "doubled-for-higher-level", "tiers-as-rows", "unreadable-standard", "base-column", "credit-codes", "wanyuan-caption", "zhejiang"],
  settings: { asOf: "2021-12-31" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 34, 90, 12],
      rows: [
        ["关于加快推进工业经济高质量发展的若干政策意见（摘录）", null, null, null],
        ["序号", "政策项目", "支持标准", "条款"],
        [1, "互联网+示范园区及共享经济平台奖励", "认定的省级“互联网+”示范园区、共享经济平台运营主体分别给予60万元、30万元奖励。", "第8条"],
        [2, "大数据产业发展试点示范项目奖励", "对新列入国家、省级大数据产业发展试点示范项目分别给予20万元、10万元奖励。", "第8条"],
        [3, "通信运营企业年度业绩考核奖励", "考核前两名分别给予副职以上高管人员3个、2个名额的奖励，奖励额度参照高管人员个人薪酬所得形成地方综合贡献度的80%确定。", "第8条"],
        [4, "机器换人技改项目奖励（设备投资500万元以上）", "“三大产业领域”企业一年内生产性设备投资500万元以上的技改项目，按设备投资额的15%给予不超过300万元的奖励。", "第9条"],
        [5, "机器换人技改项目奖励（设备投资200万元至500万元）", "企业一年内生产性设备投资200万元至500万元的技改项目，按设备投资额的10%给予奖励，其中开展以能源高效化、生产清洁化、废弃物循环化为重点的绿色改造项目，按设备投资额的12%给予奖励。", "第9条"],
        [6, "激光加工设备购置补助", "每年对企业购置激光加工设备和引进激光与光电先进技术成果，按实际发生金额20%给予一次性补助，每家企业年度补助金额最高不超过100万元。", "第9条"],
        [7, "小微企业园科技型中小企业设备购置补助", "对小微企业园内生产经营的科技型中小企业，新购置生产设备金额大于100万元的，按实际到位设备购置金额的15%给予一次性补助，最高不超过30万元。", "第9条"],
        [8, "绿色工厂及绿色（设计）产品奖励", "对列入省级绿色工厂、绿色（设计）产品示范名单的，分别给予50万元、15万元奖励，列入国家级的加倍奖励。", "第9条"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 40, 14, 14],
      rows: [
        ["2021年度工业经济高质量发展政策兑现名单（第一批）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策项目", "计算基数", "兑现金额"],
        [1, "温州瓯越激光科技有限公司", "91330300MA2H4K7L3W", "激光加工设备购置补助", 300, 60],
        [2, "温州鹿城智控设备有限公司", "91330302MA2M9X4B5Y", "机器换人技改项目奖励（设备投资500万元以上）", 1800, 270],
        [3, "温州瓯海精工阀门有限公司", "91330304MA2J8T5R6X", "机器换人技改项目奖励（设备投资500万元以上）", 2500, 320],
        [4, "乐清正泰达电器有限公司", "91330382MA2L6P2Q81", "机器换人技改项目奖励（设备投资200万元至500万元）", 420, 52],
        [5, "瑞安华鼎汽配科技有限公司", "91330381MA2K3W9N1W", "小微企业园科技型中小企业设备购置补助", 160, 24],
        ["合计", null, null, null, null, 726],
      ],
      merges: ["A1:F1", "A9:E9"],
      numberFormats: { "E4:F9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 10, columns: { A: "code", B: "item", C: "standard", D: "document" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "an award set at 80% of a 综合贡献度 the list cannot give, and names as 名额, not an amount" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "15% × 2500.00 = 375.00, but the 300万元 maximum binds: 320.00 is 20.00万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F7", why: "10% × 420.00 = 42.00万元 allowed (12% for 绿色改造 would be 50.40); 52.00 is over either" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "15% of equipment investment, at most 300万元 (500万元以上 is a condition)" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C8", why: "20% of the amount spent, at most 100万元 a year" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C9", why: "15%, at most 30万元 (大于100万元 is a condition)" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "two fixed awards in one 分别 sentence" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F4", why: "激光: 20% × 300.00 = 60.00, paid 60.00" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F5", why: "15% × 1800.00 = 270.00, under 300" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F8", why: "15% × 160.00 = 24.00, under 30" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F9", why: "合计 726.00 is no award" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "each 政策项目 is a row of the clause table" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
    ],
  },
};
