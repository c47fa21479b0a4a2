/**
 * The seed's tables as recognition would type them, built by hand so the rules can be tested
 * without the recogniser. Layout (0-based rows): Table A on "预算构成" with a header in row 0;
 * Table B on "年度执行" (万元); Table C on "分类执行" (万元) with two header rows and the
 * 2020/2019 budgets as one merged cell per year (F3:F11, H3:H11).
 */
import { parseA1 } from "../../../src/core/grid";
import type {
  CompositionLine,
  CompositionTable,
  ExecutionFigures,
  ExecutionRow,
  ExecutionTable,
  Figure,
  RegisterRow,
  RegisterTable,
  ColumnRead,
} from "../../../src/core/tables/types";
import { RegisterStore, withRows } from "../../../src/core/kinds/register/store";

export function fig(value: number, cell: string, decimals = 0): Figure {
  const p = parseA1(cell);
  if (!p) throw new Error("bad cell " + cell);
  return { value, cell, row: p.row, col: p.col, decimals };
}

const WAN = 10_000;

// ---- Table A -----------------------------------------------------------------------------------

const A_LINES: Array<[number, string, number, number, number, number]> = [
  // category no., item, amount 元, unit, unit decimals, quantity
  [1, "区级“专精特新”中小企业", 7_000_000, 50_000, 0, 140],
  [1, "市级“专精特新”中小企业（新申报）", 24_000_000, 200_000, 0, 120],
  [1, "工信部专精特新“小巨人”企业", 15_000_000, 500_000, 0, 30],
  [1, "公共服务机构", 350_000, 350_000, 0, 1],
  [1, "示范平台", 1_200_000, 600_000, 0, 2],
  [2, "优质企业扶持；龙头企业和骨干企业奖励；成长企业补贴", 10_000_000, 555_556, 0, 18],
  [
    3,
    "创新产品产业化项目补贴；企业技术中心和创新中心资助；信息化智能化建设投入扶持；智能工厂培育。",
    47_950_000,
    694_928,
    0,
    69,
  ],
  [
    4,
    "高端装备首台套、新材料首批次创新配套扶持；新一代信息技术产业专项配套扶持；两化融合贯标企业奖励；人工智能场景应用和产业补贴",
    26_000_000,
    742_857,
    0,
    35,
  ],
  [
    5,
    "各类产业发展载体建设项目费补贴；产业联盟和行业组织开办费、租金补贴；产业行业重大活动事后扶持",
    4_500_000,
    900_000,
    0,
    5,
  ],
  [6, "技术改造项目新增设备补贴", 40_000_000, 1_600_000, 0, 25],
  [7, "协同创新产业发展资金", 10_000_000, 333_333, 0, 30],
  [8, "企业智能制造诊断资助", 6_000_000, 240_000, 2, 25],
  [9, "鼓励企业上云上平台、推动人工智能企业集聚发展、推进平台载体建设等资金", 8_000_000, 533_333, 0, 15],
];

export const CATEGORIES = [
  "支持企业专精特新化发展",
  "鼓励优质项目引进和企业成长壮大",
  "鼓励企业技术创新和提高创新能力",
  "支持重点产业领域和产业集聚发展",
  "加强产业发展生态建设和营造良好环境",
  "企业技术改造项目",
  "推进协同创新产业发展",
  "推进区内智能制造诊断服务",
  "推进上云用数赋智等数字化转型工作",
];

function col(c: number, header: string, field: ColumnRead["field"], extra: Partial<ColumnRead> = {}): ColumnRead {
  return { col: c, header, field, ...extra };
}

