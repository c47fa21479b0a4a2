import type { CorpusLayout } from "../types";

// 濮阳经济技术开发区 2022-04-29: the zone's own 470万元 of linkage money by project — 序号 typed `1、` | 项目名称 | 建设地点 | 建设内容 |
// 投资规模 (amounts typed as text with their unit, `248万元`) | 责任单位, towns and a street as places, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "puyang-etdz-2022-linkage-fund-district-allocation",
  source: {
    title: "濮阳经济技术开发区2022年区级财政衔接推进乡村振兴补助资金分配情况公告公示（三、资金分配情况表）",
    url: "http://pyjkq.gov.cn/2022/04-29/2845934.html",
    publisher: "濮阳经济技术开发区",
    date: "2022-04-29",
    changes:
      "As published: the table's title, the six headings, 序号 typed `1、`, the first two projects (王助镇 崔寨村 and 东李庄村 roads and drains, their works " +
      "text and `248万元` / `48万元` typed as text), the third project's name (小额贷款贴息), 开发区乡村振兴局 as the office responsible, and the 470万元 " +
      "the notice allocates. The stored copy stops at the third project: its amount, the three projects after it and the 合计 row are ours. Planted: " +
      "合计 `470万元` (the notice's sum) where the six projects as typed add up to 480万元.",
  },
  classes: [
    "composition", "allocation-by-project", "amounts-as-text-with-unit", "numbering-with-comma", "works-text-with-figures", "towns-and-streets-as-places",
    "responsible-office-column", "no-unit-in-heading", "whole-wanyuan", "total-at-foot", "linkage-fund", "development-zone", "henan",
  ],
  settings: { district: "濮阳经济技术开发区" },
  sheets: [
    {
      name: "资金分配表",
      widths: [6, 36, 10, 60, 10, 18],
      rows: [
        ["濮阳经济技术开发区2022年区级财政衔接资金分配表", null, null, null, null, null],
        ["序号", "项目名称", "建设地点", "建设内容", "投资规模", "责任单位"],
        [
          "1、", "2022年王助镇崔寨村道路及排水建设项目", "王助镇",
          "道路工程、排水工程均为1641米，约8205平方米，18cm厚C25水泥混凝土面层+16cm厚8%水泥稳定土基层，排水工程主管D500、支管D300，直径1米检查井56座；",
          "248万元", "开发区乡村振兴局",
        ],
        [
          "2、", "2022年王助镇东李庄村道路及排水建设项目", "王助镇",
          "道路工程、排水工程均为698米，约3490平方米，15cm厚C25水泥混凝土面层+16cm厚8%水泥稳定土基层，排水工程主管D300、支管D160，直径1米检查井56座；",
          "48万元", "开发区乡村振兴局",
        ],
        ["3、", "2022年小额贷款贴息项目", "开发区", "对脱贫户及监测户发放的小额信贷给予贴息", "30万元", "开发区乡村振兴局"],
        ["4、", "2022年新习镇西田丈村村集体经济产业项目", "新习镇", "建设标准化厂房1200平方米，租赁收益归村集体", "80万元", "新习镇人民政府"],
        ["5、", "2022年雨露计划职业教育补助项目", "开发区", "对脱贫家庭、监测户家庭中高职在校学生给予补助", "24万元", "开发区乡村振兴局"],
        ["6、", "2022年皇甫街道后范庄村饮水提升项目", "皇甫街道", "更换供水管网2.1公里，新建机井1眼", "50万元", "皇甫街道办事处"],
        ["合计", null, null, null, "470万元", null],
      ],
      merges: ["A1:F1", "A9:D9"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "line", E: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E9", why: "248 + 48 + 30 + 80 + 24 + 50 = 480万元; 合计 470: 10万元 apart" },
    ],
    absent: [
      { rule: "input.unreadable-value", cell: "E3", why: "`248万元` is an amount with its unit, readable as 248万元" },
      { rule: "composition.line-mismatch", why: "no unit or quantity column: 1641米, 8205平方米 and the 56 wells are in the works' text" },
      { rule: "composition.total-mismatch", cell: "A3", why: "`1、` is the row's number, no amount" },
      { rule: "register.ineligible-location", why: "王助镇、新习镇、皇甫街道 are the zone's own; the list pays projects, no firms" },
    ],
  },
};
