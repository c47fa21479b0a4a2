import type { CorpusLayout } from "../types";

// 中共莆田市城厢区委农村工作领导小组办公室 2025-07-31: 2024年度省级财政衔接推进乡村振兴补助资金（整村推进资金） 20万元 paid to 华亭镇后塘村
// for 许厝农业生产配套工程 (中标价 193036元, 结算审核价 191266元). Laid out as the 补助明细表 the notice annexes, with the district's other villages:
// each village's 20万元, the audited cost in 元 beside the money in 万元, what was paid before and what is paid now.
export const layout: CorpusLayout = {
  id: "chengxiang-2024-whole-village-fund-payment",
  source: {
    title: "关于拨付2024年度省级财政衔接推进乡村振兴补助资金（整村推进资金）的通知（附件：补助明细表）",
    url: "http://www.chengxiang.gov.cn/ztzl/snfw_30874/zjfpgk/202508/t20250801_2008943.htm",
    publisher: "中共莆田市城厢区委农村工作领导小组办公室",
    date: "2025-07-31",
    changes:
      "As published: the fund and documents (闽财农指〔2024〕115号, 莆城委农办〔2025〕4号), 华亭镇后塘村's 20万元 for 后塘村许厝农业生产配套工程, its 结算审核价 " +
      "191266元, paid in full now, and the sign-off date. The stored copy shows the notice, not its annex: the table's columns and the other seven " +
      "villages, projects and figures are ours. Planted: 东海镇利角村 paid 10 before and 12 now against its 20万元; 灵川镇海头村 shows no payment " +
      "at all (project not started) long after 2024's deadline.",
  },
  classes: ["register", "payment-list", "villages-as-payees", "towns-as-places", "instalments", "yuan-column-in-wanyuan-table", "audited-cost-column", "blank-as-nothing", "dash-as-nothing", "remark-column", "wanyuan-caption", "total-at-foot", "signoff-line", "published-after-year-end", "fujian"],
  settings: { asOf: "2025-07-31", district: "莆田市城厢区" },
  sheets: [
    {
      name: "补助明细表",
      widths: [6, 10, 10, 30, 10, 14, 10, 10, 22],
      rows: [
        ["2024年度省级财政衔接推进乡村振兴补助资金（整村推进资金）补助明细表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "镇（街道）", "村", "项目名称", "补助资金", "结算审核价（元）", "已拨付", "本次拨付", "备注"],
        [1, "华亭镇", "后塘村", "后塘村许厝农业生产配套工程", 20, 191266, null, 20, "2025年7月9日结算审核"],
        [2, "华亭镇", "园头村", "园头村机耕路硬化工程", 20, 186540, 10, 10, null],
        [3, "华亭镇", "郑坂村", "郑坂村排洪沟整治工程", 20, 176950, 10, 10, null],
        [4, "常太镇", "莒溪村", "莒溪村农产品初加工场所建设", 20, 203380, 10, 10, null],
        [5, "常太镇", "溪口村", "溪口村灌溉渠道修复工程", 20, "—", 10, null, "未完工，尾款待结算后拨付"],
        [6, "东海镇", "利角村", "利角村产业路建设工程", 20, 198720, 10, 12, null],
        [7, "灵川镇", "海头村", "海头村村道提升工程", 20, "—", null, null, "项目未开工"],
        [8, "灵川镇", "青垞村", "青垞村农业生产便道工程", 20, 199830, 10, 10, null],
        ["合计", null, null, null, 160, null, 60, 72, null],
        ["注：补助资金按项目结算审核后拨付，结算审核价低于补助资金的，按补助资金拨付。", null, null, null, null, null, null, null, null],
        ["中共莆田市城厢区委农村工作领导小组办公室", null, null, null, null, "2025年7月31日", null, null, null],
      ],
      merges: ["A1:I1", "A12:D12", "A13:I13", "A14:E14", "F14:I14"],
      numberFormats: { "E4:E12": "0.00", "G4:H12": "0.00", "F4:F11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "补助明细表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "project", E: "approved", G: "paidBefore", H: "paidNow" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "register.paid-exceeds-award", cell: "H9", why: "利角村: 已拨付 10.00 + 本次拨付 12.00 = 22.00 against 补助资金 20.00 (no 累计 column, so at this period's payment)" },
      { rule: "register.unpaid", cell: "E10", why: "海头村: 20.00 approved for 2024, nothing paid before or now, and the as-of date 2025-07-31 is past 2024's deadline" },
    ],
    absent: [
      { rule: "register.paid-exceeds-award", cell: "H4", why: "后塘村: 0 + 20.00 = 20.00, the award; its 结算审核价 191,266元 is a cost, not the award" },
      { rule: "register.paid-exceeds-award", cell: "H12", why: "合计 row: no award of its own (160.00 against 60.00 + 72.00 = 132.00 in any case)" },
      { rule: "register.unpaid", cell: "E8", why: "溪口村: 10.00 paid before; the rest waits for the settlement" },
      { rule: "register.ineligible-location", why: "华亭镇, 常太镇, 东海镇 and 灵川镇 are 城厢区's own towns" },
      { rule: "register.duplicate", why: "eight villages, each once" },
      { rule: "input.unreadable-value", why: "— in 结算审核价 marks no settlement yet; the remarks, note and sign-off are text" },
      { rule: "register.late-disbursement", why: "the list gives no payment dates (the sign-off date is the notice's)" },
    ],
  },
};
