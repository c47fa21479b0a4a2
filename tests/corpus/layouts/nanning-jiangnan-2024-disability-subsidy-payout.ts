import type { CorpusLayout } from "../types";

// 南宁市江南区财政局 2025-05-29: the district's 惠民惠农财政补贴资金政策清单 — 序号 | 地区 | 补贴项目名称（一级） | 补贴项目名称（二级） | 补贴项目管理办法 |
// 补贴对象 | 补贴标准 | 补贴发放频次 | 补贴发放形式 | 本级是否经办业务 | 主管部门 | 政策更新时间 | 备注, the documents and the standard written out per row;
// the year's payments under its first item (阳光家园计划, 1500元/人·年 in two instalments of 500 and 1000) on a second sheet.
export const layout: CorpusLayout = {
  id: "nanning-jiangnan-2024-disability-subsidy-payout",
  source: {
    title: "南宁市江南区惠民惠农财政补贴资金政策清单（2025年5月更新版）",
    url: "http://www.nnjn.gov.cn/xxgk/xxgkml/qtzdxx/czzjzdjc/t6347605.html",
    publisher: "南宁市江南区财政局",
    date: "2025-05-29",
    changes:
      "As published: the list's title, 填报单位：南宁市江南区财政局, the thirteen headings, and row 1 (残疾人阳光家园计划: its three documents, its 补贴对象 " +
      "shortened, 1500元/人·年, the two instalments of 500 and 1000元, 打卡, 江南区残疾人联合会, 2021年4月27日). Cut: row 2 (残疾人专职委员岗位补贴, whose " +
      "standard the stored copy breaks off) and the rest. Rows 2–3 of the first sheet are ours, in the list's manner, and so is the whole second sheet " +
      "(no published payment list was found; names masked as such lists do). Planted: 耕地地力保护补贴's standard given in words with no amount; " +
      "黄*梅 approved 1,800元 against the fixed 1,500; 韦*强 paid 500 + 1,500 = 2,000元 on an award of 1,500; 陆*华's second instalment dated 2024-12-18, " +
      "after the 11-30 deadline.",
  },
  classes: ["catalog", "register", "two-sheets", "policy-list", "thirteen-headings", "prose-caps", "unreadable-standard", "fixed-cap", "per-person-per-year", "people-as-payees", "instalments", "payment-date-column", "towns-as-places", "yuan-caption", "district-fund", "guangxi"],
  settings: { asOf: "2025-01-20", district: "江南区" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 8, 22, 14, 48, 40, 24, 40, 10, 10, 18, 14, 8],
      rows: [
        ["南宁市江南区惠民惠农财政补贴资金政策清单", null, null, null, null, null, null, null, null, null, null, null, null],
        ["填报单位：南宁市江南区财政局", null, null, null, null, null, null, null, null, null, null, null, null],
        ["序号", "地区", "补贴项目名称（一级）", "补贴项目名称（二级）", "补贴项目管理办法", "补贴对象", "补贴标准", "补贴发放频次", "补贴发放形式", "本级是否经办业务", "主管部门", "政策更新时间", "备注"],
        [
          1, "江南区", "残疾人阳光家园计划", null,
          "《南宁市财政局关于下达2021年自治区财政残疾人事业发展补助资金的通知》（南财社〔2021〕81号）、《关于印发〈2021年南宁市“阳光家园计划”项目实施方案〉的通知》（南残会通〔2021〕5号）",
          "具有江南区户籍，持有效《中华人民共和国残疾人证》，16周岁以上智力、精神和重度肢体残疾人。",
          "1500元/人·年",
          "每年分两次：在与残疾人签订的协议有效时间内，按文件要求一期发放500元，二期发放1000元。",
          "打卡", null, "江南区残疾人联合会", "2021年4月27日", null,
        ],
        [
          2, "江南区", "耕地地力保护补贴", null,
          "《广西壮族自治区耕地地力保护补贴实施方案》",
          "拥有耕地承包权的种地农民",
          "按自治区下达资金总额和核定补贴面积测算，具体以当年公示标准为准",
          "每年一次",
          "打卡", "是", "江南区农业农村局", "2023年3月10日", null,
        ],
        [
          3, "江南区", "农村危房改造补助", null,
          "《广西农村危房改造补助资金管理办法》",
          "农村低收入群体等重点对象",
          "分类分级补助，最高不超过3.5万元/户",
          "按工程进度分期拨付",
          "打卡", "是", "江南区住房和城乡建设局", "2022年6月1日", null,
        ],
      ],
      merges: ["A1:M1", "A2:M2"],
    },
    {
      name: "发放明细",
      widths: [6, 10, 12, 20, 12, 12, 12, 12, 14],
      rows: [
        ["2024年江南区残疾人阳光家园计划补贴发放明细表", null, null, null, null, null, null, null, null],
        ["单位：元", null, null, null, null, null, null, null, null],
        ["序号", "姓名", "所在镇（街道）", "补贴项目", "核定补贴金额", "一期发放", "二期发放", "累计发放", "二期发放日期"],
        [1, "黄*梅", "江南街道", "残疾人阳光家园计划", 1800, 500, 1000, 1500, "2024-10-15"],
        [2, "韦*强", "沙井街道", "残疾人阳光家园计划", 1500, 500, 1500, 2000, "2024-10-15"],
        [3, "陆*华", "吴圩镇", "残疾人阳光家园计划", 1500, 500, 1000, 1500, "2024-12-18"],
        [4, "覃*芳", "苏圩镇", "残疾人阳光家园计划", 1500, 500, 1000, 1500, "2024-10-15"],
        [5, "农*军", "延安镇", "残疾人阳光家园计划", 1500, 500, 1000, 1500, "2024-10-15"],
        [6, "莫*兰", "江西镇", "残疾人阳光家园计划", 1500, 500, 1000, 1500, "2024-10-16"],
        [7, "梁*东", "福建园街道", "残疾人阳光家园计划", 1500, 500, 1000, 1500, "2024-10-16"],
        [8, "蒙*秀", "那洪街道", "残疾人阳光家园计划", 1500, 500, 1000, 1500, "2024-10-16"],
        [9, "李*明", "江南街道", "残疾人阳光家园计划", 1500, 500, 1000, 1500, "2024-10-17"],
        [10, "黄*英", "吴圩镇", "残疾人阳光家园计划", 1500, 500, 1000, 1500, "2024-10-17"],
        ["合计", null, null, null, 15300, 5000, 10500, 15500, null],
      ],
      merges: ["A1:I1", "A2:I2", "A14:D14"],
      numberFormats: { "E4:H14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "元", headerRow: 3, lastRow: 6, columns: { A: "code", C: "item", E: "document", G: "standard" } },
      {
        sheet: "发放明细",
        kind: "register",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "place", D: "item", E: "approved", F: "paidBefore", G: "paidNow", H: "paidTotal", I: "paidDate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "G5", why: "按自治区下达资金总额和核定补贴面积测算，具体以当年公示标准为准 states no amount, maximum or rate" },
      { rule: "cap.exceeded", sheet: "发放明细", cell: "E4", why: "黄*梅 approved 1,800元 against the fixed 1,500元/人·年: 300元 over" },
      // Corrected after the thirty-first holdout's measurement: the layout put this at G5 (二期). Where a list states the
      // total paid (累计发放), the finding is at that total, as in minhang-2024-factory-subsidy-instalment (docs/rules.md).
      { rule: "register.paid-exceeds-award", sheet: "发放明细", cell: "H5", why: "韦*强: 一期 500 + 二期 1,500 = 2,000元 (累计 2,000) against 1,500 approved: 500元 too much" },
      { rule: "register.late-disbursement", sheet: "发放明细", cell: "I6", why: "陆*华's second instalment dated 2024-12-18, after the 2024-11-30 deadline" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "G4", why: "1500元/人·年: a fixed amount a person a year" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "G6", why: "最高不超过3.5万元/户: a maximum of 35,000元" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "H4", why: "补贴发放频次 says how the 1500 is paid (500 + 1000), no standard of its own" },
      { rule: "cap.exceeded", sheet: "发放明细", cell: "G5", why: "an instalment of 1,500 is no award above the cap; 韦*强's award is 1,500" },
      { rule: "cap.exceeded", sheet: "发放明细", cell: "E14", why: "合计 15,300 is no award: 1,800 + 9 × 1,500" },
      { rule: "register.paid-exceeds-award", sheet: "发放明细", cell: "H4", why: "黄*梅 paid 1,500 of 1,800 approved" },
      { rule: "register.paid-exceeds-award", sheet: "发放明细", cell: "H14", why: "the 合计 row (15,500 against 15,300, 韦*强's 500 carried) is not an award" },
      { rule: "register.unpaid", sheet: "发放明细", why: "every person has both instalments paid" },
      { rule: "register.duplicate", sheet: "发放明细", why: "黄*梅 and 黄*英 are two people; 江南街道 and 吴圩镇 each hold two different people" },
      { rule: "register.ineligible-location", sheet: "发放明细", why: "江南街道, 沙井街道, 吴圩镇, 苏圩镇, 延安镇, 江西镇, 福建园街道 and 那洪街道 are 江南区's" },
      { rule: "register.late-disbursement", sheet: "发放明细", cell: "I4", why: "2024-10-15 is before the deadline" },
    ],
  },
};
