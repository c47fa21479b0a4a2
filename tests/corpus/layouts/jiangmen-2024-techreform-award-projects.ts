import type { CorpusLayout } from "../types";

// 江门市工业和信息化局 2024: 33 projects awarded 2,892.55万元 under the city's 支持先进制造业企业技术改造 fund (不超过核定设备购置额的10%,
// 单个项目最高300万元); reported in prose by 江门日报 with the count per county. Built as the plan table: county, firm, code, project,
// its trade, the approved equipment spend and the award, 合计 at the foot, the rule restated in a note.
export const layout: CorpusLayout = {
  id: "jiangmen-2024-techreform-award-projects",
  source: {
    title: "2024年江门市支持先进制造业企业技术改造资金奖励项目计划（33个项目 奖励资金合计2892.55万元）（项目计划表据报道拟，摘录）",
    url: "https://456150.com.cn/ztbd/jjgzlfz/xcbd/content/post_3025108.html",
    publisher: "江门市工业和信息化局（江门日报报道）",
    date: "2024",
    changes:
      "The report is prose: 33 projects, 2,892.55万元, trades 造纸、新材料、家电、摩托车, and the count by county (蓬江区8个、新会区7个、高新区（江海区）9个、" +
      "台山市1个、鹤山市4个、恩平市4个). The table is ours, ten projects excerpted (firms, codes with 江门 district codes, projects, equipment spend " +
      "and awards invented); the standard (按不超过核定的设备购置额的10%予以事后奖补，单个项目最高奖励300万元) is the one the city's 2023 入库 notice states " +
      "(江工信技改〔2021〕14号), put in the layout's catalog. Planted: 粤能新材料 192.50 where 10% of 1,860.00 is 186.00; 鑫泰新材料 320.00 above the " +
      "300.00 maximum; 广海特种纸业's code with a wrong check character.",
  },
  classes: [
    "register", "rate-cap", "rate-and-maximum", "base-column", "credit-codes", "county-column", "trade-category", "project-column",
    "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "excerpt", "table-from-prose", "news-report",
    "city-fund", "guangdong",
  ],
  settings: { district: "江门市" },
  catalog: {
    items: [
      {
        name: "支持先进制造业企业技术改造资金奖励",
        capType: "rate",
        rate: 0.1,
        capAmount: 300,
        unit: "万元",
        base: "核定设备购置额",
        year: 2024,
        document: "江工信技改〔2021〕14号",
      },
    ],
  },
  sheets: [
    {
      name: "项目计划表",
      widths: [6, 14, 34, 22, 34, 10, 16, 14],
      rows: [
        ["2024年江门市支持先进制造业企业技术改造资金奖励项目计划表（摘录）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "项目名称", "所属产业", "核定设备购置额", "奖励金额"],
        [1, "蓬江区", "江门市蓬江区华骏纸业有限公司", "91440703T09RPBUQCN", "高档生活用纸生产线智能化改造", "造纸", 1420, 142],
        [2, "蓬江区", "江门市蓬江区恒立家电科技有限公司", "91440703TQG6E600T2", "家电智能装配线技术改造", "家电", 1234.56, 123.46],
        [3, "新会区", "江门市新会区粤能新材料有限公司", "91440705RPE6YFW1PQ", "高性能改性塑料扩产技术改造", "新材料", 1860, 192.5],
        [4, "新会区", "江门市新会区银洲湖纸业有限公司", "914407055QWEAYDJ33", "纸机节能降耗技术改造", "造纸", 3150, 300],
        [5, "高新区（江海区）", "江门市江海区骏驰摩托车部件有限公司", "91440704FCFHUX4RN0", "摩托车发动机缸体精密加工技术改造", "摩托车", 2080, 208],
        [6, "高新区（江海区）", "江门市江海区鑫泰新材料科技有限公司", "91440704WD8CFD12RD", "锂电隔膜涂覆生产线技术改造", "新材料", 3420, 320],
        [7, "高新区（江海区）", "江门市江海区美居电器有限公司", "91440704T51EFK52MM", "小家电柔性生产线技术改造", "家电", 960, 96],
        [8, "台山市", "台山市广海特种纸业有限公司", "91440781CXQ2LUD6U0", "特种纸涂布生产线技术改造", "造纸", 1150, 115],
        [9, "鹤山市", "鹤山市雅图家电有限公司", "91440784KBDF0Q0BNB", "厨房电器自动化生产线技术改造", "家电", 740, 74],
        [10, "恩平市", "恩平市锦华摩托车零部件有限公司", "91440785N3BN7MGN9F", "摩托车轮毂压铸线技术改造", "摩托车", 1300, 130],
        ["合计", null, null, null, null, null, 17314.56, 1700.96],
        ["注：奖励金额按不超过核定设备购置额的10%核定，单个项目最高奖励300万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A14:F14", "A15:H15"],
      numberFormats: { "G4:H14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "category", G: "base", H: "approved" },
        year: 2024,
        item: "支持先进制造业企业技术改造资金奖励",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "H6", why: "粤能新材料: 10% × 1,860.00 = 186.00 (below the 300 maximum, so the rate binds); 192.50 awarded, 6.50万元 over" },
      { rule: "cap.exceeded", cell: "H9", why: "鑫泰新材料: 10% × 3,420.00 = 342.00, so the 300.00 maximum binds; 320.00 awarded, 20.00万元 over" },
      { rule: "register.invalid-credit-code", cell: "D11", why: "91440781CXQ2LUD6U0: the check character for 91440781CXQ2LUD6U is W, not 0" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "H5", why: "恒立家电: 10% × 1,234.56 = 123.456, shown 123.46 — within the 0.005万元 rounding" },
      { rule: "cap.exceeded", cell: "H7", why: "银洲湖纸业: 10% × 3,150.00 = 315.00 is capped at 300.00, and 300.00 is what is awarded" },
      { rule: "cap.exceeded", cell: "G9", why: "核定设备购置额 is the base the rate is of, not an award" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item (支持先进制造业企业技术改造资金奖励); 项目名称 names each firm's own project" },
      { rule: "register.ineligible-location", cell: "B8", why: "高新区（江海区）, 蓬江区, 新会区, 台山市, 鹤山市 and 恩平市 all lie in 江门市" },
      { rule: "register.duplicate", why: "no firm appears twice; 所属产业 (造纸, 家电 …) repeats as a category, not as a firm" },
      { rule: "composition.total-mismatch", cell: "H14", why: "the ten awards add up to 1,700.96" },
      { rule: "composition.total-mismatch", cell: "G14", why: "the ten equipment sums add up to 17,314.56" },
      { rule: "register.location-code-mismatch", why: "every valid code carries a 江门 district code (440703 蓬江, 440704 江海, 440705 新会, 440784 鹤山, 440785 恩平)" },
      { rule: "register.unpaid", why: "a plan of awards records no payments" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
