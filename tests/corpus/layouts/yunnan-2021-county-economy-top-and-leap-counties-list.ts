import type { CorpusLayout } from "../types";

// 云南省委办公厅、省政府办公厅 2022-12 通报: 2021年度县域经济10强 (市辖区 excluded), 县域跨越发展先进县 (15) and 进位县 (5). The news item
// names the counties in three runs of prose; set as one recognition list, 序号 | 州（市） | 县（市、区） | 类别, with no money.
export const layout: CorpusLayout = {
  id: "yunnan-2021-county-economy-top-and-leap-counties-list",
  source: {
    title: "云南省2021年度县域经济10强、县域跨越发展先进县和县域跨越发展进位县名单（表据正文拟）",
    url: "http://www.ksrykj.com/news/c/2022-12-30/13645128.shtml",
    publisher: "春城晚报—开屏新闻（转载云南省委办公厅、省政府办公厅通报）",
    date: "2022-12-29",
    changes:
      "The report lists the 30 counties in prose by category; the table (序号 | 州（市） | 县（市、区） | 类别) is ours, each county's 州（市） added " +
      "from the administrative map, county names kept as the report writes them (新平县, 双江县, 维西县). Planted: 富源县's 州（市） written as " +
      "六盘水市 (Guizhou) instead of 曲靖市; 建水县 listed twice among the 先进县 (rows 22 and 25).",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "counties-as-bodies", "cities-and-prefectures-as-places", "category-column",
    "three-categories", "autonomous-prefecture-names", "short-county-names", "table-from-prose", "news-report", "province-wide-list", "yunnan",
  ],
  settings: { district: "云南省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 24, 14, 22],
      rows: [
        ["云南省2021年度县域经济10强、县域跨越发展先进县和县域跨越发展进位县名单", null, null, null],
        ["序号", "州（市）", "县（市、区）", "类别"],
        [1, "楚雄彝族自治州", "楚雄市", "县域经济10强"],
        [2, "红河哈尼族彝族自治州", "弥勒市", "县域经济10强"],
        [3, "红河哈尼族彝族自治州", "个旧市", "县域经济10强"],
        [4, "红河哈尼族彝族自治州", "蒙自市", "县域经济10强"],
        [5, "曲靖市", "宣威市", "县域经济10强"],
        [6, "大理白族自治州", "大理市", "县域经济10强"],
        [7, "六盘水市", "富源县", "县域经济10强"],
        [8, "曲靖市", "陆良县", "县域经济10强"],
        [9, "保山市", "腾冲市", "县域经济10强"],
        [10, "曲靖市", "会泽县", "县域经济10强"],
        [11, "昆明市", "盘龙区", "县域跨越发展先进县"],
        [12, "昆明市", "五华区", "县域跨越发展先进县"],
        [13, "昆明市", "官渡区", "县域跨越发展先进县"],
        [14, "昆明市", "西山区", "县域跨越发展先进县"],
        [15, "曲靖市", "沾益区", "县域跨越发展先进县"],
        [16, "玉溪市", "新平县", "县域跨越发展先进县"],
        [17, "曲靖市", "罗平县", "县域跨越发展先进县"],
        [18, "楚雄彝族自治州", "元谋县", "县域跨越发展先进县"],
        [19, "楚雄彝族自治州", "姚安县", "县域跨越发展先进县"],
        [20, "红河哈尼族彝族自治州", "建水县", "县域跨越发展先进县"],
        [21, "楚雄彝族自治州", "永仁县", "县域跨越发展先进县"],
        [22, "楚雄彝族自治州", "双柏县", "县域跨越发展先进县"],
        [23, "红河哈尼族彝族自治州", "建水县", "县域跨越发展先进县"],
        [24, "玉溪市", "澄江市", "县域跨越发展先进县"],
        [25, "西双版纳傣族自治州", "景洪市", "县域跨越发展先进县"],
        [26, "迪庆藏族自治州", "维西县", "县域跨越发展先进县"],
        [27, "临沧市", "双江县", "县域跨越发展进位县"],
        [28, "保山市", "昌宁县", "县域跨越发展进位县"],
        [29, "迪庆藏族自治州", "香格里拉市", "县域跨越发展进位县"],
        [30, "西双版纳傣族自治州", "勐海县", "县域跨越发展进位县"],
        [31, "迪庆藏族自治州", "德钦县", "县域跨越发展进位县"],
        ["注：县域经济10强不含市辖区。", null, null, null],
      ],
      merges: ["A1:D1", "A34:D34"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 2, lastRow: 33, columns: { B: "place", C: "enterprise", D: "category" }, year: 2021 },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "B9", why: "六盘水市 is in 贵州省, outside 云南省 (富源县 belongs to 曲靖市)" },
      { rule: "register.duplicate", cell: "C25", why: "建水县 already listed at row 22 under the same 县域跨越发展先进县" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "B13", why: "昆明市 four times: a 州（市） repeated is no county repeated" },
      { rule: "register.duplicate", cell: "C30", why: "昌宁县 once; 腾冲市 (row 11) is another county of 保山市" },
      { rule: "register.ineligible-location", cell: "B27", why: "西双版纳傣族自治州 is a 云南 prefecture" },
      { rule: "register.ineligible-location", cell: "B31", why: "迪庆藏族自治州 is a 云南 prefecture" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "input.unreadable-value", sheet: "名单", cell: "A34", why: "the note under the list" },
    ],
  },
};
