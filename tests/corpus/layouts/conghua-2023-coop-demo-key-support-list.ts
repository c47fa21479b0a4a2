import type { CorpusLayout } from "../types";

// 广州市从化区农业农村局 2023-06-26: 2023年广州市农民专业合作社扶持项目资金 270万元 — 180万元 to the 9 示范社 named 2020–2022 (每家20万元), 90万元 for 2022
// 培育补助; 附件1 从化区2023年广州市农民专业合作社示范社重点扶持资金补助名单. Laid out as that annex: 序号 | 所在镇（街） | 合作社名称 | 统一社会信用代码 |
// 评定年度 | 补助金额（万元） | 备注, 合计 at the foot, a 公示 note under it.
export const layout: CorpusLayout = {
  id: "conghua-2023-coop-demo-key-support-list",
  source: {
    title: "从化区2023年广州市农民专业合作社示范社重点扶持资金补助名单（附件1，表据正文拟）",
    url: "https://0477ly.com/newsdetail/news362932.html",
    publisher: "广州市从化区农业农村局（转载）",
    date: "2023-06-26",
    changes:
      "As published: the notice's sums and rules (穗财农〔2022〕76号, 穗农〔2017〕127号; 270万元, of it 180万元 for the 9 示范社 评为2020-2022年广州市农民专业合作社示范社, " +
      "每家示范社20万元; 公示 6月26日至7月2日) and the annex's name. The stored copy does not show the annex (a .docx): its columns, the nine 合作社, their 从化区 " +
      "codes (440117), towns and years are ours (表据正文拟). Planted: one code's check character wrong (…H60R, should be …H60T); the 合计 typed 160 where the nine " +
      "awards of 20 add up to 180.",
  },
  classes: [
    "register", "credit-codes", "town-column", "recognition-year-column", "fixed-award", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "item-from-title", "no-catalog", "table-from-prose", "district-fund", "guangdong",
  ],
  settings: { district: "从化区" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 14, 36, 22, 12, 14, 16],
      rows: [
        ["附件1", null, null, null, null, null, null],
        ["从化区2023年广州市农民专业合作社示范社重点扶持资金补助名单", null, null, null, null, null, null],
        [null, null, null, null, null, "单位：万元", null],
        ["序号", "所在镇（街）", "合作社名称", "统一社会信用代码", "评定年度", "补助金额", "备注"],
        [1, "鳌头镇", "广州市从化区鳌头丰禾水稻种植专业合作社", "93440117MA5AN7Q2XF", "2020年", 20, null],
        [2, "太平镇", "广州市从化区太平荔香果蔬专业合作社", "93440117MA59K3R8LQ", "2020年", 20, null],
        [3, "温泉镇", "广州市从化区温泉绿野茶叶专业合作社", "93440117MA5CT1H60R", "2021年", 20, null],
        [4, "良口镇", "广州市从化区良口山泉水产养殖专业合作社", "93440117MA5D0P4WUK", "2021年", 20, null],
        [5, "吕田镇", "广州市从化区吕田高山蔬菜专业合作社", "93440117MA59Q8E2KU", "2021年", 20, null],
        [6, "江埔街道", "广州市从化区江埔禾仓农机服务专业合作社", "93440117MA5AY6J3BD", "2022年", 20, null],
        [7, "城郊街道", "广州市从化区城郊百果园种植专业合作社", "93440117MA5CFM0N7U", "2022年", 20, null],
        [8, "街口街道", "广州市从化区街口花卉苗木专业合作社", "93440117MA5BR4T1DC", "2022年", 20, null],
        [9, "鳌头镇", "广州市从化区鳌头溪头生态养殖专业合作社", "93440117MA5AL9G5HY", "2022年", 20, null],
        ["合计", null, null, null, null, 160, null],
        ["注：以上示范社为2020-2022年被评为“广州市农民专业合作社示范社”的农民专业合作社，每家补助20万元。公示期7天，即6月26日至7月2日。", null, null, null, null, null, null],
      ],
      merges: ["A2:G2", "F3:G3", "A14:E14", "A15:G15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D7", why: "93440117MA5CT1H60R: the check character for 93440117MA5CT1H60 is T, not R" },
      { rule: "composition.total-mismatch", cell: "F14", why: "合计 160; nine awards of 20 add up to 9 × 20 = 180 (20万元 short; the notice says 180万元)" },
      { rule: "cap.unknown-policy", cell: "F5", why: "no catalog: the list's policy (from its title) is reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "register.duplicate", why: "two 合作社 in 鳌头镇 are two bodies (丰禾水稻, 溪头生态养殖), no firm listed twice" },
      { rule: "register.ineligible-location", why: "鳌头镇, 太平镇, 温泉镇, 良口镇, 吕田镇, 江埔街道, 城郊街道, 街口街道 are all of 从化区" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 are 440117, 从化区" },
      { rule: "input.unreadable-value", cell: "E5", why: "评定年度 `2020年` is the year the 合作社 was named a 示范社, text, not the award's year or money" },
      { rule: "register.unpaid", why: "a 公示 list records no payments" },
    ],
  },
};
