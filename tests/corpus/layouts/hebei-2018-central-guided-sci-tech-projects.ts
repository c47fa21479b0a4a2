import type { CorpusLayout } from "../types";

// 河北省财政厅 / 河北省科学技术厅 2018-07: the province's 2018 中央引导地方科技发展专项资金 — projects of firms, reviewed by experts, put up for
// comment 7-14 to 7-20. Laid out as the annex such lists carry: 序号 | 所在市 | 项目名称 | 项目承担单位 | 统一社会信用代码 | 支持资金（万元）, 合计.
export const layout: CorpusLayout = {
  id: "hebei-2018-central-guided-sci-tech-projects",
  source: {
    title: "河北省2018年度中央引导地方科技发展专项资金拟支持企业项目名单公示",
    url: "http://www.kuajiezhengce.com/policy/view?id=7363",
    publisher: "河北省财政厅 河北省科学技术厅",
    date: "2018-07-14",
    changes:
      "As published: the fund, the year, the review by experts, the 公示 dates (2018-07-14 to 07-20) and the two offices. The stored copy does " +
      "not show the annex, so its columns, the seven projects, firms, codes and amounts are ours, over five of the province's cities; the " +
      "maximum of 500万元 a project is chosen for the corpus. Planted: 唐山's 冀东智能焊接 given 600万元; 沧州渤海管件's code with a wrong " +
      "check character.",
  },
  classes: ["register", "max-cap", "item-in-title", "credit-codes", "cities-as-places", "project-name-column", "wanyuan-in-header", "province-wide-fund", "hebei"],
  settings: { asOf: "2018-07-20" },
  sheets: [
    {
      name: "拟支持名单",
      widths: [6, 10, 36, 30, 22, 14],
      rows: [
        ["附件", null, null, null, null, null],
        ["河北省2018年度中央引导地方科技发展专项资金拟支持企业项目名单", null, null, null, null, null],
        ["序号", "所在市", "项目名称", "项目承担单位", "统一社会信用代码", "支持资金（万元）"],
        [1, "石家庄市", "新型抗肿瘤小分子药物中试及产业化", "石家庄恒瑞康生物医药有限公司", "91130100MA0CK3T5X9", 300],
        [2, "唐山市", "机器人智能焊接工作站研发及产业化", "唐山冀东智能焊接装备有限公司", "91130200MA0DH7L2QR", 600],
        [3, "保定市", "高比能动力电池隔膜关键技术研发", "保定新源隔膜材料有限公司", "91130600MA0EW4R8NW", 400],
        [4, "廊坊市", "大数据中心液冷散热系统研发与示范", "廊坊云岭数据科技有限公司", "91131000MA0FP6K3J1", 200],
        [5, "沧州市", "高压大口径管件精密成形技术产业化", "沧州渤海管件制造有限公司", "91130900MA0GT2B7UK", 250],
        [6, "石家庄市", "农用北斗导航自动驾驶系统研发", "辛集北斗农机科技有限公司", "91130182MA0H5N2T4U", 150],
        ["合计", null, null, null, null, 1900],
        ["公示期间如有质疑，请于7月20日前以书面（实名）形式反映。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A10:E10", "A11:F11"],
      numberFormats: { "F4:F10": "0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "中央引导地方科技发展专项资金（企业项目）",
        capType: "max",
        capAmount: 500,
        unit: "万元",
        year: 2018,
        document: "中央引导地方科技发展专项资金管理办法（每个项目最高500万元：为语料选定，公示未载）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "place", C: "project", D: "enterprise", E: "creditCode", F: "approved" },
        year: 2018,
        item: "中央引导地方科技发展专项资金（企业项目）",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F5", why: "唐山冀东智能焊接 600万元 against the 500万元 maximum: 100万元 over" },
      { rule: "register.invalid-credit-code", cell: "E8", why: "91130900MA0GT2B7UK: the check character for 91130900MA0GT2B7U is J, not K" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F10", why: "合计 1900 is no award" },
      { rule: "register.ineligible-location", why: "no district is set: a provincial list over its cities (辛集 is a city of the province, placed under 石家庄市)" },
      { rule: "register.duplicate", why: "six different firms" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "register.unpaid", why: "a list put up for comment" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
