import type { CorpusLayout } from "../types";

// 固原市原州区畜牧技术推广服务中心 2023-03-27: the sixth batch of payments for hay and silage made by livestock households in 2022 — 100元 a
// tonne, at most 3000元 a household (so at most 30 tonnes count), paid out of the 2022 饲草加工调制续建项目 money; 649 households of 17 villages in
// 寨科乡, 河川乡 and 张易镇. The annexed 公示表 (xlsx) is not in the stored copy; laid out as such a list of households by town and village.
export const layout: CorpusLayout = {
  id: "yuanzhou-2022-forage-processing-batch6",
  source: {
    title: "2022年原州区饲草加工调制续建项目补助资金拟兑付第六批公示",
    url: "https://www.chacewang.com/newsdetail/news294761.html",
    publisher: "固原市原州区畜牧技术推广服务中心（查策网转载）",
    date: "2023-03-27",
    changes:
      "As published: the notice's facts (原州区2023年农业产业奖补方案; 寨科乡、河川乡、张易镇; 100元/吨, 每户最多补贴3000元; the money from the 2022 " +
      "续建项目; 公示 from 3-27 to 4-02) and the annex's title. The stored copy does not show the annex: its columns (序号 | 乡镇 | 村 | 户主姓名 | " +
      "调制加工饲草（吨） | 核定兑付量（吨） | 补助标准（元/吨） | 补助金额（元） | 备注), the households, villages, tonnages, the 合计 and the " +
      "sign-off line are ours, thirteen households for 649. Planted: 虎生贵 paid for all 36.4 tonnes, 3640元 against the 3000元 a household; " +
      "杨志林 of 蔡川村 listed twice; 冯海林 of 彭阳县古城镇, outside 原州区.",
  },
  classes: ["register", "max-cap", "people-as-payees", "per-unit-standard-column", "quantity-columns", "towns-as-places", "village-column", "item-in-title", "batch-in-title", "yuan-in-header", "signoff-line", "ningxia"],
  settings: { asOf: "2023-04-02", district: "原州区" },
  sheets: [
    {
      name: "公示表",
      widths: [6, 14, 10, 10, 14, 14, 14, 14, 10],
      rows: [
        ["2022年原州区饲草加工调制续建项目补助资金拟兑付第六批公示表", null, null, null, null, null, null, null, null],
        ["序号", "乡镇", "村", "户主姓名", "调制加工饲草（吨）", "核定兑付量（吨）", "补助标准（元/吨）", "补助金额（元）", "备注"],
        [1, "寨科乡", "蔡川村", "马福成", 42.6, 30, 100, 3000, null],
        [2, "寨科乡", "蔡川村", "杨志林", 18.35, 18.35, 100, 1835, null],
        [3, "寨科乡", "刘沟村", "海文斌", 55.2, 30, 100, 3000, null],
        [4, "寨科乡", "北台村", "马玉虎", 26.8, 26.8, 100, 2680, null],
        [5, "河川乡", "河川村", "虎生贵", 36.4, 36.4, 100, 3640, null],
        [6, "河川乡", "寨洼村", "田占军", 12.5, 12.5, 100, 1250, null],
        [7, "河川乡", "上台村", "何金山", 31.05, 30, 100, 3000, null],
        [8, "张易镇", "黄堡村", "李永红", 24.7, 24.7, 100, 2470, null],
        [9, "张易镇", "田堡村", "王德明", 48.9, 30, 100, 3000, null],
        [10, "张易镇", "马场村", "杨宝仓", 19.6, 19.6, 100, 1960, null],
        [11, "彭阳县古城镇", "任河村", "冯海林", 28.4, 28.4, 100, 2840, null],
        [12, "寨科乡", "蔡川村", "杨志林", 18.35, 18.35, 100, 1835, null],
        [13, "张易镇", "陈沟村", "苏万财", 33.7, 30, 100, 3000, null],
        ["合计", null, null, null, 396.55, 335.1, null, 33510, null],
        ["公示单位：固原市原州区畜牧技术推广服务中心　　　　公示时间：2023年3月27日", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A16:D16", "A17:I17"],
      numberFormats: { "E3:F16": "0.00", "G3:H16": "0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "饲草加工调制补助",
        capType: "max",
        capAmount: 3000,
        unit: "元",
        year: 2022,
        document: "原州区2023年农业产业奖补方案（100元/吨，每户最多补贴3000元）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "公示表",
        kind: "register",
        unit: "元",
        headerRow: 2,
        lastRow: 16,
        columns: { B: "place", D: "enterprise", H: "approved" },
        year: 2022,
        item: "饲草加工调制补助",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H7", why: "虎生贵 3,640元 against at most 3,000元 a household (36.4 tonnes × 100 with no 30-tonne limit): 640元 over" },
      { rule: "register.duplicate", cell: "H14", why: "杨志林 of 寨科乡蔡川村 again (first at row 4), the same item in the same year" },
      { rule: "register.ineligible-location", cell: "B13", why: "彭阳县古城镇 lies in 彭阳县, outside 原州区" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H3", why: "3,000元 is the maximum itself (30 tonnes counted of 42.6)" },
      { rule: "cap.exceeded", cell: "H16", why: "合计 is no award" },
      { rule: "cap.exceeded", cell: "G7", why: "补助标准 100元/吨 is the standard per tonne, not an award" },
      { rule: "register.ineligible-location", cell: "B3", why: "寨科乡, 河川乡 and 张易镇 are towns of 原州区" },
      { rule: "cap.unknown-policy", why: "the title names the item: 饲草加工调制 … 补助, split by 续建项目" },
      { rule: "register.invalid-credit-code", why: "households have no codes" },
      { rule: "input.unreadable-value", why: "the sign-off line and the blank 备注 are no values" },
    ],
  },
};
