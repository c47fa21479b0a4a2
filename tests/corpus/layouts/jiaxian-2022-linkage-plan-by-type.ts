import type { CorpusLayout } from "../types";

// 郏县 2021-12-15: the county's 2022 衔接 money plan (223 projects, 11612.29万元) summed by kind of project, with the counts,
// the shares and two 其中 splits (种植 / 养殖 under 产业发展, 交通费 / 公益岗 under 就业) the notice states in its text.
export const layout: CorpusLayout = {
  id: "jiaxian-2022-linkage-plan-by-type",
  source: {
    title: "郏县2022年财政衔接推进乡村振兴补助资金项目计划公示（分类汇总表据正文拟）",
    url: "https://jiaxian.gov.cn/contents/49578/388765.html",
    publisher: "郏县人民政府",
    date: "2021-12-15",
    changes:
      "The stored page states the plan in prose only (no grid was found): six kinds of project with their counts, sums and shares, the split of 产业发展 into " +
      "种植 and 养殖 and of 就业 into 跨省外出务工交通费补助 and 公益岗补助, and the total 223 projects / 11612.29万元. We laid these out as a summary table " +
      "(序号 | 项目类别 | 项目个数 | 计划投资 | 占比 | 主要建设内容) with the 其中 lines under their kinds, the approval line and the date under it. " +
      "Planted: 教育类项目 typed 193.55 (the notice's 183.55), so the six kinds add up to 11,622.29 against the 合计's 11,612.29.",
  },
  classes: ["composition", "allocation-by-kind", "count-column", "share-column", "percent-text", "qizhong-split-lines", "chinese-numbered-lines", "count-and-money-caption", "total-at-foot", "table-from-prose", "county-fund", "linkage-fund", "henan"],
  settings: { district: "郏县" },
  sheets: [
    {
      name: "项目计划汇总",
      widths: [6, 36, 10, 12, 8, 44],
      rows: [
        ["郏县2022年财政衔接推进乡村振兴补助资金项目计划汇总表", null, null, null, null, null],
        [null, null, null, null, null, "单位：个、万元"],
        ["序号", "项目类别", "项目个数", "计划投资", "占比", "主要建设内容"],
        ["一", "乡村建设行动项目", 95, 2468.16, "21.3%", "修建水泥混凝土道路140025.6平方米、沥青混凝土道路60059.5平方米"],
        ["二", "产业发展项目", 109, 7939.58, "68.4%", "发展蔬菜、香菇种植等特色产业，购红牛养殖"],
        [null, "其中：种植项目", null, 5741.58, null, "建大棚759个，烘干房1座，冷库3个"],
        [null, "      养殖项目", null, 2198, null, "购红牛1466头"],
        ["三", "金融类项目", 2, 120, "1.0%", "为符合条件的脱贫户及监测对象提供小额信贷贴息补助"],
        ["四", "就业类项目", 3, 480, "4.1%", null],
        [null, "其中：跨省外出务工交通费补助", null, 250, null, null],
        [null, "      公益岗补助", null, 230, null, null],
        ["五", "教育类项目（雨露计划）", 3, 193.55, "1.6%", "职业教育789人，短期技能培训35人，实用技术培训178人"],
        ["六", "其它项目（设计、监理、验收、市派第一书记经费）", 11, 421, "3.6%", null],
        ["合计", null, 223, 11612.29, "100%", null],
        ["注：项目计划已经县巩固拓展脱贫攻坚成果同乡村振兴有效衔接领导小组研究通过，计划实施时间2022年2月至11月。", null, null, null, null, null],
        [null, null, null, null, null, "2021年12月15日"],
      ],
      merges: ["A1:F1", "A14:B14", "A15:F15"],
      numberFormats: { "D4:D14": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D14",
        why: "合计 11,612.29; the six kinds add up to 2,468.16 + 7,939.58 + 120 + 480 + 193.55 + 421 = 11,622.29 (10.00万元 over: 教育类 typed 193.55)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D5", why: "产业发展 7,939.58 = 种植 5,741.58 + 养殖 2,198: its 其中 lines are all of it, not further lines of the 合计" },
      { rule: "composition.total-mismatch", cell: "D9", why: "就业 480 = 250 + 230: 其中 lines, not added again into the 合计" },
      { rule: "composition.total-mismatch", cell: "C14", why: "项目个数 95 + 109 + 2 + 3 + 3 + 11 = 223, a count summed as a count" },
      { rule: "input.unreadable-value", cell: "E4", why: "占比 is percent text, a share, no amount" },
      { rule: "input.unreadable-value", cell: "F4", why: "主要建设内容 is text (140025.6平方米 is the works' size)" },
      { rule: "register.unpaid", why: "a plan summed by kind: no register" },
    ],
  },
};
