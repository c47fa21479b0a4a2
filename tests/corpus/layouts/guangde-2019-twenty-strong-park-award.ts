import type { CorpusLayout } from "../types";

// 广德市 2019-11: the plan for the province's 20强园奖补 money (150万元) — fixed awards by tier: 5万元 or
// 10万元 for leading firms whose 2018 processing output passed 1.5亿元 or 2亿元, 10万元 for output growth of
// 15% or more. The award list under such a plan: one row per firm and tier, the township, the output.
export const layout: CorpusLayout = {
  id: "guangde-2019-twenty-strong-park-award",
  source: {
    title: "关于广德市“20强园奖补”项目实施方案公示",
    url: "http://sylvanbeachfoundation.org/display/147381.html",
    publisher: "广德市农业农村局（宣城市项目申报栏目，转载）",
    date: "2019-11-07",
    changes:
      "The plan's text (资金来源 省财政资金, 资金额度150万元, the two tiers of 5万元 / 10万元 and the 10万元 for 15% growth, " +
      "皖农财〔2019〕565号) is as published and its standard is quoted in the note. The plan names no firms: the award list (title, " +
      "caption, columns 序号 | 企业名称 | 统一社会信用代码 | 所在乡镇 | 奖补类别 | 2018年农产品加工产值 | 奖补金额), firms, codes and " +
      "figures are ours; the towns are 广德's, save one. Planted: 誓节茶业 given 15 for the 10万元 growth award; 桐川农产品's 1.5亿元 " +
      "award listed twice; a firm in 港口镇 (宁国市).",
  },
  classes: ["register", "fixed-cap", "tiered-awards", "item-per-row", "credit-codes", "towns-as-places", "output-column", "wanyuan-caption", "notes-under-table"],
  settings: { district: "广德市" },
  sheets: [
    {
      name: "奖补名单",
      widths: [6, 30, 22, 10, 30, 16, 10],
      rows: [
        ["广德市2019年“20强园奖补”项目奖补企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "奖补类别", "2018年农产品加工产值", "奖补金额"],
        [1, "安徽广德竹源食品有限公司", "91341882MA2T4B7K3C", "桃州镇", "加工产值超过2亿元的龙头企业", 23600, 10],
        [2, "广德市桐川农产品加工有限公司", "91341882MA2N9D1X8Y", "新杭镇", "加工产值超过1.5亿元的龙头企业", 16850, 5],
        [3, "安徽誓节茶业有限公司", "91341882MA2RC5QJ65", "誓节镇", "加工产值增幅达15%以上的企业", 8420, 15],
        [4, "广德邱村粮油有限公司", "91341882MA2U0L3W1D", "邱村镇", "加工产值超过1.5亿元的龙头企业", 15300, 5],
        [5, "安徽广德竹源食品有限公司", "91341882MA2T4B7K3C", "桃州镇", "加工产值增幅达15%以上的企业", 23600, 10],
        [6, "广德杨滩生态农业有限公司", "91341882MA2P8YH726", "杨滩镇", "加工产值增幅达15%以上的企业", 6120, 10],
        [7, "广德市桐川农产品加工有限公司", "91341882MA2N9D1X8Y", "新杭镇", "加工产值超过1.5亿元的龙头企业", 16850, 5],
        [8, "宁国市港口山核桃食品有限公司", "91341881MA2W5E0G72", "港口镇", "加工产值增幅达15%以上的企业", 9870, 10],
        ["合计", null, null, null, null, null, 70],
        [
          "注：对2018年农产品加工产值超过1.5亿元和2亿元（以统计局数据为准）的龙头企业进行奖补，每个分别奖补5万元和10万元；2018年农产品加工产值比2017年增幅达15%以上的企业各奖补10万元。",
          null, null, null, null, null, null,
        ],
      ],
      merges: ["A1:G1", "A12:F12", "A13:G13"],
    },
  ],
  catalog: {
    items: [
      { name: "加工产值超过1.5亿元的龙头企业", capType: "fixed", capAmount: 5, unit: "万元", year: 2019, document: "皖农财〔2019〕565号；广德市“20强园奖补”项目实施方案" },
      { name: "加工产值超过2亿元的龙头企业", capType: "fixed", capAmount: 10, unit: "万元", year: 2019, document: "皖农财〔2019〕565号；广德市“20强园奖补”项目实施方案" },
      { name: "加工产值增幅达15%以上的企业", capType: "fixed", capAmount: 10, unit: "万元", year: 2019, document: "皖农财〔2019〕565号；广德市“20强园奖补”项目实施方案" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", G: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G6", why: "加工产值增幅达15%以上的企业 is a fixed 10万元; 15 given: 5万元 over" },
      { rule: "register.duplicate", cell: "G10", why: "广德市桐川农产品加工有限公司, 加工产值超过1.5亿元的龙头企业, 2019: already in row 5" },
      { rule: "register.ineligible-location", cell: "D11", why: "港口镇 is in 宁国市, not 广德市" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "G8", why: "竹源食品's second row is the growth award, another item than its 2亿元 tier award" },
      { rule: "cap.exceeded", cell: "G4", why: "10 is the 2亿元 tier's fixed amount" },
      { rule: "cap.exceeded", cell: "G12", why: "合计 is not an award" },
      { rule: "cap.unknown-policy", why: "every 奖补类别 is in the catalog" },
      { rule: "register.location-code-mismatch", why: "the 广德 firms carry 341882 codes; the 港口镇 firm's 341881 (宁国) agrees with its place, which is the finding" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "input.unreadable-value", why: "the note under the table is not a row" },
      { rule: "composition.total-mismatch", why: "an award list, not a budget composition; 加工产值 is the firms' output, not money awarded" },
    ],
  },
};
