import type { CorpusLayout } from "../types";

// 大公网 2017-08 on 河南省财政厅、商务厅's 《河南自由贸易试验区和跨境电子商务综合试验区省级专项资金管理暂行办法》: the 自贸区
// awards with their ceilings (跨国公司总部 ≤2000, 国内500强 ≤300, 世界500强 ≤500, 多式联运 / 外贸综合服务 ≤100万元) as a catalog,
// and a year's award list (ours) on a second sheet: 序号 | 企业名称 | 统一社会信用代码 | 所在地 | 支持事项 | 奖励金额（万元）.
export const layout: CorpusLayout = {
  id: "henan-2017-ftz-cbec-fund-awards",
  source: {
    title: "企业总部设在河南自贸区 最高可奖2000万（专项资金支持标准与奖励名单据报道拟）",
    url: "http://news.takungpao.cn/mainland/topnews/2017-08/3480063.html",
    publisher: "大公网（河南省财政厅消息）",
    date: "2017-08-04",
    changes:
      "As published: the four 自贸区 awards and their ceilings in the report's words. Ours: the catalog laid out as a table, the award list " +
      "(firms, codes, amounts), the note. Planted: a 新落户国内500强企业奖励 of 350 against its 300 ceiling; 郑州豫欧外贸综合服务有限公司's code " +
      "9141010430EQCJ59Q8 with a wrong check character (Q7 is right).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-cap", "item-per-row", "credit-codes", "cities-as-places",
    "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "支持标准",
      widths: [6, 36, 90],
      rows: [
        ["河南自贸试验区省级专项资金支持标准（据《暂行办法》拟）", null, null],
        ["序号", "支持事项", "支持标准"],
        [1, "新设立跨国公司总部企业奖励", "经河南省自贸办审核认定后，按照项目投资规模，对新设立跨国公司总部企业给予不超过2000万元的奖励。"],
        [2, "新落户国内500强企业奖励", "对新落户的国内500强企业（不含连锁餐饮娱乐、百货超市）给予不超过300万元的奖励。"],
        [3, "新落户境外世界500强企业奖励", "对新落户的境外世界500强企业给予不超过500万元的奖励。"],
        [4, "多式联运物流集成商、外贸综合服务企业奖励", "对参与多式联运业务的物流集成商、外贸综合服务等企业，给予不超过100万元的奖励。"],
        ["注：同一项目仅限申报一种扶持方式，获得中央和省级其他财政资金的项目不予扶持。", null, null],
      ],
      merges: ["A1:C1", "A7:C7"],
    },
    {
      name: "奖励名单",
      widths: [6, 34, 22, 10, 38, 16],
      rows: [
        ["2018年河南自贸试验区省级专项资金奖励名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在地", "支持事项", "奖励金额（万元）"],
        [1, "河南中原跨国供应链总部有限公司", "914101733Q9WXYFGN6", "郑州市", "新设立跨国公司总部企业奖励", 1500],
        [2, "郑州华信商贸投资有限公司", "91410105BPCHBPH5LH", "郑州市", "新落户国内500强企业奖励", 350],
        [3, "开封宋都国际贸易有限公司", "91410296FXLD6R3B9X", "开封市", "多式联运物流集成商、外贸综合服务企业奖励", 80],
        [4, "洛阳丝路多式联运有限公司", "91410311CLQCN3M7R1", "洛阳市", "多式联运物流集成商、外贸综合服务企业奖励", 100],
        [5, "郑州环亚电子（中国）区域总部有限公司", "914101731A63Q7EKHG", "郑州市", "新落户境外世界500强企业奖励", 500],
        [6, "郑州豫欧外贸综合服务有限公司", "9141010430EQCJ59Q8", "郑州市", "多式联运物流集成商、外贸综合服务企业奖励", 60],
        ["合计", null, null, null, null, 2590],
        ["注：奖励资金由省财政通过转移支付下达各片区所在市，由市财政拨付企业。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:E9", "A10:F10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "支持标准", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F4", why: "新落户国内500强企业奖励: 不超过300万元; 350 awarded, 50 over" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "C8", why: "9141010430EQCJ59Q8: the GB 32100 check character of 9141010430EQCJ59Q is 7, not 8" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F7", why: "世界500强 500 = its ceiling, exactly allowed" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F6", why: "多式联运 100 = its ceiling" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F3", why: "跨国公司总部 1,500 under 2,000" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F9", why: "合计 2,590 = 1,500 + 350 + 80 + 100 + 500 + 60 is no award" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "F9", why: "1,500 + 350 + 80 + 100 + 500 + 60 = 2,590" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "B6", why: "three different firms share the 多式联运 item; none repeats" },
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "D5", why: "开封市 is in 河南省" },
      { rule: "cap.unknown-policy", sheet: "奖励名单", why: "every 支持事项 is a catalog item word for word" },
    ],
  },
};
