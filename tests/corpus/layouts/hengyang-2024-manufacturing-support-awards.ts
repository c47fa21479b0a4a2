import type { CorpusLayout } from "../types";

// 衡阳市人民政府办公室 2024-11 (衡政办发〔2024〕21号): 推动制造业高质量发展的若干支持政策 — a one-year
// interest subsidy of 50% of the year's interest at the base rate on equipment loans, at most 100万元 a
// firm, beside fixed awards (揭榜挂帅 20万元; 省级智能制造标杆企业 / 标杆车间 分别 10万元、5万元). The list
// of money to be paid under it: the support item per row, the loan and the interest beside the amount.
export const layout: CorpusLayout = {
  id: "hengyang-2024-manufacturing-support-awards",
  source: {
    title: "衡阳市人民政府办公室印发《关于全面落实“三高四新”美好蓝图推动制造业高质量发展的若干支持政策（试行）》的通知（衡政办发〔2024〕21号）",
    url: "http://cig.net.cn/hyxw/334.html",
    publisher: "衡阳市人民政府办公室（中国产业经济信息网转载）",
    date: "2024-11-05",
    changes:
      "The policy's clauses (设备购置贷款按照年基准利率的50%予以一年贴息，单个企业贴息最高限额100万元; 揭榜挂帅 20万元; 省级智能制造" +
      "标杆企业、标杆车间分别给予10万元、5万元) are as published and quoted in the note; the catalog holds them. The page prints no list: " +
      "the list under the policy (title, 单位：万元, columns 序号 | 企业名称 | 统一社会信用代码 | 县市区 | 支持事项 | 设备购置贷款 | 按年基准" +
      "利率计算的利息 | 拟兑现金额), the firms, codes and figures are ours; the 3.45% rate in the note is ours. Planted: 雁城精工's " +
      "subsidy 103.5 above the 100万元 maximum; 耒阳 湘南矿机's 45 above 50% of its 82.8 interest (41.4); a firm of 醴陵市 (株洲) in a " +
      "衡阳 list.",
  },
  classes: ["register", "rate-with-cap", "base-column", "loan-interest", "fixed-cap", "item-per-row", "credit-codes", "counties-as-places", "wanyuan-caption", "notes-under-table", "hunan"],
  settings: { district: "衡阳市" },
  sheets: [
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 10, 30, 14, 16, 12],
      rows: [
        ["2024年衡阳市推动制造业高质量发展支持政策奖补资金拟兑现名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "县市区", "支持事项", "设备购置贷款", "按年基准利率计算的利息", "拟兑现金额"],
        [1, "衡阳雁城精工机械有限公司", "91430405MAGRX32RTA", "珠晖区", "设备购置贷款贴息", 6000, 207, 103.5],
        [2, "衡阳县金湘新材料有限公司", "91430421MAEFYAL8E3", "衡阳县", "设备购置贷款贴息", 3000, 103.5, 51.75],
        [3, "耒阳湘南矿山机械有限公司", "91430481MARAHQ1CJC", "耒阳市", "设备购置贷款贴息", 2400, 82.8, 45],
        [4, "衡南智控装备有限公司", "91430422MA0WXLLCHA", "衡南县", "国家智能制造示范工厂揭榜单位", null, null, 20],
        [5, "祁东县祁星电气有限公司", "91430426MA1L47RRMC", "祁东县", "省级智能制造标杆企业", null, null, 10],
        [6, "衡阳蒸湘精密铸造有限公司", "91430408MABXA915NJ", "蒸湘区", "省级智能制造标杆车间", null, null, 5],
        [7, "衡阳石鼓特变电器有限公司", "91430407MAU96QPX52", "石鼓区", "省级智能制造标杆企业", null, null, 10],
        [8, "常宁市南方铜业有限公司", "91430482MAM1FUQMN9", "常宁市", "设备购置贷款贴息", 1600, 55.2, 27.6],
        [9, "醴陵市瓷谷电瓷有限公司", "91430281MADQ12NA3P", "醴陵市", "省级智能制造标杆车间", null, null, 5],
        ["合计", null, null, null, null, 13000, 448.5, 277.85],
        [
          "注：倍增培育企业实施技术改造项目，当年设备投资达到500万元以上的，其设备购置贷款按照年基准利率的50%予以一年贴息，单个企业贴息最高限额100万元；按年基准利率计算的利息＝设备购置贷款×3.45%。对国家智能制造示范工厂揭榜单位给予20万元奖励；对新认定的省级智能制造标杆企业、省级智能制造标杆车间分别给予10万元、5万元奖励。",
          null, null, null, null, null, null, null,
        ],
      ],
      merges: ["A1:H1", "A13:E13", "A14:H14"],
      numberFormats: { "F4:H13": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "设备购置贷款贴息", capType: "rate", rate: 0.5, capAmount: 100, unit: "万元", base: "按年基准利率计算的设备购置贷款一年利息", year: 2024, document: "衡政办发〔2024〕21号" },
      { name: "国家智能制造示范工厂揭榜单位", capType: "fixed", capAmount: 20, unit: "万元", year: 2024, document: "衡政办发〔2024〕21号" },
      { name: "省级智能制造标杆企业", capType: "fixed", capAmount: 10, unit: "万元", year: 2024, document: "衡政办发〔2024〕21号" },
      { name: "省级智能制造标杆车间", capType: "fixed", capAmount: 5, unit: "万元", year: 2024, document: "衡政办发〔2024〕21号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", G: "base", H: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H4", why: "设备购置贷款贴息: 50% × 207 = 103.5 but at most 100万元 a firm; the maximum binds: 103.5 given, 3.5万元 over" },
      { rule: "cap.rate-exceeded", cell: "H6", why: "50% × 82.8 = 41.4万元 (below the 100 maximum, so the rate binds); 45 given, 3.6万元 over" },
      { rule: "register.ineligible-location", cell: "D12", why: "醴陵市 is in 株洲市, not 衡阳市" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "H5", why: "50% × 103.5 = 51.75, exactly the amount" },
      { rule: "cap.rate-exceeded", cell: "H11", why: "50% × 55.2 = 27.6, exactly the amount" },
      { rule: "cap.rate-exceeded", cell: "H4", why: "only the binding limit is reported: the 100万元 maximum binds before 50% × 207" },
      { rule: "cap.no-cap", why: "the fixed-award rows need no base; every 贴息 row gives its interest" },
      { rule: "cap.exceeded", cell: "H13", why: "合计 is not an award" },
      { rule: "cap.unknown-policy", why: "every 支持事项 is in the catalog" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.location-code-mismatch", why: "each 衡阳 firm's code carries its own county's 4304xx; the 醴陵 firm's 430281 agrees with its place" },
      { rule: "input.unreadable-value", why: "blank loan and interest cells on the fixed-award rows mean nothing; the note is not a row" },
    ],
  },
};
