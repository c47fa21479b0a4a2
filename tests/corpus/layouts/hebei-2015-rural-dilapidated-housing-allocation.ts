import type { CorpusLayout } from "../types";

// 河北省住建厅、发改委、财政厅 2015-08: 农村危房改造 — 新建户每户平均补助1.6万元, 维修户每户5500元, 建筑节能示范户每户增加3000元
// (对省财政直管县每户再增加补助500元). Laid out as the allocation by city such a notice carries: three column groups, each headed by its
// standard (新建户（每户1.6万元）| 维修户（每户5500元）| 建筑节能示范户（每户增加3000元）) over 户数 | 补助资金, a row total, 单位：户、万元.
export const layout: CorpusLayout = {
  id: "hebei-2015-rural-dilapidated-housing-allocation",
  source: {
    title: "河北今年改造12.3万户农村危房 明确农村危房补助标准（《关于做好2015年全省农村危房改造工作的通知》；表据正文拟）",
    url: "http://www.airosoftsniperrifle.com/hebei/minsheng/201508/20253280.html",
    publisher: "河北省住房和城乡建设厅、河北省发展和改革委员会、河北省财政厅（燕赵晚报报道）",
    date: "2015-08-20",
    changes:
      "The standards are the report's: 新建户每户平均补助1.6万元, 维修户每户补助5500元, 建筑节能示范户每户增加补助3000元, 省财政直管县每户再增加" +
      "补助500元 (kept in the note, not in the table). The report gives them in prose with the province's 12.3万户 task; laid out here as an " +
      "allocation by 设区市 with one column group per kind of household, headed by its standard. The cities' counts and money are ours (eight " +
      "cities, not the whole task). Planted: 张家口市 维修户 money 600 where 1,200 × 0.55 = 660; 合计's 节能示范户 money 945 where the cities add " +
      "up to 915.",
  },
  classes: ["composition", "unit-times-quantity", "standard-in-group-heading", "yuan-standard-wanyuan-amount", "three-quantity-groups", "count-columns", "row-total-column", "two-header-rows", "count-and-money-caption", "cities-as-lines", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "hebei"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 10, 12, 10, 12, 10, 12, 14],
      rows: [
        ["2015年全省农村危房改造任务及补助资金分配表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：户、万元"],
        ["序号", "市", "新建户（每户1.6万元）", null, "维修户（每户5500元）", null, "建筑节能示范户（每户增加3000元）", null, "补助资金合计"],
        [null, null, "户数", "补助资金", "户数", "补助资金", "户数", "补助资金", null],
        [1, "石家庄市", 1200, 1920, 800, 440, 400, 120, 2480],
        [2, "承德市", 1500, 2400, 1000, 550, 500, 150, 3100],
        [3, "张家口市", 1800, 2880, 1200, 600, 600, 180, 3660],
        [4, "保定市", 1600, 2560, 900, 495, 500, 150, 3205],
        [5, "邢台市", 1100, 1760, 700, 385, 300, 90, 2235],
        [6, "邯郸市", 1000, 1600, 600, 330, 300, 90, 2020],
        [7, "衡水市", 900, 1440, 500, 275, 250, 75, 1790],
        [8, "沧州市", 800, 1280, 600, 330, 200, 60, 1670],
        ["合计", null, 9900, 15840, 6300, 3405, 3050, 945, 20160],
        ["注：统筹国家和省补助资金，区分新建和维修；建筑节能示范户在新建或维修补助基础上每户增加补助3000元；对省财政直管县每户再增加补助500元，另行下达。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:H3", "I3:I4", "A13:B13", "A14:I14"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: {
          B: "line",
          C: "quantity",
          D: "amount:新建户",
          E: "quantity:维修户",
          F: "amount:维修户",
          G: "quantity:建筑节能示范户",
          H: "amount:建筑节能示范户",
          I: "amount",
        },
        year: 2015,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F7", why: "张家口市 维修户: 1,200户 × 5500元 = 660万元; 600 written (60万元 short), the standard heading allowing no rounding" },
      { rule: "composition.total-mismatch", cell: "H13", why: "合计 节能示范户 945 where the cities add up to 120+150+180+150+90+90+75+60 = 915; with 915 the row agrees (15,840 + 3,405 + 915 = 20,160), so the slip is reported once" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "D5", why: "1,200 × 1.6 = 1,920 exactly (every 新建户 line is its count × 1.6)" },
      { rule: "composition.line-mismatch", cell: "H5", why: "400 × 0.3 = 120 (every 节能 line is its count × 0.3万元)" },
      { rule: "composition.total-mismatch", cell: "I7", why: "张家口市's row total 3,660 = 2,880 + 600 + 180, the figures as written" },
      { rule: "composition.total-mismatch", cell: "I13", why: "20,160 = the cities' row totals, and = 15,840 + 3,405 + 915 with the slip at H13 reported there" },
      { rule: "composition.total-mismatch", cell: "F13", why: "3,405 = 440+550+600+495+385+330+275+330, the amounts as written" },
      { rule: "composition.total-mismatch", cell: "C13", why: "户数 9,900 = the cities' counts; a count column is summed as a count, never as money" },
      { rule: "composition.line-rounded", why: "amounts headed by a standard are exact: no rounded-average allowance" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table" },
    ],
  },
};
