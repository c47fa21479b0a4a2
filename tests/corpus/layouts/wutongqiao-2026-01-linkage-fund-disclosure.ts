import type { CorpusLayout } from "../types";

// 乐山市五通桥区 2026年1月 巩固拓展脱贫攻坚成果同乡村振兴有效衔接领域资金公开: 序号 | 名称 | 来源 | 总额（万元） | 发放标准及方式 |
// 主管部门 | 分配情况 | 备注 — the 总额 typed with its unit (6.16万元), each row's split by town written as a numbered list inside one cell.
export const layout: CorpusLayout = {
  id: "wutongqiao-2026-01-linkage-fund-disclosure",
  source: {
    title: "2026年1月巩固拓展脱贫攻坚成果同乡村振兴有效衔接领域资金公开情况的公示",
    url: "http://wtq.gov.cn/wtqq/gsggwtq/202601/9dee14b4c7324e48ba0982f391196581.shtml",
    publisher: "乐山市五通桥区农业农村局",
    date: "2026-01-22",
    changes:
      "As published: the title, the eight headings, the first three rows (公益性岗位补贴; 农村最低生活保障; 集中供养+居家救助生活补贴) with their 来源, " +
      "the 总额 typed with 万元, the standard and manner in words, the 主管部门 and the town-by-town split as a numbered list in one cell (万元 for the first " +
      "row, 元 for the others), the 备注 2026年1月资金 and the note on 冠英敬老院. The fourth row (护理补贴) is cut off on the stored copy and left out. " +
      "All figures are ours (the towns and their order are the district's). Nothing planted: each 总额 agrees with its standard and its towns.",
  },
  classes: ["composition", "clean", "amount-with-unit-as-text", "split-in-one-cell", "per-person-per-month-standard", "towns-in-text", "no-total-row", "district-disclosure", "sichuan"],
  settings: { district: "乐山市五通桥区" },
  sheets: [
    {
      name: "资金公开",
      widths: [6, 22, 24, 14, 30, 20, 48, 14],
      rows: [
        ["2026年1月巩固拓展脱贫攻坚成果同乡村振兴有效衔接领域资金公开情况的公示", null, null, null, null, null, null, null],
        ["序号", "名称", "来源", "总额（万元）", "发放标准及方式", "主管部门", "分配情况", "备注"],
        [1, "公益性岗位补贴", "中央、省、级就业创业补助资金", "6.16万元", "154个人，每人每月400元，一卡通发放", "区人力资源和社会保障局", "1.竹根镇0.32万元，涉及8人次；\n2.牛华镇0.48万元，涉及12人次；\n3.金山镇1.16万元，涉及29人次；\n4.西坝镇1.28万元，涉及32人次；\n5.冠英镇0.6万元，涉及15人次；\n6.石麟镇1.52万元，涉及38人次；\n7.蔡金镇0.8万元，涉及20人次。", "2026年1月资金"],
        [2, "农村最低生活保障", "中央省市困难群众补助资金", "321.0744万元", "按照每人每月620元进行补差，一卡通发放", "区民政局", "1.石麟镇503820元，涉及946人；\n2.冠英镇374140元，涉及688人；\n3.西坝镇275430元，涉及547人；\n4.竹根镇405860元，涉及766人；\n5.牛华镇498210元，涉及941人；\n6.金山镇611530元，涉及1150人；\n7.金粟镇240310元，涉及470人；\n8.蔡金镇301444元，涉及590人。", null],
        [3, "集中供养+居家救助生活补贴", "区级兜底", "2.6784万元", "生活费每人每月186元，一卡通发放", "区民政局", "1.石麟镇5766元，涉及31人；\n2.冠英镇5208元，涉及28人；\n3.金山镇1116元，涉及6人；\n4.竹根镇1488元，涉及8人；\n5.牛华镇3720元，涉及20人；\n6.金粟镇2232元，涉及12人；\n7.蔡金镇2790元，涉及15人；\n8.西坝镇4464元，涉及24人。\n其中冠英敬老院集中供养4人，涉及资金1544元", null],
      ],
      merges: ["A1:H1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "资金公开", kind: "composition", unit: "万元", headerRow: 2, lastRow: 5, columns: { B: "line", D: "amount" }, year: 2026 },
    ],
    findings: [],
    absent: [
      { rule: "input.unreadable-value", cell: "D3", why: "6.16万元 is one sum with its unit written" },
      { rule: "input.unreadable-value", cell: "D4", why: "321.0744万元 is one sum with its unit" },
      { rule: "composition.line-mismatch", cell: "D3", why: "154 persons × 400元 = 61,600元 = 6.16万元; the towns give 0.32 + 0.48 + 1.16 + 1.28 + 0.6 + 1.52 + 0.8 = 6.16" },
      { rule: "composition.line-mismatch", cell: "D5", why: "144 persons × 186元 = 26,784元 = 2.6784万元; the towns add to 26,784元" },
      { rule: "composition.total-mismatch", why: "the table has no total row; 农村最低生活保障's towns add to 3,210,744元 = 321.0744万元" },
      { rule: "composition.total-mismatch", cell: "G5", why: "其中冠英敬老院 1544元 is a share of 冠英镇's 5208元, not a ninth town" },
      { rule: "register.ineligible-location", why: "no register: the towns named in 分配情况 are the district's own" },
      { rule: "cap.unknown-policy", why: "no register: the rows are programmes, not awards to firms" },
    ],
  },
};
