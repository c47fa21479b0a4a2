import type { CorpusLayout } from "../types";

// 宿迁市宿城区 2017-02: 62 “两聚一高” industrial firms given 1,300万元 from the district's yearly 3,000万元 工业经济转型发展定向补助资金,
// which backs 培大育强, 创新驱动, 技改增资, 兼并重组 and 开拓市场. Laid out as a district's award list: 扶持类别 per row, town or park.
export const layout: CorpusLayout = {
  id: "sucheng-2016-industrial-transformation-support",
  source: {
    title: "宿城千万元奖励“两聚一高”企业（中国江苏网—新华日报 2017-02-08；扶持名单据正文拟）",
    url: "http://jsnews.jschina.com.cn/jsyw/201702/t20170208_38182.shtml",
    publisher: "新华日报（宿迁市宿城区工业经济转型发展大会）",
    date: "2017-02-08",
    changes:
      "As published: 62 户 firms, 1,300万元, the fund (工业经济转型发展定向补助资金, 3,000万元 a year since 2015) and the five things it backs, " +
      "which are the 扶持类别 here. The report gives no list: the table (序号 | 企业名称 | 所在乡镇（园区） | 扶持类别 | 扶持金额（万元） | 备注), " +
      "twelve of the firms, their places and amounts are ours, and so are the five maxima in the catalog (chosen for the corpus). " +
      "Planted: 宿城恒达机械's 技改增资 of 120万元 over its 100万元 maximum; 江苏宏泰纺织 given 创新驱动 twice; 宿迁来龙包装 in 宿豫区.",
  },
  classes: ["register", "item-per-row", "support-word-category-column", "max-cap", "no-credit-codes", "towns-as-places", "parks-as-places", "news-report", "wanyuan-in-header", "remark-column", "jiangsu"],
  settings: { district: "宿城区", asOf: "2017-02-28" },
  sheets: [
    {
      name: "扶持名单",
      widths: [6, 30, 18, 12, 16, 24],
      rows: [
        ["2016年度宿城区工业经济转型发展定向补助资金扶持企业名单", null, null, null, null, null],
        ["序号", "企业名称", "所在乡镇（园区）", "扶持类别", "扶持金额（万元）", "备注"],
        [1, "宿迁恒达机械制造有限公司", "宿城经济开发区", "技改增资", 120, "设备投资1850万元"],
        [2, "江苏宏泰纺织有限公司", "耿车镇", "创新驱动", 30, "省级企业技术中心"],
        [3, "宿迁市华宇木业有限公司", "埠子镇", "培大育强", 50, "开票销售首超5亿元"],
        [4, "宿迁新源光电科技有限公司", "宿城经济开发区", "创新驱动", 20, "高新技术企业"],
        [5, "宿迁市蔡集食品有限公司", "蔡集镇", "开拓市场", 12, "境外展会"],
        [6, "宿迁鼎盛玻璃制品有限公司", "龙河镇", "兼并重组", 50, "兼并宿迁晶华玻璃"],
        [7, "江苏宏泰纺织有限公司", "耿车镇", "创新驱动", 25, "发明专利"],
        [8, "宿迁王官集农机有限公司", "王官集镇", "技改增资", 80, "设备投资960万元"],
        [9, "宿迁来龙包装材料有限公司", "宿豫区来龙镇", "开拓市场", 15, null],
        [10, "宿迁埠子电子有限公司", "埠子镇", "培大育强", 40, "首次入规"],
        [11, "宿迁市耿车再生资源有限公司", "耿车镇", "技改增资", 60, "设备投资720万元"],
        [12, "宿迁龙河服饰有限公司", "龙河镇", "开拓市场", 18, "跨境电商"],
        ["合计", null, null, null, 520, null],
      ],
      merges: ["A1:F1", "A15:D15"],
      numberFormats: { "E3:E15": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "培大育强", capType: "max", capAmount: 50, unit: "万元", year: 2016, document: "宿城区工业经济转型发展定向补助资金（最高额为语料选定）" },
      { name: "创新驱动", capType: "max", capAmount: 30, unit: "万元", year: 2016, document: "宿城区工业经济转型发展定向补助资金（最高额为语料选定）" },
      { name: "技改增资", capType: "max", capAmount: 100, unit: "万元", year: 2016, document: "宿城区工业经济转型发展定向补助资金（最高额为语料选定）" },
      { name: "兼并重组", capType: "max", capAmount: 50, unit: "万元", year: 2016, document: "宿城区工业经济转型发展定向补助资金（最高额为语料选定）" },
      { name: "开拓市场", capType: "max", capAmount: 20, unit: "万元", year: 2016, document: "宿城区工业经济转型发展定向补助资金（最高额为语料选定）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "扶持名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "enterprise", C: "place", D: "item", E: "approved" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E3", why: "宿迁恒达机械: 技改增资 120万元 against its 100万元 maximum: 20万元 over" },
      { rule: "register.duplicate", cell: "E9", why: "江苏宏泰纺织 has 创新驱动 in 2016 again (row 4 first)" },
      { rule: "register.ineligible-location", cell: "C11", why: "宿豫区来龙镇 is in 宿豫区, not in 宿城区" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E5", why: "培大育强 50万元 exactly its maximum" },
      { rule: "cap.exceeded", cell: "E8", why: "兼并重组 50万元 exactly its maximum" },
      { rule: "cap.exceeded", cell: "E15", why: "合计 520 is no award (120+30+50+20+12+50+25+80+15+40+60+18 = 520)" },
      { rule: "register.ineligible-location", cell: "C3", why: "宿城经济开发区 is 宿城区's own development area" },
      { rule: "register.ineligible-location", cell: "C4", why: "耿车镇, 埠子镇, 蔡集镇, 龙河镇, 王官集镇 are towns of 宿城区" },
      { rule: "cap.unknown-policy", why: "every 扶持类别 is one of the five catalog items" },
      { rule: "budget.overcommitted", why: "no budget is stated in the workbook (the report's 3,000万元 a year is not in it); 520 is within it anyway" },
      { rule: "register.invalid-credit-code", why: "the list has no codes" },
      { rule: "input.unreadable-value", why: "备注 (设备投资1850万元, 首次入规) is text describing the row" },
    ],
  },
};
