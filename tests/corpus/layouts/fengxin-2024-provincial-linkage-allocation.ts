import type { CorpusLayout } from "../types";

// 奉新县财政局 2024-09 (奉财农指〔2024〕47号): the province's 370万元 of 2024 衔接 money shared out to towns and 场 — by village
// project, each project's total investment beside what the 衔接 money pays and what other money pays (资金来源 over two columns).
export const layout: CorpusLayout = {
  id: "fengxin-2024-provincial-linkage-allocation",
  source: {
    title: "关于下达2024年省级财政衔接推进乡村振兴补助资金使用分配的通知（奉财农指〔2024〕47号；附件1：关于下达2024年省级财政衔接推进乡村振兴补助资金表）",
    url: "http://www.fengxin.gov.cn/fxxrmzf/czzxzj/202409/4d82a5a412cb429fb4fdcded2983517f.shtml",
    publisher: "奉新县财政局",
    date: "2024-09",
    changes:
      "As published: the notice (赣财乡振指〔2024〕26号; 省级财政衔接资金370万元; 各有关乡镇（场、管委会）) and the annex's name. The stored copy " +
      "shows the notice, not the annex: the table's frame (序号 | 乡镇（场） | 村 | 项目名称 | 建设内容 | 项目总投资 | 资金来源 over 省级财政衔接资金 | " +
      "其他资金), the villages, projects and figures are ours; the 衔接 column adds up to the notice's 370. Planted: 店前村's 总投资 48 where " +
      "its sources give 40 + 6 = 46; the 合计 of 总投资 451 (its two sources' 合计 added across) where its lines give 453.",
  },
  classes: ["composition", "allocation-by-project", "towns-as-places", "villages-as-lines", "row-total-column", "sources-under-merged-header", "two-header-rows", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "jiangxi"],
  sheets: [
    {
      name: "附表1",
      widths: [6, 12, 10, 34, 28, 12, 16, 10],
      rows: [
        ["附表1", null, null, null, null, null, null, null],
        ["奉新县2024年省级财政衔接推进乡村振兴补助资金分配表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "乡镇（场）", "村", "项目名称", "建设内容", "项目总投资", "资金来源", null],
        [null, null, null, null, null, null, "省级财政衔接资金", "其他资金"],
        [1, "会埠镇", "良港村", "良港村猕猴桃产业基地提升项目", "新建冷库1座、分拣线1条", 85, 60, 25],
        [2, "赤岸镇", "城下村", "城下村灌溉渠道硬化项目", "硬化灌溉渠道1.6公里", 45, 45, 0],
        [3, "澡下镇", "白洋村", "白洋村茶叶加工厂房建设项目", "新建加工厂房600平方米", 70, 50, 20],
        [4, "上富镇", "上富村", "上富村产业路建设项目", "新建产业路2.1公里", 52, 40, 12],
        [5, "柳溪乡", "梅洲村", "梅洲村村级光伏电站项目", "建设光伏电站100千瓦", 38, 35, 3],
        [6, "甘坊镇", "甘坊村", "甘坊村竹木加工设备购置项目", "购置加工设备6台（套）", 40, 30, 10],
        [7, "宋埠镇", "店前村", "店前村蔬菜大棚建设项目", "新建钢架大棚30亩", 48, 40, 6],
        [8, "仰山乡", "村前村", "村前村安全饮水巩固提升项目", "改造供水管网3.2公里", 30, 30, 0],
        [9, "罗市镇", "璜溪村", "璜溪村油茶低产林改造项目", "油茶低改200亩", 45, 40, 5],
        ["合计", null, null, null, null, 451, 370, 81],
        ["注：项目资金必须全部形成物化资产；9月底前施工进度和资金拨付进度均不低于75%，12月底前全部竣工并完成验收。", null, null, null, null, null, null, null],
      ],
      merges: ["A2:H2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:H4", "A15:E15", "A16:H16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附表1",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 15,
        // Corrected after the measurement (the count unchanged): the money the table allocates (省级财政衔接资金, the fund
        // its title names) is the amount and 项目总投资 a further column, as the corpus states such columns
        // (xunyang-2024-linkage-city-batch1-projects, chongqing-2020-pig-farm-central-investment); the layout had them the other way round.
        columns: { B: "category", D: "line", F: "amount:项目总投资", G: "amount", H: "amount:其他资金" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F12", why: "店前村 项目总投资 48 where 省级财政衔接资金 40 + 其他资金 6 = 46; whole 万元 typed as decided, so exact" },
      { rule: "composition.total-mismatch", cell: "F15", why: "合计 项目总投资 451 where 85 + 45 + 70 + 52 + 38 + 40 + 48 + 30 + 45 = 453 (the office added 370 + 81 across instead)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G15", why: "省级财政衔接资金 370 = 60 + 45 + 50 + 40 + 35 + 30 + 40 + 30 + 40, the notice's 370" },
      { rule: "composition.total-mismatch", cell: "H15", why: "其他资金 81 = 25 + 0 + 20 + 12 + 3 + 10 + 6 + 0 + 5; across, 451 = 370 + 81" },
      { rule: "composition.total-mismatch", cell: "F6", why: "85 = 60 + 25" },
      { rule: "composition.line-mismatch", why: "no line states a unit amount and a quantity; 1.6公里, 30亩 in 建设内容 are text" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated in the workbook or the settings" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
