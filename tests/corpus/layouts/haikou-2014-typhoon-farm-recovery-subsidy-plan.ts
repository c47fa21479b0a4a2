import type { CorpusLayout } from "../types";

// 海南日报 2014-08-11: after 威马逊, 海口市政府 puts 5000万元 into 农业灾后修复重建 — 种菜补贴1200万元, 蔬菜大棚修复补贴1200万元, 橡胶种植补贴600万元,
// 畜禽栏舍修复及重建补贴1385万元, 猪、鸡种苗补栏补贴615万元. Laid out as the plan's allocation by kind and district: 序号 | 补贴项目 | 合计 | 秀英区 |
// 龙华区 | 琼山区 | 美兰区 | 补贴对象, 单位：万元, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "haikou-2014-typhoon-farm-recovery-subsidy-plan",
  source: {
    title: "海口5000万元补贴农业灾后修复重建（海口市农业灾后恢复生产补贴资金安排表，表据正文拟）",
    url: "http://0898nl.com/wap/index.php?itemid=2870&moduleid=21",
    publisher: "海南日报（海南农业网转载）",
    date: "2014-08-11",
    changes:
      "As published: the 5000万元 and its five kinds with their sums (1200 / 1200 / 600 / 1385 / 615万元) and the 种菜补贴's object (8月-10月相对集中种植瓜菜10亩以上、" +
      "供应本地蔬菜市场的农户、农民合作社和农业企业). The report gives no table: the split over 海口's four districts and the other objects are ours (表据正文拟), each kind and " +
      "each district adding up as published. Planted: 畜禽栏舍修复及重建补贴's 美兰区 share typed 452 for 425, so that row's parts (1,412) miss its 合计 1,385 and the 美兰区 " +
      "foot 1,510 misses its lines (1,537).",
  },
  classes: [
    "composition", "allocation-by-kind", "district-columns", "total-column-first", "total-row-at-foot", "object-column-after-money",
    "whole-wanyuan", "wanyuan-caption", "transposed-digits", "notes-under-table", "table-from-prose", "city-fund", "disaster-recovery", "hainan",
  ],
  settings: { district: "海口市" },
  sheets: [
    {
      name: "安排表",
      widths: [6, 26, 10, 10, 10, 10, 10, 44],
      rows: [
        ["海口市2014年农业灾后恢复生产补贴资金安排表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元", null],
        ["序号", "补贴项目", "合计", "秀英区", "龙华区", "琼山区", "美兰区", "补贴对象"],
        [1, "种菜补贴", 1200, 260, 180, 410, 350, "8月-10月相对集中种植瓜菜10亩以上、供应本地蔬菜市场的农户、农民合作社和农业企业"],
        [2, "蔬菜大棚修复补贴", 1200, 240, 150, 430, 380, "大棚设施受损的蔬菜生产经营主体"],
        [3, "橡胶种植补贴", 600, 120, 60, 250, 170, "橡胶林受灾的种植户"],
        [4, "畜禽栏舍修复及重建补贴", 1385, 285, 195, 480, 452, "栏舍倒塌、损毁的规模养殖场（户）"],
        [5, "猪、鸡种苗补栏补贴", 615, 130, 85, 215, 185, "受灾后补栏的生猪、家禽养殖场（户）"],
        ["合计", null, 5000, 1035, 670, 1785, 1510, null],
        ["注：种植蔬菜补贴应补贴种菜者；承包土地种植的，不得变相补贴给土地出租方。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "G2:H2", "A9:B9", "A10:H10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", C: "amount", D: "amount:秀英区", E: "amount:龙华区", F: "amount:琼山区", G: "amount:美兰区" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "合计 1,385; its districts add up to 285 + 195 + 480 + 452 = 1,412 (美兰区 typed 452 for 425)" },
      { rule: "composition.total-mismatch", cell: "G9", why: "美兰区 foot 1,510; its lines add up to 350 + 380 + 170 + 452 + 185 = 1,537" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "合计 5,000 = 1,200 + 1,200 + 600 + 1,385 + 615 (the report's five sums)" },
      { rule: "composition.total-mismatch", cell: "D9", why: "秀英区 1,035 = 260 + 240 + 120 + 285 + 130" },
      { rule: "composition.total-mismatch", cell: "F9", why: "琼山区 1,785 = 410 + 430 + 250 + 480 + 215" },
      { rule: "composition.total-mismatch", cell: "C4", why: "1,200 = 260 + 180 + 410 + 350; the other rows likewise but 畜禽栏舍" },
      { rule: "register.ineligible-location", why: "秀英区, 龙华区, 琼山区, 美兰区 are 海口's districts, column headings, no payees" },
      { rule: "cap.unknown-policy", why: "an allocation by kind of subsidy, no register of payees" },
      { rule: "input.unreadable-value", cell: "H4", why: "补贴对象 is text describing whom each kind pays (10亩 a condition), no amount" },
    ],
  },
};
