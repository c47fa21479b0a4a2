import type { CorpusLayout } from "../types";

// 临清市农业农村局 2024-07-11: city and county shares of each award side by side (聊城奖补 / 临清奖补),
// the policy item per row (奖补事项), the township in a 单位 column.
export const layout: CorpusLayout = {
  id: "linqing-2024-agri-processing-award",
  source: {
    title: "2024年农产品加工业发展奖补资金情况（公示）",
    url: "https://www.chacewang.com/newsdetail/news632116.html",
    publisher: "临清市农业农村局",
    date: "2024-07-11",
    changes:
      "Title, 单位：万元, and the columns 序号/单位/企业名称/奖补事项/聊城奖补/临清奖补/备注 as published; the published rows " +
      "carry a third amount (the row sum, 22 / 11 / 7) whose header the stored copy lost: it is labelled 合计 here. " +
      "Firms invented, six rows instead of five, towns as published (康庄镇, 尚店镇, 刘垓子镇, 新华) plus 烟店镇. Caps " +
      "per item are the published per-item totals (22 / 11 / 7万元), chosen as caps for the corpus. Planted: row 7's " +
      "county share is 3 instead of 1 (13 > 11).",
  },
  classes: ["register", "two-level-shares", "item-per-row", "towns-as-places", "wanyuan-caption"],
  settings: { district: "临清市" },
  sheets: [
    {
      name: "奖补资金情况",
      widths: [6, 10, 30, 36, 10, 10, 8, 8],
      rows: [
        ["2024年农产品加工业发展奖补资金情况", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "单位", "企业名称", "奖补事项", "聊城奖补", "临清奖补", "合计", "备注"],
        [1, "康庄镇", "临清市康盛养殖有限公司", "新增省级产业化示范联合体的核心企业", 20, 2, 22, null],
        [2, "尚店镇", "临清市尚禾禽业有限公司", "新增省级产业化示范联合体的核心企业", 20, 2, 22, null],
        [3, "刘垓子镇", "临清市华丰面粉有限公司", "新增市级龙头企业", 10, 1, 11, null],
        [4, "新华", "山东友和养殖有限公司", "新增市级龙头企业", 10, 3, 13, null],
        [5, "尚店镇", "临清乳源奶业有限公司", "新增粤港澳大湾区“菜篮子”生产基地", 5, 2, 7, null],
        [6, "烟店镇", "临清市金郝庄果蔬有限公司", "新增市级龙头企业", 10, 1, 11, null],
        ["合计", null, null, null, 75, 11, 86, null],
      ],
      merges: ["A1:H1", "A10:D10"],
    },
  ],
  catalog: {
    items: [
      { name: "新增省级产业化示范联合体的核心企业", capType: "max", capAmount: 22, unit: "万元", year: 2024, document: "聊农发〔2021〕91号；临农字〔2021〕64号" },
      { name: "新增市级龙头企业", capType: "max", capAmount: 11, unit: "万元", year: 2024, document: "聊农发〔2021〕91号；临农字〔2021〕64号" },
      { name: "新增粤港澳大湾区“菜篮子”生产基地", capType: "max", capAmount: 7, unit: "万元", year: 2024, document: "聊农发〔2021〕91号；临农字〔2021〕64号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖补资金情况",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "place", C: "enterprise", D: "item", G: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G7", why: "新增市级龙头企业: 聊城 10 + 临清 3 = 13万元 against a cap of 11: 2万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E4", why: "聊城奖补 20 is one level's share of the 22万元 award, not an award" },
      { rule: "register.duplicate", why: "聊城/临清 shares are parts of one award per row; the two 尚店镇 firms differ" },
      { rule: "register.ineligible-location", why: "康庄镇, 尚店镇, 刘垓子镇, 新华, 烟店镇 are in 临清市" },
      { rule: "cap.exceeded", cell: "G10", why: "合计 (86) is not an award" },
      { rule: "cap.unknown-policy", why: "every 奖补事项 is in the catalog" },
    ],
  },
};
