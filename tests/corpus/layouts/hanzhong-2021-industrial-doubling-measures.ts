import type { CorpusLayout } from "../types";

// 汉中市 (陕西) 2021-05-13: ten support measures for doubling industry (at least 2亿元 a year) — a fixed award for national
// titles, a fixed award paid to the county that brings in a large project (投资5亿元以上 a condition), four revenue levels
// in one sentence, a share of output with a maximum, and 1000万元 a year set aside for firms and entrepreneurs (an envelope,
// not a standard). The year's awards to firms on a second sheet.
export const layout: CorpusLayout = {
  id: "hanzhong-2021-industrial-doubling-measures",
  source: {
    title: "每年至少2亿元！汉中安排专项资金用于奖励补助！（《关于推进制造业高质量发展实现工业倍增的实施方案》工业倍增10条支持政策）",
    url: "https://52hz.com/3045.html",
    publisher: "汉中市人民政府新闻通气会（转载）",
    date: "2021-05-14",
    changes:
      "The five standards the stored copy quotes are as published, each clause one row of a 支持政策 table (序号 | 支持事项 | 支持标准 | " +
      "奖励对象); 支持事项 and 奖励对象 are taken from the clause wording. The other five of the ten measures are not quoted and are left " +
      "out. The award list on the second sheet is ours (firms, codes of 汉台区 610702 / 南郑区 610703 / 城固县 610722, amounts). Planted: " +
      "汉中天汉数控 awarded 350.00 for a national title whose award is a fixed 300万元.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-awards", "conditions-not-caps", "levels-in-one-sentence", "share-with-maximum", "envelope-not-a-standard", "unreadable-standard", "credit-codes", "item-per-row", "wanyuan-caption", "shaanxi"],
  settings: { district: "汉中市", asOf: "2021-11-15" },
  sheets: [
    {
      name: "支持政策",
      widths: [6, 34, 80, 14],
      rows: [
        ["汉中市工业倍增支持政策（摘录）", null, null, null],
        ["序号", "支持事项", "支持标准", "奖励对象"],
        [1, "国家级制造业创新中心、“单项冠军”、专精特新“小巨人”", "对获得国家级制造业创新中心、“单项冠军”和专精特新“小巨人”企业的，一次性奖励300万元。", "企业"],
        [2, "新引进先进制造业项目", "对新引进的投资5亿元以上先进制造业项目，按时竣工投产并纳入统计后，一次性奖励引进县区（园区）100万元。", "县区（园区）"],
        [3, "省级工业集中区营业收入首次突破", "对年营业收入首次突破100亿元、300亿元、500亿元、1000亿元的省级工业集中区，分别奖励100万元、200万元、300万元、500万元。", "省级工业集中区"],
        [4, "完成工业倍增目标的县区（园区）", "对2025年前完成工业倍增目标的县区（园区），按其产值在全市总量占比给予一次性奖励，最高不超过1000万元。", "县区（园区）"],
        [5, "工业倍增突出贡献企业和优秀企业家", "每年从工业发展专项资金中安排1000万元，奖励为工业倍增作出突出贡献的企业和优秀企业家。", "企业、企业家"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 10, 40, 12],
      rows: [
        ["汉中市2021年工业倍增支持政策奖励兑现名单（企业）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在县区", "支持事项", "奖励金额"],
        [1, "陕西汉江航空精密部件有限公司", "91610702MA6YA2B3RH", "汉台区", "国家级制造业创新中心、“单项冠军”、专精特新“小巨人”", 300],
        [2, "汉中天汉数控机床有限公司", "91610703MA6YB7K4N1", "南郑区", "国家级制造业创新中心、“单项冠军”、专精特新“小巨人”", 350],
        [3, "城固秦岭生物医药有限公司", "91610722MA6YC1P8WB", "城固县", "国家级制造业创新中心、“单项冠军”、专精特新“小巨人”", 300],
        ["合计", null, null, null, null, 950],
      ],
      merges: ["A1:F1", "A7:E7"],
      numberFormats: { "F4:F7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持政策", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2021,
      },
    ],
    findings: [
      {
        rule: "catalog.unreadable-standard",
        sheet: "支持政策",
        cell: "C7",
        why: "1000万元 a year is the money set aside for all such awards, not an amount, rate or maximum for one award",
      },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "汉中天汉数控: a national title's award is a fixed 300.00万元; 350.00 awarded, 50.00万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "支持政策", cell: "C3", why: "a fixed 300万元" },
      { rule: "catalog.unreadable-standard", sheet: "支持政策", cell: "C4", why: "a fixed 100万元; 投资5亿元以上 is a condition, not the award" },
      { rule: "catalog.unreadable-standard", sheet: "支持政策", cell: "C5", why: "four levels in one sentence, 100 / 200 / 300 / 500万元 (at most 500); the 亿元 revenues are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "支持政策", cell: "C6", why: "a maximum of 1000万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "300.00, the fixed award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "合计 950 = 300 + 350 + 300 is not an award" },
      { rule: "cap.unknown-policy", why: "the list's 支持事项 is the first clause's, word for word" },
      { rule: "register.ineligible-location", why: "汉台区, 南郑区 and 城固县 are in 汉中市" },
      { rule: "register.location-code-mismatch", why: "every code is issued in the firm's own county (6107xx)" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "three firms, each once" },
    ],
  },
};
