import type { CorpusLayout } from "../types";

// 山西省财政厅 2014-11: 2,400万元 of central money for the environment of 16 传统村落, 150万元 each, named by city, county,
// town and village in one sentence of the report. Grid ours: 序号 | 市 | 县（市、区） | 乡（镇、街道） | 村 | 补助资金, cities and
// counties merged down, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shanxi-2014-traditional-villages-environment-fund",
  source: {
    title: "山西下拨2400万元保护16个传统村落 我市7村获得支持（资金分配表据报道拟）",
    url: "http://jcsh.bluezp.com/index.php/Xinwen/newsDetails?id=376",
    publisher: "三晋都市报（北京晋城企业商会网站转载）",
    date: "2014-11-06",
    changes:
      "The report names the 16 villages with their city, county and town, the 2,400万元 and 每村补助150万元. The grid is built from that sentence " +
      "(one row a village, the cities and counties merged down as a published allocation would show them); the figures are the report's " +
      "150万元 each and 2,400 in all. Planted: 泽州县 北义城镇 西黄石村 typed 105 (150 with its digits turned), so the villages add up to 2,355 " +
      "against the 合计 2,400.",
  },
  classes: ["composition", "allocation-by-village", "villages-as-lines", "cities-counties-towns-merged-down", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "shanxi"],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 12, 14, 12, 12],
      rows: [
        ["山西省传统村落环境保护中央专项资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "市", "县（市、区）", "乡（镇、街道）", "村", "补助资金"],
        [1, "太原市", "晋源区", "晋源街道", "店头村", 150],
        [2, "大同市", "灵丘县", "红石塄乡", "觉山村", 150],
        [3, "阳泉市", "郊区", "义井镇", "小河村", 150],
        [4, null, null, null, "大阳泉村", 150],
        [5, null, null, "平坦镇", "官沟村", 150],
        [6, "晋城市", "沁水县", "嘉峰镇", "窦庄村", 150],
        [7, null, null, "郑村镇", "湘峪村", 150],
        [8, null, "泽州县", "晋庙铺镇", "天井关村", 150],
        [9, null, null, "北义城镇", "西黄石村", 105],
        [10, null, "高平市", "河西镇", "苏庄村", 150],
        [11, null, null, "马村镇", "大周村", 150],
        [12, null, null, "原村乡", "良户村", 150],
        [13, "晋中市", "祁县", "贾令镇", "谷恋村", 150],
        [14, null, "灵石县", "夏门镇", "夏门村", 150],
        [15, null, "介休市", "龙凤镇", "张壁村", 150],
        [16, "忻州市", "河曲县", "旧县乡", "旧县村", 150],
        ["合计", null, null, null, null, 2400],
        ["注：资金用于饮用水水源地保护、农村生活污水和垃圾处理、畜禽养殖污染治理、历史遗留的农村工矿污染治理和农业面源污染和土壤污染防治等。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "B6:B8", "C6:C8", "D6:D7", "B9:B15", "C9:C10", "C11:C12", "C13:C15", "B16:B18", "A20:E20", "A21:F21"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 20, columns: { E: "line", F: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F20", why: "15 villages × 150 + 西黄石村 105 = 2,355, the 合计 says 2,400 (45万元 more)" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "every city, county, town and village is in 山西省, and the table is an allocation" },
      { rule: "composition.total-mismatch", cell: "A19", why: "序号 1–16 number the villages; they are no money" },
      { rule: "composition.total-mismatch", cell: "A21", why: "the note under the table is no data" },
    ],
  },
};
