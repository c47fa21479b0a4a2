/**
 * The sample award register (申报清单, amounts in 万元): a few hundred ordinary rows from a
 * fixed-seed generator, with one planted problem of every register rule at fixed places, so the
 * golden report shows each rule firing on a known row.
 */
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from "../../src/core/creditCode";

export const REGISTER_CAPTION = "2021 年度闵行区推进先进制造业等产业发展专项资金拟扶持项目清单";
export const REGISTER_HEADER = [
  "序号",
  "单位名称",
  "统一社会信用代码",
  "注册地",
  "税务登记地",
  "扶持项目",
  "申请金额（万元）",
  "拟扶持金额（万元）",
  "计算基数（万元）",
  "年度",
  "批次",
  "拨付日期",
];
export const REGISTER_NOTES = [
  "注：1. 金额单位为万元；计算基数为技术改造项目的新增设备投资额。",
  "2. 拨付日期为空表示尚未拨付；年度资金应于 11 月 30 日前拨付完毕。",
];

/** An amount cell: a number in 万元, or text as staff typed it. */
export type Amount = number | string | null;

export interface RegisterEntry {
  enterprise: string;
  creditCode: string;
  registeredIn: string;
  taxRegisteredIn: string;
  item: string;
  requested: Amount;
  approved: Amount;
  base: Amount;
  year: number;
  batch: string;
  /** ISO date, or null when not paid yet. */
  paidOn: string | null;
  /** Which rule this row is planted for (not written to the sheet). */
  planted?: string;
  /** Hidden by the user (still checked). */
  hidden?: boolean;
}

/** mulberry32: a small fixed-seed PRNG, so the sample rebuilds to the same cells. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAME_HEADS = ["华", "东", "申", "闵", "虹", "莘", "浦", "江", "明", "锦", "宏", "嘉", "恒", "联", "泰", "鑫", "科", "智", "睿", "晟"];
const NAME_TAILS = ["精密", "智能", "电子", "新材料", "机械", "自动化", "生物", "信息", "光电", "装备", "医疗器械", "软件"];
const NAME_FORMS = ["科技有限公司", "股份有限公司", "制造有限公司", "技术有限公司"];

/** Ordinary items with their caps in 万元 (the sample catalog's). */
const ORDINARY = [
  { item: "区级“专精特新”中小企业", cap: 5, weight: 5 },
  { item: "市级“专精特新”中小企业（新申报）", cap: 20, weight: 4 },
  { item: "工信部专精特新“小巨人”企业", cap: 50, weight: 2 },
  { item: "技术改造项目新增设备补贴", cap: 500, rate: 0.1, weight: 2 },
  { item: "创新产品产业化项目补贴", cap: 300, weight: 1 },
] as const;

function pick<T extends { weight: number }>(rand: () => number, list: readonly T[]): T {
  const total = list.reduce((s, x) => s + x.weight, 0);
  let r = rand() * total;
  for (const x of list) {
    r -= x.weight;
    if (r < 0) return x;
  }
  return list[list.length - 1];
}

