import type { CorpusLayout } from "../types";

// 楚天都市报 2018-09-12: the seven 荆州 projects among the nineteen new 2019 三峡后续工作 (总规外) projects the 省移民局 and 省财政厅
// published — three water works, two ecological works and the 白鱀豚 reserve, near 5亿元. Built as the allocation such a notice attaches.
export const layout: CorpusLayout = {
  id: "jingzhou-2019-three-gorges-follow-up-projects",
  source: {
    title: "受惠于三峡后续工作新建项目 荆州将建7大民生工程（项目资金安排表据报道拟）",
    url: "http://www.cnhan.com/html/gundong/20180912/891244.htm",
    publisher: "湖北省移民局、湖北省财政厅（楚天都市报 / 荆楚网，高伟）",
    date: "2018-09-12",
    changes:
      "As reported: the seven projects and their 专项资金 (洪湖市第三水厂 6,000; 监利县第三水厂 5,700; 石首市江北中心水厂 9,878; 江陵县城区二水厂 " +
      "9,000; 石首市天鹅洲湿地恢复与保护 8,750; 松滋市小南海湖生态补水 5,500; 湖北长江天鹅洲白鱀豚国家自然保护区 3,796万元, together " +
      "48,624万元, near 5亿元). The table (序号 | 县（市） | 项目名称 | 专项资金 | 备注), the caption, the note and the reserve's place " +
      "(石首市) are ours. Planted: the 合计 typed 48,264, two digits swapped from the lines' 48,624.",
  },
  classes: [
    "composition", "allocation-by-project", "places-left-of-projects", "place-repeated", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "remark-column", "notes-under-table", "table-from-prose", "news-report", "province-fund", "hubei",
  ],
  sheets: [
    {
      name: "项目资金",
      widths: [6, 10, 34, 12, 20],
      rows: [
        ["2019年度三峡后续工作总规外新建项目资金安排表（荆州市）", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "县（市）", "项目名称", "专项资金", "备注"],
        [1, "洪湖市", "洪湖市第三水厂", 6000, null],
        [2, "监利县", "监利县第三水厂", 5700, null],
        [3, "石首市", "石首市江北中心水厂", 9878, null],
        [4, "江陵县", "江陵县城区二水厂", 9000, null],
        [5, "石首市", "石首市天鹅洲湿地恢复与保护", 8750, null],
        [6, "松滋市", "松滋市小南海湖生态补水", 5500, null],
        [7, "石首市", "湖北长江天鹅洲白鱀豚国家自然保护区", 3796, "保护区管理局实施"],
        ["合计", null, null, 48264, null],
        ["注：以上项目经省移民局、省财政厅审核并公示，为三峡后续工作2019年度新建项目。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A11:C11", "A12:E12"],
    },
  ],
  settings: { district: "荆州市" },
  expect: {
    tables: [
      {
        sheet: "项目资金",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2019,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D11",
        why: "合计 48,264; the lines 6,000 + 5,700 + 9,878 + 9,000 + 8,750 + 5,500 + 3,796 = 48,624: 360万元 apart",
      },
    ],
    absent: [
      { rule: "register.duplicate", why: "石首市 three times: one place, three projects of an allocation" },
      { rule: "composition.line-mismatch", why: "no unit or quantity: whole amounts decided" },
      { rule: "cap.unknown-policy", why: "an allocation by project, no award list" },
    ],
  },
};
