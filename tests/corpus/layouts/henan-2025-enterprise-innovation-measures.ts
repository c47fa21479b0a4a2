import type { CorpusLayout } from "../types";

// 河南省人民政府 2025-08-04: 河南省支持企业科技创新若干政策措施 (20条), 一、聚焦关键共性技术 clauses 1–2: “揭榜挂帅” projects supported
// with 原则上不低于1000万元 (a floor, no cap), and firms that carry national research projects rewarded with 3%—5% of the national money,
// at most 60万元 a project and 500万元 a firm a year, each clause closing with its responsible offices. The year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "henan-2025-enterprise-innovation-measures",
  source: {
    title: "河南省人民政府关于印发河南省支持企业科技创新若干政策措施的通知 — 一、聚焦关键共性技术，支持企业开展研发攻关（第1—2条）",
    url: "https://www.ctmanga.com/a/20tiao-ju-cuo-he-nan-zhen-jin-bai-yin-zhi-chi-qi-ye-chuang-xin.html",
    publisher: "河南省人民政府（转载）",
    date: "2025-08-04",
    changes:
      "Clauses 1 and 2 are as published, with their （…按职责分工负责） closes, laid out as a table (条款 | 政策措施 | 支持标准); the 政策措施 " +
      "names are the clauses' own lead sentences. The second sheet is ours: its title, columns (序号 | 省辖市 | 企业名称 | 统一社会信用代码 | " +
      "承担国家科研项目名称 | 奖补类别 | 国家拨付经费（万元） | 拟奖补金额（万元）), firms, valid invented codes, cities, funding and awards. " +
      "Planted: 新乡 牧野电池's 48.00 is 6% of its 800万元 national money, above the 5% top of the range; 许昌 魏都输变电's 75.00 is above " +
      "the 60万元 a project; 郑州 嵩岳智能's award listed twice.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-range-with-cap", "floor-not-cap", "per-firm-annual-cap", "responsible-offices-in-brackets",
    "clause-number-column", "base-column", "credit-codes", "cities-as-places", "province-wide-list", "project-name-column", "wanyuan-in-header",
    "total-at-foot", "province-government", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "政策措施",
      widths: [8, 30, 110],
      rows: [
        ["河南省支持企业科技创新若干政策措施（一、聚焦关键共性技术，支持企业开展研发攻关）", null, null],
        ["条款", "政策措施", "支持标准"],
        [
          "1",
          "实行重大产业关键技术攻关“揭榜挂帅”",
          "支持创新型企业凝练重大关键技术需求，每年公开发布“揭榜挂帅”项目榜单100项以上，借助国内外优势创新资源，力争突破重点产业链群关键核心技术200项以上，单个项目支持额度原则上不低于1000万元。（省科技厅、发展改革委、工业和信息化厅、财政厅按职责分工负责）",
        ],
        [
          "2",
          "支持企业牵头实施各类科技项目",
          "鼓励企业积极承担国家科研项目，对承担国家重大科研项目的企业，按国家拨付经费的3%—5%进行奖补，单个项目奖补不超过60万元，每家企业年度奖补不超过500万元。（省科技厅、财政厅按职责分工负责）",
        ],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟奖补名单",
      widths: [6, 10, 30, 22, 40, 26, 14, 14],
      rows: [
        ["河南省2025年度承担国家重大科研项目企业奖补资金拟支持名单", null, null, null, null, null, null, null],
        ["序号", "省辖市", "企业名称", "统一社会信用代码", "承担国家科研项目名称", "奖补类别", "国家拨付经费（万元）", "拟奖补金额（万元）"],
        [1, "郑州市", "郑州嵩岳智能装备有限公司", "91410100MA9K3P7D2C", "国家重点研发计划“智能机器人”重点专项课题", "支持企业牵头实施各类科技项目", 1200, 36],
        [2, "洛阳市", "洛阳河洛轴承科技有限公司", "91410300MA9L5Q1E8H", "国家重点研发计划“高性能制造技术”重点专项", "支持企业牵头实施各类科技项目", 2500, 60],
        [3, "新乡市", "新乡牧野电池材料有限公司", "91410700MA9M2R4F6L", "国家重点研发计划“储能与智能电网”重点专项课题", "支持企业牵头实施各类科技项目", 800, 48],
        [4, "南阳市", "南阳宛城光电仪器有限公司", "91411300MA9N8T3G1G", "国家重大科研仪器研制项目（部门推荐）", "支持企业牵头实施各类科技项目", 600, 18],
        [5, "许昌市", "许昌魏都输变电设备有限公司", "91411000MA9P6U2H53", "国家重点研发计划“智能电网技术与装备”重点专项", "支持企业牵头实施各类科技项目", 3000, 75],
        [6, "开封市", "开封汴梁流体控制有限公司", "91410200MA9Q1W8J31", "国家重点研发计划“工业软件”重点专项课题", "支持企业牵头实施各类科技项目", 450, 13.5],
        [7, "郑州市", "郑州中原生物疫苗有限公司", "91410100MA9R4X6K7Y", "国家科技重大专项课题", "支持企业牵头实施各类科技项目", 900, 27],
        [8, "平顶山市", "平顶山鹰城尼龙新材料有限公司", "91410400MA9T7Y5L2B", "国家重点研发计划“先进结构与复合材料”重点专项", "支持企业牵头实施各类科技项目", 1500, 45],
        [9, "郑州市", "郑州嵩岳智能装备有限公司", "91410100MA9K3P7D2C", "国家重点研发计划“智能机器人”重点专项课题", "支持企业牵头实施各类科技项目", 1200, 36],
        [10, "焦作市", "焦作太行新能源装备有限公司", "91410800MA9U3A9M41", "国家重点研发计划“可再生能源技术”重点专项课题", "支持企业牵头实施各类科技项目", 1000, 30],
        ["合计", null, null, null, null, null, 13150, 388.5],
      ],
      merges: ["A1:H1", "A13:F13"],
      numberFormats: { "G3:H13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "item", G: "base", H: "approved" },
        year: 2025,
      },
    ],
    findings: [
      {
        rule: "catalog.unreadable-standard",
        sheet: "政策措施",
        cell: "C3",
        why: "clause 1 gives only a floor (原则上不低于1000万元); 100项以上 and 200项以上 are targets, not caps: no cap can be read",
      },
      {
        rule: "cap.rate-exceeded",
        sheet: "拟奖补名单",
        cell: "H5",
        why: "at most 5% of the national money: 5% × 800.00 = 40.00, below the 60万元 maximum, so the share binds; 48.00 listed (6%), 8.00万元 over",
      },
      {
        rule: "cap.exceeded",
        sheet: "拟奖补名单",
        cell: "H7",
        why: "单个项目奖补不超过60万元: 5% × 3,000.00 = 150.00, so the 60万元 maximum binds; 75.00 listed, 15.00万元 over",
      },
      {
        rule: "register.duplicate",
        sheet: "拟奖补名单",
        cell: "H11",
        why: "郑州嵩岳智能装备 (91410100MA9K3P7D2C) already has 支持企业牵头实施各类科技项目 for the same project in 2025 on row 3",
      },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C4", why: "clause 2 reads: 3%—5% of 国家拨付经费, at most 60万元 a project (and 500万元 a firm a year)" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "H3", why: "36.00 = 3% × 1,200.00, within even the low end of the range; rows 6, 8, 9, 10, 12 likewise at 3% (18.00 / 600, 13.50 / 450, 27.00 / 900, 45.00 / 1,500, 30.00 / 1,000)" },
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "H4", why: "60.00 is the maximum for 洛阳河洛轴承 (3% of 2,500.00 would be 75.00, capped at 60): not above it" },
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "H13", why: "合计 388.50 is the list's total, no award; no firm reaches the 500万元 a year (嵩岳智能 72.00 counted twice at most)" },
      { rule: "cap.unknown-policy", sheet: "拟奖补名单", why: "every 奖补类别 is clause 2 of the first sheet; 承担国家科研项目名称 is the firm's project" },
      { rule: "register.ineligible-location", sheet: "拟奖补名单", why: "a province-wide list: 郑州、洛阳、新乡、南阳、许昌、开封、平顶山、焦作 are all 河南 cities" },
      { rule: "register.invalid-credit-code", sheet: "拟奖补名单", why: "all nine codes are valid" },
      { rule: "register.unpaid", why: "a 拟支持 list records no payments" },
      { rule: "composition.total-mismatch", why: "the register's 合计 (funding 13,150.00, awards 388.50) adds up and is no composition" },
    ],
  },
};
