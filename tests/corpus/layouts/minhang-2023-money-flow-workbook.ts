import type { CorpusLayout } from "../types";

// A reviewer's workbook following one year's money: the award list with its instalments (laid out
// as the 闵行 factory-subsidy rule's 拨付情况 list), the fund's 拨付台账 (the 日期 | 凭证号 | 摘要 layout
// of a published three-column ledger, one payment per row) and the execution table by category
// (项目 | 调整预算数 | 执行数 | 为调整预算% as budget-execution reports annex it). The three sheets
// reconcile except where a fault is planted.
export const layout: CorpusLayout = {
  id: "minhang-2023-money-flow-workbook",
  source: {
    title:
      "《闵行区关于大力推进新型工业化高质量发展的若干政策意见》操作细则（补贴款分两次各50%拨付）; 会计明细账 日期 | 凭证号 | 摘要 的填写示例; 预算执行情况表（项目 / 调整预算数 / 执行数 / 为调整预算%）",
    url: "https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/qzfgfxwj_wjca/content/c3f240a2-bd09-428f-bc05-62446debc440.htm",
    publisher: "上海市闵行区人民政府; bazhongol.com (https://www.bazhongol.com/shubk/202510/836890.html); 宿城区财政局 (http://www.bjanh.com/scq/czyjsbg/202304/d6a5543b85084815a6b7cd8ec41a70b6.shtml)",
    date: "2023–2024",
    changes:
      "Three published layouts in one workbook, as a reviewer puts them together: the award list's header (two rows, " +
      "拨付情况 over 首次拨付（50%）| 尾款拨付（50%）| 累计拨付) follows the 闵行 rule's payment scheme; the ledger's " +
      "日期/凭证号/摘要 order follows the published ledger, its payee, code, item and amount columns are ours; the " +
      "execution table's columns follow the 宿城 report's annex, its categories are the fund's. All firms, codes and " +
      "figures are invented. Planted: awards of 2,200万元 against a category budget of 1,650 (budget.overcommitted); an " +
      "award with nothing paid after 11-30 (register.unpaid); 马桥's 首期 250 + 尾款 300 万元 paid against 500 " +
      "(ledger.overpaid); a payment to a firm with no award (ledger.unmatched-payment); the ledger's 1,630万元 for the " +
      "category against 1,580 reported (ledger.actual-mismatch). Reconciled on purpose: 七宝's equal 首期 and 尾款 " +
      "(instalments, no duplicate) and the 技术改造 category (300 paid, 300 reported, 300 awarded within 310).",
  },
  classes: ["money-flow", "register", "instalments", "ledger", "execution", "three-sheets", "two-header-rows", "credit-codes", "towns-as-places", "wanyuan-caption", "yuan-ledger"],
  settings: { asOf: "2023-12-31", district: "闵行" },
  sheets: [
    {
      name: "补贴拨付",
      widths: [6, 28, 22, 12, 24, 8, 14, 12, 12, 12, 12],
      rows: [
        ["闵行区先进制造业项目补贴拨付情况表（2023年）", null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所属街镇", "补贴项目", "立项年度", "购房总价（设备投资额）", "核定补贴金额", "拨付情况", null, null],
        [null, null, null, null, null, null, null, null, "首次拨付（50%）", "尾款拨付（50%）", "累计拨付"],
        [1, "上海七宝精工机械有限公司", "91310112MA306YF541", "七宝镇", "购置自用工业厂房补贴", 2023, 6800, 680, 340, 340, 680],
        [2, "上海莘庄智能装备有限公司", "91310112MA24L4YT3D", "莘庄工业区", "租赁自用工业厂房补贴", 2023, 1200, 600, 300, "—", 300],
        [3, "上海江川新材料科技有限公司", "91310112MA4R2DWQ12", "江川路街道", "购置自用工业厂房补贴", 2023, 4200, 420, "—", "—", "—"],
        [4, "上海马桥汽车电子有限公司", "91310112MA84HCQH50", "马桥镇", "购置自用工业厂房补贴", 2023, 5000, 500, 250, 250, 500],
        [5, "上海华漕智能制造有限公司", "91310112MA60KEXB5D", "华漕镇", "技术改造项目新增设备补贴", 2023, 3000, 300, 300, "—", 300],
        ["合计", null, null, null, null, null, null, 2500, 1190, 590, 1780],
        ["注：补贴款分两次各50%拨付；技术改造项目新增设备补贴一次拨付。", null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:K1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:K3", "A10:G10", "A11:K11"],
      numberFormats: { "G5:K10": "#,##0.00" },
    },
    {
      name: "拨付台账",
      widths: [12, 10, 36, 30, 22, 26, 14],
      rows: [
        ["2023年度先进制造业发展专项资金拨付台账", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：元"],
        ["拨付日期", "凭证号", "摘要", "收款单位", "统一社会信用代码", "政策项目", "拨付金额"],
        [44990, "记-0305", "拨付购置厂房补贴（首期）", "上海七宝精工机械有限公司", "91310112MA306YF541", "购置自用工业厂房补贴", 3400000],
        [45028, "记-0412", "拨付租赁厂房补贴（首期）", "上海莘庄智能装备有限公司", "91310112MA24L4YT3D", "租赁自用工业厂房补贴", 3000000],
        [45054, "记-0508", "拨付购置厂房补贴（首期）", "上海马桥汽车电子有限公司", "91310112MA84HCQH50", "购置自用工业厂房补贴", 2500000],
        [45107, "记-0630", "拨付租赁厂房补贴", "上海浦锦医疗器械有限公司", "91310112MA6UDT1B10", "租赁自用工业厂房补贴", 1000000],
        [45121, "记-0714", "拨付技术改造项目新增设备补贴", "上海华漕智能制造有限公司", "91310112MA60KEXB5D", "技术改造项目新增设备补贴", 3000000],
        [45189, "记-0920", "拨付购置厂房补贴（尾款）", "上海七宝精工机械有限公司", "91310112MA306YF541", "购置自用工业厂房补贴", 3400000],
        [45215, "记-1016", "拨付购置厂房补贴（尾款）", "上海马桥汽车电子有限公司", "91310112MA84HCQH50", "购置自用工业厂房补贴", 3000000],
        ["合计", null, null, null, null, null, 19300000],
      ],
      merges: ["A1:G1", "A11:F11"],
      numberFormats: { "A4:A10": "yyyy-mm-dd", "G4:G11": "#,##0.00" },
    },
    {
      name: "执行情况",
      widths: [30, 12, 10, 14],
      rows: [
        ["2023年先进制造业发展专项资金预算执行情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "调整预算数", "执行数", "为调整预算%"],
        ["购租工业厂房补贴", 1650, 1580, 95.76],
        ["企业技术改造", 310, 300, 96.77],
        ["合计", 1960, 1880, 95.92],
      ],
      merges: ["A1:D1"],
      numberFormats: { "B4:C6": "#,##0.00", "D4:D6": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "购置自用工业厂房补贴", category: "购租工业厂房补贴", capType: "rate", rate: 0.1, capAmount: 1000, unit: "万元", document: "闵府规发〔2024〕1号 操作细则" },
      { name: "租赁自用工业厂房补贴", category: "购租工业厂房补贴", capType: "rate", rate: 0.5, capAmount: 1000, unit: "万元", document: "闵府规发〔2024〕1号 操作细则" },
      { name: "技术改造项目新增设备补贴", category: "企业技术改造", capType: "rate", rate: 0.1, capAmount: 500, unit: "万元", document: "闵府规发〔2024〕1号 操作细则" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "补贴拨付",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approvalYear", G: "base", H: "approved", I: "paidBefore", J: "paidNow", K: "paidTotal" },
        year: 2023,
      },
      {
        sheet: "拨付台账",
        kind: "ledger",
        unit: "元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "date", B: "voucher", C: "summary", D: "payee", E: "creditCode", F: "item", G: "amount" },
        year: 2023,
      },
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "category", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "budget.overcommitted",
        sheet: "执行情况",
        cell: "B4",
        why: "购租工业厂房补贴: 2023 awards 680 + 600 + 420 + 500 = 2,200万元 against a budget of 1,650: 550万元 over",
      },
      { rule: "budget.overcommitted", sheet: "执行情况", cell: "B6", why: "the fund: 2,200 + 300 = 2,500万元 awarded in 2023 against 1,960 budgeted (合计): 540万元 over" },
      { rule: "register.unpaid", sheet: "补贴拨付", cell: "K7", why: "江川 approved 420万元 in 2023, nothing paid (— in every payment column), no ledger payment; as of 2023-12-31, past 11-30" },
      { rule: "ledger.overpaid", sheet: "拨付台账", cell: "G10", why: "马桥: 2,500,000 (首期) + 3,000,000 (尾款) = 5,500,000 paid against an award of 500万元" },
      { rule: "ledger.unmatched-payment", sheet: "拨付台账", cell: "G7", why: "上海浦锦医疗器械有限公司 has no award in 补贴拨付 (by code or name)" },
      {
        rule: "ledger.actual-mismatch",
        sheet: "执行情况",
        cell: "C4",
        why: "购租工业厂房补贴 payments to 12-31: 340 + 300 + 250 + 100 + 340 + 300 = 1,630万元 against 1,580 reported",
      },
    ],
    absent: [
      { rule: "ledger.duplicate-payment", why: "七宝's two 3,400,000 payments are its 首期 and 尾款 (instalments); every voucher differs" },
      { rule: "ledger.actual-mismatch", sheet: "执行情况", cell: "C5", why: "企业技术改造: 3,000,000 paid, 300万元 reported" },
      { rule: "budget.overcommitted", sheet: "执行情况", cell: "B5", why: "企业技术改造: 300万元 awarded within 310" },
      { rule: "register.paid-exceeds-award", why: "the register's own instalments are within each award (250 + 250 = 500 for 马桥)" },
      { rule: "register.unpaid", sheet: "补贴拨付", cell: "K6", why: "莘庄 has its first half paid" },
      { rule: "register.late-disbursement", why: "every payment is dated before 11-30" },
      { rule: "execution.rate-mismatch", why: "1,580 / 1,650 = 95.76%, 300 / 310 = 96.77%, 1,880 / 1,960 = 95.92%" },
      { rule: "execution.behind-schedule", why: "every rate is within 5 points of the full year's 100%" },
      { rule: "cap.rate-exceeded", why: "each award is exactly its rate of the base (10% × 6,800 = 680 …; 50% × 1,200 = 600)" },
      { rule: "register.ineligible-location", why: "every place is a 闵行 town, street or the 莘庄工业区" },
      { rule: "ledger.actual-mismatch", sheet: "执行情况", cell: "C6", why: "a 合计 row is not compared: the ledger is kept for the fund's categories, checked category by category" },
    ],
  },
};
