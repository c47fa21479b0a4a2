import type { CorpusLayout } from "../types";

// 佛山市工业和信息化局 2026-01: the plan of the 2025 普惠性制造业投资奖励 (second batch) under the province's 制造业当家 fund — one row a
// project, its 区, the firm, its code, the project and the award in 万元, 合计 at the foot. Distinct from the 2026 plan the same bureau showed that day.
export const layout: CorpusLayout = {
  id: "foshan-2025-inclusive-investment-award-batch2-plan",
  source: {
    title: "佛山市2025年广东省制造业当家重点任务保障专项资金普惠性制造业投资奖励（第二批）资金安排计划（公示）",
    url: "https://www.chacewang.com/newsdetail/news927292.html",
    publisher: "佛山市工业和信息化局",
    date: "2026-01-29",
    changes:
      "The notice (12 projects, 5379万元, 粤工信技改函〔2026〕3号, 公示 2026-01-29 to 02-04) is as published; the stored copy names the annex (.xls) " +
      "but does not show it, so its columns (序号 | 所在区 | 项目单位 | 统一社会信用代码 | 项目名称 | 奖励金额（万元）), the caption and the note are " +
      "ours, and so are the 11 rows, firms, codes (of 佛山's five districts) and amounts. Planted: 佛山三水铝型材's code with a wrong check " +
      "character; 佛山市南海汽配科技's project listed again at row 11 (same firm, same project).",
  },
  classes: ["register", "project-plan", "credit-codes", "districts-as-places", "project-column", "whole-wanyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "city-fund", "guangdong"],
  settings: { asOf: "2026-01-29", district: "佛山市" },
  sheets: [
    {
      name: "资金安排计划",
      widths: [6, 10, 30, 22, 34, 14],
      rows: [
        ["佛山市2025年广东省制造业当家重点任务保障专项资金普惠性制造业投资奖励（第二批）资金安排计划", null, null, null, null, null],
        ["序号", "所在区", "项目单位", "统一社会信用代码", "项目名称", "奖励金额（万元）"],
        [1, "南海区", "佛山南海精铸机械有限公司", "91440605MA51K2P3XU", "精密铸件智能化扩产项目", 812],
        [2, "顺德区", "广东顺德智联家电科技有限公司", "91440606MA51L7Q4Y0", "智能家电生产线技术改造项目", 1045],
        [3, "禅城区", "佛山禅城陶瓷新材料有限公司", "91440604MA51M3R5AN", "陶瓷新材料窑炉节能改造项目", 386],
        [4, "三水区", "佛山三水铝型材有限公司", "91440607MA51N8T6B3", "高端铝型材挤压线扩建项目", 654],
        [5, "高明区", "佛山高明新能源装备有限公司", "91440608MA51P4U7CT", "储能装备生产基地建设项目", 497],
        [6, "南海区", "佛山市南海汽配科技有限公司", "91440605MA51Q9W8D5", "汽车零部件数字化车间项目", 325],
        [7, "顺德区", "佛山顺德数控机床有限公司", "91440606MA51R5X9E8", "五轴数控机床产能提升项目", 588],
        [8, "三水区", "佛山三水食品饮料有限公司", "91440607MA51T1Y0F1", "饮料无菌灌装线技改项目", 214],
        [9, "高明区", "广东高明化工新材料有限公司", "91440608MA51U6A1GX", "功能涂料新材料扩产项目", 276],
        [10, "禅城区", "佛山禅城智能包装有限公司", "91440604MA51W2B2HQ", "智能包装设备更新项目", 168],
        [11, "南海区", "佛山市南海汽配科技有限公司", "91440605MA51Q9W8D5", "汽车零部件数字化车间项目", 325],
        ["合计", null, null, null, null, 5290],
        ["备注：奖励资金按项目设备投资额核定，由省财政直接下达至各区。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A14:E14", "A15:F15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排计划",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "approved" },
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D6", why: "91440607MA51N8T6B3: the check character for 91440607MA51N8T6B is P, not 3" },
      { rule: "register.duplicate", cell: "F13", why: "佛山市南海汽配科技 (91440605MA51Q9W8D5) and its 汽车零部件数字化车间项目 again at row 11, first at row 6" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F14", why: "合计 5,290 = 812 + 1045 + 386 + 654 + 497 + 325 + 588 + 214 + 276 + 168 + 325 as typed" },
      { rule: "register.ineligible-location", why: "南海, 顺德, 禅城, 三水 and 高明 are 佛山市's five districts" },
      { rule: "register.location-code-mismatch", why: "every code's 440604–440608 names the district beside it" },
      { rule: "register.unpaid", why: "a plan of awards to be paid records no payments" },
      { rule: "input.unreadable-value", sheet: "资金安排计划", cell: "A15", why: "the 备注 line is a note" },
    ],
  },
};
