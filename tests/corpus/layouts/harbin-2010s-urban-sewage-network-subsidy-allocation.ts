import type { CorpusLayout } from "../types";

// 哈尔滨市财政局 (中国污泥网 reprint): the year's central 城镇污水处理设施及配套管网 专项补助资金, 6,682.4万元, the most since the fund
// began in 2007, for 27 projects chosen with 市建委 and 市水务局 — 道外区's 朝阳水质净化厂, 阿城区, 呼兰区 and others. Laid out as the
// allocation by 区、县（市）: 项目个数 | 补助资金, the 合计 at the foot, the fund's use in a note.
export const layout: CorpusLayout = {
  id: "harbin-2010s-urban-sewage-network-subsidy-allocation",
  source: {
    title: "哈尔滨市获国家城镇污水处理设施及配套管网专项补助资金6682.4万元（分区县分配表据报道拟）",
    url: "http://cnsludge.com/news/show.php?itemid=3887",
    publisher: "哈尔滨市财政局（中国污泥网转载）",
    date: "undated (after 2007)",
    changes:
      "As published: the total 6,682.4万元, the 27 projects, the offices (市财政局 会同 市建委、市水务局), and 道外区（朝阳水质净化厂）, 阿城区, " +
      "呼兰区 among the places. Ours: the other districts and counties, each one's count of projects and money (counts add to 27). The report " +
      "gives no year, so the table states none. Planted: 呼兰区 typed 612.5 where the lines meant to give 6,682.4 need 592.5, so the lines add " +
      "up to 6,702.4.",
  },
  classes: ["composition", "allocation-by-county", "count-column", "one-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "project-in-brackets", "table-from-prose", "news-report", "city-fund", "heilongjiang"],
  settings: { district: "哈尔滨市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 30, 12, 14, 20],
      rows: [
        ["城镇污水处理设施及配套管网专项补助资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "区、县（市）", "项目个数（个）", "补助资金", "备注"],
        [1, "道外区（朝阳水质净化厂）", 1, 1450.0, null],
        [2, "阿城区", 3, 862.6, null],
        [3, "呼兰区", 3, 612.5, null],
        [4, "双城区", 2, 548.0, null],
        [5, "松北区", 2, 486.3, null],
        [6, "平房区", 1, 310.0, null],
        [7, "宾县", 2, 402.8, null],
        [8, "尚志市", 2, 375.4, null],
        [9, "五常市", 2, 366.0, "含乡镇污水处理厂1个"],
        [10, "依兰县", 2, 298.5, null],
        [11, "巴彦县", 2, 286.2, null],
        [12, "方正县", 1, 198.6, null],
        [13, "木兰县", 1, 176.0, null],
        [14, "通河县", 2, 165.5, null],
        [15, "延寿县", 1, 164.0, null],
        ["合计", null, 27, 6682.4, null],
        ["注：资金由市财政局会同市建委、市水务局等部门在全市范围内组织筛选项目后下达，专项用于城镇污水处理设施及配套管网建设。", null, null, null, null],
      ],
      merges: ["A1:E1", "A19:B19", "A20:E20"],
      numberFormats: { "D4:D19": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 19, columns: { B: "line", C: "quantity", D: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D19", why: "合计 6,682.4; the lines add up to 1,450.0 + 862.6 + 612.5 + 548.0 + 486.3 + 310.0 + 402.8 + 375.4 + 366.0 + 298.5 + 286.2 + 198.6 + 176.0 + 165.5 + 164.0 = 6,702.4 (20.0万元 over)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C19", why: "project counts 1+3+3+2+2+1+2+2+2+2+2+1+1+2+1 = 27" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count of projects, no unit price: the money is no count × standard" },
      { rule: "input.unreadable-value", cell: "E12", why: "a remark in the 备注 column is text, not a figure" },
      { rule: "register.ineligible-location", why: "all fifteen are districts, counties and county-level cities of 哈尔滨市; and this is no register" },
      { rule: "cap.unknown-policy", why: "an allocation among districts: no applicants, no policy items" },
    ],
  },
};
