import type { CorpusLayout } from "../types";

// 石家庄论坛 2017-06-08 (转发): 石家庄经济技术开发区 named a 2017-2018 省级综合示范试点开发区 — 5,000万元 of provincial special funds in each
// of 2017 and 2018, 1亿元 in all, for five uses (基础设施, 创业机构, 投融资改革, 重大战略支撑项目, 技改升级和节能). Laid out as the
// 专项资金使用计划表 such a pilot files: 序号 | 支持方向 | 主要内容 | 2017年 | 2018年 | 合计, 单位：万元, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shijiazhuang-etdz-2017-2018-pilot-fund-plan",
  source: {
    title: "石家庄经开区成全省开发区综合示范试点（省级专项资金使用计划表据正文拟）",
    url: "http://sjzshi.com/thread-11660-1-1.html",
    publisher: "石家庄论坛（转载）；石家庄经济技术开发区",
    date: "2017-06-08",
    changes:
      "Kept as the post states it: 5,000万元 in 2017 and 5,000万元 in 2018, 1亿元 in all, and the five uses in its words (污水处理厂扩能改造和园区道路" +
      "管网提升等基础设施建设; 创业创新服务平台和众创空间等创业机构建设; 投融资平台建设、政府引导基金注入及企业贷款风险分担和损失补偿等投融资改革; " +
      "重大战略支撑项目建设; 支持企业技改升级、淘汰落后产能，实施节能升级). The post has no table: the layout and each use's money by year are ours, " +
      "adding up to the published 5,000 a year. Planted: the grand 合计 typed 10,100 where 5,000 + 5,000 = 10,000 and the uses' totals add up to 10,000.",
  },
  classes: [
    "composition", "years-as-columns", "row-total-column", "description-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption",
    "notes-under-table", "table-from-prose", "development-zone", "hebei",
  ],
  settings: { district: "石家庄经济技术开发区" },
  sheets: [
    {
      name: "资金使用计划",
      widths: [6, 22, 44, 12, 12, 12],
      rows: [
        ["石家庄经济技术开发区省级综合示范试点专项资金使用计划表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "支持方向", "主要内容", "2017年", "2018年", "合计"],
        [1, "基础设施建设", "污水处理厂扩能改造、园区道路管网提升", 1800, 1500, 3300],
        [2, "创业机构建设", "创业创新服务平台、众创空间建设", 600, 700, 1300],
        [3, "投融资改革", "投融资平台建设、政府引导基金注入、企业贷款风险分担和损失补偿", 1200, 1100, 2300],
        [4, "重大战略支撑项目建设", "园区重大战略支撑项目前期及配套", 800, 1000, 1800],
        [5, "企业技改升级和节能升级", "支持企业技改升级、淘汰落后产能、实施节能升级", 600, 700, 1300],
        ["合计", null, null, 5000, 5000, 10100],
        ["注：资金来源为省级开发区综合示范试点专项资金，2017年、2018年每年5000万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:C9", "A10:F10"],
      numberFormats: { "D4:F9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金使用计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", D: "amount:2017年", E: "amount:2018年", F: "amount" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "F9",
        why: "合计 10,100 where the uses' totals add up to 3,300 + 1,300 + 2,300 + 1,800 + 1,300 = 10,000, and 2017's 5,000 + 2018's 5,000 = 10,000: 100 over",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D9", why: "2017: 1,800 + 600 + 1,200 + 800 + 600 = 5,000" },
      { rule: "composition.total-mismatch", cell: "E9", why: "2018: 1,500 + 700 + 1,100 + 1,000 + 700 = 5,000" },
      { rule: "composition.total-mismatch", cell: "F6", why: "投融资改革 1,200 + 1,100 = 2,300 (every use's row total is its two years' sum)" },
      { rule: "composition.line-mismatch", why: "no unit amount or quantity: the 主要内容 column describes each use" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table" },
    ],
  },
};
