import type { CorpusLayout } from "../types";

// 重庆市发展和改革委员会等四部门 2024-01 (渝发改体改〔2024〕17号) 支持企业高质量发展若干政策措施, part 一、支持企业技术改造: a share of
// the loan interest with a yearly maximum, a share of the guarantee fee with a maximum (a fee ceiling as a condition), a share of
// equipment spending with a maximum (an investment floor as a condition), a share of the price paid for a first-of-its-kind
// machine with a maximum. Each clause one row of a table; the year's awards to firms on a second sheet.
export const layout: CorpusLayout = {
  id: "chongqing-2024-enterprise-quality-measures",
  source: {
    title: "重庆市发展和改革委员会 重庆市经济和信息化委员会 重庆市财政局 重庆市商务委员会关于印发《支持企业高质量发展若干政策措施》的通知（一、支持企业技术改造）",
    url: "https://cqncyq.cqsmartpark.cn/index/announce/show.html?itemid=3034",
    publisher: "重庆市发展和改革委员会、重庆市经济和信息化委员会、重庆市财政局、重庆市商务委员会",
    date: "2024-01-18",
    changes:
      "The standards are the published wording of clauses 1–3 of 一、支持企业技术改造, each in one row of a table (序号 | 支持事项 | 支持标准 | " +
      "责任单位); clause 1's two sentences (贴息 and 担保奖补) are two rows, and the 支持事项 names are taken from the clause wording. Later " +
      "clauses are left out. The award list on the second sheet is ours (firms, codes of 九龙坡 500107 / 沙坪坝 500106 / 江北 500105 / " +
      "璧山 500120 / 綦江 500110, bases, amounts). Planted: 沙磁新材料 awarded 220.00 where 10% × 2,600 = 260 and the 200万元 maximum " +
      "binds; 璧山电子科技 awarded 300.00 where 30% × 900 = 270.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "conditions-not-caps", "one-clause-two-rows", "base-column", "credit-codes", "districts-as-places", "item-per-row", "city-wide-fund", "wanyuan-caption", "chongqing"],
  settings: { district: "重庆市", asOf: "2024-11-15" },
  sheets: [
    {
      name: "政策措施",
      widths: [6, 30, 90, 26],
      rows: [
        ["支持企业高质量发展若干政策措施（一、支持企业技术改造 摘录）", null, null, null],
        ["序号", "支持事项", "支持标准", "责任单位"],
        [1, "技改专项贷贴息", "对获得“技改专项贷”支持的项目，按照不超过项目实际贷款利率的50%给予贴息，单个企业项目每年贴息上限为1000万元，贴息期限不超过2年，同一独立法人每年享受“技改专项贷”政策项目限定为1个。", "市经济信息委、市财政局，各区县"],
        [2, "技改专项贷担保奖补", "对为“技改专项贷”项目提供担保且年化担保费率不超过1%的融资担保机构，按不超过实际担保费率的50%给予奖补，单个企业项目担保奖补上限为100万元，期限不超过2年。", "市经济信息委、市财政局，各区县"],
        [3, "节能降碳等领域技改奖补", "支持企业、园区实施节能降碳、节水、清洁生产等领域技改，开展动力电池和工业固废资源化利用，对单个项目固定资产投资不低于1000万元的，按不超过设备投入10%的比例，择优给予最高200万元奖补。", "市经济信息委、市财政局，各区县"],
        [4, "首台（套）重大技术装备首购首用奖励", "支持企业研发创新和推广使用首台（套）重大技术装备产品，按照不超过实际支付额的30%，择优给予首购首用奖励，奖励资金最高500万元。", "市经济信息委、市财政局，各区县"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 12, 34, 14, 12],
      rows: [
        ["2024年支持企业技术改造政策兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在区县", "支持事项", "计算基数", "兑现金额"],
        [1, "重庆九龙精密部件有限公司", "91500107MA5R9BQP6R", "九龙坡区", "节能降碳等领域技改奖补", 1800, 180],
        [2, "重庆沙磁新材料有限公司", "91500106MACDA6D443", "沙坪坝区", "节能降碳等领域技改奖补", 2600, 220],
        [3, "重庆江北装备制造有限公司", "91500105MAJLQ73BJ9", "江北区", "首台（套）重大技术装备首购首用奖励", 1200, 360],
        [4, "重庆璧山电子科技有限公司", "91500120MA60KMG3MB", "璧山区", "首台（套）重大技术装备首购首用奖励", 900, 300],
        [5, "重庆綦江齿轮传动有限公司", "91500110MAP52TK3PR", "綦江区", "技改专项贷贴息", 420, 210],
        ["合计", null, null, null, null, 6920, 1270],
      ],
      merges: ["A1:G1", "A9:E9"],
      numberFormats: { "F4:G9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "沙磁新材料: 10% × 2,600.00 = 260.00, so the 200万元 maximum binds; 220.00 awarded: 20.00万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G7", why: "璧山电子科技: 30% × 900.00 = 270.00万元 allowed, 300.00 awarded: 30.00万元 over (the 500 maximum does not bind)" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C3", why: "50% of the interest, at most 1000万元 a year; 2年 and 1个 are terms, not amounts" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C4", why: "50% of the guarantee fee, at most 100万元; 不超过1% is the fee a guarantor must charge to qualify" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C5", why: "10% of equipment spending, at most 200万元; 不低于1000万元 of investment is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C6", why: "30% of the price paid, at most 500万元" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G4", why: "10% × 1,800.00 = 180.00, exactly" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G5", why: "only the binding limit is reported: the 200 maximum" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G6", why: "30% × 1,200.00 = 360.00, exactly" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G8", why: "50% × 420.00 = 210.00, exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G9", why: "合计 1,270 is not an award" },
      { rule: "cap.unknown-policy", why: "every 支持事项 in the list is a row of the 政策措施 table, word for word" },
      { rule: "register.ineligible-location", why: "九龙坡区, 沙坪坝区, 江北区, 璧山区 and 綦江区 are districts of 重庆市" },
      { rule: "register.location-code-mismatch", why: "every code is issued in the firm's own district (5001xx)" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "five firms, each once" },
    ],
  },
};
