import type { CorpusLayout } from "../types";

// 衡阳市人民政府办公室 2021-09-02: 关于践行“三高四新”战略优化企业奖补投入助推省域副中心城市建设的实施意见（试行）, 一、总体目标 — the
// 2025 goals (研发投入 2.5%左右, 高新技术产业 25%以上, 产业投资 65%, 数字经济 12%, 纳税过1亿元企业 30家, 产值过500亿元 3家, 过1000亿元
// “破零”). Laid out as the target table such goals are tracked in: 一级指标 | 指标名称 | 2025年目标值 | 指标方向, no weights, no actuals.
export const layout: CorpusLayout = {
  id: "hengyang-2021-enterprise-award-reform-goals",
  source: {
    title: "关于践行“三高四新”战略优化企业奖补投入助推省域副中心城市建设的实施意见（试行）— 一、总体目标（目标表据正文拟）",
    url: "http://hyzy.hunancourt.gov.cn/article/detail/2021/11/id/6375317.shtml",
    publisher: "衡阳市人民政府办公室（衡阳中院网站转载）",
    date: "2021-09-02",
    changes:
      "As published: the seven 2025 goals and their figures, word for word in the 指标名称 (全社会研发经费投入占GDP比重 2.5%左右, 高新技术产业增加值占GDP比重 " +
      "25%以上, 产业投资占固定资产投资比重 65%, 数字经济核心产业增加值占地区生产总值比重 12%, 纳税过1亿元的企业 30家, 产值过500亿元的企业 3家, 产值过" +
      "1000亿元的企业 实现“破零”). The text is prose: the table, its 一级指标 grouping and the 指标方向 column are ours (表据正文拟). Nothing planted: " +
      "a clean target table whose percentages are shares of GDP, not rates to check.",
  },
  classes: ["targets", "clean", "development-goals", "no-weights", "no-actuals", "shares-of-gdp", "text-targets", "direction-column", "table-from-prose", "city-policy", "hunan"],
  settings: { district: "衡阳市" },
  sheets: [
    {
      name: "总体目标",
      widths: [6, 12, 44, 16, 10],
      rows: [
        ["衡阳市优化企业奖补投入总体目标表（到2025年）", null, null, null, null],
        ["序号", "一级指标", "指标名称", "2025年目标值", "指标方向"],
        [1, "创新能力", "全社会研发经费投入占GDP比重", "2.5%左右", "正向"],
        [2, "创新能力", "高新技术产业增加值占GDP比重", "≥25%", "正向"],
        [3, "产业结构", "产业投资占固定资产投资比重", "65%", "正向"],
        [4, "产业结构", "数字经济核心产业增加值占地区生产总值比重", "12%", "正向"],
        [5, "企业培育", "纳税过1亿元的企业", "30家", "正向"],
        [6, "企业培育", "产值过500亿元的企业", "3家", "正向"],
        [7, "企业培育", "产值过1000亿元的企业", "实现“破零”", "正向"],
        ["注：目标据《实施意见》一、指导思想和总体目标；产业综合竞争实力、区域整体创新能力等定性目标未列入。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "总体目标", kind: "targets", headerRow: 2, lastRow: 9, columns: { B: "type", C: "name", D: "target" } },
    ],
    findings: [],
    absent: [
      { rule: "selfeval.weights", why: "no 分值 anywhere: no points to add up, and no heading states any" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值 and no other table to contradict" },
      { rule: "execution.rate-mismatch", why: "2.5%, 25%, 65%, 12% are shares of GDP or investment, not execution rates" },
      { rule: "input.unreadable-value", cell: "D9", why: "实现“破零” and 2.5%左右 are targets written as text by nature" },
      { rule: "selfeval.target-missed-full-score", why: "no actuals, no scores" },
    ],
  },
};
