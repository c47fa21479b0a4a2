import type { CorpusLayout } from "../types";

// 楚雄市乡村振兴局 2022-07-07: the 州级 linkage fund split by direction (一、产业发展 / 二、农村人居环境整治提升), each direction's
// amount stated on its heading line over two kinds of project with their counts; a 合计 at the foot.
export const layout: CorpusLayout = {
  id: "chuxiong-2022-prefecture-linkage-fund-plan",
  source: {
    title: "楚雄市2022年州级财政衔接推进乡村振兴补助资金分配方案（附件：楚雄市2022年度州级资金巩固脱贫攻坚推进乡村振兴项目投资计划表；表据正文拟）",
    url: "http://www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxs014-/2022-0707001.htm",
    publisher: "楚雄市乡村振兴局",
    date: "2022-07-07",
    changes:
      "The stored page gives the plan in prose (1.产业发展安排资金…实施脱贫村村集体经济发展项目2个；实施道路及沟渠产业配套基础设施建设项目12个。2.农村人居环境" +
      "整治提升安排资金…实施村内户外道路硬化（含停车场）建设项目17个；实施排污管网建设及垃圾处理设施建设项目13个) and names the annex without showing it. " +
      "Laid out as the annex's title with the prose's directions as heading rows and its four kinds of project as lines, the counts as published; " +
      "the amounts are ours (the directions 178.60 and 147.40, 326.00 in all, not the published 172.8 / 145.2 / 318). Planted: the 人居环境 lines " +
      "add up to 143.40 while their heading states 147.40.",
  },
  classes: ["composition", "outline-numbering", "subtotals", "count-column", "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption", "remark-column", "prose-as-table", "yunnan"],
  sheets: [
    {
      name: "投资计划表",
      widths: [8, 44, 12, 14, 24],
      rows: [
        ["楚雄市2022年度州级资金巩固脱贫攻坚推进乡村振兴项目投资计划表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "项目个数（个）", "州级资金", "备注"],
        ["一", "产业发展", 14, 178.6, null],
        [1, "脱贫村村集体经济发展项目", 2, 60, "脱贫村"],
        [2, "道路及沟渠产业配套基础设施建设项目", 12, 118.6, null],
        ["二", "农村人居环境整治提升", 30, 147.4, "“楚南路”沿线村庄"],
        [1, "村内户外道路硬化（含停车场）建设项目", 17, 92.3, null],
        [2, "排污管网建设及垃圾处理设施建设项目", 13, 51.1, null],
        ["合计", null, 44, 326, null],
      ],
      merges: ["A1:E1", "A10:B10"],
      numberFormats: { "D4:D10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "code", B: "line", C: "quantity", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D7",
        why: "二、农村人居环境整治提升 states 147.40; its lines 92.30 + 51.10 = 143.40: 4.00万元 short",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "一: 60.00 + 118.60 = 178.60, as stated" },
      { rule: "composition.total-mismatch", cell: "D10", why: "合计 = 一 + 二 as stated (178.60 + 147.40 = 326.00); the directions are not added again with their lines; the slip inside 二 is reported once, at D7" },
      { rule: "composition.total-mismatch", cell: "C10", why: "项目个数 2 + 12 = 14, 17 + 13 = 30, 14 + 30 = 44: counts agree" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count of projects with no unit amount beside it: nothing to multiply" },
      { rule: "input.unreadable-value", cell: "E7", why: "备注 text, not an amount" },
    ],
  },
};
