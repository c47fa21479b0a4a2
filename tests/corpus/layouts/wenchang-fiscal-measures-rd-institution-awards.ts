import type { CorpusLayout } from "../types";

// 文昌市: its measures under 琼府办〔2021〕65号 — first section, 支持研发设计机构建设, four clauses with their caps in words (500万元 a year,
// 不超过300万元 twice, 一事一议) — beside a list of research bodies to be paid under them.
export const layout: CorpusLayout = {
  id: "wenchang-fiscal-measures-rd-institution-awards",
  source: {
    title: "文昌市促进经济高质量发展若干财政措施",
    url: "https://gqrdw.cn/zhengce/313.html",
    publisher: "文昌市人民政府",
    changes:
      "As published: the section and sub-section headings (一、提高科技创新能力; （一）支持研发设计机构建设), the four clauses' conditions and standards word for word " +
      "(事业单位 国家重点实验室等: 建设期内每年500万元; 企业 国家重点实验室等: 一次性不超过300万元; 整建制科研机构: 一事一议; 科研院所、大学分支机构: 不超过300万元) and " +
      "the 责任单位. Cut: the fifth clause (省级研发机构 追加补助) and all later sections. Ours: the catalog's short policy names, the table form, and the whole " +
      "second sheet (bodies, codes, sums). Planted: 海南文昌星箭科技有限公司 320万元 under a 300万元 cap; 海南椰乡智造科技有限公司's code has a wrong check character.",
  },
  classes: ["catalog", "register", "catalog-and-register", "section-heading-rows", "caps-in-words", "max-cap", "per-year-fixed-award", "case-by-case-standard", "item-column", "credit-codes", "public-institution-codes", "total-at-foot", "wanyuan-caption", "county-level-city", "hainan"],
  settings: { district: "文昌市" },
  sheets: [
    {
      name: "政策措施",
      widths: [6, 30, 56, 36, 22],
      rows: [
        ["文昌市促进经济高质量发展若干财政措施（节选）", null, null, null, null],
        ["序号", "政策名称", "支持对象及条件", "支持标准", "责任单位"],
        ["一、提高科技创新能力", null, null, null, null],
        ["（一）支持研发设计机构建设", null, null, null, null],
        [1, "事业单位国家级科研平台科研经费补助", "事业单位获批牵头建设的国家重点实验室、国家临床医学研究中心、国家技术创新中心、国家工程研究中心", "建设期内，每年给予500万元科研经费补助", "市科学技术工业信息化局"],
        [2, "企业国家级创新平台科研经费补助", "企业获批牵头建设的国家重点实验室、国家制造业创新中心、国家技术创新中心、国家工业设计中心、国家工业设计研究院、国家企业技术中心", "一次性给予不超过300万元的科研经费补助", "市科学技术工业信息化局"],
        [3, "整建制科研机构支持", "国家在海南设立的整建制科研机构", "采取“一事一议”方式给予支持", "市科学技术工业信息化局"],
        [4, "科研院所分支机构科研经费补助", "国内外知名的科研院所、大学设立具有独立法人的分支机构，根据研发人员数量、研发经费投入、科研基础建设等", "给予不超过300万元的科研经费补助", "市科学技术工业信息化局"],
      ],
      merges: ["A1:E1", "A3:E3", "A4:E4"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 34, 12],
      rows: [
        ["文昌市2023年支持研发设计机构建设科研经费补助拟兑现名单", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "单位名称", "统一社会信用代码", "补助项目", "兑现金额"],
        [1, "文昌航天科技创新研究院", "12469005MB1F3021XK", "事业单位国家级科研平台科研经费补助", 500],
        [2, "海南文昌星箭科技有限公司", "91469005MA5TA8C43W", "企业国家级创新平台科研经费补助", 320],
        [3, "海南椰乡智造科技有限公司", "91469005MA5U2D7K1L", "企业国家级创新平台科研经费补助", 300],
        [4, "文昌海洋科学研究院", "12469005MB0Y7736XG", "科研院所分支机构科研经费补助", 260],
        [5, "清澜湾航天材料研究所", "12469005MB1G5528X1", "整建制科研机构支持", 800],
        ["合计", null, null, null, 2180],
      ],
      merges: ["A1:E1", "A9:D9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "code", B: "item", D: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "D7", why: "“一事一议” gives no amount and no rate" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "E5", why: "企业国家级创新平台科研经费补助 is capped at 不超过300万元; 320 proposed: 20万元 over" },
      { rule: "register.invalid-credit-code", sheet: "拟兑现名单", cell: "C6", why: "91469005MA5U2D7K1L: the check character for the first 17 is J, not L" },
      { rule: "cap.no-cap", sheet: "拟兑现名单", cell: "E8", why: "整建制科研机构支持 is in the catalog with no cap (一事一议): its 800 is reported as unchecked" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "D6", why: "不超过300万元 is a maximum" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "D8", why: "不超过300万元 is a maximum" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "E6", why: "300 meets the 300万元 cap exactly" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "E7", why: "260 is under the 300万元 cap" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "E4", why: "500 is the clause's 500万元 a year" },
      { rule: "cap.unknown-policy", why: "every 补助项目 is a 政策名称 of the first sheet, word for word" },
      { rule: "register.duplicate", sheet: "拟兑现名单", cell: "B6", why: "two firms under one item are two firms" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "E9", why: "500 + 320 + 300 + 260 + 800 = 2,180" },
      { rule: "register.unpaid", why: "a list to be paid (拟兑现): no payments recorded" },
    ],
  },
};
