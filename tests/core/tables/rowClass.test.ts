/**
 * What a row under a header is (src/core/tables/rows.ts): a total, a note, column numbers, blank
 * or data. The first tests are cheap character tests before any expression; these cases hold the
 * answers the expressions give.
 */
import { classifyValues, isNoteText, isSentence, mayBeTotal } from "../../../src/core/tables/rows";

const kind = (values: (string | number | null)[]) => classifyValues(values, 0, values.length - 1).kind;

describe("a row's class", () => {
  it.each([
    [["合计", null, 120], "total"],
    [["合 计", null, 120], "total"],
    [[1, "办公设备小计", 30], "total"],
    // A fund's full name before its 小计 (27 characters) is still a total's label; a sentence ending in 小计 is none.
    [["一", "中央巩固拓展脱贫攻坚成果同乡村振兴有效衔接补助资金小计", 3106], "total"],
    [["按照省财政厅下达的文件要求，本县统筹安排的衔接资金共计小计", null, 3106], "data"],
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

// The first tests run on every row's first cells are character tests, not expressions: they must
// still pass every total label and sentence the expressions know, and nothing else.
describe("the cheap first tests", () => {
  it("a total label holds 计, 总额 or total (any case)", () => {
    for (const v of ["合计", "小 计", "资金总额", "办公设备合计", "Total", "Grand TOTAL:", "subtotal"]) expect([v, mayBeTotal(v)]).toEqual([v, true]);
    for (const v of ["总部大楼", "额度", "企业名称", "tot", "Tool", "91310112MA1GBQXA2Q", "合计".padEnd(37, "x")]) expect([v, mayBeTotal(v)]).toEqual([v, false]);
  });

  it("a short text is a sentence only with a mark of prose", () => {
    expect(isSentence("本表数据截至2021年8月。")).toBe(true);
    expect(isSentence("单位：万元")).toBe(true);
    expect(isSentence("（一）技术改造项目补贴资金")).toBe(true);
    expect(isSentence("甲科技有限公司")).toBe(false);
    expect(isSentence("甲（上海）科技有限公司")).toBe(false);
  });
});

// The code and name columns' labels before the numbers (类款项 | 栏次 | 1 | 2 | 3): the marker may be spaced out as wide
// as a form prints it; the speed-up that skips long markers must not drop those (review of the rows speed change).
describe("the column-number row led by labels, its marker widely spaced", () => {
  it.each([["行        次"], ["栏　　　　次"], [" 栏 次 "]])("项目 | %s | 1 | 2 | 3 is no line", (marker) => {
    expect(kind(["项目", marker, 1, 2, 3])).toBe("colnum");
  });
  it("a credit code in the marker's place leaves the row a line", () => {
    expect(kind(["甲科技有限公司", "91310112MA1GBQXA2Q", 1, 2, 3])).toBe("data");
  });
});
