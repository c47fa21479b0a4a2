/**
 * A lone 年初预算 / 年度预算 serves as the budget spending and totals are measured against, but a message
 * names it as the sheet does: "年初预算", never "调整后预算", which the sheet does not have.
 */
import { audit } from "../../../src/core/audit";
import type { Cell, SheetGrid } from "../../../src/core/grid";

function run(values: Cell[][], lang: "zh-CN" | "en-US" = "zh-CN") {
  const sheet: SheetGrid = { name: "表", top: 0, left: 0, values, merges: [] };
  return audit({ sheets: [sheet], settings: { today: "2023-12-31", asOf: "2023-12-31", lang } });
}

const messages = (values: Cell[][], rule: string, lang: "zh-CN" | "en-US" = "zh-CN") =>
  run(values, lang).findings.filter((f) => f.rule === rule).map((f) => f.message);

describe("the budget a message names", () => {
  const budgetOnly: Cell[][] = [
    ["2023年重点支出预算安排表"],
    [null, null, "单位：万元"],
    ["序号", "项目", "2023年预算"],
    [null, "合计", 96.9],
    [1, "大气污染防治", 41.5],
    [2, "造林绿化", 55.9],
  ];

  it("a total over a lone budget column names the year-start budget, in both languages", () => {
    const zh = messages(budgetOnly, "execution.total-mismatch");
    expect(zh).toHaveLength(1);
    expect(zh[0]).toContain("年初预算");
    expect(zh[0]).not.toContain("调整后预算");
    const en = messages(budgetOnly, "execution.total-mismatch", "en-US");
    expect(en[0]).toContain("initial budget");
    expect(en[0]).not.toContain("adjusted budget");
  });

  it("spending over a lone 年度预算 names the year-start budget", () => {
    const values: Cell[][] = [
      ["2023年专项资金执行情况表"],
      [null, null, null, "单位：万元"],
      ["项目", "年度预算", "实际支出", "执行率"],
      ["甲项目", 100, 120, "120.00%"],
      ["乙项目", 100, 100, "100.00%"],
    ];
    const zh = messages(values, "execution.overspent");
    expect(zh).toHaveLength(1);
    expect(zh[0]).toContain("超过年初预算");
  });

  it("guard: with an adjusted budget beside the year-start one, the adjusted one is named", () => {
    const values: Cell[][] = [
      ["2023年专项资金执行情况表"],
      [null, null, null, null, "单位：万元"],
      ["项目", "年初预算", "调整后预算", "实际支出", "执行率"],
      ["甲项目", 100, 110, 120, "109.09%"],
      ["乙项目", 100, 100, 100, "100.00%"],
    ];
    const zh = messages(values, "execution.overspent");
    expect(zh).toHaveLength(1);
    expect(zh[0]).toContain("超过调整后预算");
  });
});
