import type { CorpusLayout } from "../types";

// 绩溪县农业委员会 2018-09-04: 省级农业财政项目安排 公示 (宣城, 安徽) — three projects (茶产业, 农业物联网示范点, 省级畜禽遗传资源保护利用) with
// 80万元 of provincial money, chosen by open competition. The page carries the annex grid: 绩溪县2018年省级农业财政项目安排表 —
// 项目类型 | 申报单位 | 财政补助资金(万元), a spaced 合 计 row at the foot, no 序号 and no unit caption.
export const layout: CorpusLayout = {
  id: "jixi-anhui-2018-provincial-agri-project-arrangement",
  source: {
    title: "绩溪县2018年省级农业财政项目安排建议公示（附件：绩溪县2018年省级农业财政项目安排表）",
    url: "https://www.cnjx.gov.cn/About/show/242578.html",
    publisher: "绩溪县农业委员会",
    date: "2018-09-04",
    changes:
      "As published: the annex line, the title, the three columns, the three project types with their long bracketed name and the spaced " +
      "合 计 row; the 合计 80 is the notice's own 80万元. The units and the line amounts are ours (invented co-operatives). Planted: the lines " +
      "typed 45 + 20 + 17 = 82 under a 合计 of 80.",
  },
  classes: ["composition", "project-arrangement", "body-beside-project", "no-serial-column", "spaced-total-label", "total-at-foot", "wanyuan-in-header", "annex-title-row", "grid-in-stored-copy", "county-level", "anhui"],
  settings: { district: "绩溪县" },
  sheets: [
    {
      name: "项目安排表",
      widths: [50, 34, 20],
      rows: [
        ["附件：", null, null],
        ["绩溪县2018年省级农业财政项目安排表", null, null],
        ["项目类型", "申报单位", "财政补助资金(万元)"],
        ["特色产业发展茶产业项目", "绩溪县种植业局", 45],
        ["农业物联网示范点建设项目", "绩溪县上庄菌菇种植专业合作社", 20],
        ["省级畜禽遗传资源保护利用项目(皖系长毛兔保护与开发利用)", "绩溪县徽岭长毛兔养殖专业合作社", 17],
        ["合 计", null, 80],
      ],
      merges: ["A1:C1", "A2:C2", "A7:B7"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", C: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "合 计 80 where 45 + 20 + 17 = 82: 2万元 short" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a project arrangement (…项目安排表) names projects and the bodies carrying them out: no award to check against a policy" },
      { rule: "register.invalid-credit-code", why: "no credit-code column" },
      { rule: "input.unreadable-value", cell: "A1", why: "the annex line above the title is no line" },
    ],
  },
};
