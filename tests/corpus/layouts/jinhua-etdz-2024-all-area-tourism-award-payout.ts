import type { CorpusLayout } from "../types";

// 金华经济技术开发区乡村振兴部 2025-04-07: the 2024 全域旅游发展专项资金 payout list as published in its grid — 单位名称 |
// 申报项目名称 | 申报类型 | 奖励标准 (the policy's standard in words, 5万、10万 / 60万元、150万元、500万元) | 申报奖励金额 |
// 核定奖励金额 | 备注 (awards already had from the city, deducted). A list with its catalog of prose caps in one column.
export const layout: CorpusLayout = {
  id: "jinhua-etdz-2024-all-area-tourism-award-payout",
  source: {
    title: "关于2024年度开发区全域旅游发展专项资金奖励申报审核结果的公示（附件：2024年度扶持全域旅游发展专项资金兑付清单）",
    url: "https://www.chacewang.com/newsdetail/news781831.html",
    publisher: "金华经济技术开发区乡村振兴部",
    date: "2025-04-07",
    changes:
      "As published: the title, 单位：万元, the eight columns and their wording, the 奖励标准 sentences for 研学基地创建, A级景区创建, " +
      "旅游厕所 and 景区村庄创建 (金开办〔2021〕87号 细则), the 备注 style (awards already received from the city deducted from the 核定). " +
      "The stored copy shows five rows; the units, projects and figures here (nine rows) are ours, the towns (罗埠、洋埠、汤溪) those the " +
      "zone manages. The standard is merged down over consecutive rows of one 申报类型 as the grid does. The catalog (one item per " +
      "申报类型, its largest level as a maximum) is read from the standards. Planted: 汤溪研学教育's 市级研学营地 核定 12.00 above the " +
      "10万元 the standard allows any 研学基地/营地; the 核定 合计 typed 238.16 where its lines add to 283.16.",
  },
  classes: [
    "register", "prose-caps", "standard-column", "standard-merged-down", "requested-and-approved", "approved-below-requested",
    "deduction-remarks", "item-column", "one-body-two-items", "villages-as-payees", "wanyuan-caption", "total-at-foot",
    "development-zone", "zhejiang",
  ],
  sheets: [
    {
      name: "兑付清单",
      widths: [6, 30, 18, 14, 46, 12, 12, 40],
      rows: [
        ["2024年度扶持全域旅游发展专项资金兑付清单", null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null],
        ["序号", "单位名称", "申报项目名称", "申报类型", "奖励标准", "申报奖励金额", "核定奖励金额", "备注"],
        [1, "金华市罗埠农旅发展有限公司", "市级研学基地", "研学基地创建", "市级研学基地、营地奖励5万、10万", 5, 5, "基地名称：开发区罗埠非遗研学实践基地"],
        [2, "金华市婺城区洋埠镇让宅村经济合作社", "市级研学基地", "研学基地创建", null, 5, 5, "基地名称：开发区让宅村研学实践教育基地"],
        [3, "金华市罗埠农旅发展有限公司", "国家3A级旅游景区", "A级景区创建", "创建国家3A、4A、5A级旅游景区的，分别一次性奖励60万元、150万元、500万元", 40, 40, "开发区罗埠古镇景区已享受市级3A级景区奖励20万元"],
        [4, "洋埠镇让宅村", "国家Ⅰ类旅游公厕", "旅游厕所", "国家1A、2A、3A级旅游厕所，分别给予每座一次性奖励4万元、6万元、8万元", 8, 3.16, "已享受市级Ⅰ类旅游厕所奖励审定价格的30%（以市局最终实际审定价格为准），国家Ⅰ类旅游公厕等同于3A级旅游厕所"],
        [5, "洋埠镇让宅村", "省3A级景区村庄", "景区村庄创建", "创建省A级、2A级、3A级景区村庄，分别一次性奖励10万、30万、50万", 50, 32, "已享受市级省3A级景区村庄创建奖励资金8万元，2021年创建"],
        [6, "金华市汤溪镇寺平村股份经济合作社", "省2A级景区村庄", "景区村庄创建", null, 30, 30, null],
        [7, "金华九峰山旅游开发有限公司", "国家4A级旅游景区", "A级景区创建", "创建国家3A、4A、5A级旅游景区的，分别一次性奖励60万元、150万元、500万元", 150, 150, "2024年晋升国家4A级"],
        [8, "金华市汤溪研学教育服务有限公司", "市级研学营地", "研学基地创建", "市级研学基地、营地奖励5万、10万", 10, 12, "营地名称：开发区汤溪古城研学营地"],
        [9, "金华市婺城区洋埠镇人民政府", "国家Ⅱ类旅游公厕", "旅游厕所", "国家1A、2A、3A级旅游厕所，分别给予每座一次性奖励4万元、6万元、8万元", 6, 6, "洋埠集镇游客中心公厕1座"],
        ["合计", null, null, null, null, 304, 238.16, null],
      ],
      merges: ["A1:H1", "A2:H2", "E4:E5", "E8:E9", "A13:E13"],
      numberFormats: { "F4:G13": "0.00" },
    },
  ],
  settings: { district: "金华市婺城区" },
  catalog: {
    items: [
      { name: "研学基地创建", capType: "max", capAmount: 10, unit: "万元", document: "金开办〔2021〕87号" },
      { name: "A级景区创建", capType: "max", capAmount: 500, unit: "万元", document: "金开办〔2021〕87号" },
      { name: "旅游厕所", capType: "max", capAmount: 8, unit: "万元", document: "金开办〔2021〕87号" },
      { name: "景区村庄创建", capType: "max", capAmount: 50, unit: "万元", document: "金开办〔2021〕87号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "兑付清单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "project", D: "item", F: "requested", G: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G11", why: "研学基地创建: 市级研学基地、营地 5万 / 10万, at most 10万元; 核定 12.00 is 2.00万元 over" },
      { rule: "composition.total-mismatch", cell: "G13", why: "核定 合计 238.16; its lines 5 + 5 + 40 + 3.16 + 32 + 30 + 150 + 12 + 6 = 283.16: 45.00万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F13", why: "申报 lines 5 + 5 + 40 + 8 + 50 + 30 + 150 + 10 + 6 = 304 as the foot states" },
      { rule: "cap.exceeded", cell: "G10", why: "150 for a 4A景区 is under the 500万元 top of A级景区创建" },
      { rule: "cap.exceeded", cell: "G8", why: "32 after the city's 8万元 is deducted, under 50万元" },
      { rule: "cap.exceeded", cell: "G7", why: "3.16 for one toilet, under 8万元" },
      { rule: "register.duplicate", cell: "G6", why: "罗埠农旅 has 研学基地创建 on row 4 and A级景区创建 here: two items" },
      { rule: "register.duplicate", cell: "G8", why: "让宅村 has 旅游厕所 on row 7 and 景区村庄创建 here: two items" },
      { rule: "register.duplicate", cell: "G11", why: "汤溪研学教育 is another body than the two 研学基地 of rows 4–5" },
      { rule: "cap.unknown-policy", why: "every 申报类型 is an item of the catalog" },
      { rule: "input.unreadable-value", why: "备注 is a remark (已享受市级…奖励), no figure" },
    ],
  },
};
