import type { CorpusLayout } from "../types";

// 鹤山市科工商务局 2022-04-08: 每家企业奖励10万元 (a fixed amount), towns of 鹤山 as places,
// credit codes, the unit in a caption.
export const layout: CorpusLayout = {
  id: "heshan-2022-above-scale-batch1",
  source: {
    title: "关于2022年江门市促进工业企业上规模专项资金（第一批）申报企业的公示（附件：资金项目计划表）",
    url: "http://yamaxunweb.com/zwgk/xxgk/hsskgswj/gzdt/tzgg/content/post_2578126.html",
    publisher: "鹤山市科工商务局",
    date: "2022-04-08",
    changes:
      "The notice (72 firms, 每家企业奖励10万元, 江工信中小〔2022〕11号) is stored with the annex title only: columns " +
      "are ours. Ten firms instead of 72; names, towns, dates and codes (area 440784) invented. Planted: firm 6 " +
      "is given 15万元 against the fixed 10万元; firm 9's code has a wrong check character.",
  },
  classes: ["register", "item-in-title", "credit-codes", "towns-as-places", "wanyuan-caption", "fixed-cap"],
  settings: { district: "鹤山市" },
  sheets: [
    {
      name: "附件",
      widths: [6, 12, 30, 22, 12, 10],
      rows: [
        ["附件", null, null, null, null, null],
        ["2022年江门市促进工业企业上规模专项资金（第一批）资金项目计划表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "所在镇（街）", "企业名称", "统一社会信用代码", "上规模时间", "奖励金额"],
        [1, "沙坪街道", "鹤山市沙坪五金制品有限公司", "91440784MA17UXW02U", "2021年1月", 10],
        [2, "共和镇", "鹤山市共和包装材料有限公司", "91440784MA8YMBKQ2P", "2021年3月", 10],
        [3, "址山镇", "鹤山市址山卫浴有限公司", "91440784MA8524XR91", "2021年3月", 10],
        [4, "雅瑶镇", "鹤山市雅瑶电子科技有限公司", "91440784MA29U1KU88", "2021年6月", 10],
        [5, "鹤城镇", "鹤山市鹤城机械有限公司", "91440784MA6NXUBD7Y", "2021年6月", 10],
        [6, "桃源镇", "鹤山市桃源食品有限公司", "91440784MA2D50K31J", "2021年9月", 15],
        [7, "古劳镇", "鹤山市古劳纺织有限公司", "91440784MA6CEAC25A", "2021年9月", 10],
        [8, "龙口镇", "鹤山市龙口塑胶制品有限公司", "91440784MA4MHF6X6D", "2021年12月", 10],
        [9, "宅梧镇", "鹤山市宅梧竹木制品有限公司", "91440784MA4Y1LLD89", "2021年12月", 10],
        [10, "沙坪街道", "鹤山市沙坪照明科技有限公司", "91440784MA4M3HQ53K", "2021年12月", 10],
        ["合计", null, null, null, null, 105],
      ],
      merges: ["A2:F2", "A15:E15"],
    },
  ],
  catalog: {
    items: [{ name: "促进工业企业上规模专项资金", capType: "fixed", capAmount: 10, unit: "万元", year: 2022, document: "江工信中小〔2022〕11号" }],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "approved" },
        year: 2022,
        item: "促进工业企业上规模专项资金",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F10", why: "鹤山市桃源食品有限公司 15万元 against the fixed 10万元 per firm: 5万元 (50,000元) over" },
      { rule: "register.invalid-credit-code", cell: "D13", why: "91440784MA4Y1LLD89: the check character over the first 17 characters is 2, not 9" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "the list has no item column; the item (促进工业企业上规模专项资金) is in the title and in the catalog" },
      { rule: "register.ineligible-location", why: "沙坪街道 and the towns 共和/址山/雅瑶/鹤城/桃源/古劳/龙口/宅梧镇 are in 鹤山市" },
      { rule: "cap.exceeded", cell: "F15", why: "合计 (105) is not an award" },
      { rule: "input.unreadable-value", why: "上规模时间 (2021年1月 …) is a month, not an amount; no amount cell is unreadable" },
      { rule: "register.duplicate", why: "two firms share 沙坪街道 but are different firms" },
    ],
  },
};
