import type { CorpusLayout } from "../types";

// 广安市 2025 (广安府办规〔2025〕3号, 政策解读): 14 measures to push the economy back up. The 解读 quotes the livestock and
// science clauses in prose; set as a measures list (条款 | 支持事项 | 支持标准) with a 兑现名单 of our own on a second sheet.
export const layout: CorpusLayout = {
  id: "guangan-2025-economic-recovery-measures-awards",
  source: {
    title: "《广安市关于进一步推动经济运行回升向好的若干政策措施》政策解读（清单及兑现名单据正文拟）",
    url: "https://www.guang-an.gov.cn/zfxxgk/wjjd/pc/content/content_1933077340192497664.html",
    publisher: "广安市人民政府办公室",
    date: "2025",
    changes:
      "The 解读 gives the measures as prose (（一）生猪牛羊禽出栏激励, （二）科技创新激励 …); sheet 政策清单 sets the five awards it quotes one a row " +
      "(条款 | 支持事项 | 支持标准), the standards in the document's words, shortened; the clauses after （二） are cut. Sheet 兑现名单 is ours: " +
      "firms, codes and amounts invented. Planted: a 武胜县 cooperative given 8 万元 under the 每户5万元 livestock award; one 邻水县 code's check " +
      "character wrong.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "fixed-per-household", "rate-with-maximum", "maximum-award", "conditions-with-ji-yishang",
    "clause-column", "repeated-clause-numbers", "base-column", "dash-for-no-base", "credit-codes", "cooperative-codes", "item-column",
    "place-column", "counties-as-places", "wanyuan-caption", "whole-wanyuan", "total-at-foot", "notes-under-table", "table-from-prose",
    "city-policy", "sichuan",
  ],
  settings: { district: "广安市" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 8, 34, 70],
      rows: [
        ["广安市关于进一步推动经济运行回升向好的若干政策措施（奖补事项清单）", null, null, null],
        ["序号", "条款", "支持事项", "支持标准"],
        [1, "（一）", "生猪牛羊禽出栏激励", "对2025年1月1日至2025年12月31日期间，出栏生猪、肉牛、肉羊、肉禽较2024年度分别增加2000头、350头、400只、5万羽及以上的养殖场（含2025年新建投产养殖场），按照每户5万元给予奖励"],
        [2, "（二）", "新认定的省级概念验证、中试熟化（研发）平台", "对2025年4月1日至2025年9月30日期间新认定的，给予50万元奖励"],
        [3, "（二）", "评估为省级优秀新型研发机构", "按省级支持金额的20%给予再奖补，最高不超过100万元"],
        [4, "（二）", "首次创建为省级技术转移示范机构", "给予最高10万元奖励"],
        [5, "（二）", "经评估为优秀的省级技术转移示范机构", "促进成果转化、技术服务成效显著，经评估为优秀的，给予最高30万元奖励"],
        ["注：同一单位同一事项符合多项政策的，按照“就高不重复”原则执行。", null, null, null],
      ],
      merges: ["A1:D1", "A8:D8"],
    },
    {
      name: "兑现名单",
      widths: [6, 34, 22, 12, 34, 14, 14],
      rows: [
        ["广安市2025年推动经济运行回升向好政策奖补资金兑现名单（第一批）", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "单位名称", "统一社会信用代码", "所在县（市、区）", "支持事项", "计算基数", "奖补金额"],
        [1, "广安嘉禾生猪养殖有限公司", "91511621MA6A8KQ3XG", "岳池县", "生猪牛羊禽出栏激励", "—", 5],
        [2, "武胜县宏达肉牛养殖专业合作社", "93511622MA6B2R7L5Y", "武胜县", "生猪牛羊禽出栏激励", "—", 8],
        [3, "邻水县青山禽业有限公司", "91511623MA6C4N8T2K", "邻水县", "生猪牛羊禽出栏激励", "—", 5],
        [4, "广安市科创中试研发中心有限公司", "91511602MA6D7P1W96", "广安区", "新认定的省级概念验证、中试熟化（研发）平台", "—", 50],
        [5, "华蓥市光电产业技术研究院有限公司", "91511681MA6E3H5Y45", "华蓥市", "评估为省级优秀新型研发机构", 300, 60],
        [6, "四川前锋技术转移服务有限公司", "91511603MA6F9J2K68", "前锋区", "首次创建为省级技术转移示范机构", "—", 10],
        ["合计", null, null, null, null, null, 138],
        ["注：计算基数为省级支持金额。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A10:F10", "A11:G11"],
      numberFormats: { "F4:G10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 7, columns: { B: "document", C: "item", D: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "生猪牛羊禽出栏激励 is 每户5万元 (fixed 5); 武胜县宏达肉牛养殖专业合作社 given 8, 3 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C6", why: "91511623MA6C4N8T2K: the GB 32100 check character of 91511623MA6C4N8T2 is J, not K" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G8", why: "20% × 300 = 60, within the 100 maximum" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G7", why: "50 as fixed" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G9", why: "10, at the maximum" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D3", why: "2000头、350头、400只、5万羽及以上 are conditions (及以上); 每户5万元 is the award" },
      { rule: "register.ineligible-location", sheet: "兑现名单", why: "岳池县, 武胜县, 邻水县, 广安区, 华蓥市 and 前锋区 are all 广安市's" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G10", why: "5 + 8 + 5 + 50 + 60 + 10 = 138" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "three farms under one item are three different firms" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "A11", why: "the note under the list" },
    ],
  },
};
