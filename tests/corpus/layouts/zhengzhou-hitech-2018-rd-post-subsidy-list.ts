import type { CorpusLayout } from "../types";

// 河南日报 (国际在线河南频道) 2018-11-16: 390 firms of 郑州高新区 — 科技雏鹰 296, 科技小巨人 69, 科技瞪羚 22, 科技创新龙头 3 — get
// 1.82亿元 of the city's 2018 研发费用后补助专项资金, by type of recognition. Laid out as the district's list of those firms (an excerpt):
// 序号 | 企业名称 | 统一社会信用代码 | 企业类型 | 后补助资金（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "zhengzhou-hitech-2018-rd-post-subsidy-list",
  source: {
    title: "郑州高新区390家企业获得2018年市级研发费用补助专项资金1.82亿元（拟补助企业名单据正文拟）",
    url: "https://big5.cri.cn/gate/big5/hn.cri.cn/20181116/73d4c3ed-c9b4-a4cf-8f2b-6347eb39f692.html",
    publisher: "郑州高新区（河南日报报道，国际在线转载）",
    date: "2018-11-16",
    changes:
      "As published (in prose): 390 firms, 1.82亿元, the four types of recognition and their counts, the subsidy given by type. Laid out as the " +
      "list such a 公示 carries, an excerpt of ten rows with the four types as a column; firms, codes and amounts are ours. Planted: 河南金睿新材料 " +
      "with a credit code whose check character is wrong; 郑州汇博智能装备 listed again at 序号 9.",
  },
  classes: [
    "register", "credit-codes", "category-column", "no-catalog", "one-decimal-wanyuan", "unit-in-caption", "total-at-foot", "excerpt",
    "notes-under-table", "table-from-prose", "news-report", "development-zone-fund", "henan",
  ],
  settings: { district: "郑州高新技术产业开发区" },
  sheets: [
    {
      name: "补助名单",
      widths: [6, 34, 24, 18, 14],
      rows: [
        ["郑州高新区2018年度市级科技型企业研发费用后补助专项资金拟补助企业名单（摘录）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "企业类型", "后补助资金"],
        [1, "郑州中科芯测电子科技有限公司", "91410100MA44R7KX35", "科技雏鹰企业", 18.6],
        [2, "郑州汇博智能装备有限公司", "91410100MA45BL2Q83", "科技雏鹰企业", 22.4],
        [3, "河南启衡生物医药科技有限公司", "91410100MA3X6PY108", "科技小巨人企业", 86.5],
        [4, "郑州恒拓北斗信息技术有限公司", "914101007385621J7N", "科技小巨人企业", 64.2],
        [5, "河南金睿新材料股份有限公司", "91410100MA9FHTK65B", "科技瞪羚企业", 152.8],
        [6, "郑州云启数据服务有限公司", "91410100MA46CJ9W28", "科技雏鹰企业", 15.3],
        [7, "郑州创源光电科技有限公司", "914101006149537X8Q", "科技瞪羚企业", 118],
        [8, "河南中原智控科技股份有限公司", "91410100MA40FUN725", "科技创新龙头企业", 420],
        [9, "郑州汇博智能装备有限公司", "91410100MA45BL2Q83", "科技雏鹰企业", 22.4],
        [10, "郑州博睿医疗器械有限公司", "91410100MA47Q3LD5K", "科技小巨人企业", 71.9],
        ["合计", null, null, null, 992.1],
        ["注：按照认定类型给予不同比例的研发费用后补助；公示期内对名单有异议的，可向高新区创新发展局反映。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:D14", "A15:E15"],
      numberFormats: { "E4:E14": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "category", E: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", sheet: "补助名单", cell: "C8", why: "91410100MA9FHTK65B: the first 17 characters give the check character A, not B" },
      { rule: "register.duplicate", sheet: "补助名单", cell: "B12", why: "郑州汇博智能装备有限公司 (91410100MA45BL2Q83) is 序号 2 and again 序号 9; reported on the later row" },
      { rule: "cap.unknown-policy", sheet: "补助名单", cell: "E4", why: "no catalog and no item column: the list's amounts are reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E14", why: "合计 992.1 = the ten amounts as typed (the repeated row included)" },
      { rule: "cap.unknown-policy", cell: "D5", why: "the 企业类型 are kinds of recognition, a category, not policy items" },
      { rule: "register.invalid-credit-code", cell: "C7", why: "914101007385621J7N carries its right check character N" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table" },
    ],
  },
};
