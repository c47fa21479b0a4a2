import type { CorpusLayout } from "../types";

// 淅川县工业和信息化局 2025: 惠企政策汇编, 财政补贴类 — 一、规上工业企业满负荷生产奖励 (10万元, or 20万元 with 10% revenue growth;
// 豫工信联运行〔2025〕9号) and 二、省级制造业高质量发展专项资金 — 国家级标杆企业 补助 up to 20% of equipment and software
// investment, 最高不超过500万元 (豫财企〔2025〕1号、豫工信联规〔2025〕70号). The catalog of prose caps, and an award list of ours beside it.
export const layout: CorpusLayout = {
  id: "xichuan-2025-enterprise-policy-compendium-awards",
  source: {
    title: "助企纾困“大礼包”来了！淅川县惠企政策汇编全公开（财政补贴类第一、二条；兑现名单据政策拟）",
    url: "https://www.sole-aqua.com/xcxkxjshgyxxhj/gsgg27/content_54447",
    publisher: "淅川县工业和信息化局",
    date: "2025",
    changes:
      "The two clauses (their wording cut to the money sentences), documents and 责任单位 are as published, laid out as 序号 | 政策名称 | 政策要点 | 文件依据 | 责任单位. " +
      "The second sheet (拟兑现名单: firms, codes, investment, awards, 合计) is ours. Planted: 国家级标杆企业 award of 600 on an investment of 3,200 " +
      "(20% is 640, but the cap is 500); one firm's credit code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "tiered-fixed-award", "document-column", "responsible-unit-column", "base-column", "credit-codes", "item-per-row", "total-at-foot", "wanyuan-in-header", "county-policy", "henan"],
  settings: { district: "淅川县" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 26, 70, 34, 12],
      rows: [
        ["淅川县惠企政策汇编（财政补贴类，摘录）", null, null, null, null],
        ["序号", "政策名称", "政策要点", "文件依据", "责任单位"],
        [1, "规上工业企业满负荷生产奖励", "对2025年第一季度满负荷生产的规上工业企业，给予10万元的奖励；对一季度满负荷生产且营业收入同比增长10%的规上工业企业，给予20万元奖励。奖励资金由省级和属地财政按照1:1比例分担。", "豫工信联运行〔2025〕9号", "县工信局"],
        [2, "国家级标杆企业补贴", "对获得国务院或工业和信息化部确定的、截止到2024年6月30日在有效期内的国家级称号企业（项目、平台）等，以支持项目建设方式，按照不超过设备、软件实际投资额（扣税后不低于500万元）的20%给予补助，最高不超过500万元。", "豫财企〔2025〕1号、豫工信联规〔2025〕70号", "县工信局"],
      ],
      merges: ["A1:E1"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 26, 18, 16],
      rows: [
        ["淅川县2025年惠企政策拟兑现企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "政策名称", "设备软件投资额（万元）", "补助金额（万元）"],
        [1, "淅川县丹源汽配制造有限公司", "91411326MA3X5K2P1T", "规上工业企业满负荷生产奖励", "—", 20],
        [2, "淅川县润川新材料有限公司", "91411326MA4B7L9Q38", "规上工业企业满负荷生产奖励", "—", 10],
        [3, "南阳淅川渠首铝业有限公司", "914113261750821328", "国家级标杆企业补贴", 1800, 360],
        [4, "淅川县恒泰精密转向器有限公司", "91411326MA9G2T6R5Y", "国家级标杆企业补贴", 3200, 600],
        [5, "淅川县金丹药业有限公司", "91411326MA44N8D13K", "规上工业企业满负荷生产奖励", "—", 10],
        ["合计", null, null, null, 5000, 1000],
      ],
      merges: ["A1:F1", "A8:D8"],
      numberFormats: { "E3:F8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 4, columns: { B: "item", C: "standard", D: "document" } },
      { sheet: "拟兑现名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 8, columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" }, year: 2025 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F6", why: "国家级标杆企业补贴 最高不超过500万元; 600 is 100万元 over (20% of 3,200 = 640 is above the cap too)" },
      { rule: "register.invalid-credit-code", sheet: "拟兑现名单", cell: "C7", why: "91411326MA44N8D13K: the GB 32100 check character for 91411326MA44N8D13 is J" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F3", why: "20 is the clause's upper tier (满负荷 with 10% growth)" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "F5", why: "360 = 20% of 1,800 exactly, under 500" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F8", why: "合计 1,000 is no award" },
      { rule: "register.duplicate", why: "five firms, each once" },
      { rule: "cap.unknown-policy", why: "both 政策名称 values are the catalog's items" },
      { rule: "register.invalid-credit-code", sheet: "拟兑现名单", cell: "C5", why: "914113261750821328 is valid (an old organisation code inside)" },
    ],
  },
};
