import type { CorpusLayout } from "../types";

// 七台河市 (黑龙江) 2022: the city's digital-economy policy measures (clauses with prose caps: levels of one-off awards,
// fixed sums for hi-tech firms, a rate of revenue with yearly maxima) and a list of firms proposed for awards under them.
export const layout: CorpusLayout = {
  id: "qitaihe-2022-digital-economy-measures-awards",
  source: {
    title: "七台河市支持数字经济加快发展若干政策措施（一、培育引进市场主体）",
    url: "https://cnrepark.com/news/detail/238453.html",
    publisher: "七台河市人民政府",
    date: "2022",
    changes:
      "The clauses of 一、培育引进市场主体 (1. 领军企业 一事一议; 2. 营业收入首次超过1亿元、5亿元、10亿元 100 / 300 / 500万元, 百强企业落户 200万元, " +
      "首次进入百强 200万元, 首次认定高新技术企业 规上25 / 规下15万元, 复审通过 10万元; 3. 总部经济 1% / 0.8% / 0.5% of revenue, at most " +
      "1000 / 500 / 300万元 a year) are as published, split into one row per award; the short item names in 政策项目 are ours. The award list " +
      "(拟兑现企业名单) is ours: the page publishes only the measures. Firms, credit codes (valid, 七台河 codes 230902 / 230903 / 230904 / 230921) " +
      "and amounts are invented. Planted: 高新技术企业复审扶持 proposed at 15万元 where the clause gives 10万元; one credit code with a " +
      "wrong check character.",
  },
  classes: ["catalog", "register", "prose-caps", "levels-cap", "fixed-cap", "credit-code-column", "place-column", "total-row", "wanyuan-header", "heilongjiang"],
  sheets: [
    {
      name: "政策条款",
      widths: [8, 30, 90],
      rows: [
        ["七台河市支持数字经济加快发展若干政策措施（一、培育引进市场主体 摘录）", null, null],
        ["条款", "政策项目", "支持标准"],
        ["1", "引进数字经济领军企业扶持", "对引进企业和本地企业总投资在2亿元以上的项目进行重点扶持，对市场前景好、产业升级带动作用强、地方经济发展支撑力大的重大项目，采取“一事一议”、“一企一策”确定扶持政策。"],
        ["2", "数字制造企业营业收入首次突破奖励", "对营业收入首次超过1亿元、5亿元、10亿元的我市数字制造企业，分别给予一次性100万元、300万元、500万元奖励。"],
        ["2", "百强企业落户奖励", "对全国电子信息百强、软件百强、互联网百强企业在我市落户且投资超过2亿元的，经认定给予一次性200万元奖励。"],
        ["2", "首次进入全国百强奖励", "对我市企业首次进入全国电子信息百强、软件百强、互联网百强，经过认定且在我市入统纳税的，给予一次性200万元奖励。"],
        ["2", "首次认定国家级高新技术企业扶持", "对首次认定为国家级高新技术企业的，规模以上企业给予25万元扶持资金，规模以下企业给予15万元扶持资金。"],
        ["2", "高新技术企业复审扶持", "对复审通过认定的高新技术企业给予10万元扶持资金。"],
        ["3", "总部经济奖励", "对数字经济领域世界和国内500强、龙头企业及境内外上市企业来我市设立企业（集团）总部、区域总部和功能性总部的，五年内分别按其主营业务收入的1%、0.8%、0.5%给予奖励，每年奖励额最高1000万元、500万元、300万元。"],
        ["（责任单位：市发改委、市工信局、市财政局、市科技局、市商务局）", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 14, 30, 14, 24],
      rows: [
        ["七台河市2022年度支持数字经济加快发展政策拟兑现企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, "单位：万元", null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（区）", "政策项目", "拟兑现金额", "备注"],
        [1, "七台河云数科技有限公司", "91230903MA4JURQ28A", "桃山区", "数字制造企业营业收入首次突破奖励", 100, "营业收入首次超过1亿元"],
        [2, "七台河矽光电子有限公司", "91230902MAYUYU122L", "新兴区", "首次认定国家级高新技术企业扶持", 25, "规模以上企业"],
        [3, "七台河北辰软件有限公司", "91230903MA3FQEFLCH", "桃山区", "首次认定国家级高新技术企业扶持", 15, "规模以下企业"],
        [4, "七台河煤智信息技术有限公司", "91230904MA7JH4BXKA", "茄子河区", "高新技术企业复审扶持", 15, "2022年复审通过"],
        [5, "七台河数联网络科技有限公司", "91230902MABT5PRMU8", "新兴区", "首次认定国家级高新技术企业扶持", 25, "规模以上企业"],
        [6, "勃利县智农物联科技有限公司", "91230921MA793PCF4C", "勃利县", "数字制造企业营业收入首次突破奖励", 300, "营业收入首次超过5亿元"],
        [7, "七台河星链数据服务有限公司", "91230903MAR63F0WTM", "桃山区", "首次进入全国百强奖励", 200, "首次进入软件百强"],
        [8, "七台河润达智能装备有限公司", "91230904MAFLJ2K0XQ", "茄子河区", "首次认定国家级高新技术企业扶持", 25, "规模以上企业"],
        ["合计", null, null, null, null, 705, null],
        ["注：同一企业同一年度同类政策按就高原则享受，不重复兑现。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A12:E12", "A13:G13"],
      numberFormats: { "F4:F12": "0.00" },
    },
  ],
  settings: { district: "七台河市" },
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F7", why: "高新技术企业复审扶持 is a fixed 10万元; 15.00 proposed, 5.00万元 over" },
      { rule: "register.invalid-credit-code", sheet: "拟兑现名单", cell: "C8", why: "91230902MABT5PRMU8: the GB 32100 check character for 91230902MABT5PRMU is 7, not 8" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F9", why: "300.00 is the middle level of 100 / 300 / 500万元; the clause's largest is 500" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F6", why: "15.00 is the 规模以下 sum; the clause's largest is 25" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F10", why: "首次进入全国百强奖励 is a fixed 200万元: 200.00 is the award" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F12", why: "合计 705 = 100 + 25 + 15 + 15 + 25 + 300 + 200 + 25 is not an award" },
      { rule: "cap.rate-exceeded", why: "no row's item is the rate clause (总部经济奖励)" },
      { rule: "cap.unknown-policy", why: "every 政策项目 of the list is a row of the sheet's own clauses" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D9", why: "勃利县 is a county of 七台河市" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D7", why: "茄子河区 is a district of 七台河市" },
      { rule: "register.duplicate", sheet: "拟兑现名单", cell: "F11", why: "four different firms share 首次认定国家级高新技术企业扶持; no firm appears twice" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "levels in one sentence (分别给予一次性100万元、300万元、500万元): at most 500万元; 1亿 / 5亿 / 10亿 are thresholds" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "a fixed 200万元; 2亿元 is a condition" },
      { rule: "input.unreadable-value", why: "备注 is text describing the row; the note under the list is prose" },
    ],
  },
};
