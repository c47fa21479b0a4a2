import type { CorpusLayout } from "../types";

// A county 农业农村局's 2026 notice (江西, under 赣财农〔2022〕15号) on 生产设施条件改善 projects of 农民合作社 and 家庭农场, with its 附件1
// 农民合作社生产设施条件改善储备项目备案表: 填报单位 line, 序号 | 县（市、区） | 农民合作社名称 …, laid out filled in by a city (ours).
export const layout: CorpusLayout = {
  id: "jian-2026-cooperative-facility-reserve-filing",
  source: {
    title: "关于做好2026年农民合作社和家庭农场生产设施条件改善项目储备工作的通知（附件1：农民合作社生产设施条件改善储备项目备案表）",
    url: "https://www.chacewang.com/newsdetail/news885003.html",
    publisher: "县农业农村局（江西；转载）",
    date: "2026",
    changes:
      "As published: the notice's purpose and documents, the annex's name, its 填报单位 line and its first headings (序号, 县（市、区）, 农…); the " +
      "stored copy breaks off there. Ours: the rest of the headings, the city filling it in (吉安市), every cooperative, code and sum, the 合计 and the " +
      "notes. Planted: 永丰县禾丰粮食种植专业合作社's code with a wrong check character; a cooperative of 兴国县 (赣州市) on 吉安市's form. No " +
      "catalog: the form's policy is reported once as unchecked.",
  },
  classes: ["register", "reserve-filing", "cooperatives", "credit-codes", "counties-as-places", "category-column", "project-text-column", "amount-asked", "whole-wanyuan", "wanyuan-caption", "filler-line", "annex-label-row", "total-at-foot", "notes-under-table", "table-partly-in-stored-copy", "city-fund", "jiangxi"],
  settings: { district: "吉安市" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 10, 36, 22, 10, 40, 14],
      rows: [
        ["附件1", null, null, null, null, null, null],
        ["农民合作社生产设施条件改善储备项目备案表", null, null, null, null, null, null],
        ["填报单位：吉安市农业农村局（盖章）", null, null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "农民合作社名称", "统一社会信用代码", "主导产业", "建设内容", "申请财政补助资金"],
        [1, "吉安县", "吉安县永和镇绿源果蔬种植专业合作社", "93360821MA39A7K2XM", "蔬菜", "新建钢架大棚20亩，配套水肥一体化设施1套", 25],
        [2, "泰和县", "泰和县螺溪乌鸡养殖专业合作社", "93360826MA38TQ5C4F", "畜禽", "改造标准化鸡舍1200平方米", 30],
        [3, "永丰县", "永丰县佐龙乡禾丰粮食种植专业合作社", "93360825MA3AD1PL75", "粮食", "购置烘干设备2台，新建仓储棚500平方米", 28],
        [4, "安福县", "安福县洲湖镇生猪养殖专业合作社", "93360829MA3992HN10", "畜禽", "新建粪污处理设施1套", 20],
        [5, "兴国县", "兴国县埠头乡脐橙种植专业合作社", "93360731MA38N6Y19J", "果业", "果园喷灌管网3公里，冷藏库1座", 15],
        [6, "遂川县", "遂川县汤湖镇狗牯脑茶叶专业合作社", "93360827MA37XF8R66", "茶叶", "茶叶加工厂房改造，购置揉捻机4台", 30],
        ["合计", null, null, null, null, null, 148],
        ["注：1.同一主体只能申报一个项目；2.主导产业填写蔬菜、果业、畜禽、茶叶、粮食等；3.项目须于9月底前完成75%的资金拨付。", null, null, null, null, null, null],
      ],
      merges: ["A2:G2", "A3:F3", "A11:F11", "A12:G12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件1", kind: "register", unit: "万元", headerRow: 4, lastRow: 11, columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", F: "project", G: "requested" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D7", why: "93360825MA3AD1PL75: the GB 32100-2015 check character of 93360825MA3AD1PL7 is 3, not 5" },
      { rule: "register.ineligible-location", cell: "B9", why: "兴国县 is a county of 赣州市, outside 吉安市" },
      { rule: "cap.unknown-policy", cell: "G5", why: "no catalog: the form's policy (农民合作社生产设施条件改善) is in none, so its amounts are reported once as unchecked" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B5", why: "吉安县、泰和县、永丰县、安福县、遂川县 are counties of 吉安市" },
      { rule: "register.location-code-mismatch", cell: "D9", why: "the 兴国 cooperative is outside the district (reported as such), its code 360731 matching its own county" },
      { rule: "register.duplicate", why: "six different cooperatives" },
      { rule: "composition.total-mismatch", cell: "G11", why: "合计 148 = 25 + 30 + 28 + 20 + 15 + 30" },
      { rule: "cap.exceeded", cell: "G11", why: "the 合计 is no award" },
      { rule: "register.unpaid", why: "a reserve filing records no payments" },
    ],
  },
};
