import type { CorpusLayout } from "../types";

// 湖北省财政厅 2020-11-11: the 2020 美丽乡村建设试点村 list put up for comment (336 villages, more than 1 billion yuan of provincial subsidy),
// as 崇阳县's news page carries its 咸宁市 part — fifteen villages under five counties.
export const layout: CorpusLayout = {
  id: "xianning-2020-beautiful-village-pilot-list",
  source: {
    title: "湖北一批乡村要获省里补贴啦！崇阳县有四个！（湖北省2020年度美丽乡村建设试点村名单咸宁部分；名单表据正文拟）",
    url: "http://chongyang.cjyun.org/p/22091.html",
    publisher: "崇阳县融媒体中心（转湖北省财政厅公示）",
    date: "2020-11-11",
    changes:
      "As published: the fifteen 咸宁市 villages and their counties (咸安区 1, 赤壁市 4, 通城县 1, 通山县 5, 崇阳县 4), the comment period 11月11日至20日. " +
      "The page lists villages under county headings with no money; the table (序号 | 县（市、区） | 试点村 | 省级补贴资金（万元）, the county merged down, " +
      "合计 at the foot) is laid out from it, and the 300万元 a village is ours (the notice's total over 10亿元 for 336 villages). Planted: a 临湘市 village " +
      "(岳阳市, 湖南) in the list; 通山县 大畈镇大坑村 listed a second time at the end; the title's policy is in no catalog.",
  },
  classes: ["register", "village-list", "fixed-award", "counties-as-places", "county-merged-down", "place-outside-province", "one-recipient-two-rows", "item-in-title", "no-catalog", "no-credit-codes", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-part-of-province-list", "hubei"],
  settings: { district: "咸宁市" },
  sheets: [
    {
      name: "试点村名单",
      widths: [6, 14, 26, 18],
      rows: [
        ["湖北省2020年度美丽乡村建设试点村名单（咸宁市）", null, null, null],
        ["序号", "县（市、区）", "试点村", "省级补贴资金（万元）"],
        [1, "咸安区", "马桥镇曾铺村", 300],
        [2, "赤壁市", "车埠镇鸡公山村", 300],
        [3, null, "官塘驿镇葛仙山村", 300],
        [4, null, "中伙铺镇罗县村", 300],
        [5, null, "赤马港办事处月山村", 300],
        [6, "通城县", "北港镇龙门村", 300],
        [7, "通山县", "大畈镇大坑村", 300],
        [8, null, "杨芳林乡郭家岭村", 300],
        [9, null, "通羊镇港口村", 300],
        [10, null, "黄沙铺镇中通村", 300],
        [11, null, "洪港镇车田村", 300],
        [12, "临湘市", "羊楼司镇龙源村", 300],
        [13, "崇阳县", "铜钟乡佛岭村", 300],
        [14, null, "高枧乡高枧村", 300],
        [15, null, "天城镇洪下村", 300],
        [16, null, "沙坪镇黄茆村", 300],
        [17, "通山县", "大畈镇大坑村", 300],
        ["合计", null, null, 5100],
        ["公示期为2020年11月11日至20日。公示无异议后，省财政将尽快拨付补贴资金。", null, null, null],
      ],
      merges: ["A1:D1", "B4:B7", "B9:B13", "B15:B18", "A20:C20", "A21:D21"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "试点村名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 20,
        columns: { B: "place", C: "enterprise", D: "approved" },
      },
    ],
    findings: [
      { rule: "cap.unknown-policy", cell: "D3", why: "no catalog: the list's own policy (美丽乡村建设试点村, from its title) has no cap to check against; reported once, at the first row's amount" },
      { rule: "register.ineligible-location", cell: "B14", why: "临湘市 is a city of 岳阳市 (湖南), not a county of 咸宁市 (咸安区, 赤壁市, 嘉鱼县, 通城县, 通山县, 崇阳县)" },
      { rule: "register.duplicate", cell: "D19", why: "通山县 大畈镇大坑村 is already on row 9" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B4", why: "赤壁市 is a county-level city of 咸宁市" },
      { rule: "register.ineligible-location", cell: "B3", why: "咸安区 is 咸宁市's district" },
      { rule: "register.duplicate", cell: "D5", why: "the merged-down county is shared, the villages differ" },
      { rule: "register.invalid-credit-code", why: "no credit codes: villages" },
      { rule: "register.unpaid", why: "a list put up for comment, no payment columns" },
      { rule: "input.unreadable-value", why: "the notice line is text" },
    ],
  },
};
