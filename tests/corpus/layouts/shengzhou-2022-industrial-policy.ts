import type { CorpusLayout } from "../types";

// 嵊州市 加快推进工业经济高质量发展若干政策 (2022-12-19): standards written in prose, several
// sub-items in one sentence (分别给予100万元、30万元、…), thresholds that are not caps (年销售收入首次突破
// 1000万元…), and one clause with no amount at all (按上级政策执行).
export const layout: CorpusLayout = {
  id: "shengzhou-2022-industrial-policy",
  source: {
    title: "嵊州市 加快推进工业经济高质量发展若干政策",
    url: "http://www.bjhold.com/art/2022/12/19/art_1529980_59040743.html",
    publisher: "嵊州市人民政府（信息来源：市招商投资中心）",
    date: "2022-12-19",
    changes:
      "The policy is prose (一、…（一）…（二）…). Its clauses of 一（一）and 一（二） are set out as the 政策清单 table offices make " +
      "of such a text (序号/政策条款/支持标准/责任单位); the 支持标准 cells quote the policy's sentences, the 政策条款 names " +
      "are shortened from them. Clauses after 一（二） are cut. Nothing invented in the standards: the clause that " +
      "gives no amount (产业大脑: 按上级政策执行) is the policy's own.",
  },
  classes: ["catalog", "prose-caps", "sub-items-in-one-cell", "thresholds-not-caps", "unreadable-standard"],
  sheets: [
    {
      name: "政策清单",
      widths: [6, 26, 70, 12],
      rows: [
        ["嵊州市加快推进工业经济高质量发展若干政策（数字经济部分）兑现清单", null, null, null],
        ["序号", "政策条款", "支持标准", "责任单位"],
        [1, "推进产业大脑建设", "待省、绍兴市出台产业大脑建设及应用专项政策后，按上级政策执行。", "市经信局"],
        [
          2,
          "推进未来工厂建设",
          "对当年评为省级未来工厂、省级智能工厂、绍兴市级智能工厂、省级数字化车间、绍兴市级数字化车间的，分别给予100万元、30万元、20万元、15万元、10万元奖励。",
          "市经信局",
        ],
        [3, "做强做大数字核心企业", "当年首次列入国家电子信息百强企业、省电子信息产业百家重点企业的，分别给予一次性奖励20万元、10万元。", "市经信局"],
        [
          4,
          "鼓励软件企业壮大",
          "对通过软件企业评估，且纳入浙江省经济和信息化数据服务平台的软件企业，年销售收入首次突破1000万元、2000万元、5000万元、1亿元的，分别给予一次性奖励10万元、20万元、50万元、100万元。",
          "市经信局",
        ],
        [5, "省级首版次软件", "当年认定为省级首版次软件的产品，一次性奖励企业50万元。", "市经信局"],
      ],
      merges: ["A1:D1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C3", why: "按上级政策执行: the clause states no amount, rate or maximum" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "five sub-items, 100/30/20/15/10万元, paired in order with the five titles" },
      { rule: "catalog.unreadable-standard", cell: "C5", why: "two sub-items: 国家电子信息百强 20万元, 省电子信息产业百家 10万元 (一次性)" },
      {
        rule: "catalog.unreadable-standard",
        cell: "C6",
        why: "four sub-items by revenue threshold: 10/20/50/100万元; 1000万元…1亿元 are thresholds, not caps",
      },
      { rule: "catalog.unreadable-standard", cell: "C7", why: "一次性奖励企业50万元: a fixed amount" },
    ],
  },
};
