import type { CorpusLayout } from "../types";

// 庆阳市 2023: 支持深化文旅融合发展若干政策之品牌创建奖励 — one-off awards by brand level, each clause listing its levels
// and then 分别 their amounts (200 / 50 / 30万元 for 5A / 4A / 3A; one 100万元 for two kinds of 示范区), a clause with no amount,
// and the note that a brand moving up is paid the difference. Laid out as the clause table and the year's award list under it.
export const layout: CorpusLayout = {
  id: "qingyang-2023-culture-tourism-brand-awards",
  source: {
    title: "庆阳市支持深化文旅融合发展若干政策之品牌创建奖励（陇东报 2023-09-05）",
    url: "http://m1vets.org/content/2023-09/05/content_660327.htm",
    publisher: "庆阳市（陇东报报道，转载）",
    date: "2023-09-05",
    changes:
      "As published: the six sentences of 奖补办法 (quoted in 奖励标准) and the two 相关说明 (新评定 since 2023年4月; 晋级补发差额), kept as the note " +
      "under the list. The report is prose: the clause table, its 序号 and 奖励事项 names are ours. The second sheet " +
      "(庆阳市2023年度文化旅游品牌创建奖励资金拟兑现名单: 序号 | 县（区） | 单位名称 | 奖励类别 | 评定等级 | 奖励金额 | 备注) is ours: units and " +
      "figures invented. Planted: a 5A景区 at 220 over the clause's largest amount 200; a 甲级民宿 at 25 over 20; a 平凉市泾川县 景区 on 庆阳's list.",
  },
  classes: ["catalog", "register", "prose-caps", "fixed-cap", "levels-in-one-sentence", "one-amount-for-two-levels", "unreadable-standard", "two-sheets", "item-column", "level-column", "top-up-difference-in-remark", "no-credit-codes", "counties-as-places", "wanyuan-caption", "remark-column", "notes-under-table", "gansu"],
  settings: { district: "庆阳市" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 24, 90],
      rows: [
        ["庆阳市支持深化文旅融合发展若干政策之品牌创建奖励", null, null],
        ["序号", "奖励事项", "奖励标准"],
        [1, "A级旅游景区奖励", "对新评定的国家5A、4A、3A级旅游景区，分别一次性奖励200万元、50万元、30万元。"],
        [2, "星级旅游饭店奖励", "对新评为国家五星级、四星级的旅游饭店，分别一次性奖励50万元、20万元。"],
        [3, "文旅融合示范区奖励", "对新评定的全国红色旅游融合发展示范区、国家文化产业和旅游产业融合发展示范区，分别一次性奖励100万元。"],
        [4, "夜间文旅消费集聚区奖励", "对新评定的国家级、省级夜间文化和旅游消费集聚区或文化旅游休闲街区，分别一次性奖励50万元、30万元。"],
        [5, "旅游民宿奖励", "对新评定的全国甲级、乙级旅游民宿，分别一次性奖励20万元、10万元。"],
        [6, "其它省级旅游品牌", "其它省级评定的乡村旅游示范村、全域旅游示范县等旅游品牌以省级奖励为主。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 14, 32, 22, 12, 12, 34],
      rows: [
        ["庆阳市2023年度文化旅游品牌创建奖励资金拟兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "县（区）", "单位名称", "奖励类别", "评定等级", "奖励金额", "备注"],
        [1, "庆城县", "庆城周祖古城文化旅游有限公司", "A级旅游景区奖励", "国家5A级", 220, null],
        [2, "华池县", "华池南梁红色旅游开发有限公司", "A级旅游景区奖励", "国家4A级", 50, null],
        [3, "正宁县", "正宁调令关森林旅游有限公司", "A级旅游景区奖励", "国家4A级", 20, "2022年已获3A级奖励30万元，晋级补发差额"],
        [4, "合水县", "合水子午岭生态旅游有限公司", "A级旅游景区奖励", "国家3A级", 30, null],
        [5, "西峰区", "庆阳岐黄大酒店有限公司", "星级旅游饭店奖励", "五星级", 50, null],
        [6, "西峰区", "庆阳香包文化酒店有限公司", "星级旅游饭店奖励", "四星级", 20, null],
        [7, "西峰区", "西峰区南大街文化旅游休闲街区运营中心", "夜间文旅消费集聚区奖励", "省级", 30, null],
        [8, "环县", "环县道情皮影民宿有限公司", "旅游民宿奖励", "全国甲级", 25, null],
        [9, "宁县", "宁县义渠古国民宿专业合作社", "旅游民宿奖励", "全国乙级", 10, null],
        [10, "镇原县", "镇原潜夫山文旅融合发展有限公司", "文旅融合示范区奖励", "国家级", 100, null],
        [11, "平凉市泾川县", "泾川西王母宫景区管理有限公司", "A级旅游景区奖励", "国家4A级", 50, null],
        ["合计", null, null, null, null, 605, null],
        ["注：新评定是指2023年4月以后由文旅主管部门评定。品牌评定成功即给予奖励，对已经奖励过的品牌成功晋级的，按照标准补发差额。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A15:E15", "A16:G16"],
      numberFormats: { "F4:F15": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 8, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "item", E: "category", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C8", why: "以省级奖励为主: no amount, rate or maximum" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F4", why: "A级旅游景区奖励 is at most 200万元 (5A, its largest level); 220.00 proposed: 20.00 over" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F11", why: "旅游民宿奖励 is at most 20万元 (甲级, its largest level); 25.00 proposed: 5.00 over" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "B14", why: "泾川县 is a county of 平凉市, outside 庆阳市" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C3", why: "5A / 4A / 3A: 分别 200, 50, 30万元" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C4", why: "五星级 50, 四星级 20万元" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C5", why: "one amount, 100万元, for each of the two kinds of 示范区" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C6", why: "国家级 50, 省级 30万元" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C7", why: "甲级 20, 乙级 10万元" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F6", why: "20.00 is the difference 50 − 30 the note allows for a brand moving up from 3A to 4A" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F8", why: "五星级 50.00 is the clause's amount" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F13", why: "文旅融合示范区 100.00 is the clause's amount" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F15", why: "合计 605.00 is not an award (= 220 + 50 + 20 + 30 + 50 + 20 + 30 + 25 + 10 + 100 + 50)" },
      { rule: "register.duplicate", why: "no unit appears twice; three 西峰区 rows are three different units" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "B5", why: "庆城县 and the other 县（区） of rows 4–13 are counties of 庆阳市" },
      { rule: "input.unreadable-value", why: "the 备注 text and the note under the table are text by nature" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 names a catalog row" },
    ],
  },
};
