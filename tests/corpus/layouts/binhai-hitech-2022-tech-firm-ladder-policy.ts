import type { CorpusLayout } from "../types";

// 天津滨海高新区 2022-03: 科技型企业梯度支持政策（“科企六条”）— six clauses in prose: matching the city's money 100% (高企, 瞪羚),
// a fixed award with a further maximum, 50万元 / 最高100万元 by level in one sentence, 200万元 on revenue and R&D thresholds,
// 最高800万元, 最高2000万元 over the stages of a listing. Each clause one row; the year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "binhai-hitech-2022-tech-firm-ladder-policy",
  source: {
    title: "量身定做！天津滨海高新区推出科技型企业梯度支持政策（“科企六条”）",
    url: "http://tmosaas.com/zonghe/2022/0325/73488.html",
    publisher: "总台天津总站（转载）",
    date: "2022-03-25",
    changes:
      "The six clauses are the published wording (第一条 … 第六条), each in one row of a table (序号 | 条款 | 支持内容), the 条款 being each clause's " +
      "own heading; the stored copy breaks off in 第六条 at 累计给予最高2000, so 万元奖励 closing it is ours. The award list on the second " +
      "sheet is ours (firms, codes of 滨海新区 120116, amounts, remarks). Planted: a “双五” firm paid 220 where the clause gives 200万元; a " +
      "独角兽 paid 850 over the 800 maximum; a 专精特新“小巨人” award, which is none of the six clauses.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "conditions-not-caps", "matching-rate", "max-cap", "fixed-awards", "item-column", "credit-codes", "no-place-column", "remark-names-sub-item", "wanyuan-caption", "tianjin"],
  settings: { asOf: "2022-10-31" },
  sheets: [
    {
      name: "科企六条",
      widths: [6, 26, 100],
      rows: [
        ["天津滨海高新区科技型企业梯度支持政策（“科企六条”）", null, null],
        ["序号", "条款", "支持内容"],
        [1, "高新技术企业奖励", "对首次通过认定、连续通过认定及外省市整体迁入的高新技术企业，高新区按市级财政拨付资金100%进行匹配。对资格到期未连续认定，其后再次申报并通过认定的高新技术企业，给予10万元奖励。在此基础上，根据企业创新积分排名情况，额外给予最高25万元奖励。"],
        [2, "天津市瞪羚企业奖励", "对首次通过评价的天津市瞪羚企业，在市级奖励资金基础上，高新区按市级财政拨付资金100%给予一次性奖励。"],
        [3, "天津市科技领军（培育）企业奖励", "对通过评价的天津市科技领军培育企业，给予一次性50万元奖励；对通过评价的天津市科技领军企业，给予最高100万元奖励。"],
        [4, "“双五”企业奖励", "对首次同时达到营业收入5亿元以上、研发投入强度5%以上的“双五”企业，给予一次性200万元奖励，用于鼓励企业加大科技研发投入。"],
        [5, "独角兽企业奖励", "对首次入选中国独角兽企业排行榜的企业，给予一次性最高800万元奖励，主要用于支持企业市场拓展。"],
        [6, "上市奖励", "对在上海证券交易所、深圳证券交易所和北京证券交易所上市的企业，根据企业上市前后不同阶段累计给予最高2000万元奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 30, 12, 30],
      rows: [
        ["2022年滨海高新区科技型企业梯度支持政策奖励兑现名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "奖励项目", "奖励金额", "备注"],
        [1, "天津华苑智能装备有限公司", "91120116MA1XDF10KK", "天津市科技领军（培育）企业奖励", 50, "科技领军培育企业"],
        [2, "天津海泰生物技术有限公司", "91120116MA08KEYY07", "天津市科技领军（培育）企业奖励", 100, "科技领军企业"],
        [3, "天津渤龙新能源科技有限公司", "91120116MAYEANFT97", "“双五”企业奖励", 220, "营业收入5.6亿元，研发投入强度6.2%"],
        [4, "天津未来智行科技有限公司", "91120116MAXQ87WQ1X", "独角兽企业奖励", 800, null],
        [5, "天津华苑云数据有限公司", "91120116MAW1QX5GJ1", "上市奖励", 600, "完成股份制改造及辅导备案"],
        [6, "天津滨海芯源电子有限公司", "91120116MAU799NJ2N", "上市奖励", 1400, "北京证券交易所上市"],
        [7, "天津海泰医疗器械有限公司", "91120116MATFM79TQ6", "专精特新“小巨人”企业奖励", 50, null],
        [8, "天津海泰光电有限公司", "91120116MAUUMD53YT", "独角兽企业奖励", 850, null],
        ["合计", null, null, null, 4070, null],
      ],
      merges: ["A1:F1", "A12:D12"],
      numberFormats: { "E4:E12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "科企六条", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E6", why: "渤龙新能源: “双五”企业奖励 is a one-off 200万元; 220 paid: 20万元 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E11", why: "海泰光电: 独角兽企业奖励 at most 800万元; 850 paid: 50万元 over" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", cell: "D10", why: "专精特新“小巨人”企业奖励 is none of the six clauses (1 row)" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "科企六条", cell: "C5", why: "领军培育 50万元 and 领军 最高100万元 in one sentence: a cap per sub-item, the item at most 100" },
      { rule: "catalog.unreadable-standard", sheet: "科企六条", cell: "C6", why: "a fixed 200万元; 5亿元以上 and 5%以上 are thresholds (conditions), not a cap or a rate" },
      { rule: "catalog.unreadable-standard", sheet: "科企六条", cell: "C7", why: "a maximum of 800万元" },
      { rule: "catalog.unreadable-standard", sheet: "科企六条", cell: "C8", why: "a maximum of 2000万元 over all stages" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E5", why: "科技领军企业 100: within 最高100万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E7", why: "独角兽 800: the maximum exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E9", why: "上市奖励 1,400 within 2,000" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E12", why: "合计 4,070 is not an award" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "eight firms, each once" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.unpaid", why: "a 2022 list before the year's deadline" },
      { rule: "input.unreadable-value", why: "备注 gives revenue and R&D intensity in words: text, not amounts" },
    ],
  },
};
