import type { CorpusLayout } from "../types";

// 福建省科技厅等四部门 2010-04: the 通报 commending national innovative (pilot) enterprises and the provincial ones rated excellent, each given
// 50万元 of project funds — as a list by firm: 所在设区市 | 类别 | 奖励项目经费（万元）, 合计 at the foot. No credit codes (2010).
export const layout: CorpusLayout = {
  id: "fujian-2010-innovative-enterprise-project-fund-awards",
  source: {
    title: "关于表彰国家创新型（试点）企业及评估优秀的省级创新型企业的通报（奖励名单据正文拟）",
    url: "http://ischool.net.cn/jm/qyys/201004/t20100407_1310404.htm",
    publisher: "福建省科技厅、省经贸委、省国资委、省总工会 (news report)",
    date: "2010-04-07",
    changes:
      "The page is a news report: the three groups (国家创新型企业 given a further 50万元, 9 国家创新型试点企业, 15 省级创新型企业 rated 优秀) and the " +
      "50万元 each are as published; the list (title, columns, the firms — invented, none of the four the report names —, their cities) is ours, " +
      "cut to 4 + 5 + 6 rows. Planted: 福建闽江智能装备 listed as a 试点 firm and again as a 省级 firm (the same award twice in one year); the 合计 " +
      "typed 700 where the 15 rows of 50 add up to 750.",
  },
  classes: ["register", "fixed-award", "no-credit-codes", "cities-as-places", "category-column", "whole-wanyuan", "unit-in-headings", "total-at-foot", "signoff-line", "table-from-prose", "news-report", "province-fund", "fujian"],
  settings: { asOf: "2010-04-07", district: "福建省" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 32, 12, 24, 18],
      rows: [
        ["国家创新型（试点）企业及评估优秀的省级创新型企业项目经费奖励名单", null, null, null, null],
        ["序号", "企业名称", "所在设区市", "类别", "奖励项目经费（万元）"],
        [1, "福州榕信通信科技股份有限公司", "福州市", "国家创新型企业", 50],
        [2, "福建海峡环保装备有限公司", "龙岩市", "国家创新型企业", 50],
        [3, "厦门鹭岛电气有限公司", "厦门市", "国家创新型企业", 50],
        [4, "厦门嘉禾信息技术有限公司", "厦门市", "国家创新型企业", 50],
        [5, "福建闽江智能装备有限公司", "福州市", "国家创新型试点企业", 50],
        [6, "泉州刺桐纺织机械有限公司", "泉州市", "国家创新型试点企业", 50],
        [7, "漳州九龙江食品有限公司", "漳州市", "国家创新型试点企业", 50],
        [8, "三明沙溪新材料有限公司", "三明市", "国家创新型试点企业", 50],
        [9, "南平武夷竹业科技有限公司", "南平市", "国家创新型试点企业", 50],
        [10, "莆田湄洲湾鞋业有限公司", "莆田市", "评估优秀的省级创新型企业", 50],
        [11, "宁德三都澳电机有限公司", "宁德市", "评估优秀的省级创新型企业", 50],
        [12, "福建闽江智能装备有限公司", "福州市", "评估优秀的省级创新型企业", 50],
        [13, "泉州晋江陶瓷股份有限公司", "泉州市", "评估优秀的省级创新型企业", 50],
        [14, "龙岩紫金机械制造有限公司", "龙岩市", "评估优秀的省级创新型企业", 50],
        [15, "厦门同安生物科技有限公司", "厦门市", "评估优秀的省级创新型企业", 50],
        ["合计", null, null, null, 700],
        ["福建省科学技术厅　福建省经济贸易委员会　福建省人民政府国有资产监督管理委员会　福建省总工会", null, null, null, null],
      ],
      merges: ["A1:E1", "A18:D18", "A19:E19"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 18,
        columns: { B: "enterprise", C: "place", D: "category", E: "approved" },
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E14", why: "福建闽江智能装备有限公司 again at row 12 (省级), first at row 5 (试点): the same award in the same year" },
      { rule: "composition.total-mismatch", cell: "E18", why: "15 rows × 50 = 750, 合计 typed 700" },
      { rule: "cap.unknown-policy", cell: "E3", why: "no catalog: the list's own policy (its title's 项目经费奖励) has no cap to check against; reported once" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "all nine cities named are 福建省's" },
      { rule: "register.invalid-credit-code", why: "the list has no code column" },
      { rule: "cap.unknown-policy", cell: "D4", why: "类别 is the kind of firm (a category), not a policy item" },
      { rule: "register.unpaid", why: "a commendation list records no payments" },
      { rule: "input.unreadable-value", sheet: "奖励名单", cell: "A19", why: "the four issuers' sign-off is not a row" },
    ],
  },
};
