/**
 * FUND.EXECSCORE (the 项目支出绩效自评表's execution score, core executionScore) and FUND.REMAINING
 * (budget − awards, or − paid): values worked out by hand from domain.md's tables, ranges, blanks,
 * dashes, text amounts, units and errors.
 */
import * as fund from "../../src/functions/fund";
import { column, TABLE_C_2021, one, err, callErr } from "./fixtures";


describe("FUND.EXECSCORE", () => {
  it("is weight × actual / budget (Table B 2021: 10 × 5,170.28 / 15,000 = 3.4469 points)", () => {
    expect(one(fund.execScore(5170.28, 15000, 10))).toBeCloseTo(3.446853, 6);
    expect(one(fund.execScore("5,170.28 (1-8 月)", "15,000.00", "10"))).toBeCloseTo(3.446853, 6);
    expect(one(fund.execScore(9979.08, 10000, 20))).toBeCloseTo(19.95816, 9);
  });
  it("is capped at the weight when spending is above the budget", () => {
    expect(one(fund.execScore(495, 300, 10))).toBe(10);
    expect(one(fund.execScore(300, 300, 10))).toBe(10);
  });
  it("reads the weight as points: 10分 and 10% of 100 are 10", () => {
    expect(one(fund.execScore(50, 100, "10分"))).toBe(5);
    expect(one(fund.execScore(50, 100, "10%"))).toBe(5);
    expect(one(fund.execScore(50, 100, "１０"))).toBe(5);
  });
  it("is #DIV/0! for a zero or dash budget", () => {
    expect(err(one(fund.execScore(10, 0, 10))).code).toBe("#DIV/0!");
    expect(err(one(fund.execScore("-", "—", 10))).code).toBe("#DIV/0!");
  });
  it("counts a dash of spending as nothing spent", () => {
    expect(one(fund.execScore("—", 370, 10))).toBe(0);
  });
  it("reads a unitless figure in the unit its partner states", () => {
    expect(one(fund.execScore("7,500,000元", "1,500万元", 10))).toBe(5);
    expect(one(fund.execScore(750, "1,500万元", 10))).toBe(5);
  });
  it("spills over Table C's 2021 columns with one weight", () => {
    const out = fund.execScore(column(TABLE_C_2021, 1), column(TABLE_C_2021, 0), 10);
    const expected = [10, 6000 / 900, 11343.5 / 7040, 2104.5 / 2490, 0, 22575.8 / 3500, 10];
    expected.forEach((x, i) => expect(out[i][0]).toBeCloseTo(x, 9));
    expect(err(out[7][0]).code).toBe("#DIV/0!");
  });
  it("leaves blank rows blank and wants a weight where there is data", () => {
    const out = fund.execScore([[""], [50]], [[""], [100]], [[""], [""]]);
    expect(out[0][0]).toBe("");
    expect(err(out[1][0]).key).toBe("noWeight");
  });
  it("gives #VALUE! naming unreadable amounts and weights, or a negative weight", () => {
    const a = err(one(fund.execScore("五千", 100, 10)));
    expect(a.code).toBe("#VALUE!");
    expect(a.text("zh-CN")).toContain("五千");
    const w = err(one(fund.execScore(50, 100, "十分")));
    expect(w.key).toBe("badWeight");
    expect(w.text("en-US")).toContain("十分");
    expect(err(one(fund.execScore(50, 100, -10))).key).toBe("badWeight");
    expect(err(one(fund.execScore(50, "34.47%", 10))).key).toBe("percentNotAmount");
  });
});

describe("FUND.REMAINING", () => {
  it("is budget − awards (2022: 200,000,000 budgeted, 185,000,000 awarded)", () => {
    expect(one(fund.remaining(200000000, 185000000, null, null))).toBe(15000000);
    expect(one(fund.remaining("200,000,000.00", "185,000,000.00", null, null))).toBe(15000000);
  });
  it("is negative when more is awarded than budgeted (the 2019 overcommitment of 1亿元)", () => {
    expect(one(fund.remaining("1亿元", "2亿元", null, "万元"))).toBe(-10000);
  });
  it("is budget − paid when paid is given; a blank paid cell is nothing paid yet", () => {
    expect(one(fund.remaining(15000, 14000, 5170.28, "万元"))).toBe(9829.72);
    expect(one(fund.remaining(15000, 14000, [[""]], "万元"))).toBe(15000);
    expect(fund.remaining([[300], [900]], [[250], [800]], [[495], [""]], null)).toEqual([[-195], [900]]);
  });
  it("keeps the fen exactly (no floating-point tail)", () => {
    expect(one(fund.remaining(15000, 5170.28, null, null))).toBe(9829.72);
    expect(one(fund.remaining(0.3, 0.1, null, null))).toBe(0.2);
  });
  it("reads units in the cells and answers in the unit asked for", () => {
    expect(one(fund.remaining("15,000万元", "5,170.28万元", null, null))).toBe(98297200);
    expect(one(fund.remaining("15,000万元", "5,170.28万元", null, "万元"))).toBe(9829.72);
    expect(one(fund.remaining("1.5亿元", 51702800, null, null))).toBe(98297200);
    expect(one(fund.remaining(1.5, "0.5亿元", null, "亿元"))).toBe(1);
  });
  it("counts dashes as nothing and leaves blank rows blank", () => {
    expect(one(fund.remaining(370, "-", null, null))).toBe(370);
    expect(one(fund.remaining("—", 10, null, null))).toBe(-10);
    expect(fund.remaining([[""], [100]], [[""], [40]], null, null)).toEqual([[""], [60]]);
  });
  it("spills over ranges, one budget against a column of awards", () => {
    expect(fund.remaining([[1000]], [[100], [200], ["300元"]], null, null)).toEqual([[900], [800], [700]]);
  });
  it("gives #VALUE! for unreadable amounts only where they are, and fails on a bad unit", () => {
    const out = fund.remaining([[100], [100]], [["约五十"], [50]], null, null);
    expect(err(out[0][0]).text("zh-CN")).toContain("约五十");
    expect(out[1][0]).toBe(50);
    expect(callErr(() => fund.remaining(100, 50, null, "美元")).key).toBe("badUnit");
  });
});
