import type { CorpusLayout } from "../types";

// 福建省工业和信息化厅 2023-01-06: the third batch of 2022's 福建省专精特新中小企业 (20 firms), each to be awarded by its
// 设区市 out of the provincial 中小微企业发展专项转移支付资金. The list as an award list over the province's cities.
export const layout: CorpusLayout = {
  id: "fujian-2022-specialised-sme-batch3-awards",
  source: {
    title: "福建省工业和信息化厅关于公布2022年福建省专精特新中小企业名单（第三批）的通知（附件名单据通知拟）",
    url: "http://www.3a0598.com/index.php?m=content&c=index&a=show&catid=18&id=872540",
    publisher: "福建省工业和信息化厅（转载）",
    date: "2023-01-06",
    changes:
      "The notice's terms are as published (闽工信规〔2022〕12号; 20 firms; 由所在设区市工信、财政部门统筹省级中小微企业发展专项转移支付资金和地市相关资金…" +
      "兑现奖励资金; 各设区市工信局、平潭综合实验区经发局). The stored copy does not show the annexed list, so its columns (序号 | 设区市 | " +
      "企业名称 | 统一社会信用代码 | 奖励资金（万元）), the eleven rows, firms, codes and the 20万元 per firm are ours. Planted: 泉州联丰纺织科技 " +
      "listed twice (rows 5 and 11); 三明瑞峰新材料's code ends 7 where GB 32100 gives A.",
  },
  classes: ["register", "item-in-title", "batch-in-title", "credit-codes", "cities-as-places", "province-wide-list", "wanyuan-in-header", "total-at-foot", "notes-under-table", "no-catalog", "fujian"],
  sheets: [
    {
      name: "名单",
      widths: [6, 16, 32, 22, 16],
      rows: [
        ["2022年福建省专精特新中小企业名单（第三批）", null, null, null, null],
        ["序号", "设区市", "企业名称", "统一社会信用代码", "奖励资金（万元）"],
        [1, "漳州市", "漳州恒锐精密机械有限公司", "91350600MA31G7K2XR", 20],
        [2, "福州市", "福州闽芯微电子科技有限公司", "91350100MA32BQ4N6Y", 20],
        [3, "泉州市", "泉州联丰纺织科技有限公司", "91350500MA2Y8R3D17", 20],
        [4, "厦门市", "厦门海翼传感技术有限公司", "91350200MA8RH5T0CC", 20],
        [5, "龙岩市", "龙岩金泰环保装备有限公司", "91350800MA34C2W9PG", 20],
        [6, "三明市", "三明瑞峰新材料有限公司", "91350400MA31N6E8U7", 20],
        [7, "宁德市", "宁德东创电池结构件有限公司", "91350900MA33K1H5RM", 20],
        [8, "莆田市", "莆田鞋智科技有限公司", "91350300MA2XT4F7LN", 20],
        [9, "泉州市", "泉州联丰纺织科技有限公司", "91350500MA2Y8R3D17", 20],
        [10, "南平市", "南平竹韵新材料科技有限公司", "91350700MA35D8J2Q4", 20],
        [11, "平潭综合实验区", "平潭岚海船舶配件有限公司", "91350128MA8U6P3B5Y", 20],
        ["合计", null, null, null, 220],
        ["注：奖励资金由所在设区市工信、财政部门统筹省级中小微企业发展专项转移支付资金和地市相关资金兑现。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:D14", "A15:E15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E11", why: "泉州联丰纺织科技有限公司 (91350500MA2Y8R3D17) again in the same list, the same award in 2022; first at row 5" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "91350400MA31N6E8U7: the GB 32100 check character of 91350400MA31N6E8U is A, not 7" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "every 设区市 is in 福建省; 平潭综合实验区 is Fujian's (under 福州)" },
      { rule: "register.invalid-credit-code", cell: "D13", why: "91350128MA8U6P3B5Y is valid (平潭 350128)" },
      { rule: "budget.overcommitted", why: "no budget is stated" },
      { rule: "cap.exceeded", cell: "E14", why: "合计 220 = 11 × 20 is not an award" },
      { rule: "input.unreadable-value", why: "the note under the table is text, not a value" },
    ],
  },
};
