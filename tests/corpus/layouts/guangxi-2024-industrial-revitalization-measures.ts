import type { CorpusLayout } from "../types";

// 广西壮族自治区人民政府办公厅 2024-02: 广西实施新一轮工业振兴三年行动的若干政策措施, as 新华网 reported its money clauses — 5000万元 a project at
// most, 100万元 for a first national 单项冠军 / 小巨人, 1亿元 of 融资补助 a project at most, a 20亿元-plus 前期工作周转资金, 产业基金 for 标志性工程.
export const layout: CorpusLayout = {
  id: "guangxi-2024-industrial-revitalization-measures",
  source: {
    title: "广西加大新一轮工业振兴三年行动资金支持（新华网；政策条款表及兑现表据报道拟）",
    url: "http://www.gx.xinhuanet.com/20240220/a322f4ec319e4eefb4d3b5e4f697fd4b/c.html",
    publisher: "新华网（记者徐海涛）",
    date: "2024-02-20",
    changes:
      "As published: the five money clauses and their wording (一定比例, 单个项目最高不超过5000万元; 不超过100万元的一次性奖励; 一定比例的贴息, 期限不超过3年, " +
      "单个项目融资补助最高不超过1亿元; 设立20亿元以上周转资金; 支持工程所在市设立产业基金). The report is prose; the clause table (序号 | 支持事项 | 支持标准 " +
      "under 一、二 headings) is laid out from it, and the second sheet (the year's payments by firm) is ours: invented firms and codes, our amounts. " +
      "Planted: 南宁青秀智能装备 given 120 where the award is at most 100; 钦州港石化新材料 given 10,500万元 of 融资补助 where a project gets at most 1亿元.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "max-cap", "cap-in-yiyuan", "two-titles-in-one-clause", "fund-pool-not-cap", "no-amount-clause", "section-heading-rows", "item-per-row", "credit-codes", "cities-as-places", "wanyuan-in-header", "total-at-foot", "table-from-prose", "news-report", "province-policy", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 34, 72],
      rows: [
        ["广西实施新一轮工业振兴三年行动若干政策措施资金条款表", null, null],
        ["序号", "支持事项", "支持标准"],
        ["一、支持工业科技创新", null, null],
        [1, "关键核心技术产业化项目支持", "对制造业关键核心技术产业化项目和制造业创新成果大规模工业化应用项目，自治区按照固定资产投资的一定比例给予支持，单个项目最高不超过5000万元。"],
        [2, "单项冠军和专精特新“小巨人”企业初次认定奖励", "对获得国家初次认定的制造业单项冠军企业和专精特新“小巨人”企业给予不超过100万元的一次性奖励。"],
        ["二、支持重大工业项目建设", null, null],
        [3, "“双百双新”“千企技改”项目融资补助", "自治区本级财政对符合条件的“双百双新”产业项目、“千企技改”工程项目予以融资支持，对项目建设贷款给予一定比例的贴息，期限不超过3年，单个项目融资补助最高不超过1亿元。"],
        [4, "重大产业标志性工程产业基金", "对产业发展具有明显引领带动作用的制造业重大产业标志性工程，自治区本级财政支持工程所在市设立相关产业基金。"],
        [5, "工业项目前期工作周转资金", "设立20亿元以上工业项目前期工作周转资金，通过设区市先期使用资金，供地后资金拨付按国库集中支付制度执行。"],
      ],
      merges: ["A1:C1", "A3:C3", "A6:C6"],
    },
    {
      name: "2024年兑现",
      widths: [6, 28, 22, 10, 40, 16],
      rows: [
        ["2024年新一轮工业振兴政策资金兑现表", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "支持事项", "兑现金额（万元）"],
        [1, "柳州柳江新能源电驱有限公司", "91450206MA5N3KQ725", "柳州市", "关键核心技术产业化项目支持", 3200],
        [2, "桂林七星光电材料股份有限公司", "91450305MA5KW8D13L", "桂林市", "单项冠军和专精特新“小巨人”企业初次认定奖励", 100],
        [3, "南宁青秀智能装备有限公司", "91450103MA5PF6YT42", "南宁市", "单项冠军和专精特新“小巨人”企业初次认定奖励", 120],
        [4, "钦州港石化新材料有限公司", "91450702MA5L9XH051", "钦州市", "“双百双新”“千企技改”项目融资补助", 10500],
        [5, "玉林玉柴配套铸造有限公司", "91450902MA5R2CN86Y", "玉林市", "“双百双新”“千企技改”项目融资补助", 6800],
        [6, "梧州岑溪精密陶瓷有限公司", "91450403MA5MJ7UE27", "梧州市", "单项冠军和专精特新“小巨人”企业初次认定奖励", 80],
        ["合计", null, null, null, null, 20800],
      ],
      merges: ["A1:F1", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "2024年兑现",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C8", why: "支持工程所在市设立产业基金 gives no amount, rate or maximum" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C9", why: "20亿元以上 is the size of a pool (a floor), never a cap per project; nothing else is given" },
      { rule: "cap.exceeded", sheet: "2024年兑现", cell: "F5", why: "初次认定奖励 is at most 100万元: 南宁青秀智能装备 given 120, 20 over" },
      { rule: "cap.exceeded", sheet: "2024年兑现", cell: "F6", why: "融资补助 is at most 1亿元 = 10,000万元 a project: 钦州港石化新材料 given 10,500, 500 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "一定比例 with 单个项目最高不超过5000万元: a maximum" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "不超过100万元: a maximum, one for both titles" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C7", why: "单个项目融资补助最高不超过1亿元: a maximum in 亿元; 期限不超过3年 is a term, not money" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "A3", why: "一、二 headings group the clauses; they are no items" },
      { rule: "cap.exceeded", sheet: "2024年兑现", cell: "F7", why: "6,800 is under the 10,000万元 (1亿元) maximum" },
      { rule: "cap.exceeded", sheet: "2024年兑现", cell: "F3", why: "3,200 is under 5,000" },
      { rule: "cap.exceeded", sheet: "2024年兑现", cell: "F4", why: "100 is the maximum itself" },
      { rule: "cap.unknown-policy", sheet: "2024年兑现", why: "every 支持事项 is a clause of the first sheet" },
      { rule: "register.ineligible-location", sheet: "2024年兑现", why: "every firm is in a city of 广西" },
      { rule: "register.duplicate", sheet: "2024年兑现", why: "six different firms" },
      { rule: "composition.total-mismatch", sheet: "2024年兑现", why: "3,200 + 100 + 120 + 10,500 + 6,800 + 80 = 20,800" },
    ],
  },
};
