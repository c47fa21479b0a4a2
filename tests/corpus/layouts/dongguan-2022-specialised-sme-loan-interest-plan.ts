import type { CorpusLayout } from "../types";

// 东莞市工业和信息化局 2022-03-14: 51 firms put up for comment for the 2022 provincial 专精特新等中小微企业贷款贴息 money (interest of 30万元 or more
// actually paid on bank loans, up to 50% of it paid back); the list itself was an .xlsx annex. Laid out as such an annex: 序号 | 镇街（园区） | 企业名称 |
// 统一社会信用代码 | 实际发生利息总额 | 拟资助金额, 合计 at the foot, the standard in a note.
export const layout: CorpusLayout = {
  id: "dongguan-2022-specialised-sme-loan-interest-plan",
  source: {
    title: "2022年省级促进经济高质量发展专项资金（专精特新等中小微企业贷款贴息项目）拟资助计划的公示（附件据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news35584.html",
    publisher: "东莞市工业和信息化局",
    date: "2022-03-14",
    changes:
      "As published: the fund and its part (专精特新等中小微企业贷款贴息项目), the documents (粤工信融资函〔2022〕7号, 粤财工〔2021〕137号), 51 firms, the " +
      "comment period 2022年3月14日至3月18日 and the office (中小企业服务科). The annex (.xlsx) is not in the stored copy: its columns, eight of the 51 " +
      "firms, their towns, codes and figures are ours; the standard in the note (利息总额30万元及以上, 最高不超过利息的50%) is the province's 入库 rule. " +
      "Planted: 东莞寮步精密光学 asks 19.80 where 50% of its 31.06 of interest is 15.53; 东莞清溪宏达包装's code ends R where its check character is Q.",
  },
  classes: [
    "register", "catalog-json", "rate-cap", "interest-base-column", "item-in-title", "fund-part-in-brackets", "credit-codes", "towns-as-places",
    "two-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "excerpt", "table-from-prose", "city-list", "guangdong",
  ],
  settings: { district: "东莞市" },
  sheets: [
    {
      name: "拟资助计划",
      widths: [6, 14, 34, 22, 18, 16],
      rows: [
        ["2022年省级促进经济高质量发展专项资金（专精特新等中小微企业贷款贴息项目）拟资助计划", null, null, null, null, null],
        ["（共51家，摘录）", null, null, null, null, null],
        ["序号", "镇街（园区）", "企业名称", "统一社会信用代码", "实际发生利息总额（万元）", "拟资助金额（万元）"],
        [1, "长安镇", "东莞长安精锐五金制品有限公司", "91441900MAD9KLC2FW", 62.4, 31.2],
        [2, "松山湖高新区", "东莞松湖智芯电子科技有限公司", "91441900MA2RM6635C", 88.16, 44.08],
        [3, "塘厦镇", "东莞塘厦恒力模具有限公司", "91441900MA94JJKXCB", 45.3, 22.65],
        [4, "大朗镇", "东莞大朗织造新材料有限公司", "91441900MAMB0E8PHA", 37.82, 18.91],
        [5, "虎门镇", "东莞虎门海纳线缆有限公司", "91441900MA75W3A5W8", 120.5, 60.25],
        [6, "寮步镇", "东莞寮步精密光学有限公司", "91441900MAMC36Q75F", 31.06, 19.8],
        [7, "清溪镇", "东莞清溪宏达包装材料有限公司", "91441900MALE1QGDFR", 54.74, 27.37],
        [8, "横沥镇", "东莞横沥联创机械有限公司", "91441900MAB32GHFLR", 40, 20],
        ["合计", null, null, null, 479.98, 244.26],
        ["注：扶持对象为专精特新企业获得商业银行人民币贷款并实际发生的利息总额达到30万元及以上的支出，补助额度按照单个企业最高不超过利息的50%核定，最终资助金额以市政府批复为准。", null, null, null, null, null],
        ["公示时间：2022年3月14日至2022年3月18日　受理单位：东莞市工业和信息化局中小企业服务科　电话：0769-22220025", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A12:D12", "A13:F13", "A14:F14"],
      numberFormats: { "E4:F12": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "专精特新等中小微企业贷款贴息",
        capType: "rate",
        rate: 0.5,
        base: "实际发生利息总额",
        unit: "万元",
        year: 2022,
        document: "粤工信融资函〔2022〕7号（按单个企业最高不超过实际发生利息总额的50%补助）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟资助计划", kind: "register", unit: "万元", headerRow: 3, lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "base", F: "approved" },
        year: 2022, item: "专精特新等中小微企业贷款贴息",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "F9", why: "东莞寮步精密光学: 50% × 31.06 = 15.53万元 allowed; 19.80 proposed, 4.27万元 over" },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91441900MALE1QGDFR: the GB 32100-2015 check character of 91441900MALE1QGDF is Q, not R" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "F4", why: "31.20 = 50% × 62.40 exactly, not above it" },
      { rule: "cap.rate-exceeded", cell: "F11", why: "20.00 = 50% × 40.00 exactly" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item (专精特新等中小微企业贷款贴息) word for word inside its brackets" },
      { rule: "register.ineligible-location", why: "长安、塘厦、大朗、虎门、寮步、清溪、横沥 are towns of 东莞市 and 松山湖高新区 its zone; 东莞 has no counties" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 are 441900, 东莞市's" },
      { rule: "composition.total-mismatch", cell: "F12", why: "合计 244.26 = 31.20 + 44.08 + 22.65 + 18.91 + 60.25 + 19.80 + 27.37 + 20.00, the over-cap amount as typed" },
      { rule: "composition.total-mismatch", cell: "E12", why: "利息 479.98 = 62.40 + 88.16 + 45.30 + 37.82 + 120.50 + 31.06 + 54.74 + 40.00" },
      { rule: "cap.rate-exceeded", cell: "F12", why: "合计 is no award" },
      { rule: "register.unpaid", why: "a list put up for comment (拟资助) records no payments" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note's 30万元 and 50% are prose under the table" },
    ],
  },
};
