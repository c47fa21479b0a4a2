import type { CorpusLayout } from "../types";

// 温州市人民政府 2025-04, 关于印发2025年温州市级产业政策的通知: a policy table (奖补项目名称 | 条款内容 | 执行方式 | 是否纳入总量控制 | 责任单位) under
// outline rows 一、 and （一）; items 1 (应用基础研究, 最高10万元), 2 (重大科技创新攻关, 20% 最高200万元, or 拨投联动 最高500万元) and 3 (科技成果转移转化,
// 20% 最高20万元 a firm's project, with further rates for agencies). The year's award list on a second sheet.
export const layout: CorpusLayout = {
  id: "wenzhou-2025-municipal-tech-innovation-awards",
  source: {
    title: "温州市人民政府关于印发2025年温州市级产业政策的通知（一、（一）支持科技创新和产业创新 第1—3条）",
    url: "https://www.chxchy.com/index.php?c=show&id=248",
    publisher: "温州市人民政府（转载）",
    date: "2025-04-23",
    changes:
      "The policy table's columns, outline rows and the wording of items 1–3 are as published (item 3's 新型研发机构 sentence is cut); items " +
      "4 on are left out. The award list on the second sheet is ours (firms, codes of their 县（市、区）, bases and amounts). Planted: 龙湾阀门研究院 " +
      "12万元 for 应用基础研究 against its 最高10万元; 瓯海眼镜新材料's 应用基础研究 award listed twice (序号 5 and 7).",
  },
  classes: [
    "catalog", "register", "two-sheets", "policy-table", "outline-category-rows", "prose-caps", "rate-with-cap", "execution-mode-column",
    "base-column", "credit-codes", "counties-as-places", "item-per-row", "wanyuan-in-header", "total-at-foot", "city-policy", "zhejiang",
  ],
  settings: { district: "温州市", asOf: "2025-12-31" },
  sheets: [
    {
      name: "产业政策",
      widths: [6, 24, 90, 10, 12, 12],
      rows: [
        ["2025年温州市级产业政策", null, null, null, null, null],
        ["序号", "奖补项目名称", "条款内容", "执行方式", "是否纳入总量控制", "责任单位"],
        ["一、全面加快科技创新推动工业高质量发展", null, null, null, null, null],
        ["（一）支持科技创新和产业创新", null, null, null, null, null],
        [1, "应用基础研究项目补助", "支持以应用为导向的基础研究，每年实施不超过300个应用基础研究项目，市财政给予单个项目最高10万元补助。", "资格定补", null, "市科技局"],
        [2, "重大科技创新攻关项目补助", "围绕“5+5+N”产业，实施一批以突破产业关键核心技术为导向的市级重大科技攻关项目，其中企业牵头立项单个项目按不超过项目经费总投入的20%、最高200万元补助。转变高能级平台扶持方式，市财政以“拨投联动”支持高能级科创平台科技成果产业化项目，最高补助500万元。", "资格定补", null, "市科技局"],
        [3, "科技成果转移转化奖补", "对本市企业与国内外高校院所、医疗卫生机构、新型研发机构等单位发生技术交易额20万元以上的项目，按经登记的单个项目技术交易合同企业实际支付额的20%，给予企业最高20万元补助，每家企业每年不超过100万元。", "数据核校", null, "市科技局"],
      ],
      merges: ["A1:F1", "A3:F3", "A4:F4"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 14, 24, 20, 14],
      rows: [
        ["2025年度温州市科技创新政策拟兑现名单", null, null, null, null, null, null],
        ["序号", "单位名称", "统一社会信用代码", "所在县（市、区）", "奖补项目名称", "技术交易合同实际支付额（万元）", "补助金额（万元）"],
        [1, "温州鹿城光电科技有限公司", "91330302MA7PEDW1DW", "鹿城区", "应用基础研究项目补助", null, 10],
        [2, "温州龙湾阀门研究院有限公司", "91330303MABRLG51U6", "龙湾区", "应用基础研究项目补助", null, 12],
        [3, "瑞安汽配智能科技有限公司", "91330381MA32YEUG6J", "瑞安市", "科技成果转移转化奖补", 80, 16],
        [4, "乐清电气自动化有限公司", "91330382MA8P1L7X96", "乐清市", "科技成果转移转化奖补", 150, 20],
        [5, "温州瓯海眼镜新材料有限公司", "91330304MAJHC6EPRQ", "瓯海区", "应用基础研究项目补助", null, 8],
        [6, "平阳县宠物用品科技有限公司", "91330326MA8MCFDWC9", "平阳县", "科技成果转移转化奖补", 60, 12],
        [7, "温州瓯海眼镜新材料有限公司", "91330304MAJHC6EPRQ", "瓯海区", "应用基础研究项目补助", null, 8],
        ["合计", null, null, null, null, 290, 86],
      ],
      merges: ["A1:G1", "A10:E10"],
      numberFormats: { "F3:G10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "产业政策", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G4", why: "应用基础研究项目补助: 最高10万元 a project; 12 is 2万元 over" },
      { rule: "register.duplicate", sheet: "拟兑现名单", cell: "E9", why: "温州瓯海眼镜新材料有限公司's 应用基础研究项目补助 (8) is row 7 again, same code" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "产业政策", cell: "C5", why: "a plain maximum: 最高10万元; 不超过300个 is a count of projects" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G5", why: "瑞安汽配: 20% × 80 = 16, exactly the amount" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G6", why: "乐清电气: 20% × 150 = 30, held to the 最高20万元: 20 is allowed" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G8", why: "平阳县宠物用品: 20% × 60 = 12, exactly the amount" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G10", why: "合计 86 = 10 + 12 + 16 + 20 + 8 + 12 + 8, not an award" },
      { rule: "cap.unknown-policy", why: "every 奖补项目名称 of the list is an item of the sheet's own table" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D3", why: "鹿城区, 龙湾区, 瑞安市, 乐清市, 瓯海区 and 平阳县 are all of 温州市" },
      { rule: "register.location-code-mismatch", why: "each code carries its own 县（市、区）'s area code (330302, 330303, 330381, 330382, 330304, 330326)" },
      { rule: "register.duplicate", sheet: "拟兑现名单", cell: "E7", why: "the first of the two 瓯海眼镜新材料 rows is not the repeat" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "input.unreadable-value", sheet: "产业政策", cell: "A3", why: "outline rows 一、 and （一） are categories, not items" },
    ],
  },
};
