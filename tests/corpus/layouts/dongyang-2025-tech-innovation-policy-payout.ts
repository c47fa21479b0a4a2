import type { CorpusLayout } from "../types";

// 浙江 东阳市: 关于推动经济高质量发展若干政策（2025年版）, 强化科技创新 — its clauses as a catalog sheet (standards in prose),
// then a 兑现名单 of firms paid under them: 立项补助金额 as the base of the 20% award, 特派员 subsidies fixed or capped.
export const layout: CorpusLayout = {
  id: "dongyang-2025-tech-innovation-policy-payout",
  source: {
    title: "东阳市人民政府关于印发东阳市关于推动经济高质量发展若干政策（2025年版）的通知（政策条款表、兑现名单据文件拟）",
    url: "http://m.lzxfs.cn/subsidy_info/TVRZNU9RPT0=",
    publisher: "东阳市人民政府",
    date: "2025-04-29",
    changes:
      "As published: the clauses of 一、强化科技创新 and their standards word for word — 对新认定的…予以奖励 (no amount), 按国家、省立项补助金额的20%给予奖励, " +
      "省级个人科技特派员项目每年每项补助10万元, 东阳市科技特派员项目每项最高补助8万元 — and the 责任单位. " +
      "Ours: the catalog laid out as a sheet (the 科技特派员 sentence split into its two subsidies, one row each), the 兑现名单 (firms, codes of 东阳 330783, towns, amounts, 合计). " +
      "Planted: a 重大科技专项 award of 66 on a 300 立项补助 (20% = 60); a 东阳市科技特派员项目 paid 9.5 (at most 8); the first clause gives no amount at all.",
  },
  classes: ["catalog", "register", "catalog-sheet", "prose-caps", "rate-cap", "fixed-award", "max-award", "unreadable-standard", "base-column", "credit-codes", "towns-as-places", "two-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "county-policy", "zhejiang"],
  settings: { district: "东阳市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 60, 18],
      rows: [
        ["东阳市关于推动经济高质量发展若干政策（2025年版）——强化科技创新", null, null, null],
        ["序号", "政策条款", "支持标准", "责任单位"],
        [1, "高能级创新平台奖励", "安排专项资金对新认定的国家级、省级重点实验室，国家、省工程技术研究中心，省级新型研发机构，国家、省级科技孵化器，以及通过备案的国家级、省级众创空间等予以奖励。", "市科技局、市经信局"],
        [2, "重大科技专项验收奖励", "鼓励企业开展产业关键技术攻关，承担的国家、省重大科技专项通过验收后，按国家、省立项补助金额的20%给予奖励。", "市科技局"],
        [3, "省级个人科技特派员项目补助", "省级个人科技特派员项目每年每项补助10万元。", "市科技局"],
        [4, "东阳市科技特派员项目补助", "东阳市科技特派员项目每项最高补助8万元。", "市科技局"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 12, 28, 16, 16],
      rows: [
        ["东阳市2025年强化科技创新政策兑现名单", null, null, null, null, null, null],
        ["序号", "企业（单位）名称", "统一社会信用代码", "所在镇街", "政策条款", "立项补助金额（万元）", "兑现金额（万元）"],
        [1, "东阳市歌山磁材科技有限公司", "91330783MA2EC1K7X4", "歌山镇", "重大科技专项验收奖励", 500, 100],
        [2, "东阳市吴宁智能装备有限公司", "91330783MA2ED4P2QK", "吴宁街道", "重大科技专项验收奖励", 300, 66],
        [3, "浙江东白山茶业有限公司", "91330783MA2EF7R5TD", "虎鹿镇", "省级个人科技特派员项目补助", null, 10],
        [4, "东阳市南马红木家具有限公司", "91330783MA2EG2W8YH", "南马镇", "东阳市科技特派员项目补助", null, 8],
        [5, "东阳市六石五金工具有限公司", "91330783MA2EH6N3L0", "六石街道", "东阳市科技特派员项目补助", null, 9.5],
        [6, "东阳市巍山农业开发有限公司", "91330783MA2EJ9B4UM", "巍山镇", "东阳市科技特派员项目补助", null, 6],
        [7, "东阳市江北新材料有限公司", "91330783MA2EK3M6CE", "江北街道", "重大科技专项验收奖励", 250, 50],
        ["合计", null, null, null, null, null, 249.5],
      ],
      merges: ["A1:G1", "A10:E10"],
      numberFormats: { "F3:G10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "…予以奖励: no amount and no rate to read a cap from" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G4", why: "重大科技专项验收奖励: 20% × 300 = 60万元 allowed; 66 paid: 6万元 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G7", why: "东阳市科技特派员项目补助 is at most 8万元; 9.5 paid: 1.5万元 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G3", why: "20% × 500 = 100, exactly the award; 20% × 250 = 50 on row 9 likewise" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "省级个人科技特派员项目补助 is a fixed 10万元; 10 paid" },
      { rule: "cap.no-cap", sheet: "兑现名单", cell: "F6", why: "the 科技特派员 subsidies are fixed or capped amounts, not rates: they need no base" },
      { rule: "cap.unknown-policy", why: "every 政策条款 of the list is a row of the catalog sheet" },
      { rule: "register.ineligible-location", why: "歌山镇、吴宁街道、虎鹿镇、南马镇、六石街道、巍山镇、江北街道 are towns and streets of 东阳市" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G10", why: "100 + 66 + 10 + 8 + 9.5 + 6 + 50 = 249.50, as stated" },
    ],
  },
};
