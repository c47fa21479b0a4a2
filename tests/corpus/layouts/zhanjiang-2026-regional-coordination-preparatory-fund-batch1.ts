import type { CorpusLayout } from "../types";

// 湛江云媒 2026-01 on the 广东省发展改革委 公示 of the 2026 省区域协调发展战略专项资金（重大项目前期工作经费）安排计划（第一批）:
// 湛江's ten projects, 7,550万元 in all, laid out as the plan's city extract — 合计 first, then 序号 | 项目名称 | 所属领域 | 拟安排金额.
export const layout: CorpusLayout = {
  id: "zhanjiang-2026-regional-coordination-preparatory-fund-batch1",
  source: {
    title: "2026年省区域协调发展战略专项资金（重大项目前期工作经费）安排计划（第一批）湛江市项目（表据报道拟）",
    url: "https://m.163.com/dy/article/KJE09KM10534RQFQ.html",
    publisher: "湛江云媒（转载广东省发展改革委公示）",
    date: "2026-01-14",
    changes:
      "The report names the ten 湛江 projects in order and their total, 7,550万元 (首批141个项目, 超8亿元 province-wide); it gives no sum per project. " +
      "The amounts per project and the 所属领域 column are ours, laid out as a city extract of the 安排计划 with the 合计 first. Planted: the ten " +
      "amounts as typed add up to 7,730 (赤坎区调顺片区排水管网 typed 530 where the plan's figure would make them 7,550), against the published 合计 7,550.",
  },
  classes: ["composition", "project-list", "total-row-first", "field-column", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "city-extract", "guangdong"],
  settings: { district: "湛江市" },
  sheets: [
    {
      name: "湛江市项目",
      widths: [6, 56, 12, 14],
      rows: [
        ["2026年省区域协调发展战略专项资金（重大项目前期工作经费）安排计划（第一批）", null, null, null],
        ["（湛江市项目）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "项目名称", "所属领域", "拟安排金额"],
        ["合计", null, null, 7550],
        [1, "茂名至吴川高速公路", "交通", 1500],
        [2, "兰州至海口国家高速公路湛江廉江至徐闻段工程", "交通", 2000],
        [3, "国道G228线吴川穿城段改线工程", "交通", 600],
        [4, "广东雷州半岛灌区工程", "水利", 1200],
        [5, "湛江西多式联运国际物流园基础设施配套项目", "物流", 500],
        [6, "湛江市赤坎区调顺片区排水管网完善工程", "市政", 530],
        [7, "廉江市完全中学高中部扩容提质项目", "教育", 300],
        [8, "雷州新城市政管网与综合管廊建设项目", "市政", 450],
        [9, "雷州市二桥街、方城十字街、曲街历史文化街区保护提升项目", "文化", 250],
        [10, "湛江市坡头区南三联围联合堤、和平堤等十三条堤段达标加固工程", "水利", 400],
        ["注：资金用于项目前期工作，不得用于项目建设支出。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A5:C5", "A16:D16"],
      numberFormats: { "D5:D15": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "湛江市项目",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 15,
        columns: { B: "line", C: "category", D: "amount" },
        year: 2026,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D5", why: "合计 7,550 against the ten lines as typed: 1,500 + 2,000 + 600 + 1,200 + 500 + 530 + 300 + 450 + 250 + 400 = 7,730, 180万元 more" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D1", why: "the title's 2026 and （第一批） are no figures" },
      { rule: "composition.total-mismatch", cell: "A6", why: "序号 1–10 are row numbers, not money" },
      { rule: "register.ineligible-location", why: "吴川、廉江、雷州、赤坎、坡头 are all within 湛江市; a composition's project names are no places to judge" },
      { rule: "cap.unknown-policy", why: "a composition of projects, no award list" },
      { rule: "input.unreadable-value", cell: "A16", why: "the 注 row is a note under the table" },
    ],
  },
};
