import type { CorpusLayout } from "../types";

// 全南县 (江西 赣州) 2024-04: 全南县工信领域惠企政策解读 — seven county policies (电价补贴, 财园信贷通贴息, 厂房租金补助, 入统入规奖励, 领航 / 龙头
// 企业, 规模效益倍增, 技改升级) each with its standard in prose. Laid out as a clause table (序号 | 政策名称 | 支持标准 | 兑现部门) and a payment
// list under it on its own sheet.
export const layout: CorpusLayout = {
  id: "quannan-2024-industry-policies",
  source: {
    title: "全南县工信领域惠企政策解读（县级惠企政策 一至七）",
    url: "http://www.quannan.gov.cn/qnxxxgk/sqzcfb/202404/536662036fcb4574b4fa7cfd501ce423.shtml",
    publisher: "全南县人民政府",
    date: "2024-04",
    changes:
      "The seven county policies' names and order are as published; the stored copy shows the contents, not the clauses, so the standards' " +
      "wording and figures, the 兑现部门 column and the payment list (序号 | 企业名称 | 统一社会信用代码 | 政策名称 | 计算基数（万元） | 兑现金额（万元）) " +
      "are ours, written as county clauses are. Clause 7 (一事一议 for 2亿元及以上) is unreadable by nature. Planted: 恒达电子's interest " +
      "subsidy 12 on a 500 loan at 2%; 金山食品's 入统入规奖励 15 where it is a fixed 10.",
  },
  classes: ["catalog", "prose-caps", "rate-with-cap", "fixed-cap", "sub-items-in-one-cell", "unreadable-standard", "payment-list", "credit-codes", "jiangxi"],
  settings: { asOf: "2024-06-30" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 80, 16],
      rows: [
        ["全南县工信领域惠企政策（县级）", null, null, null],
        ["序号", "政策名称", "支持标准", "兑现部门"],
        [1, "工业企业电价补贴", "对规上工业企业生产用电给予每千瓦时0.05元补贴，每户每年最高不超过50万元。", "县工信局"],
        [2, "规上工业企业财园信贷通贴息补助", "对规上工业企业通过“财园信贷通”取得的贷款，按贷款额的2%给予贴息补助，每户最高不超过20万元。", "县财政局"],
        [3, "规上工业企业厂房租金补助", "租用标准厂房的规上工业企业，按每平方米每月3元给予租金补助，补助期限3年，每户每年最高不超过30万元。", "县工信局"],
        [4, "企业入统入规奖励", "对首次纳入规上工业统计的企业，一次性奖励10万元。", "县工信局"],
        [5, "培育制造业领航企业、制造业龙头企业", "对新认定的制造业领航企业、制造业龙头企业，分别给予50万元、20万元一次性奖励。", "县工信局"],
        [6, "重点企业规模效益倍增", "对主营业务收入较上年实现倍增的重点企业，给予30万元奖励。", "县工信局"],
        [7, "全南县支持企业技改升级", "对总投资2亿元及以上的重大技改项目，按“一事一议”方式给予支持。", "县工信局"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 30, 14, 14],
      rows: [
        ["全南县2024年第一批工信领域惠企政策兑现企业名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策名称", "计算基数", "兑现金额"],
        [1, "全南县鑫源稀土新材料有限公司", "91360729MA35QN4K2H", "企业入统入规奖励", null, 10],
        [2, "全南县恒达电子科技有限公司", "91360729MA39HT6W14", "规上工业企业财园信贷通贴息补助", 500, 12],
        [3, "全南县金山食品有限公司", "91360729MA38UB2X59", "企业入统入规奖励", null, 15],
        [4, "全南县南迳矿业机械有限公司", "91360729MA3AL7RM8Y", "工业企业电价补贴", null, 38.6],
        ["合计", null, null, null, null, 75.6],
      ],
      merges: ["A1:F1", "A8:E8"],
      numberFormats: { "E4:F8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C9", why: "2亿元及以上 is a condition and 一事一议 states no amount" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F5", why: "2% × 500.00 = 10.00万元 allowed (below the 20万元 maximum), 12.00 paid: 2.00万元 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "企业入统入规奖励 is a fixed 10万元; 15.00 is 5.00万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "at most 50万元 a firm a year (0.05元 a kWh is the rate of a base the list does not give)" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "2% of the loan, at most 20万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C7", why: "two awards in one 分别 sentence: at most 50万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "a fixed 10万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "38.60 is under the 50万元 maximum" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "合计 75.60 is no award" },
      { rule: "cap.unknown-policy", why: "each 政策名称 in the list is a clause of the first sheet" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
    ],
  },
};
