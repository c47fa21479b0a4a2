import type { CorpusLayout } from "../types";

// 上海市经信委 2022-09-28 press conference: three directions of support (小微升规, 做大做强, 重点产业) read as a catalog with prose
// caps — 市级资金 at most 50万元 for a firm first entering the 规上 statistics, 技改 support capped at 1亿元, two awards left to the
// districts with no amount; the year's awards (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "shanghai-2022-sep-industry-support-measures-awards",
  source: {
    title: "《驻沪专电》上海将建立规上工业企业培育库（支持措施表据报道拟）",
    url: "https://news.cnyes.com/news/id/4965734",
    publisher: "经济通通讯社（报道上海市经信委新闻发布会）",
    date: "2022-09-28",
    changes:
      "The report gives the measures as prose under 一是 / 二是 / 三是; we set them out as a catalog, the three directions as merged section rows " +
      "and each measure as a row with its sentence as reported (simplified characters). The 支持事项 names are ours, made from each sentence. " +
      "The award list on the second sheet is ours (firms, codes, districts, amounts). Planted: 嘉定安亭汽车零部件 60万元 above the 50万元 maximum; " +
      "莘庄智控电气 listed twice for the same 规上 award.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-cap", "award-without-amount", "section-rows", "cap-raised-to",
    "credit-codes", "districts-as-places", "item-per-row", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table",
    "table-from-prose", "news-report", "shanghai",
  ],
  settings: { district: "上海市" },
  sheets: [
    {
      name: "支持措施",
      widths: [6, 30, 90],
      rows: [
        ["上海市支持工业企业发展措施（2022年9月，表据报道拟）", null, null],
        ["序号", "支持事项", "支持内容"],
        ["一、支持企业培育发展", null, null],
        [1, "首次成为规模以上工业企业奖励", "支持小微企业升级发展，对首次成为规模以上工业企业的，市级资金可以给予最高50万元奖励，鼓励各区配套支持。"],
        ["二、支持企业做大做强", null, null],
        [2, "工业总产值首次突破规模奖励", "支持龙头企业升级扩容，鼓励各区对工业总产值首次突破一定规模的先进制造业企业给予奖励。"],
        [3, "新认定专精特新中小企业奖励", "对于新认定的国家级或市级“专精特新”中小企业，由各区分别给予不同程度的奖励。"],
        ["三、支持重点产业高质量发展", null, null],
        [4, "重点产业重大技术改造项目支持", "支持重点产业升级改造，对符合条件的重点产业领域重大技术改造项目支持上限提高至1亿元。"],
      ],
      merges: ["A1:C1", "A3:C3", "A5:C5", "A8:C8"],
    },
    {
      name: "支持名单",
      widths: [6, 32, 22, 12, 32, 14],
      rows: [
        ["2022年度上海市工业企业培育发展市级支持资金拟支持名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在区", "支持事项", "支持金额"],
        [1, "上海临港海悦精密机械有限公司", "91310115MA1K4B7X2D", "浦东新区", "首次成为规模以上工业企业奖励", 50],
        [2, "上海莘庄智控电气有限公司", "91310112MA1GC3N8PY", "闵行区", "首次成为规模以上工业企业奖励", 45],
        [3, "上海嘉定安亭汽车零部件有限公司", "91310114MA1H9T2R5M", "嘉定区", "首次成为规模以上工业企业奖励", 60],
        [4, "上海松江九亭新材料有限公司", "91310117MA1J6W4D83", "松江区", "首次成为规模以上工业企业奖励", 30],
        [5, "上海莘庄智控电气有限公司", "91310112MA1GC3N8PY", "闵行区", "首次成为规模以上工业企业奖励", 45],
        [6, "上海金山石化装备有限公司", "91310116MA1HX8Q3L0", "金山区", "重点产业重大技术改造项目支持", 10000],
        [7, "上海张江芯元半导体有限公司", "91310115MA7AB52K6U", "浦东新区", "重点产业重大技术改造项目支持", 6800],
        ["合计", null, null, null, null, 17030],
        ["注：区级配套支持资金由各区另行安排，不在本表内。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:E11", "A12:F12"],
      numberFormats: { "F4:F11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持措施", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "支持措施", cell: "C6", why: "鼓励各区…给予奖励: no amount, no rate; 首次突破一定规模 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "支持措施", cell: "C7", why: "由各区分别给予不同程度的奖励: no amount; 国家级或市级 are levels, not caps" },
      { rule: "cap.exceeded", sheet: "支持名单", cell: "F6", why: "首次成为规模以上工业企业奖励: at most 50万元, 60 proposed: 10万元 over" },
      { rule: "register.duplicate", sheet: "支持名单", cell: "F8", why: "上海莘庄智控电气有限公司 (91310112MA1GC3N8PY) already on row 5 for the same 规上 award" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "支持措施", cell: "C4", why: "最高50万元 is the maximum" },
      { rule: "catalog.unreadable-standard", sheet: "支持措施", cell: "C9", why: "支持上限提高至1亿元: a maximum of 10,000万元" },
      { rule: "cap.exceeded", sheet: "支持名单", cell: "F9", why: "10,000万元 meets the 1亿元 上限 exactly" },
      { rule: "cap.exceeded", sheet: "支持名单", cell: "F4", why: "50 meets the 50万元 maximum exactly" },
      { rule: "composition.total-mismatch", sheet: "支持名单", cell: "F11", why: "50 + 45 + 60 + 30 + 45 + 10,000 + 6,800 = 17,030, as typed" },
      { rule: "cap.unknown-policy", why: "every 支持事项 of the list is a row of the first sheet" },
      { rule: "register.ineligible-location", why: "浦东新区, 闵行区, 嘉定区, 松江区, 金山区 are districts of 上海" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
    ],
  },
};
