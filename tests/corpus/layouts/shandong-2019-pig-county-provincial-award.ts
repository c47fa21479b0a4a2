import type { CorpusLayout } from "../types";

// 山东省财政厅 2019-07-13: the province's own money for 18 provincial pig-export counties — 100万元 a county, 110万元
// for 济南市莱芜区 and seven counties under direct provincial finance (10% more). A summary by standard (县数 × 奖励标准
// = 奖励资金) and the list by county.
export const layout: CorpusLayout = {
  id: "shandong-2019-pig-county-provincial-award",
  source: {
    title: "山东省获中央财政“生猪调出大县”奖励资金2亿元（省级统筹资金分配到18个省级生猪调出大县；表据正文拟）",
    url: "http://news.zhuwang.cc/xinwen/20190713/401700.html",
    publisher: "山东省财政厅（转载）",
    date: "2019-07-13",
    changes:
      "The release's figures are kept: 18个省级生猪调出大县, 每个县获奖100万元, 济南莱芜区和7个省财政直管县 每县110万元. It gives " +
      "them in prose; laid out here as the two tables such an allocation carries — 分配汇总表 (类别 | 县数（个） | 奖励标准（万元/县） | " +
      "奖励资金（万元）) and 分县明细表 (序号 | 市 | 县（市、区） | 奖励资金（万元） | 备注). Which ten counties get 100万元 and which " +
      "seven are the directly managed ones are not named in the release; the counties listed are ours. Planted: in the " +
      "summary the 110万元 group states 890 where 8 × 110 = 880; its 合计 carries it (1,890).",
  },
  classes: ["composition", "two-sheets", "allocation-by-county", "unit-times-quantity", "standard-as-unit", "count-columns", "remark-column", "wanyuan-in-header", "wanyuan-caption", "shandong"],
  sheets: [
    {
      name: "分配汇总表",
      widths: [30, 12, 18, 16],
      rows: [
        ["2019年省级生猪调出大县奖励资金分配汇总表", null, null, null],
        [null, null, null, "单位：万元"],
        ["类别", "县数（个）", "奖励标准（万元/县）", "奖励资金（万元）"],
        ["省级生猪调出大县", 10, 100, 1000],
        ["省财政直管县及济南市莱芜区", 8, 110, 890],
        ["合计", 18, null, 1890],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "分县明细表",
      widths: [6, 10, 14, 16, 18],
      rows: [
        ["2019年省级生猪调出大县奖励资金分县明细表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "市", "县（市、区）", "奖励资金（万元）", "备注"],
        [1, "济南市", "莱芜区", 110, "提高10%"],
        [2, "青岛市", "莱西市", 100, null],
        [3, "淄博市", "沂源县", 100, null],
        [4, "东营市", "利津县", 110, "省财政直管县"],
        [5, "烟台市", "招远市", 100, null],
        [6, "潍坊市", "昌乐县", 100, null],
        [7, "济宁市", "泗水县", 100, null],
        [8, "泰安市", "宁阳县", 110, "省财政直管县"],
        [9, "日照市", "五莲县", 100, null],
        [10, "临沂市", "平邑县", 100, null],
        [11, "临沂市", "临沭县", 110, "省财政直管县"],
        [12, "德州市", "庆云县", 100, null],
        [13, "聊城市", "阳谷县", 110, "省财政直管县"],
        [14, "聊城市", "高唐县", 110, "省财政直管县"],
        [15, "滨州市", "无棣县", 100, null],
        [16, "滨州市", "博兴县", 100, null],
        [17, "菏泽市", "郓城县", 110, "省财政直管县"],
        [18, "菏泽市", "单县", 110, "省财政直管县"],
        ["合计", null, null, 1880, null],
      ],
      merges: ["A1:E1", "A22:C22"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配汇总表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "line", B: "quantity", C: "unitAmount", D: "amount" },
        year: 2019,
      },
      { sheet: "分县明细表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 22, columns: { C: "line", D: "amount" }, year: 2019 },
    ],
    findings: [
      {
        rule: "composition.line-mismatch",
        sheet: "分配汇总表",
        cell: "D5",
        why: "8 counties × 110万元 = 880, stated 890: 10万元 off; the standard is the policy's own figure, so no rounding is allowed",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", sheet: "分配汇总表", cell: "D4", why: "10 × 100 = 1,000" },
      { rule: "composition.line-rounded", why: "the standards are whole 万元 and the error is 10万元" },
      { rule: "composition.total-mismatch", sheet: "分配汇总表", cell: "D6", why: "合计 1,890 = 1,000 + 890 as stated; the error is the line's, reported at D5" },
      { rule: "composition.total-mismatch", sheet: "分配汇总表", cell: "B6", why: "18 = 10 + 8 counties: a count, and right" },
      { rule: "composition.total-mismatch", sheet: "分县明细表", cell: "D22", why: "1,880 = 10 × 100 + 8 × 110" },
      { rule: "cap.unknown-policy", why: "counties are not applicants: the list is an allocation" },
      { rule: "register.duplicate", why: "临沂, 聊城, 滨州 and 菏泽 have two counties each; no county appears twice" },
      { rule: "register.ineligible-location", why: "no register" },
      { rule: "input.unreadable-value", why: "备注 is text by nature" },
    ],
  },
};
