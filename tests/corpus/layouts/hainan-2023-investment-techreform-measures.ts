import type { CorpusLayout } from "../types";

// 海南省工业和信息化厅 2024-03: 2023年度 工业企业扩大投资和技改提质奖补 — rates of a base with a maximum (5% of fixed-asset
// investment up to 2000万元, 10% of equipment up to 1000万元, 50% of the leasing fee up to 1000万元, 30% up to 500万元), a
// subsidised interest at 50% of LPR, two fixed awards, and a per-firm ceiling (2000万元, 3000万元 above 10亿元) in the text after
// them; the province's proposed awards on a second sheet.
export const layout: CorpusLayout = {
  id: "hainan-2023-investment-techreform-measures",
  source: {
    title: "我省组织申报2023年度海南省工业企业扩大投资和技改提质奖补资金（海南日报 2024-03-10 第005版）",
    url: "http://news.hndaily.cn/html/2024-03/10/content_58468_17131317.htm",
    publisher: "海南省工业和信息化厅（海南日报报道）",
    date: "2024-03-10",
    changes:
      "The standards are as the report gives them (5%…最高2000万元; LPR 50%贴息…最高2000万元; 设备投资额的10%…最高不超过1000万元; 融资租赁费50%…最高1000万元; " +
      "30%…最高500万元; 200万元; 100万元; 每家企业当年奖补合计不超过2000万元 / 超10亿元（含）…3000万元), one row per award with row names of " +
      "ours taken from the wording, laid out as 序号 | 奖补项目 | 奖补标准 with the per-firm ceiling as a note under the table. The award list " +
      "on the second sheet is ours (firms, 市县, codes, bases, amounts). Planted: 洋浦港湾石化设备 850 for 技改设备补贴 where 10% × 8,000 = 800; " +
      "三亚崖州湾生物医药 560 for 成果转化奖励 where 30% × 2,000 = 600 but the maximum is 500; 三亚天涯电子 150 for a fixed 100.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "conditions-not-caps", "fixed-cap", "per-firm-ceiling-in-note", "item-per-row", "one-firm-two-items", "base-column", "credit-codes", "counties-as-places", "province-wide-fund", "wanyuan-caption", "notes-under-table", "hainan"],
  settings: { district: "海南省", asOf: "2024-04-30" },
  sheets: [
    {
      name: "奖补标准",
      widths: [6, 24, 96],
      rows: [
        ["2023年度海南省工业企业扩大投资和技改提质奖补标准", null, null],
        ["序号", "奖补项目", "奖补标准"],
        [1, "扩大投资奖励", "对先进制造业、油气开采（指纳入《海南省高新技术产业统计分类目录（试行）》的制造业、石油和天然气开采业）项目2023年度固定资产投资2000万元及以上的企业，按照其年度固定资产投资额的5%给予最高2000万元奖励。"],
        [2, "贷款贴息", "对项目年度实际完成投资使用银行贷款，按照贷款市场报价利率（LPR）50%贴息，给予最高2000万元补贴。"],
        [3, "技改设备补贴", "对符合智能化升级、集群化发展、服务化延伸、绿色化转型、安全化管控等支持方向，2023年技术升级改造投资1000万元以上的企业，按照设备投资额的10%给予最高不超过1000万元补贴。"],
        [4, "融资租赁技改补贴", "对企业通过融资租赁引进设备进行技术改造的，按照2023年融资租赁费50%给予最高1000万元技改补贴。"],
        [5, "成果转化奖励", "对入选工业强基工程等国家高精尖端制造强国计划并成功实施成果转化的实体项目，按照项目固定资产投资额的30%给予最高500万元奖励。"],
        [6, "国家试点示范奖励", "对获得国家工业互联网试点示范，国家智能制造、服务型制造、绿色工厂等试点示范的企业，给予200万元奖励。"],
        [7, "省工业互联网应用优秀案例奖励", "对获评省工业互联网应用优秀案例的企业，给予100万元奖励。"],
        ["注：每家企业当年奖补合计不超过2000万元；项目年度固定资产投资超10亿元（含）的，每家企业当年奖补合计不超过3000万元。奖补采取事后奖补方式。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
    },
    {
      name: "拟奖补名单",
      widths: [6, 10, 30, 22, 22, 12, 12],
      rows: [
        ["2023年度海南省工业企业扩大投资和技改提质奖补资金拟奖补企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "市县", "企业名称", "统一社会信用代码", "奖补项目", "计算基数", "拟奖补金额"],
        [1, "海口市", "海口椰城智能装备有限公司", "91460100MAPE2QUGP0", "扩大投资奖励", 31600, 1580],
        [2, "澄迈县", "海南老城新材料科技有限公司", "91469027MABCG03W1X", "扩大投资奖励", 52000, 2000],
        [3, "儋州市", "洋浦港湾石化设备有限公司", "91460400MAABXJ4DJP", "技改设备补贴", 8000, 850],
        [4, "三亚市", "三亚崖州湾生物医药有限公司", "91460200MAPKXMPDJ4", "成果转化奖励", 2000, 560],
        [5, "海口市", "海南药谷制药有限公司", "91460100MABCP7BCXU", "国家试点示范奖励", null, 200],
        [6, "澄迈县", "海南金马智造科技有限公司", "91469027MAX5QLB080", "省工业互联网应用优秀案例奖励", null, 100],
        [7, "海口市", "海口云龙包装材料有限公司", "91460100MAAC93TC2X", "融资租赁技改补贴", 640, 320],
        [8, "儋州市", "儋州木棠食品有限公司", "91460400MAX3KLADDC", "技改设备补贴", 3450, 345],
        [9, "海口市", "海口椰城智能装备有限公司", "91460100MAPE2QUGP0", "技改设备补贴", 4200, 420],
        [10, "三亚市", "三亚天涯电子科技有限公司", "91460200MA56AQ08A5", "省工业互联网应用优秀案例奖励", null, 150],
        ["合计", null, null, null, null, null, 6525],
      ],
      merges: ["A1:G1", "A14:F14"],
      numberFormats: { "F4:G14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖补标准", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G6", why: "技改设备补贴: 10% × 8,000.00 = 800.00 allowed (below the 1000 maximum); 850.00 given, 50.00万元 over" },
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "G7", why: "成果转化奖励: 30% × 2,000.00 = 600.00, but the maximum 500万元 binds first; 560.00 given, 60.00万元 over" },
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "G13", why: "省工业互联网应用优秀案例奖励 is a fixed 100万元; 150.00 given, 50.00万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "G5", why: "5% × 52,000 = 2,600, the maximum 2,000 binds and 2,000.00 is given" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G4", why: "5% × 31,600 = 1,580.00, given 1,580.00" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G10", why: "50% × 640 = 320.00, given 320.00" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G11", why: "10% × 3,450 = 345.00" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G12", why: "10% × 4,200 = 420.00" },
      { rule: "register.duplicate", sheet: "拟奖补名单", why: "海口椰城智能装备 twice, for two different 奖补项目 (1,580 + 420 = 2,000, within the per-firm 2000万元)" },
      { rule: "catalog.unreadable-standard", sheet: "奖补标准", cell: "C3", why: "5% with a maximum of 2000万元; 2000万元及以上 is a condition of the award" },
      { rule: "catalog.unreadable-standard", sheet: "奖补标准", cell: "C5", why: "10% with a maximum of 1000万元; 投资1000万元以上 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "奖补标准", cell: "C8", why: "a fixed 200万元" },
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "G14", why: "合计 6,525.00 is no award" },
      { rule: "register.ineligible-location", sheet: "拟奖补名单", why: "海口、三亚、儋州、澄迈 are cities and counties of 海南省" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", sheet: "拟奖补名单", why: "every 奖补项目 is a row of the standards table" },
    ],
  },
};
