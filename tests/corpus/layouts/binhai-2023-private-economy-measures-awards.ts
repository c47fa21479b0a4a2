import type { CorpusLayout } from "../types";

// 中评社 / 天津日报 2023-02 on 《滨海新区促进民营经济高质量发展若干措施》 (25条): 上市挂牌 最高补助500万元, a firm newly on the
// 全国民营企业500强 list with its head office in 滨海新区 given 1000万元 once — as a catalog, with a 兑现名单 (ours) on a second sheet:
// 序号 | 企业名称 | 统一社会信用代码 | 政策事项 | 兑现金额, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "binhai-2023-private-economy-measures-awards",
  source: {
    title: "天津市滨海新区“春笋行动”方案出台（若干措施支持标准与兑现名单据报道拟）",
    url: "http://49.213.3.36/doc/7_0_106608051_1.html",
    publisher: "中评社（据天津日报）",
    date: "2023-02-27",
    changes:
      "As published: 上市挂牌 最高补助500万元 and the 1000万元 one-off award for a new 全国民营企业500强 firm registered in 滨海新区 " +
      "(the report's other measures carry no figure and are left out). Ours: the item names, the 兑现名单 (firms, codes, amounts). Planted: " +
      "天津临港新材料股份有限公司's 上市挂牌补助 of 600 against the 500 ceiling; 天津渤化精细化工集团有限公司's code 91120116NP1FDFKYC6 " +
      "with a wrong check character (C5 is right).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-cap", "fixed-awards", "item-per-row", "credit-codes", "whole-wanyuan",
    "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "district-policy", "tianjin",
  ],
  settings: { district: "天津市滨海新区" },
  sheets: [
    {
      name: "支持标准",
      widths: [6, 28, 90],
      rows: [
        ["滨海新区促进民营经济高质量发展若干措施（资金支持条款摘录）", null, null],
        ["序号", "政策事项", "支持标准"],
        [1, "民营企业上市挂牌补助", "支持符合条件的民营企业上市挂牌，最高补助500万元。"],
        [2, "全国民营企业500强新入选奖励", "新入选全国民营企业500强且总部注册在滨海新区的企业，给予1000万元一次性奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 30, 12],
      rows: [
        ["2023年度滨海新区促进民营经济高质量发展政策兑现名单", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策事项", "兑现金额"],
        [1, "天津滨海芯联科技集团有限公司", "91120116JRTKP96XJT", "全国民营企业500强新入选奖励", 1000],
        [2, "滨海港航物流股份有限公司", "91120116H7CJFQYXLX", "民营企业上市挂牌补助", 500],
        [3, "天津泰达生物医药股份有限公司", "911201167TFC84X8BQ", "民营企业上市挂牌补助", 300],
        [4, "天津临港新材料股份有限公司", "91120116FGP56MMMJF", "民营企业上市挂牌补助", 600],
        [5, "天津滨海数字科技股份有限公司", "911201164HPBRNPC58", "民营企业上市挂牌补助", 200],
        [6, "天津渤化精细化工集团有限公司", "91120116NP1FDFKYC6", "全国民营企业500强新入选奖励", 1000],
        ["合计", null, null, null, 3600],
        ["注：上市挂牌补助按上市、挂牌进度分阶段兑现，累计不超过500万元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:D10", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "支持标准", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E7", why: "民营企业上市挂牌补助: 最高补助500万元; 600 awarded, 100 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C9", why: "91120116NP1FDFKYC6: the GB 32100 check character of 91120116NP1FDFKYC is 5, not 6" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E5", why: "500 = the ceiling, exactly allowed" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E4", why: "1000 = the fixed award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E10", why: "合计 3,600 = 1,000 + 500 + 300 + 600 + 200 + 1,000 is no award" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "E10", why: "1,000 + 500 + 300 + 600 + 200 + 1,000 = 3,600" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "B6", why: "four different firms share the 上市挂牌 item; none repeats" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 政策事项 is a catalog item word for word" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "A11", why: "the note under the table is no data" },
    ],
  },
};
