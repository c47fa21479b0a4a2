import type { CorpusLayout } from "../types";

// 河南省人民政府 豫政〔2023〕33号 支持重点产业链高端化智能化绿色化全链式改造提升若干政策措施, 一、支持提质增效 (一)–(三): post-hoc
// grants of "a certain share" of equipment and software invested, at most 1000万元 (头雁 firms 2000万元, in brackets), 500万元 for
// 机器换人 and for 专精特新“小巨人” firms, each closing with its responsible offices. The year's grants by 省辖市 on a second sheet.
export const layout: CorpusLayout = {
  id: "henan-2023-industrial-chain-upgrade-measures",
  source: {
    title: "河南省人民政府关于印发支持重点产业链高端化智能化绿色化全链式改造提升若干政策措施的通知（豫政〔2023〕33号）— 一、支持提质增效（一）—（三）",
    url: "http://henan.kjzch.com/anyang/2023-10-13/837141.html",
    publisher: "河南省人民政府（转载）",
    date: "2023-09-10",
    changes:
      "Clauses (一)–(三) are as published, each with its （责任单位：…） close, laid out as a table (条款 | 政策措施 | 支持标准); the 政策措施 names " +
      "are the clauses' own headings. The second sheet is ours: the list's title and columns, firms, codes, cities, investments and " +
      "grants. Planted: 洛阳 伊滨智能装备's 机器换人 grant 560.00 above the 500万元 maximum; 郑州 中原数控's 技改 grant listed twice.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "max-cap", "unstated-share-with-maximum", "second-level-amount-in-brackets", "responsible-offices-in-brackets", "clause-number-column", "support-word-category-header", "base-column", "remark-column", "credit-codes", "cities-as-places", "province-wide-list", "project-name-column", "wanyuan-in-header", "total-at-foot", "province-government", "henan"],
  settings: { district: "河南省", asOf: "2024-06-30" },
  sheets: [
    {
      name: "政策措施",
      widths: [8, 26, 100],
      rows: [
        ["支持重点产业链高端化智能化绿色化全链式改造提升若干政策措施（一、支持提质增效）", null, null],
        ["条款", "政策措施", "支持标准"],
        ["（一）", "支持企业技术改造", "聚焦重点产业链高端化、智能化、绿色化全链式改造提升，鼓励企业运用新技术、新装备、新工艺、新材料进行技术改造。对技术改造示范项目的设备、软件实际投资给予一定比例后补助，最高不超过1000万元（“头雁”企业不超过2000万元）。（责任单位：省工业和信息化厅、财政厅）"],
        ["（二）", "支持“机器换人”示范项目实施", "鼓励在重点产业链行业开展工业母机和机器人示范应用，对整机购置实际投资给予一定比例后补助，最高不超过500万元。（责任单位：省工业和信息化厅、财政厅）"],
        ["（三）", "引导中小企业“专精特新”发展", "鼓励重点产业链国家级专精特新“小巨人”企业加强技术改造，在“小巨人”称号有效期内，对企业设备、软件实际投资给予一定比例后补助，最高不超过500万元。（责任单位：省工业和信息化厅、财政厅）"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟支持名单",
      widths: [6, 10, 30, 22, 32, 28, 18, 16, 12],
      rows: [
        ["河南省2024年度重点产业链全链式改造提升项目省级后补助资金拟支持名单", null, null, null, null, null, null, null, null],
        ["序号", "省辖市", "企业名称", "统一社会信用代码", "项目名称", "奖补类别", "设备、软件实际投资（万元）", "拟补助金额（万元）", "备注"],
        [1, "郑州市", "郑州中原数控装备有限公司", "91410100MA44P2K7RY", "高端数控机床智能化改造项目", "支持企业技术改造", 9800, 880, null],
        [2, "洛阳市", "洛阳伊滨智能装备有限公司", "91410300MA45Q8L1TH", "轴承生产线工业机器人示范应用", "支持“机器换人”示范项目实施", 3200, 560, null],
        [3, "开封市", "开封汴西阀门有限公司", "91410200MA46R3M6WK", "智能阀门数字化车间改造", "引导中小企业“专精特新”发展", 2600, 390, "国家级专精特新“小巨人”"],
        [4, "安阳市", "安阳钢城新材料集团有限公司", "91410500MA47T9N2XD", "特钢全流程绿色化改造项目", "支持企业技术改造", 21000, 1800, "“头雁”企业"],
        [5, "鹤壁市", "鹤壁淇滨电子有限公司", "91410600MA48U4P8YP", "线束装配机器人示范应用", "支持“机器换人”示范项目实施", 1800, 270, null],
        [6, "濮阳市", "濮阳龙都化工科技有限公司", "91410900MA9B5Q3A0P", "精细化工智能工厂改造", "引导中小企业“专精特新”发展", 4100, 500, "国家级专精特新“小巨人”"],
        [7, "许昌市", "许昌魏都电力设备有限公司", "91411000MA9C1R7B4L", "输变电装备智能化改造项目", "支持企业技术改造", 6500, 585, null],
        [8, "南阳市", "南阳卧龙光电有限公司", "91411300MA9D6T2C8M", "光学元件加工机器人示范应用", "支持“机器换人”示范项目实施", 2400, 360, null],
        [9, "郑州市", "郑州中原数控装备有限公司", "91410100MA44P2K7RY", "高端数控机床智能化改造项目", "支持企业技术改造", 9800, 880, null],
        [10, "焦作市", "焦作山阳铝材有限公司", "91410800MA9E2U5D3G", "铝型材生产线数字化改造", "引导中小企业“专精特新”发展", 2000, 300, "国家级专精特新“小巨人”"],
        [11, "驻马店市", "驻马店天中食品机械有限公司", "91411700MA9F7W9E1R", "食品机械绿色化改造项目", "支持企业技术改造", 3000, 270, null],
        ["合计", null, null, null, null, null, 66200, 6795, null],
      ],
      merges: ["A1:I1", "A14:F14"],
      numberFormats: { "G3:H14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 5, columns: { B: "item", C: "standard" } },
      {
        sheet: "拟支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "item", G: "base", H: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "H4", why: "支持“机器换人”示范项目实施: at most 500万元; 560.00 listed, 60.00万元 over" },
      { rule: "register.duplicate", sheet: "拟支持名单", cell: "H11", why: "郑州中原数控 (91410100MA44P2K7RY) already has 支持企业技术改造 for 2024 on row 3" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C3", why: "一定比例 states no share, but the maximum is read: 1000万元, 2000万元 for “头雁” firms" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C4", why: "a maximum of 500万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C5", why: "a maximum of 500万元" },
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "H6", why: "安阳钢城 is a “头雁” firm: 1,800.00 is within its 2,000万元 (and within the clause's largest cap)" },
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "H8", why: "专精特新: 500.00 is the maximum, not above it" },
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "H14", why: "合计 6,795.00 is the list's total, no grant" },
      { rule: "cap.rate-exceeded", why: "the clauses give no share (一定比例), only maxima" },
      { rule: "cap.unknown-policy", sheet: "拟支持名单", why: "every 奖补类别 is a clause of the first sheet; 项目名称 is the firm's project" },
      { rule: "register.ineligible-location", sheet: "拟支持名单", why: "a province-wide list: 郑州、洛阳、开封、安阳、鹤壁、濮阳、许昌、南阳、焦作、驻马店 are all 河南 cities" },
      { rule: "register.unpaid", why: "as of 2024-06-30 the year's deadline has not passed" },
      { rule: "input.unreadable-value", why: "备注 (“头雁”企业, 国家级专精特新“小巨人”) is text describing the row" },
    ],
  },
};
