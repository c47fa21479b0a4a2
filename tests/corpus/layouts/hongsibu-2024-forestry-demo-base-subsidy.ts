import type { CorpusLayout } from "../types";

// 吴忠市红寺堡区林业和草原局 2024-08-27: 林业优势特色产业项目补助 — three demonstration bases rated in 2020, 2021 and 2022, each
// 500亩, each to receive 5万元 (15万元 sent down by the region's 宁林发〔2023〕237号 / 宁财（资环）指标〔2023〕855号). The notice is prose;
// laid out as the 公示名单 such a notice annexes: the body, its code, its 乡, the base, the year it was rated, its area, the subsidy.
export const layout: CorpusLayout = {
  id: "hongsibu-2024-forestry-demo-base-subsidy",
  source: {
    title: "吴忠市红寺堡区林业和草原局关于2024年林业优势特色产业项目补助资金（巩固提升示范基地）的公示",
    url: "https://0477ly.com/newsdetail/news642564.html",
    publisher: "吴忠市红寺堡区林业和草原局",
    date: "2024-08-27",
    changes:
      "As published: the fund, its documents, 15万元 for 3 bases, 每个示范基地补助5万元, the bases' kinds (苹果 / 苹果与梨 / 桃树 特色经果林, 500亩 each) and " +
      "the years they were rated (2020, 2021, 2022). The notice names the bases in prose: the list (序号 | 经营主体名称 | 统一社会信用代码 | 所在乡镇 | " +
      "示范基地类型 | 评定年度 | 基地面积（亩） | 补助金额（万元）), the bodies' names and codes are ours. Planted: the second base at 6万元 over the fixed " +
      "5万元; the third body's code with a wrong check character.",
  },
  classes: ["register", "fixed-cap", "item-in-title", "year-in-title", "rating-year-column", "area-column", "credit-codes", "towns-as-places", "wanyuan-in-header", "total-at-foot", "short-list", "ningxia"],
  settings: { district: "吴忠市红寺堡区", asOf: "2024-08-27" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 30, 22, 12, 30, 10, 14, 16],
      rows: [
        ["红寺堡区2024年林业优势特色产业项目补助资金公示名单", null, null, null, null, null, null, null],
        ["序号", "经营主体名称", "统一社会信用代码", "所在乡镇", "示范基地类型", "评定年度", "基地面积（亩）", "补助金额（万元）"],
        [1, "红寺堡区鹏程果业开发有限公司", "91640303MAG1F0GHJ8", "红寺堡镇", "优质特色林果示范基地（苹果）", 2020, 500, 5],
        [2, "宁夏罗山农业集团有限公司", "91640303MAL2HFQEB4", "柳泉乡", "优质苹果示范基地（苹果、梨）", 2021, 500, 6],
        [3, "宁夏禾丰生态农业科技有限公司", "91640303MA7QWE3R5X", "新庄集乡", "特色经济林优质基地（桃树）", 2022, 500, 5],
        ["合计", null, null, null, null, null, 1500, 16],
      ],
      merges: ["A1:H1", "A6:F6"],
      numberFormats: { "H3:H6": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "林业优势特色产业项目补助",
        capType: "fixed",
        capAmount: 5,
        unit: "万元",
        year: 2024,
        document: "宁林发〔2023〕237号；每个示范基地补助5万元（公示原文）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 6,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", H: "approved" },
        year: 2024,
        item: "林业优势特色产业项目补助",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H4", why: "每个示范基地补助5万元 (fixed); 6.00 proposed: 1.00万元 over" },
      { rule: "register.invalid-credit-code", cell: "C5", why: "91640303MA7QWE3R5X: the check character for the first 17 is U, not X" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H3", why: "5.00 is the fixed amount" },
      { rule: "cap.exceeded", cell: "H6", why: "合计 16.00 is not an award" },
      { rule: "register.ineligible-location", why: "红寺堡镇, 柳泉乡 and 新庄集乡 are towns of 红寺堡区" },
      { rule: "register.location-code-mismatch", why: "every code carries 640303 (红寺堡区)" },
      { rule: "input.unreadable-value", why: "评定年度 (2020–2022) and 基地面积 are numbers of their own, not money; the 合计 of 面积 1,500 is a sum of areas" },
      { rule: "register.duplicate", why: "three bodies, three codes" },
      { rule: "register.unpaid", why: "a 2024 list published on 08-27, before the year's deadline" },
      { rule: "cap.unknown-policy", why: "the title names 林业优势特色产业项目补助 whole" },
    ],
  },
};
