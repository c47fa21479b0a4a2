import type { CorpusLayout } from "../types";

// 湖南省农业农村厅办公室 2024-06-11 (posted by 南县农业局): the 2024 中央财政重点支持农民合作社和家庭农场培育项目 scheme — 500 co-ops and 680+ family
// farms province-wide. Laid out as a county's 拟支持名单 such a scheme asks for: 序号 | 主体名称 | 统一社会信用代码 | 所在乡镇 | 拟支持资金（万元）, under
// section rows 一、农民合作社 / 二、家庭农场, 合计 at the foot, a publicity note under it.
export const layout: CorpusLayout = {
  id: "nanxian-2024-coop-family-farm-support-list",
  source: {
    title: "湖南省农业农村厅办公室关于印发《2024年中央财政重点支持农民合作社和家庭农场培育项目实施方案》的通知（南县拟支持名单据方案拟）",
    url: "http://nxjw.nanxian.gov.cn/14898/40460/content_1953612.html",
    publisher: "湖南省农业农村厅办公室（南县农业局转发）",
    date: "2024-06-14",
    changes:
      "As published: the scheme's name, year, its two kinds of 支持对象 (农民合作社, 家庭农场) and the province's numbers (合作社500个、家庭农场680个以上). The scheme " +
      "names no recipients: the list (its columns, section rows, every body, code, town and sum) is ours, laid out as a county's 拟支持名单 under such a scheme. " +
      "Planted: 明山头镇's 农机服务合作社 with a check character K where GB 32100-2015 gives J; a 沅江市草尾镇 co-op (another county of 益阳市) on 南县's list.",
  },
  classes: ["register", "award-list", "section-rows", "coops-and-family-farms", "credit-codes", "town-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "item-from-title", "notes-under-table", "table-from-prose", "county-list", "hunan"],
  settings: { district: "益阳市南县" },
  sheets: [
    {
      name: "拟支持名单",
      widths: [6, 34, 24, 16, 16],
      rows: [
        ["南县2024年中央财政重点支持农民合作社和家庭农场培育项目拟支持名单", null, null, null, null],
        ["序号", "主体名称", "统一社会信用代码", "所在乡镇", "拟支持资金（万元）"],
        ["一、农民合作社", null, null, null, null],
        [1, "南县洞庭虾稻种养专业合作社", "93430921MAAFMTQRP0", "三仙湖镇", 15],
        [2, "南县茅草街渔业专业合作社", "93430921MAUGKBWU77", "茅草街镇", 15],
        [3, "南县华阁蔬菜种植专业合作社", "93430921MADPN0BN0Y", "华阁镇", 12],
        [4, "南县明山头农机服务专业合作社", "93430921MA4PEY4ETK", "明山头镇", 12],
        [5, "沅江市草尾湖渔业专业合作社", "93430981MA6GBXBNQ5", "沅江市草尾镇", 10],
        [6, "南县浪拔湖果蔬专业合作社", "93430921MALM7P62JX", "浪拔湖镇", 10],
        ["二、家庭农场", null, null, null, null],
        [7, "南县青树嘴镇李建军家庭农场", "92430921MA8CCJ0GKH", "青树嘴镇", 5],
        [8, "南县麻河口镇刘春华家庭农场", "92430921MA5EF246EL", "麻河口镇", 5],
        [9, "南县武圣宫镇周国平家庭农场", "92430921MAMK6MU8DR", "武圣宫镇", 5],
        ["合计", null, null, null, 89],
        ["注：公示期为5个工作日，对名单有异议的，请以书面形式向南县农业农村局反映。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:E3", "A10:E10", "A14:D14", "A15:E15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C7", why: "93430921MA4PEY4ET + K: the GB 32100-2015 check character of the first 17 is J" },
      { rule: "register.ineligible-location", cell: "D8", why: "沅江市草尾镇 is in 沅江市, another county of 益阳市, outside 南县" },
      { rule: "cap.unknown-policy", cell: "E4", why: "no catalog: the title's policy (重点支持农民合作社和家庭农场培育项目) is in none, so the list's amounts are reported once as unchecked, at the first row's" },
    ],
    absent: [
      { rule: "register.location-code-mismatch", cell: "C8", why: "the 沅江 co-op is outside the district (reported as such), not inside with a foreign code" },
      { rule: "register.ineligible-location", cell: "D4", why: "三仙湖镇, 茅草街镇, 华阁镇, 明山头镇, 浪拔湖镇, 青树嘴镇, 麻河口镇, 武圣宫镇 are towns of 南县" },
      { rule: "register.duplicate", why: "no body is listed twice; the two section rows are kinds of body under one fund" },
      { rule: "composition.total-mismatch", cell: "E14", why: "合计 89 = 15 + 15 + 12 + 12 + 10 + 10 + 5 + 5 + 5" },
      { rule: "cap.exceeded", cell: "E14", why: "合计 is the list's foot, not an award" },
      { rule: "register.unpaid", why: "a 拟支持 list records no payments" },
      { rule: "input.unreadable-value", why: "the section rows and the note under the table are text" },
    ],
  },
};
