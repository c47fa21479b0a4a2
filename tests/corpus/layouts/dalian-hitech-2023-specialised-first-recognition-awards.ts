import type { CorpusLayout } from "../types";

// 大连高新区:国家级专精特新小巨人添丁 (中国高新技术产业导报, 2023-07-24): the zone's 促经济增长和助企纾困的若干政策措施 give 10万元 to a firm
// first recognised as 专精特新中小企业 and 30万元 to a first-recognised 小巨人. Set out as the two clauses and an award list of ours.
export const layout: CorpusLayout = {
  id: "dalian-hitech-2023-specialised-first-recognition-awards",
  source: {
    title: "大连高新区：国家级专精特新小巨人添丁（政策条款及兑现名单据报道拟）",
    url: "http://paper.chinahightech.com/pc/content/202307/24/content_51511.html",
    publisher: "中国高新技术产业导报",
    date: "2023-07-24",
    changes:
      "From the report: the two awards (首次认定的专精特新中小企业 10万元, 小巨人企业 30万元) as the clause sheet. The award list is ours: firms, " +
      "credit codes (甘井子区 210211, where the zone lies) and amounts invented. Planted: 大连港湾云软件有限公司, a 专精特新中小企业, given 30 (its " +
      "award is 10); 大连七贤微电子有限公司's code ends in 5 where the check character is Y; 大连凌波传感科技有限公司 listed twice for the same award.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-awards", "catalog-in-workbook", "item-per-row", "credit-codes", "invalid-credit-code", "duplicate-row", "total-at-foot", "wanyuan-caption", "table-from-prose", "news-report", "zone-policy", "liaoning"],
  settings: { district: "大连高新技术产业园区" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 60],
      rows: [
        ["大连高新区促经济增长和助企纾困若干政策措施（专精特新部分）", null, null],
        ["序号", "支持事项", "支持标准"],
        [1, "首次认定专精特新中小企业奖励", "对首次认定的专精特新中小企业给予10万元奖励"],
        [2, "首次认定专精特新“小巨人”企业奖励", "对首次认定的专精特新“小巨人”企业给予30万元奖励"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 34, 12],
      rows: [
        ["2023年大连高新区专精特新企业首次认定奖励拟兑现名单", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "奖励事项", "奖励金额"],
        [1, "大连探海仪器有限公司", "91210211MA0XK3T712", "首次认定专精特新中小企业奖励", 10],
        [2, "大连凌波传感科技有限公司", "91210211MA0Y2L8N15", "首次认定专精特新中小企业奖励", 10],
        [3, "大连新阳氢能装备股份有限公司", "91210211MA0QF6HD1Y", "首次认定专精特新“小巨人”企业奖励", 30],
        [4, "大连港湾云软件有限公司", "91210211MA10BR3K18", "首次认定专精特新中小企业奖励", 30],
        [5, "大连七贤微电子有限公司", "91210211MA0U7P4C15", "首次认定专精特新中小企业奖励", 10],
        [6, "大连瀚海数控有限公司", "91210211MA0TJ9WE1G", "首次认定专精特新“小巨人”企业奖励", 30],
        [7, "大连凌波传感科技有限公司", "91210211MA0Y2L8N15", "首次认定专精特新中小企业奖励", 10],
        ["合计", null, null, null, 130],
      ],
      merges: ["A1:E1", "A11:D11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 4, columns: { B: "item", C: "standard" } },
      {
        sheet: "兑现名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" }, year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E7", why: "首次认定专精特新中小企业奖励 is 10万元; 大连港湾云软件 given 30" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C8", why: "91210211MA0U7P4C15: the check character for 91210211MA0U7P4C1 is Q, not 5" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "E10", why: "大连凌波传感科技有限公司 (same code) again under the same award as row 5" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E6", why: "小巨人 30 = its 30万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E9", why: "小巨人 30 = its 30万元" },
      { rule: "cap.unknown-policy", why: "both 奖励事项 are rows of the clause sheet" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "E11", why: "10 + 10 + 30 + 30 + 10 + 30 + 10 = 130 as typed" },
      { rule: "register.location-code-mismatch", why: "no place column; the codes' 210211 is 甘井子区, where the zone lies" },
    ],
  },
};
