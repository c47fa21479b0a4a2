import type { CorpusLayout } from "../types";

// 江西省工业和信息化厅 2025-05: the three-year pilot of 产业集群企业规模化技术改造 (about 40 counties and city-run national development
// zones, 2025–2027), each pilot area able to receive at most 1000万元 of 奖补资金 over the pilot; a table of the money by 设区市 and area.
export const layout: CorpusLayout = {
  id: "jiangxi-2025-cluster-techreform-pilot-allocation",
  source: {
    title: "江西启动产业集群企业规模化技术改造试点（试点地区奖补资金安排表据正文拟）",
    url: "http://ggsgg.com/news/20511.shtml",
    publisher: "广搜网（转金台资讯）",
    date: "2025-06-01",
    changes:
      "As reported: the pilot runs 2025–2027 over about 40 县（市、区） and 设区市管理的国家级开发区; an area qualifies with 集群营业收入 above " +
      "80亿元 and at least 30 规上工业企业 in its cluster, and may receive at most 1000万元. The report prints no table; the allocation (序号 | " +
      "设区市 | 试点地区 | 主导集群 | 规上工业企业数 | 奖补资金, a 小计 under each 设区市, the 合计 at the foot) is ours, eleven areas of five " +
      "cities. Planted: 赣州市's 小计 typed 2600 over lines adding up to 2500; the 合计 adds the lines.",
  },
  classes: ["composition", "allocation-by-county", "city-merged-down", "subtotal-per-city", "count-column", "development-zone-as-line", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "provincial-fund", "jiangxi"],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "奖补资金安排",
      widths: [6, 12, 26, 16, 16, 12],
      rows: [
        ["2025年江西省产业集群企业规模化技术改造试点地区奖补资金安排表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "设区市", "试点地区", "主导集群", "规上工业企业数（家）", "奖补资金"],
        [1, "南昌市", "进贤县", "医疗器械", 86, 1000],
        [2, null, "南昌县", "汽车及零部件", 120, 800],
        [null, "小计", null, null, null, 1800],
        [3, "九江市", "共青城市", "电子信息", 64, 1000],
        [4, null, "湖口县", "新材料", 41, 600],
        [null, "小计", null, null, null, 1600],
        [5, "赣州市", "南康区", "家具", 310, 1000],
        [6, null, "龙南市", "电子信息", 58, 800],
        [7, null, "于都县", "纺织服装", 47, 700],
        [null, "小计", null, null, null, 2600],
        [8, "宜春市", "樟树市", "医药", 95, 900],
        [9, null, "高安市", "建筑陶瓷", 72, 600],
        [null, "小计", null, null, null, 1500],
        [10, "吉安市", "井冈山经济技术开发区", "电子信息", 88, 1000],
        [11, null, "泰和县", "电子信息", 36, 500],
        [null, "小计", null, null, null, 1500],
        ["合计", null, null, null, null, 8900],
        ["注：试点期为2025—2027年。申报地区上一年度集群营业收入在80亿元以上，且规上工业企业数量不少于30家；获批试点地区试点期内最高可获得1000万元奖补资金。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "B4:B5", "B7:B8", "B10:B12", "B14:B15", "B17:B18", "A20:E20", "A21:F21"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖补资金安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { B: "category", C: "line", F: "amount" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "奖补资金安排", cell: "F13", why: "赣州市 小计 2600, its lines 1000 + 800 + 700 = 2500: 100万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "奖补资金安排", cell: "F20", why: "合计 8900 = the eleven lines (1800 + 1600 + 2500 + 1500 + 1500); the 赣州 slip is reported once, at its 小计" },
      { rule: "composition.total-mismatch", sheet: "奖补资金安排", cell: "F6", why: "南昌市 1800 = 1000 + 800" },
      { rule: "composition.total-mismatch", sheet: "奖补资金安排", cell: "F16", why: "宜春市 1500 = 900 + 600" },
      { rule: "composition.total-mismatch", sheet: "奖补资金安排", cell: "E20", why: "the 规上工业企业数 column is a count with no total stated, never money" },
      { rule: "register.ineligible-location", why: "an allocation to 江西's own counties and a development zone, not a list of firms" },
    ],
  },
};
