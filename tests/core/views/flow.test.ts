/** The 资金对账 panel's data: budget → awards due → paid → reported, per year and category. */
import { audit } from "../../../src/core/audit";
import { moneyFlowView } from "../../../src/core/flowView";
import type { Cell, SheetGrid } from "../../../src/core/grid";

const sheet = (name: string, values: Cell[][]): SheetGrid => ({ name, top: 0, left: 0, values, merges: [] });

const execution = sheet("执行情况", [
  ["（单位：元）"],
  ["政策类", "2021年调整后预算", "2021年1-6月实际支出"],
  ["支持企业专精特新化发展", 1_000_000, 650_000],
  ["推进协同创新产业发展", 500_000, 300_000],
  ["合计", 1_500_000, 950_000],
]);
const register = sheet("申报清单", [
  ["企业名称", "扶持项目", "核定金额（元）", "年度"],
  ["甲公司", "区级“专精特新”中小企业", 50_000, 2021],
  ["乙公司", "示范平台", 600_000, 2021],
  ["丙公司", "协同创新产业发展资金", 700_000, 2021],
]);

function view(sheets: SheetGrid[]) {
  const r = audit({ sheets, settings: { today: "2021-07-10" } });
  return { r, v: moneyFlowView(r) };
}

describe("the money's four stages", () => {
  it("per category and for the fund: budget, awards due, paid (ledger to the as-of date), reported", () => {
    const ledger = sheet("拨付台账", [
      ["日期", "凭证号", "收款单位", "政策项目", "金额（元）"],
      ["2021-03-01", "记-1", "甲公司", "区级“专精特新”中小企业", 50_000],
      ["2021-04-01", "记-2", "乙公司", "示范平台", 600_000],
      ["2021-05-01", "记-3", "丙公司", "协同创新产业发展资金", 300_000],
      ["2021-07-05", "记-4", "丙公司", "协同创新产业发展资金", 100_000], // after the as-of date (06-30)
    ]);
    const { r, v } = view([execution, register, ledger]);
    expect(r.asOf).toBe("2021-06-30");
    expect(v.paidFrom).toBe("ledger");
    expect(v.years.map((y) => y.year)).toEqual([2021]);
    const [y] = v.years;
    expect(y.fund).toMatchObject({ budget: 1_500_000, due: 1_350_000, paid: 950_000, reported: 950_000, overBudget: -150_000, paidVsReported: 0 });
    expect(y.categories.map((c) => [c.category, c.budget, c.due, c.paid, c.reported])).toEqual([
      ["支持企业专精特新化发展", 1_000_000, 650_000, 650_000, 650_000],
      ["推进协同创新产业发展", 500_000, 700_000, 300_000, 300_000],
    ]);
    // Category 7's awards exceed its budget: the finding sits on its budget cell and reaches its row.
    const seven = y.categories[1];
    expect(seven.overBudget).toBe(200_000);
    expect(seven.findings.map((f) => [f.rule, f.cell])).toEqual([["budget.overcommitted", "B4"]]);
    expect(v.findings.map((f) => f.rule)).toEqual(["budget.overcommitted"]);
  });

  it("without a ledger, the registers' own payment dates give the paid stage", () => {
    const dated = sheet("申报清单", [
      ["企业名称", "扶持项目", "核定金额（元）", "年度", "拨付日期"],
      ["甲公司", "区级“专精特新”中小企业", 50_000, 2021, "2021-05-10"],
      ["乙公司", "示范平台", 600_000, 2021, null],
    ]);
    const { v } = view([execution, dated]);
    expect(v.paidFrom).toBe("register");
    expect(v.years[0].fund).toMatchObject({ due: 650_000, paid: 50_000, payments: 1 });
  });

  it("a workbook with neither registers nor ledgers still shows budget and reported", () => {
    const { v } = view([execution]);
    expect(v.paidFrom).toBeNull();
    expect(v.years[0].fund).toMatchObject({ budget: 1_500_000, due: null, paid: null, reported: 950_000 });
  });
});
