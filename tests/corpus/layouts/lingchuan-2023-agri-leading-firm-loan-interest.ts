import type { CorpusLayout } from "../types";

// 陵川县农业农村局 (山西 晋城) 2023-07-24: the 2023 money for 农业产业化省级重点龙头企业 (96万元 received under 晋市财农〔2023〕9号), 31.6万元 of
// it proposed as loan-interest subsidies. Laid out as the annex 2023年支持农业龙头企业发展资金使用计划表: 企业名称 | 项目名称 | 贷款金额 |
// 实际产生利息 | 按文件要求贴息额度 | 拟贴息, each in 万元 in its heading, 合 计 at the foot, the office under it.
export const layout: CorpusLayout = {
  id: "lingchuan-2023-agri-leading-firm-loan-interest",
  source: {
    title: "陵川县农业农村局关于下达2023年支持农业龙头企业发展资金使用计划的通知（附件：2023年支持农业龙头企业发展资金使用计划表）",
    url: "http://www.lczf.gov.cn/zxzx_2/ztzl_15/czxxzl/202308/t20230818_1839890.shtml",
    publisher: "陵川县农业农村局",
    date: "2023-07-24",
    changes:
      "As published: the notice's figures (96万元 received, 31.6万元 proposed), the annex's title, its seven headings with their units, the four " +
      "firms (古陵山食品, 九州天润道地药材, 清凉太行农产品, 百草盛生物科技) with their projects, loans, interest and subsidies (800 / 25.42 / 7.1, " +
      "2400 / 24.03 / 10.8, 1345 / 23.83 / 7.9, 1075 / 18.32 / 5.8) and 合 计 written with a space. Ours: two further firms (rows 5 and 6) and the " +
      "totals grown to hold them; the catalog's rule (at most 50% of the interest actually paid and at most 20万元 a firm) is chosen for the corpus, " +
      "since the notice cites the city's document without its standard — every published row keeps within it. Planted: 陵川县太行山楂's 7.50 " +
      "proposed on 12.40 of interest (50% = 6.20); 陵川县黄围党参's 22.00 above the 20万元 maximum.",
  },
  classes: ["register", "rate-with-cap", "base-column", "loan-interest", "interest-as-base", "no-credit-codes", "project-name-column", "wanyuan-in-header", "spaced-total-label", "signoff-line", "shanxi"],
  settings: { asOf: "2023-07-24", district: "陵川县" },
  sheets: [
    {
      name: "使用计划表",
      widths: [6, 32, 36, 12, 14, 18, 12],
      rows: [
        ["附件", null, null, null, null, null, null],
        ["2023年支持农业龙头企业发展资金使用计划表", null, null, null, null, null, null],
        ["序号", "企业名称", "项目名称", "贷款\n金额（万元）", "实际产生利息（万元）", "按文件要求贴息额度（万元）", "拟贴息（万元）"],
        [1, "晋城市古陵山食品有限公司", "年产1500吨马铃薯粉条（粉皮）改建项目", 800, 25.42, 7.1, 7.1],
        [2, "山西九州天润道地药材开发有限公司", "道地药材仓储物流及交易平台扩建项目", 2400, 24.03, 10.8, 10.8],
        [3, "陵川县清凉太行农产品开发有限公司", "年产5000吨火麻仁及火麻蛋白粉项目", 1345, 23.83, 7.9, 7.9],
        [4, "山西百草盛生物科技集团有限公司", "紫苏系列产品精深加工项目", 1075, 18.32, 5.8, 5.8],
        [5, "陵川县太行山楂食品有限公司", "山楂果脯深加工生产线技改项目", 500, 12.4, 6.2, 7.5],
        [6, "陵川县黄围党参产业开发有限公司", "潞党参标准化种植及初加工基地项目", 3000, 96.5, 20, 22],
        ["合 计", null, null, 9120, 200.5, 57.8, 61.1],
        ["陵川县农业农村局", null, null, null, null, "2023年7月24日", null],
      ],
      merges: ["A1:G1", "A2:G2", "A10:C10", "A11:E11", "F11:G11"],
      numberFormats: { "D4:G10": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "农业产业化省级重点龙头企业贷款贴息",
        capType: "rate",
        rate: 0.5,
        capAmount: 20,
        unit: "万元",
        year: 2023,
        document: "晋市财农〔2023〕9号（按实际产生利息的50%、每户最高20万元：为语料选定，通知未载）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "使用计划表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "project", E: "base", G: "approved" },
        year: 2023,
        item: "农业产业化省级重点龙头企业贷款贴息",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G8", why: "陵川县太行山楂: 50% × 12.40 interest = 6.20万元 allowed (below the 20万元 maximum), 7.50 proposed: 1.30万元 over" },
      { rule: "cap.exceeded", cell: "G9", why: "陵川县黄围党参: 50% × 96.50 = 48.25 but the maximum 20万元 binds first; 22.00 proposed is 2.00万元 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G4", why: "古陵山 7.10 ≤ 50% × 25.42 = 12.71 (the published rows keep within the chosen rule)" },
      { rule: "cap.rate-exceeded", cell: "G5", why: "九州天润 10.80 ≤ 50% × 24.03 = 12.015" },
      { rule: "cap.exceeded", cell: "G10", why: "合 计 61.10 is no award" },
      { rule: "register.duplicate", why: "six different firms" },
      { rule: "register.invalid-credit-code", why: "the plan carries no codes" },
      { rule: "register.unpaid", why: "a plan issued on its as-of date, before the year's deadline" },
      { rule: "input.unreadable-value", cell: "F11", why: "the sign-off date under the table is text" },
    ],
  },
};
