import type { CorpusLayout } from "../types";

// 山西省工信厅、省财政厅 《重点产业链培育激励方案》 (2023-04-27 起施行, reported 2023-05-11): the awards under section headings
// merged across (推动产业链企业培育壮大 / 加快产业链关键环节招引落地), a fixed 100万元 for a 链主 named, revenue levels and their awards in
// one sentence (10亿元…1000亿元 → 100…3000万元; 5亿元…100亿元 → 25…500万元), 2‰ and 2% of investment with maxima of 500 / 1000万元;
// the year's awards by 奖励事项 on a second sheet.
export const layout: CorpusLayout = {
  id: "shanxi-2023-industrial-chain-incentive-scheme",
  source: {
    title: "每日速递：山西出台重点产业链重大奖励政策 最高奖3000万元（《重点产业链培育激励方案》）",
    url: "http://finance.coalstudy.com/finance/2023/0511/65863.html",
    publisher: "山西省工业和信息化厅、山西省财政厅（据“山西发布”）",
    date: "2023-05-11",
    changes:
      "The standards are the report's own sentences for five awards, under its two headings (推动产业链企业培育壮大, 加快产业链关键环节招引落地), " +
      "laid out as a clause table (序号 | 奖励事项 | 奖励标准) with section rows merged across; the 奖励事项 names are ours, shortened from the " +
      "sentences, and the 协作配套 awards (cut off in the stored copy) are left out. The award list on the second sheet is ours: firms, codes " +
      "(太原 140100, 大同 140200, 晋中 140700, 运城 140800, 长治 140400, 临汾 141000), investments and amounts. Planted: 运城 firm's 链上 " +
      "revenue-level award 600 above the largest level, 500万元; 晋中 医药 firm's 新引进 award 420 where 2% of 18,000 is 360; 大同 机车 named as 链主 " +
      "twice in the year (rows 5 and 13).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "section-rows-merged-across", "levels-in-one-sentence", "rate-with-cap", "per-mille-rate", "fixed-awards", "conditions-not-caps", "base-column", "credit-codes", "cities-as-places", "province-wide-fund", "item-per-row", "remark-column", "wanyuan-caption", "total-at-foot", "shanxi"],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "激励方案",
      widths: [6, 24, 110],
      rows: [
        ["山西省重点产业链培育激励方案（摘录）", null, null],
        ["序号", "奖励事项", "奖励标准"],
        ["一、推动产业链企业培育壮大", null, null],
        [1, "“链主”企业认定奖励", "对认定为省级“链主”企业的，给予认定奖励100万元。"],
        [2, "“链主”企业营收进档奖励", "认定当年，“链主”企业产业链年度营业收入达到10亿元、50亿元、100亿元、500亿元、1000亿元的，按相应档位给予奖励100万元、500万元、1000万元、2000万元、3000万元；后续年份，对“链主”企业产业链年度营业收入提升，按照相应档位进行奖励。"],
        [3, "链上企业营收进档奖励", "以2021年为基年，链上企业产业链年度营业收入首次提升到5亿元、10亿元、20亿元、50亿元、100亿元的，按相应档位给予奖励25万元、50万元、100万元、250万元、500万元。"],
        ["二、加快产业链关键环节招引落地", null, null],
        [4, "“链主”企业引荐奖励", "对“链主”企业引进上下游企业落地。所引进落地企业项目固定资产投资额在1亿元以上，按照“链主”企业申报时所引进企业项目实际完成固定资产投资额的2‰，给予“链主”企业最高不超过500万元的一次性引荐奖励。"],
        [5, "新引进落地企业奖励", "对重点产业链上新引进落地的企业。项目固定资产投资额在1亿元以上，且在投资建设期限内全部建成投产的，按照实际完成固定资产投资额的2%进行一次性资金奖励，最高不超过1000万元。"],
      ],
      merges: ["A1:C1", "A3:C3", "A7:C7"],
    },
    {
      name: "奖励名单",
      widths: [6, 32, 22, 10, 22, 16, 12, 30],
      rows: [
        ["2023年山西省重点产业链培育激励奖励资金拟兑现名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "奖励事项", "实际完成固定资产投资额", "奖励金额", "备注"],
        [1, "太原晋钢特种材料有限公司", "91140100MA0K3T5R2K", "太原市", "“链主”企业认定奖励", null, 100, "特种金属材料产业链"],
        [2, "大同晋北机车装备有限公司", "91140200MA0H8L2C4N", "大同市", "“链主”企业认定奖励", null, 100, "轨道交通装备产业链"],
        [3, "太原晋钢特种材料有限公司", "91140100MA0K3T5R2K", "太原市", "“链主”企业营收进档奖励", null, 1000, "产业链营业收入达到100亿元档"],
        [4, "晋中汇通新材料有限公司", "91140700MA0GX6QP1A", "晋中市", "链上企业营收进档奖励", null, 50, "首次提升到10亿元档"],
        [5, "运城河东汽车零部件有限公司", "91140800MA0JU9D77E", "运城市", "链上企业营收进档奖励", null, 600, "首次提升到100亿元档"],
        [6, "长治潞光光伏科技有限公司", "91140400MA0LB3WN30", "长治市", "新引进落地企业奖励", 32000, 640, "光伏组件项目建成投产"],
        [7, "临汾尧都精密铸造有限公司", "91141000MA0KF2HX6Y", "临汾市", "新引进落地企业奖励", 60000, 1000, "铸造件项目建成投产"],
        [8, "晋中太谷生物医药有限公司", "91140700MA0N7C1E9P", "晋中市", "新引进落地企业奖励", 18000, 420, "原料药项目建成投产"],
        [9, "大同晋北机车装备有限公司", "91140200MA0H8L2C4N", "大同市", "“链主”企业引荐奖励", 150000, 300, "引进配套企业三家"],
        [10, "大同晋北机车装备有限公司", "91140200MA0H8L2C4N", "大同市", "“链主”企业认定奖励", null, 100, "轨道交通装备产业链"],
        ["合计", null, null, null, null, 260000, 4310, null],
      ],
      merges: ["A1:H1", "A14:E14"],
      numberFormats: { "F4:G14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "激励方案", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G8", why: "链上企业营收进档奖励: the largest level's award is 500万元 (100亿元档); 600 awarded: 100万元 over" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G11", why: "新引进落地企业奖励: 2% × 18,000 = 360 binds before the 1,000 maximum; 420 awarded: 60万元 over" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "G13", why: "大同晋北机车装备 (91140200MA0H8L2C4N) given “链主”企业认定奖励 again in 2023, first at row 5" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "激励方案", cell: "C4", why: "a fixed 100万元" },
      { rule: "catalog.unreadable-standard", sheet: "激励方案", cell: "C6", why: "levels' awards in one sentence (25…500万元): at most the largest, 500万元; 5亿元…100亿元 are the levels' conditions" },
      { rule: "catalog.unreadable-standard", sheet: "激励方案", cell: "C9", why: "2% of 实际完成固定资产投资额 with a maximum of 1000万元; 1亿元以上 is a condition" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G6", why: "“链主”企业营收进档奖励 1,000 is the 100亿元 level's award, below the largest (3,000)" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G9", why: "2% × 32,000 = 640 = awarded" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G10", why: "2% × 60,000 = 1,200, so the 1,000 maximum binds; 1,000 awarded exactly" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G4", why: "认定奖励 100万元 as fixed" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "G6", why: "太原晋钢's second row is another award (营收进档), not the 认定奖励 again" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "G12", why: "大同晋北机车's 引荐奖励 is another award than its 认定奖励" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G14", why: "合计 4,310 is no award (100+100+1000+50+600+640+1000+420+300+100)" },
      { rule: "cap.no-cap", sheet: "奖励名单", cell: "G4", why: "fixed and revenue-level awards need no base: the blank investment is no missing base" },
      { rule: "register.ineligible-location", why: "太原, 大同, 晋中, 运城, 长治, 临汾 are all cities of 山西省" },
      { rule: "register.location-code-mismatch", why: "each code carries its own city's code (1401/1402/1404/1407/1408/1410)" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "cap.unknown-policy", why: "every 奖励事项 is a clause of the first sheet" },
      { rule: "register.unpaid", why: "a 拟兑现 list records no payments" },
    ],
  },
};
