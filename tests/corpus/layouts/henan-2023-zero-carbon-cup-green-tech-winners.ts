import type { CorpusLayout } from "../types";

// 河南省工业和信息化厅 2023-07-20: 关于公布首届“零碳中原杯”河南省绿色制造技术应用创新大赛获奖企业和人员的通知 — the annex lists the
// winners by prize (一等奖 4项, 二等奖 7项, 三等奖 15项, 优秀奖 21项). A recognition list without money: 序号 | 奖项 | 项目名称 |
// 获奖单位 | 统一社会信用代码 | 所在地, the prize merged down its rows.
export const layout: CorpusLayout = {
  id: "henan-2023-zero-carbon-cup-green-tech-winners",
  source: {
    title: "关于公布首届“零碳中原杯”河南省绿色制造技术应用创新大赛获奖企业和人员的通知（附件：获奖名单）",
    url: "http://m.gz05.cn/Index/show/catid/14/id/19313.html",
    publisher: "河南省工业和信息化厅",
    date: "2023-07-20",
    changes:
      "The stored copy shows the notice (prize counts 4 / 7 / 15 / 21, no money to the winners: the 1.71亿元 is a bank's credit line) but " +
      "not the annex: the list's columns (序号 | 奖项 | 项目名称 | 获奖单位 | 统一社会信用代码 | 所在地) are ours, as are the projects, firms, " +
      "codes and places; only the 一等奖 and 二等奖 rows are kept (三等奖 and 优秀奖 cut). Planted: 安阳殷都陶瓷's code ends 8 where its " +
      "check character is 9; 豫中钢联科技's 一等奖 project listed again under 二等奖.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "prize-column-merged", "numbering-restarts", "credit-codes", "cities-as-places", "province-list", "annex-not-in-stored-copy", "rows-cut", "henan"],
  sheets: [
    {
      name: "获奖名单",
      widths: [6, 10, 32, 28, 22, 10],
      rows: [
        ["附件", null, null, null, null, null],
        ["首届“零碳中原杯”河南省绿色制造技术应用创新大赛获奖名单", null, null, null, null, null],
        ["序号", "奖项", "项目名称", "获奖单位", "统一社会信用代码", "所在地"],
        [1, "一等奖", "钢铁烧结烟气余热梯级利用技术", "豫中钢联科技有限公司", "91410100MA44K7XQ9W", "郑州市"],
        [2, null, "铝电解槽低碳节能改造技术", "洛阳伊滨铝材有限公司", "91410300MA9F2L6DXW", "洛阳市"],
        [3, null, "化纤生产线光伏直供与储能技术", "新乡卫北化纤有限公司", "91410700MA47R3NB2A", "新乡市"],
        [4, null, "水泥窑协同处置固废技术", "焦作山阳建材有限公司", "91410800MA3X9T0K4X", "焦作市"],
        [1, "二等奖", "电机系统变频节能改造技术", "许昌魏都电机有限公司", "91411000MA40C8HJ54", "许昌市"],
        [2, null, "数据中心液冷节能技术", "郑州中原云数科技有限公司", "91410100MA9KQ2WE7Y", "郑州市"],
        [3, null, "陶瓷窑炉余热回收利用技术", "安阳殷都陶瓷有限公司", "91410500MA46Y7PL58", "安阳市"],
        [4, null, "食品加工蒸汽冷凝水回用技术", "开封汴京食品有限公司", "91410200MA44N5CR4U", "开封市"],
        [5, null, "绿色包装材料循环利用技术", "漯河沙澧包装有限公司", "91411100MA3XD2MT6C", "漯河市"],
        [6, null, "化工园区能源管控平台", "濮阳龙都化工有限公司", "91410900MA47H1UFXC", "濮阳市"],
        [7, null, "钢铁烧结烟气余热梯级利用技术", "豫中钢联科技有限公司", "91410100MA44K7XQ9W", "郑州市"],
      ],
      merges: ["A1:F1", "A2:F2", "B4:B7", "B8:B14"],
    },
  ],
  settings: { district: "河南省" },
  expect: {
    tables: [
      { sheet: "获奖名单", kind: "register", headerRow: 3, lastRow: 14, columns: { B: "category", C: "project", D: "enterprise", E: "creditCode", F: "place" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "E10", why: "91410500MA46Y7PL58: the GB 32100-2015 check character of 91410500MA46Y7PL5 is 9, not 8" },
      { rule: "register.duplicate", cell: "D14", why: "豫中钢联科技有限公司's 钢铁烧结烟气余热梯级利用技术 (91410100MA44K7XQ9W) is listed under 一等奖 (row 4) and again under 二等奖" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "郑州, 洛阳, 新乡, 焦作, 许昌, 安阳, 开封, 漯河, 濮阳 are all cities of 河南省" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 name an authority of 河南省" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.duplicate", cell: "D9", why: "郑州中原云数科技 is a different firm from 豫中钢联科技, though both are in 郑州市" },
      { rule: "register.duplicate", cell: "A8", why: "序号 restarts at 1 under 二等奖: numbers repeating is not a firm repeating" },
      { rule: "register.unpaid", why: "a list of winners records no payment and no award money" },
    ],
  },
};
