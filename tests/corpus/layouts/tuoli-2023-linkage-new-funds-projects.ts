import type { CorpusLayout } from "../types";

// 托里县乡村振兴局 (塔城地区) 2023: the 2,175万元 of new central 衔接推进乡村振兴补助资金 spread over 27 projects — 产业发展 24, 乡村建设行动 2,
// 项目管理费 1 — published as a 资金项目安排表 for public scrutiny. Laid out with 合计 first and a 小计 row heading each kind of project.
export const layout: CorpusLayout = {
  id: "tuoli-2023-linkage-new-funds-projects",
  source: {
    title: "托里县2023年度中央新增财政衔接推进乡村振兴补助资金项目安排公示（附表据正文拟）",
    url: "https://axyjyo.cn/gk_xczx/6713.html",
    publisher: "托里县乡村振兴局",
    date: "2023",
    changes:
      "As published: the fund, the year, the 2,175万元 total and its three kinds of project (产业发展, 乡村建设行动, 项目管理费). The stored copy " +
      "gives the notice, not the 附表: the table (序号 | 项目名称 | 建设地点 | 建设内容及规模 | 衔接资金 | 实施单位 | 备注, 合计 first, 小计 per kind), " +
      "the projects (cut from 27 to 12: 9 + 2 + 1) and amounts are ours, set so the kept lines add up to the notice's 2,175万元. Planted: the " +
      "产业发展 小计 typed 1,658 where its nine lines add up to 1,685.",
  },
  classes: [
    "composition", "allocation-by-project", "category-rows-with-subtotals", "subtotal-per-kind", "total-row-first", "towns-as-places",
    "whole-wanyuan", "text-scale-column", "wanyuan-caption", "county-government", "xinjiang",
  ],
  sheets: [
    {
      name: "项目安排表",
      widths: [8, 40, 14, 40, 12, 20, 10],
      rows: [
        ["托里县2023年度中央新增财政衔接推进乡村振兴补助资金项目安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设地点", "建设内容及规模", "衔接资金", "实施单位", "备注"],
        [null, "合计", null, null, 2175, null, null],
        ["一", "产业发展", null, null, 1658, null, null],
        [1, "托里县2023年库普乡肉牛养殖基地建设项目", "库普乡", "新建标准化牛舍3栋及青贮窖、草料棚等配套设施", 320, "库普乡人民政府", null],
        [2, "托里县2023年多拉特乡饲草料基地高效节水灌溉项目", "多拉特乡", "饲草料地配套滴灌设施2000亩", 260, "托里县水利局", null],
        [3, "托里县2023年乌雪特乡特色种植产业配套项目", "乌雪特乡", "建设红花晾晒场及初加工设备", 180, "乌雪特乡人民政府", null],
        [4, "托里县2023年阿克别里斗乡畜产品冷链仓储项目", "阿克别里斗乡", "新建冷库1座500立方米", 235, "阿克别里斗乡人民政府", null],
        [5, "托里县2023年铁厂沟镇农产品加工车间建设项目", "铁厂沟镇", "新建加工车间1200平方米", 210, "铁厂沟镇人民政府", null],
        [6, "托里县2023年庙尔沟镇乡村旅游配套项目", "庙尔沟镇", "牧家乐接待设施及旅游步道", 145, "庙尔沟镇人民政府", null],
        [7, "托里县2023年萨孜乡庭院经济扶持项目", "萨孜乡", "扶持脱贫户和监测户发展庭院经济，户均0.5万元，共120户", 60, "萨孜乡人民政府", null],
        [8, "托里县2023年托里镇农副产品展销中心建设项目", "托里镇", "新建展销中心800平方米", 190, "托里镇人民政府", null],
        [9, "托里县2023年脱贫人口小额信贷贴息项目", "全县", "对脱贫人口小额信贷按规定贴息", 85, "托里县乡村振兴局", null],
        ["二", "乡村建设行动", null, null, 450, null, null],
        [10, "托里县2023年库普乡库普村农村供水管网改造工程", "库普乡", "改造供水管网12公里", 230, "托里县水利局", null],
        [11, "托里县2023年多拉特乡村内道路硬化项目", "多拉特乡", "硬化村内道路6.5公里", 220, "托里县交通运输局", null],
        ["三", "项目管理费", null, null, 40, null, null],
        [12, "托里县2023年衔接资金项目管理费", "全县", "项目前期设计、评审、监理等", 40, "托里县乡村振兴局", "不超过资金总额的2%"],
      ],
      merges: ["A1:G1"],
      numberFormats: { "E4:E19": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { A: "code", B: "line", E: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E5", why: "产业发展 小计 1,658, but 320 + 260 + 180 + 235 + 210 + 145 + 60 + 190 + 85 = 1,685 (27万元 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E4", why: "合计 2,175 = 1,685 + 450 + 40, the kinds as their lines give; the slip is reported once, at E5" },
      { rule: "composition.total-mismatch", cell: "E15", why: "乡村建设行动 450 = 230 + 220" },
      { rule: "composition.total-mismatch", cell: "E18", why: "项目管理费 40 = its one line" },
      { rule: "composition.line-mismatch", why: "户均0.5万元，共120户 (= 60) is in the 建设内容 text, no unit or quantity column; it agrees anyway" },
      { rule: "input.unreadable-value", why: "建设地点, 建设内容及规模, 实施单位 and 备注 are text; “不超过资金总额的2%” (40 / 2,175 = 1.8%) is a remark" },
    ],
  },
};
