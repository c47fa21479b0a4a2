/**
 * The seed's tables as a sheet would hand them to FUND functions (domain.md): text exactly as
 * written, dashes for "nothing", column ranges as n x 1 matrices.
 */
import { FnError } from "../../src/functions/errors";
import type { Out, OutMatrix } from "../../src/functions/spill";

/** Table A (2022 composition, 元): amount, unit amount / rounded average, quantity. */
export const TABLE_A: ReadonlyArray<readonly [string, string | number, number]> = [
  ["7,000,000.00", 50000, 140],
  ["24,000,000.00", 200000, 120],
  ["15,000,000.00", 500000, 30],
  ["350,000.00", 350000, 1],
  ["1,200,000.00", 600000, 2],
  ["10,000,000.00", "555,556", 18],
  ["47,950,000.00", "694,928", 69],
  ["26,000,000.00", "742,857", 35],
  ["4,500,000.00", "900,000", 5],
  ["40,000,000.00", "1,600,000", 25],
  ["10,000,000.00", "333,333", 30],
  ["6,000,000.00", "240,000.00", 25],
  ["8,000,000.00", "533,333", 15],
];

/** Table C, 2021 columns (万元): adjusted budget, actual (1-8 月). */
export const TABLE_C_2021: ReadonlyArray<readonly [string, string]> = [
  ["300.00", "495.00"],
  ["900.00", "600.00"],
  ["7,040.00", "1,134.35"],
  ["2,490.00", "210.45"],
  ["370.00", "-"],
  ["3,500.00", "2,257.58"],
  ["400.00", "472.90"],
  ["-", "-"],
  ["-", "-"],
];

export const column = <T>(rows: ReadonlyArray<ReadonlyArray<T>>, i: number): T[][] => rows.map((r) => [r[i]]);

/** Excel's serial for 2021-08-31 (1900 date system). */
export const SERIAL_2021_08_31 = 44439;

/** A catalog table as a sheet range: header row and items, caps in 元. */
export const CATALOG_RANGE: unknown[][] = [
  ["政策代码", "政策项", "政策类", "上限类型", "上限金额（元）", "比例", "年度", "依据文件"],
  ["1.1", "区级“专精特新”中小企业", "支持企业专精特新化发展", "定额", 60000, "", 2023, "闵经委规发〔2021〕3号"],
  ["1.1", "区级“专精特新”中小企业", "支持企业专精特新化发展", "定额", 50000, "", "", "闵经委规发〔2021〕3号"],
  ["6.1", "技术改造项目新增设备补贴", "企业技术改造项目", "比例", 5000000, "10%", "", "闵府规发〔2020〕5号"],
  ["8.1", "企业智能制造诊断资助", "推进区内智能制造诊断服务", "比例", "", "50%", "", "闵经委规发〔2021〕7号"],
  ["9.1", "鼓励企业上云上平台", "推进上云用数赋智等数字化转型工作", "", "", "", "", ""],
];

/** Valid 统一社会信用代码 registered in 闵行 (area 310112): 上海甲机械 and 上海乙材料. */
export const CODE_JIA = "91310112MA1GB0XX1T";
export const CODE_YI = "91310112MA1FL2QK4Y";

/**
 * A 拨付台账 as a sheet range, amounts in 元. 上海甲机械 is paid twice for 区级专精特新 (the second
 * time without its code, its name with a space and the item without quotes), once more for it
 * under a new name with the same code, and once for 技术改造; 上海乙材料 once, plus a dashed
 * (nothing paid) line; a 合计 row closes it.
 */
export const LEDGER_RANGE: unknown[][] = [
  ["日期", "凭证号", "摘要", "收款单位", "统一社会信用代码", "政策项目", "金额"],
  ["2021-03-15", "记-12", "拨付专精特新补贴", "上海甲机械有限公司", CODE_JIA, "区级“专精特新”中小企业", "50,000.00"],
  ["2021-06-20", "记-31", "拨付专精特新补贴（第二笔）", "上海甲机械 有限公司", "", "区级专精特新中小企业", 30000],
  ["2021-04-02", "记-20", "拨付技改补贴", "上海乙材料有限公司", CODE_YI, "技术改造项目新增设备补贴", "1,200,000.00"],
  ["2021-07-01", "记-40", "拨付专精特新补贴（更名后）", "上海甲智能装备有限公司", CODE_JIA, "区级专精特新中小企业", 20000],
  ["2021-08-01", "记-45", "拨付技改补贴", "上海甲机械有限公司", "", "技术改造项目新增设备补贴", 800000],
  ["2021-09-01", "记-50", "拨付技改补贴", "上海乙材料有限公司", CODE_YI, "技术改造项目新增设备补贴", "—"],
  ["", "", "合计", "", "", "", 2100000],
];

/** The single value of a 1x1 result. */
export function one(m: OutMatrix): Out {
  expect(m).toHaveLength(1);
  expect(m[0]).toHaveLength(1);
  return m[0][0];
}

export function err(v: Out): FnError {
  if (!(v instanceof FnError)) throw new Error(`expected an error, got ${String(v)}`);
  return v;
}

/** The whole-call error a function throws (bad unit, catalog, tolerance…). */
export function callErr(f: () => unknown): FnError {
  try {
    f();
  } catch (e) {
    const inner = (e as { error?: unknown }).error;
    if (inner instanceof FnError) return inner;
    throw e;
  }
  throw new Error("no error thrown");
}
