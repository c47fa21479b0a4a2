/**
 * A fund's performance targets (the seed's 目标类型 / 目标名称 / 目标值 / 标杆值依据 layout) and the
 * indicators its own workbook measures: 执行率, 资金拨付及时性, 扶持对象资质相符率, 应补尽补率; a
 * stated result the data contradicts is selfeval.indicator-contradicted, on the stated cell.
 */
import { audit } from "../../../src/core/audit";
import type { Cell, SheetGrid } from "../../../src/core/grid";
import { contradicts, measureOf } from "../../../src/core/indicators";
import type { TargetsTable } from "../../../src/core/kinds/targets/types";
import { performanceView } from "../../../src/core/performanceView";

const sheet = (name: string, values: Cell[][], merges: SheetGrid["merges"] = []): SheetGrid => ({ name, top: 0, left: 0, values, merges });

/** As the seed lays it out: the type written once over its targets; a page break's stray line. */
const seedTargets = sheet(
  "绩效目标",
  [
    ["2021 年项目绩效目标"],
    ["目标类型", "目标名称", "目标值", "标杆值依据"],
    ["产出数量", "落实政策项", "7 个方向", "闵府规发〔2020〕5 号"],
    [null, "应补尽补率", "100%", "闵经委发〔2020〕101 号"],
    ["产出质量", "扶持对象资质相符率", "100%", "闵经委规发〔2021〕3 号"],
    [null, "补贴资金使用合规性", "合规", "闵经委发〔2020〕101 号"],
    ["效益", "间", null, null],
    [null, "资金拨付及时性", "11 月前", "计划"],
    [null, "政策对象满意度", "90%", "计划"],
  ],
);

describe("the target table", () => {
  it("reads the seed's layout: the type carried down, a stray line left out", () => {
    const r = audit({ sheets: [seedTargets], settings: { today: "2021-12-31" } });
    const t = r.tables.find((x) => x.kind === "targets") as TargetsTable;
    expect(t.year).toBe(2021);
    expect(t.rows.map((x) => [x.type, x.name, x.target])).toEqual([
      ["产出数量", "落实政策项", "7 个方向"],
      ["产出数量", "应补尽补率", "100%"],
      ["产出质量", "扶持对象资质相符率", "100%"],
      ["产出质量", "补贴资金使用合规性", "合规"],
      ["效益", "资金拨付及时性", "11 月前"],
      ["效益", "政策对象满意度", "90%"],
    ]);
    expect(r.findings).toEqual([]);
  });

  it("names what the data measures, by the indicator's wording", () => {
    expect(["预算执行率", "资金拨付及时性", "扶持对象资质相符率", "应补尽补率", "政策对象满意度", "补贴资金使用合规性"].map(measureOf)).toEqual([
      "executionRate",
      "timeliness",
      "eligibility",
      "coverage",
      null,
      null,
    ]);
  });

  it("a stated value contradicts the measure beyond its own rounding, or says 'met' when it was not", () => {
    expect(contradicts("100%", 0.996, "100%")).toBe(false); // 99.6% shows as 100%
    expect(contradicts("100%", 0.99, "100%")).toBe(true);
    expect(contradicts("98.5%", 0.9849, null)).toBe(false);
    expect(contradicts("98.5%", 0.984, null)).toBe(true);
    expect(contradicts("及时", 0.95, "11 月前")).toBe(true);
    expect(contradicts("11月前", 1, "11 月前")).toBe(false);
    expect(contradicts("较好", 0.5, null)).toBeNull();
  });
});

