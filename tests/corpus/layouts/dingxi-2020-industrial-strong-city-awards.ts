import type { CorpusLayout } from "../types";

// 定西市人民政府 2021-04: awards to the firms that met the 2020 targets of the city's 工业强市 policies (定发〔2017〕26号 “1+5”),
// published as prose sections (一、新增规上工业企业 … 五、新认定技术创新平台). Laid out as the list behind it, the sections as
// category rows: 序号 | 企业名称 | 统一社会信用代码 | 所在县区 | 奖励金额（万元）.
export const layout: CorpusLayout = {
  id: "dingxi-2020-industrial-strong-city-awards",
  source: {
    title: "定西市人民政府关于对2020年度实现工业强市政策目标的企业和县区兑现奖励的通报（名单据正文拟）",
    url: "http://gs.izst.com/2021-04-02/823611.html",
    publisher: "定西市人民政府",
    date: "2021-04-02",
    changes:
      "As published: the sections and their standards (新增规上 20万元 each; 产值首次超2亿元 20万元, 超1亿元 10万元; 省级专精特新 5万元 each; " +
      "省级企业技术中心 20万元, 市级 5万元), the policy (定发〔2017〕26号). Ours: the list as a table (the notice names only the first firm of each " +
      "section), the firms, codes, counties and amounts, the cut to 13 rows, the 技术改造 section left out. Planted: 通渭县鑫源建材有限公司 twice " +
      "under 新增规上 (rows 6 and 10); 定西恒达机械制造有限公司's code with a wrong check character; 甘肃陇中马铃薯科技有限公司 placed in 兰州市城关区.",
  },
  classes: ["register", "category-rows", "sections-as-items", "credit-codes", "counties-as-places", "one-firm-two-items", "city-fund", "wanyuan-caption", "total-at-foot", "table-from-prose", "notes-under-table", "signoff-line", "gansu"],
  settings: { asOf: "2021-04-30", district: "定西市" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 34, 22, 14, 12],
      rows: [
        ["定西市2020年度工业强市战略企业奖励兑现名单", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县区", "奖励金额"],
        ["一、新增规上工业企业（各奖励20万元）", null, null, null, null],
        [1, "定西陇原薯业食品有限公司", "91621102MA72BN4D87", "安定区", 20],
        [2, "通渭县鑫源建材有限公司", "91621121MA71RT6P0B", "通渭县", 20],
        [3, "陇西县康宁中药饮片有限公司", "91621122MA73KX1W5E", "陇西县", 20],
        [4, "渭源县源丰农产品加工有限公司", "91621123MA71HY2E93", "渭源县", 20],
        [5, "临洮县洮河新型建材有限公司", "91621124MA74LP8C3B", "临洮县", 20],
        [6, "通渭县鑫源建材有限公司", "91621121MA71RT6P0B", "通渭县", 20],
        ["二、产值首次超亿元企业（超2亿元奖励20万元，超1亿元奖励10万元）", null, null, null, null],
        [1, "漳县盐井食品有限公司", "91621125MA72DF5G61", "漳县", 20],
        [2, "岷县当归药业有限公司", "91621126MA71WQ7N4D", "岷县", 10],
        [3, "定西恒达机械制造有限公司", "91621102MA73TT0H1K", "安定区", 10],
        ["三、新认定“专精特新”企业（各奖励5万元）", null, null, null, null],
        [1, "甘肃陇中马铃薯科技有限公司", "91621100MA74UC9R29", "兰州市城关区", 5],
        [2, "定西市安定区陇鑫机械有限公司", "91621100MA71QX3K2W", "安定区", 5],
        ["四、新认定技术创新平台", null, null, null, null],
        [1, "陇西县康宁中药饮片有限公司", "91621122MA73KX1W5E", "陇西县", 20],
        [2, "临洮县洮河新型建材有限公司", "91621124MA74LP8C3B", "临洮县", 5],
        ["合计", null, null, null, 195],
        ["注：奖励资金由市级工业发展专项资金列支；技术创新平台中省级企业技术中心奖励20万元，市级企业技术中心奖励5万元。", null, null, null, null],
        ["定西市人民政府　2021年3月", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A4:E4", "A11:E11", "A15:E15", "A18:E18", "A21:D21", "A22:E22", "A23:E23"],
      numberFormats: { "E5:E21": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E10", why: "通渭县鑫源建材有限公司 (91621121MA71RT6P0B) again under 新增规上工业企业 in 2020; first at row 6" },
      { rule: "register.invalid-credit-code", cell: "C14", why: "91621102MA73TT0H1K: the GB 32100 check character of 91621102MA73TT0H1 is J, not K" },
      { rule: "register.ineligible-location", cell: "D16", why: "兰州市城关区 lies outside 定西市" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "E19", why: "陇西县康宁中药饮片有限公司 again, but under 新认定技术创新平台, another section: no duplicate" },
      { rule: "register.duplicate", cell: "E20", why: "临洮县洮河新型建材有限公司 again, under another section" },
      { rule: "register.ineligible-location", cell: "D13", why: "岷县 is a county of 定西市" },
      { rule: "register.ineligible-location", cell: "D12", why: "漳县 is a county of 定西市" },
      { rule: "register.location-code-mismatch", why: "every in-city row's code is issued in 定西 (6211xx), each by its own county or the city" },
      { rule: "cap.exceeded", cell: "E21", why: "合计 195 (6×20 + 20+10+10 + 5+5 + 20+5) is no award" },
      { rule: "register.unpaid", why: "an award notice with no payment columns" },
    ],
  },
};
