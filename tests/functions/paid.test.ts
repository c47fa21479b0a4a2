/**
 * FUND.PAID and the core matching under it (core/paidTo.ts): payee by credit code or by name,
 * item through the catalog, as the reconciliation matches payments to awards. Sums are worked out
 * by hand from LEDGER_RANGE (fixtures.ts).
 */
import { BUILTIN_CATALOG } from "../../src/core/catalog/builtin";
import { CatalogIndex } from "../../src/core/catalog/match";
import type { LedgerTable } from "../../src/core/kinds/ledger/types";
import { LedgerPaid, payeeRef } from "../../src/core/paidTo";
import { recognise } from "../../src/core/tables/recognise";
import * as fundTables from "../../src/functions/fundTables";
import { CODE_JIA, CODE_YI, LEDGER_RANGE, one, err, callErr } from "./fixtures";

const ZJTX = "区级“专精特新”中小企业";
const JIGAI = "技术改造项目新增设备补贴";


describe("payeeRef", () => {
  it("reads 18 letters and digits as a credit code (full-width, lower case and spaces tolerated), anything else as a name", () => {
    expect(payeeRef(CODE_JIA)).toEqual({ code: CODE_JIA, name: null });
    expect(payeeRef(" 91310112ma1gb0xx1t ")).toEqual({ code: CODE_JIA, name: null });
    expect(payeeRef("９１３１０１１２ＭＡ１ＧＢ０ＸＸ１Ｔ")).toEqual({ code: CODE_JIA, name: null });
    expect(payeeRef("上海甲机械有限公司")).toEqual({ code: null, name: "上海甲机械有限公司" });
    expect(payeeRef("91310112MA1GB0XX1")).toEqual({ code: null, name: "91310112MA1GB0XX1" }); // 17 characters
  });
});

describe("LedgerPaid (core)", () => {
  const ledgers = recognise([{ name: "台账", top: 0, left: 0, values: LEDGER_RANGE as never, merges: [] }], []).tables.filter(
    (t): t is LedgerTable => t.kind === "ledger"
  );
  const book = new LedgerPaid(ledgers, new CatalogIndex(BUILTIN_CATALOG));

  it("sums by name: the same name written with a space and the item without quotes are the same", () => {
    expect(book.paidTo(payeeRef("上海甲机械有限公司"), ZJTX)).toEqual({ value: 80000, count: 2 });
  });
  it("sums by credit code, whatever name the payment carries", () => {
    expect(book.paidTo(payeeRef(CODE_JIA), ZJTX)).toEqual({ value: 70000, count: 2 });
  });
  it("keeps items apart and counts no dash (nothing paid) and no 合计 row", () => {
    expect(book.paidTo(payeeRef("上海甲机械有限公司"), JIGAI)).toEqual({ value: 800000, count: 1 });
    expect(book.paidTo(payeeRef(CODE_YI), JIGAI)).toEqual({ value: 1200000, count: 1 });
    expect(book.paidTo(payeeRef("上海乙材料有限公司"), ZJTX)).toEqual({ value: 0, count: 0 });
  });
  it("takes the item by its catalog code too (1.1 is 区级专精特新 in the built-in catalog)", () => {
    expect(BUILTIN_CATALOG.items.find((i) => i.code === "1.1")?.name).toContain("区级");
    expect(book.paidTo(payeeRef(CODE_JIA), "1.1")).toEqual({ value: 70000, count: 2 });
  });
  it("is 0 for a payee the ledger does not pay", () => {
    expect(book.paidTo(payeeRef("上海丁科技有限公司"), ZJTX)).toEqual({ value: 0, count: 0 });
    expect(book.paidTo(payeeRef("91310101MA1FP9KQ7W"), ZJTX)).toEqual({ value: 0, count: 0 });
  });
});

