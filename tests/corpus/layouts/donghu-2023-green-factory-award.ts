import type { CorpusLayout } from "../types";

// 武汉东湖新技术开发区企业服务和重点项目推进局 2024-07-24: the list of firms named 国家级绿色工厂 in 2023 to be paid under the zone's green
// manufacturing policy (武新管〔2022〕32号): 序号 | 企业名称 | 工信部公布2023年度试点示范名称 | 获批文件名称及文件号 (one document, merged down
// the list) | 拟拨付奖励资金 (万元) | 备注 — 100 for each firm 符合政策, 0 for those already on a 一企一策 arrangement.
export const layout: CorpusLayout = {
  id: "donghu-2023-green-factory-award",
  source: {
    title: "关于2023年度国家级绿色工厂企业绿色发展政策专项资金拟拨付名单的公示（附件：2023年度国家级绿色工厂企业绿色发展政策专项资金拟拨付名单）",
    url: "https://m.tofutees.com/news/info/id/7115.html",
    publisher: "武汉东湖新技术开发区企业服务和重点项目推进局",
    date: "2024-07-24",
    changes:
      "As published: the 附件 line, the two-line title, the six headings in their order and wording (the unit inside the amount heading), the " +
      "MIIT document written once in 获批文件名称及文件号 with its stray 》 and no opening 《 (merged down the list here; the stored copy shows it " +
      "in the first row only), 绿色工厂 on every row, 100 with 符合政策 and 0 with 中信科系企业 享受一企一策 / 已享受一企一策 in 备注. Ours: the " +
      "firms (the published four are renamed, six added) and which of them get 100 or 0. The catalog's 100万元 is the amount the published list " +
      "gives every firm 符合政策. Planted: 武汉东湖微电子材料 proposed 150; 武汉楚能电气设备 listed twice, 100 each time.",
  },
  classes: ["register", "fixed-cap", "item-in-title", "kind-column", "document-column-merged-down", "zero-amounts-with-reasons", "no-credit-codes", "no-place-column", "wanyuan-in-header", "remark-column", "development-zone", "hubei"],
  settings: { asOf: "2024-08-02" },
  sheets: [
    {
      name: "拟拨付名单",
      widths: [6, 34, 18, 40, 16, 22],
      rows: [
        ["附件：", null, null, null, null, null],
        ["2023年度国家级绿色工厂企业绿色发展政策专项资金拟拨付名单", null, null, null, null, null],
        ["序号", "企业名称", "工信部公布2023年度试点示范名称", "获批文件名称及文件号", "拟拨付奖励资金（万元）", "备注"],
        [1, "武汉楚能电气设备有限公司", "绿色工厂", "工业和信息化部办公厅关于公布2023年度绿色制造名单及试点推行“企业绿码”有关事项的通知》（工信厅节函〔2023〕384号）", 100, "符合政策"],
        [2, "武汉光谷科前动物药业股份有限公司", "绿色工厂", null, 100, "符合政策"],
        [3, "武汉长江云算科技有限公司", "绿色工厂", null, 0, "中信科系企业 享受一企一策"],
        [4, "武汉华星新显示技术有限公司", "绿色工厂", null, 0, "已享受一企一策"],
        [5, "武汉锐光光纤器件有限公司", "绿色工厂", null, 100, "符合政策"],
        [6, "武汉东湖微电子材料有限公司", "绿色工厂", null, 150, "符合政策"],
        [7, "武汉光谷生物制剂有限公司", "绿色工厂", null, 100, "符合政策"],
        [8, "武汉九峰山光电子有限公司", "绿色工厂", null, 100, "符合政策"],
        [9, "武汉佛祖岭精密机械有限公司", "绿色工厂", null, 100, "符合政策"],
        [10, "武汉楚能电气设备有限公司", "绿色工厂", null, 100, "符合政策"],
      ],
      merges: ["A1:F1", "A2:F2", "D4:D13"],
    },
  ],
  catalog: {
    items: [
      {
        name: "国家级绿色工厂奖励",
        capType: "fixed",
        capAmount: 100,
        unit: "万元",
        year: 2023,
        document: "武新管〔2022〕32号（公示名单：符合政策者100万元）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟拨付名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "category", E: "approved" },
        year: 2023,
        item: "国家级绿色工厂奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E9", why: "武汉东湖微电子材料 150万元 against the fixed 100万元: 50万元 over" },
      { rule: "register.duplicate", cell: "E13", why: "武汉楚能电气设备有限公司 again (first at row 4), the same item in the same year" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E6", why: "0 for a firm on 一企一策 is no award above the cap" },
      { rule: "register.duplicate", cell: "E7", why: "the two 0 rows are different firms" },
      { rule: "cap.unknown-policy", why: "the title names what the item rewards (国家级绿色工厂) and the catalog holds it" },
      { rule: "input.unreadable-value", why: "the document merged down 获批文件名称及文件号, 绿色工厂 and the 备注 reasons are text by nature" },
      { rule: "register.invalid-credit-code", why: "the list gives no codes" },
      { rule: "register.ineligible-location", why: "the list gives no places" },
    ],
  },
};
