import type { CorpusLayout } from "../types";

// 天津港保税区 (滨海新区工信局 site, 2023): 《天津港保税区先进制造业高质量发展的若干政策（试行）》 as reported — 固定资产投资 最高5000万元 (临港区域 or
// 战略性新兴 / 高技术制造 最高6000万元), 租金补贴 最高不超过75%, 盘活闲置工业用地 最高2000万元, “专精特新” 最高200万元, 企业协作配套 最高50万元,
// 引入配套厂商 额外奖励 最高不超过100万元. The report's caps as a catalog sheet; the year's payments (ours) beside.
export const layout: CorpusLayout = {
  id: "tianjin-port-ftz-2023-advanced-manufacturing-policies",
  source: {
    title: "深入实施制造强区战略 稳经济再出重拳 保税区最高6000万元奖励制造业投资（《天津港保税区先进制造业高质量发展的若干政策（试行）》；兑现明细据政策拟）",
    url: "https://gxj.tjbh.gov.cn/contents/6711/535532.html",
    publisher: "天津港保税区（滨海新区工业和信息化局网站转载报道）",
    date: "2023",
    changes:
      "As published: the report's caps, each set as a row of a catalog with a short name of ours and the report's own words as its 支持标准. The " +
      "second sheet (firms, codes, rents, amounts) is ours. Planted: a “专精特新”项目奖补 of 260 against 最高200万元; a 租金补贴 of 80 on a year's " +
      "rent of 100 (75% = 75).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-cap", "rate-cap", "two-caps-one-purpose", "item-per-row", "base-column",
    "dash-as-nothing", "credit-codes", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "news-report",
    "zone-policy", "tianjin",
  ],
  settings: { district: "天津市滨海新区" },
  sheets: [
    {
      name: "若干政策",
      widths: [6, 30, 90],
      rows: [
        ["天津港保税区先进制造业高质量发展的若干政策（试行）（摘要）", null, null],
        ["序号", "政策事项", "支持标准"],
        [1, "制造业项目固定资产投资奖补", "对在保税区建设的制造业项目，其固定资产投资最高奖补可达5000万元。"],
        [2, "临港区域及战略性新兴、高技术制造项目固定资产投资奖补", "对落户在临港区域或属于工业战略性新兴产业和高技术制造产业的制造业项目，最高奖补可达6000万元。"],
        [3, "租赁房产租金补贴", "对租赁区域内房产资源的，给予最高不超过75%的租金补贴。"],
        [4, "盘活闲置工业用地奖补", "鼓励盘活闲置工业用地，最高奖补可达2000万元。"],
        [5, "“专精特新”项目奖补", "对申报“专精特新”项目的企业，最高奖补可达200万元。"],
        [6, "企业协作配套奖补", "鼓励区域内企业协作配套，最高奖补可达50万元。"],
        [7, "引入配套厂商落户奖励", "鼓励企业引入配套厂商落户保税区，可给予最高不超过100万元的额外奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现明细",
      widths: [6, 34, 22, 34, 12, 12],
      rows: [
        ["2023年度先进制造业高质量发展政策兑现明细（部分）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策事项", "年租金", "兑现金额"],
        [1, "天津临港海瑞重工装备有限公司", "91120116MA07H3KD55", "临港区域及战略性新兴、高技术制造项目固定资产投资奖补", "—", 5800],
        [2, "天津保税区芯航微电子有限公司", "91120116MA05R8TL2P", "“专精特新”项目奖补", "—", 260],
        [3, "天津港保航空部件制造有限公司", "91120116MA06WQ4N8W", "租赁房产租金补贴", 100, 80],
        [4, "天津空港精测仪器有限公司", "91120116MA07C2GX93", "租赁房产租金补贴", 120, 90],
        [5, "天津保税区协力汽车零部件有限公司", "91120116MA05N7PB32", "企业协作配套奖补", "—", 50],
        [6, "天津滨港生物医药科技有限公司", "91120116MA0744FE65", "引入配套厂商落户奖励", "—", 60],
        ["合计", null, null, null, null, 6340],
        ["注：年租金为企业当年实际支付的区域内房产租金；其他事项按最高额内核定，无基数。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:E10", "A11:F11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "若干政策", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F5", why: "“专精特新”项目奖补 is 最高200万元; 260 paid, 60 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "F6", why: "租赁房产租金补贴 is at most 75% of the rent: 75% × 100 = 75; 80 paid, 5 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F4", why: "5,800 under its own item's 最高6000万元 (the 5000万元 ceiling is the other item's)" },
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "F7", why: "90 = 75% × 120, exactly the share" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F8", why: "50 is exactly the 最高50万元" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F9", why: "60 under 最高不超过100万元" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F10", why: "the 合计 is no award" },
      { rule: "composition.total-mismatch", sheet: "兑现明细", cell: "F10", why: "5,800 + 260 + 80 + 90 + 50 + 60 = 6,340" },
      { rule: "cap.unknown-policy", sheet: "兑现明细", why: "every 政策事项 is a catalog item word for word" },
      { rule: "input.unreadable-value", sheet: "兑现明细", cell: "E4", why: "— in 年租金: a maximum award has no base" },
      { rule: "register.invalid-credit-code", sheet: "兑现明细", why: "all six codes carry their check character" },
    ],
  },
};
