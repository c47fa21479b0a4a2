import type { CorpusLayout } from "../types";

// 湖州市吴兴区财政局、农业农村局 2023-04-19 (吴财农〔2023〕56号): the 2022 rural-environment and waste-sorting city subsidy
// (544万元 due, 285 paid) — its second batch of 259万元 sent to 高新区 and the towns and streets: 已拨付 | 本次拨付, then 备注
// split under one heading into 2022年度考核等次 (the villages by grade) and 上次拨付明细, 单位：万元.
export const layout: CorpusLayout = {
  id: "wuxing-2022-rural-environment-batch2-funds",
  source: {
    title: "关于拨付2022年度农村人居环境长效管理和生活垃圾分类处理第二批市级补助资金的通知（附件：2022年度农村人居环境长效管理和生活垃圾分类处理第二批市级补助资金明细表）",
    url: "http://www.wuxing.gov.cn/art/2023/4/20/art_1229518323_3929008.html",
    publisher: "湖州市吴兴区财政局、湖州市吴兴区农业农村局",
    date: "2023-04-19",
    changes:
      "As published: the title, 单位：万元, the headings (序号 | 乡镇 | 已拨付 | 本次拨付 | 备注 over 2022年度考核等次 / 上次拨付明细), the first " +
      "row's place (高新区) and its first villages by grade, and the notice's totals (已拨付 285, 本次 259). The other rows (towns and streets " +
      "of 吴兴区), their amounts, villages and the 上次拨付明细 text are ours. Planted: 本次拨付 合计 259 where the ten rows add up to 256.",
  },
  classes: ["composition", "allocation-by-town", "instalments", "paid-before-and-now", "remark-split-under-one-heading", "two-header-rows", "villages-in-remarks", "development-zone-among-towns", "towns-as-places", "total-at-foot", "wanyuan-caption", "zhejiang"],
  sheets: [
    {
      name: "明细表",
      widths: [6, 12, 10, 10, 60, 24],
      rows: [
        ["附件", null, null, null, null, null],
        ["2022年度农村人居环境长效管理和生活垃圾分类处理第二批市级补助资金明细表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "乡镇", "已拨付", "本次拨付", "备注", null],
        [null, null, null, null, "2022年度考核等次", "上次拨付明细"],
        [1, "高新区", 39, 31, "一等村：联漾村、杨溇村、戴北村（3个村）；二等村：北塘桥村、幻溇村、大溇村（3个村）", "2022年第一批拨付39万元"],
        [2, "八里店镇", 42, 36, "一等村：移沿山村、尹家圩村、潞村（3个村）；二等村：紫金桥村、谈家扇村（2个村）", "2022年第一批拨付42万元"],
        [3, "织里镇", 48, 45, "一等村：伍浦村、晟舍村、秦家港村（3个村）；二等村：轧村村、漾西村、太湖村（3个村）", "2022年第一批拨付48万元"],
        [4, "埭溪镇", 33, 30, "一等村：上强村、茅坞村（2个村）；二等村：老虎潭村、小羊山村、山背村（3个村）", "2022年第一批拨付33万元"],
        [5, "东林镇", 30, 27, "一等村：泉益村、南山村（2个村）；二等村：保健村、青山村（2个村）", "2022年第一批拨付30万元"],
        [6, "妙西镇", 21, 19, "一等村：妙山村、移山村（2个村）；二等村：肇村村（1个村）", "2022年第一批拨付21万元"],
        [7, "道场乡", 24, 22, "一等村：菰城村、红里山村（2个村）；二等村：浦南村、青山村（2个村）", "2022年第一批拨付24万元"],
        [8, "环渚街道", 18, 18, "一等村：义皋村、塘甸村（2个村）", "2022年第一批拨付18万元"],
        [9, "杨家埠街道", 16, 15, "一等村：丁家塘村（1个村）；二等村：杨家埠村、章家桥村（2个村）", "2022年第一批拨付16万元"],
        [10, "滨湖街道", 14, 13, "一等村：西山漾村（1个村）；二等村：仁舍村（1个村）", "2022年第一批拨付14万元"],
        ["合计", null, 285, 259, null, null],
      ],
      merges: ["A2:F2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "A16:B16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "明细表",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 16,
        columns: { B: "line", C: "amount:已拨付", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D16",
        why: "本次拨付 合计 259 where 31 + 36 + 45 + 30 + 27 + 19 + 22 + 18 + 15 + 13 = 256: 3万元 more",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C16", why: "已拨付 39 + 42 + 48 + 33 + 30 + 21 + 24 + 18 + 16 + 14 = 285" },
      { rule: "input.unreadable-value", why: "the 考核等次 and 上次拨付明细 cells are remarks in words" },
      { rule: "composition.line-mismatch", why: "no row gives a unit amount or a quantity: the village counts in the remarks are no quantity column" },
      { rule: "register.ineligible-location", why: "高新区 and the towns and streets are 吴兴区's own; this is an allocation, not a list of firms" },
    ],
  },
};
