import type { CorpusLayout } from "../types";

// 广西壮族自治区财政厅 2022-05: 4亿元 for the “千企技改” 工程 — at most 10% of the equipment investment, at most 1000万元 a project,
// 102 projects in eight industries. Laid out as a province-wide project list by 设区市: 项目单位, code, 项目名称, 所属产业, 设备投资
// beside the 补助资金, 万元.
export const layout: CorpusLayout = {
  id: "guangxi-2022-thousand-firm-techreform-subsidy",
  source: {
    title: "最高补助1000万元！广西鼓励工业企业实施技术改造（自治区财政厅下达4亿元支持“千企技改”工程项目建设；项目表据报道拟）",
    url: "http://news.scgqt.org.cn/kanxinwen/2022/0517/88511.html",
    publisher: "广西壮族自治区财政厅（中华工商时报报道，青年创投网转载）",
    date: "2022-05-17",
    changes:
      "The report gives the standard (自治区财政给予最高不超过10%的设备投资补助，补助资金最高可达1000万元), the count (102项) and the eight " +
      "industries (高端装备, 新一代信息技术, 新材料, 生物医药, 绿色食品, 高端绿色家居, 轻工纺织, 绿色化工), not the list. The list's layout " +
      "(序号 | 设区市 | 项目单位 | 统一社会信用代码 | 项目名称 | 所属产业 | 设备投资 | 补助资金, 单位：万元, 合计) and every row are ours. " +
      "Planted: 百色右江铝材 1,200 where 10% × 15,600 = 1,560 but the maximum is 1000万元; 玉林玉柴配件 396 where 10% × 3,600 = 360; " +
      "柳州龙城汽车零部件's project listed a second time (row 15).",
  },
  classes: ["register", "rate-with-cap", "cap-binds-before-rate", "base-column", "project-name-column", "field-column", "credit-codes", "cities-as-places", "province-wide-fund", "item-in-title", "wanyuan-caption", "report-as-prose", "guangxi"],
  settings: { district: "广西壮族自治区", asOf: "2022-05-31" },
  sheets: [
    {
      name: "项目表",
      widths: [6, 10, 28, 22, 34, 14, 12, 12],
      rows: [
        ["2022年自治区“千企技改”工程项目补助资金安排表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "设区市", "项目单位", "统一社会信用代码", "项目名称", "所属产业", "设备投资", "补助资金"],
        [1, "柳州市", "柳州龙城汽车零部件有限公司", "91450200MAC2763JDD", "新能源汽车底盘智能生产线技术改造项目", "高端装备", 6800, 680],
        [2, "南宁市", "南宁邕江电子信息有限公司", "91450100MA6F8G5UP8", "智能终端SMT产线升级改造项目", "新一代信息技术", 4250, 425],
        [3, "桂林市", "桂林漓水生物制药有限公司", "91450300MA8C72AW63", "中药提取车间智能化改造项目", "生物医药", 2980, 298],
        [4, "百色市", "百色右江铝材科技有限公司", "91451000MA92A4UFQW", "铝精深加工挤压线技术改造项目", "新材料", 15600, 1200],
        [5, "梧州市", "梧州鸳江食品有限公司", "91450400MA7GFQ43HF", "六堡茶精制生产线改造项目", "绿色食品", 1420, 142],
        [6, "玉林市", "玉林玉柴配件制造有限公司", "91450900MA37PDGCCM", "铸造车间绿色化改造项目", "高端装备", 3600, 396],
        [7, "北海市", "北海银滩电子科技有限公司", "91450500MA4C7BYKRQ", "显示模组自动化产线项目", "新一代信息技术", 5130, 513],
        [8, "贵港市", "贵港荷城家居有限公司", "91450800MAH69GWDTE", "定制家居柔性生产线改造项目", "高端绿色家居", 2240, 224],
        [9, "钦州市", "钦州港湾化工有限公司", "91450700MAU1TX7JHX", "精细化工装置节能改造项目", "绿色化工", 11800, 1000],
        [10, "来宾市", "来宾红水河纺织有限公司", "91451300MAKJQTJH9F", "纺纱设备智能化升级项目", "轻工纺织", 1860, 186],
        [11, "崇左市", "崇左左江糖业有限公司", "91451400MAQPF3DHRR", "制糖生产线自动化改造项目", "绿色食品", 2750, 275],
        [12, "柳州市", "柳州龙城汽车零部件有限公司", "91450200MAC2763JDD", "新能源汽车底盘智能生产线技术改造项目", "高端装备", 6800, 680],
        ["合计", null, null, null, null, null, 65230, 6019],
      ],
      merges: ["A1:H1", "A16:F16"],
      numberFormats: { "G4:H16": "#,##0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "千企技改工程项目补助",
        capType: "rate",
        rate: 0.1,
        base: "设备投资",
        capAmount: 1000,
        unit: "万元",
        year: 2022,
        document: "自治区“千企技改”工程：最高不超过10%的设备投资补助，补助资金最高1000万元",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "项目表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "category", G: "base", H: "approved" },
        year: 2022,
        item: "千企技改工程项目补助",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H7", why: "10% × 15,600 = 1,560, so the 1000万元 maximum binds; 1,200 given, 200万元 over" },
      { rule: "cap.rate-exceeded", cell: "H9", why: "10% × 3,600 = 360 allowed (below 1000); 396 given, 36万元 over" },
      { rule: "register.duplicate", cell: "H15", why: "柳州龙城汽车零部件 (91450200MAC2763JDD) again for the same item and year, same project and amount; first at row 4" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H12", why: "10% × 11,800 = 1,180, the maximum binds and exactly 1,000 is given" },
      { rule: "cap.rate-exceeded", cell: "H4", why: "10% × 6,800 = 680" },
      { rule: "cap.rate-exceeded", cell: "H5", why: "10% × 4,250 = 425" },
      { rule: "cap.rate-exceeded", cell: "H14", why: "10% × 2,750 = 275" },
      { rule: "cap.exceeded", cell: "H16", why: "合计 6,019 is no award" },
      { rule: "register.ineligible-location", why: "the twelve places are cities of 广西" },
      { rule: "cap.unknown-policy", why: "the item is the title's 千企技改工程 项目补助, in the catalog" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "input.unreadable-value", why: "所属产业 is text describing the row" },
    ],
  },
};
