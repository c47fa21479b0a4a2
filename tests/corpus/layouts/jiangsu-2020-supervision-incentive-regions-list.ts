import type { CorpusLayout } from "../types";

// 江苏省政府办公厅 2021-05: the 2020 督查激励 — 35 kinds of reward (money, projects, land, pilots) for places that did well on named policies, each
// matter naming its counties, districts, cities and zones (放管服: 南京市栖霞区、沛县、常州市武进区、苏州国家高新区…; 商事制度改革: 无锡市…;
// 经济开发区转型升级: 南京市…、苏州市相城区…). Laid out as the 激励名单: 序号 | 激励事项 (merged down) | 受激励地区 | 所属设区市, no money column.
export const layout: CorpusLayout = {
  id: "jiangsu-2020-supervision-incentive-regions-list",
  source: {
    title: "江苏实施35项奖励支持措施 激励各地真抓实干（2020年度督查激励名单据正文拟）",
    url: "http://www.czesr.com/policynews/899.html",
    publisher: "江苏省人民政府办公厅（常州市体改研究会转载）",
    date: "2021-05-20",
    changes:
      "As published: the three matters and the places named under them (放管服: 南京市栖霞区、沛县、常州市武进区、苏州国家高新区、靖江市 among ten; " +
      "商事制度改革: 无锡市、沛县、溧阳市、如皋市 among ten; 经济开发区转型升级: 南京市、苏州市相城区、泗阳县 among ten). Ours: the list form, the " +
      "所属设区市 column, the cut to 12 places. Planted: 苏州市相城区 listed a second time under 经济开发区转型升级 (序号 13).",
  },
  classes: [
    "register", "places-as-recipients", "incentive-list", "matter-category", "merged-category", "city-column", "no-money-column",
    "duplicate-recipient", "notes-under-table", "table-from-prose", "provincial-list", "jiangsu",
  ],
  settings: { district: "江苏省" },
  sheets: [
    {
      name: "激励名单",
      widths: [6, 34, 18, 14],
      rows: [
        ["2020年度江苏省督查激励名单（摘录）", null, null, null],
        ["序号", "激励事项", "受激励地区", "所属设区市"],
        [1, "推动“放管服”改革成绩突出的地方", "南京市栖霞区", "南京市"],
        [2, null, "沛县", "徐州市"],
        [3, null, "常州市武进区", "常州市"],
        [4, null, "苏州国家高新区", "苏州市"],
        [5, null, "靖江市", "泰州市"],
        [6, "推动商事制度改革成绩突出的地方", "无锡市", "无锡市"],
        [7, null, "沛县", "徐州市"],
        [8, null, "溧阳市", "常州市"],
        [9, null, "如皋市", "南通市"],
        [10, "推进经济开发区转型升级创新发展成效明显的地方", "南京市", "南京市"],
        [11, null, "苏州市相城区", "苏州市"],
        [12, null, "泗阳县", "宿迁市"],
        [13, null, "苏州市相城区", "苏州市"],
        ["注：对上述地方分别优先推荐申报国家级试点、在相关专项资金分配上予以倾斜支持，具体由省有关部门负责落实。", null, null, null],
        ["江苏省人民政府办公厅　2021年5月", null, null, null],
      ],
      merges: ["A1:D1", "B3:B7", "B8:B11", "B12:B15", "A16:D16", "A17:D17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "激励名单", kind: "register", headerRow: 2, lastRow: 15,
        // Corrected after the hundred-and-seventy-second holdout's measurement (counted failed): each 激励事项 is the award its places win, the item, as docs/rules.md reads sections naming an award (新增规上工业企业 …) as their rows' item; it was stated the category. 苏州市相城区 twice under one matter stays the duplicate.
        columns: { B: "item", C: "enterprise", D: "place" }, year: 2020,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C15", why: "苏州市相城区 (苏州市) is rewarded again under 推进经济开发区转型升级创新发展 (序号 13); first at 序号 11, row 13" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "C9", why: "沛县 is rewarded under two different matters (放管服, 商事制度改革): the matter is the category, no duplicate" },
      { rule: "register.duplicate", cell: "C12", why: "南京市 (a city) is not 南京市栖霞区 (a district): two places" },
      { rule: "register.ineligible-location", why: "every 所属设区市 is a city of 江苏省" },
      { rule: "cap.unknown-policy", why: "the list has no money column: nothing is left unchecked" },
      { rule: "input.unreadable-value", cell: "A16", why: "the note and the sign-off under the table are prose" },
    ],
  },
};
