import type { CorpusLayout } from "../types";

// 深圳市福田区发展和改革局 2023-09-06: 《深圳市福田区支持双碳经济高质量发展若干措施》 — distributed PV projects with at least
// 100万元 invested, supported by last year's generation (薄膜 ≤0.4元/千瓦时, 常规 ≤0.2元/千瓦时, not stacked on the city's), three
// years a project, at most 20% of the actual construction investment and at most 300万元. Laid out as the district's list of
// projects to support, the investment beside the generation and the amount.
export const layout: CorpusLayout = {
  id: "futian-2024-distributed-pv-support",
  source: {
    title: "分布式光伏最高补贴0.4元/千瓦时！补贴期限为3年！深圳市福田区发布政策（《深圳市福田区支持双碳经济高质量发展若干措施》）",
    url: "http://m.bailiqin.com/news/show-183096.html",
    publisher: "深圳市福田区发展和改革局（世纪新能源网转载）",
    date: "2023-09-08",
    changes:
      "As published: the clause — 实际投入100万元以上, 按上年度实际发电量, 薄膜光伏示范项目不超过0.4元/千瓦时, 基准常规光伏项目不超过0.2元/千瓦时, " +
      "3 years, 不超过项目实际建设投入的20%且不超过300万元 — and its term (2023-06-09 to 2024-12-31); the note under the list repeats it. " +
      "The list (序号 | 项目单位 | 统一社会信用代码 | 所在街道 | 项目名称 | 光伏类型 | 实际建设投入 | 上年度实际发电量 | 支持标准 | 拟支持金额) " +
      "and every firm, code and figure are ours. Planted: a 薄膜 project whose generation × 0.4 (120万元) is above 20% of its 500万元 " +
      "investment; one at 320万元 over the 300万元 maximum (20% of its 2,000万元 would allow 400); one firm of 南山区.",
  },
  classes: ["register", "rate-with-cap", "rate-cap", "base-column", "per-kwh-standard-column", "generation-column", "streets-as-places", "credit-codes", "item-in-title", "year-in-title", "notes-under-table", "wanyuan-in-header", "total-at-foot", "district-department", "guangdong"],
  settings: { district: "深圳市福田区", asOf: "2024-09-30" },
  sheets: [
    {
      name: "拟支持名单",
      widths: [6, 30, 22, 12, 34, 12, 16, 18, 16, 16],
      rows: [
        ["福田区2024年度分布式光伏项目支持资金拟支持名单", null, null, null, null, null, null, null, null, null],
        ["序号", "项目单位", "统一社会信用代码", "所在街道", "项目名称", "光伏类型", "实际建设投入（万元）", "上年度实际发电量（万千瓦时）", "支持标准（元/千瓦时）", "拟支持金额（万元）"],
        [1, "深圳福荟绿能科技有限公司", "91440304MA7Y4CL12J", "福田街道", "福田口岸综合楼屋顶薄膜光伏示范项目", "薄膜", 800, 180, 0.4, 72],
        [2, "深圳市沙头光能服务有限公司", "91440304MA93BJ1XG7", "沙头街道", "车公庙工业区厂房屋顶光伏项目", "常规", 450, 260, 0.2, 52],
        [3, "深圳华强北光电建筑有限公司", "91440304MA612DD272", "华强北街道", "华强北商业综合体幕墙薄膜光伏项目", "薄膜", 500, 300, 0.4, 120],
        [4, "深圳香蜜湖新能源有限公司", "91440304MA5HD1TJ3H", "香蜜湖街道", "香蜜湖片区公共建筑屋顶光伏项目", "常规", 1200, 520, 0.2, 104],
        [5, "深圳莲花碳中和能源有限公司", "91440304MA6LLJY1J4", "莲花街道", "莲花片区会展建筑薄膜光伏示范项目", "薄膜", 2000, 800, 0.4, 320],
        [6, "深圳梅林晟阳能源有限公司", "91440304MA9C171HU7", "梅林街道", "梅林关停车场光伏车棚项目", "常规", 160, 95, 0.2, 19],
        [7, "深圳粤海光储科技有限公司", "91440305MA8KB845UT", "南山区粤海街道", "科技园厂区屋顶光伏项目", "常规", 300, 150, 0.2, 30],
        [8, "深圳园岭薄膜能源有限公司", "91440304MA69D4H3JL", "园岭街道", "园岭社区学校屋顶薄膜光伏示范项目", "薄膜", 620, 210, 0.4, 84],
        ["合计", null, null, null, null, null, 6030, 2515, null, 801],
        ["注：对实际投入100万元以上的光伏项目按其上年度实际发电量给予支持，薄膜光伏示范项目不超过0.4元/千瓦时，基准常规光伏项目不超过0.2元/千瓦时（不与市级补贴叠加），每个项目支持期限为3年，同一项目支持不超过项目实际建设投入的20%且不超过300万元。", null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:J1", "A11:F11", "A12:J12"],
      numberFormats: { "G3:H11": "#,##0", "I3:I10": "0.0", "J3:J11": "0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "分布式光伏项目支持",
        capType: "rate",
        rate: 0.2,
        capAmount: 300,
        unit: "万元",
        base: "项目实际建设投入",
        document: "《深圳市福田区支持双碳经济高质量发展若干措施》：同一项目支持不超过项目实际建设投入的20%且不超过300万元",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "category", G: "base", J: "approved" },
        year: 2024,
        item: "分布式光伏项目支持",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "J5", why: "20% × 500 = 100万元 binds before 300; 120 (300万千瓦时 × 0.4元) is 20万元 over" },
      { rule: "cap.exceeded", cell: "J7", why: "20% × 2,000 = 400 would allow more: the 300万元 maximum binds; 320 is 20万元 over" },
      { rule: "register.ineligible-location", cell: "D9", why: "南山区粤海街道 lies outside 福田区 (code 440305 too)" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "J6", why: "104 ≤ 20% × 1,200 = 240" },
      { rule: "cap.rate-exceeded", cell: "J10", why: "84 ≤ 20% × 620 = 124" },
      { rule: "cap.exceeded", cell: "J11", why: "合计 801 (72+52+120+104+320+19+30+84) is not an award" },
      { rule: "register.ineligible-location", cell: "D3", why: "福田街道, 沙头街道, 华强北街道, 香蜜湖街道, 莲花街道, 梅林街道, 园岭街道 are streets of 福田区" },
      { rule: "input.unreadable-value", why: "支持标准 0.4 / 0.2 元/千瓦时 and 发电量 are figures of their own; the note under the table is text" },
      { rule: "register.duplicate", why: "eight projects, eight codes" },
      { rule: "cap.unknown-policy", why: "the title names 分布式光伏项目支持 whole" },
    ],
  },
};
