import type { CorpusLayout } from "../types";

// 重庆市经济信息委、市财政局 2022-06: 支持企业技术改造投资和扩大再投资政策措施 (9 measures, 最高奖励2000万元) — two of them
// as a policy list with the caps in prose: value-added levels in one sentence (首次突破500亿元…10亿元, 分别给予2000万元…100万元),
// and 智能化改造 at most 1000万元 a project; the year's awards on a second sheet (ours).
export const layout: CorpusLayout = {
  id: "chongqing-2022-tech-renovation-reinvestment-measures",
  source: {
    title: "重庆出台9项政策措施 支持企业技改和扩大再投资 最高奖励2000万元（政策清单与兑现名单据报道拟）",
    url: "http://www.ctbupx.cn/jrcq/10503.html",
    publisher: "重庆市经济和信息化委员会、重庆市财政局（重庆工商大学党政干部培训中心转载）",
    date: "2022-07-02",
    changes:
      "The two clauses' wording follows the report (做大做强: 年工业增加值首次突破500亿元、300亿元、200亿元、100亿元、50亿元、10亿元的，分别给予" +
      "2000万元、1000万元、500万元、300万元、150万元、100万元奖励; 智能化改造: 对单个项目给予最高1000万元奖补); the 绿色化改造 clause, which " +
      "names no amount, is left out. The list's columns (序号 | 支持事项 | 支持标准 | 牵头单位) and the award list (firms, codes, districts, " +
      "amounts) are ours. Planted: 重庆涪陵页岩新材料 given 1200 under 智能化改造 (at most 1000); 重庆渝北云链科技's code with a wrong check " +
      "character (…B8 for …B5).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "thresholds-as-conditions", "max-cap", "item-per-row", "credit-codes", "districts-as-places", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "table-from-prose", "news-report", "city-policy", "chongqing"],
  settings: { district: "重庆市", asOf: "2022-12-31" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 22, 70, 20],
      rows: [
        ["支持企业技术改造投资和扩大再投资政策措施（摘录）", null, null, null],
        ["序号", "支持事项", "支持标准", "牵头单位"],
        [1, "支持企业做大做强", "对工业企业实际发生技术改造投资或扩大再投资后，年工业增加值首次突破500亿元、300亿元、200亿元、100亿元、50亿元、10亿元的，分别给予2000万元、1000万元、500万元、300万元、150万元、100万元奖励。", "市经济信息委、市财政局"],
        [2, "支持企业智能化改造", "支持工业互联网标识解析节点、“5G+工业互联网”、数字化转型创新载体等建设，对单个项目给予最高1000万元奖补。", "市经济信息委"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 12, 22, 16],
      rows: [
        ["2022年支持企业技术改造投资和扩大再投资奖补资金兑现名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在区县", "支持事项", "奖补金额（万元）"],
        [1, "重庆渝贤精密机械有限公司", "91500107MA5U7K2L30", "九龙坡区", "支持企业做大做强", 1000],
        [2, "重庆江津智联电子有限公司", "91500116MA60C4R8XJ", "江津区", "支持企业智能化改造", 800],
        [3, "重庆涪陵页岩新材料有限公司", "91500102MA5YH3P1QX", "涪陵区", "支持企业智能化改造", 1200],
        [4, "重庆长寿绿能化工有限公司", "91500115MA61D9W2T4", "长寿区", "支持企业做大做强", 100],
        [5, "重庆渝北云链科技有限公司", "91500112MA5XQ7N6B8", "渝北区", "支持企业智能化改造", 450],
        ["合计", null, null, null, null, 3550],
      ],
      merges: ["A1:F1", "A8:E8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard" } },
      { sheet: "兑现名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 8, columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" }, year: 2022 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "智能化改造 is at most 1000万元 a project; 1200 given, 200 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C7", why: "91500112MA5XQ7N6B8: the GB 32100 check character for 91500112MA5XQ7N6B is 5, not 8" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F3", why: "做大做强's levels go up to 2000万元; 1000 is the 300亿元 level, within the largest" },
      { rule: "catalog.unreadable-standard", why: "both standards name their amounts; 500亿元…10亿元 are the conditions of the levels, not caps" },
      { rule: "cap.unknown-policy", why: "both items of the list are in the catalog sheet" },
      { rule: "register.ineligible-location", why: "九龙坡、江津、涪陵、长寿、渝北 are districts of 重庆市" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "composition.total-mismatch", why: "合计 3550 = 1000 + 800 + 1200 + 100 + 450" },
    ],
  },
};
