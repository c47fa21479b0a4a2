import type { CorpusLayout } from "../types";

// 泉州 2018-05: the city's share of 福建's first 2018 batch of 省级预算内投资 — 27 projects, 5,218万元 — by field with project counts,
// the farming field split 其中 渔港 | 现代农业; the 合计 typed 100 over the fields.
export const layout: CorpusLayout = {
  id: "quanzhou-2018-provincial-budget-investment-batch1",
  source: {
    title: "首批省级预算内投资计划下达 泉州27个项目获超五千万元资金支持（项目汇总表据报道拟）",
    url: "http://www.8037eee.com/news/fujian/shms/2018-05-27/2139082.html",
    publisher: "台海网（据泉州网）",
    date: "2018-05-27",
    changes:
      "The page is a news report; the table is ours (表据正文拟). As published: 27 projects and 5,218万元 in the fields 农业和精准脱贫、创新和产业提升、" +
      "社会公用事业、重大项目前期及实施管理、重大规划编制; 2 渔港 (祥芝中心渔港, 泉港诚峰一级渔港) 980万元; 4 现代农业 projects 308万元; 社会公用事业 " +
      "19 projects 3,685万元. Ours: the split of the remaining 2 projects and 245万元 (150 | 95). Planted: the 合计 typed 5,318 where the fields add up to 5,218.",
  },
  classes: ["composition", "allocation-by-field", "count-column", "count-and-money-caption", "qizhong-lines", "text-column", "whole-wanyuan", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-fund", "fujian"],
  settings: { district: "泉州市" },
  sheets: [
    {
      name: "项目汇总",
      widths: [6, 34, 10, 16, 56],
      rows: [
        ["泉州市2018年第一批省级预算内投资计划项目汇总表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：个、万元"],
        ["序号", "领域", "项目个数", "省级预算内投资", "主要项目"],
        [1, "农业和精准脱贫", 6, 1288, null],
        [null, "其中：渔港（避风港）工程", 2, 980, "石狮市祥芝中心渔港、泉州市泉港诚峰一级渔港"],
        [null, "      现代农业项目", 4, 308, "石狮国家水禽品种基因库保种设施改造、安溪县勤美农场高效节水灌溉等"],
        [2, "社会公用事业", 19, 3685, "教育、卫生、文化、养老等"],
        [3, "创新和产业提升", 1, 150, null],
        [4, "重大项目前期及实施管理、重大规划编制", 1, 95, null],
        ["合计", null, 27, 5318, null],
        ["注：市发改委将会同有关部门抓好投资计划执行、项目落地实施和投资完成进度。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:B10", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D10", why: "合计 5,318; the fields add up to 1,288 + 3,685 + 150 + 95 = 5,218 (100万元 too much)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "农业和精准脱贫 1,288 = 980 + 308, its 其中 lines; they are not added into the 合计 again" },
      { rule: "composition.total-mismatch", cell: "C10", why: "项目个数 27 = 6 + 19 + 1 + 1, a count" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count, no unit standard: amounts are not count × a price" },
      { rule: "register.ineligible-location", why: "no register; 石狮、泉港、安溪 are in 泉州市" },
    ],
  },
};
