import type { CorpusLayout } from "../types";

// 临西县 (邢台): 关于实施科技跃升计划 助推轴承产业高质量赶超发展的意见 — 二、主要举措 （一） 1.打造一批创新型领军企业: R&D spending rewarded at 5%
// of it, 最高不超过20万元, and key 技改 projects at not more than 6% of their actual equipment investment. Laid out as a two-clause catalog (序号 |
// 支持事项 | 支持条件 | 支持标准) beside a 拟兑现名单 of ours, each item's base in its own column.
export const layout: CorpusLayout = {
  id: "linxi-bearing-tech-leap-awards-and-clauses",
  source: {
    title: "临西县：关于实施科技跃升计划 助推轴承产业高质量赶超发展的意见（二、主要举措（一）1.，条款表与兑现名单据意见拟）",
    url: "http://xxte.com.cn/userhyxw.php?titleid=90761",
    publisher: "临西县（行业新闻转载）",
    changes:
      "As published: the section headings 二、主要举措 / （一）强化企业技术创新主体地位, and measure 1's two awards in its words — R&D spending over 50万元 and " +
      "at least 2% of revenue rewarded at 5% of it, 最高不超过20万元; key 技改 projects (省、市重点工业技改项目计划, 设备投资500万元以上) rewarded at not more " +
      "than 6% of actual equipment investment. The stored copy breaks off after that clause's 最高: its cap is left out, the item a rate alone. Ours: the " +
      "split into one item a row with short names, and the whole 拟兑现名单 sheet (firms, 临西县 codes 130535, bases, awards). Planted: a 研发投入奖励 of 25 " +
      "where 5% × 600 = 30 is held to the 20 cap; a 技改 award of 55 on 800 of equipment (6% = 48); one credit code with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "rate-items", "conditions-not-caps", "section-rows", "clause-cut-in-stored-copy",
    "base-column", "two-base-columns", "dash-as-nothing", "credit-codes", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "table-from-prose", "county-policy", "hebei",
  ],
  settings: { district: "临西县" },
  sheets: [
    {
      name: "支持条款",
      widths: [6, 20, 60, 50],
      rows: [
        ["临西县科技跃升计划支持条款（摘录）", null, null, null],
        ["序号", "支持事项", "支持条件", "支持标准"],
        ["（一）强化企业技术创新主体地位，激发高质量发展内生动力", null, null, null],
        [1, "研发投入奖励", "研发经费支出超过50（含）万元且研发经费支出占主营业务收入比重达到2%（含）以上的规上企业", "按照研发经费支出5%的标准给予奖励，最高不超过20万元。"],
        [2, "重点技改项目奖励", "列入省、市重点工业技改项目计划，且设备投资500万元以上的重点技改项目，经有关部门审验和资产评估后", "按实际设备投资额给予不超过6%的奖励。"],
      ],
      merges: ["A1:D1", "A3:D3"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 20, 14, 16, 12],
      rows: [
        ["临西县2019年度科技跃升计划奖励资金拟兑现企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "奖励事项", "研发经费支出", "实际设备投资额", "奖励资金"],
        [1, "临西县瑞通轴承有限公司", "91130535BTFRJ4JR0F", "研发投入奖励", 260, "—", 13],
        [2, "临西县鸿达精密轴承有限公司", "91130535TJH7FPNEQY", "研发投入奖励", 600, "—", 25],
        [3, "临西县金圣轴承制造有限公司", "91130535U5JEB7UA7Q", "重点技改项目奖励", "—", 1200, 72],
        [4, "临西县兴华轴承套圈有限公司", "911305358RUKPKMAE6", "重点技改项目奖励", "—", 800, 55],
        [5, "临西县宏远保持器有限公司", "91130535QX2YBMGGC5", "研发投入奖励", 180, "—", 9],
        ["合计", null, null, null, 1040, 2000, 174],
        ["注：研发经费支出、实际设备投资额经有关部门审验核定；奖励资金由县财政一次性拨付。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A9:D9", "A10:G10"],
      numberFormats: { "E4:F9": "#,##0", "G4:G9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", D: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "base", G: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "研发投入奖励: 5% × 600 = 30, held to the 20 maximum; 25 approved, 5 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G7", why: "重点技改项目奖励 is at most 6% of 实际设备投资额: 6% × 800 = 48; 55 approved, 7 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C8", why: "91130535QX2YBMGGC5: the GB 32100 check character of the first 17 is T, not 5" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G4", why: "5% × 260 = 13 = the award" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G6", why: "6% × 1,200 = 72 = the award" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G5", why: "the 20 maximum binds before 5% × 600 = 30: only cap.exceeded is reported" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G8", why: "5% × 180 = 9, within 20" },
      { rule: "catalog.unreadable-standard", sheet: "支持条款", why: "both standards state a rate of a named base (and a maximum for the first)" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G9", why: "13 + 25 + 72 + 55 + 9 = 174" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "E9", why: "260 + 600 + 180 = 1,040" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 奖励事项 is a catalog item word for word" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "five firms, five codes" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "A10", why: "the note under the table is no data" },
    ],
  },
};
