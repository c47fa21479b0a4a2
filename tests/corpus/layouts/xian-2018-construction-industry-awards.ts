import type { CorpusLayout } from "../types";

// 西安市住建局、财政局 2019-02-20: awards to construction firms for 2018 in five kinds, at most 200万元 a one-off award for
// 上规模; the standards of four kinds as the notice words them (the fifth, 创优夺杯奖, is not in the stored copy), and the award
// list such a notice leads to, with the kind of award in a 奖励类别 column.
export const layout: CorpusLayout = {
  id: "xian-2018-construction-industry-awards",
  source: {
    title: "西安发出通知，建筑企业最高可奖200万元（三秦都市报；西安市住建局、市财政局对2018年度符合条件的建筑业企业分五类进行奖励）",
    url: "https://www.shidiannet.com/2019/0221/15507396895867.html",
    publisher: "西安市住房和城乡建设局、西安市财政局（三秦都市报报道）",
    date: "2019-02-21",
    changes:
      "As published: the kinds 核心竞争力奖, 上规模发展奖, 市外企业落户奖 and “走出去”发展奖 with their standards in the notice's words, and which " +
      "bureau reviews each; the stored copy stops before the fifth kind (创优夺杯奖), so it is left out. The award list (序号 | 企业名称 | " +
      "统一社会信用代码 | 奖励类别 | 奖励事由 | 奖励金额（万元）), its firms, codes and amounts are ours. Planted: a 核心竞争力奖 at 150万元 over its " +
      "fixed 100万元; a “走出去”发展奖 at 60万元, above the larger of its two awards (30 / 50万元).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-cap", "levels-in-one-sentence", "sub-items-in-one-cell", "conditions-not-caps", "item-column", "reason-column", "credit-codes", "no-place-column", "city-wide-fund", "wanyuan-in-header", "total-at-foot", "city-department", "shaanxi"],
  settings: { district: "西安市", asOf: "2019-06-30" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 16, 90, 22],
      rows: [
        ["西安市2018年度建筑业企业奖励类别及标准", null, null, null],
        ["序号", "奖励类别", "奖励标准", "审核部门"],
        [1, "核心竞争力奖", "具有施工总承包资质一级升为特级的企业，给予100万元一次性奖励；具有公路、通信、电力等总承包资质由二级升为一级的企业，给予100万元一次性奖励", "市住建局"],
        [2, "上规模发展奖", "对年主营业务收入达到30亿元、50亿元、100亿元的企业，分别给予30万元、50万元、100万元的一次性奖励。每上一个台阶（超过100亿元的，每100亿元奖励50万元为一个台阶）奖补一次，最高不超过200万元", "市住建局、市财政局"],
        [3, "市外企业落户奖", "对企业总部落户西安的央企，给予500万元一次性奖励；对落户西安的央企区域公司，并取得总承包二级及以上资质的，给予100万元一次性奖励；对落户西安的具有施工总承包特级资质的企业，给予100万元一次性奖励", "市住建局"],
        [4, "“走出去”发展奖", "企业市外主营业务收入达到30亿元、50亿元，分别给予30万元、50万元的一次性奖励", "市住建局、市财政局"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "奖励名单",
      widths: [6, 34, 22, 16, 40, 16],
      rows: [
        ["西安市2018年度建筑业企业奖励名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "奖励类别", "奖励事由", "奖励金额（万元）"],
        [1, "陕西长安建工集团有限公司", "91610113MA9T2FQ81D", "核心竞争力奖", "施工总承包资质一级升为特级", 100],
        [2, "西安秦川路桥工程有限公司", "91610131MA54MJFYQH", "核心竞争力奖", "公路工程施工总承包资质二级升为一级", 150],
        [3, "陕西古城建设集团有限公司", "91610104MA7AQ08FRB", "上规模发展奖", "年主营业务收入达到50亿元", 50],
        [4, "西安渭水建筑工程有限公司", "91610112MA6PUDXHHY", "上规模发展奖", "年主营业务收入达到30亿元", 30],
        [5, "中建西部城市建设有限公司", "91610102MA56JHNRPP", "市外企业落户奖", "央企区域公司落户西安，取得总承包一级资质", 100],
        [6, "陕西钟楼建设工程有限公司", "91610103MA7MRKM2UW", "“走出去”发展奖", "市外主营业务收入达到30亿元", 30],
        [7, "西安未央建设集团有限公司", "91610111MA8A2BRDR9", "“走出去”发展奖", "市外主营业务收入达到50亿元", 60],
        [8, "西安终南建设工程有限公司", "91610116MA7EN3Q6NG", "上规模发展奖", "年主营业务收入达到30亿元", 30],
        [9, "陕西丝路通信建设有限公司", "91610113MA73Y1JW6B", "核心竞争力奖", "通信工程施工总承包资质二级升为一级", 100],
        ["合计", null, null, null, null, 650],
      ],
      merges: ["A1:F1", "A12:E12"],
      numberFormats: { "F3:F12": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" }, year: 2018 },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "project", F: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F4", why: "核心竞争力奖: 给予100万元一次性奖励 (both sub-items 100); 150 is 50万元 over" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F9", why: "“走出去”发展奖: 分别给予30万元、50万元 — a row naming no sub-item is allowed at most the larger, 50; 60 is 10万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F7", why: "市外企业落户奖 100: the clause's awards are 500, 100 and 100万元" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F12", why: "合计 650 (100+150+50+30+100+30+60+30+100) is not an award" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F3", why: "核心竞争力奖 at its 100万元" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C3", why: "100万元 twice: a fixed award; 一级升为特级, 二级升为一级 are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C5", why: "500 / 100 / 100万元 fixed awards; 二级及以上 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C6", why: "分别给予30万元、50万元: two fixed awards; 30亿元、50亿元 are conditions" },
      { rule: "register.duplicate", why: "two firms under 核心竞争力奖 with different codes; one firm's award per row" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is a row of 奖励标准" },
      { rule: "register.location-code-mismatch", why: "every code carries a district of 西安 (610102–610131)" },
    ],
  },
};
