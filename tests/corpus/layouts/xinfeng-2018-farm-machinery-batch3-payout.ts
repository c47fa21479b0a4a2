import type { CorpusLayout } from "../types";

// 江西 信丰县农机局 2018: the third batch of 农机购置补贴 paid through the “一卡通” to the buyers (74.225万元 central money, 52 households,
// 70 machines: 联合收割机, 水稻插秧机, 微耕机, 拖拉机, 旋耕机) after the 受益对象信息公示. Laid out as the county's 发放明细 of such a batch:
// one machine per row, the town, the buyer (a person), the machine's 品目, the subsidy in 元.
export const layout: CorpusLayout = {
  id: "xinfeng-2018-farm-machinery-batch3-payout",
  source: {
    title: "信丰县2018年第三批农机购置补贴资金发放明细表（据《信丰县顺利发放2018年第三批农机购置补贴资金》拟）",
    url: "http://zt.came.net.cn/contents/282/12286.html",
    publisher: "江西省信丰县农机局（中国农机化信息网转载）",
    date: "2018",
    changes:
      "As published: the county, the batch, the document (信府办发(2018)24号), payment through the 一卡通 after the 受益对象信息公示, and the five " +
      "machine kinds. The page is a report, not the list: the list's title and columns (序号 | 乡镇 | 购机户姓名 | 机具品目 | 数量（台） | 补贴金额（元） | 备注), " +
      "the buyers, towns and amounts are ours, cut to fourteen machines; the 报废补贴 (3.2万元) is left out. The per-machine maxima in the catalog " +
      "were chosen for the corpus (the province's 分档 amounts are not on the page). Planted: 赖德胜's 联合收割机 subsidised 38,000元 against a " +
      "maximum of 34,000元; 黄春生 (古陂镇) listed twice for the same 旋耕机 subsidy; a buyer placed in 南康区龙岭镇, outside 信丰县.",
  },
  classes: ["register", "people-as-payees", "item-column", "machine-kinds-as-items", "max-cap", "quantity-column", "towns-as-places", "no-credit-codes", "yuan-in-header", "total-at-foot", "signoff-line", "jiangxi"],
  settings: { district: "信丰县" },
  sheets: [
    {
      name: "发放明细",
      widths: [6, 14, 12, 14, 10, 14, 12],
      rows: [
        ["信丰县2018年第三批农机购置补贴资金发放明细表", null, null, null, null, null, null],
        ["填报单位：信丰县农机局", null, null, null, null, null, null],
        ["序号", "乡镇", "购机户姓名", "机具品目", "数量（台）", "补贴金额（元）", "备注"],
        [1, "嘉定镇", "刘正华", "拖拉机", 1, 12800, "一卡通"],
        [2, "大塘埠镇", "曾庆林", "联合收割机", 1, 30000, "一卡通"],
        [3, "古陂镇", "黄春生", "旋耕机", 1, 2100, "一卡通"],
        [4, "大桥镇", "郭志明", "微耕机", 1, 800, "一卡通"],
        [5, "新田镇", "谢国荣", "水稻插秧机", 1, 11400, "一卡通"],
        [6, "安西镇", "钟永发", "拖拉机", 1, 15000, "一卡通"],
        [7, "小江镇", "赖德胜", "联合收割机", 1, 38000, "一卡通"],
        [8, "铁石口镇", "肖建平", "旋耕机", 1, 2400, "一卡通"],
        [9, "大阿镇", "邱光明", "微耕机", 1, 800, "一卡通"],
        [10, "油山镇", "王小兵", "拖拉机", 1, 9600, "一卡通"],
        [11, "古陂镇", "黄春生", "旋耕机", 1, 2100, "一卡通"],
        [12, "西牛镇", "陈伟民", "联合收割机", 1, 30000, "一卡通"],
        [13, "正平镇", "李桂英", "微耕机", 1, 750, "一卡通"],
        [14, "南康区龙岭镇", "刘小平", "拖拉机", 1, 12800, "一卡通"],
        ["合计", null, null, null, 14, 168550, null],
        ["审核人：", null, null, "制表人：", null, "2018年12月", null],
      ],
      merges: ["A1:G1", "A2:G2", "A18:D18"],
      numberFormats: { "F4:F18": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "联合收割机", capType: "max", capAmount: 34000, unit: "元", year: 2018, document: "信府办发(2018)24号" },
      { name: "水稻插秧机", capType: "max", capAmount: 12000, unit: "元", year: 2018, document: "信府办发(2018)24号" },
      { name: "拖拉机", capType: "max", capAmount: 15000, unit: "元", year: 2018, document: "信府办发(2018)24号" },
      { name: "旋耕机", capType: "max", capAmount: 2500, unit: "元", year: 2018, document: "信府办发(2018)24号" },
      { name: "微耕机", capType: "max", capAmount: 800, unit: "元", year: 2018, document: "信府办发(2018)24号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "发放明细",
        kind: "register",
        unit: "元",
        headerRow: 3,
        lastRow: 18,
        columns: { B: "place", C: "enterprise", D: "item", F: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F10", why: "赖德胜's 联合收割机: 38,000元 against the maximum of 34,000元 a machine, 4,000元 over" },
      { rule: "register.duplicate", cell: "F14", why: "黄春生 (古陂镇) has the 旋耕机 subsidy of 2,100元 in 2018 twice: rows 6 and 14" },
      { rule: "register.ineligible-location", cell: "B17", why: "南康区龙岭镇 lies in 南康区 (赣州), not in 信丰县" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F9", why: "拖拉机 15,000元 is the maximum itself, not above it" },
      { rule: "cap.exceeded", cell: "F7", why: "微耕机 800元 is the maximum itself" },
      { rule: "cap.exceeded", cell: "F18", why: "合计 168,550 is the sum of the fourteen rows, not a subsidy" },
      { rule: "register.duplicate", cell: "F17", why: "刘小平 and 刘正华 are different buyers of a 拖拉机 at the same 12,800元" },
      { rule: "register.duplicate", cell: "F15", why: "陈伟民's 联合收割机 at 30,000元 is another buyer than 曾庆林's" },
      { rule: "register.ineligible-location", cell: "B6", why: "古陂镇 is a town of 信丰县" },
      { rule: "register.ineligible-location", cell: "B4", why: "嘉定镇 is 信丰's county town" },
      { rule: "cap.unknown-policy", why: "every 品目 in the list is in the catalog" },
      { rule: "register.invalid-credit-code", why: "the buyers are people: no codes" },
      { rule: "register.unpaid", why: "the list is itself the payment (一卡通) and no as-of date is set" },
      { rule: "input.unreadable-value", why: "一卡通 in 备注, the 审核人 / 制表人 line and 2018年12月 are text" },
    ],
  },
};
