/**
 * The seed's three tables (项目描述, 2021-09-09), as written there: Table A in 元, Tables B and C
 * in 万元. Text cells keep the seed's spelling ("5,170.28 (1-8 月)", "—", "-").
 */

export const TABLE_A_CAPTION = "2022 年项目总投入预算 20,000 万元，用于 7 个方向的政策扶持，预算构成明细如下：";
export const TABLE_A_HEADER = ["二级", "三级", "预算金额（元）", "单价/均价（元）", "数量"];

/** A number and the format it is shown with (the shown decimals matter to the rounding rule). */
export interface Shown {
  value: number;
  format: string;
}
const plain = (value: number): Shown => ({ value, format: "0" });
const grouped = (value: number): Shown => ({ value, format: "#,##0" });
const money = (value: number): Shown => ({ value, format: "#,##0.00" });

export interface LineA {
  category: string;
  item: string;
  amount: Shown;
  unit: Shown;
  quantity: number;
}

/** Category text → its lines; the category cell is merged over its lines. */
export const TABLE_A: { category: string; lines: Omit<LineA, "category">[] }[] = [
  {
    category: "1. 支持企业专精特新化发展",
    lines: [
      { item: "区级“专精特新”中小企业", amount: money(7_000_000), unit: plain(50_000), quantity: 140 },
      { item: "市级“专精特新”中小企业（新申报）", amount: money(24_000_000), unit: plain(200_000), quantity: 120 },
      { item: "工信部专精特新“小巨人”企业", amount: money(15_000_000), unit: plain(500_000), quantity: 30 },
      { item: "公共服务机构", amount: money(350_000), unit: plain(350_000), quantity: 1 },
      { item: "示范平台", amount: money(1_200_000), unit: plain(600_000), quantity: 2 },
    ],
  },
  {
    category: "2. 鼓励优质项目引进和企业成长壮大",
    lines: [{ item: "优质企业扶持；龙头企业和骨干企业奖励；成长企业补贴", amount: money(10_000_000), unit: grouped(555_556), quantity: 18 }],
  },
  {
    category: "3. 鼓励企业技术创新和提高创新能力",
    lines: [
      {
        item: "创新产品产业化项目补贴；企业技术中心和创新中心资助；信息化智能化建设投入扶持；智能工厂培育。",
        amount: money(47_950_000),
        unit: grouped(694_928),
        quantity: 69,
      },
    ],
  },
  {
    category: "4. 支持重点产业领域和产业集聚发展",
    lines: [
      {
        item: "高端装备首台套、新材料首批次创新配套扶持；新一代信息技术产业专项配套扶持；两化融合贯标企业奖励；人工智能场景应用和产业补贴",
        amount: money(26_000_000),
        unit: grouped(742_857),
        quantity: 35,
      },
    ],
  },
  {
    category: "5. 加强产业发展生态建设和营造良好环境",
    lines: [
      {
        item: "各类产业发展载体建设项目费补贴；产业联盟和行业组织开办费、租金补贴；产业行业重大活动事后扶持",
        amount: money(4_500_000),
        unit: grouped(900_000),
        quantity: 5,
      },
    ],
  },
  { category: "6. 企业技术改造项目", lines: [{ item: "技术改造项目新增设备补贴", amount: money(40_000_000), unit: grouped(1_600_000), quantity: 25 }] },
  { category: "7. 推进协同创新产业发展", lines: [{ item: "协同创新产业发展资金", amount: money(10_000_000), unit: grouped(333_333), quantity: 30 }] },
  { category: "8. 推进区内智能制造诊断服务", lines: [{ item: "企业智能制造诊断资助", amount: money(6_000_000), unit: money(240_000), quantity: 25 }] },
  {
    category: "9. 推进上云用数赋智等数字化转型工作",
    lines: [
      {
        item: "鼓励企业上云上平台、推动人工智能企业集聚发展、推进平台载体建设等资金",
        amount: money(8_000_000),
        unit: grouped(533_333),
        quantity: 15,
      },
    ],
  },
];
/** The 合计 row as the seed writes it: 200000000.00, no separators. */
export const TABLE_A_TOTAL: Shown = { value: 200_000_000, format: "0.00" };

// ---- Table B ----------------------------------------------------------------------------------

export const TABLE_B_CAPTION = "（1）2019-2021 各年度预算及支出情况（单位：万元）";
export const TABLE_B_HEADER = ["年度", "年初预算", "调整后预算", "实际支出", "预算执行率"];
/** Rates: 2021 as a number shown as a percent, 2020 as text, 2019 as a number: both forms occur. */
export const TABLE_B: [string, number, number, number | string, number | string][] = [
  ["2021 年", 15000, 15000, "5,170.28 (1-8 月)", 0.3447],
  ["2020 年", 10000, 10000, 9999.76, "100.00%"],
  ["2019 年", 10000, 10000, 9979.08, 0.9979],
];

// ---- Table C ----------------------------------------------------------------------------------

export const TABLE_C_CAPTION = "（2）2019-2021 各年度预算支出明细情况（单位：万元）";
export const TABLE_C_YEARS = ["2021 年", "2020 年", "2019 年"];
export const TABLE_C_SUBHEADS = ["调整后预算", "1-8 月实际支出", "调整后预算", "实际支出", "调整后预算", "实际支出"];

/** A cell of Table C: a number in 万元, a dash as written, or blank (inside the merged budget). */
export type CellC = number | "—" | "-" | null;

/** #, category, item count, then 2021 budget/actual, 2020 budget/actual, 2019 budget/actual. */
export const TABLE_C: [number, string, number, CellC, CellC, CellC, CellC, CellC, CellC][] = [
  [1, "支持企业专精特新化发展", 5, 300, 495, 10000, "—", 10000, "—"],
  [2, "鼓励优质项目引进和企业成长壮大", 3, 900, 600, null, 767.55, null, 243.9],
  [3, "鼓励企业技术创新和提高创新能力", 4, 7040, 1134.35, null, 5650.98, null, 5711.6],
  [4, "支持重点产业领域和产业集聚发展", 4, 2490, 210.45, null, 2521.16, null, 3119.38],
  [5, "加强产业发展生态建设和营造良好环境", 3, 370, "-", null, 124, null, 108],
  [6, "企业技术改造项目", 1, 3500, 2257.58, null, 936.07, null, 796.2],
  [7, "推进协同创新产业发展", 1, 400, 472.9, null, "-", null, "-"],
  [8, "推进区内智能制造诊断服务", 1, "-", "-", null, "-", null, "-"],
  [9, "推进上云用数赋智等数字化转型工作", 1, "-", "-", null, "-", null, "-"],
];
export const TABLE_C_TOTAL: [string, number, number, number, number, number, number, number] = [
  "合计",
  23,
  15000,
  5170.28,
  10000,
  9999.76,
  10000,
  9979.08,
];
export const TABLE_C_NOTE = "注：2021 年实际支出为 1-8 月数据；2020、2019 年预算为全年总额，未分解到政策类。";
