/**
 * A fund's area that no administrative list names (a resort area whose name opens with no known city, the 兵团):
 * still one clear error, now saying what to write instead (seventy-eighth and seventy-ninth holdouts: the writers set
 * 东钱湖旅游度假区 and 新疆生产建设兵团, as an office there would).
 */
import { DistrictError, geographyFor } from "../../../src/core/geo/geography";
import { index, readAsset } from "./assets";

const load: Parameters<typeof geographyFor>[2] = (p) => readAsset(p);

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

  test.each(["新疆生产建设兵团", "兵团", "新疆生产建设兵团第八师"])("%s: the error names the cities and province the divisions lie in", (setting) => {
    const e = errorOf(setting);
    expect(e.text["zh-CN"]).toContain("兵团不在行政区划名录中");
    expect(e.text["zh-CN"]).toContain("新疆维吾尔自治区");
    expect(e.text["en-US"]).toContain("divisions");
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
