/**
 * Following the money: a payment ledger alone (balances, duplicates, late payments), against the
 * register (payments with no award, more than the award), against the execution table (payments
 * per category and year against the reported spending), and the register's own instalments and
 * commitments against the year's budget.
 */
import { audit } from "../../../src/core/audit";
import type { Cell, SheetGrid } from "../../../src/core/grid";

const sheet = (name: string, values: Cell[][]): SheetGrid => ({ name, top: 0, left: 0, values, merges: [] });

/** A valid credit code for an area and serial (GB 32100 check character computed). */
function code(serial: string): string {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = `91310112${serial}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(body[i]) * weights[i];
  return body + chars[(31 - (sum % 31)) % 31];
}

const A = code("MA1GAAAA1");
const B = code("MA1GAAAA2");
const C = code("MA1GAAAA3");

const register = sheet("申报清单", [
  ["企业名称", "统一社会信用代码", "扶持项目", "核定金额（元）", "年度"],
  ["甲公司", A, "区级“专精特新”中小企业", 50_000, 2021],
  ["乙公司", B, "示范平台", 600_000, 2021],
  ["丙公司", C, "公共服务机构", 350_000, 2021],
]);

const execution = sheet("执行情况", [
  ["（单位：元）"],
  ["政策类", "调整后预算", "实际支出"],
  ["支持企业专精特新化发展", 1_000_000, 710_000],
]);

function run(ledgerRows: Cell[][], sheets: SheetGrid[] = [register, execution], asOf = "2021-12-31") {
  const ledger = sheet("拨付台账", [["日期", "凭证号", "摘要", "收款单位", "统一社会信用代码", "政策项目", "金额（元）"], ...ledgerRows]);
  return audit({ sheets: [...sheets, ledger], settings: { today: "2022-01-10", asOf } }).findings;
}

const pick = (f: { rule: string; sheet: string; cell: string }[], prefix: string) => f.filter((x) => x.rule.startsWith(prefix)).map((x) => [x.rule, x.sheet, x.cell]);

describe("a payment ledger", () => {
  it("reconciles: every payment to an award, within it, and the sum as reported", () => {
    const f = run([
      ["2021-06-01", "记-1", "拨付专精特新奖励", "甲公司", A, "区级“专精特新”中小企业", 50_000],
      ["2021-07-01", "记-2", "拨付示范平台奖励", "乙公司", B, "示范平台", 600_000],
      ["2021-08-01", "记-3", "拨付公共服务机构奖励（首期）", "丙公司", C, "公共服务机构", 30_000],
      ["2021-09-01", "记-4", "拨付公共服务机构奖励（第二期）", "丙公司", C, "公共服务机构", 30_000],
    ]);
    expect(pick(f, "ledger.")).toEqual([]);
    expect(pick(f, "register.unpaid")).toEqual([]);
  });

  it("a payment naming only the payee's name finds the award by its name, and adds to what the code's payments paid", () => {
    const f = run([
      ["2021-07-01", "记-1", "拨付示范平台奖励（首期）", "乙公司", B, "示范平台", 400_000],
      ["2021-07-15", "记-2", "拨付示范平台奖励（第二期）", "乙 公司", null, "示范平台", 250_000],
      ["2021-08-01", "记-3", "拨付专精特新奖励", "甲公司", null, "区级“专精特新”中小企业", 50_000],
    ]);
    // 400,000 by code + 250,000 by name = 650,000 against 600,000; nothing unmatched.
    expect(pick(f, "ledger.overpaid")).toEqual([["ledger.overpaid", "拨付台账", "G3"]]);
    expect(pick(f, "ledger.unmatched-payment")).toEqual([]);
  });

  it("reports a payment with no award, more paid than awarded, and a sum unlike the reported spending", () => {
    const f = run([
      ["2021-06-01", "记-1", "拨付专精特新奖励", "甲公司", A, "区级“专精特新”中小企业", 50_000],
      ["2021-07-01", "记-2", "拨付示范平台奖励", "乙公司", B, "示范平台", 600_000],
      ["2021-07-15", "记-3", "拨付示范平台奖励（尾款）", "乙公司", B, "示范平台", 100_000],
      ["2021-08-01", "记-4", "拨付奖励", "丁公司", null, "示范平台", 80_000],
    ]);
    expect(pick(f, "ledger.")).toEqual([
      // 50,000 + 600,000 + 100,000 + 80,000 = 830,000 paid in the category, 710,000 reported
      ["ledger.actual-mismatch", "执行情况", "C3"],
      ["ledger.overpaid", "拨付台账", "G4"],
      ["ledger.unmatched-payment", "拨付台账", "G5"],
    ]);
  });

  it("reports the same voucher twice, the same payment twice in a year, and a payment after the deadline", () => {
    const f = run(
      [
        ["2021-06-01", "记-1", "拨付专精特新奖励", "甲公司", A, "区级“专精特新”中小企业", 50_000],
        ["2021-06-02", "记-1", "拨付示范平台奖励", "乙公司", B, "示范平台", 600_000],
        ["2021-06-03", "记-9", "拨付专精特新奖励", "甲公司", A, "区级“专精特新”中小企业", 50_000],
        ["2021-12-05", "记-10", "拨付公共服务机构奖励", "丙公司", C, "公共服务机构", 350_000],
      ],
      [register],
    );
    expect(pick(f, "ledger.duplicate-payment")).toEqual([
      ["ledger.duplicate-payment", "拨付台账", "G3"],
      ["ledger.duplicate-payment", "拨付台账", "G4"],
    ]);
    expect(pick(f, "register.late-disbursement")).toEqual([["register.late-disbursement", "拨付台账", "A5"]]);
  });

  it("vouchers numbered afresh each month repeat across months without being duplicates; within a month they are", () => {
    const rows: Cell[][] = [];
    for (const month of ["03", "04", "05"]) {
      rows.push([`2021-${month}-01`, "记-1", "拨付专精特新奖励", "甲公司", A, "区级“专精特新”中小企业", 10_000]);
      rows.push([`2021-${month}-02`, "记-2", "拨付示范平台奖励", "乙公司", B, "示范平台", 100_000 + Number(month)]);
      rows.push([`2021-${month}-03`, "记-3", "拨付公共服务机构奖励", "丙公司", C, "公共服务机构", 50_000 + Number(month)]);
    }
    expect(pick(run(rows, [register]), "ledger.duplicate-payment")).toEqual([
      // 甲公司's equal 10,000 payments in a year are no instalments by their summaries.
      ["ledger.duplicate-payment", "拨付台账", "G5"],
      ["ledger.duplicate-payment", "拨付台账", "G8"],
    ]);
    const again = [...rows, ["2021-05-20", "记-2", "拨付公共服务机构奖励", "丙公司", C, "公共服务机构", 1_000]];
    expect(pick(run(again, [register]), "ledger.duplicate-payment").map((x) => x[2])).toEqual(["G5", "G8", "G11"]);
  });

  it("an award with no payment after the deadline is unpaid; before it, not yet", () => {
    const rows: Cell[][] = [["2021-06-01", "记-1", "拨付专精特新奖励", "甲公司", A, "区级“专精特新”中小企业", 50_000]];
    expect(pick(run(rows, [register]), "register.unpaid")).toEqual([
      ["register.unpaid", "申报清单", "D3"],
      ["register.unpaid", "申报清单", "D4"],
    ]);
    expect(pick(run(rows, [register], "2021-11-30"), "register.unpaid")).toEqual([]);
  });

  it("checks a three-column ledger's running balance, reporting a slip once", () => {
    const f = audit({
      sheets: [
        sheet("明细账", [
          ["银行存款明细分类账（2021年）"],
          ["日期", "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"],
          ["2021-01-01", null, "上年结转", null, null, "借", 1_000_000],
          ["2021-03-01", "记-1", "收到拨款", 500_000, null, "借", 1_500_000],
          ["2021-04-01", "记-2", "支付奖励", null, 200_000, "借", 1_350_000],
          ["2021-05-01", "记-3", "支付奖励", null, 100_000, "借", 1_250_000],
        ]),
      ],
      settings: { today: "2022-01-10" },
    }).findings;
    expect(pick(f, "ledger.")).toEqual([["ledger.balance-mismatch", "明细账", "G5"]]);
  });

  it("after a slip, the next balance may carry the slip on or correct it: reported once either way", () => {
    const book = (next: number) =>
      audit({
        sheets: [
          sheet("明细账", [
            ["专项资金专户明细账（2021年）"],
            ["日期", "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"],
            ["2021-01-05", "记-1", "收到拨款", 1_000_000, null, "借", 1_000_000],
            ["2021-02-01", "记-2", "支付奖励", null, 200_000, "借", 820_000], // slip: 800,000
            ["2021-03-01", "记-3", "支付奖励", null, 100_000, "借", next],
            ["2021-04-01", "记-4", "支付奖励", null, 100_000, "借", next - 100_000],
          ]),
        ],
        settings: { today: "2022-01-10" },
      }).findings;
    expect(pick(book(700_000), "ledger.")).toEqual([["ledger.balance-mismatch", "明细账", "G4"]]);
    expect(pick(book(720_000), "ledger.")).toEqual([["ledger.balance-mismatch", "明细账", "G4"]]);
    expect(pick(book(710_000), "ledger.")).toEqual([
      ["ledger.balance-mismatch", "明细账", "G4"],
      ["ledger.balance-mismatch", "明细账", "G5"],
    ]);
  });

  it("a 年度 column gives the fund's year: an earlier year's award paid in January is late", () => {
    const f = audit({
      sheets: [
        register,
        sheet("拨付台账", [
          ["日期", "凭证号", "收款单位", "统一社会信用代码", "政策项目", "金额（元）", "资金年度"],
          ["2021-01-15", "记-1", "甲公司", A, "区级“专精特新”中小企业", 50_000, "2020年"],
          ["2021-01-16", "记-2", "乙公司", B, "示范平台", 600_000, 2021],
        ]),
      ],
      settings: { today: "2022-01-10", asOf: "2021-06-30" },
    }).findings;
    expect(pick(f, "register.late")).toEqual([["register.late-disbursement", "拨付台账", "A2"]]);
  });
});

describe("a ledger against the execution table's spending", () => {
  const byCategory = sheet("执行情况", [
    ["（单位：元）"],
    ["年度", "政策类", "调整后预算", "实际支出"],
    [2021, "支持企业专精特新化发展", 1_000_000, 650_000],
    [2021, "推进协同创新产业发展", 500_000, 300_000],
  ]);
  const yearTotal = sheet("年度执行", [["（单位：元）"], ["年度", "调整后预算", "实际支出"], [2021, 1_500_000, 950_000]]);
  const payments: Cell[][] = [
    ["2021-06-01", "记-1", "拨付", "甲公司", A, "区级“专精特新”中小企业", 50_000],
    ["2021-07-01", "记-2", "拨付", "乙公司", B, "示范平台", 600_000],
  ];

  it("a ledger of one category is compared with that category only, not with the year's total", () => {
    const f = run(payments, [register, byCategory, yearTotal], "2021-08-31");
    expect(pick(f, "ledger.actual")).toEqual([]);
  });

  it("the fund's whole account, naming no category, is compared with the year's total", () => {
    const account = sheet("专户明细账", [
      ["专项资金专户明细账（2021年）（单位：元）"],
      ["日期", "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"],
      ["2021-01-05", "记-1", "收到拨款", 1_500_000, null, "借", 1_500_000],
      ["2021-06-30", "记-2", "支付奖励", null, 650_000, "借", 850_000],
      ["2021-07-31", "记-3", "支付奖励", null, 200_000, "借", 650_000],
      ["2021-09-30", "记-4", "支付奖励", null, 100_000, "借", 550_000],
    ]);
    const at = (asOf: string) =>
      pick(audit({ sheets: [byCategory, yearTotal, account], settings: { today: "2022-01-10", asOf } }).findings, "ledger.");
    // 850,000 paid to 08-31 against 950,000 reported; to 09-30 all 950,000.
    expect(at("2021-08-31")).toEqual([["ledger.actual-mismatch", "年度执行", "C3"]]);
    expect(at("2021-09-30")).toEqual([]);
  });
});

describe("instalments and commitments in a register", () => {
  it("instalments paid beyond the award", () => {
    const f = audit({
      sheets: [
        sheet("拨付", [
          ["企业名称", "扶持项目", "核定金额（元）", "上期拨付", "本期拨付", "年度"],
          ["甲公司", "示范平台", 600_000, 300_000, 300_000, 2021],
          ["乙公司", "示范平台", 600_000, 300_000, 350_000, 2021],
        ]),
      ],
      settings: { today: "2021-09-01" },
    }).findings;
    expect(pick(f, "register.paid")).toEqual([["register.paid-exceeds-award", "拨付", "E3"]]);
  });

  it("awards due in a year against its budget: new approvals plus earlier awards' instalments", () => {
    const budget = sheet("执行", [["年度", "调整后预算（元）", "实际支出（元）"], [2021, 1_000_000, 100_000]]);
    const awards = sheet("清单", [
      ["企业名称", "扶持项目", "核定金额（元）", "本年应拨付（元）", "立项年度", "年度"],
      ["甲公司", "示范平台", 600_000, null, 2021, 2021],
      ["乙公司", "公共服务机构", 350_000, null, 2021, 2021],
      ["丙公司", "示范平台", 600_000, 300_000, 2020, 2021],
    ]);
    const f = audit({ sheets: [budget, awards], settings: { today: "2021-06-30" } }).findings;
    expect(pick(f, "budget.")).toEqual([["budget.overcommitted", "执行", "B2"]]);
    expect(f.find((x) => x.rule === "budget.overcommitted")).toMatchObject({ actual: 1_250_000, expected: 1_000_000 });
  });
});
