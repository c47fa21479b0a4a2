import type { CorpusLayout } from "../types";

// 深圳新闻网 2018-09-27: 深圳第八批援藏工作组 builds 10 小康村 in 察隅县's 察瓦龙乡 and 古拉乡, planned at 5,890万元 (俄玉村's 村公房 shown under
// way). Laid out as the plan such a project keeps: 序号 | 乡（镇） | 村 | 主要建设内容 | 计划投资, a 小计 under each township and the 合计.
export const layout: CorpusLayout = {
  id: "chayu-shenzhen-aid-xiaokang-village-plan",
  source: {
    title: "建材来自千里之外 深圳援藏工作组在这建了10个小康村项目（察隅县小康村建设项目计划表据正文拟）",
    url: "http://www.shengheyue.com/news/content/2018-09/27/content_21109671.htm",
    publisher: "深圳新闻网",
    date: "2018-09-27",
    changes:
      "The page is prose: ten 小康村 in 察瓦龙乡 and 古拉乡, 计划实施资金 5,890万元, 俄玉村's 村公房 under construction. The table is ours (表据正文拟): six " +
      "villages of 察瓦龙乡 and four of 古拉乡 (俄玉村 among them), their works and planned sums ours, adding to the published 5,890. Planted: the " +
      "古拉乡小计 typed 2,230 where its villages add to 2,330; the 合计 5,890 agrees with the villages.",
  },
  classes: ["composition", "project-plan", "township-and-village-columns", "subtotal-per-township", "total-at-foot", "works-description-column", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "paired-aid", "county-fund", "xizang"],
  settings: { district: "察隅县" },
  sheets: [
    {
      name: "小康村项目",
      widths: [8, 16, 12, 40, 12],
      rows: [
        ["察隅县深圳援建小康村建设项目计划表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "乡（镇）", "村", "主要建设内容", "计划投资"],
        [1, "察瓦龙乡", "龙普村", "村公房、村内道路硬化、给排水", 620],
        [2, "察瓦龙乡", "扎恩村", "村内道路硬化、安全饮水、环境整治", 580],
        [3, "察瓦龙乡", "松塔村", "村公房、给排水、路灯", 540],
        [4, "察瓦龙乡", "昌西村", "村内道路硬化、护坡、环境整治", 610],
        [5, "察瓦龙乡", "目若村", "村公房、安全饮水、路灯", 560],
        [6, "察瓦龙乡", "察瓦龙村", "村内道路硬化、给排水、环境整治", 650],
        [null, "察瓦龙乡小计", null, null, 3560],
        [7, "古拉乡", "俄玉村", "村公房、村内道路硬化、给排水", 590],
        [8, "古拉乡", "嘎腊村", "村内道路硬化、安全饮水、环境整治", 570],
        [9, "古拉乡", "巴安通村", "村公房、护坡、路灯", 600],
        [10, "古拉乡", "托巴村", "村内道路硬化、给排水、环境整治", 570],
        [null, "古拉乡小计", null, null, 2230],
        ["合计", null, null, null, 5890],
        ["注：项目由深圳市第八批援藏工作组组织实施，选址在农牧民较为迫切需要、自然条件较恶劣、脱贫难度较大的连片深度贫困区域。", null, null, null, null],
      ],
      merges: ["A1:E1", "B10:D10", "B15:D15", "A16:D16", "A17:E17"],
    },
  ],
  expect: {
    tables: [
      { sheet: "小康村项目", kind: "composition", unit: "万元", headerRow: 3, lastRow: 16, columns: { B: "category", C: "line", E: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E15", why: "古拉乡小计 2,230, but 590 + 570 + 600 + 570 = 2,330 (100 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E10", why: "察瓦龙乡小计 3,560 = 620 + 580 + 540 + 610 + 560 + 650" },
      { rule: "composition.total-mismatch", cell: "E16", why: "合计 5,890 = 3,560 + 2,330, what the villages add up to: the slip is the 小计's, reported once at E15" },
      { rule: "composition.line-mismatch", why: "no unit amount or quantity" },
      { rule: "input.unreadable-value", cell: "A17", why: "the note under the table is no data row" },
    ],
  },
};
