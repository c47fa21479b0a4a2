/**
 * What a row under a header is (src/core/tables/rows.ts): a total, a note, column numbers, blank
 * or data. The first tests are cheap character tests before any expression; these cases hold the
 * answers the expressions give.
 */
import { classifyValues, isNoteText } from "../../../src/core/tables/rows";

const kind = (values: (string | number | null)[]) => classifyValues(values, 0, values.length - 1).kind;

describe("a row's class", () => {
  it.each([
    [["合计", null, 120], "total"],
    [["合 计", null, 120], "total"],
    [[1, "办公设备小计", 30], "total"],
    [["Total", null, 120], "total"],
    [["Subtotal:", null, 30], "total"],
    [["GRAND TOTAL", null, 150], "total"],
    [["Totally Fine Ltd", "91310112MA1GAAAA1X", 30], "data"],
    [["甲公司", "91310112MA1GAAAA1X", 30], "data"],
    [["注：本表金额单位为万元。"], "note"],
    [["Note: amounts in yuan"], "note"],
    [["填报人：张三", null, null], "note"],
    [["领款人：李四", null, null], "note"],
    [["村务监督委员会（签章）：", null, null], "note"],
    [["居民委员会(盖章)", null, null], "note"],
    [["某某科技有限公司（筹）", "91310112MA1GAAAA1X", 30], "data"],
    [["注塑科技有限公司", "91310112MA1GAAAA1X", 30], "data"],
    [["(1)", "(2)", "(3)"], "colnum"],
    [[1, 2, 3, 4], "colnum"],
    [[null, "", "  "], "blank"],
  ])("%j is %s", (values, expected) => {
    expect(kind(values as (string | number | null)[])).toBe(expected);
  });

  it("a note begins with its word and a delimiter; a name that only starts with the word is no note", () => {
    expect(isNoteText("说明：以上为预计数")).toBe(true);
    expect(isNoteText("数据来源：区财政局")).toBe(true);
    expect(isNoteText("说明书印刷有限公司")).toBe(false);
    expect(isNoteText("审核人: 王五")).toBe(true);
  });
});
