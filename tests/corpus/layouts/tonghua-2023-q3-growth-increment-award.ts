import type { CorpusLayout } from "../types";

// 通化市工业和信息化局 通市工信联[2023]97号 (2023-12-25): 2023年省级工业和信息化高质量发展专项资金因素法（三季度稳增长增量奖补）, put
// forward by 东昌区、二道江区、医药高新区、港务区. Laid out as the list of firms to be supported: the district, the firm and its code, the
// quarter's output, its growth and net increase (the conditions) beside the award.
export const layout: CorpusLayout = {
  id: "tonghua-2023-q3-growth-increment-award",
  source: {
    title: "关于组织申报2023年省级工业和信息化高质量发展专项资金因素法（三季度稳增长增量奖补）项目的通知（通市工信联[2023]97号）— 拟支持企业名单（据申报通知拟）",
    url: "http://xxgk.tonghua.gov.cn/zcbm/fgw_97953/xbxxgkml_13755/202312/t20231225_684541.html",
    publisher: "通化市工业和信息化局",
    date: "2023-12-25",
    changes:
      "As published: the fund and its part (三季度稳增长增量奖补), the documents it follows (吉工信运行〔2023〕372号, 吉工信办联〔2023〕49号, 通市工信联〔2023〕16号) " +
      "and the four areas it is sent to (东昌区、二道江区 工信局、财政局, 医药高新区, 港务区). The notice is the call; the list (序号 | 县（市、区） | 企业名称 | " +
      "统一社会信用代码 | 2023年三季度产值 | 同比增长 | 产值净增量 | 拟奖补金额), firms, codes and figures are ours; the province's award standard is not on " +
      "the page, so no cap is checked. Planted: a firm of 白山市江源区; one firm listed twice; a code with a wrong check character.",
  },
  classes: ["register", "item-in-title", "year-in-title", "no-catalog", "condition-figures-beside-award", "growth-rate-column", "districts-as-places", "zones-among-districts", "credit-codes", "wanyuan-caption", "total-at-foot", "signoff-line", "city-bureau", "jilin"],
  settings: { district: "通化市" },
  sheets: [
    {
      name: "拟支持企业",
      widths: [6, 14, 32, 22, 14, 10, 12, 12],
      rows: [
        ["通化市2023年省级工业和信息化高质量发展专项资金因素法（三季度稳增长增量奖补）拟支持企业名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "2023年三季度产值", "同比增长", "产值净增量", "拟奖补金额"],
        [1, "东昌区", "通化东昌葡萄酒酿造有限公司", "91220502MA17K2D5XM", 18650, 0.124, 2056, 30],
        [2, "东昌区", "通化市东昌金属制品有限公司", "91220502MA14W8P3R9", 9820, 0.156, 1325, 20],
        [3, "二道江区", "通化二道江钢结构有限公司", "91220503MA15Q6N2HD", 26400, 0.087, 2112, 30],
        [4, "二道江区", "通化市二道江新型建材有限公司", "91220503MA17T1L8C9", 7350, 0.213, 1291, 20],
        [5, "医药高新区", "通化医药高新区生物制药有限公司", "91220500MA14D3U7YE", 42800, 0.102, 3961, 50],
        [6, "医药高新区", "通化高新中药饮片有限公司", "91220500MA175J9Q29", 12300, 0.148, 1586, 20],
        [7, "白山市江源区", "白山江源矿泉水有限公司", "91220605MA14R2K9TR", 8900, 0.11, 882, 15],
        [8, "港务区", "通化港务区物流装备有限公司", "91220500MA13N7H6E3", 6480, 0.185, 1011, 15],
        [9, "东昌区", "通化东昌葡萄酒酿造有限公司", "91220502MA17K2D5XM", 18650, 0.124, 2056, 30],
        [10, "二道江区", "通化二道江铸造有限公司", "91220503MA16J5W3B7", 5960, 0.096, 522, 10],
        ["合计", null, null, null, 157310, null, 16802, 240],
        [null, null, null, null, null, "通化市工业和信息化局", null, null],
        [null, null, null, null, null, "2023年12月25日", null, null],
      ],
      merges: ["A1:H1", "A14:D14", "F15:H15", "F16:H16"],
      numberFormats: { "E4:E14": "#,##0", "F4:F13": "0.0%", "G4:H14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟支持企业",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", H: "approved" },
        year: 2023,
        item: "三季度稳增长增量奖补",
      },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "B10", why: "白山市江源区 is a district of 白山市, outside 通化市" },
      { rule: "register.duplicate", cell: "H12", why: "通化东昌葡萄酒酿造有限公司 (91220502MA17K2D5XM) again on row 12, same item and year as row 4" },
      { rule: "register.invalid-credit-code", cell: "D13", why: "91220503MA16J5W3B7: the check character for the first 17 is T, not 7" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B8", why: "医药高新区 is 通化医药高新技术产业开发区, the city's own zone, named in the notice" },
      { rule: "register.ineligible-location", cell: "B11", why: "港务区 is 通化国际内陆港务区, named in the notice" },
      { rule: "register.location-code-mismatch", cell: "D8", why: "220500 is 通化市's own code, for a firm of its zone" },
      { rule: "cap.exceeded", why: "no catalog: the award standard is not on the page" },
      { rule: "input.unreadable-value", why: "同比增长 is a percentage (a condition), not an amount" },
      { rule: "composition.total-mismatch", why: "a register's 合计 (the duplicate included) is not a composition" },
      { rule: "register.unpaid", why: "no as-of date; a list of awards to be made" },
    ],
  },
};
