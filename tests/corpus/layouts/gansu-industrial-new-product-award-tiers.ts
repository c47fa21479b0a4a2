import type { CorpusLayout } from "../types";

// 甘肃省工信委、科技厅、财政厅: 甘肃省工业优秀新产品奖励暂行办法 — four prize tiers with a fixed sum each (特等奖1项 300万元, 一等奖5项 各100万元,
// 二等奖10项 各50万元, 三等奖50项 各20万元) as the catalog sheet; a year's award list (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "gansu-industrial-new-product-award-tiers",
  source: {
    title: "甘肃省工业优秀新产品奖励暂行办法（奖励设置；获奖名单据办法拟）",
    url: "https://scholarmate.com/S/eZ9HXK",
    publisher: "甘肃省工业和信息化委员会、甘肃省科学技术厅、甘肃省财政厅",
    changes:
      "As published (a report of the 办法): the four tiers, their numbers and sums, and the condition that entries fit the province's strategic " +
      "emerging and traditional pillar industries. Ours: the catalog's layout, the award list (products, firms, codes, cities), its 合计 and note. " +
      "Planted: 张掖丹霞食品科技 awarded 80 under the 二等奖 of 50; 定西岷归中药饮片's product listed twice under the 三等奖; 酒泉新能源装备's code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-award", "prize-tiers", "item-per-row", "credit-codes", "cities-as-places", "one-firm-two-rows", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "province-policy", "table-from-prose", "gansu"],
  settings: { district: "甘肃省" },
  sheets: [
    {
      name: "奖励设置",
      widths: [6, 26, 40],
      rows: [
        ["甘肃省工业优秀新产品奖励设置", null, null],
        ["序号", "奖项", "奖励标准"],
        [1, "工业优秀新产品特等奖", "每年评选1项，奖励300万元"],
        [2, "工业优秀新产品一等奖", "每年评选5项，各奖励100万元"],
        [3, "工业优秀新产品二等奖", "每年评选10项，各奖励50万元"],
        [4, "工业优秀新产品三等奖", "每年评选50项，各奖励20万元"],
        ["注：参评的工业优秀新产品须符合甘肃省战略性新兴产业领域和传统支柱产业发展方向。", null, null],
      ],
      merges: ["A1:C1", "A7:C7"],
    },
    {
      name: "获奖名单",
      widths: [6, 26, 30, 22, 10, 22, 10],
      rows: [
        ["2015年度甘肃省工业优秀新产品奖励名单（部分）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "产品名称", "企业名称", "统一社会信用代码", "所在市州", "奖项", "奖励金额"],
        [1, "高海拔风电机组变桨控制系统", "兰州陇原电气装备有限公司", "91620100MA73KQ2X7Y", "兰州市", "工业优秀新产品特等奖", 300],
        [2, "高镍三元前驱体", "金昌镍都新能源材料有限公司", "91620300MA74BX2N5L", "金昌市", "工业优秀新产品一等奖", 100],
        [3, "智能型真空断路器", "天水长城开关电器有限公司", "91620500MA71GE6H3W", "天水市", "工业优秀新产品一等奖", 100],
        [4, "重载搬运机器人", "兰州新区智能装备制造有限公司", "91620100MA7FH53K9N", "兰州市", "工业优秀新产品一等奖", 100],
        [5, "高纯电子级硝化棉", "白银银光精细化工有限公司", "91620400MA75LU1C8W", "白银市", "工业优秀新产品二等奖", 50],
        [6, "河西走廊高原夏菜脆片", "张掖丹霞食品科技有限公司", "91620700MA75CN3B22", "张掖市", "工业优秀新产品二等奖", 80],
        [7, "塔筒法兰智能焊接装备", "酒泉新能源装备有限公司", "91620900MA7CRP4L7R", "酒泉市", "工业优秀新产品二等奖", 50],
        [8, "岷县当归配方颗粒", "定西岷归中药饮片有限公司", "91621100MA72NY8T1P", "定西市", "工业优秀新产品三等奖", 20],
        [9, "丘陵山地小型播种机", "平凉崆峒农机有限公司", "91620800MA73QD7W26", "平凉市", "工业优秀新产品三等奖", 20],
        [10, "岷县当归配方颗粒", "定西岷归中药饮片有限公司", "91621100MA72NY8T1P", "定西市", "工业优秀新产品三等奖", 20],
        ["合计", null, null, null, null, null, 840],
        ["注：奖励资金由省级财政安排，一次性拨付获奖企业。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A14:F14", "A15:G15"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励设置", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "获奖名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 14,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "item", G: "approved" }, year: 2015,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "获奖名单", cell: "G9", why: "工业优秀新产品二等奖 is 各奖励50万元; 80 awarded, 30 over" },
      { rule: "register.duplicate", sheet: "获奖名单", cell: "G13", why: "定西岷归中药饮片有限公司 (91621100MA72NY8T1P), 岷县当归配方颗粒, 三等奖 again in 2015; first at row 11" },
      { rule: "register.invalid-credit-code", sheet: "获奖名单", cell: "D10", why: "91620900MA7CRP4L7R: the GB 32100-2015 check character of 91620900MA7CRP4L7 is Q, not R" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "获奖名单", cell: "G4", why: "特等奖 300 is exactly its 300" },
      { rule: "cap.exceeded", sheet: "获奖名单", cell: "G5", why: "一等奖 100 is exactly 各奖励100万元" },
      { rule: "cap.exceeded", sheet: "获奖名单", cell: "G14", why: "合计 840 = 300 + 3 × 100 + 50 + 80 + 50 + 3 × 20 is no award" },
      { rule: "cap.unknown-policy", sheet: "获奖名单", why: "every 奖项 is a catalog item word for word" },
      { rule: "register.duplicate", sheet: "获奖名单", cell: "G7", why: "兰州新区智能装备制造 is another firm of 兰州市 than 兰州陇原电气装备, each listed once" },
      { rule: "register.ineligible-location", sheet: "获奖名单", why: "all eight cities lie in 甘肃省" },
      { rule: "register.unpaid", why: "an award list records no payments" },
    ],
  },
};
