import type { CorpusLayout } from "../types";

// 乌拉特中旗财政局, to May 2023: 3,085万元 of central and autonomous-region 衔接 money paid to the 苏木镇 — 乌加河镇 2,058,
// 海流图镇 400, 甘其毛都镇 277, 石哈河镇 200, 同和太种畜繁育中心 150 — mostly for industries (产业园). The report is prose; laid out
// as the 拨付明细表 by project behind it: project, its implementing body, its 苏木镇, the money allocated, paid so far, the date.
export const layout: CorpusLayout = {
  id: "urad-middle-2023-linkage-fund-payments",
  source: {
    title: "中旗拨付乡村振兴补助资金3085万元（巴彦淖尔日报；乌拉特中旗财政局）",
    url: "https://www.bynr.gov.cn/xxgk/zdly/fpgz/202305/t20230522_512029.html",
    publisher: "巴彦淖尔市人民政府（来源：巴彦淖尔日报）",
    date: "2023-05-22",
    changes:
      "As published: 3,085万元 of 中央及自治区补助资金 paid by May, and what each body received (乌加河镇 2,058, 海流图镇 400, 甘其毛都镇 277, " +
      "石哈河镇 200, 同和太种畜繁育中心 150万元) — the 累计拨付 of our rows add up to these. The report has no table: the list (序号 | 项目名称 | " +
      "项目实施单位 | 所属苏木镇 | 分配资金 | 累计拨付 | 拨付日期), the projects, bodies, allocations and dates are ours. Planted: 石哈河镇's " +
      "project paid 200万元 against 180万元 allocated.",
  },
  classes: ["register", "payees-by-project", "allocation-and-paid-columns", "paid-date-column", "towns-as-places", "dash-as-nothing", "no-credit-codes", "item-in-title", "year-in-title", "national-fund-short-name", "wanyuan-caption", "total-at-foot", "notes-under-table", "banner-county", "inner-mongolia"],
  settings: { district: "巴彦淖尔市乌拉特中旗", asOf: "2023-05-22" },
  sheets: [
    {
      name: "拨付明细",
      widths: [6, 36, 34, 14, 14, 14, 14],
      rows: [
        ["乌拉特中旗2023年中央及自治区财政衔接推进乡村振兴补助资金拨付明细表", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "项目名称", "项目实施单位", "所属苏木镇", "分配资金", "累计拨付", "拨付日期"],
        [1, "乌加河镇现代农牧业产业园建设项目", "乌加河镇人民政府", "乌加河镇", 1200, 1200, "2023-04-18"],
        [2, "乌加河镇肉羊标准化养殖园区项目", "乌加河镇德日素嘎查股份经济合作社", "乌加河镇", 520, 520, "2023-04-18"],
        [3, "乌加河镇葵花产业链提升项目", "乌加河镇八岱村股份经济合作社", "乌加河镇", 338, 338, "2023-05-09"],
        [4, "海流图镇设施农业大棚改造项目", "海流图镇人民政府", "海流图镇", 400, 400, "2023-03-27"],
        [5, "甘其毛都镇牧区饮水安全巩固提升项目", "甘其毛都镇人民政府", "甘其毛都镇", 277, 277, "2023-05-09"],
        [6, "石哈河镇马铃薯种薯繁育基地项目", "石哈河镇人民政府", "石哈河镇", 180, 200, "2023-04-25"],
        [7, "同和太种畜繁育中心种公羊扩繁项目", "乌拉特中旗同和太种畜繁育中心", "—", 150, 150, "2023-03-27"],
        ["合计", null, null, null, 3065, 3085, null],
        ["资金来源：中央财政衔接推进乡村振兴补助资金、自治区财政衔接推进乡村振兴补助资金。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A11:D11", "A12:G12"],
      numberFormats: { "E4:F11": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "project", C: "enterprise", D: "place", E: "approved", F: "paidTotal", G: "paidDate" },
        year: 2023,
      },
    ],
    findings: [{ rule: "register.paid-exceeds-award", cell: "F9", why: "累计拨付 200 against 分配资金 180: 20万元 more than allocated" }],
    absent: [
      { rule: "register.paid-exceeds-award", cell: "F11", why: "合计 3,085 against 3,065 is the sum of the rows (1200+520+338+400+277+200+150), the planted row's excess carried; not an award" },
      { rule: "register.ineligible-location", why: "乌加河镇, 海流图镇, 甘其毛都镇, 石哈河镇 are towns of 乌拉特中旗; “—” for the breeding centre is nothing" },
      { rule: "register.late-disbursement", why: "every date is before 2023-05-22, far from the deadline" },
      { rule: "register.unpaid", why: "every project shows a payment" },
      { rule: "register.duplicate", why: "three projects in 乌加河镇, each by a different body" },
      { rule: "input.unreadable-value", cell: "D10", why: "“—” in the place column means nothing" },
    ],
  },
};
