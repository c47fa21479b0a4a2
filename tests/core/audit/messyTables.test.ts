/**
 * Real tables are messier than the seed's layout: a merge lost when values were pasted, a 合计
 * under a by-year table, category headings carrying their subtotals. Each must give the findings
 * the figures call for, not findings about the layout.
 */
import { audit } from "../../../src/core/audit";
import type { Cell, CellRange, SheetGrid } from "../../../src/core/grid";
import type { ExecutionTable } from "../../../src/core/tables/types";
import { executionView } from "../../../src/core/views";
import { tableC } from "../fixtures/seed";

const settings = { today: "2021-09-09", lang: "en-US" as const };
const brief = (sheets: SheetGrid[]) =>
  audit({ sheets, settings }).findings.map((f) => [f.rule, f.cell, f.actual, f.expected]);

function sheet(values: Cell[][], merges: CellRange[] = []): SheetGrid {
  return { name: "表", top: 0, left: 0, values, merges };
}

describe("Table C with the 2020/2019 budget merges lost (values pasted)", () => {
  const merged = tableC();
  // Keep the header merges (two rows at most); drop the budget cells merged over nine categories.
  const pasted: SheetGrid = { ...merged, merges: merged.merges.filter((m) => m.r1 - m.r0 < 2) };

  it("drops exactly the budget merges from the fixture", () => {
    expect(merged.merges.length - pasted.merges.length).toBe(2);
  });

  it("gives the same findings as the merged original: no 2020/2019 finding per category", () => {
    expect(brief([pasted])).toEqual(brief([merged]));
    expect(brief([pasted]).length).toBeGreaterThan(0);
  });

  it("reads the lone figure as the year's budget stated once", () => {
    const t = audit({ sheets: [pasted], settings }).tables[0] as ExecutionTable;
    expect(t.groupBudgets.map((g) => [g.year, g.figure.value, g.rows.length])).toEqual([
      [2020, 100_000_000, 9],
      [2019, 100_000_000, 9],
    ]);
    const first = t.rows[0].years.find((y) => y.year === 2020);
    expect(first).toMatchObject({ budget: null, budgetSpanned: true });
  });

  it("still reads a budget on the first row alone as that category's when the 合计 says otherwise", () => {
    const values: Cell[][] = [
      ["政策类", "2020年", null],
      [null, "调整后预算", "实际支出"],
      ["甲", 100, 50],
      ["乙", null, 30],
      ["合计", 200, 80],
    ];
    const merges = [
      { r0: 0, c0: 0, r1: 1, c1: 0 },
      { r0: 0, c0: 1, r1: 0, c1: 2 },
    ];
    const rules = brief([sheet(values, merges)]).map((f) => [f[0], f[1]]);
    expect(rules).toContainEqual(["execution.overspent", "C4"]);
    expect(rules).toContainEqual(["execution.total-mismatch", "B5"]);
  });
});

describe("a by-year table with a 合计 row", () => {
  const values: Cell[][] = [
    ["（单位：万元）"],
    ["年度", "年初预算", "调整后预算", "实际支出", "预算执行率"],
    [2021, 15000, 15000, "5,170.28 (1-8 月)", "34.47%"],
    [2020, 10000, 10000, 9999.76, "100.00%"],
    [2019, 10000, 10000, 9979.08, "99.79%"],
    ["合计", 35000, 35000, 25149.12, "71.85%"],
  ];

  it("checks the 合计 against all years, not the latest alone", () => {
    expect(brief([sheet(values)]).map((f) => f[0])).toEqual(["execution.behind-schedule"]);
  });

  it("still finds a 合计 that does not add up, without naming one year", () => {
    const wrong = values.map((r) => [...r]);
    wrong[5][3] = 25000;
    const findings = audit({ sheets: [sheet(wrong)], settings }).findings;
    const total = findings.filter((f) => f.rule === "execution.total-mismatch");
    expect(total.map((f) => [f.cell, f.actual, f.expected])).toEqual([["D6", 250_000_000, 251_491_200]]);
    expect(total[0].params.year).toBeNull();
    expect(total[0].message).toBe(
      "Total: actual spending 250,000,000 yuan differs from the sum of the rows 251,491,200 yuan",
    );
  });

  it("the pane's year totals are each year's own figures, not the 合计's", () => {
    const r = audit({ sheets: [sheet(values)], settings });
    const view = executionView(r.tables[0] as ExecutionTable, r.asOf, r.settings);
    expect(view.totals.map((t) => [t.year, t.budget, t.actual])).toEqual([
      [2021, 150_000_000, 51_702_800],
      [2020, 100_000_000, 99_997_600],
      [2019, 100_000_000, 99_790_800],
    ]);
  });
});

describe("a composition whose category headings carry their subtotals", () => {
  const header: Cell[] = ["二级", "三级", "预算金额（元）", "单价", "数量"];
  const rows = (first: number): Cell[][] => [
    header,
    ["一、支持企业专精特新化发展", null, first, null, null],
    [null, "区级“专精特新”中小企业", 7_000_000, 50_000, 140],
    [null, "公共服务机构", 350_000, 350_000, 1],
    ["二、企业技术改造项目", null, 40_000_000, null, null],
    [null, "技术改造项目新增设备补贴", 40_000_000, 1_600_000, 25],
    ["合计", null, 47_350_000, null, null],
  ];

  it("reads a heading's amount as its category's subtotal, not as a line counted twice", () => {
    expect(brief([sheet(rows(7_350_000))])).toEqual([]);
    const t = audit({ sheets: [sheet(rows(7_350_000))], settings }).tables[0];
    expect(t.kind === "composition" && t.lines.map((l) => l.item)).toEqual([
      "区级“专精特新”中小企业",
      "公共服务机构",
      "技术改造项目新增设备补贴",
    ]);
  });

  it("reports a heading subtotal that does not add up, naming the category once", () => {
    const findings = audit({ sheets: [sheet(rows(7_000_000))], settings }).findings;
    expect(findings.map((f) => [f.rule, f.cell, f.actual, f.expected])).toEqual([
      ["composition.total-mismatch", "C2", 7_000_000, 7_350_000],
    ]);
    expect(findings[0].message).toBe(
      "支持企业专精特新化发展 7,000,000 yuan differs from the sum of its lines 7,350,000 yuan (350,000 yuan less)",
    );
  });

  it("a one-line category with an amount only stays a line", () => {
    const values: Cell[][] = [header, ["企业技术改造项目", null, 40_000_000, null, null], ["合计", null, 40_000_000, null, null]];
    const t = audit({ sheets: [sheet(values)], settings }).tables[0];
    expect(t.kind === "composition" && t.lines.map((l) => l.item)).toEqual(["企业技术改造项目"]);
  });
});

describe("a total over lines whose amounts are all unreadable", () => {
  it("reports the unreadable cells, not a total of 0", () => {
    const values: Cell[][] = [
      ["二级", "三级", "预算金额（元）", "单价", "数量"],
      ["甲", "项目一", "#N/A", 100, 2],
      ["合计", null, "２００", null, null],
    ];
    expect(brief([sheet(values)]).map((f) => [f[0], f[1]])).toEqual([["input.unreadable-value", "C2"]]);
  });
});
