/**
 * A fund's district given by a name several districts share (朝阳区: 北京 and 长春; 普陀区: 上海 and
 * 舟山; 鼓楼区: 南京, 徐州, 福州, 开封), settled by what the workbook itself points to.
 */
import { creditCodeCheckChar } from "../../../src/core/creditCode";
import { DistrictError, geographyFor } from "../../../src/core/geo/geography";
import { settleDistrict } from "../../../src/core/geo/settle";
import { resolveDistrict } from "../../../src/core/geo/resolve";
import type { Cell, SheetGrid } from "../../../src/core/grid";
import type { CityDataJson, District } from "../../../src/core/geo/types";
import { audit } from "../../../src/core/audit";
import { index, readAsset } from "./assets";

/** A valid credit code registered in `area` (six digits). */
function code(area: string, n: number): string {
  const body = `91${area}MA${String(n).padStart(7, "0")}`;
  return body + creditCodeCheckChar(body);
}

function sheet(name: string, rows: Cell[][]): SheetGrid {
  return { name, top: 0, left: 0, values: rows, merges: [] };
}

function candidates(setting: string): District[] {
  const r = resolveDistrict(setting, index());
  if (r.kind !== "ambiguous") throw new Error(`${setting} is not ambiguous: ${r.kind}`);
  return r.candidates;
}

const settled = (setting: string, sheets: SheetGrid[]) => settleDistrict(setting, candidates(setting), sheets, index());

describe("settleDistrict: the workbook points to one of the districts a shared name names", () => {
  test("credit codes issued in one candidate: 朝阳 with codes 110105 is 北京市朝阳区", () => {
    const s = settled("朝阳", [
      sheet("名单", [
        ["企业名称", "统一社会信用代码", "核定金额"],
        ["甲科技有限公司", code("110105", 1), 20],
        ["乙文化传媒有限公司", code("110105", 2), 15],
      ]),
    ]);
    expect(s?.district.code).toBe("110105");
    expect(s?.because["zh-CN"]).toContain("北京市朝阳区");
    expect(s?.because["zh-CN"]).toContain("110105");
    expect(s?.because["en-US"]).toContain("credit code");
  });

  test("a title naming the city: 普陀区 under 舟山市普陀区…名单 is 浙江省舟山市普陀区", () => {
    const s = settled("普陀区", [
      sheet("Sheet1", [
        ["舟山市普陀区2023年渔业发展补助资金拟补助对象公示", null],
        ["单位名称", "补助金额（万元）"],
        ["东港水产合作社", 3],
      ]),
    ]);
    expect(s?.district.code).toBe("330903");
    expect(s?.because["zh-CN"]).toContain("舟山市");
  });

  test("firms' names opening with the city: 鼓楼 with 福州… firms is 福建省福州市鼓楼区", () => {
    const s = settled("鼓楼", [
      sheet("汇总", [
        ["序号", "申报单位", "奖励金额"],
        [1, "福州榕城软件有限公司", 10],
        [2, "福州闽江食品厂", 8],
      ]),
    ]);
    expect(s?.district.code).toBe("350102");
  });

  test("a code elsewhere in one candidate's city: 鼓楼 with codes 320102 (南京玄武) is 南京市鼓楼区, not 徐州's", () => {
    const s = settled("鼓楼区", [sheet("名单", [["统一社会信用代码"], [code("320102", 3)], [code("320104", 4)]])]);
    expect(s?.district.code).toBe("320106");
  });

  test("the district's own codes outweigh a firm named for the other province", () => {
    const s = settled("宝山", [
      sheet("名单", [
        ["企业名称", "统一社会信用代码"],
        ["黑龙江北大荒贸易（上海）有限公司", code("310113", 5)],
        ["吴淞物流有限公司", code("310113", 6)],
      ]),
    ]);
    expect(s?.district.code).toBe("310113");
  });

  test("no evidence, or evidence for two at the same strength, settles nothing", () => {
    expect(settled("朝阳", [sheet("名单", [["企业名称", "金额"], ["甲公司", 1]])])).toBeNull();
    expect(settled("朝阳", [sheet("名单", [["统一社会信用代码"], [code("110105", 7)], [code("220104", 8)]])])).toBeNull();
    // A road named for a city (南京东路街道) is no firm's name: no evidence for 南京.
    expect(settled("鼓楼", [sheet("名单", [["注册地"], ["南京东路街道"]])])).toBeNull();
  });
});

describe("geographyFor with the workbook, and the audit's notice", () => {
  const load = (p: string) => readAsset<CityDataJson>(p);
  const register = [
    sheet("拟扶持名单", [
      ["企业名称", "统一社会信用代码", "扶持项目", "核定金额（万元）"],
      ["上海吴淞港务有限公司", code("310113", 11), "区级“专精特新”中小企业", 20],
      ["上海月浦精工有限公司", code("310113", 12), "区级“专精特新”中小企业", 20],
    ]),
  ];

  test("an ambiguous name settled by the workbook gives that district and says why", () => {
    const g = geographyFor("宝山区", index(), load, register);
    expect(g.district?.code).toBe("310113");
    expect(g.settled?.setting).toBe("宝山区");
    expect(g.settled?.candidates.map((d) => d.code).sort()).toEqual(["230506", "310113"]);
    const r = audit({ sheets: register, settings: { today: "2024-12-31", district: "宝山区" }, geography: g });
    expect(r.notices?.map((n) => n.about)).toEqual(["district"]);
    expect(r.notices?.[0].message).toContain("上海市宝山区");
    const en = audit({ sheets: register, settings: { today: "2024-12-31", district: "宝山区", lang: "en-US" }, geography: g });
    expect(en.notices?.[0].message).toMatch(/taken as 上海市宝山区/);
  });

  test("unsettled, the error is the one the name alone gives, naming the candidates", () => {
    const bare = [sheet("名单", [["企业名称", "金额"], ["甲公司", 1]])];
    let alone: unknown, withBook: unknown;
    try {
      geographyFor("宝山区", index(), load);
    } catch (e) {
      alone = e;
    }
    try {
      geographyFor("宝山区", index(), load, bare);
    } catch (e) {
      withBook = e;
    }
    expect(withBook).toBeInstanceOf(DistrictError);
    expect((withBook as DistrictError).text).toEqual((alone as DistrictError).text);
    expect((withBook as DistrictError).text["zh-CN"]).toContain("上海市宝山区");
  });

  test("a name that is one district needs no workbook and carries no notice", () => {
    const g = geographyFor("上海市宝山区", index(), load, register);
    expect(g.settled).toBeUndefined();
    expect(audit({ sheets: register, settings: { today: "2024-12-31", district: "上海市宝山区" }, geography: g }).notices).toBeUndefined();
  });
});
