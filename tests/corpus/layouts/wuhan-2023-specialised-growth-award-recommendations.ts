import type { CorpusLayout } from "../types";

// 武汉市经济和信息化局 2023-01-30: the districts' recommendations for 2023's 中小企业专精特新成长奖励资金 — 国家级 “小巨人” of the fourth
// batch (and the first batch passing review) and 湖北省 “小巨人” of 2022 — annex 2, 推荐企业汇总表, filled by each 区（开发区）.
export const layout: CorpusLayout = {
  id: "wuhan-2023-specialised-growth-award-recommendations",
  source: {
    title: "关于做好2023年中小企业专精特新成长奖励资金兑现工作的通知（附件2：2023年中小企业专精特新成长奖励资金推荐企业汇总表）",
    url: "https://www.chacewang.com/newsdetail/news258932.html",
    publisher: "武汉市经济和信息化局",
    date: "2023-01-30",
    changes:
      "As published: the annex's name and number, the two kinds of firm the notice rewards (国家级 “小巨人” of the fourth batch or the " +
      "first batch passing review; 湖北省 “小巨人” of 2022), recommendation by 区（开发区）. The stored copy names the annex without its " +
      "body: its headings, the 填报单位 line, every firm, code and amount are ours, and no standard is given (the notice names none), so " +
      "no catalog. Planted: 武汉楚天精密仪器 recommended twice for the 国家级 award; a firm placed in 鄂州市华容区, outside 武汉; a code " +
      "with a wrong check character.",
  },
  classes: ["register", "item-column", "award-kind-column", "batch-column", "credit-codes", "districts-and-zones-as-places", "no-catalog", "city-fund", "filled-form-head", "wanyuan-in-header", "total-at-foot", "hubei"],
  settings: { asOf: "2023-02-03", district: "武汉市" },
  sheets: [
    {
      name: "附件2",
      widths: [6, 14, 30, 22, 30, 18, 14],
      rows: [
        ["附件2", null, null, null, null, null, null],
        ["2023年中小企业专精特新成长奖励资金推荐企业汇总表", null, null, null, null, null, null],
        ["填报单位（盖章）：                          填报日期：2023年2月", null, null, null, null, null, null],
        ["序号", "区（开发区）", "企业名称", "统一社会信用代码", "奖励类别", "认定批次", "申请奖励金额（万元）"],
        [1, "东湖高新区", "武汉光谷芯测科技有限公司", "91420100MA4K2B7N8Y", "国家级专精特新“小巨人”企业奖励", "第四批", 100],
        [2, "武昌区", "武汉楚天精密仪器有限公司", "91420106MA4KR3X5T1", "国家级专精特新“小巨人”企业奖励", "第四批", 100],
        [3, "洪山区", "武汉洪源新材料股份有限公司", "91420111MA49Q8L2HQ", "省级专精特新“小巨人”企业奖励", "2022年", 50],
        [4, "江汉区", "武汉汉江数控设备有限公司", "91420103MA4F6D1C94", "省级专精特新“小巨人”企业奖励", "2022年", 50],
        [5, "江夏区", "武汉江夏智能装备有限公司", "91420115MA4KJ7Y0P0", "国家级专精特新“小巨人”企业奖励", "第一批（复核通过）", 100],
        [6, "东西湖区", "武汉临空港生物医药有限公司", "91420112MA4L3M8W27", "省级专精特新“小巨人”企业奖励", "2022年", 50],
        [7, "鄂州市华容区", "湖北葛店光电材料有限公司", "91420700MA49XR6K1U", "省级专精特新“小巨人”企业奖励", "2022年", 50],
        [8, "江岸区", "武汉长江电缆附件有限公司", "91420102MA4KP2D3EE", "国家级专精特新“小巨人”企业奖励", "第四批", 100],
        [9, "武昌区", "武汉楚天精密仪器有限公司", "91420106MA4KR3X5T1", "国家级专精特新“小巨人”企业奖励", "第四批", 100],
        [10, "洪山区", "武汉南湖检测技术有限公司", "91420111MA4B8N2K63", "省级专精特新“小巨人”企业奖励", "2022年", 50],
        ["合计", null, null, null, null, null, 750],
      ],
      merges: ["A1:G1", "A2:G2", "A3:G3", "A15:F15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件2",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "batch", G: "requested" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "G13", why: "武汉楚天精密仪器有限公司 (91420106MA4KR3X5T1) again for 国家级专精特新“小巨人”企业奖励 in 2023; first at line 2" },
      { rule: "register.ineligible-location", cell: "B11", why: "鄂州市华容区 lies outside 武汉市" },
      { rule: "register.invalid-credit-code", cell: "D14", why: "91420111MA4B8N2K63: the check character of 91420111MA4B8N2K6 is G, not 3" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B5", why: "东湖高新区 is 武汉's development zone" },
      { rule: "register.ineligible-location", cell: "B6", why: "武昌、洪山、江汉、江夏、东西湖、江岸 are districts of 武汉市" },
      { rule: "register.location-code-mismatch", why: "the in-city codes carry 4201xx, 武汉's own authorities" },
      { rule: "register.duplicate", cell: "G7", why: "different firms under the 省级 award" },
      { rule: "cap.exceeded", why: "no catalog states these awards' amounts" },
      { rule: "register.unpaid", why: "a recommendation list records no payments" },
      { rule: "input.unreadable-value", cell: "F9", why: "认定批次 is text describing the row" },
    ],
  },
};
