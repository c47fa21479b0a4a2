import type { CorpusLayout } from "../types";

// 泉州台商投资区 2022年政府预决算相关重要事项说明 (2023-07): the zone's 2022 一般公共预算支出 242259万元, explained 款 by 款 with
// last year's 决算数 and the change — here the 201 一般公共服务支出 class (23653万元 in the publication) as a table.
export const layout: CorpusLayout = {
  id: "taishang-2022-general-public-services-final-accounts",
  source: {
    title: "泉州台商区2022年政府预决算相关重要事项说明（一、泉州台商投资区支出决算说明：201-一般公共服务支出，表据正文拟）",
    url: "http://www.840388.com/zwgk/zdxxgk/czyjs/qjczjs/202307/t20230718_2905492.htm",
    publisher: "泉州台商投资区（转载）",
    date: "2023-07-18",
    changes:
      "The publication explains each 款 as prose (`20103-政府办公厅（室）及相关机构事务9185万元，较2021年决算数增加2686万元，增长41.33%`). " +
      "The table (科目编码 | 科目名称 | 2021年决算数 | 2022年决算数 | 增减额 | 增长%, 万元, two-decimal percentages) is laid out from that " +
      "wording; eleven 款 are kept (20199 closing the class where the stored copy is cut off) and every figure is ours. Planted: the " +
      "class 201 written 23628 in 2022 where its eleven 款 add up to 23828 (its 增减额 and 增长% follow the written figure).",
  },
  classes: ["execution", "final-accounts", "class-and-items", "codes-column", "last-year-column", "growth-rate-column", "negative-change", "rates-as-text", "wanyuan-caption", "report-as-prose", "development-zone", "fujian"],
  sheets: [
    {
      name: "一般公共服务",
      widths: [10, 34, 14, 14, 12, 10],
      rows: [
        ["泉州台商投资区2022年一般公共服务支出决算表（款级）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["科目编码", "科目名称", "2021年决算数", "2022年决算数", "增减额", "增长%"],
        ["201", "一般公共服务支出", 20510, 23628, 3118, "15.20%"],
        ["20103", "政府办公厅（室）及相关机构事务", 6520, 9210, 2690, "41.26%"],
        ["20104", "发展与改革事务", 1050, 1175, 125, "11.90%"],
        ["20106", "财政事务", 1521, 1392, -129, "-8.48%"],
        ["20107", "税收事务", 817, 836, 19, "2.33%"],
        ["20108", "审计事务", 145, 251, 106, "73.10%"],
        ["20111", "纪检监察事务", 505, 262, -243, "-48.12%"],
        ["20113", "商贸事务", 786, 1204, 418, "53.18%"],
        ["20129", "群众团体事务", 1703, 1649, -54, "-3.17%"],
        ["20132", "组织事务", 1808, 1228, -580, "-32.08%"],
        ["20138", "市场监督管理事务", 2655, 2731, 76, "2.86%"],
        ["20199", "其他一般公共服务支出", 3000, 3890, 890, "29.67%"],
      ],
      merges: ["A1:F1"],
      numberFormats: { "C4:E15": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共服务",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { A: "code", B: "line", D: "actual" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "D4",
        why: "2022: 9210 + 1175 + 1392 + 836 + 251 + 262 + 1204 + 1649 + 1228 + 2731 + 3890 = 23828, class 201 stated 23628: 200万元 short",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2021年决算数 is last year's, a comparison (and its 款 add up to 20510 as stated)" },
      { rule: "execution.rate-mismatch", why: "增长% is growth over 2021, not an execution rate; there is no budget column" },
      { rule: "execution.overspent", why: "no budget column: a final account of spending only" },
      { rule: "execution.total-mismatch", cell: "E4", why: "增减额 is a difference between years, not an amount of 2022" },
      { rule: "input.unreadable-value", why: "negative changes (-129, -8.48%) are readable numbers" },
    ],
  },
};
