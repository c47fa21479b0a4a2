import type { CorpusLayout } from "../types";

// 阳泉市郊区人民政府办公室 2025-04-14 (阳郊政办发〔2025〕4号): the province's 456.87万元 for the 耐火材料 specialised town goes
// to firms as loan interest — 1.50% of the loans received in 2024, at most 20% of the town's money (91.374万元) and at most
// 200万元 a firm; the 区工信局 puts the list of firms and amounts up for comment. Laid out as that list: the base (贷款到账金额)
// beside the rate and the interest, the township in a column, a note and the office under the table.
export const layout: CorpusLayout = {
  id: "yangquan-jiaoqu-2025-refractory-loan-interest",
  source: {
    title: "阳泉市郊区人民政府办公室关于印发《阳泉郊区耐火材料专业镇企业贷款贴息资金分配方案》的通知（阳郊政办发〔2025〕4号；拟贴息企业名单据方案拟）",
    url: "https://www.chacewang.com/newsdetail/news786429.html",
    publisher: "阳泉市郊区人民政府办公室",
    date: "2025-04-21",
    changes:
      "The scheme's terms are as published (晋财建〔2025〕22号; 总金额456.87万元; 2024年1月1日起新取得半年期以上贷款; 按照年度内贷款到账金额的" +
      "1.50%给予贴息，单个企业年度贴息金额最高不超过所属专业镇分配资金总额20%、金额不超过200万元; 区工信局将拟定贴息企业名单及金额向社会公示). " +
      "The scheme does not print the list it announces, so the list (序号 | 企业名称 | 统一社会信用代码 | 所在乡镇 | 2024年度贷款到账金额 | " +
      "贴息比例 | 拟贴息金额 | 备注), the 单位：万元 caption, the note and the sign-off are ours, as are the firms, codes (郊区 140311, " +
      "平定县 140321) and amounts. The catalog's maximum is the binding one of the two, 20% × 456.87 = 91.374万元. Planted: 旧街窑炉材料 " +
      "39.60 where 1.50% × 2,460 = 36.90; 西南舁耐材科技 100.00 where the 91.374 maximum binds; 冠山耐火材料 in 冠山镇 (平定县).",
  },
  classes: ["register", "rate-with-cap", "base-column", "rate-column-as-text", "cap-from-share-of-fund", "credit-codes", "towns-as-places", "wanyuan-caption", "notes-under-table", "signoff-line", "shanxi"],
  settings: { district: "阳泉市郊区", asOf: "2025-04-30" },
  sheets: [
    {
      name: "拟贴息企业名单",
      widths: [6, 32, 22, 12, 18, 10, 14, 12],
      rows: [
        ["2025年阳泉郊区耐火材料专业镇企业贷款贴息资金拟贴息企业名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "2024年度贷款到账金额", "贴息比例", "拟贴息金额", "备注"],
        [1, "阳泉荫营耐火材料有限公司", "91140311MA96DGWM2M", "荫营镇", 3200, "1.50%", 48, null],
        [2, "阳泉河底高铝耐材有限公司", "91140311MAJDHL4R9W", "河底镇", 1850, "1.50%", 27.75, null],
        [3, "阳泉平坦耐火制品有限公司", "91140311MA4949FLEG", "平坦镇", 7200, "1.50%", 91.37, "按上限核定"],
        [4, "阳泉旧街窑炉材料有限公司", "91140311MA2Q43B06B", "旧街乡", 2460, "1.50%", 39.6, null],
        [5, "阳泉李家庄陶瓷纤维有限公司", "91140311MAAH60ABHC", "李家庄乡", 980, "1.50%", 14.7, null],
        [6, "阳泉西南舁耐材科技有限公司", "91140311MAB9KEUXUR", "西南舁乡", 8000, "1.50%", 100, null],
        [7, "阳泉冠山耐火材料有限公司", "91140321MAY850U3U0", "冠山镇", 1500, "1.50%", 22.5, null],
        ["合计", null, null, null, 25190, null, 343.92, null],
        ["注：贴息金额按2024年度内贷款到账金额的1.50%计算，单个企业年度贴息金额最高不超过专业镇分配资金总额的20%（91.374万元），且不超过200万元。公示期5个工作日。", null, null, null, null, null, null, null],
        [null, null, null, null, null, "阳泉市郊区工业和信息化局", null, null],
      ],
      merges: ["A1:H1", "A11:D11", "A12:H12", "F13:H13"],
      numberFormats: { "E4:E11": "#,##0.00", "G4:G11": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "耐火材料专业镇企业贷款贴息",
        capType: "rate",
        rate: 0.015,
        capAmount: 91.374,
        unit: "万元",
        year: 2025,
        document: "阳郊政办发〔2025〕4号（上限 = 专业镇分配资金总额456.87万元 × 20%）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟贴息企业名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "base", G: "approved" },
        year: 2025,
        item: "耐火材料专业镇企业贷款贴息",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G7", why: "旧街窑炉材料: 1.50% × 2,460.00 = 36.90万元 allowed, 39.60 proposed: 2.70万元 over (the 91.374 maximum does not bind)" },
      { rule: "cap.exceeded", cell: "G9", why: "西南舁耐材科技: 1.50% × 8,000.00 = 120.00, so the maximum 20% × 456.87 = 91.374万元 binds; 100.00 proposed: 8.626万元 over" },
      { rule: "register.ineligible-location", cell: "D10", why: "冠山镇 is a town of 平定县, not of 阳泉市郊区" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G6", why: "平坦耐火制品: 91.37 is within the 91.374 maximum (1.50% × 7,200 = 108.00 is cut to it)" },
      { rule: "cap.rate-exceeded", cell: "G6", why: "91.37 is below 1.50% × 7,200.00 = 108.00" },
      { rule: "cap.rate-exceeded", cell: "G9", why: "only the binding limit is reported: the maximum, not the rate" },
      { rule: "cap.rate-exceeded", cell: "G4", why: "1.50% × 3,200.00 = 48.00, exactly" },
      { rule: "cap.exceeded", cell: "G11", why: "合计 343.92 is not an award" },
      { rule: "register.ineligible-location", cell: "D4", why: "荫营镇, 河底镇, 平坦镇, 旧街乡, 李家庄乡, 西南舁乡 are 郊区's" },
      { rule: "register.location-code-mismatch", why: "the in-district rows' codes are issued in 郊区 (140311); 冠山's row is outside, reported as such" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "register.unpaid", why: "a 2025 list put up for comment in April, before the year's deadline" },
      { rule: "input.unreadable-value", why: "贴息比例 (1.50%), 备注, the note and the office's name are what they say" },
    ],
  },
};
