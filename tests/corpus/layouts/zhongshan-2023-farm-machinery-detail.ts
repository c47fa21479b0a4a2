import type { CorpusLayout } from "../types";

// 中山市农业农村局 2023-10-18: a subsidy detail list for farm machinery — buyers are people, the item
// is the machine category, caps apply per machine, amounts in 元.
export const layout: CorpusLayout = {
  id: "zhongshan-2023-farm-machinery-detail",
  source: {
    title: "关于兑付农机购置补贴资金（2023年度中央财政第三批）的通知（附件2：明细表）",
    url: "http://nync.zs.gov.cn/zwgk/ztzj/njgzbtxxzl/content/post_2333442.html",
    publisher: "中山市农业农村局",
    date: "2023-10-18",
    changes:
      "The notice (946,540元 paid to farmers through the bank; 附件1 安排表, 附件2 明细表) is stored without its annexes: " +
      "the columns are ours, in the order national 农机购置补贴 公示 lists use; towns are 中山's. Buyers, makers, " +
      "models and amounts invented; eight rows. Per-machine caps chosen for the corpus. Planted: a 植保无人飞机 " +
      "at 9,500元 per machine against 8,000; the second 谷物联合收割机 row repeats row 2.",
  },
  classes: ["register", "people-as-payees", "item-per-row", "per-unit-cap", "quantity-column", "towns-as-places", "yuan-caption"],
  settings: { district: "中山市" },
  sheets: [
    {
      name: "明细表",
      widths: [6, 10, 10, 14, 26, 10, 10, 12, 12, 12],
      rows: [
        ["附件2", null, null, null, null, null, null, null, null, null],
        ["农机购置补贴资金（2023年度中央财政第三批）明细表", null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, "单位：元"],
        ["序号", "镇街", "购机者姓名", "机具品目", "生产厂家", "机具型号", "购买数量（台）", "单台销售价格", "单台补贴额", "总补贴额"],
        [1, "黄圃镇", "洪志坤", "轮式拖拉机", "江苏沃农机械有限公司", "SW504", 1, 68000, 10200, 10200],
        [2, "民众街道", "陈锦华", "谷物联合收割机", "河南丰收机械有限公司", "4LZ-6", 1, 158000, 36000, 36000],
        [3, "港口镇", "梁志明", "水稻插秧机", "浙江禾田农机有限公司", "2ZG-6", 2, 52000, 9600, 19200],
        [4, "三角镇", "何国强", "植保无人飞机", "广州天农智能科技有限公司", "T30", 1, 46000, 9500, 9500],
        [5, "阜沙镇", "黄伟文", "微耕机", "重庆山禾动力机械有限公司", "1WG4.0", 1, 3800, 900, 900],
        [6, "黄圃镇", "冯家乐", "谷物烘干机", "安徽谷丰干燥设备有限公司", "5H-12", 1, 98000, 18000, 18000],
        [7, "民众街道", "陈锦华", "谷物联合收割机", "河南丰收机械有限公司", "4LZ-6", 1, 158000, 36000, 36000],
        [8, "横栏镇", "吴少华", "水稻插秧机", "浙江禾田农机有限公司", "2ZS-4", 1, 26000, 4800, 4800],
        ["合计", null, null, null, null, null, 9, null, null, 134600],
      ],
      merges: ["A2:J2", "A13:F13"],
      numberFormats: { "H5:J13": "#,##0" },
    },
  ],
  catalog: {
    items: [
      { name: "轮式拖拉机", capType: "max", capAmount: 12000, year: 2023, document: "广东省2021-2023年中央财政农机购置补贴实施方案" },
      { name: "谷物联合收割机", capType: "max", capAmount: 36000, year: 2023, document: "广东省2021-2023年中央财政农机购置补贴实施方案" },
      { name: "水稻插秧机", capType: "max", capAmount: 9600, year: 2023, document: "广东省2021-2023年中央财政农机购置补贴实施方案" },
      { name: "植保无人飞机", capType: "max", capAmount: 8000, year: 2023, document: "广东省2021-2023年中央财政农机购置补贴实施方案" },
      { name: "微耕机", capType: "max", capAmount: 900, year: 2023, document: "广东省2021-2023年中央财政农机购置补贴实施方案" },
      { name: "谷物烘干机", capType: "max", capAmount: 18000, year: 2023, document: "广东省2021-2023年中央财政农机购置补贴实施方案" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "明细表",
        kind: "register",
        unit: "元",
        headerRow: 4,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "item", I: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "I8", why: "植保无人飞机: 9,500元 per machine against 8,000元: 1,500元 over" },
      { rule: "register.duplicate", cell: "I11", why: "陈锦华, 谷物联合收割机 4LZ-6, 36,000元 in rows 6 and 11: same buyer, item and year" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "J7", why: "总补贴额 19,200 is two machines at 9,600元, each at the cap" },
      { rule: "cap.exceeded", cell: "H5", why: "单台销售价格 is the machine's price, not a subsidy" },
      { rule: "register.ineligible-location", why: "黄圃镇, 民众街道, 港口镇, 三角镇, 阜沙镇, 横栏镇 are in 中山市" },
      { rule: "register.duplicate", cell: "I12", why: "横栏镇's 插秧机 buyer differs from row 7's" },
      { rule: "cap.exceeded", cell: "J13", why: "合计 is not an award" },
    ],
  },
};
