import type { CorpusLayout } from "../types";

// 新乡市凤泉区财政局 (河南) 2022-11-28: the district's 2022 省级 衔接 money, 187万元 (新财预〔2022〕289号), put to two industry projects — 大块镇's
// 新旺现代牧场 43万元 and 耿黄镇东张门村's 标准化厂房 144万元, each with the town government answerable. The notice writes them as prose;
// laid out as the 安排情况表: 序号 | 项目名称 | 项目类别 | 省级资金 | 责任单位, 合计 at the foot, the money's source in a note.
export const layout: CorpusLayout = {
  id: "fengquan-2022-provincial-linkage-arrangement",
  source: {
    title: "2022年度省级财政衔接推进乡村振兴补助资金安排情况公告公示（表据正文拟）",
    url: "https://www.fengquan.gov.cn/article/14086",
    publisher: "新乡市凤泉区财政局",
    date: "2022-11-28",
    changes:
      "As published: the sum and document (187万元, 新财预〔2022〕289号), the two projects with their amounts (43, 144万元) and 责任单位, 产业发展, " +
      "the 监督电话 line and the sign-off. Ours: the table form and headings. Planted: the 合计 written 178 where 43 + 144 = 187 (digits transposed).",
  },
  classes: ["composition", "allocation-by-project", "towns-in-project-names", "implementing-body-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "sources-in-note", "table-from-prose", "signoff-line", "district-fund", "henan"],
  settings: { asOf: "2022-11-28", district: "凤泉区" },
  sheets: [
    {
      name: "安排情况",
      widths: [6, 40, 10, 12, 18],
      rows: [
        ["新乡市凤泉区2022年度省级财政衔接推进乡村振兴补助资金安排情况表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "项目名称", "项目类别", "省级资金", "责任单位"],
        [1, "2022年凤泉区大块镇新旺现代牧场建设项目", "产业发展", 43, "大块镇人民政府"],
        [2, "2022年凤泉区耿黄镇东张门村标准化厂房项目", "产业发展", 144, "耿黄镇人民政府"],
        ["合计", null, null, 178, null],
        ["资金来源：2022年度省级财政衔接推进乡村振兴补助资金（巩固脱贫攻坚成果和乡村振兴任务）187万元（新财预〔2022〕289号）。", null, null, null, null],
        ["监督电话：12317　0373-3918197", null, null, null, null],
        ["凤泉区财政局　　2022年11月28日", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A6:C6", "A7:E7", "A8:E8", "A9:E9"],
      numberFormats: { "D4:D6": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排情况",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "code", B: "line", C: "category", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D6", why: "合计 178; the two projects give 43 + 144 = 187: 9万元 apart (whole 万元, exact)" },
    ],
    absent: [
      { rule: "composition.approved-mismatch", why: "the projects add up to the 187万元 the note says was sent down" },
      { rule: "register.ineligible-location", why: "大块镇 and 耿黄镇 are 凤泉区's towns" },
      { rule: "input.unreadable-value", why: "the source note, phone line and sign-off are text" },
    ],
  },
};
