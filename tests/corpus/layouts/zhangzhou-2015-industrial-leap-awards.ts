import type { CorpusLayout } from "../types";

// 漳州市 2015-03: 《关于加速工业跨越发展的实施意见》 — the award clauses (龙头企业 and brand awards at a fixed 100万元, the county
// investment ranking at 50 / 40 / 30万元) as a clause sheet with prose standards, and the year's award list under them.
export const layout: CorpusLayout = {
  id: "zhangzhou-2015-industrial-leap-awards",
  source: {
    title: "漳州市级及以上龙头企业均可一次性获奖励100万元（关于加速工业跨越发展的实施意见；奖励条款及奖励名单据报道拟）",
    url: "http://zzpd.fjsen.com/2015-03/28/content_15870867.htm",
    publisher: "东南网（漳州市委、市政府《关于加速工业跨越发展的实施意见》）",
    date: "2015-03-28",
    changes:
      "The page is a news report of the 实施意见; both sheets are ours (表据正文拟). As published: first recognition as a 市级及以上龙头企业, a first " +
      "中国驰名商标 / 中华老字号 / 中国质量奖 each get a one-off 100万元; the top three counties (开发区、投资区) of the industrial-investment ranking get " +
      "50 / 40 / 30万元. The clause names, the 责任单位, the award list (firms, credit codes, counties, amounts) are ours. Planted: 漳浦县's firm paid 120 " +
      "under the fixed 100万元 龙头企业 award; 长泰县's firm given a code whose check character is wrong; the first firm listed again for the same award.",
  },
  classes: ["catalog", "register", "two-sheets", "catalog-sheet", "prose-caps", "fixed-award", "levels-in-one-sentence", "credit-codes", "counties-as-places", "item-per-row", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-policy", "fujian"],
  settings: { district: "漳州市" },
  sheets: [
    {
      name: "奖励条款",
      widths: [6, 30, 64, 18],
      rows: [
        ["漳州市关于加速工业跨越发展的实施意见——奖励条款（摘录）", null, null, null],
        ["序号", "奖励事项", "奖励标准", "责任单位"],
        [1, "市级及以上龙头企业奖励", "首次被认定为市级及以上龙头企业的，一次性奖励100万元。", "市经信委"],
        [2, "品牌质量奖励", "首次获得中国驰名商标、中华老字号、中国质量奖的企业，一次性奖励100万元。", "市工商局、市质监局"],
        [3, "工业投资考核奖励", "对工业投资考核前三名的县（市、区）、开发区（投资区），分别奖励50万元、40万元、30万元。", "市发改委"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 22, 14, 26, 16],
      rows: [
        ["2015年漳州市加速工业跨越发展奖励资金名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "奖励事项", "奖励金额（万元）"],
        [1, "福建漳州九龙江食品有限公司", "91350602MA2XK3L7PB", "芗城区", "市级及以上龙头企业奖励", 100],
        [2, "漳州圆山机械装备有限公司", "91350603MA2Y4N8R2Y", "龙文区", "市级及以上龙头企业奖励", 100],
        [3, "龙海月港汽车配件有限公司", "91350681MA31C6T9WR", "龙海市", "品牌质量奖励", 100],
        [4, "漳浦鑫海石化有限公司", "91350623MA2ER5H1KB", "漳浦县", "市级及以上龙头企业奖励", 120],
        [5, "长泰天成电子科技有限公司", "91350625MA33D7J4MK", "长泰县", "品牌质量奖励", 100],
        [6, "南靖土楼茶业有限公司", "91350627MA2WF2Q6UU", "南靖县", "市级及以上龙头企业奖励", 100],
        [7, "福建漳州九龙江食品有限公司", "91350602MA2XK3L7PB", "芗城区", "市级及以上龙头企业奖励", 100],
        ["合计", null, null, null, null, 720],
        ["注：奖励资金由市财政安排，一次性兑现。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:E10", "A11:F11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F6", why: "市级及以上龙头企业奖励 is a one-off 100万元; 漳浦鑫海石化 is paid 120: 20万元 over" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "C7", why: "91350625MA33D7J4MK: the GB 32100 check character of 91350625MA33D7J4M is J, not K" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "B9", why: "福建漳州九龙江食品有限公司 (91350602MA2XK3L7PB) already has the same 龙头企业 award on row 3" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F3", why: "100 is exactly the fixed 100万元" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F5", why: "品牌质量奖励 is a fixed 100万元; 100 paid" },
      { rule: "cap.unknown-policy", why: "every 奖励事项 of the list is a clause of the 奖励条款 sheet" },
      { rule: "register.ineligible-location", why: "芗城区、龙文区、龙海市、漳浦县、长泰县、南靖县 are all in 漳州市" },
      { rule: "register.location-code-mismatch", sheet: "奖励名单", cell: "C4", why: "characters 3–8 (350602, 350603, 350681, 350623, 350625, 350627) are each firm's county" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "F10", why: "100 × 6 + 120 = 720, as stated" },
      { rule: "input.unreadable-value", sheet: "奖励名单", cell: "A11", why: "the note under the list is text" },
    ],
  },
};
