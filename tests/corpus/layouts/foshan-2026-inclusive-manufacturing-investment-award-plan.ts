import type { CorpusLayout } from "../types";

// 佛山市工业和信息化局 2026-01-29: the twelve projects of the city given the province's 2026 普惠性制造业投资奖励 (制造业当家重点任务保障专项),
// 6571万元 in all (粤工信技改函〔2026〕2号), put up for comment — the annexed 资金安排计划 by district, firm and project, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "foshan-2026-inclusive-manufacturing-investment-award-plan",
  source: {
    title: "佛山市2026年广东省制造业当家重点任务保障专项资金普惠性制造业投资奖励项目资金安排计划（公示附件；表据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news927291.html",
    publisher: "佛山市工业和信息化局",
    date: "2026-01-29",
    changes:
      "As published: the fund, the documents (粤工信技改函〔2025〕13号, 粤工信技改函〔2026〕2号), twelve projects and 6571万元 in all, the comment " +
      "period 2026年1月29日至2月4日. The stored copy gives the notice, not the .xls: the table (序号 | 所在区 | 项目单位 | 统一社会信用代码 | 项目名称 | " +
      "奖励资金（万元） | 备注) is laid out as such a plan is, and the firms, codes, projects and the split of the 6571 are ours. Planted: " +
      "佛山市顺德区华骏精密机械有限公司's 智能产线扩产项目 listed a second time (row 13, the same code and project); 佛山市南海区科铭电器有限公司's code " +
      "with a wrong check character; 江门市蓬江区 firm 江门市锐达五金制品有限公司 in a Foshan list.",
  },
  classes: ["register", "award-plan", "project-name-column", "credit-codes", "districts-as-places", "city-fund", "item-in-title", "wanyuan-in-header", "remark-column", "total-at-foot", "notes-under-table", "signoff-line", "table-from-prose", "guangdong"],
  settings: { district: "佛山市", asOf: "2026-02-04" },
  sheets: [
    {
      name: "资金安排计划",
      widths: [6, 10, 34, 22, 36, 16, 12],
      rows: [
        ["佛山市2026年广东省制造业当家重点任务保障专项资金普惠性制造业投资奖励项目资金安排计划", null, null, null, null, null, null],
        ["序号", "所在区", "项目单位", "统一社会信用代码", "项目名称", "奖励资金（万元）", "备注"],
        [1, "南海区", "佛山市南海区瑞丰铝型材有限公司", "91440605MA55R2KT7H", "高端铝型材智能化技术改造项目", 1180, null],
        [2, "顺德区", "广东顺德宏泰家电科技有限公司", "91440606MA4WH8PQ3T", "智能家电生产基地扩建项目", 860, null],
        [3, "禅城区", "佛山市禅城区精陶新材料有限公司", "91440604MA52LX6N04", "建筑陶瓷数字化生产线改造项目", 742, null],
        [4, "顺德区", "佛山市顺德区华骏精密机械有限公司", "91440606MA56E3BR4W", "智能产线扩产项目", 655, null],
        [5, "三水区", "佛山市三水区联创涂料有限公司", "91440607MA53C9UD1L", "水性涂料绿色工厂建设项目", 610, null],
        [6, "高明区", "佛山市高明区恒运塑胶制品有限公司", "91440608MA4X8KFM2G", "改性塑料新增产能项目", 548, null],
        [7, "南海区", "佛山市南海区科铭电器有限公司", "91440605MA4UTJ0W80", "小家电自动化装配线改造项目", 503, null],
        [8, "顺德区", "佛山市顺德区北滘锐新电机有限公司", "91440606MA51NY7H55", "新能源电机生产线建设项目", 421, null],
        [9, "高明区", "佛山市高明区华建新型建材有限公司", "91440608MA57QD2G3J", "装配式建材生产线项目", 388, null],
        [10, "顺德区", "佛山市顺德区华骏精密机械有限公司", "91440606MA56E3BR4W", "智能产线扩产项目", 300, null],
        [11, "南海区", "佛山市南海区信和纺织有限公司", "91440605MA59KB4E1A", "纺织印染设备更新项目", 215, null],
        [12, "江门市蓬江区", "江门市锐达五金制品有限公司", "91440703MA4WA3CL61", "五金制品技术改造项目", 149, null],
        ["合计", null, null, null, null, 6571, null],
        ["公示期：2026年1月29日至2月4日（共7日）。对公示内容如有异议，请在公示期内向市工业和信息化局（技术改造与投资科）反映。", null, null, null, null, null, null],
        [null, null, null, null, "佛山市工业和信息化局", "2026年1月29日", null],
      ],
      merges: ["A1:G1", "A15:E15", "A16:G16"],
      numberFormats: { "F3:F15": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排计划",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "approved" },
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "F12", why: "华骏精密机械 (91440606MA56E3BR4W) 智能产线扩产项目 is already on row 6 (655万元); row 12 gives it again (300万元)" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91440605MA4UTJ0W80: the check character for 91440605MA4UTJ0W8 is Q, not 0" },
      { rule: "register.ineligible-location", cell: "B14", why: "江门市蓬江区 is outside 佛山市" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "南海区, 顺德区, 禅城区, 三水区 and 高明区 are the districts of 佛山市 (apart from row 14)" },
      { rule: "register.location-code-mismatch", why: "each code's 4406xx agrees with the district of its row; the 江门 firm's 440703 agrees with 蓬江区" },
      { rule: "register.duplicate", cell: "F10", why: "北滘锐新电机 is a different firm in 顺德区; only row 12 repeats a firm and project" },
      { rule: "cap.exceeded", why: "no catalog gives the award a cap" },
      { rule: "cap.exceeded", cell: "F15", why: "合计 6571 = 1180 + 860 + 742 + 655 + 610 + 548 + 503 + 421 + 388 + 300 + 215 + 149, no award" },
      { rule: "register.unpaid", why: "a plan put up for comment, no payment columns" },
      { rule: "input.unreadable-value", why: "the notice line, the bureau and the date under the table are text" },
    ],
  },
};
