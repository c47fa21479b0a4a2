import type { CorpusLayout } from "../types";

// 上海市宝山区人民政府 2020-03-31: 宝山区支持产业发展“1+9”专项资金重点项目指南（2020年版）, its first block — A 邮轮经济, items
// A01–A06 with sub-items numbered A02-1, A04-2… inside one 扶持标准和方式 cell: a fixed 300 / 200万元, 最高不超过300万元 by level,
// 10% / 5% of the purchase price or 60% of a year's rent each 最高不超过600 / 500万元, per-voyage awards; A01 names no amount.
// The year's awards on a second sheet, each row naming the sub-item by its number.
export const layout: CorpusLayout = {
  id: "baoshan-sh-2020-cruise-economy-project-guide",
  source: {
    title: "宝山区支持产业发展“1+9”专项资金重点项目指南（2020年版）— A 邮轮经济（A01—A06）",
    url: "http://zhengsoso.com/static/310113/1/2434.html",
    publisher: "上海市宝山区人民政府",
    date: "2020-03-31",
    changes:
      "Guide sheet as published: title and （2020年版）, the header 专项资金 | 编号 | 扶持项目 | 扶持标准和方式, the block label A 邮轮经济 " +
      "merged down, A01–A06 with their wording and sub-items (A02-1/A02-2, A04-1/A04-2, A05-1/A05-2, A06-1…A06-3) one per line in " +
      "one cell. Cut: A07 (its standard runs on past what the stored copy shows) and the blocks after A. The second sheet (the " +
      "year's projects, 单位：万元) is ours: its columns and all values, firms and codes. Planted: 上海吴淞口邮轮服务有限公司 given " +
      "350万元 under A02-1 (fixed 300); 上海宝山邮轮配套有限公司 given 320万元 under A04-2 where 60% of its 500万元 rent is 300; " +
      "上海宝邮国际旅行社有限公司 listed twice under A02-2. A01's standard (按照上海市有关政策给予奖励扶持) names no amount, as published.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "sub-items-in-one-cell", "sub-item-codes", "fixed-awards", "rate-with-cap", "per-voyage-award", "unreadable-standard", "block-label-merged-down", "base-column", "credit-codes", "item-code-column", "wanyuan-caption", "total-at-foot", "shanghai"],
  settings: { asOf: "2020-12-31", district: "宝山区" },
  sheets: [
    {
      name: "重点项目指南",
      widths: [12, 8, 44, 70],
      rows: [
        ["宝山区支持产业发展“1+9”专项资金重点项目指南", null, null, null],
        ["（2020年版）", null, null, null],
        ["专项资金", "编号", "扶持项目", "扶持标准和方式"],
        ["A 邮轮经济", "A01", "对落户宝山的邮轮产业相关公司地区总部或总部型机构、外资研发中心", "按照上海市有关政策给予奖励扶持"],
        [null, "A02", "对落户宝山的邮轮产业民营企业总部", "A02-1：经市商务委认定为民营企业总部，给予300万元的资金支持\nA02-2：经市商务委认定为民营企业总部型机构，给予200万元的资金支持"],
        [null, "A03", "对不完全符合上海市跨国公司地区总部认定条件，但实际具备地区总部职能的邮轮产业相关公司总部或运营中心等机构", "按照不同等级，给予最高不超过300万元的扶持"],
        [null, "A04", "对落户宝山的邮轮产业相关公司总部", "A04-1：首次在宝山购置自用办公用房的，按照不超过实际购房总价的10%给予一次性补贴，最高不超过600万元\nA04-2：首次在宝山租赁自用办公用房的，根据实际租赁面积，按照不超过年租金的60%给予一次性补贴，最高不超过600万元"],
        [null, "A05", "对其他邮轮产业相关企业", "A05-1：首次在宝山购置自用办公用房的，按照不超过实际购房总价的5%给予一次性补贴，最高不超过500万元\nA05-2：首次在宝山租赁自用办公用房的，根据实际租赁面积，按照不超过年租金的60%给予一次性补贴，最高不超过500万元"],
        [null, "A06", "对邮轮公司在邮轮旅游淡季以吴淞口国际邮轮港为母港运营的邮轮", "A06-1：最大载客量在4000人以上的邮轮每航次奖励2万元\nA06-2：最大载客量在2500-4000人之间的邮轮每航次奖励1.5万元\nA06-3：最大载客量小于2500人的邮轮每航次奖励1万元"],
      ],
      merges: ["A1:D1", "A2:D2", "A4:A9"],
    },
    {
      name: "2020年拟扶持项目",
      widths: [6, 32, 22, 10, 40, 16, 14, 16],
      rows: [
        ["宝山区2020年度邮轮经济专项资金拟扶持项目汇总表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "项目编号", "扶持项目", "购房总价／年租金", "核定扶持金额", "备注"],
        [1, "上海吴淞口邮轮服务有限公司", "91310113MA1GL6Q326", "A02-1", "经市商务委认定为民营企业总部", null, 350, null],
        [2, "上海宝邮国际旅行社有限公司", "91310113MA1K8N2P7U", "A02-2", "经市商务委认定为民营企业总部型机构", null, 200, null],
        [3, "上海长江口邮轮运营管理有限公司", "91310113MA1H3R5T04", "A03", "实际具备地区总部职能的邮轮产业相关公司运营中心", null, 280, "按等级核定"],
        [4, "上海蓝海邮轮科技有限公司", "91310113MA1FP9W44E", "A04-1", "首次在宝山购置自用办公用房", 5200, 520, null],
        [5, "上海宝山邮轮配套有限公司", "91310113MA1G2T7X62", "A04-2", "首次在宝山租赁自用办公用房", 500, 320, null],
        [6, "上海星港邮轮物资供应有限公司", "91310113MA1JA4K88T", "A05-1", "首次在宝山购置自用办公用房", 8000, 400, null],
        [7, "上海海韵邮轮文化传播有限公司", "91310113MA1M5B3C25", "A05-2", "首次在宝山租赁自用办公用房", 180, 108, null],
        [8, "上海宝邮国际旅行社有限公司", "91310113MA1K8N2P7U", "A02-2", "经市商务委认定为民营企业总部型机构", null, 200, null],
        [9, "上海邮轮港供应链管理有限公司", "91310113MA1N7D9E40", "A04-2", "首次在宝山租赁自用办公用房", 1200, 600, "按上限"],
        ["合计", null, null, null, null, null, 2978, null],
      ],
      merges: ["A1:H1", "A13:F13"],
      numberFormats: { "F4:G13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "重点项目指南",
        kind: "catalog",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "category", B: "code", C: "item", D: "standard" },
        year: 2020,
      },
      {
        sheet: "2020年拟扶持项目",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", E: "item", F: "base", G: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "重点项目指南", cell: "D4", why: "A01: 按照上海市有关政策给予奖励扶持 names no amount and no rate" },
      { rule: "cap.exceeded", sheet: "2020年拟扶持项目", cell: "G4", why: "A02-1 民营企业总部: a fixed 300万元; 350 is 50万元 over" },
      { rule: "cap.rate-exceeded", sheet: "2020年拟扶持项目", cell: "G8", why: "A04-2 租赁: 60% × 年租金 500 = 300万元 (the 600 maximum does not bind); 320 is 20万元 over" },
      { rule: "register.duplicate", sheet: "2020年拟扶持项目", cell: "G11", why: "上海宝邮国际旅行社有限公司 (91310113MA1K8N2P7U) under A02-2 in 2020 again; first at row 5" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "2020年拟扶持项目", cell: "G5", why: "A02-2 总部型机构: 200 is the fixed 200万元 itself" },
      { rule: "cap.exceeded", sheet: "2020年拟扶持项目", cell: "G6", why: "A03: 280 is within 最高不超过300万元" },
      { rule: "cap.rate-exceeded", sheet: "2020年拟扶持项目", cell: "G7", why: "A04-1 购置: 10% × 5,200 = 520 ≤ 600, as given" },
      { rule: "cap.rate-exceeded", sheet: "2020年拟扶持项目", cell: "G9", why: "A05-1 购置: 5% × 8,000 = 400 ≤ 500, as given" },
      { rule: "cap.rate-exceeded", sheet: "2020年拟扶持项目", cell: "G10", why: "A05-2 租赁: 60% × 180 = 108, as given" },
      { rule: "cap.rate-exceeded", sheet: "2020年拟扶持项目", cell: "G12", why: "A04-2: 60% × 1,200 = 720, so the 600万元 maximum binds; 600 is the maximum itself" },
      { rule: "cap.exceeded", sheet: "2020年拟扶持项目", cell: "G13", why: "合计 2,978 is no award" },
      { rule: "catalog.unreadable-standard", sheet: "重点项目指南", cell: "D5", why: "A02's two sub-items each state a fixed amount (300 / 200万元)" },
      { rule: "catalog.unreadable-standard", sheet: "重点项目指南", cell: "D6", why: "A03: 最高不超过300万元 is a maximum; 按照不同等级 only says it is graded" },
      { rule: "catalog.unreadable-standard", sheet: "重点项目指南", cell: "D7", why: "A04's sub-items are rates (10%, 60%) each with a 600万元 maximum" },
      { rule: "catalog.unreadable-standard", sheet: "重点项目指南", cell: "D9", why: "A06's sub-items each state an award in 万元 (2 / 1.5 / 1 a voyage); the passenger counts (4000人以上) are conditions" },
      { rule: "register.ineligible-location", why: "no place column; every code is issued in 宝山区 (310113)" },
      { rule: "register.unpaid", why: "a list of awards proposed records no payment" },
    ],
  },
};
