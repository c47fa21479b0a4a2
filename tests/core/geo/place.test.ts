import { placeVerdict, type PlaceVerdict } from "../../../src/core/geo/place";
import { index, setup } from "./assets";

const minhang = setup("闵行");
const huangpu = setup("黄浦");
const pudong = setup("浦东新区");

function judge(where: { d: ReturnType<typeof setup>["d"]; data: ReturnType<typeof setup>["data"] }, place: string): PlaceVerdict {
  return placeVerdict(place, where.d, where.data, index());
}
const inMinhang = (p: string) => judge(minhang, p);

describe("placeVerdict for 闵行区", () => {
  test.each(["闵行", "闵行区", "上海市闵行区", "上海闵行", "上海市 闵行区", "310112", "闵行区（上海）"])("the district itself: %s", (p) => {
    expect(inMinhang(p)).toMatchObject({ verdict: "inside", reason: "district" });
  });

  test("every town and street of 闵行 is inside, with and without its suffix", () => {
    const towns = minhang.data.towns.filter((t) => !t.code.slice(6).startsWith("5")); // 5xx: development areas
    expect(towns.map((t) => t.name)).toEqual(expect.arrayContaining(["七宝镇", "莘庄镇", "江川路街道", "古美街道", "新虹街道", "浦锦街道"]));
    for (const t of towns) {
      expect(inMinhang(t.name)).toMatchObject({ verdict: "inside", reason: "town", units: [t] });
      const short = t.name.replace(/(街道|镇|乡)$/, "");
      expect(inMinhang(short)).toMatchObject({ verdict: "inside", units: [t] });
    }
  });

  test.each(["古美路街道", "江川路", "七宝", "莘庄", "浦江", "虹桥", "上海市闵行区七宝镇", "闵行区莘庄镇", "闵行七宝"])("a town form: %s", (p) => {
    expect(inMinhang(p)).toMatchObject({ verdict: "inside", reason: "town" });
  });

  test.each([
    ["莘庄工业区", "莘庄工业区"],
    ["上海市莘庄工业区", "莘庄工业区"],
    ["紫竹高新区", "紫竹国家高新技术产业开发区"],
    ["紫竹国家高新技术产业开发区", "紫竹国家高新技术产业开发区"],
    ["闵行经济技术开发区", "闵行经济技术开发区"],
    ["大零号湾", "大零号湾科技创新策源功能区"],
    ["漕河泾开发区浦江高科技园", "漕河泾开发区浦江高科技园"],
  ])("a development area of 闵行: %s", (p, name) => {
    expect(inMinhang(p)).toMatchObject({ verdict: "inside", reason: "zone", units: [{ name }] });
  });

  test.each([
    ["上海市闵行区七宝镇漕宝路1000号", "town"],
    ["闵行区莘庄镇莘建路", "town"],
    ["莘庄工业区春东路508号", "zone"],
    ["上海市闵行区江川路100号", "district"],
    ["闵行区虹桥镇申长路", "town"],
    ["七宝镇, 漕宝路1000号", "town"],
    ["注册地：上海市闵行区", "district"],
  ])("an address inside: %s", (p, reason) => {
    expect(inMinhang(p)).toMatchObject({ verdict: "inside", reason, address: p !== "注册地：上海市闵行区" });
  });

  test.each([
    ["张江镇", "town"],
    ["张江", "town"],
    ["川沙新镇", "town"],
    ["川沙镇", "town"],
    ["浦东新区张江镇", "town"],
    ["张江片区", "zone"],
    ["张江科学城", "zone"],
    ["陆家嘴金融贸易区", "zone"],
    ["黄浦区", "district"],
    ["浦东新区", "district"],
    ["浦东", "district"],
    ["长宁区", "district"],
    ["上海市徐汇区漕宝路", "district"],
    ["虹桥街道", "town"],
    ["闵行开发区临港园区", "zone"],
    ["江苏省苏州市", "city"],
    ["苏州市工业园区", "city"],
    ["南京市江宁区", "district"],
    ["南京江宁", "district"],
    ["北京", "province"],
    ["浙江省", "province"],
    ["朝阳区", "district"],
  ])("outside: %s (%s)", (p, reason) => {
    expect(inMinhang(p)).toMatchObject({ verdict: "outside", reason });
  });

  test("a name shared by two places outside names them both", () => {
    const v = inMinhang("朝阳区");
    expect(v.units.map((u) => u.level === "district" && u.code).sort()).toEqual(["110105", "220104"]);
  });

  test.each([
    ["", "empty"],
    ["   ", "empty"],
    ["不详", "unrecognised"],
    ["abc", "unrecognised"],
    ["中山公园", "unrecognised"],
    ["虹桥路2000号", "unrecognised"],
    ["北京西路", "unrecognised"],
    ["上海", "broader"],
    ["上海市", "broader"],
    ["漕河泾开发区", "spans"],
    ["虹桥商务区", "spans"],
    ["临港新片区", "spans"],
    ["上海市江宁区", "conflict"],
    ["闵行区张江镇", "conflict"],
  ])("unknown, not outside: %s (%s)", (p, reason) => {
    expect(inMinhang(p)).toMatchObject({ verdict: "unknown", reason });
  });

  test("full-width, spaces and brackets do not matter", () => {
    expect(inMinhang("上海市　闵行区（七宝镇）")).toMatchObject({ verdict: "inside", reason: "town" });
    expect(inMinhang("中国（上海）自由贸易试验区（保税片区）")).toMatchObject({ verdict: "outside", reason: "town" });
  });

  test("the same string gives the same verdict object (remembered per district)", () => {
    expect(inMinhang("七宝镇")).toBe(inMinhang("七宝镇"));
    expect(judge(huangpu, "七宝镇")).not.toBe(inMinhang("七宝镇"));
  });

  test("without the city file only provinces, cities and districts are read", () => {
    expect(placeVerdict("七宝镇", minhang.d, null, index())).toMatchObject({ verdict: "unknown", reason: "unrecognised" });
    expect(placeVerdict("上海市闵行区七宝镇", minhang.d, null, index())).toMatchObject({ verdict: "inside", reason: "district" });
    expect(placeVerdict("浦东新区", minhang.d, null, index())).toMatchObject({ verdict: "outside" });
  });

  test("a district file of another district is refused", () => {
    expect(() => placeVerdict("七宝镇", huangpu.d, minhang.data, index())).toThrow(/310112/);
  });
});

