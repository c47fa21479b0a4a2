import type { CorpusLayout } from "../types";

// 株洲市荷塘区乡村振兴局 2023-12-28: 乡村振兴衔接资金公示公告 — 株洲市财政局 passed 15万元 of 2023 市本级 衔接 money to 荷塘区
// (株财农〔2023〕137号): 幸福屋场项目奖补 5万元 and 村级产业发展帮扶项目 10万元. Laid out as the 公示 table: 合计 first, each kind a
// 一、/二、 row carrying its 小计, the projects numbered under it.
export const layout: CorpusLayout = {
  id: "hetang-2023-linkage-fund-municipal-allocation",
  source: {
    title: "荷塘区乡村振兴衔接资金公示公告（2023年市本级财政衔接推进乡村振兴补助资金安排表据公告拟）",
    url: "http://www.hetang.gov.cn/c11731/20240110/i2151723.html",
    publisher: "株洲市荷塘区乡村振兴局",
    date: "2023-12-28",
    changes:
      "As published: the money (15万元, 株财农〔2023〕137号), its two parts (幸福屋场项目奖补资金 5万元, 村级产业发展帮扶项目资金 10万元), the rules " +
      "cited, the 10-working-day 公示 and where to object. The notice gives no table of projects: the table, its projects and their split are ours " +
      "(表据公告拟). Planted: the 二、产业发展 小计 typed 9 where its projects add up to 4 + 3 + 3 = 10.",
  },
  classes: ["composition", "allocation-by-project", "category-rows-with-subtotals", "roman-category-rows", "total-row-first", "place-column", "towns-and-subdistricts", "one-decimal-wanyuan", "wanyuan-caption", "document-column", "notes-under-table", "table-from-prose", "district-fund", "hunan"],
  settings: { district: "株洲市荷塘区" },
  sheets: [
    {
      name: "资金安排",
      widths: [6, 30, 12, 32, 10, 20],
      rows: [
        ["荷塘区2023年市本级财政衔接推进乡村振兴补助资金安排表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施地点", "建设内容", "资金", "资金文号"],
        [null, "合计", null, null, 15, null],
        ["一", "幸福屋场项目奖补", null, null, 5, "株财农〔2023〕137号"],
        [1, "仙庾镇桂花塘幸福屋场建设", "仙庾镇", "屋场道路硬化、公共活动空间整治", 2.5, null],
        [2, "明照街道枫林湾幸福屋场建设", "明照街道", "屋场环境整治、路灯安装", 2.5, null],
        ["二", "村级产业发展帮扶项目", null, null, 9, "株财农〔2023〕137号"],
        [3, "仙庾镇黄桃基地配套设施建设", "仙庾镇", "基地机耕道、灌溉管网", 4, null],
        [4, "明照街道蔬菜大棚提质改造", "明照街道", "大棚薄膜更换、滴灌设施", 3, null],
        [5, "仙庾镇油茶林抚育", "仙庾镇", "油茶林垦复、施肥", 3, null],
        ["公示期：自公告之日起10个工作日。如有疑问、意见，可向荷塘区乡村振兴局、荷塘区财政局反映。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:F12"],
      numberFormats: { "E4:E11": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金安排", kind: "composition", unit: "万元", headerRow: 3, lastRow: 11, columns: { B: "line", E: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E8", why: "二、村级产业发展帮扶 小计 9; its projects add up to 4 + 3 + 3 = 10" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E4", why: "合计 15 = 2.5 + 2.5 + 4 + 3 + 3, the projects (the 小计 slip is reported once, at the 小计)" },
      { rule: "composition.total-mismatch", cell: "E5", why: "一、幸福屋场 5 = 2.5 + 2.5" },
      { rule: "register.ineligible-location", why: "仙庾镇 and 明照街道 are in 荷塘区" },
      { rule: "composition.line-mismatch", why: "no unit amount or quantity" },
    ],
  },
};
