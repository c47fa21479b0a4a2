/**
 * Bad input at the file level, through the command line: text in number cells, dashes,
 * full-width digits, #N/A formula errors, hidden rows, notes under a table, merged cells and two
 * header rows. Each gives a finding or is read correctly; none stops the check.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { assertBuilt, cli } from "./run";
import { tempDir } from "../xlsx/helpers";
import { creditCodeCheckChar } from "../../src/core/creditCode";

/** A valid credit code per row, so only the planted problems show. */
function code(n: number): string {
  const body = `91310112MA1FL${String(n).padStart(4, "0")}`;
  return body + creditCodeCheckChar(body);
}

interface F {
  rule: string;
  sheet: string;
  cell: string;
  message: string;
  actual?: number;
  expected?: number;
}
let dir: string;
let findings: F[];
let status: number | null;
let stderr: string;

async function build(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const reg = wb.addWorksheet("申报");
  reg.getCell("A1").value = "2021 年度拟扶持项目清单";
  reg.mergeCells("A1:H1");
  reg.addRow(["单位名称", "统一社会信用代码", "注册地", "税务登记地", "扶持项目", "申请金额（万元）", "拟扶持金额（万元）", "年度"]);
  let n = 0;
  const row = (name: string, amount: ExcelJS.CellValue, place = "闵行区") =>
    reg.addRow([name, code(++n), place, "闵行区", "区级“专精特新”中小企业", 5, amount, 2021]);
  row("甲公司", 5); // row 3: fine
  row("乙公司", "abc"); // row 4: text in a number cell
  row("丙公司", { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellValue); // row 5
  row("丁公司", "—"); // row 6: nothing, not unreadable
  row("戊公司", "１２"); // row 7: full-width 12 万元 > 5 万元 cap
  const hidden = row("己公司", 5, "徐汇区"); // row 8: hidden, still checked
  hidden.hidden = true;
  row("庚公司", "5,000.00 元"); // row 9: a unit in the cell: 5,000 元 is within the cap
  reg.addRow([]);
  reg.addRow(["注：金额单位为万元；拨付情况另表统计。"]); // row 11: a note under the table

  const exe = wb.addWorksheet("执行");
  exe.getCell("A1").value = "2021 年预算支出明细（单位：万元）";
  exe.getCell("A2").value = "政策类";
  exe.mergeCells("A2:A3");
  exe.getCell("B2").value = "2021 年";
  exe.mergeCells("B2:C2");
  exe.getCell("B3").value = "调整后预算";
  exe.getCell("C3").value = "1-8 月实际支出";
  exe.addRow(["支持企业专精特新化发展", 300, "４９５.００"]); // row 4: full-width, overspent
  exe.addRow(["企业技术改造项目", 3500, 2257.58]); // row 5: on pace
  exe.addRow(["推进协同创新产业发展", "-", "—"]); // row 6: dashes: nothing to check
  exe.addRow(["合计", 3800, 2752.58]); // row 7
  exe.addRow([]);
  exe.addRow(["注：2021 年为 1-8 月数据。"]);
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("sa-bad-");
  const file = path.join(dir, "messy.xlsx");
  await build(file);
  const r = cli(["check", file, "--format", "json"]);
  status = r.status;
  stderr = r.stderr;
  findings = r.status === 2 ? [] : JSON.parse(r.stdout).findings;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (sheet: string, cell: string) => findings.filter((f) => f.sheet === sheet && f.cell === cell).map((f) => f.rule);

test("the messy workbook is checked, not refused", () => {
  expect(stderr).toBe("");
  expect(status).toBe(1);
});

test("text and #N/A in amount cells are unreadable values, quoted in the message", () => {
  expect(at("申报", "G4")).toContain("input.unreadable-value");
  expect(findings.find((f) => f.cell === "G4")?.message).toContain("abc");
  expect(at("申报", "G5")).toContain("input.unreadable-value");
  expect(findings.find((f) => f.cell === "G5")?.message).toContain("#N/A");
});

test("a dash means no amount: no finding", () => {
  expect(at("申报", "G6")).toEqual([]);
  expect(findings.filter((f) => f.sheet === "执行" && /^[A-C]6$/.test(f.cell))).toEqual([]);
});

test("full-width digits and in-cell units are read as numbers", () => {
  const over = findings.find((f) => f.sheet === "申报" && f.cell === "G7");
  expect(over?.rule).toBe("cap.exceeded");
  expect([over?.actual, over?.expected]).toEqual([120_000, 50_000]);
  expect(at("申报", "G9")).toEqual([]);
  const spent = findings.find((f) => f.sheet === "执行" && f.rule === "execution.overspent");
  expect(spent?.cell).toBe("C4");
  expect([spent?.actual, spent?.expected]).toEqual([4_950_000, 3_000_000]);
});

test("nothing else is flagged in the register", () => {
  const expected = ["G4:input.unreadable-value", "G5:input.unreadable-value", "G7:cap.exceeded", "C8:register.ineligible-location"];
  expect(findings.filter((f) => f.sheet === "申报").map((f) => `${f.cell}:${f.rule}`)).toEqual(expected);
});

test("a hidden row is still checked", () => {
  expect(at("申报", "C8")).toContain("register.ineligible-location");
});

test("notes under a table and the merged caption give no finding", () => {
  expect(findings.filter((f) => /^[A-Z]+(1|10|11)$/.test(f.cell) && f.sheet === "申报")).toEqual([]);
  expect(findings.filter((f) => f.sheet === "执行" && /^[A-Z]+(8|9)$/.test(f.cell))).toEqual([]);
});

test("two header rows with a merged year: the total reconciles, C5 is on pace", () => {
  expect(findings.filter((f) => f.rule === "execution.total-mismatch")).toEqual([]);
  expect(at("执行", "C5")).toEqual([]);
});
