import type { CorpusLayout } from "../types";

// 沁水县 (山西 晋城) 2024-07-26: the tenth batch of 衔接资金 paid directly to project bodies — 252万元 of central money — with an annex
// 2024年衔接资金分配拨付明细表. Laid out as such an annex kept up to the year's end: town, project, 项目实施单位 (village co-operatives and
// town governments), 分配资金 beside 本次拨付 and the 拨付日期, 合计 at the foot, the issuing office under it.
export const layout: CorpusLayout = {
  id: "qinshui-2024-linkage-batch10-payments",
  source: {
    title: "关于安排2024年第十批直接支付项目衔接资金的通知（附件：2024年衔接资金分配拨付明细表）",
    url: "http://xxgk.qinshui.gov.cn/xzf/qsnyncj/fdzdgknr/fply/fpxm_35/202408/t20240809_2018780.shtml",
    publisher: "沁水县巩固脱贫成果衔接乡村振兴工作领导小组办公室",
    date: "2024-07-26",
    changes:
      "As published: the batch (第十批直接支付项目), the money (中央衔接资金 252万元), the annex's title and the issuing office. The stored copy " +
      "does not show the annex, so its columns, the seven projects (in 沁水县's towns), the bodies, amounts and dates are ours; the 分配资金 " +
      "add up to the published 252. The cap in the catalog (100万元 a project) is chosen for the corpus. Planted: 端氏村冷库 paid 65万元 of the " +
      "60 allocated; 嘉峰镇李庄村小型水利 paid on 2024-12-10, after the 11-30 deadline.",
  },
  classes: ["register", "instalments", "direct-payment-list", "payees-are-villages-and-towns", "no-credit-codes", "towns-as-places", "item-in-title", "dates-as-excel-dates", "wanyuan-caption", "signoff-line", "shanxi"],
  settings: { asOf: "2024-12-31", district: "沁水县" },
  sheets: [
    {
      name: "拨付明细表",
      widths: [6, 10, 34, 24, 14, 12, 12, 12, 10],
      rows: [
        ["附件", null, null, null, null, null, null, null, null],
        ["2024年衔接资金分配拨付明细表（第十批）", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "乡（镇）", "项目名称", "项目实施单位", "资金性质", "分配资金", "本次拨付", "拨付日期", "备注"],
        [1, "龙港镇", "龙港镇杏峪村光伏电站运维项目", "杏峪村股份经济合作社", "中央衔接资金", 18, 18, 45510, null],
        [2, "中村镇", "中村镇松甸村中药材种植基地项目", "松甸村股份经济合作社", "中央衔接资金", 45, 45, 45510, null],
        [3, "郑庄镇", "郑庄镇河头村产业路硬化项目", "郑庄镇人民政府", "中央衔接资金", 36, 36, 45513, null],
        [4, "端氏镇", "端氏镇端氏村农产品冷库项目", "端氏村股份经济合作社", "中央衔接资金", 60, 65, 45513, null],
        [5, "嘉峰镇", "嘉峰镇李庄村小型水利设施项目", "嘉峰镇人民政府", "中央衔接资金", 28, 28, 45636, null],
        [6, "柿庄镇", "柿庄镇柿庄村蔬菜大棚项目", "柿庄村股份经济合作社", "中央衔接资金", 40, 40, 45519, null],
        [7, "胡底乡", "胡底乡老坟沟村黑山羊养殖项目", "老坟沟村股份经济合作社", "中央衔接资金", 25, 20, 45519, "尾款待验收后拨付"],
        ["合计", null, null, null, null, 252, 252, null, null],
        ["沁水县巩固脱贫成果衔接乡村振兴工作领导小组办公室", null, null, null, null, null, "2024年7月26日", null, null],
      ],
      merges: ["A1:I1", "A2:I2", "A12:E12", "A13:F13", "G13:I13"],
      numberFormats: { "F5:G12": "0.00", "H5:H11": "yyyy-mm-dd" },
    },
  ],
  catalog: {
    items: [
      {
        name: "中央财政衔接推进乡村振兴补助资金（直接支付项目）",
        capType: "max",
        capAmount: 100,
        unit: "万元",
        year: 2024,
        document: "沁水县第十批直接支付项目衔接资金（每个项目上限为语料自拟）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拨付明细表",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 12,
        columns: { B: "place", C: "project", D: "enterprise", F: "approved", G: "paidNow", H: "paidDate" },
        year: 2024,
        item: "中央财政衔接推进乡村振兴补助资金（直接支付项目）",
      },
    ],
    findings: [
      { rule: "register.paid-exceeds-award", cell: "G8", why: "端氏镇端氏村农产品冷库项目: 65.00 paid against 60.00 allocated, 5.00万元 over" },
      { rule: "register.late-disbursement", cell: "H9", why: "嘉峰镇李庄村小型水利设施项目 paid 2024-12-10, after the year's 11-30 deadline" },
    ],
    absent: [
      { rule: "register.unpaid", cell: "G11", why: "老坟沟村 has been paid 20.00 of 25.00; the rest waits for acceptance (备注) — a payment is shown" },
      { rule: "register.paid-exceeds-award", cell: "G12", why: "合计 252.00 paid against 252.00 allocated; a total row is no award" },
      { rule: "register.duplicate", why: "seven different projects; 郑庄镇人民政府 and 嘉峰镇人民政府 each carry one" },
      { rule: "register.ineligible-location", why: "every town is 沁水县's own" },
      { rule: "register.invalid-credit-code", why: "the list carries no codes" },
      { rule: "cap.exceeded", why: "no project is allocated more than 60.00" },
      { rule: "input.unreadable-value", cell: "G13", why: "the sign-off date under the table is text" },
    ],
  },
};
