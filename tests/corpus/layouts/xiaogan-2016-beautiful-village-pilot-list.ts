import type { CorpusLayout } from "../types";

// 湖北省 2016年度美丽乡村建设试点村: 孝感市's 21 villages, as the 东湖社区 (荆楚网) forum post reports the list once its comment
// period closed (11月27日); villages under their counties and towns, central and provincial subsidy promised.
export const layout: CorpusLayout = {
  id: "xiaogan-2016-beautiful-village-pilot-list",
  source: {
    title: "我市21个村被正式确定为2016年度美丽乡村建设试点村（孝感市2016年度美丽乡村建设试点村名单；名单表据正文拟）",
    url: "https://bbs.cnhubei.com/thread-4156528-1-1.html",
    publisher: "东湖社区（荆楚网，转孝感市公示结果）",
    date: "2016-11-27",
    changes:
      "As published: the 21 villages of 孝感市 with their counties and towns (孝南区 3, 孝昌县 3, 大悟县 3, 安陆市 3, 云梦县 2, 应城市 3, " +
      "汉川市 4, 汈东农场 and 东马坊办事处 among the towns). The post names the villages in one sentence and gives no money; the table " +
      "(序号 | 县（市、区） | 乡镇（办事处） | 试点村 | 补助资金（万元）, the county merged down, 合计 at the foot) is laid out from it, and the " +
      "150万元 a village is ours. Planted: 红安县七里坪镇柏林寺村 (黄冈市) slipped into the 大悟县 block as its own county; the list's " +
      "policy is in no catalog.",
  },
  classes: ["register", "village-list", "fixed-award", "counties-as-places", "county-merged-down", "town-column", "place-outside-city", "no-catalog", "no-credit-codes", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "forum-post", "hubei"],
  settings: { district: "孝感市" },
  sheets: [
    {
      name: "试点村名单",
      widths: [6, 14, 18, 16, 16],
      rows: [
        ["孝感市2016年度美丽乡村建设试点村名单", null, null, null, null],
        ["序号", "县（市、区）", "乡镇（办事处）", "试点村", "补助资金（万元）"],
        [1, "孝南区", "杨店镇", "浐川村", 150],
        [2, null, "西河镇", "黄岗村", 150],
        [3, null, "朋兴乡", "长风社区", 150],
        [4, "孝昌县", "卫店镇", "段港村", 150],
        [5, null, "小悟乡", "田堂村", 150],
        [6, null, "丰山镇", "二公村", 150],
        [7, "大悟县", "新城镇", "金岭村", 150],
        [8, null, "宣化店镇", "铁店村", 150],
        [9, null, "河口镇", "顺山村", 150],
        [10, "红安县", "七里坪镇", "柏林寺村", 150],
        [11, "安陆市", "烟店镇", "龚岗村", 150],
        [12, null, "孛畈镇", "三里村", 150],
        [13, null, "辛榨乡", "张付村", 150],
        [14, "云梦县", "倒店乡", "六李村", 150],
        [15, null, "伍洛镇", "程垸村", 150],
        [16, "应城市", "东马坊办事处", "大郑村", 150],
        [17, null, "天鹅镇", "西湖村", 150],
        [18, null, "汤池镇", "方集村", 150],
        [19, "汉川市", "沉湖镇", "赵湾村", 150],
        [20, null, "庙头镇", "中心坮村", 150],
        [21, null, "汈东农场", "孔沟村", 150],
        [22, null, "湾潭乡", "德丰村", 150],
        ["合计", null, null, null, 3300],
        ["试点村将得到中央和省级补助资金，县市区统筹安排美丽乡村建设资金，用于农村居民点范围内的基础设施建设和人居环境改善。", null, null, null, null],
      ],
      merges: ["A1:E1", "B3:B5", "B6:B8", "B9:B11", "B13:B15", "B16:B17", "B18:B20", "B21:B24", "A25:D25", "A26:E26"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "试点村名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 25,
        columns: { B: "place", D: "enterprise", E: "approved" },
      },
    ],
    findings: [
      { rule: "cap.unknown-policy", cell: "E3", why: "no catalog: the list's own policy (美丽乡村建设试点村, from its title) has no cap to check against; reported once, at the first row's amount" },
      { rule: "register.ineligible-location", cell: "B12", why: "红安县 is a county of 黄冈市, not of 孝感市 (孝南区, 孝昌县, 大悟县, 云梦县, 应城市, 安陆市, 汉川市)" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B18", why: "应城市 is a county-level city of 孝感市; 东马坊办事处 is one of its 街道" },
      { rule: "register.ineligible-location", cell: "C23", why: "汈东农场 is a farm of 汉川市, inside 孝感市" },
      { rule: "register.duplicate", cell: "E4", why: "the merged-down county is shared, the villages differ" },
      { rule: "register.invalid-credit-code", why: "no credit codes: villages" },
      { rule: "register.unpaid", why: "a list of pilots, no payment columns" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
