import type { CorpusLayout } from "../types";

// 贵州: 2023年贵州省工业龙头企业奖励资金 — one-time awards of 500 / 400 / 300 / 200万元 for industrial firms whose
// 营业收入 first passed 千亿 / 五百亿 / 百亿 / 十亿, by the 十大工业产业. Laid out as the award list; the catalog holds the four levels.
export const layout: CorpusLayout = {
  id: "guizhou-2023-industrial-leader-awards",
  source: {
    title: "一次性奖励最高500万元！贵州这类企业快来申报（关于申报2023年贵州省工业龙头企业奖励资金的通知；奖励名单据通知拟）",
    url: "http://news.henunews.com/newss/2023/0223/53859.html",
    publisher: "央广网（贵州省工业和信息化厅、省能源局通知）",
    date: "2023-02-23",
    changes:
      "As published: the four levels and their awards (千亿级 500、五百亿级 400、百亿级 300、十亿级 200万元), 按照十大工业产业分类, first passed in 2022. " +
      "Ours: the list (序号 | 企业名称 | 统一社会信用代码 | 所在市（州） | 所属产业 | 奖励类别 | 奖励金额（万元）), firms, codes of their cities, amounts, 合计 and note; the catalog's item names. " +
      "Planted: a 十亿级 firm awarded 300 (the level's 200); the first firm listed again for the same award.",
  },
  classes: ["register", "fixed-award", "levels-as-items", "item-column", "industry-column", "credit-codes", "cities-as-places", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "guizhou"],
  settings: { district: "贵州省" },
  catalog: {
    items: [
      { name: "营业收入首次突破千亿元工业企业奖励", capType: "fixed", capAmount: 500, unit: "万元", document: "关于申报2023年贵州省工业龙头企业奖励资金的通知（千亿级500万元）" },
      { name: "营业收入首次突破五百亿元工业企业奖励", capType: "fixed", capAmount: 400, unit: "万元", document: "关于申报2023年贵州省工业龙头企业奖励资金的通知（五百亿级400万元）" },
      { name: "营业收入首次突破百亿元工业企业奖励", capType: "fixed", capAmount: 300, unit: "万元", document: "关于申报2023年贵州省工业龙头企业奖励资金的通知（百亿级300万元）" },
      { name: "营业收入首次突破十亿元工业企业奖励", capType: "fixed", capAmount: 200, unit: "万元", document: "关于申报2023年贵州省工业龙头企业奖励资金的通知（十亿级200万元）" },
    ],
  },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 30, 22, 12, 18, 34, 16],
      rows: [
        ["2023年贵州省工业龙头企业奖励资金拟奖励企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市（州）", "所属产业", "奖励类别", "奖励金额（万元）"],
        [1, "贵州黔峰新材料有限公司", "91520100MA6Q2W8E3P", "贵阳市", "新型功能材料产业", "营业收入首次突破十亿元工业企业奖励", 200],
        [2, "遵义赤水河酱香酒业股份有限公司", "91520300MA6R5T1Y7J", "遵义市", "现代化工产业", "营业收入首次突破百亿元工业企业奖励", 300],
        [3, "六盘水凉都煤电有限公司", "91520200MA6L8U4K25", "六盘水市", "基础能源产业", "营业收入首次突破百亿元工业企业奖励", 300],
        [4, "毕节乌蒙绿色食品有限公司", "91520500MA6T3N6P9E", "毕节市", "生态特色食品产业", "营业收入首次突破十亿元工业企业奖励", 300],
        [5, "安顺黔中航空装备有限公司", "91520400MA6U7A2W56", "安顺市", "先进装备制造产业", "营业收入首次突破十亿元工业企业奖励", 200],
        [6, "贵州黔峰新材料有限公司", "91520100MA6Q2W8E3P", "贵阳市", "新型功能材料产业", "营业收入首次突破十亿元工业企业奖励", 200],
        ["合计", null, null, null, null, null, 1500],
        ["注：奖励资金由贵州省工业和信息化发展专项资金、贵州省能源安全生产和保供专项资金安排，企业营业收入以2022年度为准。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A9:F9", "A10:G10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "item", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G6", why: "营业收入首次突破十亿元 is a fixed 200万元; 300 awarded, 100 over" },
      { rule: "register.duplicate", cell: "G8", why: "贵州黔峰新材料有限公司 (91520100MA6Q2W8E3P) already on row 3 for the same award in 2023" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
      { rule: "register.location-code-mismatch", cell: "C4", why: "characters 3–8 (520100, 520300, 520200, 520500, 520400) match each firm's city" },
      { rule: "register.ineligible-location", why: "贵阳、遵义、六盘水、毕节、安顺 are cities of 贵州省" },
      { rule: "cap.exceeded", cell: "G4", why: "百亿级 300 = its fixed 300" },
      { rule: "composition.total-mismatch", cell: "G9", why: "200 + 300 + 300 + 300 + 200 + 200 = 1,500, as stated" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is a catalog item" },
    ],
  },
};
