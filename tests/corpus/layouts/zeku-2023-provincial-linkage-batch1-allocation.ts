import type { CorpusLayout } from "../types";

// 泽库县乡村振兴领导小组办公室 (青海 黄南州) 2023-06-21 (泽乡振办〔2023〕21号): the first 2023 batch of 省级 衔接 money — 11 projects, 5537万元,
// 6 from the 项目库 and the rest new (美丽乡村建设, 农牧民居住条件改善（村庄环境整治部分）, 农村生活污水治理, 农村牧区水毁修复工程). The page
// shows the notice, not its 分配计划表; laid out as that annex: 序号 | 项目名称 | 实施地点 | 单位 | 数量 | 补助标准（万元） | 资金规模 | 实施单位 | 备注.
export const layout: CorpusLayout = {
  id: "zeku-2023-provincial-linkage-batch1-allocation",
  source: {
    title: "关于2023年第一批省级财政衔接推进乡村振兴补助资金分配计划的公告（泽乡振办〔2023〕21号；附件：分配计划表据正文拟）",
    url: "http://www.zeku.gov.cn/contents/show/1363",
    publisher: "泽库县乡村振兴领导小组办公室",
    date: "2023-06-21",
    changes:
      "As published: 11 projects, 5537万元, the documents (青财农字〔2023〕350号 and others), the four new kinds of project, the 监督电话 and 公告期. " +
      "Ours: the annex's form, every project, place, count, standard and amount. Planted: 农牧民居住条件改善 120户 × 3万元 = 360 typed 390 (the 合计 adds it as typed).",
  },
  classes: ["composition", "allocation-by-project", "unit-times-quantity", "standard-heading", "some-lines-without-quantity", "towns-as-places", "implementing-body-column", "remark-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "signoff-line", "linkage-fund", "table-from-prose", "county-fund", "qinghai"],
  settings: { district: "泽库县", asOf: "2023-06-21" },
  sheets: [
    {
      name: "分配计划",
      widths: [6, 36, 14, 6, 8, 12, 10, 22, 12],
      rows: [
        ["泽库县2023年第一批省级财政衔接推进乡村振兴补助资金分配计划表", null, null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null, null],
        ["序号", "项目名称", "实施地点", "单位", "数量", "补助标准（万元）", "资金规模", "实施单位", "备注"],
        [1, "泽曲镇2个村牦牛养殖合作社扩建项目", "泽曲镇", null, null, null, 600, "泽库县农牧水利和科技局", "项目库"],
        [2, "和日镇唐卡产业园配套设施项目", "和日镇", null, null, null, 450, "和日镇人民政府", "项目库"],
        [3, "宁秀镇饲草料基地建设项目", "宁秀镇", null, null, null, 380, "泽库县农牧水利和科技局", "项目库"],
        [4, "多禾茂乡暖棚建设项目", "多禾茂乡", "户", 160, 1.5, 240, "多禾茂乡人民政府", "项目库"],
        [5, "麦秀镇村内道路硬化项目", "麦秀镇", null, null, null, 620, "泽库县交通运输局", "项目库"],
        [6, "王家乡人饮巩固提升工程", "王家乡", null, null, null, 410, "泽库县农牧水利和科技局", "项目库"],
        [7, "美丽乡村建设项目（泽曲镇夏德日村）", "泽曲镇", "村", 1, 400, 400, "泽库县住房和城乡建设局", "新增"],
        [8, "农牧民居住条件改善（村庄环境整治部分）", "和日镇", "户", 120, 3, 390, "泽库县住房和城乡建设局", "新增"],
        [9, "农村生活污水治理项目", "泽曲镇", null, null, null, 700, "泽库县住房和城乡建设局", "新增"],
        [10, "农村牧区水毁修复工程（西卜沙乡）", "西卜沙乡", null, null, null, 837, "泽库县农牧水利和科技局", "新增"],
        [11, "农村牧区水毁修复工程（宁秀镇）", "宁秀镇", null, null, null, 510, "泽库县农牧水利和科技局", "新增"],
        ["合计", null, null, null, null, null, 5537, null, null],
        ["监督电话：12317　0973-8752868　公告期：2023年5月24日—6月4日", null, null, null, null, null, null, null, null],
        ["泽库县乡村振兴领导小组办公室（代）", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:I2", "A15:F15", "A16:I16", "A17:I17"],
      numberFormats: { "G4:G15": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { A: "code", B: "line", E: "quantity", F: "unitAmount", G: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "G11", why: "120户 × 3万元 (a standard: no rounding allowed) = 360; typed 390: 30 apart" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "G7", why: "160户 × 1.5 = 240 exactly" },
      { rule: "composition.line-mismatch", cell: "G10", why: "1 村 × 400 = 400" },
      { rule: "composition.total-mismatch", cell: "G15", why: "合计 5537 is the eleven amounts as typed (the slip is the line's, reported at the line)" },
      { rule: "composition.approved-mismatch", why: "the lines add up to the 5537万元 the notice states" },
      { rule: "composition.line-mismatch", cell: "G4", why: "lines without a count or standard are amounts of their own" },
      { rule: "input.unreadable-value", why: "the 监督电话 line and the sign-off are text" },
    ],
  },
};
