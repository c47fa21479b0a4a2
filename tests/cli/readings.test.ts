/**
 * How the command line says what it read: --explain, the nearest candidate when nothing is
 * recognised, --map for a reading fixed by hand, and --district by name, code, city or province.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { SAMPLE_PATH } from "../../scripts/build-sample";
import { creditCode, prng } from "../../scripts/sample/register";
import { assertBuilt, cli, expectUnusable, ROOT } from "./run";
import { tempDir } from "../xlsx/helpers";

let dir: string;
const sample = path.relative(ROOT, SAMPLE_PATH);

async function workbook(name: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名单");
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const rand = prng(7);
const codes = [creditCode(rand), creditCode(rand), creditCode(rand)];

/** A list whose item and amount columns have headings no reader knows (名目甲, 数额甲): a register lacking both. */
let unnamed: string;
/** A register whose places are 闵行's towns and streets, and one 黄浦 street. */
let towns: string;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("sa-readings-");
  unnamed = await workbook("unnamed.xlsx", [
    ["企业名称", "统一社会信用代码", "名目甲", "数额甲"],
    ["上海甲科技有限公司", codes[0], "区级“专精特新”中小企业", 80_000],
    ["上海乙科技有限公司", codes[1], "区级“专精特新”中小企业", 50_000],
  ]);
  towns = await workbook("towns.xlsx", [
    ["企业名称", "统一社会信用代码", "注册地", "税务登记地", "扶持项目", "核定金额（元）"],
    ["上海甲科技有限公司", codes[0], "七宝镇", "莘庄工业区", "区级“专精特新”中小企业", 50_000],
    ["上海乙科技有限公司", codes[1], "江川路街道", "闵行区", "区级“专精特新”中小企业", 50_000],
    ["上海丙科技有限公司", codes[2], "南京东路街道", "南京东路街道", "区级“专精特新”中小企业", 50_000],
  ]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("nothing recognised: the nearest candidate and what it lacked", () => {
  test("one line on stderr naming the candidate's row and missing column", () => {
    const line = expectUnusable(cli(["check", unnamed]));
    expect(line).toContain("申报清单？名单 第 1 行：缺少");
    expect(line).toMatch(/缺少.*“政策项”.*“核定金额”.*列/);
    const en = expectUnusable(cli(["check", unnamed, "--lang", "en-US"]));
    expect(en).toContain("Register? 名单 row 1: no ");
  });

  test("with --explain the account follows the line on stderr; stdout stays empty", () => {
    const r = cli(["check", unnamed, "--explain"]);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
    const lines = r.stderr.split("\n");
    expect(lines[0]).toMatch(/^subsidy-audit: .*最接近的是 申报清单？/);
    expect(lines[1]).toBe("识别依据：");
    expect(r.stderr).toContain("已找到：");
  });
});

describe("--explain", () => {
  test("text: each table's columns with the words that decided them, after the report", () => {
    const r = cli(["check", sample, "--explain"]);
    expect(r.status).toBe(1);
    const at = r.stdout.indexOf("识别依据：");
    expect(at).toBeGreaterThan(r.stdout.indexOf("合计：错误"));
    const account = r.stdout.slice(at);
    expect(account).toContain("H2     拟扶持金额（万元） → 核定金额  “拟扶持金额”（全同）");
    expect(account).toMatch(/A2 +年度 → 年度 +“年度”（全同）；表头分 1\.00；数值相符 100%/);
    for (const sheet of ["预算构成", "执行情况", "申报清单", "分期拨付", "拨付台账", "专户明细账"]) expect(account).toContain(`${sheet}!`);
  });

  test("json: an explain list beside the contract's keys, only when asked", () => {
    const plain = JSON.parse(cli(["check", sample, "--format", "json"]).stdout);
    expect(plain.explain).toBeUndefined();
    const doc = JSON.parse(cli(["check", sample, "--format", "json", "--explain", "--lang", "en-US"]).stdout);
    expect(Object.keys(doc)).toEqual(["file", "asOf", "tables", "findings", "summary", "explain"]);
    expect(doc.explain.filter((t: { recognised: boolean }) => t.recognised)).toHaveLength(doc.tables.length);
    const register = doc.explain.find((t: { sheet: string }) => t.sheet === "申报清单");
    expect(register.kindName).toBe("Register");
    expect(register.columns.find((c: { cell: string }) => c.cell === "C2")).toMatchObject({ field: "creditCode", reading: "credit code" });
  });
});

describe("--map", () => {
  test("a reading fixed by hand: the unnamed columns become the item and the approved amount, and the cap is checked", () => {
    const map = path.join(dir, "map.json");
    fs.writeFileSync(map, JSON.stringify([{ sheet: "名单", columns: { C: "item", D: "approved" } }]));
    const r = cli(["check", unnamed, "--map", map, "--format", "json"]);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.tables.map((t: { kind: string }) => t.kind)).toEqual(["register"]);
    expect(doc.findings.filter((f: { rule: string }) => f.rule === "cap.exceeded").map((f: { cell: string }) => f.cell)).toEqual(["D2"]);
  });

  test("the document-settings shape the pane saves is read as well", () => {
    const map = path.join(dir, "settings.json");
    fs.writeFileSync(map, JSON.stringify({ "subsidyAudit.mappings": [{ sheet: "名单", columns: { C: "item", D: "approved" } }] }));
    expect(cli(["check", unnamed, "--map", map]).status).toBe(1);
  });

  test("a missing or bad mapping file is one clear line", () => {
    expect(expectUnusable(cli(["check", unnamed, "--map", path.join(dir, "none.json")]))).toContain("找不到映射文件");
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify([{ sheet: "名单", columns: { D: "amountish" } }]));
    expect(expectUnusable(cli(["check", unnamed, "--map", bad]))).toContain("“amountish”不是可用字段");
    fs.writeFileSync(bad, "{ not json");
    expect(expectUnusable(cli(["check", unnamed, "--map", bad, "--lang", "en-US"]))).toContain("not valid JSON");
  });

  test("no output may overwrite the mapping file", () => {
    const map = path.join(dir, "keep.json");
    fs.writeFileSync(map, JSON.stringify([{ sheet: "名单", columns: { C: "item", D: "approved" } }]));
    const before = fs.readFileSync(map, "utf8");
    expectUnusable(cli(["check", unnamed, "--map", map, "--out", map]));
    expect(fs.readFileSync(map, "utf8")).toBe(before);
  });
});

