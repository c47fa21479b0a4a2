import type { CorpusLayout } from "../types";

// 沈阳市人民政府 沈政发〔2025〕3号 沈阳市稳增长惠民生若干政策举措, 一（二）鼓励建筑业企业发展: 年建筑业产值首次超过25亿元不足100亿元 at most
// 40万元, 首次超过100亿元 at most 300万元, 产值超过20亿元且增幅超过15% 10万元, 当年新注册且产值5亿元以上 10万元 (the highest one only when a firm
// meets several). Laid out as the list such a clause ends in: firms by 区、县（市）, the award's kind, the year's output and growth, the award.
export const layout: CorpusLayout = {
  id: "shenyang-2025-construction-firm-awards",
  source: {
    title: "沈阳市人民政府关于印发沈阳市稳增长惠民生若干政策举措的通知（沈政发〔2025〕3号）— 一（二）鼓励建筑业企业发展（名单据条款拟）",
    url: "https://jyj.shenyang.gov.cn/yshj/202503/t20250304_4817261.html",
    publisher: "沈阳市人民政府",
    date: "2025-02-28",
    changes:
      "As published: the four awards of clause 一（二） and their amounts (最高40万元, 最高300万元, 10万元, 10万元), carried into the catalog " +
      "under the clause's own wording. The list is ours: its title, columns (序号 | 区、县（市） | 企业名称 | 统一社会信用代码 | 奖励类别 | " +
      "2025年建筑业产值（亿元） | 产值增幅 | 奖励金额（万元） | 备注), firms, valid invented codes, districts, output and awards. Planted: " +
      "大东区 东望建筑's 50万元 above the 40万元 maximum for passing 25亿元; 苏家屯 市政工程's growth award 15万元 against the fixed 10万元; " +
      "one firm placed in 大连市甘井子区.",
  },
  classes: [
    "register", "item-column", "award-kind-column", "fixed-and-max-caps", "levels-as-items", "output-column-yiyuan", "growth-rate-column",
    "mixed-units", "dash-as-nothing", "remark-column", "credit-codes", "districts-as-places", "city-wide-fund", "wanyuan-in-header",
    "total-at-foot", "catalog-from-json", "city-government", "liaoning",
  ],
  settings: { district: "沈阳市" },
  catalog: {
    items: [
      { name: "年建筑业产值首次超过25亿元不足100亿元", category: "鼓励建筑业企业发展", capType: "max", capAmount: 40, unit: "万元", document: "沈政发〔2025〕3号 一（二）" },
      { name: "年建筑业产值首次超过100亿元", category: "鼓励建筑业企业发展", capType: "max", capAmount: 300, unit: "万元", document: "沈政发〔2025〕3号 一（二）" },
      { name: "年建筑业产值超过20亿元且增幅超过15%", category: "鼓励建筑业企业发展", capType: "fixed", capAmount: 10, unit: "万元", document: "沈政发〔2025〕3号 一（二）" },
      { name: "当年新注册且年建筑业产值达到5亿元以上", category: "鼓励建筑业企业发展", capType: "fixed", capAmount: 10, unit: "万元", document: "沈政发〔2025〕3号 一（二）" },
    ],
  },
  sheets: [
    {
      name: "拟兑现名单",
      widths: [6, 16, 30, 22, 36, 14, 10, 14, 16],
      rows: [
        ["沈阳市2025年度建筑业企业奖励资金拟兑现名单", null, null, null, null, null, null, null, null],
        ["序号", "区、县（市）", "企业名称", "统一社会信用代码", "奖励类别", "2025年建筑业产值（亿元）", "产值增幅", "奖励金额（万元）", "备注"],
        [1, "沈河区", "沈阳盛京建设集团有限公司", "91210103MA0Y2K5N3B", "年建筑业产值首次超过25亿元不足100亿元", 31.2, 0.124, 40, null],
        [2, "浑南区", "沈阳浑河建工集团有限公司", "91210112MA0Y4L7P8Y", "年建筑业产值首次超过100亿元", 108.5, 0.098, 300, null],
        [3, "皇姑区", "沈阳北陵路桥工程有限公司", "91210105MA0Y6M1Q2X", "年建筑业产值超过20亿元且增幅超过15%", 23.6, 0.182, 10, null],
        [4, "于洪区", "沈阳于洪新城建设有限公司", "91210114MA7A3N8R4M", "当年新注册且年建筑业产值达到5亿元以上", 6.3, "—", 10, "2025年新注册"],
        [5, "大东区", "沈阳东望建筑安装有限公司", "91210104MA0Y8P2T6H", "年建筑业产值首次超过25亿元不足100亿元", 27.9, 0.076, 50, null],
        [6, "大连市甘井子区", "大连甘井子建设工程有限公司", "91210211MA0Y1Q9U7P", "年建筑业产值超过20亿元且增幅超过15%", 21.4, 0.165, 10, null],
        [7, "沈北新区", "沈阳蒲河建设集团有限公司", "91210113MA0Y3R4W18", "年建筑业产值首次超过25亿元不足100亿元", 42, 0.051, 40, null],
        [8, "苏家屯区", "沈阳苏家屯市政工程有限公司", "91210111MA0Y5T6X97", "年建筑业产值超过20亿元且增幅超过15%", 20.8, 0.159, 15, null],
        [9, "新民市", "新民辽河建筑工程有限公司", "91210181MA7B2U3Y5H", "当年新注册且年建筑业产值达到5亿元以上", 5.6, "—", 10, "2025年新注册"],
        [10, "辽中区", "沈阳辽中蒲东建设有限公司", "91210115MA0Y7W8A21", "年建筑业产值超过20亿元且增幅超过15%", 24.1, 0.173, 10, null],
        ["合计", null, null, null, null, null, null, 495, null],
      ],
      merges: ["A1:I1", "A13:G13"],
      numberFormats: { "F3:F12": "0.00", "G3:G12": "0.0%", "H3:H13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", H: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H7", why: "年建筑业产值首次超过25亿元不足100亿元: at most 40万元; 50 listed, 10万元 over" },
      { rule: "cap.exceeded", cell: "H10", why: "年建筑业产值超过20亿元且增幅超过15%: a fixed 10万元; 15 listed, 5万元 over" },
      { rule: "register.ineligible-location", cell: "B8", why: "大连市甘井子区 lies in 大连, not 沈阳市" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H4", why: "首次超过100亿元: 300 is the maximum, not above it" },
      { rule: "cap.exceeded", cell: "H13", why: "合计 495 = 40 + 300 + 10 + 10 + 50 + 10 + 40 + 15 + 10 + 10, the list's total, no award" },
      { rule: "register.ineligible-location", cell: "B3", why: "沈河、浑南、皇姑、于洪、大东、沈北新区、苏家屯、辽中 are districts of 沈阳, 新民市 its county-level city" },
      { rule: "register.location-code-mismatch", why: "every firm placed in 沈阳 has a 2101xx code; the 大连 firm is outside, which is the location finding" },
      { rule: "register.duplicate", why: "ten different firms" },
      { rule: "register.invalid-credit-code", why: "all ten codes are valid" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is a catalog item" },
      { rule: "input.unreadable-value", why: "产值 is in 亿元 and 增幅 a share, as their headings say; “—” for the new firms' growth means nothing" },
      { rule: "register.unpaid", why: "a 拟兑现 list records no payments" },
    ],
  },
};
