import type { CorpusLayout } from "../types";

// 上海市普陀区科学技术委员会 2018-12-04: 关于申请2018年度创新创业服务体系建设项目区级配套资金的请示 — the city's 众创空间“三化”
// grants (沪科〔2018〕339号) are matched 1:1 by the district: one “品牌化” space (90万元) and five “专业化” spaces (30万元 each,
// 小计150万元), 240万元 asked for. Laid out as the request's list: category, unit, the city's grant and the district's match.
export const layout: CorpusLayout = {
  id: "putuo-2018-maker-space-matching-funds",
  source: {
    title: "关于申请2018年度创新创业服务体系建设项目区级配套资金的请示",
    url: "http://www.shpt.gov.cn/kw/qtczxx-czxxzhzwzfwj2021/20210910/694504.html",
    publisher: "上海市普陀区科学技术委员会",
    date: "2018-12-04",
    changes:
      "As published: the basis (沪科〔2018〕30号, 沪科〔2018〕339号), the 1:1 区级配套, the two kinds (“品牌化”众创空间培育 one unit 90万元; “专业化”众创空间培育引导 " +
      "five units, 30万元 each, 小计150万元). The request names the units in prose: the list (序号 | 立项类别 | 单位名称 | 统一社会信用代码 | 市级立项经费（万元） | " +
      "区级配套资金（万元）, a 小计 for the 专业化 units and a 合计), the units (ours, invented) and codes are ours. Planted: one 专业化 space matched at 35 " +
      "against a city grant of 30 (above 1:1); one code with a wrong check character.",
  },
  classes: ["register", "rate-cap", "matching-rate", "base-column", "category-column", "subtotal-and-total-rows", "credit-codes", "item-in-title", "year-in-title", "no-place-column", "wanyuan-in-header", "district-department", "shanghai"],
  settings: { district: "上海市普陀区" },
  sheets: [
    {
      name: "区级配套资金",
      widths: [6, 26, 30, 22, 16, 16],
      rows: [
        ["2018年度创新创业服务体系建设项目区级配套资金安排表", null, null, null, null, null],
        ["序号", "立项类别", "单位名称", "统一社会信用代码", "市级立项经费（万元）", "区级配套资金（万元）"],
        [1, "“品牌化”众创空间培育", "上海长风汇智众创空间管理有限公司", "91310107MA1G0B2C4C", 90, 90],
        [2, "“专业化”众创空间培育引导", "上海曹杨新村创业服务有限公司", "91310107MA1FL6X19X", 30, 30],
        [3, "“专业化”众创空间培育引导", "上海真如数字创意孵化器有限公司", "91310107MA1G3K7P2Y", 30, 35],
        [4, "“专业化”众创空间培育引导", "上海桃浦智创城科技服务有限公司", "91310107MA1FN8D56U", 30, 30],
        [5, "“专业化”众创空间培育引导", "上海苏州河文创空间运营有限公司", "91310107MA1G5R2T8A", 30, 30],
        [6, "“专业化”众创空间培育引导", "上海武宁路创客工场管理有限公司", "91310107MA1FW4H31J", 30, 30],
        [null, "“专业化”小计", null, null, 150, 155],
        [null, "合计", null, null, 240, 245],
        ["注：按市级立项经费1:1给予区级资金配套。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "B9:D9", "B10:D10", "A11:F11"],
    },
  ],
  catalog: {
    items: [
      {
        name: "创新创业服务体系建设项目区级配套",
        capType: "rate",
        rate: 1,
        base: "市级立项经费",
        year: 2018,
        document: "沪科〔2018〕30号、沪科〔2018〕339号：各区对立项单位给予相应1:1资金配套资助",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "区级配套资金",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "category", C: "enterprise", D: "creditCode", E: "base", F: "approved" },
        year: 2018,
        item: "创新创业服务体系建设项目区级配套",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "F5", why: "1:1 of 市级立项经费 30 = 30; 区级配套 35: 5万元 over" },
      { rule: "register.invalid-credit-code", cell: "D7", why: "91310107MA1G5R2T8A: the check character for the first 17 is 3, not A" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "F3", why: "90 = 1 × 90" },
      { rule: "cap.rate-exceeded", cell: "F9", why: "the 小计 row (150 / 155) is no award" },
      { rule: "cap.rate-exceeded", cell: "F10", why: "the 合计 row (240 / 245) is no award" },
      { rule: "register.duplicate", why: "six units, six codes; the category column is a kind, not a second item" },
      { rule: "register.location-code-mismatch", why: "every code carries 310107 (普陀区)" },
      { rule: "register.unpaid", why: "a request for funds; no as-of date set" },
      { rule: "cap.unknown-policy", why: "the title names 创新创业服务体系建设项目区级配套 whole" },
    ],
  },
};
