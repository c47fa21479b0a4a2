import type { CorpusLayout } from "../types";

// 东莞市工业和信息化局 2023-04: 国家级制造业“单项冠军”企业（或产品）认定奖励 under 东工信〔2022〕152号 / 154号 — each firm 300万元,
// the annex a plain grid 序号 | 企业名称 | 镇街（园区） | 类别 | 资助金额（万元） with no 合计 row. Firms and rows are ours.
export const layout: CorpusLayout = {
  id: "dongguan-2023-single-champion-recognition-awards",
  source: {
    title: "关于拨付国家级制造业“单项冠军”企业（或产品）认定奖励项目资金的通知（附件1 奖励明细表）",
    url: "https://hcwgx.com/11945.html",
    publisher: "东莞市工业和信息化局",
    date: "2023-04-20",
    changes:
      "As published: the annex's title and its five columns (序号 | 企业名称 | 镇街（园区） | 类别 | 资助金额（万元）), 类别 示范企业 / 冠军产品, " +
      "towns and parks as places, no 合计 row, each firm 300万元 by the notice. Ours: the six firms (invented), their towns. Planted: " +
      "东莞市恒川光电股份有限公司 given 350 (the award is 300 each); 东莞市联泰新材料科技股份有限公司 listed again on row 9 for the same award.",
  },
  classes: ["register", "fixed-award", "category-column", "towns-as-places", "parks-as-places", "no-total-row", "wanyuan-in-header", "item-in-title", "catalog-json", "city-list", "guangdong"],
  settings: { district: "东莞市" },
  catalog: {
    items: [
      { name: "国家级制造业“单项冠军”企业（或产品）认定奖励", category: "单项冠军", capType: "fixed", capAmount: 300, unit: "万元", year: 2023, document: "东工信〔2022〕152号" },
    ],
  },
  sheets: [
    {
      name: "附件1",
      widths: [6, 36, 14, 12, 18],
      rows: [
        ["附件1", null, null, null, null],
        ["国家级制造业“单项冠军”企业（或产品）认定奖励项目奖励明细表", null, null, null, null],
        ["序号", "企业名称", "镇街（园区）", "类别", "资助金额（万元）"],
        [1, "东莞市华锐精密机械股份有限公司", "松山湖", "冠军产品", 300],
        [2, "东莞市联泰新材料科技股份有限公司", "长安", "示范企业", 300],
        [3, "广东粤辉电子科技股份有限公司", "东城", "示范企业", 300],
        [4, "东莞市恒川光电股份有限公司", "清溪", "冠军产品", 350],
        [5, "东莞市嘉丰智能装备股份有限公司", "洪梅", "冠军产品", 300],
        [6, "东莞市联泰新材料科技股份有限公司", "长安", "示范企业", 300],
      ],
      merges: ["A2:E2"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "place", D: "category", E: "approved" },
        item: "国家级制造业“单项冠军”企业（或产品）认定奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "the recognition award is a fixed 300万元 per firm; 东莞市恒川光电股份有限公司 is given 350: 50万元 over" },
      { rule: "register.duplicate", cell: "B9", why: "东莞市联泰新材料科技股份有限公司 already has this award on row 5 (序号 2); row 9 lists it again" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "C4", why: "松山湖 is a park of 东莞市" },
      { rule: "register.ineligible-location", cell: "C8", why: "洪梅 is a town of 东莞市" },
      { rule: "cap.unknown-policy", cell: "D4", why: "类别 (冠军产品 / 示范企业) is a category, not a policy item" },
      { rule: "cap.exceeded", cell: "E4", why: "300 is the fixed award" },
      { rule: "composition.total-mismatch", why: "the annex states no 合计 row" },
    ],
  },
};
