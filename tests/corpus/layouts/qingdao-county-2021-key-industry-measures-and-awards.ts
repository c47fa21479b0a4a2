import type { CorpusLayout } from "../types";

// A county-level city of 青岛 (2021): its measures carrying out 鲁政字〔2020〕221号 and 青政字〔2021〕21号 — 一、支持企业做大做强, clauses 1–4
// with their awards in words and the 责任单位 after each. Laid out as the clause list (序号 | 政策条款 | 支持标准 | 责任单位, the part's heading
// merged across) and, on a second sheet, an award list naming each firm's clause.
export const layout: CorpusLayout = {
  id: "qingdao-county-2021-key-industry-measures-and-awards",
  source: {
    title: "关于贯彻落实省支持八大发展战略财政政策加快重点产业高质量发展的若干政策措施（青岛市所辖县级市，转载）（政策条款及兑现名单据正文拟）",
    url: "https://gqrdw.cn/zhengce/88.html",
    publisher: "青岛市所辖县级市人民政府（gqrdw.cn 转载；转载页未载发文机关）",
    changes:
      "Clauses 1–4 of part 一 kept word for word (the awards by band of 营业收入 and of its growth, the 批发业 award per 1亿元 of growth capped at " +
      "50万元 a year, the one-off 升规纳统 awards of 20万元 and 10万元, the 30万元 / 20万元 awards to chosen service firms) with their 责任单位; clause " +
      "5 onward is cut, the stored copy breaking off there. The reprint names neither the city nor the document's title: the title above is written " +
      "from its preamble. The award list is ours (firms, codes, amounts). Planted: 青岛德润仓储服务有限公司 given 25万元 under 支持升规纳统, whose " +
      "largest award is 20万元; 青岛海川工业设计有限公司 given 35万元 under 支持服务业企业发展壮大, whose largest is 30万元.",
  },
  classes: [
    "catalog", "register", "catalog-and-list", "prose-caps", "band-awards", "fixed-award", "capped-per-measure", "section-heading-row",
    "responsible-unit-column", "credit-codes", "item-column", "whole-wanyuan", "total-at-foot", "policy-text", "county-city-measures", "shandong",
  ],
  settings: { district: "青岛市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 24, 80, 30],
      rows: [
        ["贯彻落实省支持八大发展战略财政政策加快重点产业高质量发展若干政策措施（摘录）", null, null, null],
        ["序号", "政策条款", "支持标准", "责任单位"],
        ["一、支持企业做大做强", null, null, null],
        [1, "支持规模扩张", "对年营业收入首次超过100亿元、50亿元、30亿元、20亿元、10亿元的规模以上工业企业、规模以上服务业企业（不含房地产企业），分别一次性给予企业100万元、50万元、30万元、20万元、10万元奖励。对年营业收入同比增长达到10亿元、5亿元、1亿元的规模以上工业企业、规模以上服务业企业（不含房地产企业），分别一次性给予企业20万元、10万元、5万元奖励。", "市科技和工业信息化局、市发展改革局"],
        [2, "培育壮大批发业", "对纳统的限上批发业企业，年销售额每增长1亿元奖励5万元，年度奖励上限为50万元。", "市商务局"],
        [3, "支持升规纳统", "对首次纳入统计范围的规模以上工业、规模以上服务业、限额以上批发零售业企业，给予一次性20万元奖励，对限额以上住宿餐饮业企业给予一次性10万元奖励。", "市发展改革局、市科技和工业信息化局、市商务局、市文化和旅游局"],
        [4, "支持服务业企业发展壮大", "对年营业收入达到亿元以上且营收增长高于全市平均增速10个百分点以上的生产性服务业企业，择优评选10家企业给予30万元一次性奖励。对年度营收增速高于全市平均增速10个百分点以上的其他营利性服务业企业，择优评选5家企业给予20万元一次性奖励。", "市发展改革局"],
      ],
      merges: ["A1:D1", "A3:D3"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 24, 14],
      rows: [
        ["2021年度支持企业做大做强奖励资金兑现名单", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策条款", "奖励金额"],
        [1, "青岛瑞丰精密机械有限公司", "91370200MA3C7TQ84J", "支持规模扩张", 50],
        [2, "青岛汇通电子科技有限公司", "91370200MA3RLK5D29", "支持规模扩张", 20],
        [3, "青岛鲁海商贸有限公司", "91370200MA94A2UG7F", "培育壮大批发业", 15],
        [4, "青岛新航塑业有限公司", "913702007180649X3P", "支持升规纳统", 20],
        [5, "青岛味源餐饮管理有限公司", "91370200MA3NQ8WE5X", "支持升规纳统", 10],
        [6, "青岛德润仓储服务有限公司", "91370200MA3U0HB76D", "支持升规纳统", 25],
        [7, "青岛海川工业设计有限公司", "91370200MA7G3MK29F", "支持服务业企业发展壮大", 35],
        [8, "青岛智信检测技术服务有限公司", "91370200MA3W5YP416", "支持服务业企业发展壮大", 20],
        ["合计", null, null, null, 195],
      ],
      merges: ["A1:E1", "A12:D12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E9", why: "支持升规纳统 gives one-off 20万元 (10万元 to 住宿餐饮): at most 20; 25 awarded, 5 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E10", why: "支持服务业企业发展壮大 gives 30万元 or 20万元: at most 30; 35 awarded, 5 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E4", why: "支持规模扩张's largest award is 100万元 (营业收入首次超过100亿元); 50 is within it" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E7", why: "20 is 支持升规纳统's award exactly" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "E12", why: "50 + 20 + 15 + 20 + 10 + 25 + 35 + 20 = 195, as stated" },
      { rule: "register.duplicate", why: "eight different firms" },
      { rule: "register.invalid-credit-code", why: "every code carries its GB 32100 check character" },
      { rule: "cap.unknown-policy", why: "every clause the list names is in the clause list" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "fixed awards by band (分别…100万元…10万元; 20万元、10万元、5万元): at most 100; 100亿元 … 1亿元 are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "two fixed one-off awards, 20万元 and 10万元: at most 20" },
    ],
  },
};
