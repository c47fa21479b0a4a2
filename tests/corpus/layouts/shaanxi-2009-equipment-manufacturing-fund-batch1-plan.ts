import type { CorpusLayout } from "../types";

// 陕西下达2009年度装备制造业发展专项资金第一批投资计划 (中国政府网, 2009-04-09): 23 projects, 4050万元, all as loan interest subsidies,
// to state-owned large firms and to leaders of industrial clusters and key parks. Set out as a provincial investment plan:
// 合计 first, two groups with their 小计 on the group row, 序号 | 项目单位 | 项目名称 | 所在市 | 银行贷款 | 贴息资金.
export const layout: CorpusLayout = {
  id: "shaanxi-2009-equipment-manufacturing-fund-batch1-plan",
  source: {
    title: "陕西下达2009年度装备制造业发展专项资金第一批投资计划（计划表据正文拟）",
    url: "http://big5.www.gov.cn/gate/big5/www.gov.cn/govweb/gzdt/2009-04/09/content_1281291.htm",
    publisher: "中国政府网（据陕西省发展改革委）",
    date: "2009-04-09",
    changes:
      "From the report: the fund, the year, the 4050万元 total, the interest-subsidy form and the two groups. The plan's grid is not in the " +
      "stored copy: six projects (of 23) with firms, loans and subsidies of ours, chosen to add up to 4050. Planted: the second group's 小计 " +
      "贴息资金 typed 1,860 (540 + 480 + 780 = 1,800); the 合计 银行贷款 typed 135,500 (75,000 + 60,000 = 135,000).",
  },
  classes: ["composition", "project-plan", "interest-subsidy", "total-row-first", "group-rows-with-subtotals", "subtotal-slip", "loan-base-column", "whole-wanyuan", "wanyuan-caption", "cities-as-places", "notes-under-table", "table-from-prose", "news-report", "province-level", "shaanxi"],
  settings: { district: "陕西省" },
  sheets: [
    {
      name: "第一批计划",
      widths: [8, 30, 30, 10, 14, 14],
      rows: [
        ["2009年度陕西省装备制造业发展专项资金第一批投资计划表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目单位", "项目名称", "所在市", "银行贷款", "贴息资金"],
        ["合计", null, null, null, 135500, 4050],
        ["一、国有大中型企业", null, null, null, 75000, 2250],
        [1, "陕西秦岭重型机械有限公司", "数控重型机床扩能改造项目", "宝鸡市", 30000, 900],
        [2, "西安航鼎航空部件有限公司", "航空结构件数字化生产线项目", "西安市", 25000, 750],
        [3, "陕西渭北汽车车桥有限公司", "重型车桥扩产项目", "西安市", 20000, 600],
        ["二、产业集群和重点园区龙头企业", null, null, null, 60000, 1860],
        [4, "汉中汉江精密机床有限公司", "精密数控磨床产业化项目", "汉中市", 18000, 540],
        [5, "咸阳天元液压件有限公司", "高压液压件生产基地项目", "咸阳市", 16000, 480],
        [6, "榆林能化装备制造有限公司", "大型煤机装备制造项目", "榆林市", 26000, 780],
        ["注：贴息资金按一年期贷款基准利率计算，一次性拨付项目单位；第二批项目及资金6月底前下达。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A4:D4", "A5:D5", "A9:D9", "A13:F13"],
      numberFormats: { "E4:F12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "第一批计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { C: "line", E: "amount:银行贷款", F: "amount" },
        year: 2009,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F9", why: "二、产业集群和重点园区龙头企业 小计 贴息资金 1,860 where 540 + 480 + 780 = 1,800" },
      { rule: "composition.total-mismatch", cell: "E4", why: "合计 银行贷款 135,500 where 75,000 + 60,000 = 135,000 (and the six loans add up to 135,000 too)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F4", why: "合计 贴息资金 4,050 = 2,250 + 1,800, the lines' sum: the 小计's slip is reported once, at F9" },
      { rule: "composition.total-mismatch", cell: "F5", why: "900 + 750 + 600 = 2,250" },
      { rule: "composition.total-mismatch", cell: "E9", why: "18,000 + 16,000 + 26,000 = 60,000" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note under the table is no line" },
    ],
  },
};