describe("--district", () => {
  const locations = (args: string[]) =>
    (JSON.parse(cli(["check", towns, "--format", "json", ...args]).stdout).findings as { rule: string; cell: string }[])
      .filter((f) => f.rule === "register.ineligible-location")
      .map((f) => f.cell);

  test("the district's towns and streets are inside; a street of another district is not", () => {
    expect(locations([])).toEqual(["C4", "D4"]);
    expect(locations(["--district", "310112"])).toEqual(["C4", "D4"]);
    expect(locations(["--district", "上海市闵行区"])).toEqual(["C4", "D4"]);
  });

  test("with 黄浦 as the district, 闵行's towns are outside and 南京东路街道 inside", () => {
    expect(locations(["--district", "黄浦"])).toEqual(["C2", "D2", "C3", "D3"]);
  });

  test("a city's fund: every district of 上海 is inside", () => {
    expect(locations(["--district", "上海市"])).toEqual([]);
  });

  test("a name that is no area stops before any file is read, in the user's language", () => {
    expect(expectUnusable(cli(["check", towns, "--district", "火星"]))).toContain("--district: 找不到区县“火星”");
    expect(expectUnusable(cli(["check", towns, "--district", "鼓楼", "--lang", "en-US"]))).toContain("more than one district is called");
  });

  test("a name several districts share, settled by the workbook's codes: the district it was taken as, said once", () => {
    // towns.xlsx: codes issued in 闵行 (310112) and firms named 上海…: 普陀 is 上海市普陀区, not 舟山's.
    const r = cli(["check", towns, "--format", "json", "--district", "普陀"]);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0].about).toBe("district");
    expect(doc.notices[0].message).toMatch(/^区县“普陀”不止一个（.*），按工作簿取上海市普陀区：3 个统一社会信用代码的登记地在上海市/);
    const text = cli(["check", towns, "--district", "普陀", "--lang", "en-US"]).stdout;
    expect(text).toMatch(/^Note: "普陀" names more than one district .*; taken as 上海市普陀区 because 3 credit codes were issued in 上海市/m);
    // Judged as 上海市普陀区: 闵行's towns are outside it.
    expect(doc.findings.filter((f: { rule: string }) => f.rule === "register.ineligible-location").length).toBeGreaterThan(0);
  });

  test("a shared name the workbook does not settle is the same clear error as before", () => {
    const line = expectUnusable(cli(["check", towns, "--district", "朝阳区"]));
    expect(line).toBe("subsidy-audit: --district: 区县“朝阳区”不止一个：北京市朝阳区、吉林省长春市朝阳区；请写上省或市，或用六位代码");
  });
});

describe("the fund's own targets in the text report", () => {
  test("target, the value the workbook's data gives and the stated value, side by side", () => {
    const zh = cli(["check", sample]).stdout;
    const at = zh.indexOf("绩效目标（目标值 / 据工作簿数据计算 / 填报值）：");
    expect(at).toBeGreaterThan(0);
    const lines = zh.slice(at).split("\n");
    expect(lines.find((l) => l.includes("扶持对象资质相符率"))).toMatch(/100% \/ 98\.34%（296\/301） \/ 100%  ← 与数据不符$/);
    // Before the 11-30 deadline a payment share is so far, never a miss or a contradiction.
    expect(lines.find((l) => l.includes("应补尽补率"))).toMatch(/，截至目前 \/ 100%$/);
    const en = cli(["check", sample, "--lang", "en-US"]).stdout;
    expect(en).toContain("Performance targets (target / from this workbook's data / stated):");
    expect(en).toMatch(/落实政策项 +7 个方向 \/ not measurable \/ 7 个方向/);
  });
});
