import type { CorpusLayout } from "../types";

// 中共海曙区委、海曙区人民政府 2017-04-23, 关于推进“中国制造2025”工作的若干政策意见 (海党〔2017〕43号), 一、(三) 加大重点骨干企业培育力度: the
// sales-milestone awards as six levels in one sentence (200 / 150 / 100 / 50 / 10 / 1亿元 → 400 / 300 / 200 / 100 / 30 / 10万元, 累计) and the
// 单项冠军 top-up awards (国家级 100 / 50, 市级 50 / 20). The year's award list on a second sheet.
export const layout: CorpusLayout = {
  id: "haishu-2017-made-in-china-2025-backbone-firm-awards",
  source: {
    title: "中共海曙区委 海曙区人民政府关于推进“中国制造2025”工作的若干政策意见（海党〔2017〕43号）— 一、（三）加大重点骨干企业培育力度",
    url: "https://zcy.87188718.com/T150180.html",
    publisher: "中共宁波市海曙区委、宁波市海曙区人民政府（转载）",
    date: "2017-04-23",
    changes:
      "The two clauses' wording is as published, laid out one award to a row (条款 | 政策项目 | 扶持标准; the 政策项目 names are ours, the 单项冠军 " +
      "sentence split into its 国家级 and 市级 halves); (一)(二) (industry system, 一事一议) are left out. The award list on the second sheet is ours " +
      "(firms, 海曙区 codes 330203, towns, amounts). Planted: 古林纺织服装 450 for the sales milestone, above the largest level 400; 姜山模具 " +
      "placed in 鄞州区姜山镇, outside 海曙区.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "cumulative-award", "top-up-award", "clause-number-column",
    "credit-codes", "towns-as-places", "item-per-row", "wanyuan-in-header", "total-at-foot", "district-policy", "zhejiang",
  ],
  settings: { district: "海曙区", asOf: "2018-12-31" },
  sheets: [
    {
      name: "政策条款",
      widths: [10, 30, 96],
      rows: [
        ["海曙区推进“中国制造2025”若干政策意见（一、（三）加大重点骨干企业培育力度 摘录）", null, null],
        ["条款", "政策项目", "扶持标准"],
        ["一、（三）", "工业销售收入首次突破奖励", "鼓励企业做强做大。对工业销售收入首次突破200亿元、150亿元、100亿元、50亿元、10亿元、1亿元的，累计分别给予400万元、300万元、200万元、100万元、30万元、10万元的奖励。"],
        ["一、（三）", "国家级制造业单项冠军补差奖励", "实施行业单打冠军培育计划。对列入国家级制造业单项冠军示范企业、培育企业的，分别给予100万元、50万元的补差奖励。"],
        ["一、（三）", "市级单项冠军补差奖励", "对首次列入市级单项冠军示范企业、培育企业的，分别给予50万元、20万元的补差奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 16, 30, 16],
      rows: [
        ["海曙区2018年度重点骨干企业培育政策拟兑现企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇（街道）", "政策项目", "奖励金额（万元）"],
        [1, "宁波集士港精工机械有限公司", "91330203MAEWH906R4", "集士港镇", "工业销售收入首次突破奖励", 30],
        [2, "宁波古林纺织服装有限公司", "91330203MANADE9QDW", "古林镇", "工业销售收入首次突破奖励", 450],
        [3, "宁波高桥电气有限公司", "91330203MA3BNX2U38", "高桥镇", "国家级制造业单项冠军补差奖励", 100],
        [4, "宁波横街文具有限公司", "91330203MAFK0ED69U", "横街镇", "市级单项冠军补差奖励", 50],
        [5, "宁波石碶汽车配件有限公司", "91330203MARU2CWPCF", "石碶街道", "市级单项冠军补差奖励", 20],
        [6, "宁波望春电子信息有限公司", "91330203MACJD0B6GG", "望春街道", "工业销售收入首次突破奖励", 10],
        [7, "宁波姜山模具有限公司", "91330212MAP0YG4025", "鄞州区姜山镇", "市级单项冠军补差奖励", 50],
        ["合计", null, null, null, null, 710],
      ],
      merges: ["A1:F1", "A10:E10"],
      numberFormats: { "F3:F10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F4", why: "工业销售收入首次突破奖励: levels 400 / 300 / 200 / 100 / 30 / 10万元; a row naming no level is allowed at most the largest, 400: 450 is 50万元 over" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D9", why: "姜山镇 is a town of 鄞州区, not 海曙区" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "six levels in one sentence: at most 400万元; the 亿元 figures are sales thresholds, not awards" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "two levels (100 / 50万元): at most 100万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "two levels (50 / 20万元): at most 50万元" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F5", why: "国家级单项冠军 100 is the clause's largest award" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F6", why: "市级单项冠军 50 is the clause's largest award" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F10", why: "合计 710 = the seven amounts added up, not an award" },
      { rule: "cap.unknown-policy", why: "every 政策项目 of the list is a row of the sheet's own clauses" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D3", why: "集士港镇, 古林镇, 高桥镇, 横街镇, 石碶街道 and 望春街道 are all of 海曙区" },
      { rule: "register.location-code-mismatch", sheet: "拟兑现名单", cell: "C9", why: "the row's place is already outside the district; the mismatch rule is for rows placed inside" },
      { rule: "register.duplicate", why: "no firm appears twice" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
    ],
  },
};
