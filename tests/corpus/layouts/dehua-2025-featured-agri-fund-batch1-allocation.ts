import type { CorpusLayout } from "../types";

// 德化县财政局、德化县农业农村局 2025-12-10: the county's first batch of the 2025 特色现代农业发展资金 — 附件1 分配表 with the money under two
// 支出科目 merged over six projects (2130122-农业生产发展 | 2130108-病虫害控制), 项目单位（乡镇） down the side (农业农村局, then 18 towns
// paid the 乡镇动物防疫员补助), 合计 across and at the foot, the offices and date under it; 附件2, the 农作物新品种展示示范 项目's 绩效目标表.
export const layout: CorpusLayout = {
  id: "dehua-2025-featured-agri-fund-batch1-allocation",
  source: {
    title: "关于下达2025年特色现代农业发展资金（第一批）的通知（附件1：分配表；附件2：农作物新品种展示示范专项资金绩效目标表）",
    url: "https://www.chacewang.com/newsdetail/news920065.html",
    publisher: "德化县财政局、德化县农业农村局",
    date: "2025-12-10",
    changes:
      "As published: the annex labels and titles, the 万元 caption, the two 科目 headings, the six project headings, 农业农村局 then the 18 towns in the " +
      "notice's order, 合计, the offices and date. The stored copy runs the header's cells together: which projects stand under which 科目 is our reading " +
      "(two under 农业生产发展, four under 病虫害控制). The figures are ours (the notice's 合计 is 65.5). Of the five 绩效目标表 only the first is kept, its " +
      "money block left out (the stored copy stops after 主管部门); its indicators and values are ours. Planted: 农业农村局's 合计 typed 34 where " +
      "10 + 18 + 6 + 5 + 4 = 43, so the 合计 column's lines as typed add up to 56.8 against its foot of 65.8.",
  },
  classes: ["composition", "targets", "two-sheets", "subject-code-headings", "merged-header-over-projects", "office-and-towns-as-lines", "total-column-last", "total-at-foot", "one-decimal-wanyuan", "wanyuan-caption", "sign-off-under-table", "annex-label-row", "three-level-indicators", "no-weights", "county-fund", "fujian"],
  settings: { district: "德化县" },
  sheets: [
    {
      name: "分配表",
      widths: [16, 14, 14, 14, 16, 14, 16, 10],
      rows: [
        ["附件1", null, null, null, null, null, null, null],
        ["2025年特色现代农业发展资金（第一批）分配表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["项目单位（乡镇）", "2130122-农业生产发展", null, "2130108-病虫害控制", null, null, null, "合计"],
        [null, "农作物新品种展示示范项目", "耕地质量保护与提升项目", "乡镇动物防疫员补助", "农作物病虫害绿色防控示范片项目", "专业化统防统治项目", "农药包装废弃物回收处理项目", null],
        ["农业农村局", 10, 18, null, 6, 5, 4, 34],
        ["龙浔镇", null, null, 1.1, null, null, null, 1.1],
        ["浔中镇", null, null, 1.3, null, null, null, 1.3],
        ["三班镇", null, null, 1.2, null, null, null, 1.2],
        ["盖德镇", null, null, 1.6, null, null, null, 1.6],
        ["龙门滩镇", null, null, 1.4, null, null, null, 1.4],
        ["雷峰镇", null, null, 1.7, null, null, null, 1.7],
        ["南埕镇", null, null, 1.3, null, null, null, 1.3],
        ["水口镇", null, null, 1.9, null, null, null, 1.9],
        ["美湖镇", null, null, 0.9, null, null, null, 0.9],
        ["国宝乡", null, null, 0.8, null, null, null, 0.8],
        ["赤水镇", null, null, 1.8, null, null, null, 1.8],
        ["上涌镇", null, null, 2.1, null, null, null, 2.1],
        ["桂阳乡", null, null, 1.0, null, null, null, 1.0],
        ["汤头乡", null, null, 0.9, null, null, null, 0.9],
        ["葛坑镇", null, null, 1.4, null, null, null, 1.4],
        ["杨梅乡", null, null, 0.8, null, null, null, 0.8],
        ["大铭乡", null, null, 0.7, null, null, null, 0.7],
        ["春美乡", null, null, 0.9, null, null, null, 0.9],
        ["合计", 10, 18, 22.8, 6, 5, 4, 65.8],
        [null, null, null, null, null, "德化县财政局　德化县农业农村局", null, null],
        [null, null, null, null, null, "2025年12月10日", null, null],
      ],
      merges: ["A2:H2", "A4:A5", "B4:C4", "D4:G4", "H4:H5", "F26:H26", "F27:H27"],
      numberFormats: { "B6:H25": "0.0" },
    },
    {
      name: "绩效目标表",
      widths: [16, 20, 30, 24],
      rows: [
        ["附件2", null, null, null],
        ["2025年农作物新品种展示示范专项资金绩效目标表", null, null, null],
        ["（2025年度）", null, null, null],
        ["项目名称", "2025年特色现代农业发展专项资金（农作物新品种展示示范）", null, null],
        ["主管部门（单位）名称及部门预算编码", "422001-泉州市农业农村局", "实施单位", "德化县农业农村局"],
        ["年度绩效目标", "在全县建设农作物新品种展示示范点，展示示范水稻、蔬菜、果树等新品种，带动农户应用新品种，提高种植效益。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "展示示范新品种数量", "≥20个"],
        [null, null, "展示示范面积", "≥50亩"],
        [null, "质量指标", "新品种示范技术到位率", "≥95%"],
        [null, "时效指标", "项目完成时间", "2025年12月底前"],
        [null, "成本指标", "项目补助资金", "≤10万元"],
        ["效益指标", "经济效益指标", "示范区亩均增收", "≥100元"],
        [null, "社会效益指标", "带动农户应用新品种", "≥200户"],
        [null, "可持续影响指标", "新品种持续推广年限", "≥3年"],
        ["满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"],
      ],
      merges: ["A1:D1", "A2:D2", "A3:D3", "B4:D4", "B6:D6", "A8:A12", "B8:B9", "A13:A15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 25,
        columns: {
          A: "line", B: "amount:农作物新品种展示示范项目", C: "amount:耕地质量保护与提升项目", D: "amount:乡镇动物防疫员补助",
          E: "amount:农作物病虫害绿色防控示范片项目", F: "amount:专业化统防统治项目", G: "amount:农药包装废弃物回收处理项目", H: "amount",
        },
        year: 2025,
      },
      { sheet: "绩效目标表", kind: "targets", headerRow: 7, lastRow: 16, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "H6", why: "农业农村局 合计 34 where its projects add up to 10 + 18 + 6 + 5 + 4 = 43 (whole figures, 9万元 short)" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "H25", why: "合计 column's foot 65.8 where its lines as typed add up to 34 + 22.8 (the towns) = 56.8" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "D25", why: "乡镇动物防疫员补助 1.1 + 1.3 + … + 0.9 over the 18 towns = 22.8" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "B25", why: "农作物新品种展示示范 10, 农业农村局 alone (and 18, 6, 5, 4 likewise in C, E, F, G)" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "H14", why: "水口镇 1.9 = its 防疫员 1.9; every town's 合计 equals its one figure" },
      { rule: "input.unreadable-value", sheet: "分配表", cell: "B4", why: "2130122-农业生产发展 is a 支出科目 heading merged over two projects, no figure" },
      { rule: "input.unreadable-value", sheet: "分配表", cell: "F27", why: "the offices and the date under the 合计 are the notice's sign-off, no row of the table" },
      { rule: "selfeval.weights", sheet: "绩效目标表", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", sheet: "绩效目标表", why: "targets only, no 实际完成值" },
      { rule: "input.unreadable-value", sheet: "绩效目标表", cell: "D11", why: "2025年12月底前 is a target date, text by nature" },
    ],
  },
};
