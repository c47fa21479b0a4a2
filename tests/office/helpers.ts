/** Shared set-up for the Office gateway tests: a gateway over the fake, generated big sheets. */
import type { Cell, SheetGrid } from "../../src/core/grid";
import type { ExcelRun } from "../../src/office/excel-run";
import { OfficeGateway } from "../../src/office/gateway";
import type { Lang } from "../../src/core/settings";
import { FakeExcel } from "../fakes/excel-fake";

export function gatewayOver(fake: FakeExcel, opts: { lang?: Lang } = {}): OfficeGateway {
  return new OfficeGateway({
    run: fake.run as unknown as ExcelRun,
    settings: fake.settings,
    requirements: fake.requirements,
    lang: opts.lang ?? "zh-CN",
  });
}

/**
 * A register-like sheet: a header row and `rows` data rows over 11 columns (A:K), with text,
 * amounts, a date serial and a rate per row. `hideEvery` hides every n-th data row.
 */
export function bigSheet(name: string, rows: number, opts: { hideEvery?: number; textLength?: number } = {}): SheetGrid {
  const header: Cell[] = ["序号", "企业名称", "统一社会信用代码", "注册地", "税务登记地", "政策项", "申请金额", "核定金额", "年度", "拨付日期", "比例"];
  const values: Cell[][] = [header];
  const pad = opts.textLength ? "项".repeat(opts.textLength) : "";
  for (let i = 1; i <= rows; i++) {
    values.push([i, `企业${i}${pad}`, `91310112MA1G${String(i).padStart(6, "0")}`, "闵行", "闵行", `政策${i % 23}${pad}`, 50000 + i, 40000 + (i % 977), 2021, 44500 + (i % 300), (i % 100) / 100]);
  }
  const grid: SheetGrid = { name, top: 0, left: 0, values, merges: [] };
  if (opts.hideEvery) grid.hiddenRows = Array.from({ length: Math.floor(rows / opts.hideEvery) }, (_, k) => (k + 1) * opts.hideEvery!);
  return grid;
}

/** Values as the gateway returns them: blanks as null, rows trimmed of trailing blanks. */
export function normalise(values: Cell[][]): Cell[][] {
  const rows = values.map((r) => {
    const out = r.map((v) => (v === "" || v === undefined ? null : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
