import type { CorpusLayout } from "../types";

// 林甸县 (黑龙江大庆): 林甸县2023年度整合资金项目预计安排情况的公告 — 20 projects, 6683.1万元; 一、基础设施项目 7个 2121.1万元, each named with
// its 计划投入资金 and 建设规模及标准 in prose. Laid out as the plan table such a 公告 annexes: section rows stating their 小计, numbered
// projects under them.
export const layout: CorpusLayout = {
  id: "lindian-2023-integrated-funds-project-plan",
  source: {
    title: "林甸县2023年度整合资金项目预计安排情况的公告（项目预计安排表，表据公告拟）",
    url: "http://www.lindian.gov.cn/lindian/ztzl58/202211/c05_202459.shtml",
    publisher: "林甸县",
    date: "2022-11",
    changes:
      "As published: 2023年预计安排实施20个项目共计6683.1万元; 一、基础设施项目 7个 2121.1万元 with the first six as named (东兴乡东兴村道路硬化（以工代赈）" +
      "299.2, 东兴乡福兴村道路硬化 547.4, 四季青镇太平村屯内道路 60, 四季青镇爱民村安全饮水 48.4, 四季青镇屯内路 762.1, 东兴乡新胜村农田排水 200), " +
      "their 建设规模 shortened. The stored copy breaks off there: the seventh project (204.0, making 2121.1), section 二 and its four projects " +
      "are ours, the other sections cut, so the 合计 is ours. Prose laid out as a table (序号 | 项目名称 | 建设规模及标准 | 计划投入资金). " +
      "Planted: 二、产业发展项目 小计 typed 1815.5 where 680 + 520 + 415.5 + 236 = 1851.5.",
  },
  classes: ["composition", "project-plan", "table-from-prose", "section-subtotal-rows", "total-at-foot", "towns-in-project-names", "one-decimal-wanyuan", "wanyuan-in-header", "notes-under-table", "rows-cut", "county-fund", "integrated-funds", "heilongjiang"],
  settings: { district: "林甸县" },
  sheets: [
    {
      name: "项目预计安排",
      widths: [8, 36, 44, 16],
      rows: [
        ["林甸县2023年度整合资金项目预计安排表（表据公告拟）", null, null, null],
        ["序号", "项目名称", "建设规模及标准", "计划投入资金（万元）"],
        ["一", "基础设施项目（7个）", null, 2121.1],
        [1, "东兴乡东兴村道路硬化项目（以工代赈）", "林依路至各屯道路硬化，共计4.4公里", 299.2],
        [2, "东兴乡福兴村道路硬化项目", "福兴小区及各屯巷道硬化，共计8.05公里", 547.4],
        [3, "四季青镇太平村屯内道路基础设施项目", "新建水泥路0.8公里，方便棚室蔬菜运输", 60],
        [4, "林甸县四季青镇爱民村安全饮水项目", "更换供水管线21400米，维修漏点", 48.4],
        [5, "林甸县四季青镇屯内路项目", "万发、宏丰、志合等村屯内路，总计15.242公里", 762.1],
        [6, "东兴乡新胜村农田排水项目", "新胜村农田排水沟渠清淤及配套", 200],
        [7, "花园镇永合村桥涵维修项目", "维修桥涵6座，配套护坡", 204],
        ["二", "产业发展项目（4个）", null, 1815.5],
        [1, "四合乡肉牛养殖小区扩建项目", "新建标准化牛舍4栋及青贮窖", 680],
        [2, "红旗镇鲜食玉米加工项目", "购置速冻及真空包装生产线1条", 520],
        [3, "宏伟乡设施农业棚室项目", "新建冷棚60栋", 415.5],
        [4, "花园镇庭院经济发展项目", "扶持脱贫户发展庭院种养", 236],
        ["合计", null, null, 3936.6],
        ["注：项目资金以最终下达的统筹整合财政涉农资金额度为准；项目实施单位为所在乡镇人民政府。", null, null, null],
      ],
      merges: ["A1:D1", "A16:C16", "A17:D17"],
      numberFormats: { "D3:D16": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目预计安排", kind: "composition", unit: "万元", headerRow: 2, lastRow: 16, columns: { B: "line", D: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D11", why: "产业发展 小计 1815.5 where 680 + 520 + 415.5 + 236 = 1851.5: 36.0万元 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D3", why: "基础设施 小计 2121.1 = 299.2 + 547.4 + 60 + 48.4 + 762.1 + 200 + 204" },
      { rule: "composition.total-mismatch", cell: "D16", why: "合计 3936.6 = 2121.1 + 1815.5, the 小计s as typed (the slip is reported once, at the 小计)" },
      { rule: "register.ineligible-location", why: "东兴乡、四季青镇、花园镇、四合乡、红旗镇、宏伟乡 are towns of 林甸县" },
      { rule: "composition.line-mismatch", why: "the 建设规模 column states lengths and counts in words, no unit × quantity" },
      { rule: "input.unreadable-value", why: "建设规模及标准 is text; the note under the table is no line" },
    ],
  },
};
