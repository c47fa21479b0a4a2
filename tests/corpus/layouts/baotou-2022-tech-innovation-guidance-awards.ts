import type { CorpusLayout } from "../types";

// 包头市财政局 (内蒙古) 2023: the 自治区 科技创新引导奖励资金 won for the city's firms — 2,490万元 over 104 projects: 1,590万元 for 81 firms
// first recognised (or recognised again) as 国家高新技术企业, 800万元 for 18 leading firms, 100万元 for 5 firms listed on the 自治区 equity
// exchange or 科创板. The report names no firm; laid out as the list behind it: 序号 | 奖励类别 | 企业名称 | 统一社会信用代码 | 所在地区 | 奖励资金.
export const layout: CorpusLayout = {
  id: "baotou-2022-tech-innovation-guidance-awards",
  source: {
    title: "包头市财政局争取科技创新引导奖励资金2490万元（包头新闻网；名单据正文拟）",
    url: "https://baotounews.com.cn/p/773767.html",
    publisher: "包头市财政局（包头日报融媒体）",
    changes:
      "As published: the three kinds of award and their sums (1590万元 for 81 高企 projects, 800万元 for 18 引领带动 projects, 100万元 for 5 挂牌 " +
      "projects; 2490万元 in all). Ours: the list (the report names no firm), the year 2022 (the report says 去年以来), twelve rows cut from 104, the firms, " +
      "codes, places and amounts. Planted: 包头市鑫磁新材料科技有限公司 listed twice for the 高企 award (rows 1 and 6); 包头同泰稀土功能材料有限公司's " +
      "code with a wrong check character; 内蒙古恒锐铝业新材料有限公司 placed in 呼和浩特市赛罕区, outside 包头市.",
  },
  classes: ["register", "item-column", "award-kind-column", "credit-codes", "districts-and-banners-as-places", "one-firm-two-items", "no-catalog", "city-fund", "wanyuan-caption", "total-at-foot", "table-from-prose", "news-report", "neimenggu"],
  settings: { asOf: "2023-03-31", district: "包头市" },
  sheets: [
    {
      name: "奖励明细",
      widths: [6, 24, 34, 22, 20, 12],
      rows: [
        ["包头市2022年自治区科技创新引导奖励资金支持企业明细表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "奖励类别", "企业名称", "统一社会信用代码", "所在地区", "奖励资金"],
        [1, "高新技术企业研发经费奖励", "包头市鑫磁新材料科技有限公司", "91150200MA4JURQ28C", "稀土高新区", 20],
        [2, "高新技术企业研发经费奖励", "包头瑞辰精密机械有限公司", "91150200MA3FQEFLCK", "昆都仑区", 20],
        [3, "高新技术企业研发经费奖励", "包头市北辰乳品科技有限公司", "91150200MAR63F0WTP", "九原区", 10],
        [4, "高新技术企业研发经费奖励", "包头蒙晟环保科技有限公司", "91150200MACDKQQ0N5", "青山区", 20],
        [5, "高新技术企业研发经费奖励", "内蒙古恒锐铝业新材料有限公司", "91150105MAK8PBRNYW", "呼和浩特市赛罕区", 20],
        [6, "高新技术企业研发经费奖励", "包头市鑫磁新材料科技有限公司", "91150200MA4JURQ28C", "稀土高新区", 20],
        [7, "高新技术企业研发经费奖励", "包头同泰稀土功能材料有限公司", "91150200MAE8PR7JYN", "稀土高新区", 20],
        [8, "引领带动示范项目支持", "包头市鑫磁新材料科技有限公司", "91150200MA4JURQ28C", "稀土高新区", 50],
        [9, "引领带动示范项目支持", "包头九原绿能装备有限公司", "91150200MA3WA000LJ", "九原区", 45],
        [10, "引领带动示范项目支持", "包头金山农牧科技有限公司", "91150200MAH0YWCM6L", "固阳县", 40],
        [11, "挂牌企业一次性奖补", "包头达茂草原生物科技有限公司", "91150200MADP0G7QEP", "达尔罕茂明安联合旗", 20],
        [12, "挂牌企业一次性奖补", "包头东河智造科技有限公司", "91150200MAYFH7B7MR", "东河区", 20],
        ["合计", null, null, null, null, 305],
        ["注：高新技术企业研发经费奖励含首次认定及复审重新认定企业；挂牌企业指在自治区股权交易市场、科创板挂牌的科技型企业。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A16:E16", "A17:F17"],
      numberFormats: { "F4:F16": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "item", C: "enterprise", D: "creditCode", E: "place", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "F9", why: "包头市鑫磁新材料科技有限公司 (91150200MA4JURQ28C) again for 高新技术企业研发经费奖励 in 2022; first at row 4" },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91150200MAE8PR7JYN: the GB 32100 check character of 91150200MAE8PR7JY is M, not N" },
      { rule: "register.ineligible-location", cell: "E8", why: "呼和浩特市赛罕区 lies outside 包头市" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "F11", why: "the same firm under another award (引领带动示范项目支持) is no duplicate" },
      { rule: "register.ineligible-location", cell: "E13", why: "固阳县 is a county of 包头市" },
      { rule: "register.ineligible-location", cell: "E14", why: "达尔罕茂明安联合旗 is a banner of 包头市" },
      { rule: "register.ineligible-location", cell: "E4", why: "稀土高新区 is 包头's development zone" },
      { rule: "register.location-code-mismatch", why: "the in-city codes are issued by 包头市 (150200); 赛罕区's 150105 agrees with the place its row gives" },
      { rule: "cap.exceeded", cell: "F16", why: "合计 305 is no award" },
      { rule: "register.unpaid", why: "a list of awards won, with no payment columns" },
    ],
  },
};
