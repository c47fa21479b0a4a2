import type { CorpusLayout } from "../types";

// 松阳县农业农村局 2023-12-20: 农业龙头企业扶持 拟补助 notice — a loan-interest list in 元 (企业名称 | 最高认定级别 | 付息金额 | 拟贴息金额)
// with a 合计, the office's notice line above and its comment period and sign-off under it.
export const layout: CorpusLayout = {
  id: "songyang-2023-leading-agri-firm-loan-interest",
  source: {
    title: "松阳县2023年度农业龙头企业扶持拟补助事宜公示",
    url: "https://www.chacewang.com/newsdetail/news504432.html",
    publisher: "松阳县农业农村局",
    date: "2023-12-20",
    changes:
      "As published: the notice's title, its lead line (一、拟给予…等10家企业贷款贴息，详见下表), the columns 序号 | 企业名称 | 最高认定级别 | 付息金额（元） | " +
      "拟贴息金额（元）, the levels 国家级 / 省级 / 市级 / 享受市级待遇, a 合计 row, and the comment period, telephone and sign-off under the table. " +
      "Firms and figures are ours (eight rows where the page shows nine); the notice's second table (连续在库租金补助, one firm in 万元) is cut. " +
      "The cap (30% of the interest paid, at most 50万元 a firm) is chosen for the corpus: the page does not quote 松农发〔2023〕174号's standard. " +
      "Planted: 松阳县玉岩果业 119,865元 where 30% × 366,218.30 = 109,865.49; the 拟贴息 合计 typed 985,808 where the lines add up to 995,808.",
  },
  classes: [
    "register", "loan-interest", "rate-cap", "max-binds", "base-column", "level-column", "yuan-in-header", "total-at-foot",
    "notice-line-above", "notes-under-table", "signoff-line", "item-in-title", "catalog-json", "county-level", "zhejiang",
  ],
  settings: { district: "松阳县" },
  catalog: {
    items: [
      {
        name: "农业龙头企业扶持",
        capType: "rate",
        rate: "30%",
        capAmount: 50,
        unit: "万元",
        base: "实际支付利息",
        year: 2023,
        document: "松农发〔2023〕174号（贴息比例与上限为语料拟定）",
      },
    ],
  },
  sheets: [
    {
      name: "贷款贴息",
      widths: [6, 34, 16, 18, 18],
      rows: [
        ["2023年度农业龙头企业扶持拟补助事宜公示", null, null, null, null],
        ["一、拟给予松阳县茗韵茶业有限公司等8家企业贷款贴息，详见下表", null, null, null, null],
        ["序号", "企业名称", "最高认定级别", "付息金额（元）", "拟贴息金额（元）"],
        [1, "松阳县茗韵茶业有限公司", "国家级", 1726480.5, 500000],
        [2, "松阳县竹溪云雾茶业有限公司", "省级", 312605.4, 93781],
        [3, "松阳县瓯江源食品有限公司", "市级", 148920, 44676],
        [4, "浙江松古香茗茶业有限公司", "市级", 201354.8, 60406],
        [5, "松阳县玉岩果业有限公司", "市级", 366218.3, 119865],
        [6, "浙江卯山茶机制造有限公司", "市级", 12880.6, 3864],
        [7, "松阳县望松竹木制品有限公司", "市级", 275410, 82623],
        [8, "浙江箬寮食品有限公司", "享受市级待遇", 301977.2, 90593],
        ["合计", null, null, 3345846.8, 985808],
        ["公示期2023年12月20日至2023年12月25日，如有异议，请于公示期间向农业农村局联系反应，电话0578-8802206。", null, null, null, null],
        [null, null, null, "松阳县农业农村局", null],
        [null, null, null, "2023年12月20日", null],
      ],
      merges: ["A1:E1", "A2:E2", "A12:C12", "A13:E13", "D14:E14", "D15:E15"],
      numberFormats: { "D4:D12": "#,##0.00", "E4:E12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "贷款贴息",
        kind: "register",
        unit: "元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "category", D: "base", E: "approved" },
        year: 2023,
        item: "农业龙头企业扶持",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "E8", why: "松阳县玉岩果业: 119,865元 against 30% × 366,218.30 = 109,865.49 (9,999.51 over; the 50万元 maximum does not bind)" },
      { rule: "composition.total-mismatch", cell: "E12", why: "拟贴息 合计 985,808 where 500,000 + 93,781 + 44,676 + 60,406 + 119,865 + 3,864 + 82,623 + 90,593 = 995,808 (10,000 short)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E4", why: "国家级 firm: 500,000 is exactly the 50万元 maximum, which binds before 30% × 1,726,480.50 = 517,944.15" },
      { rule: "cap.rate-exceeded", cell: "E4", why: "the binding limit is the 500,000 maximum, and the award equals it" },
      { rule: "cap.rate-exceeded", cell: "E5", why: "93,781 under 30% × 312,605.40 = 93,781.62 (rounded down to the 元)" },
      { rule: "cap.rate-exceeded", cell: "E11", why: "90,593 under 30% × 301,977.20 = 90,593.16" },
      { rule: "composition.total-mismatch", cell: "D12", why: "付息 lines add up to 3,345,846.80" },
      { rule: "cap.unknown-policy", why: "the title names 农业龙头企业扶持, the catalog's item" },
      { rule: "register.duplicate", why: "eight different firms" },
      { rule: "register.unpaid", why: "a notice put up for comment records no payments" },
      { rule: "input.unreadable-value", why: "the lead line, the comment period and the sign-off are text, no data" },
    ],
  },
};