describe("placeVerdict for 黄浦区 (--district 黄浦)", () => {
  test("its streets are inside, by full and short name", () => {
    expect(huangpu.data.towns.map((t) => t.name)).toEqual(
      expect.arrayContaining(["南京东路街道", "外滩街道", "豫园街道", "打浦桥街道", "淮海中路街道", "瑞金二路街道"]),
    );
    for (const t of huangpu.data.towns) expect(judge(huangpu, t.name)).toMatchObject({ verdict: "inside", reason: "town", units: [t] });
    for (const p of ["外滩", "豫园", "南京东路", "黄浦", "黄浦区", "上海市黄浦区", "310101", "上海市黄浦区南京东路街道"]) {
      expect(judge(huangpu, p).verdict).toBe("inside");
    }
  });

  test("its development areas and former districts are inside", () => {
    expect(judge(huangpu, "外滩金融集聚带")).toMatchObject({ verdict: "inside", reason: "zone" });
    expect(judge(huangpu, "卢湾区")).toMatchObject({ verdict: "inside", reason: "district" });
  });

  test("闵行's towns and other districts are outside", () => {
    for (const p of ["七宝镇", "莘庄工业区", "闵行区", "上海市闵行区七宝镇", "陆家嘴街道", "徐汇区"]) {
      expect(judge(huangpu, p).verdict).toBe("outside");
    }
  });

  test("a 南京东路 address is read as the street only when the text names the street", () => {
    expect(judge(huangpu, "南京东路街道")).toMatchObject({ verdict: "inside" });
    expect(judge(huangpu, "南京东路100号")).toMatchObject({ verdict: "unknown" });
  });
});

describe("placeVerdict for 浦东新区", () => {
  test.each(["张江镇", "张江", "川沙新镇", "川沙镇", "川沙", "张江片区", "张江高科技园区", "金桥经济技术开发区", "南汇新城镇", "南汇区"])("%s is inside", (p) => {
    expect(judge(pudong, p).verdict).toBe("inside");
  });
  test.each(["七宝镇", "莘庄工业区", "闵行"])("%s is outside", (p) => {
    expect(judge(pudong, p).verdict).toBe("outside");
  });
});

describe("a name shared by two provinces is resolved by the district's own province and city", () => {
  test("长宁 is 上海's 长宁区 for 闵行, and 宜宾's 长宁县 for 长宁县", () => {
    const v = inMinhang("长宁");
    expect(v).toMatchObject({ verdict: "outside", reason: "district" });
    expect(v.units).toHaveLength(1);
    expect(v.units[0]).toMatchObject({ code: "310105" });
    const changningCounty = setup("宜宾市长宁县");
    expect(judge(changningCounty, "长宁")).toMatchObject({ verdict: "inside", reason: "district" });
    expect(judge(changningCounty, "长宁区")).toMatchObject({ verdict: "outside" });
  });

  test("朝阳区 is inside for 北京市朝阳区 and outside for 长春市朝阳区", () => {
    const beijing = setup("北京市朝阳区");
    const changchun = setup("长春市朝阳区");
    expect(judge(beijing, "朝阳区")).toMatchObject({ verdict: "inside", reason: "district" });
    expect(judge(changchun, "朝阳区")).toMatchObject({ verdict: "inside", reason: "district" });
    expect(judge(changchun, "北京市朝阳区")).toMatchObject({ verdict: "outside" });
  });
});
