import type { CorpusLayout } from "../types";

// 盐城市农业农村局 2024-03-18: the projects proposed for the 2023 省级现代农业发展专项 农业全产业链 money, as its 概要表 — 产业链
// merged down its projects, 项目名称 | 建设单位, then 总投资（万元） over 总投资 | 其中：省级财政资金 | 其中：建设单位自筹, 合计 first.
export const layout: CorpusLayout = {
  id: "yancheng-2023-whole-chain-provincial-projects",
  source: {
    title: "2023年省级现代农业发展专项农业全产业链拟立项支持项目公示（附件：拟立项支持项目概要表）",
    url: "https://snw.yancheng.gov.cn/art/2024/3/18/art_949_4166881.html",
    publisher: "盐城市农业农村局",
    date: "2024-03-18",
    changes:
      "As published: the title, the two header rows (总投资（万元） merged over 总投资 | 其中：省级财政资金 | 其中：建设单位自筹), the 合计 row " +
      "first, the two chains (生猪、河蟹) merged down three projects each. Projects, builders and figures are ours (the published ones " +
      "renamed, figures moved). Planted: the 河蟹生态养殖加工一体化项目's 总投资 typed 729 where 190 + 529 = 719; the 合计 总投资 " +
      "4,312 adds the lines as typed, so it misses its own sources 1,150 + 3,152 = 4,302 across the row.",
  },
  classes: [
    "composition", "allocation-by-project", "row-total-column", "sources-under-merged-header", "qizhong-columns",
    "two-header-rows", "category-merged-down", "total-row-first", "whole-wanyuan", "wanyuan-in-header", "builders-not-payees",
    "city-fund", "jiangsu",
  ],
  sheets: [
    {
      name: "概要表",
      widths: [14, 30, 30, 10, 16, 16],
      rows: [
        ["2023年省级现代农业发展专项农业全产业链拟立项支持项目概要表", null, null, null, null, null],
        ["产业链", "项目名称", "建设单位", "总投资（万元）", null, null],
        [null, null, null, "总投资", "其中：省级财政资金", "其中：建设单位自筹"],
        ["合计", null, null, 4312, 1150, 3152],
        ["生猪全产业链", "生猪屠宰分割精深加工项目", "江苏阜康食品科技有限公司", 650, 190, 460],
        [null, "预制肉包中央厨房加工项目", "盐城农丰央厨餐饮管理有限公司", 700, 190, 510],
        [null, "低温肉制品精深加工项目", "滨海恒润食品科技有限公司", 670, 200, 470],
        ["河蟹全产业链", "河蟹生态养殖加工一体化项目", "盐城市盐都区铭泰水产养殖有限公司", 729, 190, 529],
        [null, "醉蟹蟹黄酱食品加工项目", "盐城蟹珍坊食品有限公司", 813, 190, 623],
        [null, "大闸蟹分拣包装中心项目", "建湖湖荡大闸蟹有限公司", 750, 190, 560],
      ],
      merges: ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "A4:C4", "A5:A7", "A8:A10"],
    },
  ],
  settings: { district: "盐城市" },
  expect: {
    tables: [
      {
        sheet: "概要表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { A: "category", B: "line", D: "amount", E: "amount:省级财政资金", F: "amount:建设单位自筹" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D8", why: "河蟹生态养殖加工一体化项目: 总投资 729; 省级 190 + 自筹 529 = 719: 10万元 apart" },
      {
        rule: "composition.total-mismatch",
        cell: "D4",
        why: "合计 总投资 4,312 (the lines as typed 650 + 700 + 670 + 729 + 813 + 750); its sources 1,150 + 3,152 = 4,302: 10万元 apart across the row",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E4", why: "省级 lines 190 × 5 + 200 = 1,150 as stated" },
      { rule: "composition.total-mismatch", cell: "F4", why: "自筹 lines 460 + 510 + 470 + 529 + 623 + 560 = 3,152 as stated" },
      { rule: "composition.total-mismatch", cell: "D5", why: "650 = 190 + 460; every other project adds up too" },
      { rule: "register.duplicate", why: "builders named after their projects, no credit code: an allocation by project, no award list" },
      { rule: "cap.unknown-policy", why: "an allocation by project: no register's amounts to cap" },
    ],
  },
};