export function handTableA(): CompositionTable {
  const lines: CompositionLine[] = A_LINES.map(([cat, item, amount, unit, dec, qty], i) => {
    const r = i + 2; // Excel row
    return {
      row: r - 1,
      category: CATEGORIES[cat - 1],
      item,
      itemCell: `B${r}`,
      amount: fig(amount, `C${r}`, 2),
      unitAmount: fig(unit, `D${r}`, dec),
      quantity: fig(qty, `E${r}`),
    };
  });
  return {
    kind: "composition",
    sheet: "预算构成",
    range: { r0: 0, c0: 0, r1: 14, c1: 4 },
    headerRows: 1,
    unit: "元",
    unitSource: "header",
    columns: [
      col(0, "二级", "category"),
      col(1, "三级", "item"),
      col(2, "预算金额（元）", "amount", { unit: "元" }),
      col(3, "单价/均价（元）", "unitAmount", { unit: "元" }),
      col(4, "数量", "quantity"),
    ],
    hiddenRows: [],
    lines,
    totals: [
      { row: 14, label: "合计", scope: "table", category: null, amount: fig(200_000_000, "C15", 2), quantity: null },
    ],
    approvedBudget: { value: 200_000_000, text: "2022 年项目总投入预算 20,000 万元" },
  };
}

// ---- Table B -----------------------------------------------------------------------------------

export function handTableB(): ExecutionTable {
  const data: Array<[number, number, number, number, number, number, string | undefined]> = [
    // year, initial, adjusted, actual (万元), actual decimals, rate, as-of
    [2021, 15000, 15000, 5170.28, 2, 0.3447, "2021-08-31"],
    [2020, 10000, 10000, 9999.76, 2, 1.0, undefined],
    [2019, 10000, 10000, 9979.08, 2, 0.9979, undefined],
  ];
  const rows: ExecutionRow[] = data.map(([year, init, adj, act, dec, rate, asOf], i) => {
    const r = i + 2;
    const y: ExecutionFigures = {
      year,
      initialBudget: fig(init * WAN, `B${r}`),
      budget: fig(adj * WAN, `C${r}`),
      budgetSpanned: false,
      actual: fig(Math.round(act * WAN * 100) / 100, `D${r}`, dec),
      statedRate: fig(rate, `E${r}`, 2),
    };
    if (asOf) y.asOf = asOf;
    return { row: r - 1, label: `${year} 年`, labelCell: `A${r}`, category: null, itemCount: null, years: [y] };
  });
  return {
    kind: "execution",
    sheet: "年度执行",
    range: { r0: 0, c0: 0, r1: 3, c1: 4 },
    headerRows: 1,
    unit: "万元",
    unitSource: "caption",
    caption: "（1）2019-2021 各年度预算及支出情况（单位：万元）",
    columns: [
      col(0, "年度", "year"),
      col(1, "年初预算", "initialBudget"),
      col(2, "调整后预算", "budget"),
      col(3, "实际支出", "actual"),
      col(4, "预算执行率", "rate"),
    ],
    hiddenRows: [],
    layout: "by-year",
    rows,
    total: null,
    groupBudgets: [],
  };
}

// ---- Table C -----------------------------------------------------------------------------------

/** [itemCount, 2021 budget, 2021 actual, 2020 actual, 2019 actual] in 万元; null is `—`/`-`/blank. */
const C_ROWS: Array<[number, number | null, number | null, number | null, number | null]> = [
  [5, 300, 495, null, null],
  [3, 900, 600, 767.55, 243.9],
  [4, 7040, 1134.35, 5650.98, 5711.6],
  [4, 2490, 210.45, 2521.16, 3119.38],
  [3, 370, null, 124, 108],
  [1, 3500, 2257.58, 936.07, 796.2],
  [1, 400, 472.9, null, null],
  [1, null, null, null, null],
  [1, null, null, null, null],
];

const yuan = (wan: number) => Math.round(wan * WAN * 100) / 100;

