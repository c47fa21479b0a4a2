import type { CorpusLayout } from "../types";

// 湖南省财政厅 2018-06-21: how the province placed the 2017 中央专项彩票公益金 for local public-welfare causes, 16175万元 (财综〔2017〕47号) —
// 1000万元 to each of twelve counties just out of poverty, 200万元 to each of ten deeply poor counties, the remaining 2175万元 to the fourteen
// 市州本级. Laid out as the 安排表 behind that notice: three groups under category rows, each with its 小计, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "hunan-2017-lottery-fund-poor-counties",
  source: {
    title: "湖南省2017年度中央专项彩票公益金支持地方社会公益事业发展资金安排情况公告",
    url: "http://m.calcontract.com/News/Details/23296",
    publisher: "湖南省财政厅",
    date: "2018-06-21",
    changes:
      "As published: the document and the 16175万元; the twelve 脱贫摘帽 counties (炎陵, 茶陵, 石门, 桂东, 中方, 祁东, 双牌, 江永, 宁远, 鹤城区, " +
      "洪江市, 吉首市) at 1000万元 each; the ten 深度贫困 counties (保靖, 泸溪, 古丈, 花垣, 永顺, 凤凰, 桑植, 通道, 麻阳, 城步) at 200万元 each; 2175万元 " +
      "to the fourteen 市州本级. The notice is prose: the table, its columns, the cities named beside each county and the split of the 2175 among " +
      "the 市州 are ours. Planted: 凤凰县 given 300 (the group's 小计 stays 2000, the lines give 2100); 娄底市本级 written 154 for 145 (the lines " +
      "give 2184 against the 小计 2175).",
  },
  classes: ["composition", "allocation-by-county", "category-rows", "subtotals-under-lines", "total-at-foot", "standard-in-category-row", "report-as-prose", "wanyuan-in-header", "hunan"],
  settings: { asOf: "2018-06-21" },
  sheets: [
    {
      name: "安排表",
      widths: [6, 14, 16, 16, 12],
      rows: [
        ["2017年度中央专项彩票公益金支持地方社会公益事业发展资金安排表", null, null, null, null],
        ["序号", "市州", "县（市、区）", "安排资金（万元）", "备注"],
        ["一、脱贫摘帽贫困县（每县1000万元）", null, null, null, null],
        [1, "株洲市", "炎陵县", 1000, null],
        [2, "株洲市", "茶陵县", 1000, null],
        [3, "常德市", "石门县", 1000, null],
        [4, "郴州市", "桂东县", 1000, null],
        [5, "怀化市", "中方县", 1000, null],
        [6, "衡阳市", "祁东县", 1000, null],
        [7, "永州市", "双牌县", 1000, null],
        [8, "永州市", "江永县", 1000, null],
        [9, "永州市", "宁远县", 1000, null],
        [10, "怀化市", "鹤城区", 1000, null],
        [11, "怀化市", "洪江市", 1000, null],
        [12, "湘西州", "吉首市", 1000, null],
        ["小计", null, null, 12000, null],
        ["二、深度贫困县（每县200万元）", null, null, null, null],
        [1, "湘西州", "保靖县", 200, null],
        [2, "湘西州", "泸溪县", 200, null],
        [3, "湘西州", "古丈县", 200, null],
        [4, "湘西州", "花垣县", 200, null],
        [5, "湘西州", "永顺县", 200, null],
        [6, "湘西州", "凤凰县", 300, null],
        [7, "张家界市", "桑植县", 200, null],
        [8, "怀化市", "通道县", 200, null],
        [9, "怀化市", "麻阳县", 200, null],
        [10, "邵阳市", "城步县", 200, null],
        ["小计", null, null, 2000, null],
        ["三、市州本级", null, null, null, null],
        [1, "长沙市", "市本级", 100, null],
        [2, "株洲市", "市本级", 120, null],
        [3, "湘潭市", "市本级", 100, null],
        [4, "衡阳市", "市本级", 180, null],
        [5, "邵阳市", "市本级", 200, null],
        [6, "岳阳市", "市本级", 150, null],
        [7, "常德市", "市本级", 160, null],
        [8, "张家界市", "市本级", 140, null],
        [9, "益阳市", "市本级", 140, null],
        [10, "郴州市", "市本级", 150, null],
        [11, "永州市", "市本级", 180, null],
        [12, "怀化市", "市本级", 200, null],
        [13, "娄底市", "市本级", 154, null],
        [14, "湘西州", "州本级", 210, null],
        ["小计", null, null, 2175, null],
        ["合计", null, null, 16175, null],
        ["注：资金安排到市县后，由市县结合彩票公益金使用范围自主确定项目和资金安排。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:E3", "A16:C16", "A17:E17", "A28:C28", "A29:E29", "A44:C44", "A45:C45", "A46:E46"],
      numberFormats: { "D4:D45": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 45,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D28", why: "深度贫困县 小计 2000; the ten counties give 9 × 200 + 300 = 2100" },
      { rule: "composition.total-mismatch", cell: "D44", why: "市州本级 小计 2175; the fourteen lines give 2184 (娄底 154)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D16", why: "twelve counties × 1000 = 12000" },
      { rule: "composition.total-mismatch", cell: "D45", why: "合计 16175 = the stated 小计 12000 + 2000 + 2175 (the slips are inside two groups, reported at their 小计)" },
      { rule: "composition.line-mismatch", why: "the standard is in the category rows; no unit × quantity column" },
      { rule: "input.unreadable-value", why: "category rows and the note are text" },
    ],
  },
};
