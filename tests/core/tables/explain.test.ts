/** Why a table was read as it was, and why none was: the nearest candidate, --explain, --map. */
import { describeCandidate, explain, nearestCandidate } from "../../../src/core/explain";
import { mappingsFromJson, MappingError } from "../../../src/core/mappingsJson";
import { recognise } from "../../../src/core/tables/recognise";
import type { SheetGrid } from "../../../src/core/grid";

const sheet = (values: SheetGrid["values"], name = "名单"): SheetGrid => ({ name, top: 0, left: 0, values, merges: [] });

describe("nothing recognised", () => {
  it("names the nearest candidate and what it lacked", () => {
    const r = recognise([sheet([["2023年奖励名单"], [], ["序号", "企业名称", "统一社会信用代码", "备注"], [1, "上海甲有限公司", "91310112MA1GAAAA1X", "无"]])]);
    expect(r.tables).toEqual([]);
    const c = nearestCandidate(r.candidates);
    expect(c).toMatchObject({ sheet: "名单", row: 2, kind: "register" });
    expect(describeCandidate(c!, "zh-CN")).toBe("申报清单？名单 第 3 行：缺少“政策项”或“政策代码”或“申请金额”或“核定金额”列");
    expect(describeCandidate(c!, "en-US")).toMatch(/^Register\? 名单 row 3: no "policy item" or /);
  });

  it("has none when no row looks like a header", () => {
    const r = recognise([sheet([["说明文字"], [1, 2, 3]])]);
    expect(nearestCandidate(r.candidates)).toBeNull();
  });
});

describe("--explain", () => {
  it("lists each table's columns with their reading and the words that decided it", () => {
    const r = recognise([sheet([["企业名称", "拟扶持金额（万元）", "备注"], ["上海甲有限公司", 5, ""]])]);
    const [t] = explain(r, "zh-CN");
    expect(t).toMatchObject({ sheet: "名单", where: "A1:C2", kindName: "申报清单", recognised: true });
    expect(t.columns.map((c) => [c.cell, c.reading])).toEqual([
      ["A1", "企业名称"],
      ["B1", "核定金额"],
      ["C1", "—"],
    ]);
    expect(t.columns[1].why).toContain("“拟扶持金额”（全同）");
    expect(t.columns[1].why).toContain("数值相符 100%");
  });

  it("says when a column was read by its level: an upper level's grant the base of a lower level's match", () => {
    const r = recognise([
      sheet([
        ["2020年度科技创新载体区级配套资金安排表"],
        ["序号", "单位名称", "统一社会信用代码", "市级立项经费（万元）", "区级配套资金（万元）"],
        [1, "甲孵化器管理有限公司", "91310107MA1G0B2C4C", 50, 50],
        [2, "乙创业服务有限公司", "91310107MA1FL6X19X", 20, 20],
      ]),
    ]);
    const [zh] = explain(r, "zh-CN");
    expect(zh.columns.map((c) => c.reading)).toEqual(["序号", "企业名称", "统一社会信用代码", "计算基数", "核定金额"]);
    expect(zh.columns[3].why).toContain("按层级“市级”（上级拨款为基数）");
    expect(explain(r, "en-US")[0].columns[4].why).toContain('by its level "区级"');
  });
});

describe("--map", () => {
  it("reads the pane's saved shape: an array, or the document settings object", () => {
    const list = [{ sheet: "名单", columns: { c: "approved", D: null } }];
    expect(mappingsFromJson(JSON.stringify(list), "m.json")).toEqual([{ sheet: "名单", columns: { C: "approved", D: null } }]);
    expect(mappingsFromJson(JSON.stringify({ "subsidyAudit.mappings": list }), "m.json")).toHaveLength(1);
  });

  it("a mapping fixes a reading for a batch", () => {
    const grid = sheet([["企业名称", "金额A", "金额B"], ["上海甲有限公司", 5, 7]]);
    const plain = recognise([grid]).tables[0];
    const fixed = recognise([grid], mappingsFromJson('[{"sheet":"名单","columns":{"B":null,"C":"approved"}}]', "m.json")).tables[0];
    expect(plain.columns.map((c) => c.field)).toEqual(["enterprise", "approved", null]);
    expect(fixed.columns.map((c) => c.field)).toEqual(["enterprise", null, "approved"]);
    // A corrected table still ends where its rows do: a note under it is no row of it.
    const noted = recognise([sheet([...grid.values, ["注：单位为万元"]])], [{ sheet: "名单", columns: { B: null, C: "approved" } }]).tables[0];
    expect([noted.range.r1, noted.unit, noted.manual]).toEqual([1, "万元", true]);
  });

  it("a mapping without a range completes a near miss: the columns no reader knew, named by hand", () => {
    const grid = sheet([["2023年奖励名单"], [], ["序号", "企业名称", "统一社会信用代码", "名目", "数额"], [1, "上海甲有限公司", "91310112MA1GAAAA1X", "示范平台", 5], ["注：金额单位为万元"]]);
    expect(recognise([grid]).tables).toEqual([]);
    const half = recognise([grid], [{ sheet: "名单", columns: { D: "item" } }]);
    expect(half.tables.map((t) => t.kind)).toEqual(["register"]); // the item alone completes a register
    const [t] = recognise([grid], [{ sheet: "名单", columns: { D: "item", E: "approved" } }]).tables;
    expect(t).toMatchObject({ kind: "register", manual: true, unit: "万元" });
    expect(t.columns.map((c) => c.field)).toEqual(["seq", "enterprise", "creditCode", "item", "approved"]);
    expect(t.range).toEqual({ r0: 2, c0: 0, r1: 3, c1: 4 }); // the note below is no row
    // A mapping for another sheet, or one that completes nothing, leaves the near miss alone.
    expect(recognise([grid], [{ sheet: "别的表", columns: { D: "item" } }]).tables).toEqual([]);
    expect(recognise([grid], [{ sheet: "名单", columns: { A: null } }]).tables).toEqual([]);
  });

  it.each([
    ["{", /不是有效的 JSON/],
    ['{"x":1}', /应为映射的数组/],
    ['[{"sheet":"a","kind":"nope"}]', /\[0\]\.kind/],
    ['[{"sheet":"a","columns":{"1":"item"}}]', /不是列字母/],
    ['[{"sheet":"a","kind":"register","columns":{"B":"quantity"}}]', /不是可用字段/],
  ])("a bad file is one clear error: %s", (text, message) => {
    expect(() => mappingsFromJson(text, "m.json")).toThrow(MappingError);
    expect(() => mappingsFromJson(text, "m.json")).toThrow(message);
  });
});
