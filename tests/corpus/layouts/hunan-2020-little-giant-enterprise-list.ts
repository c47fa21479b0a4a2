import type { CorpusLayout } from "../types";

// 湖南省工业和信息化厅 2020-07-20: 267 firms put up for comment as 2020年湖南省小巨人企业 (湘经信中小发展[2017]274号, 湘工信中小发展〔2020〕109号),
// recommended by the 市州 and the directly administered counties; the annexed list as a table with a 培育奖励 column of ours.
export const layout: CorpusLayout = {
  id: "hunan-2020-little-giant-enterprise-list",
  source: {
    title: "关于2020年湖南省小巨人企业拟认定名单的公示（附件：拟认定企业名单据公示拟）",
    url: "http://m.calcontract.com/News/Details/75490",
    publisher: "湖南省工业和信息化厅",
    date: "2020-07-20",
    changes:
      "As published: 267 firms recommended by 市州 and 省财政直管县 after expert review, the comment period 2020年7月20日至7月28日, the two phone lines. " +
      "The annexed list is not in the stored copy; the table (序号 | 企业名称 | 统一社会信用代码 | 所在市州 | 所属行业 | 培育奖励资金（万元）, 合计 at the " +
      "foot) is ours, eleven rows with invented firms and codes, and the 30万元 a firm is ours. Planted: 株洲天元精工 listed twice; 郴州苏仙有色's " +
      "code with a wrong check character; a firm of 萍乡市 (江西) in the list; the title's policy is in no catalog.",
  },
  classes: ["register", "recognition-list", "fixed-award", "credit-codes", "cities-as-places", "place-outside-province", "industry-column", "one-firm-two-rows", "item-in-title", "no-catalog", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "province-wide-list", "hunan"],
  settings: { district: "湖南省" },
  sheets: [
    {
      name: "拟认定名单",
      widths: [6, 30, 22, 10, 12, 18],
      rows: [
        ["2020年湖南省小巨人企业拟认定名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市州", "所属行业", "培育奖励资金（万元）"],
        [1, "长沙岳麓智测仪器有限公司", "91430104MA4L2QW63L", "长沙市", "仪器仪表", 30],
        [2, "株洲天元精工硬质合金有限公司", "91430211MA4PKD8E1A", "株洲市", "新材料", 30],
        [3, "湘潭岳塘电缆科技有限公司", "91430302MA4RB5XN7X", "湘潭市", "电工电器", 30],
        [4, "衡阳船山液压机械有限公司", "91430407MA4T0HJ924", "衡阳市", "装备制造", 30],
        [5, "岳阳洞庭石化助剂有限公司", "91430602MA4QY3CF5H", "岳阳市", "石油化工", 30],
        [6, "常德柳叶湖食品科技有限公司", "91430702MA4M9GU845", "常德市", "食品", 30],
        [7, "郴州苏仙有色新材料有限公司", "91431002MA4R6LT20A", "郴州市", "有色金属", 30],
        [8, "娄底涟钢配套耐材有限公司", "91431302MA4P7BK362", "娄底市", "新材料", 30],
        [9, "萍乡安源工业陶瓷有限公司", "91360302MA38K5PD1H", "萍乡市", "新材料", 30],
        [10, "长沙星沙汽车零部件有限公司", "91430121MA4TE1WX8M", "长沙市", "汽车零部件", 30],
        [11, "株洲天元精工硬质合金有限公司", "91430211MA4PKD8E1A", "株洲市", "新材料", 30],
        ["合计", null, null, null, null, 330],
        ["公示时间：2020年7月20日至7月28日。如有异议，请于公示期内实名反馈。联系电话：0731-88955596（省工信厅机关纪委），0731-88955534（中小企业发展促进处）", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A14:E14", "A15:F15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟认定名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "approved" },
      },
    ],
    findings: [
      { rule: "cap.unknown-policy", cell: "F3", why: "no catalog: the list's own policy (小巨人企业, from its title) has no cap to check against; reported once, at the first row's amount" },
      { rule: "register.duplicate", cell: "F13", why: "株洲天元精工硬质合金 (91430211MA4PKD8E1A) is already on row 4" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91431002MA4R6LT20A: the check character for 91431002MA4R6LT20 is 5, not A" },
      { rule: "register.ineligible-location", cell: "D11", why: "萍乡市 is a city of 江西, not of 湖南省" },
    ],
    absent: [
      { rule: "cap.unknown-policy", cell: "E4", why: "所属行业 is a category (industries), not a policy item" },
      { rule: "register.duplicate", cell: "F12", why: "two 长沙市 firms are different firms" },
      { rule: "register.location-code-mismatch", cell: "D11", why: "萍乡市's code (360302) agrees with its place; the place itself is outside" },
      { rule: "register.unpaid", why: "a list put up for comment, no payment columns" },
      { rule: "input.unreadable-value", why: "the notice line is text" },
    ],
  },
};
