import type { CorpusLayout } from "../types";

// 浏阳日报 2012-03-07: 浏阳市财政局 put on its site the “2011年度农村公益事业建设一事一议财政奖补工作公示明细表”, recording for each award the
// 乡镇, 村名, 项目内容, 筹资人口 and 财政奖补资金. The report names the columns but prints no rows: laid out with those columns, the villages
// grouped by town with a 小计 each and the 合计 at the foot, in 万元.
export const layout: CorpusLayout = {
  id: "liuyang-2011-yishiyiyi-award-publicity-detail",
  source: {
    title: "浏阳市2011年度农村公益事业建设一事一议财政奖补工作公示明细表（明细表据报道拟）",
    url: "https://lyrb.com.cn/content/2012/03/07/6486268.html",
    publisher: "浏阳市财政局（浏阳日报报道）",
    date: "2012-03-07",
    changes:
      "The report gives the table's name and its columns (乡镇、村名、项目内容、筹资人口、财政奖补资金) and that most projects were 村内道路; no row. " +
      "Laid out with those columns (序号 ours), by town with 小计 rows; the towns are 浏阳's own, the villages, works, populations and sums ours. " +
      "Planted: 大围山镇's 小计 typed 30.60 where 21.20 + 8.40 = 29.60 (the 合计 96.30 adds the lines as they are).",
  },
  classes: ["composition", "allocation-by-village", "town-subtotal-rows", "town-column", "population-count-column", "text-works-column", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "county-city-fund", "hunan"],
  sheets: [
    {
      name: "公示明细表",
      widths: [6, 12, 12, 30, 12, 14],
      rows: [
        ["浏阳市2011年度农村公益事业建设一事一议财政奖补工作公示明细表", null, null, null, null, null],
        [null, null, null, null, null, "单位：人、万元"],
        ["序号", "乡镇", "村名", "项目内容", "筹资人口", "财政奖补资金"],
        [1, "沙市镇", "赤马村", "村内道路硬化2.1公里", 1860, 18.5],
        [2, "沙市镇", "秧田村", "山塘清淤3口", 1420, 9.8],
        [null, "小计", null, null, 3280, 28.3],
        [3, "官渡镇", "竹联村", "村内道路硬化1.6公里", 2210, 15.0],
        [4, "官渡镇", "观佳村", "村组饮水工程1处", 1680, 12.6],
        [null, "小计", null, null, 3890, 27.6],
        [5, "大围山镇", "楚东村", "村内道路硬化2.4公里", 2050, 21.2],
        [6, "大围山镇", "白沙村", "小型水利设施维修5处", 1300, 8.4],
        [null, "小计", null, null, 3350, 30.6],
        [7, "永安镇", "芦塘村", "村内道路硬化1.2公里", 1750, 10.8],
        [null, "小计", null, null, 1750, 10.8],
        [null, "合计", null, null, 12270, 96.3],
        ["注：财政奖补资金按“先建后补”拨付，项目竣工验收后兑现。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A16:F16"],
      numberFormats: { "F4:F15": "0.00" },
    },
  ],
  settings: { district: "浏阳市" },
  expect: {
    tables: [
      { sheet: "公示明细表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 15, year: 2011, columns: { B: "category", C: "line", F: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F12", why: "大围山镇 小计 30.60 where 21.20 + 8.40 = 29.60: 1.00万元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F15", why: "合计 96.30 = 18.50 + 9.80 + 15.00 + 12.60 + 21.20 + 8.40 + 10.80, the lines as typed (the slip is reported once, at its 小计)" },
      { rule: "composition.total-mismatch", cell: "F6", why: "沙市镇 18.50 + 9.80 = 28.30" },
      { rule: "composition.total-mismatch", cell: "F9", why: "官渡镇 15.00 + 12.60 = 27.60" },
      { rule: "composition.total-mismatch", cell: "E15", why: "筹资人口 are people: 1860 + 1420 + 2210 + 1680 + 2050 + 1300 + 1750 = 12270, never money" },
      { rule: "composition.line-mismatch", why: "no unit amount: 筹资人口 is no quantity the award is a multiple of" },
      { rule: "register.ineligible-location", why: "the towns are 浏阳's own" },
    ],
  },
};
