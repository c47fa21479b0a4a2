/**
 * A fund's area that no administrative list names: a resort area whose name opens with no known city keeps the one
 * clear error, now saying what to write instead; the 兵团 is read as 新疆, where its divisions' cities are listed (seventy-eighth and seventy-ninth holdouts: the writers set
 * 东钱湖旅游度假区 and 新疆生产建设兵团, as an office there would).
 */
import { DistrictError, geographyFor } from "../../../src/core/geo/geography";
import { index, readAsset } from "./assets";
import { audit } from "../../../src/core/audit";
import type { Cell, SheetGrid } from "../../../src/core/grid";

const load: Parameters<typeof geographyFor>[2] = (p) => readAsset(p);
const grid = (values: Cell[][]): SheetGrid => ({ name: "表", top: 0, left: 0, values, merges: [] });

function errorOf(setting: string): DistrictError {
  try {
    geographyFor(setting, index(), load);
  } catch (e) {
    if (e instanceof DistrictError) return e;
    throw e;
  }
  throw new Error(`${setting} resolved`);
}

describe("an area no administrative list names", () => {
  test.each(["东钱湖旅游度假区", "某某国家旅游度假区", "火星高新区"])("%s: the error says a zone is written as the area it lies in", (setting) => {
    const e = errorOf(setting);
    expect(e.text["zh-CN"]).toMatch(/^找不到区县/);
    expect(e.text["zh-CN"]).toContain("功能区不在行政区划名录中");
    expect(e.text["en-US"]).toContain("development zones and resort areas");
  });

  test.each(["新疆生产建设兵团", "兵团", "新疆生产建设兵团第八师"])("%s is read as 新疆, where its divisions' cities are listed, and the audit says so", (setting) => {
    const g = geographyFor(setting, index(), load);
    expect(g.scope).toMatchObject({ level: "province", code: expect.stringMatching(/^65/) });
    expect(g.zone?.name).toBe(setting);
    expect(g.zone?.because["zh-CN"]).toContain("按其师市所在的新疆维吾尔自治区核对地点");
    expect(g.zone?.because["en-US"]).toContain("where its divisions lie");
    const r = audit({ sheets: [grid([["企业名称", "金额"], ["甲公司", 1]])], settings: { today: "2023-12-31", district: setting }, geography: g });
    expect(r.notices?.map((n) => n.about)).toEqual(["district"]);
  });

  it("under the 兵团, a division's city is inside and a place in another province outside", () => {
    const g = geographyFor("新疆生产建设兵团", index(), load);
    const values: Cell[][] = [
      ["序号", "企业名称", "所在地", "奖励金额（万元）"],
      [1, "甲有限公司", "石河子市", 10],
      [2, "乙有限公司", "甘肃省兰州市城关区", 10],
    ];
    const r = audit({ sheets: [grid(values)], settings: { today: "2023-12-31", district: "新疆生产建设兵团" }, geography: g });
    expect(r.findings.filter((f) => f.rule === "register.ineligible-location").map((f) => f.cell)).toEqual(["C3"]);
  });

  it("a resort area named by its city is read as that city, as other zones are", () => {
    const g = geographyFor("杭州旅游度假区", index(), load);
    expect(g.scope).toMatchObject({ level: "city", code: expect.stringMatching(/^3301/) });
    expect(g.zone?.name).toBe("杭州旅游度假区");
  });

  test.each(["火星市", "南昌经委"])("guard: %s keeps the plain message", (setting) => {
    const e = errorOf(setting);
    expect(e.text["zh-CN"]).toContain("可写“闵行”");
    expect(e.text["zh-CN"]).not.toContain("功能区");
  });

  it("guard: the area a zone lies in resolves with no error", () => {
    expect(geographyFor("宁波市鄞州区", index(), load).scope.level).toBe("district");
    expect(geographyFor("新疆维吾尔自治区", index(), load).scope.level).toBe("province");
  });
});
