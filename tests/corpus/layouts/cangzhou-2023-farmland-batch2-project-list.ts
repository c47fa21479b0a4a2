import type { CorpusLayout } from "../types";

// 沧州市农业农村局 2023-07-03: the second batch of 2023 高标准农田 projects in nine counties (青县、沧县、黄骅、中捷、南大港、献县、
// 吴桥、泊头、海兴), their initial designs passed by the city's experts — 项目名称 | 建设规模（万亩） | 项目地点 | 项目总投资（万元）, the
// units in the headings, towns and the 分区 of the 中捷 / 南大港 farms as places.
export const layout: CorpusLayout = {
  id: "cangzhou-2023-farmland-batch2-project-list",
  source: {
    title: "关于沧州市2023年第二批高标准农田建设项目的公示（附：公示清单）",
    url: "http://cgjd.org.cn/show-324471.html",
    publisher: "沧州市农业农村局",
    date: "2023-07-03",
    changes:
      "As published: the list's title, its four headings with the units in brackets, projects named 2023年＋县＋乡镇＋高标准农田建设（改造提升）项目 " +
      "and places given as towns or 分区. Ours: the twelve projects (towns partly changed), every area and investment, and the 合计 row (the stored copy " +
      "breaks off in the thirteenth row, before any foot). Planted: 合计 项目总投资 typed 10,173 where the projects add up to 10,713 (71 and 17 swapped).",
  },
  classes: [
    "composition", "allocation-by-project", "area-column", "units-in-headings", "towns-as-places", "farm-districts-as-places", "two-decimal-area",
    "whole-wanyuan", "total-at-foot", "no-unit-caption", "city-bureau", "hebei",
  ],
  settings: { district: "沧州市" },
  sheets: [
    {
      name: "公示清单",
      widths: [52, 16, 22, 18],
      rows: [
        ["关于沧州市2023年第二批高标准农田建设项目公示清单", null, null, null],
        ["项目名称", "建设规模(万亩)", "项目地点", "项目总投资(万元)"],
        ["2023年沧县杜生镇高标准农田建设项目", 0.6, "杜生镇", 718],
        ["2023年沧县崔尔庄镇高标准农田建设项目", 1, "崔尔庄镇", 1196],
        ["2023年中捷产业园区三分区高标准农田改造提升项目", 0.4, "三分区", 476],
        ["海兴县2023年辛集镇高标准农田建设项目", 0.8, "辛集镇", 1040],
        ["2023年吴桥县桑园镇高标准农田改造提升项目", 1, "桑园镇", 1190],
        ["2023年献县陌南镇高标准农田建设项目", 1.2, "陌南镇", 1432],
        ["2023年青县金牛镇高标准农田改造提升项目", 0.5, "金牛镇", 598],
        ["2023年黄骅市旧城镇高标准农田建设项目", 0.9, "旧城镇", 1075],
        ["2023年沧州市南大港管理区高标准农田建设项目", 0.6, "一分区、三分区", 716],
        ["2023年泊头市交河镇高标准农田建设项目", 0.85, "交河镇", 1018],
        ["2023年泊头市富镇高标准农田建设项目", 0.35, "富镇", 418],
        ["2023年泊头市齐桥镇、营子镇高标准农田改造提升项目", 0.7, "齐桥镇、营子镇", 836],
        ["合计", 8.9, null, 10173],
      ],
      merges: ["A1:D1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "公示清单", kind: "composition", unit: "万元", headerRow: 2, lastRow: 15, columns: { A: "line", B: "quantity", D: "amount" }, year: 2023 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D15",
        why: "合计 10,173; the projects 718 + 1,196 + 476 + 1,040 + 1,190 + 1,432 + 598 + 1,075 + 716 + 1,018 + 418 + 836 = 10,713: 540万元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B15", why: "建设规模 0.6 + 1 + 0.4 + 0.8 + 1 + 1.2 + 0.5 + 0.9 + 0.6 + 0.85 + 0.35 + 0.7 = 8.9万亩, as stated (an area, not money)" },
      { rule: "composition.line-mismatch", why: "no unit amount column: the cost per 亩 differs by project (new build vs 改造提升) and is not stated" },
      { rule: "register.ineligible-location", cell: "C11", why: "一分区、三分区 are the 南大港管理区's farm districts, in 沧州市; every place is a town or 分区 of the city's counties" },
      { rule: "input.unreadable-value", cell: "C12", why: "项目地点 is text (a town), not a figure" },
    ],
  },
};
