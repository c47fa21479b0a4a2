import type { CorpusLayout } from "../types";

// 广东省农业农村厅 2023-12-30: 2022年度“广东省十大乡村振兴示范带”奖励资金分配结果 — 1亿元 from the province to each of ten
// counties' belts outside the Pearl River Delta; the Delta's six winners are paid by their own cities at the province's standard.
export const layout: CorpusLayout = {
  id: "guangdong-2022-rural-demo-belt-awards",
  source: {
    title: "2022年度“广东省十大乡村振兴示范带”奖励资金分配结果公开（附件：奖励资金分配结果）",
    url: "https://dara.gd.gov.cn/tzgg2272/content/post_4325760.html",
    publisher: "广东省农业农村厅",
    date: "2023-12-30",
    changes:
      "The notice is as published (ten counties each awarded 1亿元 by the province; 广州市从化区和花都区、珠海市斗门区、东莞市道滘镇、佛山市三水区、" +
      "中山市三乡镇 paid by their cities 参照省标准; 粤府〔2023〕34号). The annex (.docx) is not in the stored copy: its columns (序号 | 地市 | " +
      "县（市、区） | 示范带名称 | 奖励资金（万元） | 备注), the belts' names and the Delta rows' dashes are ours. Planted: 潮安区 written 1000 " +
      "(0.1亿) where every award is 10000万元, so the lines add up to 91000 against the stated 合计 100000.",
  },
  classes: ["composition", "allocation-by-county", "dash-rows", "remark-column", "wanyuan-in-header", "total-at-foot", "province-level", "guangdong"],
  sheets: [
    {
      name: "分配结果",
      widths: [6, 10, 16, 36, 16, 30],
      rows: [
        ["2022年度“广东省十大乡村振兴示范带”奖励资金分配结果", null, null, null, null, null],
        ["序号", "地市", "县（市、区）", "示范带名称", "奖励资金（万元）", "备注"],
        [1, "梅州市", "梅县区", "雁洋—南口客家风情乡村振兴示范带", 10000, null],
        [2, "江门市", "开平市", "碉楼侨乡乡村振兴示范带", 10000, null],
        [3, "惠州市", "博罗县", "罗浮山下乡村振兴示范带", 10000, null],
        [4, "清远市", "连南瑶族自治县", "瑶山古寨乡村振兴示范带", 10000, null],
        [5, "阳江市", "阳西县", "滨海渔村乡村振兴示范带", 10000, null],
        [6, "汕尾市", "陆丰市", "碣石湾乡村振兴示范带", 10000, null],
        [7, "茂名市", "高州市", "荔乡绿道乡村振兴示范带", 10000, null],
        [8, "肇庆市", "封开县", "西江古道乡村振兴示范带", 10000, null],
        [9, "河源市", "东源县", "万绿湖畔乡村振兴示范带", 10000, null],
        [10, "潮州市", "潮安区", "韩江沿岸乡村振兴示范带", 1000, null],
        [11, "广州市", "从化区、花都区", "流溪河—花山乡村振兴示范带", "—", "由所在地级以上市参照省标准自行实施"],
        [12, "珠海市", "斗门区", "黄杨河乡村振兴示范带", "—", "由所在地级以上市参照省标准自行实施"],
        [13, "东莞市", "道滘镇", "水乡古镇乡村振兴示范带", "—", "由所在地级以上市参照省标准自行实施"],
        [14, "佛山市", "三水区", "三江汇流乡村振兴示范带", "—", "由所在地级以上市参照省标准自行实施"],
        [15, "中山市", "三乡镇", "五桂山南麓乡村振兴示范带", "—", "由所在地级以上市参照省标准自行实施"],
        ["合计", null, null, null, 100000, null],
      ],
      merges: ["A1:F1", "A18:D18"],
      numberFormats: { "E3:E18": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配结果",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 18,
        columns: { B: "category", C: "line", E: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E18", why: "9 × 10000 + 1000 (潮安区) = 91000, stated 合计 100000: 9000万元 apart" },
    ],
    absent: [
      { rule: "input.unreadable-value", why: "the Delta rows' — mean nothing paid by the province; 备注 is text" },
      { rule: "composition.line-mismatch", why: "the table states no unit × quantity" },
      { rule: "cap.exceeded", why: "an allocation, not a register: no catalog cap is checked" },
    ],
  },
};