// A workbook with the money's stages and a target table stating results.
const code = (serial: string): string => {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = `91310112${serial}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(body[i]) * weights[i];
  return body + chars[(31 - (sum % 31)) % 31];
};

const register = sheet("申报清单", [
  ["企业名称", "统一社会信用代码", "注册地", "扶持项目", "核定金额（元）", "年度", "拨付日期"],
  ["甲公司", code("MA1GAAAA1"), "闵行区", "区级“专精特新”中小企业", 50_000, 2021, "2021-06-01"],
  ["乙公司", code("MA1GAAAA2"), "闵行区", "示范平台", 600_000, 2021, "2021-12-05"],
  ["丙公司", code("MA1GAAAA3"), "徐汇区", "公共服务机构", 350_000, 2021, "2021-09-01"],
  ["丁公司", code("MA1GAAAA4"), "闵行区", "区级“专精特新”中小企业", 50_000, 2021, null],
]);
const execution = sheet("执行情况", [
  ["（单位：元）"],
  ["年度", "调整后预算", "实际支出"],
  [2021, 1_100_000, 1_000_000],
]);
const stated = sheet("绩效目标", [
  ["2021 年绩效目标完成情况"],
  ["目标类型", "目标名称", "目标值", "实际完成值"],
  ["产出", "预算执行率", "≥90%", "95%"],
  [null, "扶持对象资质相符率", "100%", "100%"],
  [null, "应补尽补率", "100%", "75%"],
  [null, "资金拨付及时性", "11 月前", "及时"],
]);

describe("indicators from the workbook's own data", () => {
  const run = (asOf: string) => audit({ sheets: [register, execution, stated], settings: { today: "2022-01-10", asOf } });

  it("after the year: each stated result against its measure, a contradiction on the stated cell", () => {
    const r = run("2021-12-31");
    const f = r.findings.filter((x) => x.rule === "selfeval.indicator-contradicted");
    // 执行率 1,000,000 / 1,100,000 = 90.91% ≠ 95%; 资质相符率 3 of 4 (丙 registered in 徐汇) ≠ 100%;
    // 应补尽补率 3 of 4 paid = 75% agrees; 及时性 2 of 3 payments by 11-30 ≠ 及时.
    expect(f.map((x) => x.cell)).toEqual(["D3", "D4", "D6"]);
    expect(f[1].message).toBe("扶持对象资质相符率 填报为 100%，据本工作簿数据计算为 75.00%：4 项核定中 3 项无资格问题");
    const v = performanceView(r);
    expect(v.targets.map((t) => [t.name, t.measure, t.computed === null ? null : Math.round(t.computed * 10000) / 100, t.met, t.contradicted])).toEqual([
      ["预算执行率", "executionRate", 90.91, true, true],
      ["扶持对象资质相符率", "eligibility", 75, false, true],
      ["应补尽补率", "coverage", 75, false, false],
      ["资金拨付及时性", "timeliness", 66.67, false, true],
    ]);
  });

  it("before the deadline, payment shares and the year's rate are not final: shown, never contradicted", () => {
    const r = run("2021-08-31");
    expect(r.findings.filter((x) => x.rule === "selfeval.indicator-contradicted").map((x) => x.cell)).toEqual(["D4"]);
    const v = performanceView(r);
    expect(v.targets.filter((t) => !t.final).map((t) => t.name)).toEqual(["预算执行率", "应补尽补率", "资金拨付及时性"]);
  });

  it("a self-evaluation form's indicator is held to the same measure", () => {
    const form = sheet("自评表", [
      ["项目支出绩效自评表（2021年度）"],
      ["项目名称", "专项资金"],
      ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 1_100_000, 1_100_000, 1_000_000, 10, "90.91%", 9.09],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "质量指标", "扶持对象资质相符率", "100%", "100%", 20, 20],
      ["效益指标", "社会效益", "政策对象满意度", "≥90%", "95%", 20, 20],
    ]);
    const r = audit({ sheets: [register, form], settings: { today: "2022-01-10", asOf: "2021-12-31" } });
    expect(r.findings.filter((x) => x.rule === "selfeval.indicator-contradicted").map((x) => [x.sheet, x.cell])).toEqual([["自评表", "E6"]]);
  });
});
