import type { CorpusLayout } from "../types";

// 潮州市工业和信息化局 2021-12-16: the 2020 award for firms newly entered as above-scale (每家奖励5万元) and the
// work money for counties by net new firms (每净增1家 2万元), in two annexes: 附表1 the sums by county (counts
// beside amounts under two merged headers, a row-total column) and 附表2 the firms.
export const layout: CorpusLayout = {
  id: "chaozhou-2020-above-scale-entry-award",
  source: {
    title: "潮州市工业和信息化局关于下达2020年度潮州市工业企业上规入库工作专项奖励资金计划的通知（附表1：分县、区（开发区）下达计划汇总表；附表2：下达计划明细表）",
    url: "https://www.chaozhou.gov.cn/zwgk/szfgz/sgyhxxhj/tzgg/content/post_3777721.html",
    publisher: "潮州市工业和信息化局",
    date: "2021-12-16",
    changes:
      "The notice's text (85家 × 5万元 = 425万元; 潮安区 11家、饶平县 5家、凤泉湖高新区 2家 净增 × 2万元 = 36万元; 合计 461万元; " +
      "潮府办函〔2016〕199号) and the two annex titles are as published; the stored copy does not show the annexes, so their " +
      "columns (附表1: 序号 | 县、区（开发区） | 新上规入库企业奖励金（企业数/金额） | 专项工作经费（净增企业数/金额） | 合计; " +
      "附表2: 序号 | 县、区（开发区） | 企业名称 | 统一社会信用代码 | 奖励金额), the 单位：万元 captions, the split of the 85 firms among " +
      "the counties, the firms and codes are ours; 附表2 is cut to eight rows. The net-increase counts and the totals 425 / 36 / " +
      "461 are the notice's. Planted: 附表1's 合计 of the award column states 435 where its lines add up to 425; in 附表2 彩塘五金 " +
      "listed twice, 庵埠包装 given 10 against the 5万元 fixed award, 钱东水产's code with a wrong check character.",
  },
  classes: [
    "composition", "register", "two-sheets", "allocation-by-county", "count-columns", "two-header-rows", "row-total-column",
    "fixed-cap", "credit-codes", "towns-as-places", "parks-as-places", "item-in-title", "wanyuan-caption",
  ],
  settings: { district: "潮州市", asOf: "2021-12-16" },
  sheets: [
    {
      name: "附表1",
      widths: [6, 16, 12, 10, 14, 10, 10],
      rows: [
        ["附表1", null, null, null, null, null, null],
        ["潮州市2020年度工业企业上规入库专项奖励金分县、区（开发区）下达计划汇总表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "县、区（开发区）", "2020年新上规入库企业奖励金", null, "专项工作经费", null, "合计"],
        [null, null, "企业数（家）", "金额", "净增企业数（家）", "金额", null],
        [1, "潮安区", 38, 190, 11, 22, 212],
        [2, "饶平县", 21, 105, 5, 10, 115],
        [3, "湘桥区", 12, 60, 0, 0, 60],
        [4, "枫溪区", 6, 30, 0, 0, 30],
        [5, "凤泉湖高新区", 8, 40, 2, 4, 44],
        ["合计", null, 85, 435, 18, 36, 461],
      ],
      merges: ["A1:B1", "A2:G2", "A4:A5", "B4:B5", "C4:D4", "E4:F4", "G4:G5", "A11:B11"],
      numberFormats: { "D6:D11": "0.00", "F6:G11": "0.00" },
    },
    {
      name: "附表2",
      widths: [6, 16, 34, 22, 12],
      rows: [
        ["附表2", null, null, null, null],
        ["潮州市2020年度工业企业上规入库专项奖励金下达计划明细表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "县、区（开发区）", "企业名称", "统一社会信用代码", "奖励金额"],
        [1, "潮安区", "潮州市潮安区彩塘五金制品有限公司", "91445103MA55K3R2XY", 5],
        [2, "饶平县", "饶平县黄冈陶瓷有限公司", "91445122MA4W8DQ3ND", 5],
        [3, "湘桥区", "潮州市湘桥区意溪食品有限公司", "91445102MA52FT0H7D", 5],
        [4, "潮安区", "潮州市潮安区庵埠包装材料有限公司", "91445103MA4X1C5B96", 10],
        [5, "凤泉湖高新区", "潮州凤泉湖新材料科技有限公司", "91445100MA54PLW6EH", 5],
        [6, "饶平县", "饶平县钱东水产加工有限公司", "91445122MA51YB7U38", 5],
        [7, "潮安区", "潮州市潮安区彩塘五金制品有限公司", "91445103MA55K3R2XY", 5],
        [8, "枫溪区", "潮州市枫溪区瓷都卫浴有限公司", "91445100MA53RT6Q17", 5],
        ["合计", null, null, null, 45],
      ],
      merges: ["A1:B1", "A2:E2", "A13:D13"],
      numberFormats: { "E5:E13": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "工业企业上规入库专项奖励金",
        capType: "fixed",
        capAmount: 5,
        unit: "万元",
        year: 2020,
        document: "潮府办函〔2016〕199号",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附表1",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 11,
        columns: { B: "line", C: "quantity", D: "amount", F: "amount:专项工作经费" },
        year: 2020,
      },
      {
        sheet: "附表2",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2020,
        item: "工业企业上规入库专项奖励金",
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "附表1",
        cell: "D11",
        why: "合计 of the award column states 435.00; its lines 190.00 + 105.00 + 60.00 + 30.00 + 40.00 = 425.00 (10.00万元 too much)",
      },
      { rule: "cap.exceeded", sheet: "附表2", cell: "E8", why: "庵埠包装: 10.00万元 against the fixed award of 5.00万元 a firm: 5.00万元 over" },
      { rule: "register.invalid-credit-code", sheet: "附表2", cell: "D10", why: "91445122MA51YB7U38: the check character for 91445122MA51YB7U3 is 7, not 8" },
      { rule: "register.duplicate", sheet: "附表2", cell: "E11", why: "彩塘五金 (91445103MA55K3R2XY) has the same award in the same year at row 5" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "附表1", cell: "F11", why: "22.00 + 10.00 + 0 + 0 + 4.00 = 36.00, as stated" },
      {
        rule: "composition.total-mismatch",
        sheet: "附表1",
        cell: "G11",
        why: "461.00 = the row totals 212.00 + 115.00 + 60.00 + 30.00 + 44.00; the error is in D11, reported there",
      },
      { rule: "composition.total-mismatch", sheet: "附表1", cell: "G6", why: "潮安区 212.00 = 190.00 + 22.00; the counts (38, 11) are not amounts" },
      { rule: "composition.line-mismatch", sheet: "附表1", why: "no unit-price column: 企业数 × 5 and 净增数 × 2 agree on every row, and the counts are not amounts" },
      { rule: "cap.unknown-policy", why: "a county is no applicant (附表1); the item of 附表2 is in its title and in the catalog" },
      { rule: "cap.exceeded", sheet: "附表2", cell: "E13", why: "合计 is not an award" },
      { rule: "register.ineligible-location", why: "潮安区, 饶平县, 湘桥区, 枫溪区 and 凤泉湖高新区 all lie in 潮州市" },
      { rule: "register.location-code-mismatch", why: "every code is issued in 潮州 (4451xx)" },
      { rule: "register.duplicate", sheet: "附表1", why: "附表1 lists counties once each; it is no register" },
    ],
  },
};