export function handTableC(): ExecutionTable {
  const rows: ExecutionRow[] = C_ROWS.map(([count, b21, a21, a20, a19], i) => {
    const r = i + 3;
    const f = (v: number | null, cell: string) => (v === null ? null : fig(yuan(v), cell, 2));
    return {
      row: r - 1,
      label: CATEGORIES[i],
      labelCell: `B${r}`,
      category: CATEGORIES[i],
      itemCount: fig(count, `C${r}`),
      years: [
        {
          year: 2021,
          initialBudget: null,
          budget: f(b21, `D${r}`),
          budgetSpanned: false,
          actual: f(a21, `E${r}`),
          statedRate: null,
          asOf: "2021-08-31",
        },
        {
          year: 2020,
          initialBudget: null,
          budget: null,
          budgetSpanned: true,
          actual: f(a20, `G${r}`),
          statedRate: null,
        },
        {
          year: 2019,
          initialBudget: null,
          budget: null,
          budgetSpanned: true,
          actual: f(a19, `I${r}`),
          statedRate: null,
        },
      ],
    };
  });
  const total: ExecutionRow = {
    row: 11,
    label: "合计",
    labelCell: "A12",
    category: null,
    itemCount: fig(23, "C12"),
    years: [
      {
        year: 2021,
        initialBudget: null,
        budget: fig(yuan(15000), "D12", 2),
        budgetSpanned: false,
        actual: fig(yuan(5170.28), "E12", 2),
        statedRate: null,
        asOf: "2021-08-31",
      },
      {
        year: 2020,
        initialBudget: null,
        budget: fig(yuan(10000), "F12", 2),
        budgetSpanned: false,
        actual: fig(yuan(9999.76), "G12", 2),
        statedRate: null,
      },
      {
        year: 2019,
        initialBudget: null,
        budget: fig(yuan(10000), "H12", 2),
        budgetSpanned: false,
        actual: fig(yuan(9979.08), "I12", 2),
        statedRate: null,
      },
    ],
  };
  const spanRows = C_ROWS.map((_, i) => i + 2);
  return {
    kind: "execution",
    sheet: "分类执行",
    range: { r0: 0, c0: 0, r1: 11, c1: 8 },
    headerRows: 2,
    unit: "万元",
    unitSource: "caption",
    columns: [
      col(0, "政策类", "seq"),
      col(1, "政策类", "category"),
      col(2, "涉及政策项（数量）", "itemCount"),
      col(3, "2021 年 / 调整后预算", "budget", { year: 2021 }),
      col(4, "2021 年 / 1-8 月实际支出", "actual", { year: 2021 }),
      col(5, "2020 年 / 调整后预算", "budget", { year: 2020 }),
      col(6, "2020 年 / 实际支出", "actual", { year: 2020 }),
      col(7, "2019 年 / 调整后预算", "budget", { year: 2019 }),
      col(8, "2019 年 / 实际支出", "actual", { year: 2019 }),
    ],
    hiddenRows: [],
    layout: "by-category",
    rows,
    total,
    groupBudgets: [
      { year: 2020, figure: fig(yuan(10000), "F3", 2), rows: spanRows },
      { year: 2019, figure: fig(yuan(10000), "H3", 2), rows: spanRows },
    ],
  };
}

// ---- registers ---------------------------------------------------------------------------------

export const REGISTER_COLS = {
  enterprise: 0,
  creditCode: 1,
  registeredIn: 2,
  taxRegisteredIn: 3,
  itemCode: 4,
  item: 5,
  requested: 6,
  approved: 7,
  base: 8,
  year: 9,
  paidOn: 10,
} as const;

/** A register row with everything blank except what is given; `row` is 0-based. */
export function regRow(row: number, v: Partial<RegisterRow>): RegisterRow {
  return {
    row,
    enterprise: null,
    creditCode: null,
    registeredIn: null,
    taxRegisteredIn: null,
    itemCode: null,
    item: null,
    requested: null,
    approved: null,
    base: null,
    year: null,
    batch: null,
    paidOn: null,
    ...v,
  };
}

export function register(rows: RegisterRow[], sheet = "申报清单"): RegisterTable {
  return withRows({
    kind: "register",
    sheet,
    range: { r0: 0, c0: 0, r1: rows.length, c1: 10 },
    headerRows: 1,
    unit: "元",
    unitSource: "default",
    columns: [],
    hiddenRows: [],
    store: RegisterStore.fromRows(rows),
    col: { ...REGISTER_COLS },
  });
}
