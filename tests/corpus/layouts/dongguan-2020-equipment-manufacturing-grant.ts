import type { CorpusLayout } from "../types";

// 东莞市工业和信息化局 2020-03-13: a grant plan under a provincial special fund; 名称 | 项目名称 |
// 镇街（园区） | 支持方向 | 资助方式 | 资助金额, 单位：万元. The places are Dongguan's towns, streets and
// parks (a city with no districts: towns sit directly under it).
export const layout: CorpusLayout = {
  id: "dongguan-2020-equipment-manufacturing-grant",
  source: {
    title:
      "关于拨付2020年省级促进经济高质量发展专项（工业企业转型升级）先进装备制造业发展项目资助资金的通知（附件：2020年省级促进经济高质量发展专项（工业企业转型升级）先进装备制造业发展资金项目资助计划）",
    url: "http://illuminartuitions.com/?p=10216",
    publisher: "东莞市工业和信息化局 (notice mirrored on illuminartuitions.com)",
    date: "2020-03-13",
    changes:
      "Annex title, 单位：万元 and the header (序号 | 名称 | 项目名称 | 镇街（园区） | 支持方向 | 资助方式 | 资助金额) as published; the published " +
      "plan has one row (a firm in 松山湖, 引进和落地项目, 事后奖补); here seven invented firms and projects in Dongguan towns and parks, " +
      "a second 支持方向 (首台（套）重大技术装备) of ours, a 合计 row and a 注 under the table. Caps in the catalog are chosen for " +
      "the corpus (the notice states none). Planted: 东莞滨海湾激光装备 520 under a 500 cap; 广东莞鑫精密机床 funded twice under " +
      "引进和落地项目 in the same year (a second phase of the same project).",
  },
  classes: ["register", "towns-as-places", "parks-as-places", "city-without-districts", "project-name-column", "funding-mode-column", "wanyuan-caption", "notes-under-table"],
  settings: { district: "东莞市" },
  sheets: [
    {
      name: "附件",
      widths: [6, 30, 30, 14, 22, 10, 12],
      rows: [
        ["附件：", null, null, null, null, null, null],
        ["2020年省级促进经济高质量发展专项（工业企业转型升级）先进装备制造业发展资金项目资助计划", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "名称", "项目名称", "镇街（园区）", "支持方向", "资助方式", "资助金额"],
        [1, "东莞市正拓智能装备股份有限公司", "正拓智能装备制造中心", "松山湖", "引进和落地项目", "事后奖补", 1528.36],
        [2, "广东莞鑫精密机床有限公司", "五轴联动数控机床产业化项目", "长安镇", "引进和落地项目", "事后奖补", 986.4],
        [3, "东莞市虎门海工装备有限公司", "海洋工程装备总装基地", "虎门镇", "引进和落地项目", "事后奖补", 2140],
        [4, "东莞市大朗智控科技有限公司", "智能纺织装备首台套推广应用", "大朗镇", "首台（套）重大技术装备", "事后奖补", 300],
        [5, "东莞滨海湾激光装备有限公司", "超快激光加工装备研制", "滨海湾新区", "首台（套）重大技术装备", "事后奖补", 520],
        [6, "东莞市寮步机器人科技有限公司", "协作机器人生产线建设", "寮步镇", "引进和落地项目", "事后奖补", 1265.8],
        [7, "广东莞鑫精密机床有限公司", "五轴联动数控机床产业化项目（二期）", "长安镇", "引进和落地项目", "事后奖补", 420],
        ["合计", null, null, null, null, null, 7160.56],
        ["注：资助资金由市财政局按国库集中支付程序直接拨付至企业。", null, null, null, null, null, null],
      ],
      merges: ["A2:G2", "A12:F12", "A13:G13"],
      numberFormats: { "G5:G12": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "引进和落地项目", capType: "max", capAmount: 3000, unit: "万元", year: 2020, document: "粤府〔2018〕120号（上限为语料自拟）" },
      { name: "首台（套）重大技术装备", capType: "max", capAmount: 500, unit: "万元", year: 2020, document: "粤府〔2018〕120号（上限为语料自拟）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 12,
        columns: { B: "enterprise", C: "project", D: "place", E: "item", G: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G9", why: "东莞滨海湾激光装备, 首台（套）重大技术装备: 520万元 against the 500万元 cap (20万元 over)" },
      {
        rule: "register.duplicate",
        cell: "G11",
        why: "广东莞鑫精密机床有限公司 has 引进和落地项目 in row 6 (986.40) and again in row 11 (420.00) in the same year; a second phase does not make it another item",
      },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "松山湖, 长安镇, 虎门镇, 大朗镇, 滨海湾新区 (东莞滨海湾新区) and 寮步镇 are all in 东莞市" },
      { rule: "cap.unknown-policy", why: "both 支持方向 are in the catalog; 项目名称 is each firm's own project" },
      { rule: "cap.exceeded", cell: "G7", why: "虎门海工 2,140 is within the 3,000 cap of 引进和落地项目" },
      { rule: "cap.exceeded", cell: "G12", why: "合计 is not an award" },
      { rule: "register.duplicate", cell: "G10", why: "寮步机器人 differs from every other firm" },
      { rule: "input.unreadable-value", why: "资助方式 (事后奖补) is a text column, not an amount" },
    ],
  },
};
