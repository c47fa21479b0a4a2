import type { CorpusLayout } from "../types";

// 福州市 支持企业技术创新的若干措施, 一、2. 打造高水平研发平台: fixed awards for newly recognised platforms — 国家级 / 省级 企业重点实验室
// 100 / 50万元, 国家 / 省级 / 市级 企业技术中心 200 / 70 / 30万元, 市级“行业技术创新中心”“现代农业技术创新基地” 15万元, 同一单位就高不重复.
// The city's list of the year's awards by 县（市）区, the kind of platform in a 奖励类别 column; the caps come from a catalog file.
export const layout: CorpusLayout = {
  id: "fuzhou-2023-rd-platform-awards",
  source: {
    title: "福州市支持企业技术创新的若干措施（一、提升企业研发能力 2. 打造高水平研发平台；拨付名单据措施拟）",
    url: "http://qyxmbt.com/fj/fz267/4427.html",
    publisher: "福州市人民政府（企业项目补贴网转载）",
    date: "2023",
    changes:
      "The awards are the measure's published figures (企业重点实验室 国家级 100 / 省级 50万元; 企业技术中心 国家 200 / 省级 70 / 市级 30万元; " +
      "市级“行业技术创新中心”“现代农业技术创新基地” 15万元), written into the catalog file. The stored page is the measure, not a list of " +
      "awards: the list's title, columns (序号 | 县（市）区 | 企业名称 | 统一社会信用代码 | 奖励类别 | 奖励金额（万元） | 备注), firms, codes " +
      "(福州 3501xx) and amounts are ours. Planted: 福州仓山智感电子 50万元 for a 市级企业技术中心 (30万元); 福建晋安新材料 listed twice " +
      "for 省级企业技术中心; 莆田涵江食品机械 placed in 莆田市涵江区, outside 福州市.",
  },
  classes: ["register", "fixed-cap", "award-by-level", "item-column-named-by-support-word", "credit-codes", "districts-as-places", "counties-as-places", "high-tech-zone-as-place", "city-fund", "catalog-file", "wanyuan-in-header", "remark-column", "total-at-foot", "fujian"],
  settings: { district: "福州市" },
  sheets: [
    {
      name: "拨付名单",
      widths: [6, 14, 32, 22, 22, 16, 16],
      rows: [
        ["福州市2023年度企业研发平台认定奖励资金拨付名单", null, null, null, null, null, null],
        ["序号", "县（市）区", "企业名称", "统一社会信用代码", "奖励类别", "奖励金额（万元）", "备注"],
        [1, "鼓楼区", "福州鼓楼云谷软件有限公司", "91350102MA34R8K2XH", "省级企业重点实验室", 50, null],
        [2, "仓山区", "福州仓山智感电子有限公司", "91350104MA2Y6HQ1TB", "市级企业技术中心", 50, null],
        [3, "晋安区", "福建晋安新材料科技有限公司", "91350111MA8T3NW5PQ", "省级企业技术中心", 70, null],
        [4, "马尾区", "福州马尾船舶装备有限公司", "91350105MA33L7G4KE", "国家企业技术中心", 200, null],
        [5, "福清市", "福清融侨光电有限公司", "91350181MA2XU9B6RA", "省级企业技术中心", 70, "就高奖励"],
        [6, "闽侯县", "闽侯县上街农业科技有限公司", "91350121MABN4C2E87", "现代农业技术创新基地", 15, null],
        [7, "长乐区", "福州长乐纺织新材料有限公司", "91350112MA8UF3Q7J9", "市级行业技术创新中心", 15, null],
        [8, "晋安区", "福建晋安新材料科技有限公司", "91350111MA8T3NW5PQ", "省级企业技术中心", 70, null],
        [9, "连江县", "连江县海洋食品研究有限公司", "91350122MA31CW5H21", "市级企业技术中心", 30, null],
        [10, "莆田市涵江区", "莆田涵江食品机械有限公司", "91350303MA2Y1KD9NC", "市级企业技术中心", 30, null],
        [11, "高新区", "福州高新区数字医疗有限公司", "91350103MA8RX6P3ML", "省级企业重点实验室", 50, "注册在台江区"],
        ["合计", null, null, null, null, 650, null],
      ],
      merges: ["A1:G1", "A14:E14"],
      numberFormats: { "F3:F14": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "国家级企业重点实验室", capType: "fixed", capAmount: 100, unit: "万元", year: 2023, document: "福州市支持企业技术创新的若干措施 第2条" },
      { name: "省级企业重点实验室", capType: "fixed", capAmount: 50, unit: "万元", year: 2023, document: "福州市支持企业技术创新的若干措施 第2条" },
      { name: "国家企业技术中心", capType: "fixed", capAmount: 200, unit: "万元", year: 2023, document: "福州市支持企业技术创新的若干措施 第2条" },
      { name: "省级企业技术中心", capType: "fixed", capAmount: 70, unit: "万元", year: 2023, document: "福州市支持企业技术创新的若干措施 第2条" },
      { name: "市级企业技术中心", capType: "fixed", capAmount: 30, unit: "万元", year: 2023, document: "福州市支持企业技术创新的若干措施 第2条" },
      { name: "市级行业技术创新中心", capType: "fixed", capAmount: 15, unit: "万元", year: 2023, document: "福州市支持企业技术创新的若干措施 第2条" },
      { name: "现代农业技术创新基地", capType: "fixed", capAmount: 15, unit: "万元", year: 2023, document: "福州市支持企业技术创新的若干措施 第2条" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拨付名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F4", why: "市级企业技术中心 is a fixed 30万元; 福州仓山智感电子 is given 50: 20万元 over" },
      { rule: "register.duplicate", cell: "F10", why: "福建晋安新材料科技有限公司 (91350111MA8T3NW5PQ) has 省级企业技术中心 in row 5 and again in row 10, same year" },
      { rule: "register.ineligible-location", cell: "B12", why: "莆田市涵江区 is in 莆田市, not 福州市 (its code's 350303 says so too)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F6", why: "国家企业技术中心 200 = its award" },
      { rule: "cap.exceeded", cell: "F14", why: "合计 650 = 50+50+70+200+70+15+15+70+30+30+50 is no award" },
      { rule: "register.ineligible-location", cell: "B13", why: "高新区 is 福州高新技术产业开发区, inside 福州市 (闽侯县 / 仓山区)" },
      { rule: "register.ineligible-location", cell: "B7", why: "福清市 and 闽侯县, 连江县 are a county-level city and counties of 福州市" },
      { rule: "register.location-code-mismatch", cell: "D13", why: "350103 is 台江区, inside 福州市; a firm placed in 高新区 registered in 台江区 is inside the district either way" },
      { rule: "register.location-code-mismatch", cell: "D12", why: "the 涵江 row is already outside the district; the mismatch rule is for rows placed inside" },
      { rule: "register.duplicate", cell: "F7", why: "福清融侨光电 and 福建晋安新材料 share 省级企业技术中心 but are two firms; only the later 晋安 row repeats" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is a catalog item word for word" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
    ],
  },
};
