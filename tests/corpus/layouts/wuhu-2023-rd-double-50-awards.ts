import type { CorpusLayout } from "../types";

// 芜湖市科技局 / 芜湖市财政局 2024: 2023年度“研发双50强企业” awards sent down — the firms by 县市区（开发区）, each award split into the
// city's share and the county's or district's (县 2:8, 区 4:6; 市本级 firms the city's alone) under one merged 奖补资金 heading.
export const layout: CorpusLayout = {
  id: "wuhu-2023-rd-double-50-awards",
  source: {
    title: "关于下达2023年度芜湖市“研发双50强企业”奖补资金的通知（附件1）（表据正文拟）",
    url: "http://shoelacebooks.com/news/35687.html",
    publisher: "芜湖市科学技术局、芜湖市财政局（转载）",
    date: "2024",
    changes:
      "The stored copy shows the notice, its 附件 cut after its first words: the table is ours (表据正文拟). As published: 88 firms, 3,040万元 through " +
      "“政策超市”; 3 市本级 firms' 130万元 borne by the city; the rest shared 2:8 with the counties (无为市, 湾沚区, 繁昌区) and 4:6 with the districts " +
      "(经济技术开发区, 三山经济开发区 among them). We show twelve rows with firms, codes and awards of our own, each split by those shares; the 榜单类别 " +
      "column and the note are ours. Planted: the 奖补资金 合计 typed 410 where the rows add up to 400; 南陵丫山生物's credit code with a wrong check " +
      "character; a firm placed in 当涂县 (马鞍山市), outside 芜湖市.",
  },
  classes: [
    "register", "award-split-columns", "merged-award-header", "city-county-shares", "counties-and-zones-as-places", "city-level-row",
    "credit-codes", "category-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "annex-label", "notes-under-table",
    "built-from-prose", "city-level", "anhui",
  ],
  settings: { district: "芜湖市" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 16, 30, 22, 18, 10, 12, 16],
      rows: [
        ["附件1", null, null, null, null, null, null, null],
        ["2023年度芜湖市“研发双50强企业”奖补资金安排表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "县市区（开发区）", "企业名称", "统一社会信用代码", "榜单类别", "奖补资金", null, null],
        [null, null, null, null, null, "合计", "市本级承担", "县市区（开发区）承担"],
        [1, "市本级", "芜湖瑞驰动力科技股份有限公司", "91340200MA2MX4TK8M", "研发投入50强", 60, 60, "—"],
        [2, "市本级", "芜湖长江汽车电子有限公司", "91340200MA2NB7QE3J", "研发投入强度50强", 40, 40, "—"],
        [3, "经济技术开发区", "芜湖凯锐精密机械有限公司", "91340208MA2RH5KW1R", "研发投入50强", 50, 20, 30],
        [4, "镜湖区", "芜湖启明软件科技有限公司", "91340202MA2UXK3L7R", "研发投入强度50强", 30, 12, 18],
        [5, "弋江区", "芜湖新芯微电子有限公司", "91340209MA2TB6YH1N", "研发投入强度50强", 40, 16, 24],
        [6, "鸠江区", "芜湖翔宇航空部件有限公司", "91340207MA8N2QW5RK", "研发投入50强", 40, 16, 24],
        [7, "湾沚区", "芜湖湾沚新材料科技有限公司", "91340210MA8P3DJ2KA", "研发投入50强", 30, 6, 24],
        [8, "繁昌区", "芜湖繁阳智能装备有限公司", "91340212MA2W7CN4E0", "研发投入强度50强", 20, 4, 16],
        [9, "南陵县", "南陵丫山生物科技有限公司", "91340223MA8LQ9T0U4", "研发投入强度50强", 20, 4, 16],
        [10, "无为市", "无为高沟特种电缆有限公司", "91340281MA2RFE6X3F", "研发投入50强", 30, 6, 24],
        [11, "三山经济开发区", "芜湖三山光电科技有限公司", "91340208MA8PL41GA3", "研发投入强度50强", 20, 8, 12],
        [12, "当涂县", "当涂博望数控机床有限公司", "91340521MA2TQ8RW50", "研发投入50强", 20, 4, 16],
        ["合计", null, null, null, null, 410, 196, 204],
        ["注：市本级企业奖补资金由市本级财政承担；其余由市与县市区、开发区按现财政体制分担，市与县（含无为市、湾沚区、繁昌区）按照2:8比例分担，市与区（含经济技术开发区、三山经济开发区）按照4:6比例分担。", null, null, null, null, null, null, null],
      ],
      merges: ["A2:H2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:H4", "A18:E18", "A19:H19"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 18,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F18", why: "奖补资金 合计 410 where 60 + 40 + 50 + 30 + 40 + 40 + 30 + 20 + 20 + 30 + 20 + 20 = 400 (whole figures)" },
      { rule: "register.invalid-credit-code", cell: "D14", why: "91340223MA8LQ9T0U4: the check character for 91340223MA8LQ9T0U is 7" },
      { rule: "register.ineligible-location", cell: "B17", why: "当涂县 is a county of 马鞍山市, outside 芜湖市" },
      { rule: "cap.unknown-policy", cell: "F6", why: "no catalog is loaded: the list's amounts go unchecked, reported once" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G18", why: "市本级承担 60 + 40 + 20 + 12 + 16 + 16 + 6 + 4 + 4 + 6 + 8 + 4 = 196" },
      { rule: "composition.total-mismatch", cell: "H18", why: "县市区承担 30 + 18 + 24 + 24 + 24 + 16 + 16 + 24 + 12 + 16 = 204, the dashes adding nothing" },
      { rule: "composition.total-mismatch", cell: "F8", why: "each row's shares add up to its award (20 + 30 = 50; 市本级 rows 60 + — = 60)" },
      { rule: "register.ineligible-location", cell: "B8", why: "经济技术开发区 and 三山经济开发区 are 芜湖's own zones" },
      { rule: "register.ineligible-location", cell: "B15", why: "无为市 is a county-level city of 芜湖市" },
      { rule: "register.ineligible-location", cell: "B6", why: "市本级 is the city itself" },
      { rule: "register.location-code-mismatch", cell: "D17", why: "the place is already outside; the code agrees with it (340521)" },
      { rule: "register.duplicate", why: "twelve different firms" },
      { rule: "register.unpaid", why: "an allocation notice records no payments" },
      { rule: "input.unreadable-value", why: "the dashes in 县市区承担 mean nothing; 附件1 and the note are text" },
    ],
  },
};
