import type { CorpusLayout } from "../types";

// 姚安县 (楚雄州, 云南) 2025: 36.96 万元 of the third batch of 州级 衔接推进乡村振兴补助资金 sent down to 栋川镇, 前场镇 and 县人社局; the
// notice's 附件1 分配表 names each receiver's project, amount and 支出功能科目. Clean: nothing to report.
export const layout: CorpusLayout = {
  id: "yaoan-2025-third-batch-prefecture-linkage-fund-allocation",
  source: {
    title: "姚安县2025年第三批州级财政衔接推进乡村振兴补助资金分配表（附件1）",
    url: "http://yaoan.gov.cn/info/1713/482724.htm",
    publisher: "姚安县财政局",
    date: "2025",
    changes:
      "The notice (楚财农〔2025〕121号, 姚农办复〔2025〕14号) gives the total 36.96 万元 and the three receivers; the 附件1 table is not in the stored " +
      "copy, so its columns (序号 | 资金使用单位 | 项目名称 | 分配资金 | 支出功能分类科目 | 备注) are built from the notice, and the projects, the " +
      "split of the 36.96 and the 科目 codes are ours. Nothing is planted: the lines add to the 合计 to the fen.",
  },
  classes: [
    "composition", "clean", "allocation-to-receivers", "towns-and-bureau-as-receivers", "function-code-column", "total-at-foot",
    "two-decimal-wanyuan", "wanyuan-caption", "annex-title-row", "notes-under-table", "table-not-in-stored-copy", "county-fund", "yunnan",
  ],
  settings: { district: "姚安县" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 20, 40, 12, 28, 16],
      rows: [
        ["附件1", null, null, null, null, null],
        ["姚安县2025年第三批州级财政衔接推进乡村振兴补助资金分配表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "资金使用单位", "项目名称", "分配资金", "支出功能分类科目", "备注"],
        [1, "栋川镇", "栋川镇蜂鸣村蔬菜产业基地配套设施建设项目", 15.6, "2130505 生产发展", null],
        [2, "前场镇", "前场镇新街村农村人居环境提升项目", 12.4, "2130599 其他巩固脱贫攻坚成果衔接乡村振兴支出", null],
        [3, "县人力资源和社会保障局", "脱贫劳动力外出务工一次性交通补助", 8.96, "2130599 其他巩固脱贫攻坚成果衔接乡村振兴支出", "按实际人数据实兑付"],
        ["合计", null, null, 36.96, null, null],
        ["注：资金使用单位须于2025年底前完成项目建设及资金支付。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A3:F3", "A8:C8", "A9:F9"],
      numberFormats: { "D5:D8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 8, columns: { C: "line", D: "amount" }, year: 2025 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "D8", why: "15.60 + 12.40 + 8.96 = 36.96" },
      { rule: "register.ineligible-location", why: "栋川镇 and 前场镇 are towns of 姚安县" },
      { rule: "input.unreadable-value", sheet: "分配表", cell: "E5", why: "a 支出功能分类科目 code with its name is a label, not an amount" },
      { rule: "input.unreadable-value", sheet: "分配表", cell: "A9", why: "the note under the table" },
    ],
  },
};
