import type { CorpusLayout } from "../types";

// 九江市浔阳区 2024-01-24: the district's share of the city's first batch of 2024 衔接推进乡村振兴 money (81万元) put
// into two village projects (40 + 41万元) — the province's project-plan layout: place down to the village and group,
// building work and size, 项目总投资 split into 财政衔接资金 and 其他资金, then households and people covered.
export const layout: CorpusLayout = {
  id: "xunyang-2024-linkage-city-batch1-projects",
  source: {
    title: "关于2024年市级第一批财政衔接推进乡村振兴补助资金安排项目的批复（附件：浔阳区2024年度市级第一批财政专项衔接资金项目安排计划）",
    url: "http://www.xunyang.gov.cn/zwgk/zfxxgkzl/zfxxgkml/czxx/zxzj/202511/t20251127_7094601.html",
    publisher: "浔阳区乡村振兴局、浔阳区财政局",
    date: "2024-01-24",
    changes:
      "The notice (九财乡振指〔2023〕17号; 81万元; 白水湖村 1 project 40万元, 大塘村 1 project 41万元), the annex title and its 21 column " +
      "headings are as published, and so is the first row's place (浔阳区 | 白水湖街道 | 白水湖村 | 养殖组、白水港组 | 村集体 | 新建 | " +
      "白水湖村渔业养殖业科技养殖项目). The stored copy breaks off in the first row: its category, building work, size, money split, " +
      "households covered and target, the whole second row (大塘村's project is not named) and the 合计 row are ours. Planted: 合计 states " +
      "项目总投资 103.00 where the two projects add up to 93.00.",
  },
  classes: [
    "composition", "project-plan", "many-columns", "place-to-village", "size-and-unit-columns", "total-split-by-source", "count-columns",
    "text-target-column", "wanyuan-in-header", "remark-column", "jiangxi",
  ],
  sheets: [
    {
      name: "项目安排计划",
      widths: [6, 8, 12, 14, 16, 8, 12, 30, 10, 34, 8, 8, 12, 12, 10, 10, 12, 10, 12, 30, 18],
      rows: [
        ["附件", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
        ["浔阳区2024年度市级第一批财政专项衔接资金项目安排计划", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
        [
          "序号", "县名", "乡镇", "行政村及责任单位", "组名", "单位属性", "建设性质（新建、扩建、重建）", "项目名称", "项目类别", "建设内容", "建设规模",
          "单位", "项目总投资（万元）", "财政衔接资金（万元）", "其他资金（万元）", "项目覆盖户数", "项目覆盖脱贫困户数", "项目覆盖人数",
          "项目覆盖脱贫困人口数", "绩效目标", "备注",
        ],
        [
          1, "浔阳区", "白水湖街道", "白水湖村", "养殖组、白水港组", "村集体", "新建", "白水湖村渔业养殖业科技养殖项目", "渔业生产",
          "新建标准化养殖池塘及尾水处理设施，配套增氧、投喂设备", 50, "亩", 52, 40, 12, 186, 12, 602, 35,
          "带动村集体经济年增收4万元以上，吸纳脱贫户务工", "市级乡村振兴示范村",
        ],
        [
          2, "浔阳区", "金鸡坡街道", "大塘村", "全村", "村集体", "新建", "大塘村农产品冷链仓储项目", "产业配套",
          "新建冷链仓储用房及冷库设备", 600, "平方米", 41, 41, 0, 214, 10, 688, 27, "冷库出租收益归村集体，年增收3万元以上", "市级乡村振兴重点村",
        ],
        ["合计", null, null, null, null, null, null, null, null, null, null, null, 103, 81, 12, 400, 22, 1290, 62, null, null],
      ],
      merges: ["A2:U2", "A6:L6"],
      numberFormats: { "M4:O6": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目安排计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { H: "line", M: "amount:项目总投资", N: "amount", O: "amount:其他资金" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "M6", why: "合计 项目总投资 states 103.00; 52.00 + 41.00 = 93.00 (10.00万元 too much)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "N6", why: "财政衔接资金 81.00 = 40.00 + 41.00, the notice's 81万元" },
      { rule: "composition.total-mismatch", cell: "O6", why: "其他资金 12.00 = 12.00 + 0.00" },
      { rule: "composition.total-mismatch", cell: "P6", why: "households 400 = 186 + 214: counts, and right" },
      { rule: "composition.line-mismatch", why: "建设规模 (50亩, 600平方米) is a size, not a quantity priced by a unit amount: there is no unit amount column" },
      { rule: "composition.approved-mismatch", why: "the lines' 财政衔接资金 add up to the 81万元 the notice states" },
      { rule: "cap.unknown-policy", why: "villages and their projects are no applicants' register" },
      { rule: "register.duplicate", why: "no register" },
      { rule: "input.unreadable-value", why: "建设内容, 单位 (亩), 绩效目标 and 备注 are text by nature" },
    ],
  },
};
