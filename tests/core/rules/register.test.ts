import { checkRegister } from "../../../src/core/kinds/register/check";
import { CatalogIndex } from "../../../src/core/catalog/match";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { creditCodeCheckChar } from "../../../src/core/creditCode";
import { withDefaults } from "../../../src/core/settings";
import type { RegisterRow } from "../../../src/core/tables/types";
import { regRow, register } from "./handTables";

const settings = withDefaults({ today: "2021-09-09" });
const index = new CatalogIndex(BUILTIN_CATALOG);
const run = (rows: RegisterRow[], s = settings) => checkRegister(register(rows), index, s);

/** A valid code from 17 characters (the check character is computed, not copied). */
function code(first17: string): string {
  const c = creditCodeCheckChar(first17);
  if (!c) throw new Error("bad stem");
  return first17 + c;
}
const A = code("91310112MA1GB1234");
const B = code("91310112MA1GC5678");

describe("register.duplicate", () => {
  it("flags every occurrence after the first of the same enterprise, item and year", () => {
    const f = run([
      regRow(1, { enterprise: "甲公司", creditCode: A, item: "区级“专精特新”中小企业", year: 2021 }),
      regRow(2, {
        enterprise: "甲公司（改名）",
        creditCode: A.toLowerCase(),
        item: '区级"专精特新"中小企业',
        year: 2021,
      }),
      regRow(3, { enterprise: "甲公司", creditCode: A, itemCode: "1.1", year: 2021 }),
      regRow(4, { enterprise: "甲公司", creditCode: A, item: "区级“专精特新”中小企业", year: 2022 }),
      regRow(5, { enterprise: "乙公司", creditCode: B, item: "区级“专精特新”中小企业", year: 2021 }),
    ]).filter((x) => x.rule === "register.duplicate");
    expect(f.map((x) => [x.cell, x.params.firstRow])).toEqual([
      ["F3", 2],
      ["E4", 2], // matched by code to the same catalog item; the code cell, as no item text is given
    ]);
    expect(f[0].severity).toBe("error");
    expect(f[0].message).toBe('甲公司（改名） 2021 年重复申报 区级"专精特新"中小企业（首次申报见第 2 行）');
  });

  it("identifies enterprises by name when there is no credit code, and items by text outside the catalog", () => {
    const f = run([
      regRow(1, { enterprise: "上海 丙公司", item: "自定义项目", year: 2021 }),
      regRow(2, { enterprise: "上海丙公司", item: "自定义 项目", year: 2021 }),
      regRow(3, { enterprise: "上海丁公司", item: "自定义项目", year: 2021 }),
    ]).filter((x) => x.rule === "register.duplicate");
    expect(f.map((x) => x.cell)).toEqual(["F3"]);
  });
});

describe("register.invalid-credit-code", () => {
  it("says whether the length, a character or the check character is wrong", () => {
    const wrongCheck = A.slice(0, 17) + (A[17] === "0" ? "1" : "0");
    const f = run([
      regRow(1, { enterprise: "甲", creditCode: A }),
      regRow(2, { enterprise: "乙", creditCode: "9131011" }),
      regRow(3, { enterprise: "丙", creditCode: "91310112MA1GB12I4" + "0" }),
      regRow(4, { enterprise: "丁", creditCode: wrongCheck }),
    ]);
    expect(f.map((x) => [x.rule, x.cell, x.params.problem])).toEqual([
      ["register.invalid-credit-code", "B3", "length"],
      ["register.invalid-credit-code", "B4", "character"],
      ["register.invalid-credit-code", "B5", "check"],
    ]);
    expect(f[0].message).toBe("乙 统一社会信用代码 9131011 无效：应为 18 位，实为 7 位");
  });
});

describe("register.ineligible-location", () => {
  it("flags each place outside the district, comparing half-width", () => {
    const f = run([
      regRow(1, { enterprise: "甲", registeredIn: "上海市闵行区", taxRegisteredIn: "闵行" }),
      regRow(2, { enterprise: "乙", registeredIn: "上海市徐汇区", taxRegisteredIn: "上海市闵行区" }),
      regRow(3, { enterprise: "丙", registeredIn: "上海市浦东新区", taxRegisteredIn: "上海市浦东新区" }),
    ]);
    expect(f.map((x) => [x.cell, x.params.field])).toEqual([
      ["C3", "registeredIn"],
      ["C4", "registeredIn"],
      ["D4", "taxRegisteredIn"],
    ]);
    expect(f[0].message).toBe("乙 注册地为 上海市徐汇区，不在闵行（须工商注册和税务登记均在本区）");
  });

  it("uses the district setting; without the geography, only a place naming another district or county is outside", () => {
    const s = withDefaults({ today: "2021-09-09", district: "ＸＨ" });
    const f = run([regRow(1, { registeredIn: "Shanghai XH", taxRegisteredIn: "闵行区" }), regRow(2, { registeredIn: "七宝镇", taxRegisteredIn: "莘庄工业区" })], s);
    // 七宝镇 and 莘庄工业区 could be towns or areas of XH: by their names alone they cannot be judged.
    expect(f.map((x) => x.cell)).toEqual(["D2"]); // 税务登记地 闵行区
  });
});

describe("register.late-disbursement", () => {
  it("flags payments after the row's year's deadline, else after the paid year's own", () => {
    const f = run([
      regRow(1, { paidOn: "2021-11-30", year: 2021 }),
      regRow(2, { paidOn: "2021-12-01", year: 2021 }),
      regRow(3, { paidOn: "2022-01-15", year: 2021 }),
      regRow(4, { paidOn: "2022-06-01" }),
      regRow(5, { paidOn: "2022-12-01" }),
    ]);
    expect(f.map((x) => [x.rule, x.cell, x.params.deadline])).toEqual([
      ["register.late-disbursement", "K3", "2021-11-30"],
      ["register.late-disbursement", "K4", "2021-11-30"],
      ["register.late-disbursement", "K6", "2022-11-30"],
    ]);
    expect(f[0].severity).toBe("warning");
  });

  it("uses the deadline setting", () => {
    const s = withDefaults({ today: "2021-09-09", disbursementDeadline: "12-31" });
    expect(run([regRow(1, { paidOn: "2021-12-01", year: 2021 })], s)).toEqual([]);
  });
});
