import type { CorpusLayout } from "../types";

// 安义县 (南昌, 江西) 做大做强工业经济十条政策措施, clauses (一)–(四): fixed awards per firm for first entry into the
// statistics (paid 60% / 40% over two years), 上台阶 levels in one sentence, growth and 百强 awards with conditions,
// 骏马 / 飞马 / 天马 awards to the management team, and a tax-contribution clause; the year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "anyi-2022-industrial-ten-measures",
  source: {
    title: "2022年南昌市安义县高新技术企业奖励政策：做大做强工业经济十条政策措施（一、做大工业经济总量 (一)—(四)）",
    url: "https://gqrdw.com/jiangxi/2930.html",
    publisher: "安义县人民政府（转载）",
    date: "2022",
    changes:
      "The wording of clauses (一)–(四) is as published, split into one row per award (the publication runs several awards " +
      "together in one paragraph; the row names 成长型企业首次入统奖励, 骏马奖 etc. are ours, taken from the clause wording), laid " +
      "out as a table (条款 | 政策项目 | 奖励标准). The award list on the second sheet is ours (firms, codes, towns, amounts; 安义县 " +
      "codes 360123). Planted: 龙津精密铝业 60.00 for 骏马奖 against the fixed 50万元; 鼎盛铝材 listed twice for 成长型企业首次入统奖励; " +
      "东阳机电 placed in 新建区长堎街道, outside 安义县.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "fixed-awards", "levels-in-one-sentence", "conditions-not-caps",
    "deferred-share-not-a-rate", "award-to-management-team", "clause-number-column", "credit-codes", "towns-as-places",
    "parks-as-places", "item-per-row", "remark-column", "wanyuan-in-header", "total-at-foot", "jiangxi",
  ],
  settings: { district: "安义县", asOf: "2022-12-10" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 22, 90],
      rows: [
        ["安义县做大做强工业经济十条政策措施（一、做大工业经济总量 摘录）", null, null],
        ["条款", "政策项目", "奖励标准"],
        ["（一）", "成长型企业首次入统奖励", "对首次入统的工业企业，由县级财政给予奖励。其中成长型企业首次转为规上企业的每户奖励10万元。奖励资金自企业入统后分两年拨付，第一年拨付奖励资金的60%，第二年拨付奖励资金的40%。"],
        ["（一）", "新投产入统企业奖励", "新投产（开业）入统企业每户奖励15万元。奖励资金自企业入统后分两年拨付，第一年拨付奖励资金的60%，第二年拨付奖励资金的40%。入统后两年内转为规模以下的企业，自企业下规年份起，剩余的奖励资金不予拨付。"],
        ["（二）", "工业企业上台阶奖", "对年主营业收入首次突破20亿、10亿元、5亿元的企业，分别奖励50万元、20万元、10万元。"],
        ["（二）", "工业企业增长奖", "对当年主营业务收入达3亿元且较上年增幅达30%及以上的企业，一次性奖励10万元。"],
        ["（二）", "省级制造业百强企业奖励", "对被评定为省级制造业“百强”企业，一次性奖励10万元。"],
        ["（三）", "骏马奖", "对年营业收入同比增幅25%及以上、纳税200万元以上且保持增长的规模以上企业，授予“骏马奖”，给予其高层管理团队50万元奖励。"],
        ["（三）", "飞马奖", "年营业收入同比增幅达50%及以上、纳税200万元以上且保持增长的，授予“飞马奖”，给予其高层管理团队100万元奖励。"],
        ["（三）", "天马奖", "三年内实现倍增目标的企业，授予“天马奖”，给予其高层管理团队200万元奖励。"],
        ["（四）", "园区用地企业税收奖励", "对园区用地企业，年税收超300万元以上且当年亩均税收≧10万元，给予一次性20万元的奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 16, 22, 14, 18],
      rows: [
        ["安义县2022年度做大做强工业经济政策拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇（园区）", "奖励项目", "奖励金额（万元）", "备注"],
        [1, "安义县鼎盛铝材有限公司", "91360123MA3DTQNDK3", "鼎湖镇", "成长型企业首次入统奖励", 10, "2022年首次入统"],
        [2, "江西万埠新材料科技有限公司", "91360123MAJ3MANW5E", "万埠镇", "新投产入统企业奖励", 15, null],
        [3, "安义县长埠建材有限公司", "91360123MALJC5F60R", "长埠镇", "工业企业上台阶奖", 20, "主营业务收入首次突破10亿元"],
        [4, "江西龙津精密铝业有限公司", "91360123MA8X2YDJUP", "安义工业园区", "骏马奖", 60, "营收增幅31.2%"],
        [5, "安义县石鼻电子有限公司", "91360123MA1DE2AUGU", "石鼻镇", "工业企业增长奖", 10, null],
        [6, "江西乔乐机械有限公司", "91360123MADEP26C1R", "乔乐乡", "飞马奖", 100, "营收增幅56.8%"],
        [7, "安义县黄洲食品有限公司", "91360123MAWYDCWXUR", "黄洲镇", "省级制造业百强企业奖励", 10, null],
        [8, "安义县鼎盛铝材有限公司", "91360123MA3DTQNDK3", "鼎湖镇", "成长型企业首次入统奖励", 10, null],
        [9, "江西新民塑业有限公司", "91360123MAM7A92LBP", "新民乡", "工业企业上台阶奖", 50, "主营业务收入首次突破20亿元"],
        [10, "南昌东阳机电有限公司", "91360112MAD46NTY39", "新建区长堎街道", "新投产入统企业奖励", 15, null],
        ["合计", null, null, null, null, 300, null],
      ],
      merges: ["A1:G1", "A13:E13"],
      numberFormats: { "F3:F13": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 11, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "骏马奖 is a fixed 50万元 to the management team; 60.00 proposed, 10.00万元 over" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F10", why: "鼎盛铝材 (91360123MA3DTQNDK3) has 成长型企业首次入统奖励 already on row 3 for 2022" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D12", why: "新建区长堎街道 is in 南昌市新建区, not 安义县" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "a fixed 10万元 a firm; 60% / 40% are the shares paid in each of two years, not a rate of a base" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "levels in one sentence (分别奖励50万元、20万元、10万元): at most 50万元; 20亿 / 10亿 / 5亿 are thresholds" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "a fixed 10万元; 3亿元 and 30%及以上 are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C8", why: "a fixed 50万元; 25%及以上 and 200万元以上 are conditions" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F11", why: "工业企业上台阶奖 50.00 is the clause's largest level (首次突破20亿元)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "飞马奖 is a fixed 100万元: 100.00 is the award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F13", why: "合计 300 = 10 + 15 + 20 + 60 + 10 + 100 + 10 + 10 + 50 + 15 is not an award" },
      { rule: "cap.rate-exceeded", why: "no clause awarded here is a rate; 60% is a payment share" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 of the list is a row of the sheet's own clauses" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D6", why: "安义工业园区 lies in 安义县" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D8", why: "乔乐乡 is a township of 安义县" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", cell: "C12", why: "the row's place is already outside the county; the mismatch rule is for rows placed inside" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F7", why: "长埠建材 and 新民塑业 (row 11) share 工业企业上台阶奖, not a firm" },
      { rule: "input.unreadable-value", why: "备注 (营收增幅31.2%, 首次突破10亿元) is text describing the row" },
    ],
  },
};