/** A valid 统一社会信用代码 for an enterprise registered in 闵行 (admin code 310112). */
export function creditCode(rand: () => number): string {
  let body = "91310112";
  while (body.length < 17) body += CREDIT_CODE_CHARSET[Math.floor(rand() * CREDIT_CODE_CHARSET.length)];
  return body + creditCodeCheckChar(body);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function ordinary(rand: () => number, i: number, usedNames: Set<string>): RegisterEntry {
  let enterprise = "";
  do {
    enterprise =
      "上海" +
      NAME_HEADS[Math.floor(rand() * NAME_HEADS.length)] +
      NAME_HEADS[Math.floor(rand() * NAME_HEADS.length)] +
      NAME_TAILS[Math.floor(rand() * NAME_TAILS.length)] +
      NAME_FORMS[Math.floor(rand() * NAME_FORMS.length)];
  } while (usedNames.has(enterprise));
  usedNames.add(enterprise);
  const kind = pick(rand, ORDINARY);
  let base: number | null = null;
  let approved: number;
  if ("rate" in kind) {
    base = round2(500 + Math.floor(rand() * 350) * 10); // 500–3,990 万元 of new equipment
    approved = Math.min(kind.cap, round2(base * kind.rate * (0.6 + 0.4 * rand())));
  } else if (kind.item === "创新产品产业化项目补贴") {
    approved = 50 + Math.floor(rand() * 26) * 10;
  } else {
    approved = kind.cap;
  }
  const requested = round2(approved * (1 + Math.floor(rand() * 3) * 0.1));
  const second = i % 3 === 0;
  const month = second ? 11 : 7 + Math.floor(rand() * 3);
  const day = 1 + Math.floor(rand() * (second ? 25 : 28));
  const paid = rand() < 0.85;
  const place = ["闵行区", "上海市闵行区", "闵行区"][i % 3];
  return {
    enterprise,
    creditCode: creditCode(rand),
    registeredIn: place,
    taxRegisteredIn: "闵行区",
    item: kind.item,
    requested,
    approved,
    base,
    year: 2021,
    batch: second ? "第二批" : "第一批",
    paidOn: paid ? `2021-${pad2(month)}-${pad2(day)}` : null,
  };
}

/** The planted rows, each breaking exactly the rule it names (amounts in 万元). */
function planted(rand: () => number): RegisterEntry[] {
  const base = (over: Partial<RegisterEntry>): RegisterEntry => ({
    enterprise: "",
    creditCode: creditCode(rand),
    registeredIn: "闵行区",
    taxRegisteredIn: "闵行区",
    item: "区级“专精特新”中小企业",
    requested: 5,
    approved: 5,
    base: null,
    year: 2021,
    batch: "第一批",
    paidOn: "2021-08-16",
    ...over,
  });
  const badCheck = creditCode(rand);
  const wrongLast = badCheck.slice(0, 17) + (badCheck[17] === "0" ? "1" : "0");
  return [
    base({ planted: "cap.exceeded", enterprise: "上海闵睿精密机械有限公司", requested: 8, approved: 8 }),
    base({ planted: "cap.exceeded", enterprise: "上海莘泰智能装备股份有限公司", item: "工信部专精特新“小巨人”企业", requested: 60, approved: 60 }),
    base({ planted: "cap.exceeded", enterprise: "上海虹联光电科技有限公司", item: "创新产品产业化项目补贴", requested: 400, approved: 350 }),
    base({ planted: "cap.rate-exceeded", enterprise: "上海江恒自动化制造有限公司", item: "技术改造项目新增设备补贴", requested: 200, approved: 180, base: 1500 }),
    base({ planted: "cap.unknown-policy", enterprise: "上海锦宏生物科技有限公司", item: "人才安居租房补贴", requested: 10, approved: 10 }),
    base({ planted: "cap.no-cap", enterprise: "上海嘉智软件技术有限公司", item: "协同创新产业发展资金", requested: 30, approved: 30 }),
    base({ planted: "register.invalid-credit-code", enterprise: "上海申鑫电子科技有限公司", creditCode: wrongLast }),
    base({ planted: "register.invalid-credit-code", enterprise: "上海浦科新材料股份有限公司", creditCode: "91310112MA1GOOD0X" }),
    base({ planted: "register.ineligible-location", enterprise: "上海华晟医疗器械有限公司", registeredIn: "徐汇区" }),
    base({ planted: "register.ineligible-location", enterprise: "上海东明信息技术有限公司", taxRegisteredIn: "浦东新区" }),
    base({ planted: "register.late-disbursement", enterprise: "上海泰华机械制造有限公司", item: "市级“专精特新”中小企业（新申报）", requested: 20, approved: 20, batch: "第二批", paidOn: "2021-12-20" }),
    base({ planted: "input.unreadable-value", enterprise: "上海恒申电子科技有限公司", approved: "待定", paidOn: null }),
    // Not a problem: full-width digits and a text amount read as numbers; a hidden row is still checked.
    base({ enterprise: "上海科江智能技术有限公司", item: "市级“专精特新”中小企业（新申报）", requested: "２０", approved: "20.00" }),
    base({ enterprise: "上海智东精密制造有限公司", hidden: true }),
  ];
}

/** Where planted rows go among the ordinary ones (register data row index). */
const PLANT_EVERY = 23;

export function sampleRegister(count = 300): RegisterEntry[] {
  const rand = prng(20210909);
  const used = new Set<string>();
  const rows: RegisterEntry[] = [];
  const plants = planted(rand);
  for (const p of plants) used.add(p.enterprise);
  let k = 0;
  for (let i = 0; rows.length < count; i++) {
    if (i > 0 && i % PLANT_EVERY === 0 && k < plants.length) rows.push(plants[k++]);
    else rows.push(ordinary(rand, i, used));
  }
  while (k < plants.length) rows.push(plants[k++]);
  // register.duplicate: the same enterprise, item and year again, in the second batch.
  const twice = rows[40];
  rows.splice(200, 0, { ...twice, batch: "第二批", paidOn: "2021-11-18", planted: "register.duplicate" });
  return rows;
}
