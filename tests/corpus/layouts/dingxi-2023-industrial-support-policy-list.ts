import type { CorpusLayout } from "../types";

// 定西市 (甘肃) 工业产业扶持政策, as the province's service portal lists it: clauses 一–四 and 六 (支持重大项目建设,
// 入规纳统, 做大做强, 各类平台, 创新发展), each a paragraph with levels in one sentence (分别奖励10万元、30万元、50万元);
// the year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "dingxi-2023-industrial-support-policy-list",
  source: {
    title: "定西市工业产业扶持政策（政策来源：工业强市“1+5”政策、《定西市聚力强工业引领追赶发展实施方案(2022-2025)》等）",
    url: "https://zwfw.gansu.gov.cn/dingxi/tsfw/qyrzyqzq/HQZC/art/2023/art_5212cdd79a2c43378fa04d5ae99a052a.html",
    publisher: "甘肃政务服务网·定西（定西市）",
    date: "2023",
    changes:
      "The clause wording is as published (主要内容 一、二、三、四、六; clause 五 支持绿色体系建设 and the rest cut), split into one row " +
      "per award where a clause names two (the row names 重大项目建设奖励, 增加值增速奖励 … are ours, taken from the wording) and laid " +
      "out as 条款 | 政策项目 | 奖励标准; the stored copy breaks off after 省级技术创新示范企业每户奖励5, closed here as 5万元. The award " +
      "list on the second sheet is ours (firms, codes of 定西's counties 6211xx, amounts). Planted: 临洮洮河铸造 30.00 for 增加值增速奖励 " +
      "against the fixed 20万元; 定西恒泰机械制造 listed twice for 企业技术中心奖励; 漳县盐井食品's code ends 7 where GB 32100 gives L.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "sub-items-in-one-cell", "conditions-not-caps",
    "fixed-awards", "clause-number-column", "item-per-row", "credit-codes", "counties-as-places", "remark-column",
    "wanyuan-in-header", "total-at-foot", "gansu",
  ],
  sheets: [
    {
      name: "扶持政策",
      widths: [8, 26, 100],
      rows: [
        ["定西市工业产业扶持政策（主要内容 摘录）", null, null],
        ["条款", "政策项目", "奖励标准"],
        ["一、", "重大项目建设奖励", "支持重大项目建设。对纳入统计的制造业项目年内完成固定资产投资5000万元以上、1亿元以上和2亿元以上的，分别奖励10万元、30万元、50万元。"],
        ["二、", "企业入规纳统奖励", "支持企业入规纳统。对新建月度入库企业、新增规下转规上企业、退库后两年内重新入库的企业，分别给予每户50万元、20万元和10万元的奖励。"],
        ["三、", "增加值增速奖励", "支持企业做大做强。对年内完成工业增加值增速高、增量大的前5名企业，每户奖励20万元。"],
        ["三、", "产值首次突破奖励", "对年产值首次超过1亿元、2亿元、5亿元、10亿元、20亿元、30亿元、50亿元的企业，分别奖励10万元、20万元、30万元、50万元、60万元、80万元、100万元。"],
        ["四、", "智能工厂和数字化车间配套奖励", "支持创建各类平台。对新认定的省级智能工厂、数字化车间，分别给予承担单位100万元、50万元配套奖励。"],
        ["四、", "企业技术中心奖励", "对新认定的省级和市级企业技术中心分别奖励20万元、5万元。"],
        ["四、", "中小企业公共服务示范平台奖励", "对新认定的国家级、省级、市级中小企业公共服务示范平台和小型微型企业创业创新基地分别奖励20万元、10万元、5万元。"],
        ["六、", "专精特新企业奖励", "支持企业创新发展。对新认定的国家级专精特新“小巨人”企业和省级“专精特新”企业，每户分别奖励20万元、5万元。"],
        ["六、", "优秀新产品新技术奖励", "对省级优秀新产品新技术、省级技术创新示范企业每户奖励5万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 12, 26, 16, 26],
      rows: [
        ["定西市2023年度工业产业扶持政策拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县区", "奖励项目", "奖励金额（万元）", "备注"],
        [1, "甘肃陇原薯业科技有限公司", "91621102MA7K3D8F2A", "安定区", "重大项目建设奖励", 50, "年内完成固定资产投资2.3亿元"],
        [2, "陇西岐黄中药饮片有限公司", "91621122710934568R", "陇西县", "产值首次突破奖励", 20, "年产值首次超过2亿元"],
        [3, "定西华源建材有限公司", "91621102MA71P2Q6R0", "安定区", "企业入规纳统奖励", 20, "新增规下转规上企业"],
        [4, "临洮洮河铸造有限公司", "91621124MA72C5A3LW", "临洮县", "增加值增速奖励", 30, "工业增加值增速全市第2名"],
        [5, "定西恒泰机械制造有限公司", "91621102MA73KFW9DQ", "安定区", "企业技术中心奖励", 20, "省级企业技术中心"],
        [6, "陇西锦程铝业有限公司", "91621122MA76D8E1G0", "陇西县", "专精特新企业奖励", 5, "省级“专精特新”企业"],
        [7, "渭源秦祁农产品加工有限公司", "91621123MA7G9N4T5D", "渭源县", "企业技术中心奖励", 5, "市级企业技术中心"],
        [8, "通渭墨韵文化用品有限公司", "91621121MA77K2C5BG", "通渭县", "优秀新产品新技术奖励", 5, "省级优秀新产品"],
        [9, "定西恒泰机械制造有限公司", "91621102MA73KFW9DQ", "安定区", "企业技术中心奖励", 20, null],
        [10, "漳县盐井食品有限公司", "91621125MA78R4N2P7", "漳县", "企业入规纳统奖励", 10, "退库后两年内重新入库"],
        [11, "岷县当归生物科技有限公司", "91621126MA79M5T3QQ", "岷县", "产值首次突破奖励", 30, "年产值首次超过5亿元"],
        ["合计", null, null, null, null, 215, null],
      ],
      merges: ["A1:G1", "A14:E14"],
      numberFormats: { "F3:F14": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持政策", kind: "catalog", headerRow: 2, lastRow: 11, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "增加值增速奖励 is a fixed 20万元 a firm (每户奖励20万元); 30.00 proposed, 10.00万元 over" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F11", why: "定西恒泰机械制造 (91621102MA73KFW9DQ) has 企业技术中心奖励 already on row 7 for 2023" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C12", why: "91621125MA78R4N2P7: the GB 32100 check character of 91621125MA78R4N2P is L, not 7" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "扶持政策", cell: "C3", why: "levels in one sentence (分别奖励10万元、30万元、50万元): at most 50万元; 5000万元以上 / 1亿元以上 / 2亿元以上 are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "扶持政策", cell: "C5", why: "a fixed 20万元 a firm; 前5名 says which firms qualify" },
      { rule: "catalog.unreadable-standard", sheet: "扶持政策", cell: "C6", why: "seven levels in one sentence: at most 100万元; 首次超过1亿元 … 50亿元 are thresholds" },
      { rule: "catalog.unreadable-standard", sheet: "扶持政策", cell: "C8", why: "省级 / 市级 levels: 20万元 / 5万元, at most 20万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F3", why: "重大项目建设奖励 50.00 is the clause's largest level (2亿元以上)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "企业入规纳统奖励 20.00 is within the clause's largest level, 50万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F13", why: "产值首次突破奖励 30.00 is within the clause's largest level, 100万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F14", why: "合计 215 = 50 + 20 + 20 + 30 + 20 + 5 + 5 + 5 + 20 + 10 + 30 is not an award" },
      { rule: "cap.rate-exceeded", why: "no clause awarded here is a rate" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 of the list is a row of the sheet's own clauses" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F9", why: "渭源秦祁 has 企业技术中心奖励 once; the same item for another firm is no duplicate" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F13", why: "岷县当归 and 陇西岐黄 (row 4) share 产值首次突破奖励, not a firm" },
      { rule: "register.ineligible-location", why: "no fund district is set; every 县区 named is one of 定西市's" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C4", why: "91621122710934568R is valid (陇西县 621122, an organisation code 71093456-8)" },
      { rule: "input.unreadable-value", why: "备注 (年内完成固定资产投资2.3亿元, 首次超过5亿元) is text describing the row" },
    ],
  },
};
