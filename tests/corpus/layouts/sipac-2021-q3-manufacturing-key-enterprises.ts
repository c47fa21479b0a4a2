import type { CorpusLayout } from "../types";

// 苏州工业园区 2021-09-15: 2021年第三季度制造业重点企业 公示 (入库 by 直接认定 and 审核认定, under 苏园管〔2021〕2号) — a recognition list with
// no money: 序号 | 企业名称 | 统一社会信用代码 | 认定方式. One firm listed under both ways (a duplicate), one code with a wrong check character.
export const layout: CorpusLayout = {
  id: "sipac-2021-q3-manufacturing-key-enterprises",
  source: {
    title: "苏州工业园区2021年第三季度制造业重点企业公示",
    url: "http://sme.sipac.gov.cn/epservice/techsub/Apps/sme/index.php?s=/Notice/noticeDetail/id/302886/query_value1/i/orderway/time/i/3",
    publisher: "苏州工业园区经发委、苏州工业园区企业发展服务中心",
    date: "2021-09-15",
    changes:
      "The page shows the notice (入库 by 直接认定 and 审核认定, the 公示期 2021-09-15 to 09-21) and a download link; the attachment was not " +
      "stored. The list's columns (序号 | 企业名称 | 统一社会信用代码 | 认定方式) are ours, as are the firms and codes (苏州工业园区 320594). " +
      "Planted: 苏州纳弘微电子 listed again under 审核认定 (row 9, same code as row 4); 苏州泓博精密模具's code with a wrong check character.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "kind-column", "no-place-column", "item-in-title", "quarter-in-title", "development-zone", "jiangsu"],
  settings: { district: "苏州工业园区" },
  sheets: [
    {
      name: "入库企业",
      widths: [6, 36, 24, 12],
      rows: [
        ["苏州工业园区2021年第三季度制造业重点企业库入库企业名单", null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "认定方式"],
        [1, "苏州恒瑞精工科技有限公司", "91320594MA1MXK3R29", "直接认定"],
        [2, "苏州纳弘微电子有限公司", "91320594MA1NB47T8E", "直接认定"],
        [3, "苏州博安生物医药有限公司", "91320594MA1P2C6W0Q", "直接认定"],
        [4, "苏州泓博精密模具有限公司", "91320594MA1Q8D5H35", "审核认定"],
        [5, "苏州星越光电材料有限公司", "91320594MA1R3E9K7H", "审核认定"],
        [6, "苏州德润智能装备有限公司", "91320594MA1T6F2L4J", "审核认定"],
        [7, "苏州纳弘微电子有限公司", "91320594MA1NB47T8E", "审核认定"],
        [8, "苏州华茂医疗器械有限公司", "91320594MA1W9G8M10", "审核认定"],
      ],
      merges: ["A1:D1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "入库企业", kind: "register", headerRow: 2, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "category" }, year: 2021 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B9", why: "苏州纳弘微电子 (91320594MA1NB47T8E) is listed at row 4 (直接认定) and again at row 9 (审核认定): one list, one recognition" },
      { rule: "register.invalid-credit-code", cell: "C6", why: "91320594MA1Q8D5H35: the check character for 91320594MA1Q8D5H3 is 9, not 5" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no amounts" },
      { rule: "register.unpaid", why: "a recognition list pays nothing and records no payments" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91320594MA1W9G8M10 is valid (check character 0)" },
    ],
  },
};
