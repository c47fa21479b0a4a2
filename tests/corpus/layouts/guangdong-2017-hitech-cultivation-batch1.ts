import type { CorpusLayout } from "../types";

// 广东省科技厅 / 财政厅 2017: 4,022 firms proposed for the province's 2017 高新技术企业培育库 (first batch) with the award each gets,
// the amounts checked by each city's cultivation body (粤科函高字〔2016〕1737号). Laid out as the annex the notice names: by 地市, firm,
// code, technical field, 奖补金额（万元）.
export const layout: CorpusLayout = {
  id: "guangdong-2017-hitech-cultivation-batch1",
  source: {
    title: "关于2017年广东省高新技术企业培育库拟入库企业（第一批）及奖补金额的公示（附件：2017年广东省高新技术企业培育库拟入库企业（第一批）及奖补项目计划明细表）",
    url: "http://003344.cn/news_content-653258.html",
    publisher: "广东省科学技术厅、广东省财政厅",
    date: "2017",
    changes:
      "As published: the rules (粤科函高字〔2016〕1737号), the steps (企业申报、专家评审、各地市培育机构核对奖补金额), the size (奥戈恩（广州）泵业有限公司等" +
      "4022家), the 5-day 公示 and the annex title. The stored copy is the notice, not its annex: the columns, firms, codes, fields and amounts are " +
      "ours, twelve rows standing for the list; the cap (at most 100万元 a firm) was chosen for the corpus. Planted: 惠州 惠能 given 120; a firm " +
      "of 梧州市 (广西) on the province's list; 佛山 顺联 listed twice.",
  },
  classes: ["register", "max-cap", "item-in-title", "batch-in-title", "province-wide-fund", "cities-as-places", "place-column-first", "credit-codes", "field-column", "wanyuan-in-header", "total-at-foot", "guangdong"],
  settings: { asOf: "2017-12-31", district: "广东省" },
  sheets: [
    {
      name: "明细表",
      widths: [6, 10, 30, 22, 18, 16],
      rows: [
        ["附件", null, null, null, null, null],
        ["2017年广东省高新技术企业培育库拟入库企业（第一批）及奖补项目计划明细表", null, null, null, null, null],
        ["序号", "地市", "企业名称", "统一社会信用代码", "技术领域", "奖补金额（万元）"],
        [1, "广州市", "广州穗研仪器科技有限公司", "91440101MA59K7TQ37", "电子信息", 40],
        [2, "深圳市", "深圳市鹏芯微电子有限公司", "91440300MA5ET2N81L", "电子信息", 60],
        [3, "佛山市", "佛山市顺联智能装备有限公司", "91440606MA4X8L3D5P", "先进制造与自动化", 50],
        [4, "东莞市", "东莞市松科新材料有限公司", "91441900MA51C6R7XM", "新材料", 45],
        [5, "中山市", "中山市翠亨生物科技有限公司", "91442000MA4WJ2K90T", "生物与新医药", 30],
        [6, "珠海市", "珠海市横琴海工科技有限公司", "91440400MA4UR6F52J", "高技术服务", 25],
        [7, "惠州市", "惠州市惠能新能源科技有限公司", "91441300MA4W7Q1H8J", "新能源与节能", 120],
        [8, "江门市", "江门市蓬江照明电器有限公司", "91440700MA52D8T3KA", "先进制造与自动化", 35],
        [9, "汕头市", "汕头市潮南纺织科技有限公司", "91440500MA4X3P6Y0X", "新材料", 20],
        [10, "肇庆市", "肇庆市鼎湖环保科技有限公司", "91441200MA4WB5R1N6", "资源与环境", 30],
        [11, "梧州市", "梧州市桂东陶瓷有限公司", "91450400MA5K3C7T2H", "新材料", 25],
        [12, "佛山市", "佛山市顺联智能装备有限公司", "91440606MA4X8L3D5P", "先进制造与自动化", 50],
        ["合计", null, null, null, null, 530],
      ],
      merges: ["A2:F2", "A16:E16"],
      numberFormats: { "F4:F16": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "高新技术企业培育库入库企业奖补",
        capType: "max",
        capAmount: 100,
        unit: "万元",
        year: 2017,
        document: "粤科函高字〔2016〕1737号（cap chosen for the corpus: at most 100万元 a firm）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "明细表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", F: "approved" },
        year: 2017,
        item: "高新技术企业培育库入库企业奖补",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F10", why: "惠能 120.00 against a maximum of 100万元: 20.00万元 (200,000元) over" },
      { rule: "register.ineligible-location", cell: "B14", why: "梧州市 is a city of 广西, not of 广东省, whose list this is" },
      { rule: "register.duplicate", cell: "F15", why: "佛山市顺联智能装备有限公司 (91440606MA4X8L3D5P) has the same award in the same year at row 6" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F16", why: "合计 530.00 is no award" },
      { rule: "cap.exceeded", cell: "F5", why: "60.00, within 100" },
      { rule: "register.ineligible-location", cell: "B4", why: "广州市 and the other nine cities of rows 4–13 and 15 are 广东's own" },
      { rule: "register.location-code-mismatch", why: "each code's 3–8 characters name the city its row gives (梧州's 450400 agrees with 梧州: its finding is the place)" },
      { rule: "register.invalid-credit-code", why: "every code is well formed with a correct check character" },
      { rule: "cap.unknown-policy", why: "the item is the title's (split by 拟 and the batch), and in the catalog; 技术领域 is a field, not an item" },
      { rule: "input.unreadable-value", why: "技术领域 is text by nature" },
    ],
  },
};
