import type { CorpusLayout } from "../types";

// 吉林省农业农村厅 2022-01-17: 对2021年全省棚室经济大县予以奖励的公示 — 吉政办发〔2021〕40号: a county whose new 温室、大棚
// reach 1000亩 and rank in the province's first three gets a one-off 500万元. Three counties applied (榆树市, 和龙市, 九台区).
// The notice is prose; laid out as the list such a 公示 annexes: county, its city, new area, rank, the award.
export const layout: CorpusLayout = {
  id: "jilin-2021-greenhouse-county-award",
  source: {
    title: "关于对2021年全省棚室经济大县予以奖励的公示",
    url: "http://7kfd-www.plus.jlntv.cn/folder3676/folder3677/folder3766/2022-01-19/EA1hFsFpsT4dHa3w.html",
    publisher: "吉林省农业农村厅",
    date: "2022-01-17",
    changes:
      "As published: the policy (吉政办发〔2021〕40号), the condition (新建温室、大棚面积累计达1000亩以上, 全省综合建设排名前3位), the one-off " +
      "一次性补助500万元 and the three counties (榆树市, 和龙市, 九台区). The notice names them in prose: the list (序号 | 县（市、区） | 所属市（州） | " +
      "2021年新建棚室面积（亩） | 综合排名 | 奖励金额（万元） | 备注), the areas and ranks are ours. Planted: 九台区 at 550万元 over the fixed 500万元.",
  },
  classes: ["register", "fixed-cap", "item-in-title", "year-in-title", "counties-as-applicants", "public-bodies-as-applicants", "area-column", "rank-column", "no-credit-codes", "province-wide-fund", "wanyuan-in-header", "total-at-foot", "short-list", "provincial-department", "jilin"],
  settings: { district: "吉林省" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 14, 12, 22, 10, 16, 24],
      rows: [
        ["2021年全省棚室经济大县奖励名单", null, null, null, null, null, null],
        ["序号", "县（市、区）", "所属市（州）", "2021年新建温室、大棚面积（亩）", "综合排名", "奖励金额（万元）", "备注"],
        [1, "榆树市", "长春市", 1860, 1, 500, "一次性补助"],
        [2, "和龙市", "延边州", 1425, 2, 500, "一次性补助"],
        [3, "九台区", "长春市", 1210, 3, 550, "一次性补助"],
        ["合计", null, null, 4495, null, 1550, null],
        ["注：补助资金重点支持棚膜建设生产环节补助、技术培训、病虫害防治以及品牌建设等。", null, null, null, null, null, null],
        ["公示期：2022年1月17日—1月19日。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A6:C6", "A7:G7", "A8:G8"],
    },
  ],
  catalog: {
    items: [
      {
        name: "棚室经济大县奖励",
        capType: "fixed",
        capAmount: 500,
        unit: "万元",
        year: 2021,
        document: "吉政办发〔2021〕40号：全省综合建设排名前3位的县（市、区）一次性补助500万元",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 6,
        columns: { B: "enterprise", C: "place", F: "approved" },
        year: 2021,
        item: "棚室经济大县奖励",
      },
    ],
    findings: [{ rule: "cap.exceeded", cell: "F5", why: "一次性补助500万元 (fixed); 九台区 550: 50万元 over" }],
    absent: [
      { rule: "cap.exceeded", cell: "F3", why: "500 is the fixed amount" },
      { rule: "cap.exceeded", cell: "F6", why: "合计 1550 is the list's total, not an award" },
      { rule: "register.ineligible-location", why: "长春市 and 延边州 are cities of 吉林省, the province the fund covers" },
      { rule: "input.unreadable-value", why: "面积 and 综合排名 are numbers; 备注 一次性补助 is text in a text column" },
      { rule: "register.duplicate", why: "three counties, each once" },
      { rule: "register.unpaid", why: "a list put up for comment (公示期 2022-01-17—01-19), no as-of date set" },
      { rule: "cap.unknown-policy", why: "the title names 棚室经济大县 … 奖励" },
    ],
  },
};
