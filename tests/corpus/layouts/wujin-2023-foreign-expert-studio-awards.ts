import type { CorpusLayout } from "../types";

// 常州市武进区科学技术局 / 财政局 2023-11-20: 科技创新发展专项资金 for the 2022 provincial 外国专家工作室 — two awards of 20万元, one in 高新区
// and one in 西太湖, each borne by that zone's finances. Two annexes: the money by 镇（开发区） (附件1) and the projects (附件2).
export const layout: CorpusLayout = {
  id: "wujin-2023-foreign-expert-studio-awards",
  source: {
    title: "关于下达2023年常州市武进区科技创新发展专项资金（省外国专家工作室）奖励项目的通知（附件1 奖励资金汇总表；附件2 奖励项目汇总表）",
    url: "https://www.wj.gov.cn/html/czwj/2024/QPKDQENK_0109/75062.html",
    publisher: "常州市武进区科学技术局、常州市武进区财政局",
    date: "2023-11-20",
    changes:
      "As published: the two annexes' titles, the two awards (高新区 1项 20万元, 西太湖 1项 20万元, 合计40万元), the budget line 2069901科技奖励 " +
      "and that each zone's finances bear its award. The annexes are .doc files the stored page does not show: their columns, the firms, " +
      "codes (武进区 320412) and studio names are ours. The catalog's 20万元 a studio is the notice's own figure for both awards. Nothing planted.",
  },
  classes: ["clean", "composition", "register", "two-sheets", "allocation-by-zone", "zones-as-places", "count-column", "budget-subject-column", "item-column", "fixed-cap", "credit-codes", "short-list", "total-at-foot", "wanyuan-in-header", "district-government", "jiangsu"],
  settings: { district: "武进区", asOf: "2023-11-20" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 16, 14, 16, 20, 24],
      rows: [
        ["附件1", null, null, null, null, null],
        ["2023年常州市武进区科技创新发展专项资金（2022年度省外国专家工作室）奖励资金汇总表", null, null, null, null, null],
        ["序号", "镇（开发区）", "奖励项目数（项）", "奖励资金（万元）", "预算科目", "备注"],
        [1, "高新区", 1, 20, "2069901科技奖励", "由高新区财政承担"],
        [2, "西太湖", 1, 20, "2069901科技奖励", "由西太湖财政承担"],
        ["合计", null, 2, 40, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A6:B6"],
    },
    {
      name: "附件2",
      widths: [6, 14, 30, 22, 34, 22, 14],
      rows: [
        ["附件2", null, null, null, null, null, null],
        ["2023年常州市武进区科技创新发展专项资金（2022年度省外国专家工作室）奖励项目汇总表", null, null, null, null, null, null],
        ["序号", "镇（开发区）", "单位名称", "统一社会信用代码", "工作室名称", "奖励项目", "奖励金额（万元）"],
        [1, "高新区", "常州诺卫精密传动科技有限公司", "91320412MA1N7K3R5W", "江苏省精密传动外国专家工作室", "省外国专家工作室奖励", 20],
        [2, "西太湖", "江苏湖畔医疗器械有限公司", "91320412MA27P9D2XB", "江苏省微创介入器械外国专家工作室", "省外国专家工作室奖励", 20],
        ["合计", null, null, null, null, null, 40],
      ],
      merges: ["A1:G1", "A2:G2", "A6:F6"],
    },
  ],
  catalog: {
    items: [
      { name: "省外国专家工作室奖励", capType: "fixed", capAmount: 20, unit: "万元", year: 2023, document: "武政办发〔2022〕59号；武科发〔2022〕25号" },
    ],
  },
  expect: {
    tables: [
      { sheet: "附件1", kind: "composition", unit: "万元", headerRow: 3, lastRow: 6, columns: { B: "line", C: "quantity", D: "amount" }, year: 2023 },
      {
        sheet: "附件2",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "item", G: "approved" },
        year: 2023,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "D6", why: "20 + 20 = 40" },
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "C6", why: "1 + 1 = 2 projects, a count" },
      { rule: "composition.line-mismatch", sheet: "附件1", why: "奖励项目数 is a count beside the money, no unit amount stands beside it" },
      { rule: "cap.exceeded", sheet: "附件2", why: "each studio gets the 20万元 the notice gives it" },
      { rule: "cap.unknown-policy", sheet: "附件2", why: "奖励项目 names the catalog's item; 工作室名称 is the studio, not a policy" },
      { rule: "register.duplicate", sheet: "附件2", why: "two firms, one award each" },
      { rule: "register.ineligible-location", sheet: "附件2", why: "高新区 (武进国家高新区) and 西太湖 (西太湖科技产业园) lie in 武进区" },
      { rule: "register.unpaid", sheet: "附件2", why: "the as-of date is the notice's own, before the year's deadline; the firms are told to draw the money at their zone's finance office" },
      { rule: "input.unreadable-value", why: "2069901科技奖励 is a budget line; 备注 is text" },
    ],
  },
};
