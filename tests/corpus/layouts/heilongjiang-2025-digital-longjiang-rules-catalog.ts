import type { CorpusLayout } from "../types";

// 黑龙江省工业和信息化厅、黑龙江省财政厅 2025-01-02: 《〈推动“数字龙江”建设加快数字经济高质量发展若干政策措施〉有关实施细则》, six 细则 (附件1–6).
// The stored copy gives the six titles and 附件1 in full (第二条: 按照中央支持额度的20%省级财政给予补助，最高不超过100万元; 第五条: 免申即享).
// Set out as the 政策清单 an office keeps of the six: 序号 | 实施细则 | 支持对象 | 支持标准 | 兑现方式.
export const layout: CorpusLayout = {
  id: "heilongjiang-2025-digital-longjiang-rules-catalog",
  source: {
    title: "关于印发《〈推动“数字龙江”建设加快数字经济高质量发展若干政策措施〉有关实施细则》的通知（政策清单据正文拟）",
    url: "https://www.ccgov.com.cn/articles/zhengcecaiji/2025/20250516/35/755447.html",
    publisher: "黑龙江省工业和信息化厅、黑龙江省财政厅",
    date: "2025-01-02",
    changes:
      "The notice lists six 细则 (附件1–6) and the stored copy shows 附件1 only: its support object (获得工信部工业互联网领域专项资金支持项目的牵头单位), " +
      "its standard (中央支持额度的20%, 最高不超过100万元) and 免申即享 are kept word for word. The list (序号 | 实施细则 | 支持对象 | 支持标准 | " +
      "兑现方式) is ours, as are the objects and standards of 附件2–6 (the stored copy does not show them). Planted: 重点数字产品建设项目补助 " +
      "given as 一事一议 — no amount, no rate.",
  },
  classes: [
    "catalog", "policy-list", "rate-with-maximum", "fixed-amounts", "levels-in-one-sentence", "one-thing-one-discussion",
    "support-object-column", "table-from-prose", "province-policy", "heilongjiang",
  ],
  settings: { district: "黑龙江省" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 34, 40, 46, 12],
      rows: [
        ["《推动“数字龙江”建设加快数字经济高质量发展若干政策措施》有关实施细则政策清单", null, null, null, null],
        ["序号", "实施细则", "支持对象", "支持标准", "兑现方式"],
        [1, "工信部工业互联网省级补助奖励", "获得工信部工业互联网领域专项资金支持项目的牵头单位", "按照中央支持额度的20%省级财政给予补助，最高不超过100万元", "免申即享"],
        [2, "工信部试点示范奖励", "当年入选工信部数字经济领域试点示范的企业", "每个项目给予一次性奖励50万元", "免申即享"],
        [3, "数字产业企业营业收入奖励", "营业收入首次突破1亿元、5亿元、10亿元的数字产业企业", "分别给予一次性奖励30万元、50万元、100万元", "免申即享"],
        [4, "工业互联网标识解析二级节点建设补助", "建成并接入国家顶级节点的二级节点建设单位", "按项目实际投资额的30%给予补助，最高不超过300万元", "企业申报"],
        [5, "数字企业规上奖励", "首次纳入规模以上统计的数字企业", "一次性奖励20万元", "免申即享"],
        [6, "重点数字产品建设项目补助", "省重点数字产品建设项目单位", "一事一议", "企业申报"],
        ["注：同一项目符合多项政策的，按照就高不重复原则给予支持。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "code", B: "item", D: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D8", why: "一事一议 gives no amount and no rate" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D3", why: "20% of 中央支持额度, at most 100万元: a rate with its maximum" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D4", why: "a fixed 50万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D6", why: "30% of 实际投资额, at most 300万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "D7", why: "a fixed 20万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "A9", why: "the 就高不重复 note is no clause" },
    ],
  },
};