describe("FUND.PAID", () => {
  it("is what the ledger shows paid, by name or by credit code", () => {
    expect(one(fundTables.paid("上海甲机械有限公司", ZJTX, LEDGER_RANGE, null))).toBe(80000);
    expect(one(fundTables.paid(CODE_JIA, ZJTX, LEDGER_RANGE, null))).toBe(70000);
    expect(one(fundTables.paid([[CODE_YI.toLowerCase()]], [[JIGAI]], LEDGER_RANGE, null))).toBe(1200000);
  });
  it("reads every row of the range, an all-text payment row at its end too (text date, text amount)", () => {
    // The recogniser alone takes such a last row for another table's header; the range is the ledger.
    expect(one(fundTables.paid(CODE_YI, JIGAI, LEDGER_RANGE.slice(0, 4), null))).toBe(1200000);
  });
  it("finds the header under a caption inside the range", () => {
    const captioned = [["2021年专项资金拨付台账"], ["单位：元"], ...LEDGER_RANGE];
    expect(one(fundTables.paid("上海甲机械有限公司", ZJTX, captioned, null))).toBe(80000);
  });
  it("is 0 for an unmatched payee", () => {
    expect(one(fundTables.paid("上海丁科技有限公司", ZJTX, LEDGER_RANGE, null))).toBe(0);
  });
  it("spills over payee and item ranges, blank rows blank", () => {
    const payees = [["上海甲机械有限公司"], [CODE_JIA], [""], ["上海乙材料有限公司"], ["上海丁科技有限公司"]];
    const items = [[ZJTX], [ZJTX], [""], [JIGAI], [JIGAI]];
    expect(fundTables.paid(payees, items, LEDGER_RANGE, null)).toEqual([[80000], [70000], [""], [1200000], [0]]);
    // One payee across a row of items.
    expect(fundTables.paid("上海甲机械有限公司", [[ZJTX, JIGAI]], LEDGER_RANGE, null)).toEqual([[80000, 800000]]);
  });
  it("answers in the unit asked for; a ledger in 万元 is read in 元", () => {
    expect(one(fundTables.paid("上海甲机械有限公司", ZJTX, LEDGER_RANGE, "万元"))).toBe(8);
    const wan = [
      [...LEDGER_RANGE[0].slice(0, 6), "金额（万元）"],
      [...LEDGER_RANGE[1].slice(0, 6), "5.00"],
      [...LEDGER_RANGE[2].slice(0, 6), 3],
      [...LEDGER_RANGE[3].slice(0, 6), "120.00"],
    ];
    expect(fundTables.paid([["上海甲机械有限公司"], [CODE_YI]], [[ZJTX], [JIGAI]], wan, null)).toEqual([[80000], [1200000]]);
    expect(fundTables.paid([["上海甲机械有限公司"], [CODE_YI]], [[ZJTX], [JIGAI]], wan, "万元")).toEqual([[8], [120]]);
  });
  it("needs a payee and an item: #VALUE! for that element only", () => {
    const out = fundTables.paid([["上海甲机械有限公司"], [""]], [[""], [ZJTX]], LEDGER_RANGE, null);
    expect(err(out[0][0]).key).toBe("noItem");
    expect(err(out[1][0]).key).toBe("noPayee");
  });
  it("fails the call with #VALUE! for a range that is no ledger, or none at all", () => {
    const notLedger = callErr(() => fundTables.paid("甲", ZJTX, [["年度", "年初预算"], [2021, 15000]], null));
    expect(notLedger.code).toBe("#VALUE!");
    expect(notLedger.key).toBe("noLedgerTable");
    expect(notLedger.text("zh-CN")).toContain("台账");
    expect(notLedger.text("en-US")).toContain("ledger");
    expect(callErr(() => fundTables.paid("甲", ZJTX, null, null)).key).toBe("noLedger");
    expect(callErr(() => fundTables.paid("甲", ZJTX, [[""], [null]], null)).key).toBe("noLedger");
  });
  it("says which column a ledger lacks rather than answering 0", () => {
    const noItem = LEDGER_RANGE.map((r) => [r[0], r[1], r[2], r[3], r[4], r[6]]);
    expect(callErr(() => fundTables.paid("上海甲机械有限公司", ZJTX, noItem, null)).key).toBe("ledgerNoItem");
    const noPayee = LEDGER_RANGE.map((r) => [r[0], r[1], r[2], r[5], r[6]]);
    expect(callErr(() => fundTables.paid("上海甲机械有限公司", ZJTX, noPayee, null)).key).toBe("ledgerNoPayee");
  });
  it("reads an edited ledger afresh (cached by values, not by position)", () => {
    expect(one(fundTables.paid(CODE_YI, JIGAI, LEDGER_RANGE, null))).toBe(1200000);
    const edited = LEDGER_RANGE.map((r) => [...r]);
    edited[3][6] = "1,000,000.00";
    expect(one(fundTables.paid(CODE_YI, JIGAI, edited, null))).toBe(1000000);
    expect(one(fundTables.paid(CODE_YI, JIGAI, LEDGER_RANGE, null))).toBe(1200000);
  });
  it("rejects a bad unit for the whole call", () => {
    expect(callErr(() => fundTables.paid(CODE_YI, JIGAI, LEDGER_RANGE, "美元")).key).toBe("badUnit");
  });
});
