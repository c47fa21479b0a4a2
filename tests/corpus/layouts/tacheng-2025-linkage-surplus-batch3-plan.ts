import type { CorpusLayout } from "../types";

// 塔城市 2025-11-14: 2025年财政衔接结余资金（第三批）项目计划表 — 资金规模（万元） merged over 小计 | 中央衔接资金 | 自治区衔接资金 |
// 备注（其他资金名称）, the city's 合计 row first (塔城市合计N个) with a 0 under 备注, amounts to six decimals of 万元 (money left over
// from earlier batches), the project's place, task, responsible body and person beside it.
export const layout: CorpusLayout = {
  id: "tacheng-2025-linkage-surplus-batch3-plan",
  source: {
    title: "塔城市2025年财政衔接结余资金（第三批）项目公告公示 — 塔城市2025年财政衔接结余资金（第三批）项目计划表",
    url: "https://www.xjtcsh.gov.cn/zfxxgk/fdzdgknr/zdly/snbt/content_55557",
    publisher: "塔城市（中共塔城市委农村工作领导小组，塔市农领办字〔2025〕21号批复）",
    date: "2025-11-14",
    changes:
      "As published: the title, the two header rows (项目序号 | 项目名称 | 建设地点 | 建设任务 | 责任单位 | 责任人 | 资金规模（万元） over 小计 | " +
      "中央衔接资金 | 自治区衔接资金 | 备注（其他资金名称）), the 合计 row first and its 0 under 备注, six-decimal 万元, the two published projects " +
      "(路南社区速冻库改造; 2025年雨露计划补助项目（第三次追加）) and their split (49 = 48.891626 + 0.108374; 1.2 = 0.003953 + 1.196047). " +
      "Ours: two further projects (二工镇, 恰夏镇) and so the totals (69.2 where the notice has 50.2), the responsible persons' names, the " +
      "units for the added projects. Planted: the 合计 row's 中央衔接资金 written 61.959579 where the lines give 61.995579 (two digits swapped).",
  },
  classes: ["composition", "allocation-by-project", "money-by-level", "row-total-column", "total-row-first", "six-decimal-wanyuan", "merged-header-over-four", "remark-column-zero-in-total", "two-header-rows", "towns-as-places", "county-level-city", "xinjiang"],
  sheets: [
    {
      name: "项目计划表",
      widths: [8, 34, 24, 36, 18, 10, 12, 14, 14, 18],
      rows: [
        ["塔城市2025年财政衔接结余资金（第三批）项目计划表", null, null, null, null, null, null, null, null, null],
        ["项目序号", "项目名称", "建设地点", "建设任务", "责任单位", "责任人", "资金规模（万元）", null, null, null],
        [null, null, null, null, null, null, "小计", "中央衔接资金", "自治区衔接资金", "备注（其他资金名称）"],
        ["塔城市合计4个", null, null, null, null, null, 69.2, 61.959579, 7.204421, 0],
        [1, "塔城市博孜达克镇路南社区速冻库改造项目", "塔城市农产品集聚区（塔城市冠元牧业公司）", "改造速冻库一间，安装压缩机、冷凝机、冷风机等附属设施", "博孜达克镇人民政府", "马志强", 49, 48.891626, 0.108374, "2025年结余资金"],
        [2, "2025年雨露计划补助项目（第三次追加）", "阿不都拉乡、阿西尔乡", "为塔城市的脱贫户、三类户中就读中职、高职的在校生发放补助", "塔城市农业农村局", "李红梅", 1.2, 0.003953, 1.196047, "2025年结余资金"],
        [3, "塔城市二工镇小型农田水利防渗渠改造项目", "二工镇下哈拉布拉村", "改造防渗渠1.2公里及配套建筑物", "二工镇人民政府", "赵文斌", 12.4, 8.6, 3.8, "2025年结余资金"],
        [4, "塔城市恰夏镇村组道路维修项目", "恰夏镇恰夏村", "维修村组道路0.8公里", "恰夏镇人民政府", "努尔兰·别克", 6.6, 4.5, 2.1, "2025年结余资金"],
      ],
      merges: ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:J2", "A4:F4"],
      numberFormats: { "G4:I8": "0.000000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 8,
        columns: { B: "line", G: "amount", H: "amount:中央衔接资金", I: "amount:自治区衔接资金" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "H4",
        why: "合计 中央衔接资金 61.959579 where the lines give 48.891626 + 0.003953 + 8.600000 + 4.500000 = 61.995579: 0.036万元 (360元) apart; the row agrees with that sum (61.995579 + 7.204421 = 69.2), so it is reported once",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G4", why: "小计 69.2 = 49 + 1.2 + 12.4 + 6.6" },
      { rule: "composition.total-mismatch", cell: "I4", why: "自治区 7.204421 = 0.108374 + 1.196047 + 3.8 + 2.1" },
      { rule: "composition.total-mismatch", cell: "G5", why: "49 = 48.891626 + 0.108374" },
      { rule: "composition.total-mismatch", cell: "G6", why: "1.2 = 0.003953 + 1.196047" },
      { rule: "composition.total-mismatch", cell: "G7", why: "12.4 = 8.6 + 3.8" },
      { rule: "composition.total-mismatch", cell: "G8", why: "6.6 = 4.5 + 2.1" },
      { rule: "composition.total-mismatch", cell: "J4", why: "备注（其他资金名称） names the money's source in words; its 0 in the 合计 row is no amount column to sum" },
      { rule: "input.unreadable-value", why: "备注 text (2025年结余资金) is a remark, not a number" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns: 建设任务 states lengths in words" },
    ],
  },
};
