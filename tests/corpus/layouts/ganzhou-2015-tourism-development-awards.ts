import type { CorpusLayout } from "../types";

// 中国旅游诚信网 (from 赣州市旅发委): 《赣州市支持旅游发展奖励办法》(赣市旅发〔2015〕94号), 16 measures from 2015-01-01 — new national A-grade
// scenic spots 5A 60万元 / 4A 30万元 / 3A 10万元, new provincial rural tourism spots 5A 20万元 / 4A 10万元 / 3A 5万元, a tourist train 3万元, a
// charter flight 2万元. Set out as the measures' catalog, one row a grade (序号 | 奖励项目 | 奖励标准), beside an award list of our own.
export const layout: CorpusLayout = {
  id: "ganzhou-2015-tourism-development-awards",
  source: {
    title: "江西：赣州市出台支持旅游发展奖励办法 助推旅游产业发展（奖励标准表及兑现名单据报道拟）",
    url: "http://ly.100chengxin.com/news/show-53454.html",
    publisher: "赣州市旅游发展委员会、赣州市财政局（中国旅游诚信网转载）",
    date: "2015",
    changes:
      "As published: the document (赣市旅发〔2015〕94号), its start (2015-01-01) and the eight sums quoted. The report names levels in one sentence; " +
      "the catalog gives each level a row of its own (table from prose), wording shortened. Cut: the per-head awards (5元 a tourist), the self-drive " +
      "award and the measures the report does not quote. The 2016 award list is ours: bodies, codes and sums. Planted: 石城通天寨景区 given 30 " +
      "for a new 3A spot (10); 瑞金红都文旅's 4A award listed twice.",
  },
  classes: ["catalog", "register", "two-sheets", "fixed-awards-by-grade", "grades-as-rows", "per-trip-award", "catalog-in-workbook", "item-column", "counties-as-places", "same-firm-two-items", "duplicate-row", "credit-codes", "coop-code", "total-at-foot", "wanyuan-in-header", "table-from-prose", "news-report", "city-policy", "jiangxi"],
  settings: { district: "赣州市" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 32, 70],
      rows: [
        ["赣州市支持旅游发展奖励办法奖励标准（摘录）", null, null],
        ["序号", "奖励项目", "奖励标准"],
        [1, "新评定国家5A级旅游景区奖励", "对新评定的国家5A级旅游景区一次性奖励60万元"],
        [2, "新评定国家4A级旅游景区奖励", "对新评定的国家4A级旅游景区一次性奖励30万元"],
        [3, "新评定国家3A级旅游景区奖励", "对新评定的国家3A级旅游景区一次性奖励10万元"],
        [4, "新评定省级5A级乡村旅游点奖励", "对新评定的省级5A级乡村旅游点一次性奖励20万元"],
        [5, "新评定省级4A级乡村旅游点奖励", "对新评定的省级4A级乡村旅游点一次性奖励10万元"],
        [6, "新评定省级3A级乡村旅游点奖励", "对新评定的省级3A级乡村旅游点一次性奖励5万元"],
        [7, "旅游专列奖励", "组织游客600人以上的旅游专列来赣州，每趟专列奖励组织的旅行社3万元"],
        [8, "旅游包机奖励", "组织游客100人以上的包机来赣州，每趟包机奖励组织的旅行社2万元"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 12, 32, 22, 30, 14],
      rows: [
        ["2016年赣州市旅游发展奖励资金拟兑现名单", null, null, null, null, null],
        ["序号", "县（市、区）", "申报单位", "统一社会信用代码", "奖励项目", "奖励金额（万元）"],
        [1, "瑞金市", "瑞金红都文化旅游发展有限公司", "91360781MAEP0T2QEF", "新评定国家4A级旅游景区奖励", 30],
        [2, "崇义县", "崇义阳岭生态旅游开发有限公司", "91360725MA76RYBM94", "新评定国家4A级旅游景区奖励", 30],
        [3, "石城县", "石城通天寨景区管理有限公司", "91360735MA3CJ2AUK9", "新评定国家3A级旅游景区奖励", 30],
        [4, "上犹县", "上犹县梅水园村乡村旅游专业合作社", "93360724MA0N77EHN1", "新评定省级4A级乡村旅游点奖励", 10],
        [5, "章贡区", "赣州宋城国际旅行社有限公司", "91360702MA4KK7XR1M", "旅游专列奖励", 3],
        [6, "信丰县", "信丰脐橙谷乡村旅游有限公司", "91360722MAM8HUGDX3", "新评定省级5A级乡村旅游点奖励", 20],
        [7, "瑞金市", "瑞金红都文化旅游发展有限公司", "91360781MAEP0T2QEF", "新评定国家4A级旅游景区奖励", 30],
        [8, "章贡区", "赣州宋城国际旅行社有限公司", "91360702MA4KK7XR1M", "旅游包机奖励", 2],
        ["合计", null, null, null, null, 155],
      ],
      merges: ["A1:F1", "A11:E11"],
      numberFormats: { "F3:F11": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", headerRow: 2, lastRow: 10, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "approved" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "新评定国家3A级旅游景区奖励 is a fixed 10万元; 30 given: 20万元 over" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F9", why: "瑞金红都文化旅游 (91360781MAEP0T2QEF) has 新评定国家4A级旅游景区奖励 for 2016 on line 1 already" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F10", why: "赣州宋城国旅's 旅游包机奖励 is another item than its 旅游专列奖励" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F3", why: "30 is the 4A award exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "20 is the provincial 5A rural spot's award exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "3 is one train's award" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C9", why: "600人以上 is a condition; the award is a fixed 3万元" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C10", why: "100人以上 is a condition; the award is a fixed 2万元" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 of the list is a catalog row word for word" },
      { rule: "register.invalid-credit-code", why: "the seven codes are valid (the coop's 93…)" },
      { rule: "register.ineligible-location", why: "瑞金市、崇义县、石城县、上犹县、章贡区、信丰县 are all of 赣州" },
      { rule: "register.location-code-mismatch", why: "each code carries its own county's 3607xx" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "F11", why: "30 + 30 + 30 + 10 + 3 + 20 + 30 + 2 = 155" },
    ],
  },
};
