import type { CorpusLayout } from "../types";

// 郑州市 2023-12 《郑州市加快推进跨境电商发展的若干措施》: rates of a cost or revenue base with ceilings (网络推广、独立站建设等费用的30%,
// 每年不超过50万元; 营业收入3%, 不超过100万元), a fixed 500 and banded 200 / 400 awards, as a catalog; the year's 兑现名单 (ours) on a
// second sheet with 核定基数 beside each award.
export const layout: CorpusLayout = {
  id: "zhengzhou-2023-cbec-measures-awards",
  source: {
    title: "郑州市加快推进跨境电商发展的若干措施（兑现名单据政策拟）",
    url: "http://henan.025b.com/2023-12-15/823201.html",
    publisher: "郑州市人民政府（转载）",
    date: "2023-12-15",
    changes:
      "As published: measures (一) 跨境电商应用, (二) 第三方跨境支付平台, (三) 龙头企业引进 and (五) 跨境电子商务服务, their rates, bases and " +
      "ceilings, cut to one line each. Ours: the item names, the 兑现名单 (firms, codes, bases, awards). Planted: a 服务企业 award of 85 on " +
      "营业收入 2,400 (3% = 72); 郑州港区跨境优选电子商务有限公司 given the 应用 support twice in the year.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-and-cap", "fixed-awards", "banded-fixed-awards", "base-column", "item-per-row",
    "credit-codes", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "dash-as-nothing", "city-policy", "henan",
  ],
  settings: { district: "郑州市" },
  sheets: [
    {
      name: "政策措施",
      widths: [6, 24, 96],
      rows: [
        ["郑州市加快推进跨境电商发展的若干措施（资金支持条款）", null, null],
        ["序号", "政策事项", "支持标准"],
        [1, "跨境电商应用扶持", "支持企业应用跨境电子商务拓展国际市场，对年进出口额达到1000万元以上的企业，按用于跨境电子商务的网络推广、独立站建设等费用30%的标准，每年给予不超过50万元资金扶持。"],
        [2, "第三方跨境支付平台奖励", "对取得中国人民银行《支付业务许可证》的第三方支付平台，在我市设立全国性或区域性总部，开展跨境电子商务结算业务，结算规模不低于100亿元的，给予一次性500万元资金奖励。"],
        [3, "龙头企业引进奖励", "对在郑州设立全国性或区域性总部的跨境电子商务企业，落户后整年度跨境电子商务进出口额首次超过5亿元、10亿元的，分别给予一次性200万元、400万元资金奖励。"],
        [4, "跨境电商服务企业奖励", "对服务跨境电商企业30家以上，营业收入不低于1000万元且申报年度增幅不低于10%的服务企业，按营业收入3%的标准，给予不超过100万元的一次性资金奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 22, 12, 12],
      rows: [
        ["2023年度郑州市跨境电商发展政策资金兑现名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策事项", "核定基数", "兑现金额"],
        [1, "郑州港区跨境优选电子商务有限公司", "914101734DXKB2TCHL", "跨境电商应用扶持", 120, 36],
        [2, "郑州金水丝路云商科技有限公司", "91410105FNEF4D90L3", "跨境电商应用扶持", 200, 50],
        [3, "中牟中原跨境供应链有限公司", "91410122R0FUCATRU8", "跨境电商服务企业奖励", 2400, 85],
        [4, "新密跨境电商服务有限公司", "914101836116BY7LM6", "跨境电商服务企业奖励", 4000, 100],
        [5, "郑州二七跨境电商平台有限公司", "914101020YF8CN87JC", "龙头企业引进奖励", "—", 400],
        [6, "郑州港区跨境优选电子商务有限公司", "914101734DXKB2TCHL", "跨境电商应用扶持", 80, 24],
        ["合计", null, null, null, null, 695],
        ["注：核定基数为网络推广、独立站建设等费用或营业收入（万元）；龙头企业引进奖励按档次兑现，无基数。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:E10", "A11:F11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F6", why: "跨境电商服务企业奖励 is 3% of 营业收入: 3% × 2,400 = 72; 85 awarded, 13 over (under the 100 ceiling, so the rate binds)" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "B9", why: "郑州港区跨境优选电子商务有限公司 (914101734DXKB2TCHL) has 跨境电商应用扶持 again in 2023, first at 1" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "30% × 200 = 60 is held to the 50 ceiling; 50 is exactly allowed" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F5", why: "50 is below 30% × 200 = 60" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F4", why: "30% × 120 = 36, as awarded" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "3% × 4,000 = 120 is held to 100; 100 awarded" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "龙头企业引进奖励 400 is its upper band" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F10", why: "合计 695 = 36 + 50 + 85 + 100 + 400 + 24 is no award" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F9", why: "30% × 80 = 24, as awarded (the row is a duplicate, not over its rate)" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "E8", why: "— in 核定基数: a banded award has no base" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 政策事项 is a catalog item word for word" },
    ],
  },
};
