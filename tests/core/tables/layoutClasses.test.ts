/**
 * Recognition of further layout classes (the corpus's second holdout, tests/corpus/README.md),
 * each with a small grid built for the class rather than the published layout: the words an
 * office uses for a field, how a header is found and split, which kind a table is.
 */
import { audit } from "../../../src/core/audit";
import { parseRangeA1, type Cell, type SheetGrid } from "../../../src/core/grid";
import { recognise } from "../../../src/core/tables/recognise";
import type { ExecutionTable, RecognisedTable } from "../../../src/core/tables/types";
import type { CatalogTable } from "../../../src/core/kinds/catalog/types";
import type { SelfevalTable } from "../../../src/core/kinds/selfeval/types";
import { geographyFor } from "../../../src/core/geo/geography";
import { index, readAsset } from "../geo/assets";
import { explain } from "../../../src/core/explain";
import { readAmount } from "../../../src/core/amount";

function grid(values: Cell[][], merges: string[] = [], name = "表"): SheetGrid {
  return { name, top: 0, left: 0, values, merges: merges.map((m) => parseRangeA1(m) as NonNullable<ReturnType<typeof parseRangeA1>>) };
}

function tables(values: Cell[][], merges: string[] = []): RecognisedTable[] {
  return recognise([grid(values, merges)]).tables;
}

function run(values: Cell[][], merges: string[] = [], asOf?: string) {
  return audit({ sheets: [grid(values, merges)], settings: { today: "2023-12-31", ...(asOf ? { asOf } : {}) } });
}

const ruleCells = (r: ReturnType<typeof run>, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.cell);
const fields = (t: RecognisedTable) => t.columns.map((c) => c.field);

describe("execution: money received is the budget spending is measured against", () => {
  it("reads 收到资金 as the budget, so the rate and the pace are checked", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "收到资金", "已支出", "支出进度"],
      ["甲类资金", 200, 80, "45.0%"],
      ["乙类资金", 100, 90, "90.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate"]);
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D3"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C3"]);
  });
});

describe("composition: a 小计 above its lines", () => {
  it("sums the lines under it, up to the next total", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["地市", "安排额度（万元）"],
      ["小计", 100],
      ["甲市", 60],
      ["乙市", 30],
      ["小计", 50],
      ["丙市", 50],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("composition");
    // The first group adds up to 90, not its 100; the second to its 50.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B3"]);
  });

  it("a 小计 below its lines still sums the lines above it", () => {
    const r = run([
      ["地市", "安排额度（万元）"],
      ["甲市", 60],
      ["乙市", 30],
      ["小计", 100],
      ["丙市", 50],
      ["小计", 50],
    ]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B4"]);
  });
});

describe("composition: an allocation by area, task in 万 of a measure × money per measure", () => {
  const values: Cell[][] = [
    ["单位：万元"],
    ["序号", "县（区）", "建设任务（万亩）", "亩均投入（元/亩）", "项目总投资（万元）"],
    [1, "甲县", 1.2, 1500, 1800],
    [2, "乙县", 2, 1500, 3100],
  ];

  it("reads the area as the line, the measure as the quantity, money per measure as the unit amount", () => {
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "quantity", "unitAmount", "amount"]);
  });

  it("counts 万亩 as ten thousand 亩: 1.2万亩 × 1,500元/亩 = 1,800万元", () => {
    expect(ruleCells(run(values), "composition.line-mismatch")).toEqual(["E4"]);
  });

  it("a heading in a money unit holds amounts even when it names a 项目", () => {
    const [t] = tables([
      ["地区", "项目总投资（万元）", "本次下达资金（万元）"],
      ["甲县", 1800, 180],
      ["乙县", 3000, 300],
    ]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", "amount"]);
    // Whatever else the table is, a column headed in 万元 is never its row names.
    const named = tables([
      ["序号", "项目计划规模（万元）", "下达资金（万元）"],
      [1, 1800, 180],
      [2, 3000, 300],
    ]);
    expect(named.flatMap((x) => x.columns).filter((c) => c.col === 1 && c.field !== null && c.field !== "amount")).toEqual([]);
  });
});

describe("register: prepayments and instalments paid to towns or implementing bodies", () => {
  // A list by town with no enterprise column: the payment columns make it a register of places,
  // the batch in the title (`第二批`) is no part of the item's name.
  const catalog = { name: "目录", origin: "file" as const, items: [{ name: "农村道路改造补助", code: null, category: null, capType: "max" as const, capAmount: 5_000_000, rate: null, document: null, year: null }] };
  const byTown: Cell[][] = [
    ["2022年农村道路改造补助第二批预拨资金表"],
    [null, null, null, null, null, null, "单位：万元"],
    ["序号", "镇街", "合同造价", "已预拨资金", null, "本次预拨资金", null],
    [null, null, null, "工程款", "监理费", "工程款", "监理费"],
    [1, "甲镇", 300, 100, 5, 150, 5],
    [2, "乙街道", 200, 150, 0, 80, "另行安排"],
    ["合计", null, 500, 250, 5, 230, 5],
  ];
  const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"];

  it("reads the towns as payees and the first column of each payment as the payment", () => {
    const [t] = tables(byTown, merges);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "approved", "paidBefore", "paidBefore", "paidNow", "paidNow"]);
  });

  it("flags the town paid more than its contract, names it, and reports the unreadable further column", () => {
    const r = audit({ sheets: [grid(byTown, merges)], catalog, settings: { today: "2022-06-30" } });
    const over = r.findings.filter((f) => f.rule === "register.paid-exceeds-award");
    expect(over.map((f) => f.cell)).toEqual(["F6"]);
    expect(over[0].message).toContain("乙街道");
    expect(ruleCells(r, "input.unreadable-value")).toEqual(["G6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("an implementing body (项目实施主体) is the enterprise, and a first batch sent down (第一批下拨) is the payment", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["镇街", "项目实施主体", "补助资金", "第一批下拨资金"],
      ["甲镇", "某某专业合作社", 10, 8],
      ["乙镇", "某某农业有限公司", 10, 12],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["registeredIn", "enterprise", "approved", "paidNow"]);
    expect(ruleCells(run(values), "register.paid-exceeds-award")).toEqual(["D4"]);
  });
});

describe("ledger: a payment request lists payments, one voucher each", () => {
  // 申请金额 is what was asked for; the approved figure is what is paid. The spending unit is not a payee.
  const values: Cell[][] = [
    ["用款申请书"],
    ["序号", "预算单位名称", "项目", "收款人", "本次申请金额", "核定金额", "支付凭证编号"],
    [1, "本级", "平台运维", "甲信息技术有限公司", 1000, 1000, "P-01"],
    [2, "本级", "测评服务", "乙检测有限公司", 2000, 1800, "P-02"],
    [3, "本级", "平台运维", "甲信息技术有限公司", 1000, 1000, "P-03"],
    [4, "培训部", "场地租赁", "丙会展有限公司", 500, 500, "P-02"],
  ];

  it("reads the payee, the approved amount and the voucher", () => {
    const [t] = tables(values);
    expect(t.kind).toBe("ledger");
    expect(fields(t)).toEqual(["seq", null, "item", "payee", null, "amount", "voucher"]);
  });

  it("finds the same payment twice and the voucher used twice", () => {
    expect(ruleCells(run(values), "ledger.duplicate-payment")).toEqual(["F5", "F6"]);
  });
});

describe("selfeval: a mid-year monitoring form (绩效监控表) has the two blocks without scores", () => {
  const values: Cell[][] = [
    ["某区项目支出绩效运行监控表（2023年度）"],
    [null, null, null, null, "单位：万元"],
    ["项目资金", null, "年初预算数", "1-6月执行数", "全年预计执行数"],
    [null, "年度资金总额", 100, 40, 100],
    [null, "其中：财政拨款", 100, 30, 100],
    ["绩效指标", "一级指标", "指标名称", "指标值", "半年度指标执行情况"],
    [null, "产出指标", "数量：培训人次", "≥500人次", "已培训230人次"],
    [null, "效益指标", "满意度", "≥90%", "92%"],
  ];
  const merges = ["A3:B3", "A4:A5", "A6:A8"];

  it("reads the form as a selfeval, the forecast as its own column, the indicators as text", () => {
    const r = audit({ sheets: [grid(values, merges)], settings: { today: "2023-06-30" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    // 40 against its one 其中 line's 30; the budget and the forecast agree.
    expect(ruleCells(r, "selfeval.total-mismatch")).toEqual(["D4"]);
  });

  it("without the title it is no self-evaluation: a form needs its scores to be one", () => {
    const [t] = tables(values.slice(1), merges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) - 1))));
    expect(t?.kind).not.toBe("selfeval");
  });
});

describe("composition: money allocated among counties or towns", () => {
  it("a county's name (县区名称) is the line, not an applicant: the list is an allocation and its 合计 is checked", () => {
    const values: Cell[][] = [
      ["2020年某项资金分配表"],
      ["县区名称", "市级资金（万元）", "备注"],
      ["甲区", 100, "非重点"],
      ["乙县", 200, null],
      ["合计", 310, null],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });
});

describe("register: the base of a rate named as a fiscal contribution", () => {
  it("reads 地方财力贡献新增部分 as the base, so a 50% rate with a maximum is checked", () => {
    const catalog = { name: "目录", origin: "file" as const, items: [{ name: "增效贡献奖励", code: null, category: null, capType: "rate" as const, capAmount: 2_000_000, rate: 0.5, document: null, year: null }] };
    const values: Cell[][] = [
      ["2021年增效贡献奖励名单"],
      [null, null, null, "单位：万元"],
      ["序号", "企业名称", "上年地方财力贡献新增部分", "拟奖励金额"],
      [1, "甲有限公司", 100, 50],
      [2, "乙有限公司", 80, 45],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2021-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D5"]);
  });
});

describe("headings: money per measure in any money unit", () => {
  it("奖励标准（万元/户） holds unit amounts in 万元 per 户, 亩均投入（元/亩） in 元 per 亩", async () => {
    const { readHeaderText } = await import("../../../src/core/tables/normalise");
    expect(readHeaderText("奖励标准（万元/户）")).toMatchObject({ unit: "万元", measure: "户", perMeasure: true });
    expect(readHeaderText("亩均投入（元/亩）")).toMatchObject({ unit: "元", measure: "亩", perMeasure: true });
    expect(readHeaderText("奖励金额（万元）")).toMatchObject({ unit: "万元" });
    expect(readHeaderText("奖励金额（万元）").perMeasure).toBeUndefined();
  });
});

describe("forms: a block under a side label, a table further down taking the form's year", () => {
  const values: Cell[][] = [
    ["项目绩效目标表"],
    ["（2022年度）"],
    ["项目名称", "道路建设", "项目属性", "延续项目"],
    ["主管部门", "某镇", "项目负责人", "张三"],
    ["项目起止时间", "2022年1月至2022年12月", null, null],
    ["资金总额及构成", "资金来源", "金额（万元）", null],
    [null, "总额", 100, null],
    [null, "财政拨款", 60, null],
    [null, "其他", 30, null],
    ["项目绩效目标", "年度目标", "完成道路改造", null],
    ["年度绩效指标", "一级指标", "指标内容", "指标值"],
    [null, "产出指标", "道路里程", "≥12公里"],
    [null, "满意度指标", "群众满意度", "≥90%"],
  ];
  const merges = ["B5:D5", "A6:A9", "C6:D6", "C7:D7", "C8:D8", "C9:D9", "C10:D10", "A11:A13"];

  it("the money block ends with its side label; the goal text below is no line", () => {
    const r = audit({ sheets: [grid(values, merges)], settings: { today: "2022-12-31" } });
    const block = r.tables.find((t) => t.kind === "composition");
    expect(block?.range).toMatchObject({ r0: 5, r1: 8 });
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C7"]);
  });

  it("the target table below takes the year from the form's title", () => {
    const t = tables(values, merges).find((x) => x.kind === "targets") as (RecognisedTable & { year: number | null }) | undefined;
    expect(t?.year).toBe(2022);
  });
});

describe("composition: allocations among governments under a plain 单位 heading", () => {
  it("a column of districts is no list of applicants, whatever its heading", () => {
    const values: Cell[][] = [
      ["2017年某项补助资金分配表"],
      [null, null, "单位:万元"],
      ["单位", "补助资金(万元)", "备注"],
      ["甲区", 100, null],
      ["乙县", 200, "含重建"],
      ["丙湖区", 50, null],
      ["合计", 360, null],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B7"]);
  });

  it("a register of firms under 单位 stays a register", () => {
    const values: Cell[][] = [
      ["单位", "统一社会信用代码", "补助资金（元）"],
      ["甲科技有限公司", "91310112MA1GAAAA1X", 100],
      ["乙制造有限公司", "91310112MA1GAAAB1X", 200],
    ];
    expect(tables(values)[0].kind).toBe("register");
  });
});

describe("register: an advance paid on an award (先期兑付)", () => {
  it("reads 先期兑付金额 as the payment, so an advance above the award is reported", () => {
    const values: Cell[][] = [
      [null, null, null, "单位：万元"],
      ["企业名称", "统一社会信用代码", "奖励金额", "先期兑付金额（80%）"],
      ["甲科技有限公司", "91310112MA1GAAAA1X", 50, 40],
      ["乙制造有限公司", "91310112MA1GAAAB1X", 30, 40],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["enterprise", "creditCode", "approved", "paidNow"]);
    expect(ruleCells(run(values), "register.paid-exceeds-award")).toEqual(["D4"]);
  });
});

describe("ledger: a list of payments made to people (发放清单)", () => {
  const values: Cell[][] = [
    ["2022年度人才资助款发放清单"],
    ["序号", "受益人姓名", "单位", "资助金额（元）", "付款日期"],
    [1, "张伟", "市第一人民医院", 50000, "2022-03-15"],
    [2, "王磊", "市职业技术学院", 30000, "2022-04-20"],
    [3, "王磊", "市职业技术学院", 30000, "2022-09-01"],
    ["合计", null, null, 110000, null],
    ["发放人：", null, "审核人：", null, null],
  ];

  it("reads the payee, the amount and the date, the affiliation being no enterprise, and ends before the sign-off line", () => {
    const [t] = tables(values);
    expect(t.kind).toBe("ledger");
    expect(fields(t)).toEqual(["seq", "payee", null, "amount", "date"]);
    expect(t.range.r1).toBe(5);
  });

  it("finds the same payment made twice in the year", () => {
    expect(ruleCells(run(values), "ledger.duplicate-payment")).toEqual(["D5"]);
  });
});

describe("composition: the same measures repeated under each group", () => {
  const values: Cell[][] = [
    [null, null, null, null, null, null, "单位：万元"],
    ["序号", "县区", "新上规企业奖励", null, "专项工作经费", null, "合计"],
    [null, null, "企业数（家）", "金额", "净增企业数（家）", "金额", null],
    [1, "甲区", 38, 190, 11, 22, 212],
    [2, "乙县", 21, 105, 5, 10, 115],
    ["合计", null, 59, 305, 16, 32, 327],
  ];
  const merges = ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3"];

  it("reads each group's 金额 as an amount of that group and a count in 家 as no amount", () => {
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    const amounts = t.columns.filter((c) => c.field === "amount").map((c) => c.col);
    expect(amounts).toEqual([3, 5, 6]);
    expect(t.columns[4].field).not.toBe("amount");
  });

  it("checks the first group's 合计 (305 stated, 295 added)", () => {
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["D6"]);
  });
});

describe("composition: a standard is exact, an average may be rounded", () => {
  const rows = (unitHeading: string): Cell[][] => [
    [null, null, null, "单位：万元"],
    ["县区", "户数", unitHeading, "奖励金额"],
    ["甲县", 23, 10, 240],
    ["乙县", 10, 10, 100],
  ];
  it("23 户 × a 10万元 standard is 230, not 240", () => {
    expect(ruleCells(run(rows("奖励标准（万元/户）")), "composition.line-mismatch")).toEqual(["D3"]);
  });
  it("23 × an average of 10 shown without decimals may be 240 (10.43 rounded)", () => {
    const r = run(rows("户均金额（万元/户）"));
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
    expect(ruleCells(r, "composition.line-rounded")).toEqual(["D3"]);
  });
});

describe("catalog: a policy's awards listed as 奖项 with their standards in words", () => {
  it("reads 奖项 | 奖励标准 as a catalog and checks the list's awards against it", () => {
    const standards: Cell[][] = [
      ["某县奖励项目及标准"],
      ["序号", "奖项", "奖励标准", "牵头考核单位"],
      [1, "税收贡献奖", "奖励额度为新增县级留成部分的30%。", "财政局"],
      [2, "上台阶奖", "年内首次上缴税收达200万元的企业奖励5万元。", "财政局"],
    ];
    const awards: Cell[][] = [
      ["序号", "企业名称", "奖项", "计算基数（万元）", "奖励金额（万元）"],
      [1, "甲有限公司", "税收贡献奖", 100, 30],
      [2, "乙有限公司", "税收贡献奖", 40, 15],
      [3, "丙有限公司", "上台阶奖", null, 5],
    ];
    const r = audit({ sheets: [grid(standards, [], "奖励办法"), grid(awards, [], "奖励名单")], settings: { today: "2021-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
  });
});

describe("forms: rows under a side label belong to its block", () => {
  it("a last indicator row that looks like a header is still the target table's, not a new table", () => {
    const values: Cell[][] = [
      ["项目绩效目标申报表（2016年度）"],
      ["年度绩效指标", "一级指标", "指标内容", "指标值"],
      [null, "产出指标", "推广面积", "≥2万亩"],
      [null, "效益指标", "受益户数", "≥5000户"],
      [null, "满意度指标", "服务对象满意度", "≥90%"],
      ["其他说明的问题", "无", null, null],
    ];
    const found = tables(values, ["A2:A5"]);
    expect(found.map((t) => t.kind)).toEqual(["targets"]);
    expect(found[0].range.r1).toBe(4);
  });
});

describe("payments already made, and a rate taken of a contribution paid", () => {
  it("a list titled as paid (已拨付单位名单) with 返还金额 and 拨付日期 is a ledger; the same payment twice is reported", () => {
    const values: Cell[][] = [
      ["2024年稳岗返还资金已拨付单位名单"],
      ["序号", "单位名称", "统一社会信用代码", "返还金额（元）", "拨付日期"],
      [1, "甲机电有限公司", "91310112MA1GAAAA1X", 18426, "2024-09-12"],
      [2, "乙钢构有限公司", "91310112MA1GAAAB1X", 7315.2, "2024-09-12"],
      [3, "甲机电有限公司", "91310112MA1GAAAA1X", 18426, "2024-10-08"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("ledger");
    expect(ruleCells(run(values), "ledger.duplicate-payment")).toEqual(["D5"]);
  });

  it("a heading naming a contribution paid (实际缴纳失业保险费) is the base of a rate", () => {
    const values: Cell[][] = [
      ["序号", "单位名称", "2023年度实际缴纳失业保险费", "返还金额"],
      [1, "甲有限公司", 48620, 29172],
    ];
    expect(fields(tables(values)[0])).toEqual(["seq", "enterprise", "base", "approved"]);
  });
});

describe("register: the base of a rate named as an increase (增量, 增加额)", () => {
  const catalog = { name: "目录", origin: "file" as const, items: [{ name: "增长奖励", code: null, category: null, capType: "rate" as const, capAmount: 5_000_000, rate: 0.01, document: null, year: null }] };
  it("reads 产值增量 beside the two years' output as the base, so a 1% rate is checked", () => {
    const values: Cell[][] = [
      ["2020年增长奖励名单"],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "企业名称", "上年产值", "本年产值", "产值增量", "奖励金额"],
      [1, "甲精工有限公司", 15000, 22500, 7500, 75],
      [2, "乙电子有限公司", 60000, 84000, 24000, 300],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2020-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", null, null, "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["F5"]);
  });

  it("an increase in sales written as 营业收入增加额 (ahead of the award, with its growth rate) is the base too", () => {
    const values: Cell[][] = [
      ["企业名称", "营业收入增加额（万元）", "增长率", "奖励金额（万元）"],
      ["甲材料有限公司", 8000, "30%", 80],
      ["乙包装有限公司", 5000, "25%", 60],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2020-12-31" } });
    expect(fields(r.tables[0])).toEqual(["enterprise", "base", null, "approved"]);
  });
});

describe("composition: money split by level of government under one merged heading", () => {
  // No 合计 column among them: the levels are columns side by side, none a part of another.
  it("reads 中央 | 省级 | 市级 | 县级 as four columns of money, checks each level's 合计 and compares no level with another", () => {
    const values: Cell[][] = [
      ["2024年第二批项目资金计划表"],
      ["序号", "乡镇", "项目名称", "资金安排（万元）", null, null, null],
      [null, null, null, "中央", "省级", "市级", "县级"],
      [1, "甲镇", "甲村道路硬化", 10, 30, null, 5],
      [2, "乙镇", "乙村供水改造", null, 20, 8, null],
      [3, "丙镇", "丙村水渠清淤", 15, null, 2, 5],
      ["合计", null, null, 25, 55, 10, 10],
    ];
    const merges = ["A2:A3", "B2:B3", "C2:C3", "D2:G2"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    const money = t.columns.filter((c) => c.field === "amount");
    expect(money.map((c) => c.col)).toEqual([3, 4, 5, 6]);
    expect(money.filter((c) => c.part)).toEqual([]);
    expect(money.map((c) => c.group)).toEqual(["中央", "省级", "市级", "县级"]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("the same with the level's money named (中央资金 | 省级资金 | 县级资金) and only one level filled", () => {
    const values: Cell[][] = [
      [null, null, null, null, "单位：万元"],
      ["项目名称", "建设地点", "下达资金", null, null],
      [null, null, "中央资金", "省级资金", "县级资金"],
      ["甲村产业路", "甲镇", null, 12, null],
      ["乙村晒坪", "乙镇", null, 8, null],
      ["合计", null, null, 25, null],
    ];
    const merges = ["A2:A3", "B2:B3", "C2:E2"];
    const [t] = tables(values, merges);
    expect(t.columns.filter((c) => c.field === "amount" && c.part)).toEqual([]);
    expect(t.columns.find((c) => c.col === 3)?.group).toBe("省级资金");
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["D6"]);
  });
});

describe("catalog: a policy's clauses with the kind of beneficiary each is for (支持对象)", () => {
  // The object column names kinds of beneficiary (企业, 县区（园区）), not applicants: the table is
  // a catalog, and the award list under the policy is checked against its standards.
  it("reads 支持事项 | 支持标准 | 支持对象 as a catalog, and the award list's items are known", () => {
    const clauses: Cell[][] = [
      ["某市工业发展支持政策（摘录）"],
      ["序号", "支持事项", "支持标准", "支持对象"],
      [1, "新认定单项冠军企业", "对新认定的单项冠军企业，一次性奖励200万元。", "企业"],
      [2, "新引进重大项目", "对新引进投资10亿元以上的项目，奖励引进地50万元。", "县区（园区）"],
      [3, "产值首次突破百亿园区", "对年产值首次突破100亿元的园区，奖励100万元。", "园区"],
    ];
    const awards: Cell[][] = [
      [null, null, null, "单位：万元"],
      ["序号", "企业名称", "支持事项", "奖励金额"],
      [1, "甲精密部件有限公司", "新认定单项冠军企业", 200],
      [2, "乙数控机床有限公司", "新认定单项冠军企业", 250],
    ];
    const r = audit({ sheets: [grid(clauses, [], "政策"), grid(awards, [], "名单")], settings: { today: "2021-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });

  it("the object column first and headed 奖励对象, the standard last: still a catalog", () => {
    const clauses: Cell[][] = [
      ["奖励对象", "奖励事项", "奖励标准"],
      ["企业、企业家", "年度突出贡献企业", "每家奖励50万元。"],
      ["县区", "完成年度倍增目标", "奖励县区工作经费20万元。"],
    ];
    const [t] = tables(clauses);
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["beneficiary", "item", "standard"]);
  });

  it("with no other name column, whom a clause is for names the item (扶持对象 | 扶持标准)", () => {
    const [t] = tables([
      ["扶持对象", "扶持标准"],
      ["新认定国家高新技术企业", "一次性奖励20万元。"],
      ["新认定省级专精特新企业", "一次性奖励10万元。"],
    ]);
    expect(t.kind).toBe("catalog");
    expect((t as RecognisedTable & { items: { name: string }[] }).items.map((i) => i.name)).toEqual(["新认定国家高新技术企业", "新认定省级专精特新企业"]);
  });
});

describe("ledger: a disclosure of money spent, with no dates (开支公示)", () => {
  // A village's or community's list of what was paid, to whom, from which money: one payment a
  // row. The same payment twice is reported; the sign-off under it is no row.
  it("reads 开支项目 | 金额 | 资金来源 | 使用部门 as summary, amount, category and payee, and ends before the seals", () => {
    const values: Cell[][] = [
      ["某村2023年第二季度财务开支公示"],
      ["序号", "开支项目", "金额（元）", "资金来源", "使用部门", "经办人"],
      [1, "村道路维修", 4000, "村集体收入", "村道维护队", "赵一"],
      [2, "村部办公用品", 600, "村集体收入", "村民委员会", "钱二"],
      [3, "村道路维修", 4000, "村集体收入", "村道维护队", "赵一"],
      ["合计", null, 8600, null, null, null],
      ["村务监督委员会（签章）：", null, null, "村民委员会（盖章）：", null, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("ledger");
    expect(fields(t).slice(0, 5)).toEqual(["seq", "summary", "amount", "category", "payee"]);
    expect(t.range.r1).toBe(5);
    expect(ruleCells(run(values), "ledger.duplicate-payment")).toEqual(["C5"]);
  });

  it("摘要 | 金额 | 类别 | 收款人 under a title that says it was paid out, signed under it", () => {
    const values: Cell[][] = [
      ["某社区2023年12月财务支出公示"],
      ["摘要", "金额", "类别", "收款人"],
      ["购置防汛物资", 2450, "公共服务", "某五金商店"],
      ["保洁人员工资", 1800, "人员经费", "孙三"],
      ["保洁人员工资", 1800, "人员经费", "孙三"],
      ["居务监督委员会（签字）", null, "社区居民委员会（盖章）", null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("ledger");
    expect(fields(t)).toEqual(["summary", "amount", "category", "payee"]);
    expect(t.range.r1).toBe(4);
    expect(ruleCells(run(values), "ledger.duplicate-payment")).toEqual(["B5"]);
  });
});

describe("register: an award list with a month column, a town column and the office's sign-off", () => {
  const catalog = { name: "目录", origin: "file" as const, items: [{ name: "首次升规纳统奖励", code: null, category: null, capType: "fixed" as const, capAmount: 100_000, rate: null, document: null, year: null }] };
  it("the month (纳统时间 2022年3月) is no policy item, 所在镇（园区） is the place, the item comes from the title; the dated sign-off is no award", () => {
    const values: Cell[][] = [
      ["2023年某县工业企业首次升规纳统奖励资金拟奖励企业名单"],
      ["序号", "企业名称", "所在镇（园区）", "纳统时间", "奖励金额（万元）", "备注"],
      [1, "甲建材有限公司", "金江镇", "2022年3月", 10, null],
      [2, "乙食品有限公司", "福山镇", "2022年6月", 15, null],
      [3, "丙电子有限公司", "老城经济开发区", "2022年1月", 10, null],
      ["合计", null, null, null, 35, null],
      ["某县工业信息化和科学技术局", null, null, null, null, "2023年7月10日"],
    ];
    const merges = ["A7:E7"];
    const r = audit({ sheets: [grid(values, merges)], catalog, settings: { today: "2023-12-31" } });
    const t = r.tables[0];
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", null, "approved", null]);
    expect(t.range.r1).toBe(5);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("the month written 2021.09 under 认定年月 and the place under 所属镇 read the same way", () => {
    const values: Cell[][] = [
      ["2022年首次升规纳统奖励名单"],
      ["企业名称", "认定年月", "所属镇", "奖励金额（元）"],
      ["甲机械有限公司", "2021.09", "七宝镇", 100000],
      ["乙塑料有限公司", "2021.11", "华漕镇", 100000],
      ["某区经济委员会", null, null, "2022年3月1日"],
    ];
    const r = audit({ sheets: [grid(values, ["A5:C5"])], catalog, settings: { today: "2022-12-31" } });
    expect(fields(r.tables[0])).toEqual(["enterprise", null, "registeredIn", "approved"]);
    expect(r.tables[0].range.r1).toBe(3);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });
});

describe("execution: revenue broken down two ways above the spending", () => {
  // `按…分：` heads a second breakdown of the same revenue: a label row inside the table, not a
  // note ending it; the spending under it is still read and its rate checked.
  it("reads on past 按征收部门分： to the spending, checks every stated rate and adds no breakdown into another", () => {
    const values: Cell[][] = [
      ["上半年全县财政收支执行情况"],
      [null, null, null, null, "单位：万元"],
      ["项目", "预算数", "1-6月完成数", "为预算%", "同比增长%"],
      ["一、财政收入", 1000, 500, 50, 8],
      ["其中：地方收入", 600, 300, 50, 6],
      ["上划收入", 400, 200, 50, 12],
      ["按征收部门分：", null, null, null, null],
      ["税务部门", 700, 350, 50, 70],
      ["财政部门", 300, 150, 40, 9],
      ["二、财政支出", 2000, 1100, 55, 17],
      ["三、债务还本", 100, 50, 60, 2],
      ["注：完成数为快报数。"],
    ];
    const r = run(values, [], "2023-06-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(r.tables[0].range.r1).toBe(10);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D9", "D11"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    // 同比增长% is growth on last year, no time progress: 税务部门's 70 is no pace it lags.
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
  });

  it("the same with 按级次划分 as the second breakdown's label and no numbering", () => {
    const values: Cell[][] = [
      ["收入项目", "年初预算", "累计完成", "完成预算%"],
      ["税收收入", 800, 400, 50],
      ["按级次划分", null, null, null],
      ["县级", 500, 250, 50],
      ["乡级", 300, 150, 40],
      ["非税收入", 200, 120, 60],
    ];
    const r = run(values, [], "2023-06-30");
    expect(r.tables[0].range.r1).toBe(5);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D5"]);
    // 县级 + 乡级 = 税收收入 (500 + 300 = 800, 250 + 150 = 400): the breakdown ends there and
    // 非税收入 is 税收收入's peer, not a line under 乡级.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    const rows = (r.tables[0] as ExecutionTable).rows;
    const at = (label: string) => rows.find((x) => x.label === label);
    expect(at("县级")?.partOf).toBe(1);
    expect(at("乡级")?.partOf).toBe(1);
    expect(at("非税收入")?.partOf).toBeUndefined();
    expect(at("非税收入")?.parent).toBeUndefined();
  });
});

describe("forms: label–value rows whose only figures are zeros are no table", () => {
  // A target form's head: `label | value` pairs across the sheet, the money stated once in words
  // (20万元) with zeros beside it for the levels that give nothing. Read as a header, the pairs
  // look like a budget table; its labels (监督管理单位) are no unreadable amounts.
  it("a form's head with 中央补助安排 | 0 and a row of bodies under it gives no table and nothing unreadable", () => {
    const values: Cell[][] = [
      ["项目支出绩效目标表"],
      ["（2023年度）"],
      ["项目类型", "延续项目", "项目分类", "专项业务经费", "资金用途", "业务类项目", "主管部门", "某市文化和旅游局"],
      ["项目总投资", "50万元", "中央补助安排", 0, "省级财政安排", 0, "其他资金", "50万元"],
      ["项目实施计划", "组织实施单位", "某省文物局", "监督管理单位", "某市文旅局", "项目实施单位", "某市博物馆", null],
      ["一级指标", "二级指标", "三级指标", null, null, "指标目标值", null, null],
      ["产出指标", "数量指标", "免费开放天数", null, null, "≥300天", null, null],
      [null, "质量指标", "安全事故发生率", null, null, "0", null, null],
    ];
    const merges = ["A1:H1", "A2:H2", "C6:E6", "F6:H6", "C7:E7", "F7:H7", "C8:E8", "F8:H8", "A7:A8"];
    const r = audit({ sheets: [grid(values, merges)], settings: { today: "2023-12-31" } });
    expect(r.tables.filter((t) => t.kind !== "targets").flatMap((t) => (t.kind === "composition" ? t.lines : []))).toEqual([]);
    expect(r.tables.some((t) => t.kind === "targets")).toBe(true);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("the same pairs in six columns, the sources given nothing (上级补助 | 0), the bodies below", () => {
    const values: Cell[][] = [
      ["项目分类", "新建项目", "支出类型", "业务经费", "归口部门", "某县文化和旅游局"],
      ["申请金额", "12万元", "上级补助", 0, "自筹资金", 0],
      ["实施计划", "牵头单位", "某县图书馆", "配合单位", "某县文化馆", null],
    ];
    const r = run(values);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
});

describe("composition: an allocation by project, each with the body that carries it out", () => {
  // The rows are projects: the body carrying one out (实施单位) is named after the project, as its
  // place is; neither is an applicant, so the list is an allocation and its subtotals are checked.
  it("a 实施单位 after the amount, category rows with subtotals: a composition, the wrong subtotal found", () => {
    const values: Cell[][] = [
      ["2024年某县第一批衔接资金项目计划表"],
      [null, null, null, null, "单位：万元"],
      ["序号", "项目名称", "建设地点", "下达资金", "实施单位"],
      ["一", "产业发展类", null, 300, null],
      [1, "甲村蔬菜大棚建设", "甲村", 120, "某县农业农村局"],
      [2, "乙村冷库建设", "乙村", 170, "某县农业农村局"],
      ["二", "基础设施类", null, 80, null],
      [3, "丙村道路硬化", "丙村", 80, "丙镇人民政府"],
      ["合计", null, null, 380, null],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(fields(r.tables[0])[1]).toBe("item");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "register.duplicate")).toEqual([]);
  });

  it("a 实施主体 between the project and its money, no category rows: still an allocation", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "实施主体", "实施地点", "资金规模（万元）", "备注"],
      [1, "高标准农田建设", "某区农业农村局", "甲镇", 500, null],
      [2, "农村人居环境整治", "乙镇人民政府", "乙镇", 200, "续建"],
      [3, "产业园配套道路", "某区交通运输局", "丙乡", 150, null],
      ["合计", null, null, null, 860, null],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("the body named before its project, or one that applied (承担单位, 申报单位) after it, stays a register", () => {
    const before: Cell[][] = [
      ["序号", "实施主体", "项目名称", "补助资金（万元）"],
      [1, "甲农业开发有限公司", "蔬菜大棚建设", 120],
      [2, "乙种植专业合作社", "冷库建设", 80],
    ];
    expect(tables(before)[0].kind).toBe("register");
    const applied: Cell[][] = [
      ["序号", "项目名称", "承担单位", "资助金额（万元）"],
      [1, "新型传感器研发", "甲科技有限公司", 50],
      [2, "工业软件平台", "乙信息技术有限公司", 30],
    ];
    expect(tables(applied)[0].kind).toBe("register");
  });
});

describe("catalog: levels in one sentence, then a further award", () => {
  it("a row naming the item itself is checked against the largest amount the standard gives", () => {
    const clauses: Cell[][] = [
      ["序号", "政策条目", "支持标准"],
      [1, "专精特新奖励", "对新认定的国家级、省级专精特新企业，分别给予30万元、10万元奖励；对当年通过复核并保持资格满三年的企业，再给予5万元奖励。"],
    ];
    const awards: Cell[][] = [
      [null, null, "单位：万元"],
      ["企业名称", "政策条目", "拟兑现金额"],
      ["甲精密有限公司", "专精特新奖励", 30],
      ["乙材料有限公司", "专精特新奖励", 35],
    ];
    const r = audit({ sheets: [grid(clauses, [], "条款"), grid(awards, [], "名单")], settings: { today: "2022-12-31" } });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
  });
});

describe("execution: a code outline wrapped into the next column pair", () => {
  // 部门决算 basic-expenditure tables run one list of 类/款 codes down three code | name | amount
  // pairs side by side: a 类 open at the foot of one pair takes the 款 at the head of the next.
  const threePairs = (kuan: number): Cell[][] => [
    ["基本支出决算表"],
    [null, null, null, null, null, null, null, null, "单位：万元"],
    ["人员经费", null, null, "公用经费", null, null, null, null, null],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
    [301, "工资福利支出", 50, 302, "商品和服务支出", 20, 30226, "劳务费", kuan],
    [30101, "基本工资", 30, 30201, "办公费", 6, 30299, "其他商品和服务支出", 2],
    [30102, "津贴补贴", 20, 30205, "水电费", 4, 310, "资本性支出", 3],
    [303, "对个人和家庭的补助", 5, 30211, "差旅费", 5, 31002, "办公设备购置", 3],
    [30302, "退休费", 5, null, null, null, null, null, null],
  ];
  const merges = ["A3:C3", "D3:I3"];

  it("302's 款 in the third pair are added to it: none is missing", () => {
    const r = run(threePairs(3), merges);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("and a 302 that its 款 in both pairs do not add up to is reported", () => {
    const r = run(threePairs(9), merges);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["F5"]);
  });

  it("two pairs under one plain header: the first pair's last 类 runs on into the second", () => {
    const values: Cell[][] = [
      ["某单位一般公共预算基本支出决算表"],
      ["科目代码", "科目名称", "金额", "科目代码", "科目名称", "金额"],
      [301, "工资福利支出", 78, 30107, "绩效工资", 10],
      [30101, "基本工资", 40, 30108, "基本养老保险缴费", 8],
      [30102, "津贴补贴", 20, 302, "商品和服务支出", 10],
      [null, null, null, 30201, "办公费", 9],
    ];
    // 301: 40 + 20 + 10 + 8 = 78 as stated; 302: 9, not the 10 stated.
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual(["F5"]);
  });
});

describe("execution: one row of figures across, budget and spending side by side (三公经费)", () => {
  // The categories are the columns, under 预算数 and again under 决算数; the table has one row of
  // figures. Each side's 合计 (and 小计) is checked against its parts, each category's spending
  // against its own budget.
  it("two header rows: the 决算 合计 against its categories, a category spent over its budget", () => {
    const values: Cell[][] = [
      ["2023年度“三公”经费支出决算表"],
      [null, null, null, null, null, null, null, "单位：万元"],
      ["预算数", null, null, null, "决算数", null, null, null],
      ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
      [10, 0.5, 5.5, 4, 9.5, 0.4, 4.9, 4.6],
    ];
    const r = run(values, ["A3:D3", "E3:H3"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    // 0.4 + 4.9 + 4.6 = 9.9, not 9.5; 公务接待费 4.6 against 4.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["E5"]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["H5"]);
  });

  it("three header rows with a 小计 and a 栏次 row: the 小计 against its own parts, not added twice", () => {
    const values: Cell[][] = [
      ["财政拨款“三公”经费支出决算表"],
      ["编制单位：某中心", null, null, null, null, null, null, null, null, "单位：万元"],
      ["年初预算数", null, null, null, null, "本年决算数", null, null, null, null],
      ["合计", "公务用车购置及运行费", null, null, "公务接待费", "合计", "公务用车购置及运行费", null, null, "公务接待费"],
      [null, "小计", "公务用车购置费", "公务用车运行费", null, null, "小计", "公务用车购置费", "公务用车运行费", null],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [8.5, 6.5, 4, 2.5, 2, 5.2, 3.2, 1.1, 1.5, 2],
    ];
    const merges = ["A3:E3", "F3:J3", "A4:A5", "B4:D4", "E4:E5", "F4:F5", "G4:I4", "J4:J5"];
    const r = run(values, merges);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    // 小计 3.2 against 1.1 + 1.5; the 合计 5.2 = 3.2 + 2 as stated; the budget side adds up.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["G7"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });
});

describe("composition: a money total first, its sources after it (资金总额 | 财政拨款 | 自有资金 …)", () => {
  it("a form's money applied for in one row across: the total is checked against its sources", () => {
    const values: Cell[][] = [
      ["项目绩效目标申报表（2019年度）"],
      ["项目名称", "农村饮水巩固提升", null, "项目属性", "延续项目"],
      ["项目资金（万元）", "资金总额", "财政资金", "单位自筹", "其他资金"],
      [null, 120.5, 100, 15.5, 0],
      ["年度目标", "完成3个村饮水工程", null, null, null],
    ];
    const r = run(values, ["A3:A4", "B2:C2", "B5:E5"]);
    // 100 + 15.5 + 0 = 115.5, not 120.5.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B4"]);
  });

  it("a list of projects with the total before its sources: each row's total is checked", () => {
    const values: Cell[][] = [
      [null, null, null, null, "单位：万元"],
      ["项目", "项目资金总额", "中央资金", "省级资金", "县级配套"],
      ["道路硬化", 300.0, 200.0, 60.0, 40.0],
      ["桥梁改造", 150.0, 100.0, 30.0, 10.0],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B4"]);
  });
});

describe("composition: each group's own amount under repeated measures", () => {
  // Measures repeated under two group labels (户数 | 标准 | 金额 under each kind of firm): the
  // second group's amount is an amount column of its own, and its 合计 is checked like the first's.
  it("the second group's 合计 is checked, and a row total after the groups is no unit × quantity", () => {
    const values: Cell[][] = [
      [null, null, null, null, null, null, null, "单位：万元"],
      ["县区", "首次升规企业", null, null, "成长型企业", null, null, "奖励合计"],
      [null, "户数", "奖励标准（万元/户）", "奖励金额", "户数", "奖励标准（万元/户）", "奖励金额", null],
      ["甲县", 4, 10, 40, 2, 5, 10, 50],
      ["乙区", 3, 10, 30, 1, 5, 5, 35],
      ["合计", 7, null, 70, 3, null, 20, 85],
    ];
    const r = run(values, ["A2:A3", "B2:D2", "E2:G2", "H2:H3"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    // 10 + 5 = 15, not 20; the first group and the row totals add up.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["G6"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
  });

  it("two groups of 项目数 | 补助金额 by source, no row total: the second source's 合计 is checked", () => {
    const values: Cell[][] = [
      ["某市2022年项目资金分配表（单位：万元）"],
      ["地区", "中央资金", null, "省级资金", null],
      [null, "项目数", "补助金额", "项目数", "补助金额"],
      ["甲县", 2, 120, 1, 30],
      ["乙县", 1, 80, 2, 45],
      ["合计", 3, 200, 3, 85],
    ];
    const r = run(values, ["A2:A3", "B2:C2", "D2:E2"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    // 30 + 45 = 75, not 85.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E6"]);
  });
});

describe("execution: planned and spent by project, each split by source (总计 | 拨款 | 自筹)", () => {
  it("安排经费 is the budget; each source's spending is held to its own budget; a wrong 合计 part is reported once", () => {
    const values: Cell[][] = [
      ["项目名称", "安排经费（万元）", null, null, "实际支出（万元）", null, null, "备注（类别）"],
      [null, "总计", "财政拨款", "自筹", "总计", "财政拨款", "自筹", null],
      ["甲项目", 100.0, 40.0, 60.0, 98.5, 42.5, 56.0, "工业"],
      ["乙项目", 50.0, 20.0, 30.0, 49.3, 19.3, 30.0, "农业"],
      ["合计", 150.0, 60.0, 90.0, 147.8, 62.8, 86.0, null],
    ];
    const r = run(values, ["A1:A2", "B1:D1", "E1:G1", "H1:H2"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    // 甲's 拨款 42.5 against 40; the 合计's 拨款 62.8 against 42.5 + 19.3 = 61.8 (not again as 147.8 ≠ 62.8 + 86).
    expect(ruleCells(r, "execution.overspent")).toEqual(["F3"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["F5"]);
  });

  it("经费安排 | 实际使用 with a 小计 and two sources: the budget's 合计 is checked too", () => {
    const values: Cell[][] = [
      [null, null, null, null, null, null, "单位：万元"],
      ["课题", "经费安排", null, null, "实际使用", null, null],
      [null, "小计", "财政资金", "单位自筹", "小计", "财政资金", "单位自筹"],
      ["课题一", 80.0, 50.0, 30.0, 70.0, 45.0, 25.0],
      ["课题二", 60.0, 40.0, 20.0, 55.0, 38.0, 17.0],
      ["合计", 140.0, 95.0, 50.0, 125.0, 83.0, 42.0],
    ];
    const r = run(values, ["A2:A3", "B2:D2", "E2:G2"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    // 财政资金 planned 50 + 40 = 90, not 95.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C6"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });
});

describe("forms: money under a side label, label | figure rows with no header row", () => {
  it("the total first, its 其中 lines under it: the total is checked", () => {
    const values: Cell[][] = [
      ["某镇2022年项目绩效目标表"],
      ["项目名称", "村道硬化", null, "主管部门", "某镇人民政府"],
      ["资金来源（万元）", "资金总额", 200.0, null, null],
      [null, "其中：上级补助", 150.0, null, null],
      [null, "本级配套", 60.0, null, null],
      ["年度目标", "硬化村道3公里", null, null, null],
    ];
    const r = run(values, ["A3:A5", "C3:E3", "C4:E4", "C5:E5", "B6:E6"]);
    const block = r.tables.find((t) => t.kind === "composition");
    expect(block?.range).toMatchObject({ r0: 2, r1: 4 });
    expect(block?.unit).toBe("万元");
    // 150 + 60 = 210 against 200.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C3"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("lines first, their 合计 last: the 合计 is checked", () => {
    const values: Cell[][] = [
      ["年度预算（万元）", "人员经费", 30.5],
      [null, "公用经费", 20.0],
      [null, "项目支出", 10.0],
      [null, "合计", 65.5],
    ];
    const r = run(values, ["A1:A4"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C4"]);
  });
});

describe("forms: a side label merged down beside a target table names the block, not a column", () => {
  it("绩效指标 over the block: 三级指标 is the target's name", () => {
    const values: Cell[][] = [
      ["项目绩效目标表（2023年度）"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "新建机耕道长度", "≥3公里"],
      [null, null, "质量指标", "工程验收合格率", "100%"],
      [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ];
    const [t] = tables(values, ["A2:A5", "B3:B4"]);
    expect(t.kind).toBe("targets");
    expect(fields(t)).toEqual([null, "type", null, "name", "target"]);
  });
});

describe("forms: money by source as label–value rows with colons, some sources left empty", () => {
  it("the block runs to the side label's end over the empty sources; the total is checked against the filled ones", () => {
    const values: Cell[][] = [
      ["财政支出项目绩效目标申报表（2022年度）"],
      ["项目名称", "乡村道路养护", null, null],
      ["项目资金（万元）", "资金总额：", 50.0, null],
      [null, "财政拨款：", 30.0, null],
      [null, "其他资金：", null, null],
      [null, "上年结转：", 12.5, null],
      ["项目概况", "对乡村道路实施日常养护。", null, null],
    ];
    const r = run(values, ["A3:A6", "B7:D7"]);
    const block = r.tables.find((t) => t.kind === "composition");
    expect(block?.range).toMatchObject({ r0: 2, r1: 5 });
    // 30 + 12.5 = 42.5 against 50.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C3"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });
});

describe("targets: an indicator's description is no name", () => {
  const rows = (content: string[]): Cell[][] => [
    ["一级指标", "二级指标", "分值", "指标内容", "指标值"],
    ["产出指标", "培训人次", 20, content[0], "≥500人次"],
    [null, "培训合格率", 20, content[1], "≥95%"],
    ["满意度指标", "学员满意度", 10, content[2], "≥90%"],
  ];

  it("指标内容 written as sentences: the names are in 二级指标", () => {
    const [t] = tables(rows(["全年举办培训班累计培训人次。", "考核合格学员占参训学员的比例。", "抽样调查学员对培训的满意程度。"]), ["A2:A3"]);
    expect(t.kind).toBe("targets");
    expect(fields(t)[1]).toBe("name");
    expect(fields(t)[3]).toBe(null);
  });

  it("指标内容 holding names: it stays the name", () => {
    const [t] = tables(rows(["培训人次", "培训合格率", "学员满意度"]), ["A2:A3"]);
    expect(fields(t)[3]).toBe("name");
  });
});

describe("register: a loan-interest list (贴息), the loan the base of the rate, the interest the award", () => {
  const catalog = { name: "目录", origin: "file" as const, items: [{ name: "企业贷款贴息", code: null, category: null, capType: "rate" as const, capAmount: 500_000, rate: 0.02, document: null, year: null }] };

  it("贷款金额 | 贴息比例 | 贴息金额, the loan's type beside them: the loan is the base, the type no item", () => {
    const values: Cell[][] = [
      ["2024年企业贷款贴息资金拟补助名单"],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "企业名称", "贷款类型", "贷款金额", "贴息比例", "贴息金额"],
      [1, "甲有限公司", "新增贷款", 1000, "2%", 20],
      [2, "乙有限公司", "存量贷款", 500, "2%", 15],
      [3, "丙有限公司", "展期贷款", 800, "2%", 16],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2024-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", null, "base", null, "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["F5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("under a notice's head rows (项目名称 | …) the item is in the notice's title; the office's sign-off under the figures is no row", () => {
    const values: Cell[][] = [
      ["关于2024年企业贷款贴息资金的公示"],
      ["项目名称", "企业贷款贴息"],
      ["补贴标准", "按贷款金额的2%贴息，单户最高不超过50万元"],
      ["公示时间", "2024年5月6日至5月12日"],
      [null],
      ["序号", "经营主体名称", "贷款类型", "贷款金额", "贴息比例", "贴息金额"],
      [1, "甲有限公司", "存量贷款", 1000, "2%", 20],
      [2, "乙有限公司", "新增贷款", 500, "2%", 12],
      ["合计", null, null, 1500, null, 32],
      [null, null, null, "某某局", null, "2024年5月6日"],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2024-12-31" } });
    const t = r.tables.find((x) => x.kind === "register");
    expect(t && fields(t)).toEqual(["seq", "enterprise", null, "base", null, "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["F8"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("the loans received in a year (2023年度实际到位贷款) and the interest proposed (拟贴息资金): base and award", () => {
    const values: Cell[][] = [
      ["2024年度企业贷款贴息资金公示"],
      ["单位：万元"],
      ["序号", "借款企业", "贷款银行", "2023年度实际到位贷款", "拟贴息资金", "备注"],
      [1, "甲有限公司", "某农商银行", 1000, 20, null],
      [2, "乙有限公司", "某农商银行", 500, 12, null],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2024-12-31" } });
    const t = r.tables[0];
    expect(t.columns.find((c) => c.col === 3)?.field).toBe("base");
    expect(t.columns.find((c) => c.col === 4)?.field).toBe("approved");
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5"]);
  });

  it("a 贷款贴息金额 heading is the award, not the base", () => {
    const values: Cell[][] = [
      ["企业贷款贴息名单"],
      ["序号", "企业名称", "贷款本金（万元）", "贷款贴息金额（万元）"],
      [1, "甲有限公司", 1000, 20],
      [2, "乙有限公司", 500, 11],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2024-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D4"]);
  });
});

describe("register: each firm's own project under an item's heading (扶持项目), the item in the title", () => {
  const catalog = { name: "目录", origin: "file" as const, items: [{ name: "产业集群发展扶持资金", code: null, category: null, capType: "max" as const, capAmount: 400_000, rate: null, document: null, year: null }] };

  it("扶持项目 naming each firm's project: the project, not the item; the title's item is checked", () => {
    const values: Cell[][] = [
      ["2012年产业集群发展扶持资金企业名单"],
      [null, null, null, null, "单位：万元"],
      ["序号", "企业名称", "所在乡镇", "扶持项目", "扶持资金"],
      [1, "甲有限公司", "某镇", "生产线技术改造", 30],
      [2, "乙有限公司", "某镇", "精深加工扩建", 45],
      [3, "丙有限公司", "某乡", "新型材料生产线", 40],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2012-12-31" } });
    const t = r.tables[0];
    expect(t.columns.find((c) => c.col === 3)?.field).toBe("project");
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("申报项目 before the firm, no place column: the same", () => {
    const values: Cell[][] = [
      ["产业集群发展扶持资金拟扶持项目公示（单位：万元）"],
      ["序号", "申报项目", "申报单位", "拟扶持金额"],
      [1, "智能装备研发平台建设", "甲有限公司", 35],
      [2, "绿色工厂改造", "乙有限公司", 50],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2012-12-31" } });
    const t = r.tables[0];
    expect(t.columns.find((c) => c.col === 1)?.field).toBe("project");
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("扶持项目 naming the catalog's items stays the item", () => {
    const two = { ...catalog, items: [...catalog.items, { ...catalog.items[0], name: "技术改造扶持资金", capAmount: 200_000 }] };
    const values: Cell[][] = [
      ["2012年产业集群发展扶持资金企业名单"],
      ["序号", "企业名称", "扶持项目", "扶持资金（万元）"],
      [1, "甲有限公司", "技术改造扶持资金", 30],
      [2, "乙有限公司", "产业集群发展扶持资金", 30],
    ];
    const r = audit({ sheets: [grid(values)], catalog: two, settings: { today: "2012-12-31" } });
    expect(r.tables[0].columns.find((c) => c.col === 2)?.field).toBe("item");
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D3"]);
  });
});

describe("composition: an allocation by two levels of place, the city over its counties", () => {
  // The broader place (市（州）, 地市, 设区市) left of the narrower (县（市、区）, 县区) groups it: the
  // city is the category, the county the line, and each city's 小计 is checked against its own.
  it("合计 first, each city's 小计 on its first row, the city merged down", () => {
    const values: Cell[][] = [
      ["某省2024年专项资金分配汇总表"],
      [null, null, null, "单位：万元"],
      ["序号", "市（州）", "县（市、区）", "下达金额"],
      ["合计", null, null, 500],
      [1, "甲市", "小计", 210],
      [null, null, "市本级", 100],
      [null, null, "子县", 100],
      [2, "乙州", "小计", 290],
      [null, null, "州本级", 90],
      [null, null, "丑县", 200],
    ];
    const r = run(values, ["A4:C4", "A5:A7", "B5:B7", "A8:A10", "B8:B10"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(fields(r.tables[0]).slice(1, 4)).toEqual(["category", "item", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("地市 | 县区, the city written once, its 小计 under its counties, a wrong 合计 last", () => {
    const values: Cell[][] = [
      ["地市", "县区", "分配资金（万元）"],
      ["甲市", "子县", 40],
      [null, "丑区", 60],
      [null, "小计", 100],
      ["乙市", "寅县", 30],
      [null, "小计", 30],
      ["合计", null, 140],
    ];
    const r = run(values);
    expect(fields(r.tables[0])).toEqual(["category", "item", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C7"]);
  });
});

describe("composition: 合计 beside 其中 columns whose headings name projects", () => {
  // A column under 其中 holding figures is a share of the money, whatever its heading says
  // (林业项目贷款贴息, 技改项目奖励): never the line, so the place names the rows and each
  // row's 合计 is checked against all its parts.
  it("two header rows, 其中 merged over two columns, dashes for nothing", () => {
    const values: Cell[][] = [
      ["2023年某项补助资金分配表"],
      [null, null, null, null, "单位：万元"],
      ["序号", "设区市", "合计", "其中", null],
      [null, null, null, "种植项目补助", "养殖项目补助"],
      [1, "甲市", 150, 100, 50],
      [2, "乙市", 80, 80, "—"],
      [3, "丙市", 60, 40, 20],
      ["合计", null, 290, 230, 70],
    ];
    const r = run(values, ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "A8:B8"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(fields(r.tables[0])).toEqual(["seq", "item", "amount", "amount", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D8"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("下达资金 with 其中 over 新建项目 | 续建项目, the place under 乡镇, no 合计 row", () => {
    const values: Cell[][] = [
      ["乡镇", "下达资金（万元）", "其中", null],
      [null, null, "新建项目", "续建项目"],
      ["子镇", 300, 200, 100],
      ["丑乡", 120, 100, 30],
      ["寅镇", 90, 90, "-"],
    ];
    const r = run(values, ["A1:A2", "B1:B2", "C1:D1"]);
    expect(fields(r.tables[0])).toEqual(["item", "amount", "amount", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B4"]);
  });
});

describe("composition: an allocation by project with its scale and the scale's unit", () => {
  // 单位 after a scale (建设规模 | 单位 over 亩, 平方米, 座) is the scale's unit of measure, no body
  // that applied: the rows are projects with their places, an allocation, and its total is checked.
  it("乡镇 | 项目名称 | 建设规模 | 单位 | 衔接资金: a composition, the wrong 合计 found", () => {
    const values: Cell[][] = [
      ["某县2024年衔接资金项目计划"],
      ["序号", "乡镇", "项目名称", "建设内容", "建设规模", "单位", "衔接资金（万元）"],
      [1, "甲镇", "甲村茶园提升项目", "茶园改造及灌溉设施", 300, "亩", 60],
      [2, "乙乡", "乙村产业路硬化项目", "硬化道路宽4.5米", 2.5, "公里", 90],
      [3, "甲镇", "丙村光伏电站项目", "建设村级光伏电站", 1, "座", 50],
      ["合计", null, null, null, null, null, 210],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(fields(r.tables[0])[2]).toBe("item");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["G6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("项目 | 建设地点 | 规模 | 单位 | 总投资 | 财政资金, no 合计: an allocation, nothing about unknown policies", () => {
    const values: Cell[][] = [
      ["项目", "建设地点", "规模", "单位", "总投资（万元）", "财政资金（万元）"],
      ["蔬菜大棚", "东村", 20, "个", 80, 60],
      ["冷链仓储", "西村", 500, "平方米", 120, 100],
      ["灌溉渠", "南村", 3, "千米", 45, 45],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "register.duplicate")).toEqual([]);
  });
});

describe("composition: a project's total investment beside the fund's money", () => {
  // 项目总投资 is what a project costs from every source; what the list allocates is the fund's
  // money (衔接资金, 财政补助资金): that is the amount, the investment a further column, and each
  // column's 合计 is checked against its own lines.
  it("总投资 | 衔接资金 | 其他资金: the fund's money is the amount, the investment's wrong 合计 found", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "实施地点", "项目总投资（万元）", "衔接资金（万元）", "其他资金（万元）"],
      [1, "甲村茶叶加工厂", "甲村", 80, 60, 20],
      [2, "乙村产业路", "乙村", 50, 50, 0],
      ["合计", null, null, 140, 110, 20],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    const amount = t.columns.filter((c) => c.field === "amount" && !c.part && c.group === undefined).map((c) => c.col);
    expect(amount).toEqual([4]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D4"]);
  });

  it("投资总额 after the money applied for: still a further column, each 合计 checked", () => {
    const values: Cell[][] = [
      ["项目", "所在乡镇", "财政补助资金（万元）", "投资总额（万元）"],
      ["冷库", "甲镇", 30, 100],
      ["大棚", "乙乡", 20, 45],
      ["合计", null, 60, 145],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    const amount = t.columns.filter((c) => c.field === "amount" && !c.part && c.group === undefined).map((c) => c.col);
    expect(amount).toEqual([2]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C4"]);
  });
});

describe("forms: two money blocks one under the other with the same headings, a target table below", () => {
  // An outer side label over both blocks (项目资金情况), an inner one beside each (资金来源, 支出明细):
  // the innermost bounds its block, so each is a table of its own with its own 合计. Last year's
  // figures beside this year's money are further columns; the form's planned level is the target.
  it("sources, then spending by line, then targets: three tables, the spending's wrong 合计 found", () => {
    const values: Cell[][] = [
      ["某市部门预算项目支出绩效目标申报表"],
      ["项目资金情况", "资金来源（万元）", "项目", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
      [null, null, "合计", 100, 90, 120],
      [null, null, "财政拨款", 100, 90, 120],
      [null, null, "其他资金", "——", "——", 0],
      [null, "支出明细（万元）", "项目", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
      [null, null, "合计", 100, 90, 130],
      [null, null, "设备维修", 60, 55, 70],
      [null, null, "耗材购置", 40, 35, 50],
      ["绩效指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划水平", "计算公式"],
      [null, "数量指标", "维修设备台数", "20台", "25台", "完成维修的台数"],
      [null, "质量指标", "设备完好率", "92%", "≥95%", "完好台数/总台数×100%"],
    ];
    const r = run(values, ["A2:A9", "B2:B5", "B6:B9", "A10:A12"]);
    expect(r.tables.map((t) => [t.kind, t.range.r0 + 1, t.range.r1 + 1])).toEqual([
      ["composition", 2, 5],
      ["composition", 6, 9],
      ["targets", 10, 12],
    ]);
    const main = r.tables[0].columns.filter((c) => c.field === "amount" && !c.part && c.group === undefined).map((c) => c.col);
    expect(main).toEqual([5]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["F7"]);
  });

  it("上年预算数 | 上年实际执行 | 本年申请资金 under 按来源 and 按用途: two tables, the sources' wrong 合计 found", () => {
    const values: Cell[][] = [
      ["资金情况", "按来源", "名称", "上年预算数", "上年实际执行", "本年申请资金"],
      [null, null, "合计", 50, 48, 66],
      [null, null, "一般公共预算", 30, 30, 40],
      [null, null, "政府性基金", 20, 18, 20],
      [null, "按用途", "名称", "上年预算数", "上年实际执行", "本年申请资金"],
      [null, null, "合计", 50, 48, 60],
      [null, null, "培训费", 20, 18, 25],
      [null, null, "印刷费", 30, 30, 35],
    ];
    const r = run(values, ["A1:A8", "B1:B4", "B5:B8"]);
    expect(r.tables.map((t) => [t.kind, t.range.r0 + 1, t.range.r1 + 1])).toEqual([
      ["composition", 1, 4],
      ["composition", 5, 8],
    ]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["F2"]);
  });
});

describe("execution: one level's budget against that level's share of the money paid out", () => {
  // 年初安排省级资金 | 已兑现资金 (合计 | 其中：省级资金 | 市县资金) | 省级资金执行率: what was paid out
  // (兑现) is spending, no budget line; the level's own budget is measured against its own share,
  // not the whole with the other levels' co-funding.
  const actualCols = (t: RecognisedTable) => t.columns.filter((c) => c.field === "actual").map((c) => c.col);

  it("the province's share is the spending: its wrong rate and its overspending found, none for the whole", () => {
    const values: Cell[][] = [
      ["某省专项资金兑现情况表"],
      ["序号", "奖补项目", "年初安排省级资金", "已兑现资金", null, null, "省级资金执行率"],
      [null, null, null, "合计", "其中：省级资金", "市县资金", null],
      [1, "技术改造奖励", 200, 500, 190, 310, "95.00%"],
      [2, "企业上规奖励", 100, 180, 110, 70, "100.00%"],
      ["合计", null, 300, 680, 300, 380, "100.00%"],
    ];
    const r = run(values, ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A6:B6"], "2023-12-31");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(actualCols(r.tables[0])).toEqual([4]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["G5"]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["E5"]);
  });

  it("市级预算安排 against 其中：市级 of 已兑现金额, no 序号: the same", () => {
    const values: Cell[][] = [
      ["资金名称", "市级预算安排", "已兑现金额", null, null, "执行率"],
      [null, null, "合计", "其中：市级", "区级配套", null],
      ["研发补助", 80, 150, 60, 90, "75.00%"],
      ["人才奖励", 40, 70, 30, 40, "70.00%"],
    ];
    const r = run(values, ["A1:A2", "B1:B2", "C1:E1", "F1:F2"], "2023-12-31");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(actualCols(r.tables[0])).toEqual([3]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F4"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });
});

describe("register: a column of places or of measured quantities is never the policy item", () => {
  const catalog = { name: "目录", origin: "file" as const, items: [{ name: "企业升级奖励", code: null, category: null, capType: "max" as const, capAmount: 300_000, rate: null, document: null, year: null }] };
  const col = (r: ReturnType<typeof run>, c: number) => r.tables[0].columns.find((x) => x.col === c)?.field ?? null;
  const audited = (values: Cell[][]) => audit({ sheets: [grid(values)], catalog, settings: { today: "2023-12-31" } });

  it("a district column under a heading naming no field (县（市、区）): the place; the title's item is checked", () => {
    const r = audited([
      ["2023年企业升级奖励名单"],
      ["序号", "县（市、区）", "企业名称", "奖励金额（万元）"],
      [1, "甲县", "甲有限公司", 20],
      [2, "乙市", "乙有限公司", 40],
      [3, "丙区", "丙有限公司", 30],
    ]);
    expect(col(r, 1)).toBe("registeredIn");
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("development areas and districts under 辖区, after the firm: the same", () => {
    const r = audited([
      ["企业升级奖励拟奖励名单（单位：万元）"],
      ["序号", "企业名称", "辖区", "奖励资金"],
      [1, "甲科技有限公司", "高新技术开发区", 35],
      [2, "乙制造有限公司", "某某区", 25],
      [3, "丙食品有限公司", "经济技术开发区", 10],
    ]);
    expect(col(r, 2)).toBe("registeredIn");
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D3"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("a scale with its unit (12万吨, 5万吨) beside what was retired: no item; the title's item is checked", () => {
    const r = audited([
      ["2023年企业升级奖励资金分配表（单位：万元）"],
      ["序号", "企业名称", "压减内容", "压减规模", "奖励资金"],
      [1, "甲钢铁有限公司", "炼钢", "12万吨", 45],
      [2, "乙水泥有限公司", "水泥", "5万吨", 20],
      [3, "丙水泥有限公司", "水泥", "8万吨", 25],
    ]);
    expect(col(r, 3)).toBeNull();
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E3"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("capacity in 万千瓦 and area in 平方米, no text column beside: no item either", () => {
    const r = audited([
      ["2023年企业升级奖励名单"],
      ["序号", "企业名称", "装机容量", "改造面积", "奖励金额（万元）"],
      [1, "甲能源有限公司", "3万千瓦", "1200平方米", 31],
      [2, "乙能源有限公司", "1.5万千瓦", "800平方米", 15],
    ]);
    expect([col(r, 2), col(r, 3)]).toEqual([null, null]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E3"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });
});

describe("register: a payment list by measure (措施), the place beside it", () => {
  const catalog = {
    name: "目录",
    origin: "file" as const,
    items: [
      { name: "支持企业做大做强", code: null, category: null, capType: "max" as const, capAmount: 1_000_000, rate: null, document: null, year: null },
      { name: "提升孵化能力", code: null, category: null, capType: "max" as const, capAmount: 100_000, rate: null, document: null, year: null },
    ],
  };
  const col = (r: ReturnType<typeof run>, c: number) => r.tables[0].columns.find((x) => x.col === c)?.field ?? null;
  const audited = (values: Cell[][]) => audit({ sheets: [grid(values)], catalog, settings: { today: "2023-12-31" } });

  it("企业名称 | 所在县（市、区） | 措施 | 兑现金额: the place and the item, a measure repeated, its cap checked", () => {
    const r = audited([
      ["2023年政策资金兑现名单"],
      [null, null, null, null, "单位：万元"],
      ["序号", "企业名称", "所在县（市、区）", "措施", "兑现金额"],
      [1, "甲有限公司", "甲县", "提升孵化能力", 12],
      [2, "乙有限公司", "乙区", "支持企业做大做强", 80],
      [3, "丙有限公司", "乙区", "提升孵化能力", 8],
    ]);
    expect([col(r, 2), col(r, 3)]).toEqual(["registeredIn", "item"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("支持措施 before the firm, 所属县区 after it: the same", () => {
    const r = audited([
      ["政策资金兑现名单（单位：万元）"],
      ["序号", "支持措施", "企业名称", "所属县区", "金额"],
      [1, "支持企业做大做强", "甲有限公司", "甲县", 120],
      [2, "支持企业做大做强", "乙有限公司", "乙市", 50],
      [3, "提升孵化能力", "丙有限公司", "丙区", 5],
    ]);
    expect([col(r, 1), col(r, 3)]).toEqual(["item", "registeredIn"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E3"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });
});

describe("composition: an allocation to counties for their industrial clusters", () => {
  // A cluster (产业集群) is many firms in one place: the money goes down to the place, no applicant.
  it("所在县区 | 集群名称 | 奖补资金: an allocation, the wrong 合计 found, nothing about policy items", () => {
    const values: Cell[][] = [
      ["产业集群奖补资金分配表"],
      ["序号", "所在县区", "集群名称", "奖补资金（万元）"],
      [1, "子县", "子县纺织产业集群", 200],
      [2, "丑区", "丑区装备制造产业集群", 150],
      [3, "寅县", "寅县食品加工产业集群", 100],
      ["合计", null, null, 500],
    ];
    const [t] = tables(values, ["A6:C6"]);
    expect(t.kind).toBe("composition");
    expect(t.columns[2].field).toBe("item");
    const r = run(values, ["A6:C6"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("盟市 | 旗县 | 产业集群名称 | 补助资金 (万元 above): the same", () => {
    const values: Cell[][] = [
      ["中小企业特色产业集群补助资金安排表"],
      [null, null, null, "单位：万元"],
      ["盟市", "旗县", "产业集群名称", "补助资金"],
      ["甲盟", "子旗", "子旗肉类加工中小企业特色产业集群", 100],
      ["乙市", "丑县", "丑县光伏材料中小企业特色产业集群", 120],
      ["合计", null, null, 200],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect([t.columns[0].field, t.columns[2].field, t.columns[3].field]).toEqual(["category", "item", "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["D6"]);
  });
});

describe("execution: the whole first, named for what it is rather than 合计 (一般公共预算支出 over its functions)", () => {
  // A final-accounts report's table puts the whole above its lines under its own name; the row is
  // known as the whole by its figures (one column adds up from the lines), and then every column's
  // figure of it is checked against the lines, the one that does not add up reported.
  it("the budget of the whole checked against its lines, its spending adding up", () => {
    const values: Cell[][] = [
      ["2021年一般公共预算支出决算表"],
      [null, null, null, "单位：万元"],
      ["项目", "调整预算数", "决算数", "占调整预算%"],
      ["一般公共预算支出", 1000, 930, "93.0%"],
      ["教育支出", 500, 480, "96.0%"],
      ["卫生健康支出", 300, 290, "96.7%"],
      ["其他支出", 150, 160, "106.7%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.total?.row).toBe(3);
    expect(t.rows.map((r) => r.label)).toEqual(["教育支出", "卫生健康支出", "其他支出"]);
    const r = run(values, [], "2021-12-31");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B4"]);
    // The whole carries no status: its lines do.
    expect(ruleCells(r, "execution.overspent")).toEqual(["C7"]);
  });

  it("the spending of the whole checked when its budget adds up", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["科目", "年初预算", "执行数"],
      ["专项资金", 90000, 61000],
      ["设备购置", 40000, 30000],
      ["人员培训", 20000, 11000],
      ["宣传推广", 30000, 21000],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.total?.label).toBe("专项资金");
    expect(ruleCells(run(values, [], "2023-12-31"), "execution.total-mismatch")).toEqual(["C3"]);
  });

  it("a first line that adds up from none of the columns is a line like the others", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "预算数", "决算数"],
      ["教育支出", 700, 690],
      ["卫生健康支出", 300, 290],
      ["其他支出", 150, 160],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.total).toBeNull();
    expect(t.rows).toHaveLength(3);
  });
});

describe("composition: an allocation by body and project, the body (部门, 单位, 市县) over its projects", () => {
  // Both columns name the line, the body's (单位名称, 部门, 县区) and the project's (项目名称): the
  // body left of its projects groups them, so it is the category and the project the line; a
  // classification written beside each line (支出功能分类科目) is then no category.
  it("the department over its projects, a classification column beside", () => {
    const values: Cell[][] = [
      ["2024年某专项资金预算表"],
      [null, null, "单位：万元"],
      ["部门", "项目名称", "金额", "支出功能分类科目"],
      ["合计", null, 300, null],
      ["甲局", "一号项目", 100, "2299999-其他支出"],
      ["甲局", "二号项目", 120, "2299999-其他支出"],
      ["乙中心", "三号项目", 70, "2130599-其他农业农村支出"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "amount", null]);
    const r = run(values);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C4"]);
    expect(ruleCells(r, "register.duplicate")).toEqual([]);
  });

  it("a county's or unit's column named with a slash, over the projects under 项目", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["市县/单位名称", "项目", "安排资金"],
      ["甲县", "道路硬化", 40],
      ["甲县", "饮水工程", 25],
      ["乙县", "产业园配套", 60],
      ["合计", null, 125],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["category", "item", "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });

  it("a body named after the project is the project's, no category", () => {
    const [t] = tables([
      ["单位：万元"],
      ["项目名称", "实施单位", "金额"],
      ["一号项目", "甲局", 100],
      ["二号项目", "乙中心", 120],
    ]);
    expect(fields(t)).toEqual(["item", null, "amount"]);
  });
});

describe("selfeval: a 自评表 whose money block holds no scores, the score at the form's head", () => {
  // The money block states the budgets, the spending and the rate only (预算执行率 is scored as an
  // indicator further down), so the title naming the form (自评) is what tells it from a list of
  // money; the form's own score (自评得分 | 96.7) stands in its head rows and is checked against the
  // indicators' scores.
  const form = (head: Cell[][], money: Cell[][]): Cell[][] => [
    ["某市部门项目支出绩效自评表（2021年）", null, null, null, null, null, null],
    ...head,
    ...money,
    ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "保障人数", 40, "500人", "500人", 40],
    [null, "时效指标", "完成时间", 20, "12月底前", "12月底前", 20],
    ["效益指标", "社会效益指标", "办学条件改善", 30, "明显改善", "明显改善", 28],
    ["满意度指标", "满意度指标", "家长满意度", 10, "≥90%", "95%", 10],
  ];

  it("the side label over two rows, the score beside the project's name", () => {
    const values = form(
      [["项目名称", "公用经费", null, null, "自评得分", 96, null]],
      [
        ["项目资金（万元）", null, "年初预算数", "调整预算数", "全年执行数", "执行率", null],
        [null, "年度资金总额", 50, 50, 48, "96.00%", null],
      ],
    );
    const [t] = tables(values);
    expect(t.kind).toBe("selfeval");
    expect(ruleCells(run(values), "selfeval.score-mismatch")).toEqual(["F2"]);
  });

  it("one header row, the score in a row of its own, the sum right", () => {
    const values = form(
      [
        ["项目名称", "校舍维护", null, null, null, null, null],
        ["自评总分", 98, null, null, null, null, null],
      ],
      [
        ["资金类别", "年初预算数", "全年预算数", "全年执行数", "执行率", null, null],
        ["年度资金总额", 20, 20, 19, "95.00%", null, null],
      ],
    );
    const [t] = tables(values);
    expect(t.kind).toBe("selfeval");
    expect(ruleCells(run(values), "selfeval.score-mismatch")).toEqual([]);
    const wrong = values.map((r) => [...r]);
    wrong[2][1] = 90;
    expect(ruleCells(run(wrong), "selfeval.score-mismatch")).toEqual(["B3"]);
  });
});

describe("catalog: a measures document, each clause headed 措施 with its content in words", () => {
  // A city's measures (若干措施) list each clause as 措施 | 支持内容; the payments under them name the 措施.
  it("reads 措施 | 支持内容 as a catalog and checks the payments against each clause's maximum", () => {
    const measures: Cell[][] = [
      ["某市支持民营经济发展若干措施"],
      ["序号", "措施", "支持内容"],
      [1, "支持孵化载体建设", "对首次认定的孵化器给予不超过20万元补助。"],
      [2, "奖励商贸企业上限", "对新晋限额以上商贸企业给予5万元一次性奖励。"],
    ];
    const payments: Cell[][] = [
      ["单位：万元"],
      ["序号", "企业名称", "措施", "兑现金额"],
      [1, "甲孵化器有限公司", "支持孵化载体建设", 25],
      [2, "乙商贸有限公司", "奖励商贸企业上限", 5],
    ];
    const r = audit({ sheets: [grid(measures, [], "政策措施"), grid(payments, [], "兑现名单")], settings: { today: "2023-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D3"]);
  });

  it("reads 政策措施 | 扶持内容 under numbered clauses the same way", () => {
    const measures: Cell[][] = [
      ["条款", "政策措施", "扶持内容"],
      ["（一）", "鼓励企业上规模", "对首次进入规模以上的工业企业，给予一次性奖励10万元。"],
      ["（二）", "支持企业技术改造", "按设备投资额的10%给予补助，最高不超过100万元。"],
    ];
    const [t] = recognise([grid(measures, [], "措施")]).tables;
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["seq", "item", "standard"]);
  });
});

describe("forms: a money total heading its block, its sources listed under 其中 to the block's end", () => {
  // The sources a target form lists under 年度资金总额 (其中：财政拨款 | 其他资金, or 中央 | 省级 | … |
  // 其他) are where all of the money comes from: they add up to the total, neither less nor more.
  it("其中：财政拨款 | 其他资金 adding up to less than 年度资金总额: the total is checked", () => {
    const values: Cell[][] = [
      ["项目支出绩效目标表（2023年度）"],
      ["项目名称", "农村饮水安全巩固提升", null, null],
      ["项目资金（万元）", "年度资金总额", 260.0, null],
      [null, "其中：财政拨款", 200.0, null],
      [null, "其他资金", 40.0, null],
      ["年度总体目标", "巩固提升农村饮水安全保障水平。", null, null],
    ];
    const r = run(values, ["A3:A5", "B6:D6"]);
    // 200 + 40 = 240 against 260.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C3"]);
  });

  it("four sources in 元 adding up: nothing to report; one short: the total is checked", () => {
    const rows = (other: number): Cell[][] => [
      ["专项资金绩效目标申报表"],
      ["资金情况（元）", "资金总额", 1_000_000.0],
      [null, "其中：中央补助", 600_000.0],
      [null, "省级补助", 250_000.0],
      [null, "县级配套", 100_000.0],
      [null, "其他来源", other],
    ];
    expect(ruleCells(run(rows(50_000), ["A2:A6"]), "composition.total-mismatch")).toEqual([]);
    expect(ruleCells(run(rows(0), ["A2:A6"]), "composition.total-mismatch")).toEqual(["C2"]);
  });

  it("one 其中 line alone is a share of the total, not its sources: less is fine", () => {
    const values: Cell[][] = [
      ["项目资金（万元）", "年度资金总额", 80.0],
      [null, "其中：财政拨款", 50.0],
    ];
    expect(ruleCells(run(values, ["A1:A2"]), "composition.total-mismatch")).toEqual([]);
  });
});

describe("forms: a form's head of label | value pairs is no header row", () => {
  // 项目名称 | 某某项目 | 项目类别 | 本级支出项目: each label is followed by its value, the value often
  // merged across the columns of the table below. Such a row is the form's, never a table's header
  // (its values read as headings would be columns: 本级支出项目 as spending).
  it("two rows of pairs over a cost table: the table's header is its own row", () => {
    const values: Cell[][] = [
      ["某市2023年部门预算项目支出绩效目标表"],
      ["项目名称", "档案数字化加工", null, "项目类别", "本级支出项目"],
      ["项目性质", "一次性项目", null, "立项依据", "市档案馆工作计划"],
      ["成本构成", "金额", "测算依据", null, "2022年实际执行数"],
      ["扫描加工费", 60, "按页计价", null, 55],
      ["数据著录费", 40, "按条计价", null, 38],
      ["合计", 100, null, null, 95],
    ];
    const merges = ["A1:E1", "B2:C2", "B3:C3", "C4:D4", "C5:D5", "C6:D6", "C7:D7"];
    const t = tables(values, merges);
    expect(t.map((x) => [x.kind, x.range.r0 + 1, x.range.r1 + 1])).toEqual([["composition", 4, 7]]);
    expect(fields(t[0])).toEqual(["item", "amount", null, null, "amount"]);
    // 55 + 38 = 93 against the history column's 95.
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("主管部门 | … | 实施单位 | … and 项目负责人 | … | 联系电话 | … over a spending list", () => {
    const values: Cell[][] = [
      ["主管部门", "某县农业农村局", "实施单位", "某县农技推广中心"],
      ["项目负责人", "王某", "联系电话", "0710-1234567"],
      ["支出内容", "预算金额（万元）", "单价（万元）", "数量"],
      ["技术培训", 12, 0.4, 30],
      ["示范田建设", 50, 5, 10],
    ];
    const t = tables(values);
    expect(t.map((x) => [x.kind, x.range.r0 + 1, x.range.r1 + 1])).toEqual([["composition", 3, 5]]);
    expect(fields(t[0])).toEqual(["item", "amount", "unitAmount", "quantity"]);
  });

  it("a pair row under a row read as a header ends it: its values are no unreadable figures", () => {
    const values: Cell[][] = [
      ["专项名称", "文化事业发展专项资金", "子项名称", "非遗保护补助资金"],
      ["项目类型", "延续项目", "主管部门", "某市文化和旅游局"],
      ["项目期限", "2023年", "项目负责人", "李某"],
      ["项目总投资", "15万元", "中央补助安排", 0],
      ["年度绩效目标", "完成非遗项目记录整理", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "整理非遗项目数", "≥10项"],
    ];
    const r = run(values, ["B5:D5"]);
    expect(r.tables.filter((t) => t.range.r1 > t.range.r0).map((t) => t.kind)).toEqual(["targets"]);
    expect(r.findings.map((f) => f.rule)).toEqual([]);
  });
});

describe("forms: the form's next section under a table ends it", () => {
  // A label with a sentence merged across the table's columns (绩效目标 | 以…为目标，…。) is the form's
  // next section, no line of the table above: its sentence is no unreadable amount.
  it("绩效目标 and its sentence under a cost table's 合计, a target table below", () => {
    const values: Cell[][] = [
      ["成本构成", "金额（万元）", "测算依据"],
      ["物业服务费", 80, "按面积计价"],
      ["设备维护费", 20, "据实结算"],
      ["合计", 100, null],
      ["绩效目标", "保障办公场所正常运转，服务对象满意度不低于90%。", null],
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "设备完好率", "≥95%"],
      ["满意度指标", "服务对象满意度", "≥90%"],
    ];
    const r = run(values, ["B5:C5"]);
    expect(r.tables.map((t) => [t.kind, t.range.r0 + 1, t.range.r1 + 1])).toEqual([
      ["composition", 1, 4],
      ["targets", 6, 8],
    ]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("年度总体目标 in a wider form, its sentence across the amount columns", () => {
    const values: Cell[][] = [
      ["支出项目", "申请金额", "测算依据", "备注"],
      ["培训费", 10, "按人次计", null],
      ["资料印刷费", 5, "按份数计", null],
      ["合计", 15, null, null],
      ["年度总体目标", "完成全县基层干部轮训一遍，培训满意度达到95%以上", null, null],
    ];
    const r = run(values, ["B5:D5"]);
    expect(r.tables.map((t) => [t.kind, t.range.r0 + 1, t.range.r1 + 1])).toEqual([["composition", 1, 4]]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });
});

describe("targets: 二级指标 merged over the category and the indicator's name", () => {
  // The heading spans two columns: the first holds the kind of indicator (数量指标, written once per
  // group), the last the indicators' names. The names are the deepest level.
  it("一级指标 | 二级指标 over two columns | 指标值: the last column under 二级指标 holds the names", () => {
    const values: Cell[][] = [
      ["一级指标", "二级指标", null, "当年预期实现值"],
      ["产出指标", "数量指标", "培训人次", "≥500人次"],
      [null, null, "发放资料份数", "≥1000份"],
      [null, "质量指标", "培训合格率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ];
    const [t] = tables(values, ["B1:C1", "A2:A4", "B2:B3"]);
    expect(t.kind).toBe("targets");
    expect(fields(t)).toEqual(["type", null, "name", "target"]);
  });

  it("a side label beside it, 绩效标准 and 保障措施 after the value", () => {
    const values: Cell[][] = [
      ["绩效指标", "一级指标", "二级指标", null, "绩效标准", "预期实现值", "保障措施"],
      [null, "产出指标", "时效指标", "维修响应时间", "反映维修及时程度", "≤24小时", "建立值班制度"],
      [null, null, null, "项目完成时间", "反映完成进度", "12月底前", "按月调度"],
      [null, "效益指标", "社会效益指标", "群众投诉下降率", "反映服务改善情况", "≥10%", "公开投诉渠道"],
    ];
    const [t] = tables(values, ["A1:A4", "C1:D1", "B2:B3", "C2:C3"]);
    expect(t.kind).toBe("targets");
    expect(fields(t).slice(1, 6)).toEqual(["type", null, "name", null, "target"]);
  });
});

describe("execution: base data by project, money by source under a group row, a 1/0 legend under the header", () => {
  // An evaluation's base-data sheet: a row of sections (项目基本情况 | 项目资金情况 | …) merged over
  // the fields, each source of money split into 计划 | 实际到位 | 实际支出, a row of `1/0` under the
  // yes/no columns, the 合计 first, and the form-filler's line at the foot. The plan is the budget
  // (money received is the budget only for a source with no plan); counts of firms are no money.
  const merges = ["A1:D1", "E1:J1", "K1:L1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:J2", "K2:K3", "L2:L3"];
  const rows = (spentFirst: number): Cell[][] => [
    ["项目基本情况", null, null, null, "项目资金情况", null, null, null, null, null, "项目绩效情况", null],
    ["序号", "地区", "项目承担单位", "资金安排年度", "省级资金", null, null, "自筹资金", null, null, "是否完工", "服务企业数（家）"],
    [null, null, null, null, "计划安排", "实际到位", "实际支出", "计划投入", "实际到位", "实际支出", null, null],
    [null, null, null, null, null, null, null, null, null, null, "1/0", null],
    ["合计", null, null, null, 150, 150, spentFirst + 60, 50, 50, 48, null, 500],
    [1, "甲市", "甲市中小企业服务中心", 2009, 100, 100, spentFirst, 30, 30, 30, 1, 300],
    [2, "乙市", "乙市技术服务平台", 2009, 50, 50, 60, 20, 20, 18, 1, 200],
    ["填表人签名：", null, null, null, null, "联系电话：", null, null, null, null, null, null],
  ];

  it("reads the four header rows from the group row, the plan as the budget, the bearer as the line", () => {
    const [t] = tables(rows(98), merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect([t.range.r0 + 1, t.range.r1 + 1]).toEqual([1, 7]);
    expect(fields(t).slice(0, 7)).toEqual(["seq", null, "category", "year", "budget", null, "actual"]);
    expect(fields(t)[11]).toBeNull();
    const r = run(rows(98), merges, "2010-10-31");
    // 乙市 spent 60 of a plan of 50.
    expect(ruleCells(r, "execution.overspent")).toEqual(["G7"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("a wrong 合计 first is found; the counts' 合计 is no money", () => {
    const values = rows(98);
    values[4][6] = 168;
    const r = run(values, merges, "2010-10-31");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["G5"]);
  });

  it("three header rows, no legend, 填报人签字 at the foot; a source with only 实际到位 | 实际支出 takes the receipts as its budget", () => {
    const values: Cell[][] = [
      ["基本情况", null, null, "资金情况", null, null, null, null],
      ["序号", "县区", "项目实施单位", "中央资金", null, null, "市级资金", null],
      [null, null, null, "计划投入", "实际到位", "实际支出", "实际到位", "实际支出"],
      [1, "甲县", "甲县农技推广站", 40, 40, 39, 10, 12],
      [2, "乙县", "乙县农业服务中心", 60, 50, 45, 10, 10],
      ["填报人签字：", null, null, null, "联系电话：", null, null, null],
    ];
    const m = ["A1:C1", "D1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:H2"];
    const [t] = tables(values, m);
    expect(t.kind).toBe("execution");
    expect([t.range.r0 + 1, t.range.r1 + 1]).toEqual([1, 5]);
    expect(fields(t)).toEqual(["seq", null, "category", "budget", null, "actual", "budget", "actual"]);
    // 甲县 spent 12 of the 10 市级 received.
    expect(ruleCells(run(values, m, "2010-12-31"), "execution.overspent")).toEqual(["H4"]);
  });
});

describe("context: a list's item, year and area from its title", () => {
  type Item = { name: string; capAmount: number; year: number | null };
  const catalogOf = (items: Item[]) => ({
    name: "目录",
    origin: "file" as const,
    items: items.map((i) => ({ name: i.name, code: null, category: null, capType: "fixed" as const, capAmount: i.capAmount, rate: null, document: null, year: i.year })),
  });
  const checked = (values: Cell[][], opts: { items?: Item[]; asOf?: string; district?: string } = {}) => {
    const district = opts.district ?? "闵行";
    return audit({
      sheets: [grid(values)],
      settings: { today: "2024-12-31", district, ...(opts.asOf ? { asOf: opts.asOf } : {}) },
      ...(opts.items ? { catalog: catalogOf(opts.items) } : {}),
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });
  };

  describe("a province's or a city's own list, the fund's district elsewhere: places judged against the area the title names", () => {
    it("a province's list by city: only the city of another province is outside", () => {
      const values: Cell[][] = [
        ["2022年湖北省制造业单项冠军企业名单"],
        ["序号", "市州", "企业名称", "奖励资金（万元）"],
        [1, "武汉市", "甲科技股份有限公司", 50],
        [2, "宜昌市", "乙化工有限公司", 50],
        [3, "长沙市", "丙机械有限公司", 50],
        [4, "襄阳市", "丁汽车零部件有限公司", 50],
      ];
      const r = checked(values);
      expect(ruleCells(r, "register.ineligible-location")).toEqual(["B5"]);
      expect(r.findings.find((f) => f.rule === "register.ineligible-location")?.message).toContain("湖北省");
    });

    it("a city's list by district: a district of another city is outside", () => {
      const values: Cell[][] = [
        ["单位：万元"],
        ["苏州市2023年度智能化改造示范企业奖励名单"],
        ["序号", "企业名称", "所在地", "奖励金额"],
        [1, "甲精密有限公司", "吴中区", 30],
        [2, "乙电子有限公司", "昆山市", 30],
        [3, "丙纺织有限公司", "无锡市梁溪区", 30],
      ];
      const r = checked(values);
      expect(ruleCells(r, "register.ineligible-location")).toEqual(["C6"]);
    });

    it("a title naming the area around the district (上海市…) leaves the district the judge", () => {
      const values: Cell[][] = [
        ["2023年上海市专精特新中小企业奖励名单"],
        ["序号", "企业名称", "注册地", "奖励金额（万元）"],
        [1, "甲科技有限公司", "七宝镇", 20],
        [2, "乙科技有限公司", "浦东新区", 20],
      ];
      expect(ruleCells(checked(values), "register.ineligible-location")).toEqual(["C4"]);
    });
  });

  describe("a title naming the designation the catalog's item rewards (…企业名单 for …企业奖励)", () => {
    const items = [{ name: "湖北省制造业单项冠军企业奖励", capAmount: 500_000, year: null }];
    it("the list of firms named is the item's list: its cap is checked", () => {
      const values: Cell[][] = [
        ["2022年湖北省制造业单项冠军企业拟定名单"],
        ["序号", "企业名称", "奖励资金（万元）"],
        [1, "甲科技股份有限公司", 50],
        [2, "乙化工有限公司", 60],
      ];
      const r = checked(values, { items });
      expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
      expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
    });

    it("补助 is a support word too", () => {
      const values: Cell[][] = [
        ["某市专精特新小巨人企业公示名单"],
        ["序号", "企业名称", "补助金额（万元）"],
        [1, "甲科技股份有限公司", 20],
        [2, "乙化工有限公司", 25],
      ];
      const r = checked(values, { items: [{ name: "专精特新小巨人企业补助", capAmount: 200_000, year: null }] });
      expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
    });

    it("two items of the same designation (奖励, 补助): the title names neither", () => {
      const values: Cell[][] = [
        ["某市专精特新小巨人企业公示名单"],
        ["序号", "企业名称", "补助金额（万元）"],
        [1, "甲科技股份有限公司", 20],
      ];
      const r = checked(values, {
        items: [
          { name: "专精特新小巨人企业补助", capAmount: 200_000, year: null },
          { name: "专精特新小巨人企业奖励", capAmount: 500_000, year: null },
        ],
      });
      expect(ruleCells(r, "cap.unknown-policy")).toEqual(["C3"]);
    });
  });

  describe("a year inside a batch's parentheses dates the batch of firms named, not the list", () => {
    const items = [{ name: "某省专精特新中小企业奖励", capAmount: 300_000, year: 2023 }];
    const years = (r: ReturnType<typeof checked>) => {
      const t = r.tables.find((x) => x.kind === "register");
      return t && t.kind === "register" ? [...new Set(t.rows.map((x) => x.year))] : [];
    };
    it("（2022年度第二批） with nothing else: the list is the as-of year's, the item found, its cap checked", () => {
      const values: Cell[][] = [
        ["某省专精特新中小企业（2022年度第二批）奖励资金拟安排表"],
        ["序号", "企业名称", "奖励资金（万元）"],
        [1, "甲科技有限公司", 30],
        [2, "乙科技有限公司", 40],
      ];
      const r = checked(values, { items, asOf: "2023-03-31" });
      expect(years(r)).toEqual([2023]);
      expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
      expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
    });

    it("（2022年第一批） after the designation, a year of the list's own before it: the list's", () => {
      const values: Cell[][] = [
        ["2024年某省专精特新中小企业（2022年第一批）奖励名单"],
        ["序号", "企业名称", "奖励资金（万元）"],
        [1, "甲科技有限公司", 30],
      ];
      expect(years(checked(values, { items, asOf: "2023-03-31" }))).toEqual([2024]);
    });

    it("no year in the title at all, an as-of date set: the as-of year's; none set: no year", () => {
      const values: Cell[][] = [
        ["林业贷款贴息资金申报明细表"],
        ["序号", "企业名称", "贴息金额（万元）"],
        [1, "甲林业有限公司", 3],
      ];
      expect(years(checked(values, { asOf: "2024-08-08" }))).toEqual([2024]);
      expect(years(checked(values))).toEqual([null]);
    });
  });

  describe("a catalog item naming the level that pays (中央财政, 省级财政), a title naming the item without it", () => {
    it("创业担保贷款中央财政贴息 for a title's 创业担保贷款贴息资金: the item found, its cap checked", () => {
      const values: Cell[][] = [
        ["2023年创业担保贷款贴息资金申报明细表"],
        ["序号", "企业名称", "贴息金额（万元）"],
        [1, "甲餐饮有限公司", 2],
        [2, "乙商贸有限公司", 4],
      ];
      const r = checked(values, { items: [{ name: "创业担保贷款中央财政贴息", capAmount: 30_000, year: null }] });
      expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
      expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
    });

    it("省级财政 left out and a few words of the title inside the name (龙头企业贷款贴息 for 龙头企业省级财政贴息)", () => {
      const values: Cell[][] = [
        ["农业产业化龙头企业贷款贴息资金明细表"],
        ["序号", "企业名称", "贴息金额（万元）"],
        [1, "甲农业有限公司", 12],
      ];
      const r = checked(values, { items: [{ name: "农业产业化龙头企业省级财政贴息", capAmount: 100_000, year: null }] });
      expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
    });

    it("two items differing only by the level that pays: the title names neither", () => {
      const values: Cell[][] = [
        ["创业担保贷款贴息资金申报明细表"],
        ["序号", "企业名称", "贴息金额（万元）"],
        [1, "甲餐饮有限公司", 2],
      ];
      const r = checked(values, {
        items: [
          { name: "创业担保贷款中央财政贴息", capAmount: 30_000, year: null },
          { name: "创业担保贷款省级财政贴息", capAmount: 20_000, year: null },
        ],
      });
      expect(ruleCells(r, "cap.unknown-policy")).toEqual(["C3"]);
    });
  });
});

describe("composition: money by source, each heading naming the document that allocated it", () => {
  it("合计 | 中央…资金（皖财农〔2024〕1179号） | 省级…资金（…）: the sources are parts of the 合计, the document no words of the heading", () => {
    const values: Cell[][] = [
      ["某县2025年第一批财政衔接资金分配表"],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "项目类别", "合计", "中央财政衔接资金（皖财农〔2024〕1179号）", "省级财政衔接资金（皖财农〔2024〕1314号）", "备注"],
      ["合计", null, 300, 200, 100, null],
      [1, "产业发展项目", 150, 100, 50, null],
      [2, "基础设施项目", 105, 60, 40, null],
      [3, "其他项目", 50, 40, 10, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(t.unit).toBe("万元");
    expect(fields(t)).toEqual(["seq", "item", "amount", "amount", "amount", null]);
    expect(t.columns.filter((c) => c.part).map((c) => c.col)).toEqual([3, 4]);
    // 基础设施 105 where 60 + 40 = 100; the 合计 300 against the lines' 305.
    expect(ruleCells(run(values), "composition.total-mismatch").sort()).toEqual(["C4", "C6"]);
  });

  it("one amount column naming its documents (财农〔2023〕5号、财农[2023]9号) beside the lines: read as the amount", () => {
    const values: Cell[][] = [
      ["某市2023年财政衔接资金分配表（单位：万元）"],
      ["县区", "下达资金（财农〔2023〕5号、财农[2023]9号）", "备注"],
      ["合计", 400, null],
      ["甲县", 150, null],
      ["乙县", 260, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", null]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["B3"]);
  });

  it("an empty 备注 after the sources of a 合计 is no source of it", () => {
    const values: Cell[][] = [
      ["项目", "合计", "中央资金", "省级资金", "备注"],
      ["甲项目", 30, 20, 10, null],
      ["乙项目", 50, 30, 20, null],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount", null]);
  });
});

describe("composition: a project's investment split under a merged 其中 into its sources", () => {
  it("预计总投资 | 其中 over 财政奖补资金 | 筹资筹劳资金 | 村集体资金: the sources are parts of the investment, a town's excess found", () => {
    const values: Cell[][] = [
      ["某县2022年度一事一议财政奖补项目汇总表"],
      [null, null, null, null, null, null, null, "单位：万元"],
      ["序号", "镇（区）", "项目个数（个）", "预计总投资", "其中", null, null, "备注"],
      [null, null, null, null, "财政奖补资金", "一事一议筹资筹劳资金", "村集体资金", null],
      [1, "甲镇", 6, 100, 60, 20, 20, null],
      [2, "乙镇", 5, 80, 50, 15, 60, null],
      ["合计", null, 11, 180, 110, 35, 35, null],
    ];
    const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4"];
    const [t] = tables(values, merges);
    expect(fields(t).slice(3, 7)).toEqual(["amount", "amount", "amount", "amount"]);
    expect(t.columns.filter((c) => c.part).map((c) => [c.col, c.part?.of])).toEqual([[4, 3], [5, 3], [6, 3]]);
    expect(t.columns[3].aside).toBeFalsy();
    // 乙镇's 村集体资金 60 where 15 belongs: 50 + 15 + 60 = 125 against its 80, and the column's 合计 35
    // against the towns' 80; the 合计 row's own parts (110 + 35 + 35) add up to its 180.
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["D6", "G7"]);
  });

  it("a 合计 shown to one decimal (format 0.0) under lines shown to two: its parts may differ by what one decimal hides", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["镇", "预计总投资", "其中：财政奖补资金", "其中：村集体资金"],
      ["甲镇", 100.25, 60.12, 40.13],
      ["乙镇", 80.2, 50.1, 30.1],
      ["合计", 180.5, 110.22, 70.23],
    ];
    const numberFormats = values.map((row, r) => row.map((_, c) => (c === 0 || r < 2 ? null : r === 4 && c === 1 ? "0.0" : "0.00")));
    const r = audit({ sheets: [{ ...grid(values), numberFormats }], settings: { today: "2023-12-31" } });
    // 110.22 + 70.23 = 180.45 against the 180.5 shown: 0.05, what 180.5 at one decimal allows; the
    // towns' 180.45 likewise. The same 合计 shown to two decimals (180.50) is 0.05 off.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
    const twoDecimals = numberFormats.map((row) => row.map((f) => (f === "0.0" ? "0.00" : f)));
    const r2 = audit({ sheets: [{ ...grid(values), numberFormats: twoDecimals }], settings: { today: "2023-12-31" } });
    expect(ruleCells(r2, "composition.total-mismatch")).toEqual(["B5"]);
  });

  it("项目总投资（万元） | 其中：中央资金 | 其中：自筹资金 in one row: the same", () => {
    const values: Cell[][] = [
      ["项目名称", "项目总投资（万元）", "其中：中央资金", "其中：自筹资金"],
      ["甲项目", 50, 30, 20],
      ["乙项目", 40, 30, 20],
    ];
    const [t] = tables(values);
    expect(t.columns.filter((c) => c.part).map((c) => [c.col, c.part?.of])).toEqual([[2, 1], [3, 1]]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["B3"]);
  });
});

describe("units: every amount written with its unit in the cell (20万元), the table stating none", () => {
  it("项目名称 | 建设地点 | 投资规模 with 20万元 … and a 合计 in 万元: the table is in 万元, the wrong 合计 found", () => {
    const values: Cell[][] = [
      ["某区2018年专项扶贫资金分配表"],
      ["序号", "项目名称", "建设地点", "投资 规模", "责任 单位"],
      [1, "甲村道路硬化项目", "甲村", "20万元", "甲办事处"],
      [2, "乙村饮水工程项目", "乙村", "15.5万元", "乙镇"],
      ["合计", null, null, "36.5万元", null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(t.unit).toBe("万元");
    expect(t.unitSource).toBe("cells");
    const r = run(values);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D5"]);
    expect(r.findings.filter((f) => f.rule === "input.unreadable-value")).toEqual([]);
  });

  it("amounts in 元 written 12,000元: the table is in 元 from its cells; a mix of units or of bare figures leaves the default", () => {
    const yuan: Cell[][] = [
      ["项目", "金额"],
      ["甲项目", "12,000元"],
      ["乙项目", "8,000元"],
    ];
    expect(tables(yuan)[0].unitSource).toBe("cells");
    expect(tables(yuan)[0].unit).toBe("元");
    const mixed: Cell[][] = [
      ["项目", "金额"],
      ["甲项目", "2万元"],
      ["乙项目", "8,000元"],
    ];
    expect(tables(mixed)[0].unitSource).toBe("default");
    const bare: Cell[][] = [
      ["项目", "金额"],
      ["甲项目", "2万元"],
      ["乙项目", 3],
    ];
    expect(tables(bare)[0].unitSource).toBe("default");
  });
});

describe("context: an allocation's year from the note under it stating where the money comes from", () => {
  const yearOf = (values: Cell[][]) => tables(values)[0].context?.year ?? null;
  const body: Cell[][] = [
    ["县区名称", "资金分配额(万元)", "备注"],
    ["合计", 300, null],
    ["甲县", 100, null],
    ["乙县", 200, null],
  ];
  it("资金来源：…追加2018年…资金 under a title without a year: 2018", () => {
    expect(yearOf([["某市财政扶贫专项资金分配表"], ...body, ["资金来源：某省追加2018年东西部扶贫协作专项资金300万元。"]])).toBe(2018);
  });
  it("注：资金来源为2021年中央财政衔接资金: 2021", () => {
    expect(yearOf([["某县衔接资金分配表"], ...body, ["注：本表资金来源为2021年中央财政衔接资金。"]])).toBe(2021);
  });
  it("the title's year first; a note naming a year but no source gives none", () => {
    expect(yearOf([["某市2020年财政扶贫专项资金分配表"], ...body, ["资金来源：某省追加2019年东西部扶贫协作专项资金。"]])).toBe(2020);
    expect(yearOf([["某市财政扶贫专项资金分配表"], ...body, ["注：参照2017年标准测算。"]])).toBe(null);
  });
});

describe("register: a payment list by project, each paid to the body carrying it out", () => {
  // A list that pays (本次拨付, 拨付日期) names who is paid after the project: the body carrying it
  // out (项目实施单位: a village's co-operative, a town's government) is the payee, not the item.
  const items = (name: string, capAmount: number) => ({
    name: "目录",
    origin: "file" as const,
    items: [{ name, code: null, category: null, capType: "max" as const, capAmount, rate: null, document: null, year: null }],
  });
  const checked = (values: Cell[][], catalog?: ReturnType<typeof items>) =>
    audit({ sheets: [grid(values)], settings: { today: "2024-12-31", asOf: "2024-12-31" }, ...(catalog ? { catalog } : {}) });

  it("项目实施单位 after the project, an allocation and what is paid now with its date: the payee, the overpayment found", () => {
    const values: Cell[][] = [
      ["2024年衔接资金拨付明细表"],
      [null, null, null, null, null, null, "单位：万元"],
      ["序号", "乡镇", "项目名称", "项目实施单位", "分配资金", "本次拨付", "拨付日期"],
      [1, "甲镇", "甲镇甲村光伏电站项目", "甲村股份经济合作社", 30, 30, "2024-05-10"],
      [2, "乙镇", "乙镇乙村产业路项目", "乙镇人民政府", 20, 25, "2024-05-12"],
      [3, "丙镇", "丙镇丙村冷库项目", "丙村股份经济合作社", 40, 40, "2024-06-01"],
    ];
    const r = checked(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0])).toEqual(["seq", "registeredIn", "project", "enterprise", "approved", "paidNow", "paidOn"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["F5"]);
  });

  it("实施单位 after the project, money paid before and now: the payee too", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "实施单位", "下达资金（万元）", "已拨付（万元）", "本次拨付（万元）"],
      [1, "农村饮水安全巩固提升", "甲镇人民政府", 100, 60, 40],
      [2, "村级道路硬化", "乙村股份经济合作社", 50, 20, 40],
    ];
    const r = checked(values);
    expect(r.tables[0].kind).toBe("register");
    expect(fields(r.tables[0])[2]).toBe("enterprise");
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["F3"]);
  });

  it("the same body after the project in a list that pays nothing stays the project's: an allocation", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "项目实施单位", "分配资金（万元）"],
      [1, "甲村光伏电站项目", "甲村股份经济合作社", 30],
      [2, "乙村产业路项目", "乙镇人民政府", 20],
      ["合计", null, null, 60],
    ];
    const r = checked(values);
    expect(r.tables[0].kind).toBe("composition");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D4"]);
  });

  it("a title naming the fund by its short name (衔接资金): the catalog's 衔接推进乡村振兴补助资金 is the item, its cap checked", () => {
    const values: Cell[][] = [
      ["2024年衔接资金分配拨付明细表（第三批）"],
      ["序号", "项目名称", "项目实施单位", "分配资金（万元）", "本次拨付（万元）"],
      [1, "甲村光伏电站项目", "甲村股份经济合作社", 30, 30],
      [2, "乙村产业路项目", "乙镇人民政府", 120, 100],
    ];
    const r = checked(values, items("中央财政衔接推进乡村振兴补助资金", 1_000_000));
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
    const q = checked(values, items("衔接推进乡村振兴补助资金（以工代赈项目）", 1_000_000));
    expect(ruleCells(q, "cap.exceeded")).toEqual(["D4"]);
  });

  it("two items of the fund (直接支付, 以工代赈): the short name names neither", () => {
    const values: Cell[][] = [
      ["2024年衔接资金拨付明细表"],
      ["序号", "项目名称", "项目实施单位", "分配资金（万元）", "本次拨付（万元）"],
      [1, "甲村光伏电站项目", "甲村股份经济合作社", 30, 30],
    ];
    const two = items("衔接推进乡村振兴补助资金（直接支付项目）", 1_000_000);
    two.items.push({ ...two.items[0], name: "衔接推进乡村振兴补助资金（以工代赈项目）" });
    expect(ruleCells(checked(values, two), "cap.unknown-policy")).toEqual(["D3"]);
  });
});

describe("execution: a fund's final accounts with the money carried over at the year's start and end", () => {
  // 年初结转和结余 is money left from earlier years, no budget: spending above it (paid from the
  // year's income) is no overspending, and the table has no budget to measure spending against.
  it("年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余: no budget read, the wrong total found", () => {
    const values: Cell[][] = [
      ["政府性基金预算财政拨款收入支出决算表"],
      [null, null, null, null, null, null, "金额单位：万元"],
      ["项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
      ["功能分类科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出", null],
      ["合计", null, 5, 80, 90, 0, 80, 5],
      [208, "社会保障和就业支出", 0, 50, 50, 0, 50, 0],
      [229, "其他支出", 5, 30, 30, 0, 30, 5],
      [2296002, "用于社会福利的彩票公益金", 5, 30, 30, 0, 30, 5],
    ];
    const merges = ["A3:B3", "C3:C4", "D3:D4", "E3:G3", "H3:H4"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(fields(t)).not.toContain("initialBudget");
    expect(fields(t)).not.toContain("budget");
    const r = run(values, merges, "2023-12-31");
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["E5"]);
  });

  it("one header row (科目名称 | 年初结转结余 | 本年拨款收入 | 本年拨款支出 | 年末结转结余): spending above the carry-over is no overspending", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["科目名称", "年初结转结余", "本年拨款收入", "本年拨款支出", "年末结转结余"],
      ["大中型水库移民后期扶持基金支出", 2, 40, 38, 4],
      ["彩票公益金安排的支出", 1, 10, 11, 0],
    ];
    const [t] = tables(values);
    expect(fields(t)).not.toContain("initialBudget");
    expect(ruleCells(run(values, [], "2023-12-31"), "execution.overspent")).toEqual([]);
  });
});

describe("forms: a target approval form's money block with fields beside it, and targets scored under a heading's points", () => {
  // A 绩效目标审批表 lists its money under a side label merged down (项目资金预算执行 10分) with the
  // form's other fields beside the amounts (财政资金科目代码 | 21305) and the year's execution rate
  // closing the block; its targets carry 分值 that add up to the points their heading states.
  it("the money block with a code and a budget class beside it, closed by the rate; the targets' 分值 short of the heading's 90", () => {
    const values: Cell[][] = [
      ["2024年某镇产业路建设项目支出绩效目标审批表", null, null, null, null, null, null],
      ["预算单位：某镇人民政府", null, null, null, "金额单位：万元", null, null],
      ["项目名称", "某镇产业路建设项目", null, null, "项目分类", "基础设施类", null],
      ["实施单位", "某镇人民政府", "项目负责人", "（略）", "联系电话", "（略）", null],
      ["项目总体概况", "硬化产业路3公里。", null, null, null, null, null],
      ["项目资金\n预算执行\n10分", "项目总预算", 120, "财政资金预算分类", "一般公共预算", null, null],
      [null, "当年年度预算", 120, null, null, null, null],
      [null, "其中：财政资金", 100, "财政资金科目代码", 21305, null, null],
      [null, "其中：其它资金", 10, null, null, null, null],
      [null, "年度预算执行率", "100%", "分值", "10分", null, null],
      ["年度绩效目标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
      [null, "产出指标", "数量指标", "硬化道路长度", "≥3公里", 30, "按设计完成"],
      [null, null, "质量指标", "验收合格率", "100%", 20, null],
      [null, "效益指标", "社会效益指标", "受益人口", "≥500人", 20, null],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10, null],
    ];
    const merges = ["A1:G1", "A6:A10", "A11:A15", "B12:B13"];
    const r = run(values, merges);
    expect(r.tables.map((t) => [t.kind, t.range.r0 + 1, t.range.r1 + 1])).toEqual([
      ["composition", 6, 9],
      ["targets", 11, 15],
    ]);
    expect(r.tables[0].unit).toBe("万元");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C7"]);
    expect(ruleCells(r, "selfeval.weights")).toEqual(["A11"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("a block with one field beside it and no rate row; 分值 making the heading's 90: no weights finding", () => {
    const values: Cell[][] = [
      ["项目支出绩效目标申报表（2024年度）", null, null, null, null, null],
      ["项目名称", "某村饮水工程", "主管部门", "某县水利局", null, null],
      ["项目资金（万元）", "年度资金总额", 80, "资金性质", "一般公共预算", null],
      [null, "其中：财政拨款", 80, null, null, null],
      [null, "其他资金", 0, null, null, null],
      ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值"],
      [null, "产出指标", "数量指标", "新建蓄水池", "2座", 40],
      [null, "效益指标", "社会效益指标", "受益人口", "≥300人", 30],
      [null, "满意度指标", "服务对象满意度", "群众满意度", "≥90%", 20],
    ];
    const merges = ["A1:F1", "A3:A5", "A6:A9"];
    const r = run(values, merges);
    expect(r.tables.map((t) => [t.kind, t.range.r0 + 1, t.range.r1 + 1])).toEqual([
      ["composition", 3, 5],
      ["targets", 6, 9],
    ]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "selfeval.weights")).toEqual([]);
  });

  it("其中 parts ending with the rest (其他资金) are all of their line; without the rest, a share only", () => {
    const withRest: Cell[][] = [
      ["资金来源", "金额（万元）"],
      ["项目总投资", 200],
      ["年度资金", 150],
      ["其中：财政资金", 100],
      ["其中：其他资金", 30],
    ];
    expect(ruleCells(run(withRest), "composition.total-mismatch")).toEqual(["B3"]);
    const shares: Cell[][] = [
      ["资金来源", "金额（万元）"],
      ["项目总投资", 200],
      ["年度资金", 150],
      ["其中：中央资金", 100],
      ["其中：省级资金", 30],
    ];
    expect(ruleCells(run(shares), "composition.total-mismatch")).toEqual([]);
  });
});

describe("register: a loan-interest list's interest paid is the base of its rate, and its title names the firms in short", () => {
  // An interest subsidy is a share of the interest a firm actually paid (实际产生利息, 实际支付利息):
  // that column is the base of the catalog's rate. The list's title names the fund after those it
  // supports in the short form offices use (农业龙头企业 for 农业产业化省级重点龙头企业), its headings the support (贴息).
  const rateItem = (name: string, rate: number, cap: number) => ({ name, code: null, category: null, capType: "rate" as const, capAmount: cap, rate, document: null, year: null });
  const catalogOf = (...items: ReturnType<typeof rateItem>[]) => ({ name: "目录", origin: "file" as const, items });

  it("实际产生利息 read as the base; 农业龙头企业 in the title names the 农业产业化省级重点龙头企业 loan-interest item", () => {
    const values: Cell[][] = [
      ["2023年支持农业龙头企业发展资金使用计划表", null, null, null, null],
      ["企业名称", "贷款金额（万元）", "实际产生利息（万元）", "拟贴息（万元）", "备注"],
      ["甲食品有限公司", 800, 20, 8, null],
      ["乙农业有限公司", 1000, 10, 6, null],
      ["丙药业有限公司", 3000, 90, 25, null],
    ];
    const catalog = catalogOf(rateItem("农业产业化省级重点龙头企业贷款贴息", 0.5, 200_000));
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])[2]).toBe("base");
    expect(fields(r.tables[0])[3]).toBe("approved");
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D4"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("实际支付利息 with the loan beside it, a title shortening 农业产业化国家重点龙头企业; headings without 贴息 name no item", () => {
    const values: Cell[][] = [
      ["序号", "申报单位", "贷款本金（元）", "实际支付利息（元）", "贴息金额（元）"],
      [1, "甲米业有限公司", 5_000_000, 200_000, 60_000],
      [2, "乙茶业有限公司", 2_000_000, 80_000, 40_000],
    ];
    const titled = (title: string, v: Cell[][]) => [[title, null, null, null, null], ...v];
    const catalog = catalogOf(rateItem("农业产业化国家重点龙头企业贷款贴息", 0.3, 500_000));
    const r = audit({ sheets: [grid(titled("2022年度扶持农业龙头企业专项资金分配表", values))], catalog, settings: { today: "2022-12-31" } });
    expect(fields(r.tables[0])[3]).toBe("base");
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E4"]);
    // The same title over an award list (奖励金额): the short name alone does not name a loan-interest item.
    const awards: Cell[][] = [
      ["序号", "申报单位", "奖励金额（元）"],
      [1, "甲米业有限公司", 60_000],
    ];
    const r2 = audit({ sheets: [grid(titled("2022年度扶持农业龙头企业专项资金分配表", awards))], catalog, settings: { today: "2022-12-31" } });
    expect(ruleCells(r2, "cap.rate-exceeded")).toEqual([]);
    expect(r2.findings.some((f) => f.rule === "cap.unknown-policy")).toBe(true);
  });
});

describe("register: a title naming a fund and, in its own words, the part of it an item is", () => {
  // A catalog item for one part of a fund closes its name with the part (…专项资金（企业项目）); a
  // list's title names the fund and the part in words of its own (…专项资金拟支持企业项目名单).
  const maxItem = (name: string, cap: number) => ({ name, code: null, category: null, capType: "max" as const, capAmount: cap, rate: null, document: null, year: null });

  it("…专项资金拟支持企业项目名单 names …专项资金（企业项目）: its maximum is checked, no unknown policy", () => {
    const catalog = { name: "目录", origin: "file" as const, items: [maxItem("中央引导地方科技发展专项资金（企业项目）", 5_000_000)] };
    const values: Cell[][] = [
      ["2018年度中央引导地方科技发展专项资金拟支持企业项目名单", null, null],
      ["项目名称", "项目承担单位", "支持资金（万元）"],
      ["智能焊接研发", "甲装备有限公司", 600],
      ["隔膜材料研发", "乙材料有限公司", 300],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2018-12-31" } });
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("two parts of one fund: the title's part picks its own item", () => {
    const catalog = {
      name: "目录",
      origin: "file" as const,
      items: [maxItem("省级工业转型升级专项资金（技术改造项目）", 2_000_000), maxItem("省级工业转型升级专项资金（智能化项目）", 1_000_000)],
    };
    const values: Cell[][] = [
      ["2020年省级工业转型升级专项资金智能化项目拟安排计划", null],
      ["企业名称", "拟安排资金（万元）"],
      ["甲机械有限公司", 150],
      ["乙电子有限公司", 80],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2020-12-31" } });
    expect(ruleCells(r, "cap.exceeded")).toEqual(["B3"]);
  });
});

describe("catalog: a policy's clause table with the clause each standard comes from, and awards given as places", () => {
  // A policy cut into one row per award gives, beside its standard, the clause it comes from
  // (条款 | 第8条): that is the row's document. An award given as places for a firm's managers
  // (3个、2个名额的奖励), valued by a share of what they contribute, states no amount a list can be
  // checked against: it is reported unreadable, not read as a rate.
  it("条款 beside 支持标准 is the document; 名额 awarded with a percentage are unreadable", () => {
    const values: Cell[][] = [
      ["某市工业政策意见（摘录）", null, null, null],
      ["序号", "政策项目", "支持标准", "条款"],
      [1, "示范园区奖励", "认定的省级示范园区给予60万元奖励。", "第8条"],
      [2, "运营企业业绩考核奖励", "考核前两名分别给予高管人员3个、2个名额的奖励，奖励额度参照个人所得形成地方贡献度的80%确定。", "第8条"],
      [3, "设备购置补助", "按设备购置金额的20%给予补助，最高不超过100万元。", "第9条"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["seq", "item", "standard", "document"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["C4"]);
  });

  it("所属条款 after the standard; places for a firm's talents with a share of a tax as their value: unreadable", () => {
    const values: Cell[][] = [
      ["支持事项", "奖励标准", "所属条款"],
      ["优秀企业奖励", "对年度优秀企业给予人才奖励2个名额，每个名额奖励额度按其个人所得税地方留成部分的50%核定。", "第三条第（二）款"],
      ["技术中心奖励", "对新认定的省级企业技术中心给予一次性奖励50万元。", "第四条"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["item", "standard", "document"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["B2"]);
  });
});

describe("execution: 其中 lines that are all of their line (税收收入 | 非税收入) must add up to it", () => {
  // A revenue line split into its parts under 其中, the last the complement of another (非税收入
  // beside 税收收入) or the rest (其他资金): the parts are all of the line, so they add up to it in
  // every amount column. Parts that are only some of it (教育, 社会保障 under 支出) are not summed.
  it("一、收入 | 其中：税收收入 | 非税收入 | 二、支出: the revenue's spending apart from its parts is reported", () => {
    const values: Cell[][] = [
      ["某县2024年1-4月财政预算执行情况表", null, null, null],
      [null, null, null, "单位：万元"],
      ["项目", "年初预算数", "1-4月累计完成", "完成年初预算%"],
      ["一、一般公共预算收入", 6000, 2400, "40.0%"],
      ["其中：税收收入", 2000, 800, "40.0%"],
      ["非税收入", 4000, 1620, "40.5%"],
      ["二、一般公共预算支出", 25000, 10000, "40.0%"],
      ["其中：教育支出", 5000, 2000, "40.0%"],
      ["社会保障和就业支出", 4000, 1500, "37.5%"],
    ];
    const r = run(values, [], "2024-04-30");
    expect(r.tables[0].kind).toBe("execution");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C4"]);
  });

  it("其中：财政拨款 | 其中：其他资金 under a project's budget, unnumbered: the budget apart from its parts is reported", () => {
    const values: Cell[][] = [
      ["项目", "预算数（万元）", "执行数（万元）"],
      ["农村道路建设", 300, 150],
      ["其中：财政拨款", 200, 100],
      ["其中：其他资金", 80, 50],
      ["农田水利建设", 100, 60],
      ["其中：中央资金", 40, 20],
    ];
    const r = run(values, [], "2024-12-31");
    expect(r.tables[0].kind).toBe("execution");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B2"]);
  });
});

describe("allocations by county in groups: a 小计 under lines of several cities closes its group", () => {
  it("小计 under each group, the city written on every line: the group's lines, not the last city's", () => {
    const values: Cell[][] = [
      ["序号", "市", "县", "安排资金（万元）"],
      ["一、甲类县（每县500万元）", null, null, null],
      [1, "甲市", "东县", 500],
      [2, "乙市", "西县", 500],
      [3, "乙市", "南县", 500],
      ["小计", null, null, 1500],
      ["二、乙类县（每县100万元）", null, null, null],
      [1, "乙市", "北县", 100],
      [2, "甲市", "中县", 150],
      [3, "丙市", "上县", 100],
      ["小计", null, null, 300],
      ["合计", null, null, 1800],
    ];
    const merges = ["A2:D2", "A6:C6", "A7:D7", "A11:C11", "A12:C12"];
    const r = run(values, merges);
    // 乙类: 100 + 150 + 100 = 350 against the stated 300; the 合计 adds the stated 小计 and agrees.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D11"]);
  });

  it("no category rows, the city on every line: each 小计 sums the lines since the last one", () => {
    const values: Cell[][] = [
      ["市州", "县（市）", "分配金额（元）"],
      ["A市", "一县", 2000],
      ["B市", "二县", 3000],
      ["小计", null, 5000],
      ["B市", "三县", 1000],
      ["A市", "四县", 1000],
      ["C市", "五县", 500],
      ["小计", null, 2500],
      ["合计", null, 7500],
    ];
    const r = run(values);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
    const wrong = values.map((row) => [...row]);
    wrong[6][2] = 700;
    expect(ruleCells(run(wrong), "composition.total-mismatch")).toEqual(["C8"]);
  });
});

describe("allocations to villages: 乡镇 | 村 | 项目名称, the village the line, its town the group", () => {
  it("money by level of government under one heading: 乡镇 groups, 村 names the line", () => {
    const values: Cell[][] = [
      ["某县2024年村级集体经济项目资金计划表", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：万元"],
      ["序号", "乡镇", "村", "项目名称", "补助资金", null, null],
      [null, null, null, null, "合计", "其中：中央", "市县"],
      [1, "甲镇", "东村", "光伏电站入股项目", 80, 50, 30],
      [2, "甲镇", "西村", "光伏电站入股项目", 80, 50, 30],
      [3, "乙乡", "南村", "冷库建设项目", 90, 50, 30],
      ["合计", null, null, null, 250, 150, 90],
    ];
    const merges = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "A8:D8"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 3)).toEqual(["seq", "category", "item"]);
    // 南村 90 against 50 + 30; the 合计 row 250 against its parts 150 + 90.
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["E7", "E8"]);
  });

  it("行政村 beside its 乡镇, one 建设内容 for them all, one amount", () => {
    const values: Cell[][] = [
      ["乡镇", "行政村", "建设内容", "扶持资金（万元）"],
      ["东乡", "一村", "入股合作社", 50],
      ["东乡", "二村", "入股合作社", 50],
      ["西镇", "三村", "入股合作社", 50],
      ["合计", null, null, 160],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 3)).toEqual(["category", "item", null]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["D5"]);
  });

  it("each village its own project: the project names the line, the village is unread", () => {
    const values: Cell[][] = [
      ["乡镇", "村名", "项目名称", "衔接资金（万元）"],
      ["东乡", "一村", "产业路硬化", 50],
      ["东乡", "二村", "冷库新建", 30],
      ["西镇", "三村", "灌溉渠修缮", 20],
      ["合计", null, null, 100],
    ];
    const [t] = tables(values);
    expect(fields(t).slice(1, 3)).toEqual([null, "item"]);
  });
});

describe("allocations in whole 万元: the amounts decided, so they add up exactly", () => {
  it("seven projects in whole 万元 adding up to 2 more than the 合计: reported", () => {
    const values: Cell[][] = [
      ["某县水利专项资金安排表", null, null, null],
      [null, null, null, "单位：万元"],
      ["序号", "乡镇名称", "项目名称", "金额"],
      [1, "东镇", "山塘清淤", 20],
      [2, "西乡", "渠道修复", 15],
      [3, "南镇", "河道治理", 20],
      [4, "北乡", "堤岸加固", 10],
      [5, "中镇", "护岸修复", 12],
      [6, "上乡", "水圳修复", 10],
      [7, "下镇", "排洪工程", 15],
      ["合计", null, null, 100],
    ];
    expect(ruleCells(run(values, ["A1:D1", "A11:C11"]), "composition.total-mismatch")).toEqual(["D11"]);
  });

  it("whole 万元 in the heading, one short: reported; figures to two decimals keep their rounding", () => {
    const whole: Cell[][] = [
      ["县（市、区）", "分配资金（万元）"],
      ["甲县", 30],
      ["乙县", 40],
      ["丙区", 29],
      ["丁县", 50],
      ["合计", 150],
    ];
    expect(ruleCells(run(whole), "composition.total-mismatch")).toEqual(["B6"]);
    const rounded: Cell[][] = [
      ["县（市、区）", "分配资金（万元）"],
      ["甲县", 30.33],
      ["乙县", 40.33],
      ["丙区", 29.33],
      ["合计", 100],
    ];
    expect(ruleCells(run(rounded), "composition.total-mismatch")).toEqual([]);
  });
});

describe("target tables giving each place's value in a column of its own", () => {
  it("三级指标 | 指标解释 | one column per village: the first village's column is the target", () => {
    const values: Cell[][] = [
      ["某县水利专项资金绩效目标表", null, null, null, null, null, null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "东镇山村", "西乡河村"],
      [null, "产出指标", "数量指标", "新建山塘（座）", "反映山塘建设数量", 2, 1],
      [null, null, "质量指标", "验收合格率（%）", "反映工程质量", 100, 100],
      [null, "效益指标", "社会效益指标", "受益人口（人）", "反映受益群众数量", 300, 450],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度（%）", "反映群众满意程度", 90, 90],
    ];
    const merges = ["A1:G1", "A2:A6", "B3:B4"];
    const t = tables(values, merges).find((x) => x.kind === "targets");
    expect(t && [t.range.r0 + 1, t.range.r1 + 1]).toEqual([2, 6]);
    expect(t?.columns.find((c) => c.col === 5)?.field).toBe("target");
  });

  it("指标名称 and three projects' columns, values written with their signs", () => {
    const values: Cell[][] = [
      ["一级指标", "二级指标", "指标名称", "甲项目", "乙项目", "丙项目"],
      ["产出指标", "数量指标", "培训人次", "≥200人次", "≥150人次", "≥100人次"],
      [null, "时效指标", "完成时间", "2023年底前", "2023年底前", "2023年底前"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%", "≥85%"],
    ];
    const t = tables(values, ["A2:A3"]).find((x) => x.kind === "targets");
    expect(t?.columns.find((c) => c.col === 3)?.field).toBe("target");
  });
});

describe("award lists: a column naming each applicant's kind or level is its category", () => {
  it("示范级别 between the town and the award: read as the category", () => {
    const values: Cell[][] = [
      ["序号", "家庭农场名称", "所在乡镇", "示范级别", "补助资金（万元）"],
      [1, "甲家庭农场", "东镇", "省级示范家庭农场", 10],
      [2, "乙家庭农场", "西乡", "市级示范家庭农场", 8],
      [3, "丙家庭农场", "南镇", "市级示范家庭农场", 8],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "category", "approved"]);
  });

  it("企业类型 and 企业规模 before the money: each read as the category", () => {
    for (const heading of ["企业类型", "企业规模"]) {
      const values: Cell[][] = [
        ["序号", "单位名称", heading, "补贴金额（元）"],
        [1, "甲有限公司", "中小微企业", 9000],
        [2, "乙有限公司", "大型企业", 5000],
      ];
      const [t] = tables(values);
      expect(t.kind).toBe("register");
      expect(fields(t)).toEqual(["seq", "enterprise", "category", "approved"]);
    }
  });

  it("晋档情况 (the band a firm moved up to): the category", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "晋档情况", "奖励资金（万元）"],
      [1, "甲有限公司", "营业收入首次突破10亿元", 50],
      [2, "乙有限公司", "营业收入首次突破50亿元", 100],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["seq", "enterprise", "category", "approved"]);
  });
});

describe("award lists: each row's kind names which of a policy's items applies", () => {
  const rateItem = (name: string, rate: number) => ({ name, code: null, category: null, capType: "rate" as const, capAmount: null, rate, document: null, year: null });
  const catalog = {
    name: "目录",
    origin: "file" as const,
    items: [rateItem("稳岗返还（中小微企业）", 0.9), rateItem("稳岗返还（大型企业）", 0.5), rateItem("技能提升补贴（大型企业）", 0.3)],
  };

  it("企业类型 中小微企业 / 大型企业 under a title naming the fund: each row's rate from its kind's item", () => {
    const values: Cell[][] = [
      ["2021年度稳岗返还单位名单", null, null, null, null],
      ["序号", "单位名称", "企业类型", "实际缴纳失业保险费（元）", "返还金额（元）"],
      [1, "甲有限公司", "中小微企业", 10000, 9000],
      [2, "乙有限公司", "大型企业", 10000, 5000],
      [3, "丙有限公司", "大型企业", 10000, 9000],
      [4, "丁有限公司", "中小微企业", 10000, 9500],
    ];
    const r = audit({ sheets: [grid(values, ["A1:E1"])], catalog, settings: { today: "2021-12-31" } });
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5", "E6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("a kind only one item has, the title naming no fund: that item", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "企业规模", "计算基数（元）", "补贴金额（元）"],
      [1, "甲有限公司", "中小微企业", 20000, 18000],
      [2, "乙有限公司", "中小微企业", 20000, 19000],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2021-12-31" } });
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
  });
});

describe("award lists: the item named by the support word and 项目 (奖补项目, 补助项目)", () => {
  const fixed = (name: string, cap: number) => ({ name, code: null, category: null, capType: "fixed" as const, capAmount: cap, rate: null, document: null, year: null });
  const catalog = { name: "目录", origin: "file" as const, items: [fixed("新增规模以上工业企业补助", 50_000), fixed("安全生产标准化建设补助", 30_000)] };

  for (const heading of ["奖补项目", "补助项目"]) {
    it(`${heading} beside the credit code: the item, so caps are checked and one firm's two items are no duplicate`, () => {
      const values: Cell[][] = [
        ["序号", "企业名称", "统一社会信用代码", heading, "奖补金额（万元）"],
        [1, "莆田市甲鞋材有限公司", "91350304MA2Y7K3LPY", "新增规模以上工业企业补助", 5],
        [2, "莆田市甲鞋材有限公司", "91350304MA2Y7K3LPY", "安全生产标准化建设补助", 5],
        [3, "莆田乙机械有限公司", "91350304MA31Q2B8RA", "安全生产标准化建设补助", 3],
      ];
      const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2015-12-31" } });
      expect(r.tables[0].columns.map((c) => c.field)).toEqual(["seq", "enterprise", "creditCode", "item", "approved"]);
      expect(ruleCells(r, "cap.exceeded")).toEqual(["E3"]);
      expect(ruleCells(r, "register.duplicate")).toEqual([]);
    });
  }
});

describe("catalog: a percentage the award is conditional on (增幅达25%以上) is no rate", () => {
  const list = (standard: string): Cell[][] => [
    ["序号", "奖补项目", "奖补标准", null, null],
    [1, "技术改造奖励", standard, null, null],
    [null, null, null, null, null],
    ["序号", "企业名称", "奖补项目", "留成财力增量（万元）", "奖补金额（万元）"],
    [1, "甲有限公司", "技术改造奖励", 120, 30],
    [2, "乙有限公司", "技术改造奖励", 100, 20],
  ];

  it("增幅达25%以上 before 按…的20%: the rate is 20%", () => {
    const r = run(list("投资额达100万元以上且当年度工业产值增幅达25%以上的，按该企业当年度留成财力增量部分的20%予以奖励。"));
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5"]);
  });

  it("增长30%（含）以上 before the rate of 10%: the rate is 10%", () => {
    const r = run(list("营业收入增长30%（含）以上的企业，按其留成财力增量的10%给予奖励。"));
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5", "E6"]);
  });
});

describe("a 绩效评价评分表: a money block without scores above the scored indicators", () => {
  const indicators: Cell[][] = [
    ["一级指标", "二级指标", "三级指标", "分值", "得分", "备注"],
    ["项目决策（40分）", "项目立项（20分）", "立项依据充分性", 20, 20, null],
    [null, "绩效目标（20分）", "绩效目标合理性", 20, 18, null],
    ["项目绩效（60分）", "项目产出（60分）", "完成数量", 60, 55, null],
    ["总分", null, null, 100, 95, null],
  ];

  it("side label over 年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率: one self-evaluation", () => {
    const values: Cell[][] = [
      ["某市2019年度项目支出绩效评价评分表", null, null, null, null, null],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "执行率"],
      [null, "年度资金总额", 200, 200, 150, "80.0%"],
      ...indicators,
    ];
    const merges = ["A1:F1", "A2:A3", "A8:C8"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("selfeval");
    const r = run(values, merges);
    expect(ruleCells(r, "selfeval.rate-mismatch")).toEqual(["F3"]);
    expect(ruleCells(r, "selfeval.score-mismatch")).toEqual(["E8"]);
  });

  it("资金类别 | 预算数 | 执行数 with its 其中 line, under a 项目绩效评价评分表 title", () => {
    const values: Cell[][] = [
      ["某县项目绩效评价评分表", null, null, null, null, null],
      ["资金类别", "预算数", "执行数", "执行率", null, null],
      ["年度资金总额", 100, 100, "100%", null, null],
      ["其中：财政拨款", 100, 100, "100%", null, null],
      ...indicators,
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("selfeval");
    expect(ruleCells(run(values, ["A1:F1"]), "selfeval.score-mismatch")).toEqual(["E9"]);
  });
});

describe("a self-evaluation scoring its indicators alone, with no money block", () => {
  it("序号 | 一级 | 二级 | 三级指标 | 指标分值 | 指标解释 | 评分标准 | 自评得分 under a 自评表 title: one self-evaluation", () => {
    const values: Cell[][] = [
      ["2023年度部门整体支出绩效自评表", null, null, null, null, null, null, null],
      ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "评分标准", "自评得分"],
      [1, "决策（30分）", "目标设定（30分）", "目标合理性", 30, "目标是否符合部门职责。", "合理得满分（30分）", 30],
      [2, "过程（30分）", "资金管理（30分）", "预算执行率", 30, "执行数/预算数×100%。", "≥95%得满分，每低1个百分点扣1分。", 32],
      [3, "效果（40分）", "产出（40分）", "完成率", 40, "完成工作数与计划数之比。", "按完成比例（40分）计分。", 36],
      ["合计", null, null, null, 100, null, null, 96],
    ];
    const merges = ["A1:H1", "A6:D6"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("selfeval");
    expect(ruleCells(run(values, merges), "selfeval.score-mismatch")).toEqual(["H4", "H6"]);
  });

  it("一级 / 二级 / 三级指标 | 分值 | 得分 | 备注 under a 绩效自评 title, the first level merged down", () => {
    const values: Cell[][] = [
      ["某局2022年度整体支出绩效自评表", null, null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "分值", "得分", "备注"],
      ["产出", "数量", "完成工作数", 40, 40, null],
      [null, "质量", "质量达标率", 30, 28, "部分未达标"],
      ["效益", "满意度", "服务对象满意度", 30, 30, null],
      ["总分", null, null, 100, 97, null],
    ];
    const merges = ["A3:A4", "A6:C6"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("selfeval");
    expect(ruleCells(run(values, merges), "selfeval.score-mismatch")).toEqual(["E6"]);
  });
});

describe("revenue execution with two breakdowns of one total (by kind, by level)", () => {
  it("（一）按构成分 / （二）按级次分 under 一、…收入, 1-5月完成 the spending: each breakdown adds up on its own", () => {
    const values: Cell[][] = [
      ["2024年1-5月财政收支执行情况表", null, null, null],
      [null, null, null, "单位：万元"],
      ["项目", "年初预算", "1-5月完成", "占年初预算%"],
      ["一、财政总收入", 1000, 400, "40.0%"],
      ["（一）按构成分：税收收入", 800, 300, "37.5%"],
      ["非税收入", 200, 100, "50.0%"],
      ["（二）按级次分：上划收入", 600, 250, "41.7%"],
      ["地方收入", 400, 150, "37.5%"],
      ["二、一般公共预算支出", 5000, 2000, "45.0%"],
    ];
    const [t] = tables(values, ["A1:D1"]) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget", "actual", "rate"]);
    const r = run(values, ["A1:D1"], "2024-05-31");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D9"]);
  });

  it("（一）按来源分 / （二）按用途分 under 一、项目资金: a breakdown that does not add up is reported, the other not", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "执行数", "执行率"],
      ["一、项目资金", 100, 80, "80.0%"],
      ["（一）按来源分：中央资金", 60, 50, "83.3%"],
      ["省级资金", 40, 30, "75.0%"],
      ["（二）按用途分：工程建设", 70, 60, "85.7%"],
      ["设备购置", 20, 20, "100.0%"],
      ["二、工作经费", 10, 10, "100.0%"],
    ];
    const r = run(values, [], "2024-12-31");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B2"]);
  });
});

describe("a subsidy sent down by county and paid out (下达 | 兑付)", () => {
  it("县市 | 下达资金 | 兑付资金 under a caption row: the money sent is the budget, the payout the spending", () => {
    const values: Cell[][] = [
      ["某州2023年种粮补贴各县市资金兑付情况表", null, null],
      ["单位：万元", null, null],
      ["县市", "下达资金", "兑付资金"],
      ["甲县", 120.5, 120.5],
      ["乙市", 80.25, 90.25],
      ["丙县", 40, 40],
      ["合计", 240.75, 240.75],
    ];
    const merges = ["A1:C1", "A2:C2"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "actual"]);
    const r = run(values, merges, "2023-09-30");
    expect(ruleCells(r, "execution.overspent")).toEqual(["C5"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7"]);
  });

  it("序号 | 区县 | 下达金额 | 兑付金额 | 兑付率: the rate is checked against the payout", () => {
    const values: Cell[][] = [
      ["序号", "区县", "下达金额（元）", "兑付金额（元）", "兑付率"],
      [1, "东区", 50000, 45000, "90%"],
      [2, "西区", 30000, 30000, "100%"],
      [3, "南区", 20000, 10000, "40%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["seq", "category", "budget", "actual", "rate"]);
    expect(ruleCells(run(values, [], "2023-09-30"), "execution.rate-mismatch")).toEqual(["E4"]);
  });
});

describe("register: a rent subsidy taken of the rent actually paid", () => {
  const catalog = (rate: number) => ({ name: "目录", origin: "file" as const, items: [{ name: "厂房租金补贴", code: null, category: null, capType: "rate" as const, capAmount: null, rate, document: null, year: null }] });

  it("企业名称 | 租赁面积 | 实付年租金 | 补贴金额: the rent paid is the base of the rate", () => {
    const values: Cell[][] = [
      ["2019年度厂房租金补贴名单"],
      ["序号", "企业名称", "租赁面积（㎡）", "实付年租金（元）", "补贴金额（元）"],
      [1, "甲机械有限公司", 1200, 60000, 18000],
      [2, "乙电子有限公司", 800, 40000, 16000],
    ];
    const r = audit({ sheets: [grid(values)], catalog: catalog(0.3), settings: { today: "2019-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", null, "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E4"]);
  });

  it("企业 | 实际支付租金 | 租金补贴, in 万元: the rent paid is the base, the 租金补贴 the award", () => {
    const values: Cell[][] = [
      ["标准厂房租金补贴拟补助企业"],
      [null, null, "单位：万元"],
      ["企业", "实际支付租金", "租金补贴"],
      ["丙食品有限公司", 50, 25],
      ["丁纺织有限公司", 30, 9],
    ];
    const r = audit({ sheets: [grid(values)], catalog: catalog(0.4), settings: { today: "2019-12-31" } });
    expect(fields(r.tables[0])).toEqual(["enterprise", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["C4"]);
  });
});

describe("catalog: levels listed twice, joined by 或, then 分别给予 one amount each", () => {
  const awards = (national: number, provincial: number): Cell[][] => [
    [null, null, null, null, "单位：万元"],
    ["序号", "申报单位", "支持事项", "项目名称", "拟补助金额"],
    [1, "甲园区开发建设有限公司", "示范基地", "国家示范基地（装备制造）", national],
    [2, "乙产业园运营管理有限公司", "示范基地", "省级示范基地", provincial],
  ];

  it("国家级、省级…或…国家、省四星级（含）以上…的，分别给予200万元、100万元: read, each row within the larger", () => {
    const clauses: Cell[][] = [
      ["序号", "支持事项", "支持标准"],
      [1, "示范基地", "对成功创建为国家级、省级示范基地或在年度评价中认定为国家、省四星级（含）以上示范基地的，分别给予200万元、100万元一次性奖励。"],
    ];
    const r = audit({ sheets: [grid(clauses, [], "清单"), grid(awards(200, 100), [], "汇总表")], settings: { today: "2023-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.no-cap")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual([]);
  });

  it("新获批国家级、省级…或者复核为国家、省级…的企业，分别奖励50万元、20万元: an award above the larger is reported", () => {
    const clauses: Cell[][] = [
      ["序号", "支持事项", "支持标准"],
      [1, "示范基地", "对新获批国家级、省级示范基地或者复核为国家、省级优秀示范基地的企业，分别奖励50万元、20万元。"],
    ];
    const r = audit({ sheets: [grid(clauses, [], "清单"), grid(awards(60, 20), [], "汇总表")], settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.no-cap")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E3"]);
  });
});

describe("register: an award list of firms named in a ministry's list, the money 拟拨付", () => {
  const catalog = { name: "目录", origin: "file" as const, items: [{ name: "智能制造示范工厂奖励", code: null, category: null, capType: "fixed" as const, capAmount: 500_000, rate: null, document: null, year: null }] };

  it("企业名称 | 试点示范名称 | 获批文件 | 拟拨付奖励资金（万元） | 备注: a register, the fixed amount and repeats checked", () => {
    const values: Cell[][] = [
      ["2022年度智能制造示范工厂奖励拟拨付名单", null, null, null, null, null],
      ["序号", "企业名称", "公布的试点示范名称", "获批文件名称及文号", "拟拨付奖励资金（万元）", "备注"],
      [1, "甲智能装备有限公司", "智能制造示范工厂", "工信厅通装函〔2022〕1号", 50, "符合政策"],
      [2, "乙汽车零部件股份有限公司", "智能制造示范工厂", null, 60, "符合政策"],
      [3, "丙电子科技有限公司", "智能制造示范工厂", null, 0, "已享受一企一策"],
      [4, "甲智能装备有限公司", "智能制造示范工厂", null, 50, "符合政策"],
    ];
    const merges = ["A1:F1", "D3:D6"];
    const r = audit({ sheets: [grid(values, merges)], catalog, settings: { today: "2023-06-30" } });
    expect(r.tables[0].kind).toBe("register");
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "category", null, "approved", null]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
    // A repeat is reported on its row's enterprise cell (no item column).
    expect(ruleCells(r, "register.duplicate")).toEqual(["B6"]);
  });

  it("申报企业 | 示范名称 | 拟拨付资金, in 元, the title naming what is rewarded, then the fund: the same", () => {
    const values: Cell[][] = [
      ["2023年度智能制造示范工厂企业制造强市专项资金拟拨付名单"],
      [null, null, "单位：元"],
      ["申报企业", "示范名称", "拟拨付资金"],
      ["丁精密制造有限公司", "智能制造示范工厂", 500000],
      ["戊新材料有限公司", "智能制造示范工厂", 800000],
    ];
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2023-06-30" } });
    expect(r.tables[0].kind).toBe("register");
    expect(fields(r.tables[0])).toEqual(["enterprise", "category", "approved"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C5"]);
  });
});

describe("composition: an allocation by area, each area's uses under it (区域 | 资金用途)", () => {
  // The area groups its uses as a city groups its counties: the area is the category, the use the line.
  it("区域 | 资金用途 | 合计 | 中央 | 省级, a 小计 above each area's uses", () => {
    const values: Cell[][] = [
      ["某县2024年衔接资金分配表"],
      [null, null, null, null, "单位：万元"],
      ["区域", "资金用途", "合计", "中央资金", "省级资金"],
      ["东片", "小计", 100, 70, 30],
      [null, "产业发展", 60, 40, 20],
      [null, "基础设施", 40, 30, 10],
      ["西片", "小计", 80, 50, 30],
      [null, "产业发展", 50, 30, 20],
      [null, "就业帮扶", 25, 20, 10],
      ["合计", null, 180, 120, 60],
    ];
    const merges = ["A4:A6", "A7:A9", "A10:B10"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 3)).toEqual(["category", "item", "amount"]);
    // 西片's uses: 25 ≠ 20 + 10, and its 小计 80 ≠ 50 + 25.
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["C7", "C9"]);
  });

  it("片区 | 项目名称 | 金额: the same with one money column", () => {
    const values: Cell[][] = [
      ["片区", "项目名称", "金额（万元）"],
      ["北区", "道路硬化", 30],
      [null, "饮水工程", 20],
      ["南区", "产业园配套", 50],
      ["合计", null, 100],
    ];
    const merges = ["A2:A3", "A5:B5"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "amount"]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });
});

describe("register: a list of supported clusters or carriers, each named beside the body applying for it", () => {
  // A cluster, a carrier or a platform is the undertaking the money supports: the row's own project,
  // not an applicant and not a policy item.
  it("市 | 产业集群名称 | 申报单位 | 拟扶持资金", () => {
    const values: Cell[][] = [
      ["2024年度某省特色产业集群拟扶持名单"],
      [null, null, null, null, "单位：万元"],
      ["序号", "市", "产业集群名称", "申报单位", "拟扶持资金"],
      [1, "甲市", "甲市纺织服装产业集群", "甲市乙区人民政府", 800],
      [2, "丙市", "丙市智能装备产业集群", "丙市高新技术产业开发区管理委员会", 1000],
      [3, "丁市", "丁市生物医药产业集群", "丁市戊县人民政府", 600],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 5)).toEqual(["registeredIn", "project", "enterprise", "approved"]);
  });

  it("载体名称 | 运营单位 | 所在县区 | 奖补金额", () => {
    const values: Cell[][] = [
      ["序号", "载体名称", "运营单位", "所在县区", "奖补金额（万元）"],
      [1, "某县小微企业创业创新基地", "某县创业服务有限公司", "甲县", 100],
      [2, "某区科技企业孵化器", "某区科创发展有限公司", "乙区", 80],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 5)).toEqual(["project", "enterprise", "registeredIn", "approved"]);
  });
});

describe("execution: a mid-year report's 年度预算, and lines under a 其中 running on by their indent", () => {
  // 年度预算 in a report on the year so far is the year's budget as passed, before any adjustment.
  // The lines under `其中：教育` indented to its text are more 其中 lines: only some of the whole.
  it("年度预算 | 1-6月完成 | 占预算%: the 其中 list's further lines not summed into 一般公共预算支出", () => {
    const values: Cell[][] = [
      ["2024年1-6月某市财政预算执行情况表"],
      [null, null, null, "单位：亿元"],
      ["项目", "年度预算", "1-6月完成", "占预算%"],
      ["一般公共预算收入", 500, 260, "52.0%"],
      ["一般公共预算支出", 900, 430, "47.8%"],
      ["　其中：教育支出", 150, 70, "46.7%"],
      ["　　　　卫生健康支出", 80, 30, "37.5%"],
      ["　　　　农林水支出", 120, 55, "50.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget", "actual", "rate"]);
    const r = run(values, [], "2024-06-30");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D8"]);
  });

  it("年度预算数 | 累计完成: a 其中 pair running on by indent, the one the complement of the other, checked against its line", () => {
    const values: Cell[][] = [
      ["项目", "年度预算数", "累计完成", "完成预算%"],
      ["一般公共预算收入", 300, 150, "50.0%"],
      ["  其中：税收收入", 200, 110, "55.0%"],
      ["        非税收入", 100, 30, "30.0%"],
      ["政府性基金收入", 80, 20, "25.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", "initialBudget", "actual", "rate"]);
    // 110 + 30 = 140, not the 150 stated; the budget adds up.
    expect(ruleCells(run(values, [], "2024-12-31"), "execution.total-mismatch")).toEqual(["C2"]);
  });
});

describe("an allocation by place with a column per fund, each headed by the fund's long name, and a row total", () => {
  it("县（市、区） | two funds named in full | 合计: each row and each column adds up", () => {
    const values: Cell[][] = [
      ["某市有关资金分配表", null, null, null],
      [null, null, null, "单位：万元"],
      ["县（市、区）", "2023年第一批乡村振兴衔接补助资金", "2023年度农村公路养护专项补助资金", "合计"],
      ["甲县", 120, 30, 150],
      ["乙县", 80, null, 85],
      ["丙区", null, 45.5, 45.5],
      ["合计", 200, 75.5, 280.5],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("composition");
    expect(t.unit).toBe("万元");
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount"]);
    // No year above the table: the one its funds' headings state.
    expect(t.context?.year).toBe(2023);
    // 乙县 80 + nothing is no 85; the grand total 280.5 adds the 合计 column but not its row (200 + 75.5).
    expect(ruleCells(run(values, ["A1:D1"]), "composition.total-mismatch")).toEqual(["D5", "D7"]);
  });

  it("序号 | 乡镇 | three funds named in full | 小计, the column total wrong", () => {
    const values: Cell[][] = [
      ["单位：元", null, null, null, null, null],
      ["序号", "乡镇", "2022年度美丽乡村建设以奖代补资金", "2022年度农村人居环境整治提升工作经费", "2022年度村级公益事业一事一议财政奖补资金", "小计"],
      [1, "东镇", 50000, 20000, 10000, 80000],
      [2, "西乡", 30000, 20000, null, 50000],
      [3, "南街道", null, 10000, 15000, 25000],
      ["合计", null, 80000, 55000, 25000, 155000],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "amount", "amount", "amount", "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["D6"]);
  });

  it("a form's project name beside its label stays no heading", () => {
    const values: Cell[][] = [
      ["项目名称", "2023年度某某镇农村人居环境整治提升专项资金项目"],
      ["资金总额", 100],
    ];
    expect(tables(values).filter((t) => t.kind === "composition" && t.range.r0 === 0)).toEqual([]);
  });
});

describe("a form whose title states no year, its project's name one (项目名称 | 2018年…资金)", () => {
  it("the money block and the indicators under 项目名称 | 2021年… take the name's year", () => {
    const values: Cell[][] = [
      ["项目支出绩效目标表", null, null, null, null],
      ["项目名称", "2021年省级农业产业发展专项资金", null, "主管部门", "某县农业农村局"],
      ["资金情况（万元）", "年度资金总额", 50, null, null],
      [null, "其中：财政拨款", 40, null, null],
      [null, "其他资金", 10, null, null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "新建基地面积", ">=100亩"],
      [null, null, "质量指标", "验收合格率", ">=95%"],
      [null, "满意度指标", "服务对象满意度", "农户满意度", ">=90%"],
    ];
    const merges = ["A1:E1", "B2:C2", "A3:A5", "A6:A9", "B7:B8"];
    const ts = tables(values, merges);
    expect(ts.map((t) => t.kind)).toEqual(["composition", "targets"]);
    expect(ts.map((t) => t.context?.year)).toEqual([2021, 2021]);
  });

  it("资金名称 | 某县2023年度…资金 above the indicators alone; a year in the title wins", () => {
    const head = (title: string): Cell[][] => [
      [title, null, null, null],
      ["资金名称", "某县2023年度乡村振兴衔接资金", "实施单位", "某镇人民政府"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "修建道路", ">=5公里"],
      [null, "时效指标", "按期完工率", "100%"],
      ["效益指标", "社会效益指标", "受益人口", ">=1200人"],
    ];
    const merges = ["A1:D1", "A4:A5"];
    expect(tables(head("绩效目标申报表"), merges).map((t) => [t.kind, t.context?.year])).toEqual([["targets", 2023]]);
    expect(tables(head("2024年绩效目标申报表"), merges).map((t) => [t.kind, t.context?.year])).toEqual([["targets", 2024]]);
  });
});

describe("revenue and spending by level of government: 当月 | 累计 under 收入 and under 支出, subtotals by level above their members", () => {
  it("全市, 市本级, then 县级 above its counties: figures are actuals (no budget), each level adds up", () => {
    const values: Cell[][] = [
      ["某市6月份一般公共预算收支完成情况表", null, null, null, null, null, null, null, null],
      ["单位：万元", null, null, null, null, null, null, null, null],
      ["地区", "一般公共预算收入", null, null, null, "一般公共预算支出", null, null, null],
      [null, "本月", "累计", "为预算的%", "增幅%", "本月", "累计", "为预算的%", "增幅%"],
      ["全市", 5000, 30000, null, 3.2, 9000, 52000, null, -1.5],
      ["市本级", 2000, 12000, null, 1.1, 4000, 22000, null, -2.0],
      ["县 级", 3000, 18000, null, 4.6, 5000, 30000, null, -1.1],
      ["甲县", 1200, 7000, null, 5.0, 2100, 12000, null, 0.4],
      ["乙县", 1000, 6500, null, 2.2, 1600, 10000, null, -3.3],
      ["丙县", 800, 4000, null, 7.0, 1300, 8000, null, 1.0],
    ];
    const merges = ["A1:I1", "A3:A4", "B3:E3", "F3:I3"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "actual", "actual", "rate", null, "actual", "actual", "rate", null]);
    const r = run(values, merges, "2024-06-30");
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    // 县 级 累计 18,000 against 7,000 + 6,500 + 4,000 = 17,500; 全市 = 市本级 + 县 级 as stated.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7"]);
  });

  it("区县级 over 区级 and 县级, each above its members, 当月数 | 累计数 only: a member's spending off", () => {
    const values: Cell[][] = [
      ["单位名称", "收入", null, "支出", null],
      [null, "当月数", "累计数", "当月数", "累计数"],
      ["合计", 900, 4000, 1500, 7000],
      ["市本级", 300, 1500, 500, 2500],
      ["区县级", 600, 2500, 1000, 4500],
      ["区级", 250, 1000, 400, 1800],
      ["东区", 150, 600, 250, 1000],
      ["西区", 100, 400, 150, 800],
      ["县级", 350, 1500, 600, 2700],
      ["北县", 200, 900, 300, 1500],
      ["南县", 150, 600, 350, 1200],
    ];
    const merges = ["A1:A2", "B1:C1", "D1:E1"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", "actual", "actual", "actual", "actual"]);
    const r = run(values, merges, "2024-03-31");
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    // 县级 当月 spending 600 against 300 + 350 = 650; every other level adds up.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["D9"]);
  });
});

describe("an income final-accounts table (收入决算表): 本年收入合计 and its sources by function subject", () => {
  it("科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | 事业收入 | 其他收入 under a 收入决算表 title: execution, sources parts of the total", () => {
    const values: Cell[][] = [
      ["2022年度收入决算表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "事业收入", "其他收入"],
      ["合计", null, 500, 420, 50, 30],
      ["201", "一般公共服务支出", 300, 260, 20, 20],
      ["20101", "人大事务", 300, 260, 20, 20],
      ["208", "社会保障和就业支出", 200, 160, 30, 10],
      ["20805", "行政事业单位养老支出", 210, 160, 30, 10],
    ];
    const merges = ["A1:F1", "A4:B4"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["code", "category", "actual", "actual", "actual", "actual"]);
    const r = run(values, merges, "2022-12-31");
    // 20805 states 210 for its sources' 200 and for its 类's 200.
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["C7", "C8"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });

  it("项目 | 收入合计 | 财政补助收入 | 上级补助收入 | 经营收入 over a 栏次 row, under a 部门收入决算 title: a source's column total off", () => {
    const values: Cell[][] = [
      ["某局部门收入决算表", null, null, null, null],
      ["项目", "收入合计", "财政补助收入", "上级补助收入", "经营收入"],
      ["栏次", 1, 2, 3, 4],
      ["合计", 880, 800, 60, 20],
      ["行政运行", 500, 480, 20, null],
      ["一般行政管理事务", 380, 330, 30, 20],
    ];
    const merges = ["A1:E1"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    const r = run(values, merges, "2022-12-31");
    // 财政补助收入 480 + 330 = 810, not 800; 上级补助收入 20 + 30 = 50, not 60.
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["C4", "D4"]);
  });
});

describe("register: a list of firms proposed for a cultivation pool and the award each gets, by technical field", () => {
  // The title splits the item's name (拟, a batch) and names its support word after 及 / 和
  // (…拟入库企业（第一批）及奖补项目计划明细表 for …入库企业奖补); the field column sorts the rows.
  const item = (name: string, capAmount: number) => ({ name, code: null, category: null, capType: "max" as const, capAmount, rate: null, document: null, year: null });

  it("企业名称 | 统一社会信用代码 | 技术领域 | 奖补金额（万元） under …拟入库企业（第二批）及奖补金额明细表: the title's item, its cap checked", () => {
    const catalog = { name: "目录", origin: "file" as const, items: [item("科技型中小企业培育库入库企业奖补", 500_000)] };
    const values: Cell[][] = [
      ["2019年科技型中小企业培育库拟入库企业（第二批）及奖补金额明细表", null, null, null],
      ["企业名称", "统一社会信用代码", "技术领域", "奖补金额（万元）"],
      ["甲市光电科技有限公司", "91440101MA59K7TQ37", "电子信息", 30],
      ["乙市新材料有限公司", "91440300MA5ET2N81L", "新材料", 65],
      ["丙市生物医药有限公司", "91440606MA4X8L3D5P", "生物与新医药", 50],
    ];
    const r = audit({ sheets: [grid(values, ["A1:D1"])], catalog, settings: { today: "2019-12-31" } });
    expect(r.tables[0].kind).toBe("register");
    expect(fields(r.tables[0])).toEqual(["enterprise", "creditCode", "category", "approved"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });

  it("单位名称 | 所属领域 | 资助经费（元） under …拟认定单位（第三批）和资助经费表, in 元: the same", () => {
    const catalog = { name: "目录", origin: "file" as const, items: [item("重点实验室认定单位资助", 200_000)] };
    const values: Cell[][] = [
      ["2021年度全市重点实验室拟认定单位（第三批）和资助经费表", null, null],
      ["序号", "单位名称", "所属领域", "资助经费（元）"],
      [1, "丁大学", "先进制造", 200000],
      [2, "戊研究院有限公司", "资源与环境", 250000],
    ];
    const r = audit({ sheets: [grid(values, ["A1:D1"])], catalog, settings: { today: "2021-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "category", "approved"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });

  it("a title naming another support after 及 (…及贷款贴息) names no 奖补 item", () => {
    const catalog = { name: "目录", origin: "file" as const, items: [item("科技型中小企业培育库入库企业奖补", 500_000)] };
    const values: Cell[][] = [
      ["2019年科技型中小企业培育库拟入库企业及贷款贴息明细表", null, null],
      ["企业名称", "技术领域", "金额（万元）"],
      ["甲市光电科技有限公司", "电子信息", 30],
      ["乙市新材料有限公司", "新材料", 65],
    ];
    const r = audit({ sheets: [grid(values, ["A1:C1"])], catalog, settings: { today: "2019-12-31" } });
    expect(ruleCells(r, "cap.exceeded")).toEqual([]);
  });
});

describe("catalog: a clause table with a direction merged down its clauses (支持方向 | 奖励事项 | 奖励标准)", () => {
  it("序号 | 支持方向 | 奖励事项 | 奖励标准: the direction is each clause's category, the 事项 its item", () => {
    const values: Cell[][] = [
      ["某县商贸发展奖励标准", null, null, null],
      ["序号", "支持方向", "奖励事项", "奖励标准"],
      [1, "支持企业做大做强", "销售额增长奖励", "销售额比上年每增加1000万元奖励1万元，最高奖励20万元。"],
      [2, null, "新升规企业奖励", "对新升规企业一次性奖励5万元。"],
      [3, "支持品牌建设", "老字号认定奖励", "对新认定的老字号企业一次性奖励10万元。"],
    ];
    const merges = ["A1:D1", "B3:B4"];
    const r = audit({ sheets: [grid(values, merges)], settings: { today: "2023-12-31" } });
    const [t] = r.tables;
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["seq", "category", "item", "standard"]);
    const items = (t as unknown as { items: { name: string; category: string | null }[] }).items;
    expect(items.map((i) => [i.name, i.category])).toEqual([
      ["销售额增长奖励", "支持企业做大做强"],
      ["新升规企业奖励", "支持企业做大做强"],
      ["老字号认定奖励", "支持品牌建设"],
    ]);
  });

  it("扶持方向 | 扶持事项 | 扶持标准, no 序号: the same", () => {
    const values: Cell[][] = [
      ["扶持方向", "扶持事项", "扶持标准"],
      ["人才引进", "博士引进补贴", "每人补贴5万元"],
      [null, "硕士引进补贴", "每人补贴2万元"],
      ["平台建设", "研发中心奖励", "最高奖励50万元"],
    ];
    const [t] = tables(values, ["A2:A3"]);
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["category", "item", "standard"]);
  });
});

describe("a whole stated mid-table under its own name (一般公共预算支出 above its functions, after the revenue)", () => {
  it("收入 with its 其中 first, then 支出 over its function lines: the whole carries no status, its lines do", () => {
    const values: Cell[][] = [
      ["某镇2022年一般公共预算收支决算情况表", null, null, null],
      [null, null, null, "单位：万元"],
      ["项目", "预算数", "决算数", "完成预算%"],
      ["一般公共预算收入", 80, 90, "112.5%"],
      ["其中：税收收入", null, 70, null],
      ["非税收入", null, 20, null],
      ["一般公共预算支出", 1000, 1100, "110.0%"],
      ["教育支出", 300, 290, "96.7%"],
      ["农林水支出", 500, 620, "124.0%"],
      ["交通运输支出", 200, 190, "95.0%"],
    ];
    const merges = ["A1:D1"];
    const r = run(values, merges, "2022-12-31");
    expect(ruleCells(r, "execution.overspent")).toEqual(["C9"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("a 支出 whole over lines that do not add up: the line over its budget flagged, the whole's gap reported", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["项目", "调整预算数", "支出数"],
      ["街道财政收入", 300, 310],
      ["街道财政支出", 400, 450],
      ["一般公共服务", 150, 140],
      ["城乡社区", 100, 160],
      ["卫生健康", 150, 140],
      ["其他支出", 0, 0],
    ];
    const r = run(values, [], "2023-12-31");
    expect(ruleCells(r, "execution.overspent")).toEqual(["C6"]);
    // 支出合计 budget 400 = 150 + 100 + 150; spending 450 against 140 + 160 + 140 = 440.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C4"]);
  });
});

describe("a row total after column groups (个数 | 奖励资金 under headings naming their standards, then 奖励资金合计)", () => {
  it("two groups by town: the row total against the groups' money, and its column against its lines", () => {
    const values: Cell[][] = [
      ["某县电商服务站奖补资金分配表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["乡镇", "乡镇服务站（每个5万元）", null, "村级服务点（每个1万元）", null, "奖补资金合计"],
      [null, "个数", "奖补资金", "个数", "奖补资金", null],
      ["东镇", 1, 5, 4, 4, 9],
      ["西镇", 1, 5, 3, 3, 9],
      ["南镇", null, null, 5, 5, 5],
      ["合计", 2, 10, 12, 12, 22],
    ];
    const merges = ["A1:F1", "A3:A4", "B3:C3", "D3:E3", "F3:F4"];
    const r = run(values, merges);
    // 西镇 5 + 3 = 8, stated 9; the 合计 column's lines add up to 23, stated 22.
    expect(ruleCells(r, "execution.total-mismatch").concat(ruleCells(r, "composition.total-mismatch")).sort()).toEqual(["F6", "F8"]);
  });

  it("three groups (数量 | 资金) by county, the total headed 资金总额, every row adding up until one is changed", () => {
    const values: Cell[][] = [
      ["全市农村寄递物流站点建设资金分配表", null, null, null, null, null, null, null],
      ["县（市、区）", "新建站点", null, "改造站点", null, "提升站点", null, "资金总额"],
      [null, "数量", "资金", "数量", "资金", "数量", "资金", null],
      ["甲县", 10, 30, 4, 8, 1, 1, 39],
      ["乙县", 6, 18, null, null, 2, 2, 20],
      ["合计", 16, 48, 4, 8, 3, 3, 59],
      ["注：金额单位为万元。", null, null, null, null, null, null, null],
    ];
    const merges = ["A1:H1", "A2:A3", "B2:C2", "D2:E2", "F2:G2", "H2:H3", "A7:H7"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
    const bad = values.map((row) => [...row]);
    bad[4][7] = 21; // 乙县 18 + 2 = 20, stated 21 (and the column then adds up to 60, stated 59)
    expect(ruleCells(run(bad, merges), "composition.total-mismatch").sort()).toEqual(["H5", "H6"]);
  });
});

describe("a 单位 column of units of measure (个, 台, 人次 beside 数量) in a plan by 体系 with a 小计 under each", () => {
  it("项目名称 | 单位 | 数量 | 补助标准 | 资金 | 建设内容: each 小计 sums its own 体系's lines", () => {
    const values: Cell[][] = [
      ["某县示范项目资金使用计划表", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：万元"],
      ["序号", "项目名称", "单位", "数量", "补助标准（万元）", "中央资金", "建设内容"],
      ["一", "服务体系", null, null, null, null, null],
      [1, "县级服务中心", "个", 1, null, 200, "场地改造"],
      [2, "村级服务点", "个", 50, 2, 100, "设备购置"],
      [null, "小计", null, null, null, 300, null],
      ["二", "物流体系", null, null, null, null, null],
      [3, "配送车辆", "台", 5, 10, 50, "共同配送"],
      [4, "培训", "人次", 400, 0.1, 40, "技能培训"],
      [null, "小计", null, null, null, 90, null],
      ["合计", null, null, null, null, 390, null],
    ];
    const merges = ["A1:G1", "A12:E12"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(t.columns[2].field).toBeNull();
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });

  it("单位 over 套 / 平方米 / 项, a wrong 小计 found in its own group", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null, null, null, null],
      ["编号", "项目", "单位", "数量", "单价", "金额", "用途"],
      ["（一）", "设备购置", null, null, null, null, null],
      [1, "冷链设备", "套", 4, 25, 100, "产地预冷"],
      [2, "分拣线", "套", 2, 40, 80, "分级包装"],
      [null, "小计", null, null, null, 190, null],
      ["（二）", "场地建设", null, null, null, null, null],
      [3, "仓库改造", "平方米", 1000, 0.05, 50, "仓储"],
      [4, "信息系统", "项", 1, 30, 30, "追溯"],
      [null, "小计", null, null, null, 80, null],
      ["合计", null, null, null, null, 270, null],
    ];
    expect(tables(values)[0].columns[2].field).toBeNull();
    const r = run(values);
    // 设备购置 100 + 80 = 180, stated 190; the 合计 270 = 190 + 80 as stated.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["F6"]);
  });
});

describe("a group heading stating its standard (每个1万元) over 个数 | 资金: the money is exact, not rounded", () => {
  /** Every figure shown with the number format `0`, which alone would allow the rounding of whole 万元. */
  function whole(values: Cell[][], from: number, cols: number[]): SheetGrid {
    const g = grid(values, ["A2:A3", "B2:C2", "D2:E2", "F2:F3"]);
    g.numberFormats = values.map((row, r) => row.map((_, c) => (r >= from && cols.includes(c) ? "0" : null)));
    return g;
  }
  const runGrid = (g: SheetGrid) => audit({ sheets: [g], settings: { today: "2023-12-31" } });
  const cells = (g: SheetGrid) =>
    runGrid(g)
      .findings.filter((f) => f.rule === "composition.total-mismatch")
      .map((f) => f.cell)
      .sort();

  it("乡镇 | 站点（每个1万元）| 示范站点（每个2万元）| 合计: a 合计 one off its parts is found, and the column's sum", () => {
    const values: Cell[][] = [
      [null, null, null, null, null, "单位：万元"],
      ["乡镇", "服务站点（每个1万元）", null, "示范站点（每个2万元）", null, "奖补资金合计"],
      [null, "个数", "奖补资金", "个数", "奖补资金", null],
      ["甲镇", 3, 3, 1, 2, 5],
      ["乙镇", 2, 2, null, null, 2],
      ["丙镇", 4, 4, 1, 2, 7],
      ["丁镇", 2, 2, 2, 4, 6],
      ["合计", 11, 11, 4, 8, 20],
    ];
    // 丙镇 4 + 2 = 6, stated 7; the 合计 column's towns add up to 20 + 1 = 21 against the stated 20.
    expect(cells(whole(values, 3, [1, 2, 3, 4, 5]))).toEqual(["F6", "F8"]);
    // With the money not a count × its standard (丙镇 4 stations, 4.4 written as 4), nothing proves it exact.
    const rounded = values.map((r) => [...r]);
    rounded[5][2] = 4.4;
    expect(cells(whole(rounded, 3, [1, 2, 3, 4, 5]))).toEqual([]);
  });

  it("村 | 新建（2万元/个）| 改造（0.5万元/个）| 资金总额, the standard written after the money", () => {
    const values: Cell[][] = [
      ["金额单位：万元", null, null, null, null, null],
      ["村", "新建（2万元/个）", null, "改造（0.5万元/个）", null, "资金总额"],
      [null, "数量", "资金", "数量", "资金", null],
      ["东村", 1, 2, 2, 1, 3],
      ["西村", 2, 4, 4, 2, 6],
      ["南村", 1, 2, null, null, 2],
      ["北村", 1, 2, 2, 1, 4],
      ["合计", 5, 10, 8, 4, 14],
    ];
    // 北村 2 + 1 = 3, stated 4; the column's lines add up to 15 against the stated 14.
    expect(cells(whole(values, 3, [1, 2, 3, 4, 5]))).toEqual(["F7", "F8"]);
  });
});

describe("a county's final accounts of revenue and of spending in one table (收入 | 支出 blocks, 预算 against 完成 or 决算)", () => {
  it("the spending block states no budget (—): no overspending against 0; last year's 完成数 is no part of this year's", () => {
    const values: Cell[][] = [
      ["某县2022年财政收支完成情况", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["项目", "预算数", "完成数", "完成预算%", "上年完成数", "增长%"],
      ["一、财政总收入", 50000, 52000, "104.0%", 48000, "8.3%"],
      ["其中：一般公共预算收入", 30000, 31000, "103.3%", 29000, "6.9%"],
      ["　　　政府性基金收入", 8000, 9000, "125.0%", 12000, "-25.0%"],
      ["二、财政总支出", "—", 210000, "—", 200000, "5.0%"],
      ["其中：一般公共预算支出", "—", 180000, "—", 170000, "5.9%"],
      ["　　　政府性基金预算支出", "—", 30000, "—", 30000, "0.0%"],
    ];
    const merges = ["A1:F1"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(fields(t).slice(0, 5)).toEqual(["category", "budget", "actual", "rate", null]);
    const r = run(values, merges, "2023-06-30");
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    // The two 其中 are only some of 财政总收入 (31,000 + 9,000 of 52,000): not summed.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    // 9,000 / 8,000 = 112.5%, stated 125.0%.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D6"]);
  });

  it("blank budgets under 支出, 决算 against 上年决算: no status for the spending; a revenue whole's complementary parts still add up", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null, null],
      ["项目", "调整预算", "决算", "上年决算", "比上年增减%"],
      ["一般公共预算收入", 12000, 12500, 11800, "5.9%"],
      ["其中：税收收入", 8000, 8300, 7900, "5.1%"],
      ["　　　非税收入", 4000, 4300, 3900, "10.3%"],
      ["一般公共预算支出", null, 64000, 61000, "4.9%"],
      ["其中：教育支出", null, 12000, 11500, "4.3%"],
      ["　　　农林水支出", null, 15000, 14000, "7.1%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t).slice(0, 4)).toEqual(["category", "budget", "actual", null]);
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    // 税收收入 | 非税收入 are all of the revenue: 8,300 + 4,300 = 12,600, stated 12,500.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C3"]);
  });

  it("a line with no budget among budgeted lines is still spending without a budget", () => {
    // Its budget left blank: a dash (—, 无, 不适用) marks no budget at all (the balance final account's transfer lines).
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["项目", "预算数", "决算数"],
      ["甲类资金", 100, 90],
      ["乙类资金", 80, 70],
      ["丙类资金", null, 30],
    ];
    const r = run(values, [], "2023-12-31");
    expect(ruleCells(r, "execution.overspent")).toEqual(["C5"]);
  });
});

describe("科目编码 merged over 类 | 款 | 项 columns beside 科目名称: the three columns are the code", () => {
  it("codes as text, 本年支出 over 合计 | 基本支出 | 项目支出, 合计 first: each code column read as the code, a 类 off its 款 found", () => {
    const values: Cell[][] = [
      ["一般公共预算财政拨款支出决算表", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：万元"],
      ["科目编码", null, null, "科目名称", "本年支出", null, null],
      ["类", "款", "项", null, "合计", "基本支出", "项目支出"],
      ["合计", null, null, null, 500, 300, 200],
      ["205", null, null, "教育支出", 320, 200, 120],
      ["205", "01", null, "教育管理事务", 320, 200, 120],
      ["205", "01", "01", "行政运行", 200, 200, null],
      ["205", "01", "99", "其他教育管理事务支出", 110, null, 110],
      ["213", null, null, "农林水支出", 180, 100, 80],
      ["213", "01", null, "农业农村", 180, 100, 80],
      ["213", "01", "04", "事业运行", 100, 100, null],
      ["213", "01", "99", "其他农业农村支出", 80, null, 80],
    ];
    const merges = ["A1:G1", "A3:C3", "D3:D4", "E3:G3", "A5:D5"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(fields(t).slice(0, 4)).toEqual(["code", "code", "code", "category"]);
    const r = run(values, merges, "2023-12-31");
    // 20501 320 against 200 + 110 = 310, in 合计 and in 项目支出 (120 against 110).
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["E7", "G7"]);
  });

  it("支出功能分类科目编码 over 类 | 款 | 项, 预算数 | 决算数, no 合计: the codes joined, the 款 summed into its 类", () => {
    const values: Cell[][] = [
      ["部门：某街道办事处", null, null, null, null, "金额单位：万元"],
      ["支出功能分类科目编码", null, null, "科目名称", "预算数", "决算数"],
      ["类", "款", "项", null, null, null],
      ["208", null, null, "社会保障和就业支出", 90, 95],
      ["208", "05", null, "行政事业单位养老支出", 60, 62],
      ["208", "05", "05", "机关事业单位基本养老保险缴费支出", 40, 41],
      ["208", "05", "06", "机关事业单位职业年金缴费支出", 20, 21],
      ["208", "08", null, "抚恤", 30, 30],
      ["208", "08", "01", "死亡抚恤", 30, 30],
    ];
    const merges = ["A2:C2", "D2:D3", "E2:E3", "F2:F3"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(fields(t)).toEqual(["code", "code", "code", "category", "budget", "actual"]);
    expect(t.rows.map((x) => x.code)).toEqual(["208", "20805", "2080505", "2080506", "20808", "2080801"]);
    const r = run(values, merges, "2023-12-31");
    // 208 spent 95 against 62 + 30 = 92.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["F4"]);
  });
});

describe("catalog: a one-off award, a further one (再…), then a subsidy at a share of a rate (利率的30%) with a maximum", () => {
  const payments = (item: string, rows: [number | null, number][]): Cell[][] => [
    [null, null, null, null, "单位：万元"],
    ["序号", "企业名称", "扶持事项", "投资额", "兑现金额"],
    ...rows.map(([base, paid], i): Cell[] => [i + 1, `第${i + 1}有限公司`, item, base, paid]),
  ];

  it("三品 award 3万元, 再 2万元, LPR 的40% 最高150万元: at most 150万元; the rate of a rate is never applied to the investment", () => {
    const clauses: Cell[][] = [
      ["序号", "扶持事项", "扶持内容"],
      [1, "特色产业扶持", "鼓励企业争创品牌，对获评省级优质品牌的企业，一次性奖励3万元；当年又获评国家级优质品牌的企业，再一次性奖励2万元。对当年竣工投产的项目，以完成投资额为基数，按同期贷款市场报价利率（LPR）的40%给予一次性补助，最高不超过150万元。"],
    ];
    // 140 on an investment of 300 is within 150万元 (40% × 300 = 120 is no limit here); 160 is above it.
    const r = audit({ sheets: [grid(clauses, [], "政策"), grid(payments("特色产业扶持", [[null, 3], [300, 140], [900, 160]]), [], "名单")], settings: { today: "2023-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.no-cap")).toEqual([]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E5"]);
  });

  it("a further award 另奖励 and a 费率 share with a maximum: the maximum binds, never the share of the base", () => {
    const clauses: Cell[][] = [
      ["序号", "扶持事项", "扶持内容"],
      [1, "首台套扶持", "支持首台（套）推广应用，首次认定为首台（套）装备的，奖励5万元；另对投保首台（套）保险的，按保险费率的50%给予保费补贴，单户最高80万元。"],
    ];
    const r = audit({ sheets: [grid(clauses, [], "政策"), grid(payments("首台套扶持", [[100, 60], [2000, 90]]), [], "名单")], settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
  });
});

describe("register: a title naming the item in slightly other words (its support word shortened or left off) before 项目 and the list's word", () => {
  const item = (name: string, capAmount: number) => ({ name, code: null, category: null, capType: "max" as const, capAmount, rate: null, document: null, year: null });
  const list = (title: string, amounts: number[]): Cell[][] => [
    [title, null, null],
    ["企业名称", "统一社会信用代码", "拟补助金额（万元）"],
    ...amounts.map((a, i): Cell[] => [`第${i + 1}科技有限公司`, null, a]),
  ];

  it("…质量品牌提升补资金项目拟支持企业名单 for …质量品牌提升补助: the item's cap is checked", () => {
    const catalog = { name: "目录", origin: "file" as const, items: [item("中小企业质量品牌提升补助", 300_000)] };
    const r = audit({ sheets: [grid(list("2021年中小企业质量品牌提升补资金项目拟支持企业名单", [20, 35]), ["A1:C1"])], catalog, settings: { today: "2021-12-31" } });
    expect(r.tables[0].kind).toBe("register");
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
  });

  it("…数字化改造项目公示名单 for …数字化改造奖励 (the support word left off, 项目 in its place)", () => {
    const catalog = { name: "目录", origin: "file" as const, items: [item("规上工业企业数字化改造奖励", 500_000)] };
    const r = audit({ sheets: [grid(list("关于2022年规上工业企业数字化改造项目公示名单", [60, 40]), ["A1:C1"])], catalog, settings: { today: "2022-12-31" } });
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
  });
});

describe("composition: a 其中：… column after the whole money column (资金规模 | 其中：…资金), the part's heading the stronger", () => {
  it("资金规模 | 其中：衔接推进乡村振兴补助资金: the part is checked against the whole, never summed with it; each column's 合计 against its lines", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "实施地点", "资金规模（万元）", "其中：衔接推进乡村振兴补助资金（万元）"],
      [1, "甲村道路硬化项目", "甲村", 120.5, 100],
      [2, "乙村灌溉渠道改造项目", "乙村", 80, 60],
      [3, "丙村饮水管网延伸项目", "丙村", 45.25, 40],
      ["合计", null, null, 255.75, 200],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(t.columns[3].part).toBeUndefined();
    expect(t.columns[4].part).toEqual({ of: t.columns[3].col, exhaustive: false });
    const r = run(values);
    // 120.5 + 80 + 45.25 = 245.75, not 255.75; the part column's 200 is right.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D5"]);
  });

  it("资金需求 | 其中：中央财政专项资金 | 其中：自筹资金: a part above its whole is reported, the whole never the part's part", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "资金需求", "其中：中央财政专项资金", "其中：自筹资金"],
      ["设备购置", 300, 200, 100],
      ["场地改造", 150, 160, 0],
      ["合计", 450, 360, 100],
    ];
    const [t] = tables(values);
    expect(t.columns[1].part).toBeUndefined();
    const r = run(values);
    // 场地改造's 160 of central money is more than its 150 in all, and so the 合计's 360 + 100 than its 450.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B4", "B5"]);
  });
});

describe("register: a column naming each firm's industry (所属产业, 行业类别) is its category", () => {
  it("所属产业 beside the project and the award is the category, read as text describing the row", () => {
    const values: Cell[][] = [
      [null, null, null, null, null, "单位：万元"],
      ["序号", "企业名称", "项目名称", "所属产业", "设备投资额", "补助金额"],
      [1, "某甲精密机械有限公司", "数控加工线改造", "装备制造", 3000, 300],
      [2, "某乙食品有限公司", "灌装线智能化", "食品加工", 1200, 120],
      [3, "某丙材料科技有限公司", "窑炉节能改造", "新材料", 2400, 240],
      ["合计", null, null, null, 6600, 660],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "project", "category", "base", "approved"]);
    expect(ruleCells(run(values), "input.unreadable-value")).toEqual([]);
  });

  it("the same under 产业类别 and 企业所属行业, the industry before the project", () => {
    const values: Cell[][] = [
      ["某市2023年技术改造奖励名单"],
      ["企业名称", "企业所属行业", "项目名称", "奖励资金（万元）"],
      ["某丁电子有限公司", "电子信息", "贴片产线升级", 50],
      ["某戊纺织有限公司", "纺织服装", "染整设备更新", 30],
    ];
    expect(fields(tables(values)[0])).toEqual(["enterprise", "category", "project", "approved"]);
    const other = values.map((r) => [...r]);
    other[1][1] = "产业类别";
    expect(fields(tables(other)[0])).toEqual(["enterprise", "category", "project", "approved"]);
  });
});

describe("composition: an allocation by town paid in batches (已拨付 | 本次拨付), with no budget column", () => {
  it("reads 已拨付 and 本次拨付 as two money columns of an allocation and checks each 合计", () => {
    const values: Cell[][] = [
      ["某县第二批补助资金分配表"],
      [null, null, null, null, "单位：万元"],
      ["序号", "乡镇（街道）", "已拨付", "本次拨付", "备注"],
      [1, "甲镇", 20, 12, "一类村2个"],
      [2, "乙镇", 16, 10, "一类村1个"],
      [3, "丙街道", 8, 6, null],
      ["合计", null, 44, 30, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 4)).toEqual(["seq", "item", "amount", "amount"]);
    // 12 + 10 + 6 = 28, stated 30; 20 + 16 + 8 = 44 as stated.
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["D7"]);
  });

  it("the same under a merged 资金拨付 heading, by county, and an execution table's 已拨付 against its budget stays execution", () => {
    const values: Cell[][] = [
      ["县（市、区）", "资金拨付（万元）", null],
      [null, "上次已拨付资金", "本次拨付资金"],
      ["甲县", 100, 60],
      ["乙区", 80, 40],
      ["丙市", 50, 20],
      ["合计", 240, 120],
    ];
    const merges = ["A1:A2", "B1:C1"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    // 100 + 80 + 50 = 230, stated 240.
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["B6"]);

    const execution: Cell[][] = [
      ["单位：万元"],
      ["项目", "预算金额", "已拨付", "拨付进度"],
      ["甲项目", 200, 100, "50.0%"],
      ["乙项目", 100, 80, "80.0%"],
    ];
    expect(tables(execution)[0].kind).toBe("execution");
    // Money paid alone, no batch of an allocation beside it: still what was spent.
    const paid: Cell[][] = [
      ["单位：万元"],
      ["单位名称", "已拨付"],
      ["甲局", 120],
      ["乙局", 80],
    ];
    expect(tables(paid)[0].kind).toBe("execution");
  });
});

describe("composition: a summary by county whose whole comes first, counts split by award band", () => {
  it("全辖合计 on the first body row, 户数 over 10万元 | 20万元 | 小计, then two money columns: each checked against the lines below", () => {
    const values: Cell[][] = [
      ["某市奖励资金汇总表", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：万元"],
      ["序号", "县区", "奖励企业户数", null, null, "省级资金", "拨付金额"],
      [null, null, "10万元", "20万元", "小计", null, null],
      ["某市", "全辖合计", 10, 6, 16, 110, 230],
      [1, "甲县", 4, 2, 6, 40, 80],
      [2, "乙县", 3, 3, 6, 45, 90],
      [3, "丙区", 3, 1, 4, 25, 50],
    ];
    const merges = ["A1:G1", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    // 80 + 90 + 50 = 220, stated 230; 40 + 45 + 25 = 110 as stated; the counts add up.
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["G5"]);
  });

  it("the same with 全市合计 in the line column, 获奖户数 over 5万元档 | 10万元档 | 合计, and one money column", () => {
    const values: Cell[][] = [
      ["地区", "获奖企业户数", null, null, "奖励资金（万元）"],
      [null, "5万元档", "10万元档", "合计", null],
      ["全市合计", 7, 5, 12, 85],
      ["东区", 3, 2, 5, 35],
      ["西区", 2, 2, 4, 30],
      ["南县", 2, 1, 3, 20],
    ];
    const merges = ["A1:A2", "B1:D1", "E1:E2"];
    expect(tables(values, merges)[0].kind).toBe("composition");
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
    const wrong = values.map((r) => [...r]);
    wrong[4][4] = 25; // 35 + 25 + 20 = 80, stated 85
    expect(ruleCells(run(wrong, merges), "composition.total-mismatch")).toEqual(["E3"]);
  });
});

describe("final accounts over 预算数 | 调整预算数 | 决算数: the adjusted budget is the budget, the first only the initial one", () => {
  it("预算数 | 调整预算数 | 决算数 | 决算数为调整预算数的%: rate and overspending against the adjusted budget", () => {
    const values: Cell[][] = [
      ["2022年某县政府性基金预算支出决算表"],
      [null, null, null, null, "单位：万元"],
      ["项目", "预算数", "调整预算数", "决算数", "决算数为调整预算数的%"],
      ["城乡社区支出", 800, 1200, 1180, "98.3%"],
      ["农林水支出", 0, 300, 300, "100.0%"],
      ["其他支出", 200, 150, 170, "113.3%"],
      ["支出合计", 1000, 1650, 1650, "100.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", "initialBudget", "budget", "actual", "rate"]);
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
    // 170 against an adjusted 150; 300 against an adjusted 300 (0 at first) is no overspending.
    expect(ruleCells(r, "execution.overspent")).toEqual(["D6"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
  });

  it("科目编码 | 科目名称 | 预算数 | 变动后预算 | 执行数 | 完成%: the same, in other words; 预算数 alone stays the budget", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["科目编码", "科目名称", "预算数", "变动后预算", "执行数", "完成%"],
      ["205", "教育支出", 500, 640, 600, "93.8%"],
      ["210", "卫生健康支出", 300, 280, 275, "98.2%"],
      [null, "合计", 800, 920, 875, "95.1%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t)).toEqual(["code", "category", "initialBudget", "budget", "actual", "rate"]);
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    // 年初预算 | 调整后预算 read as they say already.
    const named = values.map((row) => [...row]);
    named[1][2] = "年初预算";
    named[1][3] = "调整后预算";
    expect(fields(tables(named)[0])).toEqual(["code", "category", "initialBudget", "budget", "actual", "rate"]);
    const alone: Cell[][] = [
      ["单位：万元"],
      ["项目", "预算数", "决算数", "完成%"],
      ["教育支出", 640, 600, "93.8%"],
      ["卫生健康支出", 280, 275, "98.2%"],
    ];
    expect(fields(tables(alone)[0])).toEqual(["category", "budget", "actual", "rate"]);
  });
});

describe("a target declaration listing projects down its left (项目名称 | 预算数 | 年度目标 | 一级指标 …): targets and the projects' money", () => {
  it("单位名称 | 项目名称 | 预算金额 | 年度绩效目标 | indicators, a 部门 row above its projects: the row is checked against them", () => {
    const values: Cell[][] = [
      ["2024年部门预算项目绩效目标表", null, null, null, null, null, null, null, null],
      ["金额单位：万元", null, null, null, null, null, null, null, null],
      ["单位名称", "项目名称", "预算金额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "分值"],
      ["301-某县农业农村局", null, 95, null, null, null, null, null, null],
      ["301001-某县农业农村局本级", "耕地保护补助", 60, "完成耕地保护任务", "产出指标", "数量指标", "补助面积", "≥5000亩", 30],
      [null, null, null, null, "产出指标", "时效指标", "发放及时率", "≥95%", 30],
      [null, null, null, null, "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", 30],
      [null, "动物防疫经费", 30, "保障重大动物疫病防控", "产出指标", "数量指标", "免疫头数", "≥2万头", 40],
      [null, null, null, null, "效益指标", "社会效益指标", "疫情发生率", "≤1%", 50],
    ];
    const merges = ["A1:I1", "A2:I2", "A4:B4", "A5:A9", "B5:B7", "C5:C7", "D5:D7", "B8:B9", "C8:C9", "D8:D9"];
    const kinds = tables(values, merges).map((t) => t.kind);
    expect(kinds).toEqual(["composition", "targets"]);
    const r = run(values, merges);
    // 60 + 30 = 90 against the 部门 row's 95; a project's merged amount is no subtotal of its indicators.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C4"]);
  });

  it("项目名称 | 资金总额（元） | 一级指标 | 二级指标 | 指标名称 | 目标值, 合计 at the foot", () => {
    const values: Cell[][] = [
      ["某镇2023年项目支出绩效目标申报表", null, null, null, null, null],
      ["项目名称", "资金总额（元）", "一级指标", "二级指标", "指标名称", "目标值"],
      ["村道养护", 120000, "产出指标", "数量指标", "养护里程", "≥20公里"],
      [null, null, "效益指标", "社会效益指标", "通行满意度", "≥90%"],
      ["环境卫生整治", 80000, "产出指标", "质量指标", "清运及时率", "100%"],
      [null, null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
      ["合计", 200000, null, null, null, null],
    ];
    const merges = ["A1:F1", "A3:A4", "B3:B4", "A5:A6", "B5:B6"];
    const ts = tables(values, merges);
    expect(ts.map((t) => t.kind)).toEqual(["composition", "targets"]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
    const wrong = values.map((row) => [...row]);
    wrong[6][1] = 210000;
    expect(ruleCells(run(wrong, merges), "composition.total-mismatch")).toEqual(["B7"]);
  });
});

describe("income and spending final accounts (年初结转和结余 | 本年收入 | 本年支出 over 小计 | 基本支出 | 项目支出 | 年末结转和结余)", () => {
  const head = (income: string): Cell[][] => [
    ["一般公共预算财政拨款收入支出决算表", null, null, null, null, null, null, null],
    ["单位：某镇人民政府", null, null, null, null, null, null, "单位：万元"],
    ["项目", null, "年初结转和结余", income, "本年支出", null, null, "年末结转和结余"],
    ["科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出", null],
  ];
  const merges = ["A1:H1", "A3:B3", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "A5:B5"];

  it("a 类's income that disagrees with its 款 is found, as a 合计's; spending above income is no overspending", () => {
    const values: Cell[][] = [
      ...head("本年收入"),
      ["合计", null, 10, 300, 305, 200, 105, 5],
      ["201", "一般公共服务支出", 10, 180, 185, 100, 85, 5],
      ["20103", "政府办公厅（室）及相关机构事务", 10, 170, 185, 100, 85, 5],
      ["213", "农林水支出", null, 120, 120, 100, 20, null],
      ["21307", "农村综合改革", null, 120, 120, 100, 20, null],
    ];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    const r = run(values, merges);
    // 201 states 180 of income where its one 款 received 170.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["D6"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });

  it("本年收入合计 at the 合计 row against the 类", () => {
    const values: Cell[][] = [
      ...head("本年收入合计"),
      ["合计", null, 6, 410.5, 400.5, 288, 112.5, 6],
      ["208", "社会保障和就业支出", null, 60.25, 60.25, 60.25, null, null],
      ["210", "卫生健康支出", null, 40, 40, 40, null, null],
      ["212", "城乡社区支出", 6, 300.25, 300.25, 187.75, 112.5, 6],
    ];
    const r = run(values, merges);
    // The 类 received 60.25 + 40 + 300.25 = 400.50, not 410.50.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["D5"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });
});

describe("a budget-only table (科目编码 | 科目名称 | 年度预算数 over 合计 | 基本支出 | 项目支出)", () => {
  it("the columns under the budget heading are the budget as passed and its parts; no spending column, so no status", () => {
    const values: Cell[][] = [
      ["一般公共预算支出表", null, null, null, null],
      ["单位：某县某中心", null, null, null, "单位：万元"],
      ["支出功能分类科目", null, "2024年预算数", null, null],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", null, 120.4, 90.4, 30],
      ["201", "一般公共服务支出", 100, 70, 30],
      ["20103", "政府办公厅（室）及相关机构事务", 100, 70, 30],
      ["2010301", "行政运行", 70, 70, null],
      ["2010350", "事业运行", 30, null, 30],
      ["221", "住房保障支出", 20.4, 20.4, null],
      ["22102", "住房改革支出", 20.4, 20.4, null],
      ["2210201", "住房公积金", 12.4, 12.4, null],
      ["2210203", "购房补贴", 6, 6, null],
    ];
    const merges = ["A1:E1", "A3:B3", "C3:E3", "A5:B5"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["code", "category", "initialBudget", "initialBudget", "initialBudget"]);
    expect(t.columns.slice(3).map((c) => c.part?.of)).toEqual([2, 2]);
    const r = run(values, merges, "2024-11-30");
    // 22102 states 20.40 where its 项 give 12.40 + 6.00 = 18.40, in 合计 and in 基本支出.
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["C11", "D11"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
  });

  it("部门支出预算表 with 预算数 over 小计 | 基本支出 | 项目支出: a line's 小计 against its parts", () => {
    const values: Cell[][] = [
      ["某镇2025年部门支出预算表", null, null, null, null],
      ["科目编码", "科目名称", "预算数", null, null],
      [null, null, "小计", "基本支出", "项目支出"],
      ["213", "农林水支出", 85, 25, 60],
      ["21301", "农业农村", 85, 25, 60],
      ["2130101", "行政运行", 25, 25, null],
      ["2130199", "其他农业农村支出", 55, null, 60],
    ];
    const merges = ["A1:E1", "A2:A3", "B2:B3", "C2:E2"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["code", "category", "initialBudget", "initialBudget", "initialBudget"]);
    const r = run(values, merges, "2025-10-31");
    // 2130199's 小计 55 where its 项目支出 is 60; 21301's 85 where its 项 give 80.
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["C5", "C7"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
  });
});

describe("catalog: one-off awards on thresholds, grouped by the kind of firm merged down", () => {
  // A standards table of scale-up awards: 首次突破 an output or revenue is the condition, the
  // 万元 given the fixed award; the kind of firm written once and merged down over its bands groups
  // the items (their category), it names no beneficiary of one clause.
  it("支持对象 merged down | 奖励事项 | 奖励标准: the kind of firm is the category, each award fixed, the unit 万元", () => {
    const values: Cell[][] = [
      ["某省企业上规模奖励标准"],
      ["序号", "支持对象", "奖励事项", "奖励标准"],
      [1, "规模以上工业企业", "产值首次突破2亿元", "对年度产值首次突破2亿元的工业企业，给予20万元一次性奖励。"],
      [2, null, "产值首次突破10亿元", "对年度产值首次突破10亿元的工业企业，给予100万元一次性奖励。"],
      [3, "软件和信息技术服务业企业", "营业收入首次突破5000万元", "对年度营业收入首次超过5000万元的软件企业，给予10万元一次性奖励。"],
      [4, null, "营业收入首次突破3亿元", "对年度营业收入首次突破3亿元的软件企业，给予60万元一次性奖励。"],
    ];
    const merges = ["A1:D1", "B3:B4", "B5:B6"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("catalog");
    expect(t.unit).toBe("万元");
    expect(fields(t).slice(1)).toEqual(["category", "item", "standard"]);
    const items = (t as RecognisedTable & { items: { name: string; category: string | null; capType: string; capAmount: number }[] }).items;
    expect(items.map((i) => [i.category, i.capType, i.capAmount])).toEqual([
      ["规模以上工业企业", "fixed", 200_000],
      ["规模以上工业企业", "fixed", 1_000_000],
      ["软件和信息技术服务业企业", "fixed", 100_000],
      ["软件和信息技术服务业企业", "fixed", 600_000],
    ]);
    expect(ruleCells(run(values, merges), "catalog.unreadable-standard")).toEqual([]);
  });

  it("适用对象 first, merged down over three awards, the standard reached 达到: still the category", () => {
    const values: Cell[][] = [
      ["适用对象", "奖励项目", "奖励标准"],
      ["限额以上批发零售企业", "销售额达到5亿元奖励", "年销售额达到5亿元的，一次性奖励10万元"],
      [null, "销售额达到10亿元奖励", "年销售额达到10亿元的，一次性奖励20万元"],
      [null, "销售额达到50亿元奖励", "年销售额达到50亿元的，一次性奖励50万元"],
    ];
    const [t] = tables(values, ["A2:A4"]);
    expect(t.kind).toBe("catalog");
    expect(t.unit).toBe("万元");
    expect(fields(t)).toEqual(["category", "item", "standard"]);
  });
});

describe("register: a rate's base, a kind of base, a grade beside the item", () => {
  const catalog: Cell[][] = [
    ["序号", "支持事项", "支持标准"],
    [1, "数字化车间补助", "按项目合同金额给予10%的一次性补助，最高不超过200万元。"],
    [2, "智能工厂补助", "按项目合同金额给予10%的一次性补助，最高不超过1000万元。"],
  ];
  const runWith = (list: Cell[][], merges: string[] = [], cat: Cell[][] = catalog) =>
    audit({ sheets: [grid(cat, [], "条款"), grid(list, merges, "名单")], settings: { today: "2023-12-31" } });

  // The contract a digital-workshop subsidy is a share of (项目合同金额, 合同额) is the rate's base.
  it.each([["项目合同金额"], ["合同额（万元）"]])("%s beside the award is the base: 10%% of it is checked", (heading) => {
    const list: Cell[][] = [
      [null, null, null, "单位：万元"],
      ["企业名称", "补助类型", heading, "补助金额"],
      ["甲机械有限公司", "数字化车间补助", 1500, 150],
      ["乙装备有限公司", "数字化车间补助", 1200, 130],
    ];
    const r = runWith(list);
    const t = r.tables.find((x) => x.kind === "register") as RecognisedTable;
    expect(fields(t)).toEqual(["enterprise", "item", "base", "approved"]);
    expect(r.findings.filter((f) => f.rule === "cap.rate-exceeded").map((f) => f.cell)).toEqual(["D4"]);
  });

  // A kind of demonstration base (示范基地类型 苹果示范基地) whose values are no catalog item sorts
  // the rows: the item stays the one the title names.
  it("示范基地类型 whose values are not the catalog's items is the category; the title's item is checked", () => {
    const cat: Cell[][] = [["政策项", "上限类型", "上限金额（万元）"], ["林果产业示范基地补助", "定额", 8]];
    const list: Cell[][] = [
      ["某县2023年林果产业示范基地补助公示名单"],
      ["序号", "经营主体", "基地类型", "补助金额（万元）"],
      [1, "甲果业专业合作社", "核桃示范基地", 8],
      [2, "乙农业发展有限公司", "花椒示范基地（红花椒）", 9],
    ];
    const r = runWith(list, ["A1:D1"], cat);
    const t = r.tables.find((x) => x.kind === "register") as RecognisedTable;
    expect(fields(t)).toEqual(["seq", "enterprise", "category", "approved"]);
    expect(r.findings.filter((f) => f.rule === "cap.unknown-policy")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "cap.exceeded").map((f) => f.cell)).toEqual(["D4"]);
  });

  // A grade each unit was rated (评定等级 4A级, 五星级) beside the award's item is its category.
  it("奖励类别 | 评定等级: the grade is the category", () => {
    const cat: Cell[][] = [["奖励事项", "奖励标准"], ["景区创建奖励", "对新评定的4A、3A级景区，分别一次性奖励50万元、20万元。"]];
    const list: Cell[][] = [
      [null, null, null, "单位：万元"],
      ["单位名称", "奖励类别", "评定等级", "奖励金额"],
      ["甲景区管理有限公司", "景区创建奖励", "4A级", 50],
      ["乙旅游开发有限公司", "景区创建奖励", "3A级", 20],
    ];
    const t = runWith(list, [], cat).tables.find((x) => x.kind === "register") as RecognisedTable;
    expect(fields(t)).toEqual(["enterprise", "item", "category", "approved"]);
  });
});

describe("a procurement table: what was bought (实际采购金额) against the plan (采购计划金额), each over its categories", () => {
  it("单位名称 | 采购计划金额 over 总计 | 货物 | 服务 | 实际采购金额 over the same: a category bought above its plan is found", () => {
    const values: Cell[][] = [
      ["政府采购情况表", null, null, null, null, null, null],
      [null, null, null, null, null, null, "金额单位：万元"],
      ["单位名称", "采购计划金额", null, null, "实际采购金额", null, null],
      [null, "总计", "货物", "服务", "总计", "货物", "服务"],
      ["合计", 150, 50, 100, 140, 45, 95],
      ["某局本级", 100, 30, 70, 95, 25, 70],
      ["某中心", 50, 20, 30, 45, 20, 25],
    ];
    const merges = ["A3:A4", "B3:D3", "E3:G3"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "budget", "budget", "actual", "actual", "actual"]);
    const bad = values.map((r) => [...r]);
    bad[6][6] = 35; // 某中心 服务: 35 bought against a plan of 30 (and 某中心 总计 45 = 20 + 25 no longer)
    expect(ruleCells(run(bad, merges), "execution.overspent")).toContain("G7");
  });

  it("部门 | 政府采购计划 | 实际采购 one row across, no categories: a unit above its plan is overspent", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["部门", "政府采购计划", "实际采购"],
      ["甲科", 20, 18],
      ["乙科", 10, 12],
      ["合计", 30, 30],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("execution");
    expect(ruleCells(run(values), "execution.overspent")).toEqual(["C4"]);
  });
});

describe("the year of an allocation's money is its title's, not an earlier year its prose names", () => {
  it("prose sections above the table naming a contest of an earlier year (2019中国…大赛): the title's 2020年", () => {
    const values: Cell[][] = [
      ["2020年省级文化旅游资金分配方案", null, null, null],
      ["根据省厅通知精神，我市分配到2020年度奖补资金60万元，分配如下：", null, null, null],
      ["一、旅游商品（6万元）", null, null, null],
      ["甲县、乙县企业2件商品荣获2019全国旅游商品大赛金奖，每家3万元。", null, null, null],
      ["二、旅游厕所（54万元）", null, null, null],
      ["序号", "县区", "厕所数量", "拨付金额"],
      [1, "甲县", 10, 30],
      [2, "乙县", 8, 24],
      [3, "合计", 18, 54],
    ];
    const [t] = tables(values, ["A1:D1", "A2:D2", "A3:D3", "A4:D4", "A5:D5"]);
    expect(t.kind).toBe("composition");
    expect(t.context?.year).toBe(2020);
  });

  it("a note line just above naming the batch's 2018 acceptance: the title's 2021年度", () => {
    const values: Cell[][] = [
      ["某市2021年度农业产业化资金安排表", null, null],
      ["说明：以下项目经2018 年省级验收合格，", null, null],
      ["本次按原标准补助。", null, null],
      ["单位：万元", null, null],
      ["县区", "项目数", "安排资金"],
      ["甲区", 2, 40],
      ["乙区", 1, 20],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(t.context?.year).toBe(2021);
  });
});

describe("an award table by tier (等次 | 单位 | 个数 | 奖励标准 | 奖励金额): the tier is the category", () => {
  it("等次 | 单位 | 个数 | 奖励标准（万元/个） | 奖励金额（万元）: tiers read, count × standard checked", () => {
    const values: Cell[][] = [
      ["某省科技创新先进单位奖励资金表", null, null, null, null],
      ["等次", "单位", "个数", "奖励标准（万元/个）", "奖励金额（万元）"],
      ["一等奖", "甲市", 1, 200, 200],
      ["二等奖", "乙市、丙市", 2, 120, 240],
      ["三等奖", "丁县、戊县、己县、庚县", 4, 60, 300],
      ["合计", null, 7, null, 740],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "quantity", "unitAmount", "amount"]);
    // 4 × 60 = 240, written 300; the total adds the lines as written.
    const r = run(values, ["A1:E1"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E5"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("奖励等次 | 获奖单位 | 数量 | 每个奖励（万元） | 奖励资金（万元）, in other words", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null, null],
      ["奖励等次", "获奖单位", "数量", "每个奖励（万元）", "奖励资金（万元）"],
      ["特等奖", "甲区", 1, 100, 100],
      ["优秀奖", "乙区、丙区、丁区", 3, 30, 90],
      ["合计", null, 4, null, 190],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["category", "item", "quantity", "unitAmount", "amount"]);
    expect(ruleCells(run(values), "composition.line-mismatch")).toEqual([]);
  });
});

describe("area × standard groups headed differently (补助（7元/亩） over 面积 | 补助资金, 奖励（3元/亩） over 某面积 | 奖励资金) with a row total", () => {
  it("two groups by town and 资金合计（万元）: each group's area and money its own, the row total checked across", () => {
    const values: Cell[][] = [
      ["某县2024年耕地保护补助资金安排表", null, null, null, null, null],
      [null, null, null, null, null, "单位：亩、万元"],
      ["乡镇", "耕地地力保护补贴（100元/亩）", null, "轮作休耕补助（50元/亩）", null, "资金合计（万元）"],
      [null, "补贴面积（亩）", "补贴资金（万元）", "轮作面积（亩）", "补助资金（万元）", null],
      ["东镇", 1000, 10, 400, 2, 12],
      ["西镇", 2000, 20, 600, 3, 24],
      ["南镇", 1500, 15, 200, 1, 16],
      ["合计", 4500, 45, 1200, 6, 52],
    ];
    const merges = ["A1:F1", "A3:A4", "B3:C3", "D3:E3", "F3:F4"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "quantity", "amount", "quantity", "amount", "amount"]);
    // 西镇 20 + 3 = 23, stated 24; the row totals add up to 52 as stated, against 45 + 6 = 51.
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["F6", "F8"]);
  });

  it("three groups (元/头) by village, 合计 headed 资金总额: every row adds up until one is changed", () => {
    const values: Cell[][] = [
      ["单位：元", null, null, null, null, null, null, null],
      ["村", "能繁母牛（500元/头）", null, "育肥牛（200元/头）", null, "肉羊（50元/只）", null, "资金总额"],
      [null, "能繁母牛数（头）", "补助资金", "育肥牛数（头）", "奖励资金", "肉羊数（只）", "补助资金", null],
      ["甲村", 10, 5000, 20, 4000, 100, 5000, 14000],
      ["乙村", 4, 2000, 5, 1000, 40, 2000, 5000],
      ["合计", 14, 7000, 25, 5000, 140, 7000, 19000],
    ];
    const merges = ["A2:A3", "B2:C2", "D2:E2", "F2:G2", "H2:H3"];
    const [t] = tables(values, merges);
    expect(fields(t)).toEqual(["item", "quantity", "amount", "quantity", "amount", "quantity", "amount", "amount"]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
    const bad = values.map((row) => [...row]);
    bad[4][7] = 5500; // 乙村 2000 + 1000 + 2000 = 5000, stated 5500 (the column then adds up to 19,500)
    expect(ruleCells(run(bad, merges), "composition.total-mismatch").sort()).toEqual(["H5", "H6"]);
  });
});

describe("a register's 园区类型-like column (the kind of each row's park or base) is its category, naming the item", () => {
  const item = (name: string, capAmount: number, year: number | null) => ({ name, code: null, category: null, capType: "fixed" as const, capAmount, rate: null, document: null, year });
  it("市 | 园区名称 | 园区类型 | 奖补资金: each park's kind picks its fund's item, the fixed sum checked", () => {
    const values: Cell[][] = [
      ["某省第三批特色产业园区奖补资金分配表", null, null, null],
      [null, null, null, "单位：万元"],
      ["市", "园区名称", "园区类型", "奖补资金"],
      ["甲市", "甲市食品产业园", "县域产业园", 800],
      ["乙市", "乙市电子孵化基地", "孵化基地", 800],
      ["丙市", "丙市纺织园", "县域产业园", 800],
    ];
    const catalog = { name: "目录", origin: "file" as const, items: [item("特色产业园区奖补（县域产业园）", 8_000_000, 2023), item("特色产业园区奖补（孵化基地）", 3_000_000, 2023)] };
    const r = audit({ sheets: [grid(values, ["A1:D1"])], catalog, settings: { today: "2023-12-31" } });
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["registeredIn", "enterprise", "category", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("申报单位 | 基地类别 | 奖励金额 in other words, a year-less title taking the year of the only catalog entry it names", () => {
    const values: Cell[][] = [
      ["全市创业载体奖励资金安排表（单位：万元）", null, null],
      ["序号", "申报单位", "基地类别", "奖励金额"],
      [1, "东区众创空间", "众创空间", 50],
      [2, "西区孵化器", "孵化器", 150],
      [3, "北区孵化器", "孵化器", 100],
    ];
    const catalog = { name: "目录", origin: "file" as const, items: [item("创业载体奖励（众创空间）", 500_000, 2021), item("创业载体奖励（孵化器）", 1_000_000, 2021)] };
    const r = audit({ sheets: [grid(values, ["A1:D1"])], catalog, settings: { today: "2021-12-31" } });
    const t = r.tables[0];
    expect(fields(t)).toEqual(["seq", "enterprise", "category", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
    expect(t.kind === "register" ? t.rows.map((x) => x.year) : null).toEqual([2021, 2021, 2021]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });
});

describe("revenue and spending final accounts: 其中 lines nested by indentation (含： under a 其中 line), section rows 一、收入 / 二、支出", () => {
  const income = (spent: number, other: number, rate = "105.00%"): Cell[][] => [
    ["某乡2022年一般公共预算收支决算表", null, null, null],
    [null, null, null, "单位：万元"],
    ["项目", "年初预算数", "决算数", "完成年初预算%"],
    ["一、收入", null, null, null],
    ["本级收入", 2000, 2100, rate],
    ["上级补助收入", null, 900, null],
    ["其中：一般性转移支付", null, 600, null],
    ["        含：均衡性转移支付", null, 350, null],
    ["            其他一般性转移支付", null, other, null],
    ["      专项转移支付", null, 300, null],
    ["上年结余", null, 50, null],
    ["收入合计", null, 3050, null],
    ["二、支出", null, null, null],
    ["一般公共服务支出", null, 1500, null],
    ["农林水支出", null, spent, null],
    ["结转下年", null, 350, null],
    ["支出合计", null, 3050, null],
  ];
  it("the nested lines are parts of their own line, the lines back at the left the whole's siblings", () => {
    const r = run(income(1200, 250));
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    // The one budget is its line's (the rows a total divides share none): no overspending below it.
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });
  it("the one budgeted line's rate is checked against its own budget", () => {
    const r = run(income(1200, 250, "108.00%")); // 2,100 / 2,000 = 105.00%
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D5"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });
  it("a slip in a nested part and in the spending are each found where they are", () => {
    const r = run(income(1210, 260));
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["C17", "C7"]);
  });
  it("without the 含 marker, parts indented under 其中 end where the lines step back out", () => {
    const values: Cell[][] = [
      ["单位：元", null, null],
      ["项目", "预算数", "决算数"],
      ["一、收入", null, null],
      ["税收收入", 500, 480],
      ["转移性收入", 800, 820],
      ["  其中：返还性收入", 300, 320],
      ["        其他转移收入", 500, 500],
      ["调入资金", 100, 100],
      ["合计", 1400, 1400],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual([]);
    const bad = values.map((row) => [...row]);
    bad[8][2] = 1410; // 480 + 820 + 100 = 1,400; stated 1,410
    expect(ruleCells(run(bad), "execution.total-mismatch")).toEqual(["C9"]);
  });
});

describe("a county's pooled funds listed by source (资金项目名称 | 文号 | 金额): amounts received, no catalog of standards", () => {
  it("合计 first, a 小计 per level, each fund with the 文号 it came under: composition, the 小计 checked", () => {
    const values: Cell[][] = [
      ["某县2023年统筹整合财政涉农资金来源表", null, null, null, null],
      ["序号", "资金项目名称", "文号", "整合金额（万元）", "备注"],
      [null, "合计", null, 1830, null],
      ["一", "中央资金小计", null, 1200, null],
      [1, "衔接推进乡村振兴补助资金", "某财农〔2023〕12号", 700, null],
      [2, "水利发展资金", "某财农〔2023〕40号", 500, "整合部分"],
      ["二", "省级资金小计", null, 450, null],
      [1, "省级衔接资金", "某财农〔2023〕51号", 300, null],
      [2, "省级农业发展资金", "某财农〔2023〕77号", 140, null],
      ["三", "县级资金小计", null, 180, null],
      [1, "县本级衔接资金", "某县财〔2023〕3号", 180, "预算安排"],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("composition");
    // 序号 numbered 一… over 1…: read as the 序号 or as a code of the rows, either way no value.
    expect(["seq", "code"]).toContain(fields(t)[0]);
    expect(fields(t).slice(1)).toEqual(["item", "document", "amount", null]);
    // 省级 300 + 140 = 440, stated 450.
    expect(ruleCells(run(values, ["A1:E1"]), "composition.total-mismatch")).toEqual(["D7"]);
  });

  it("资金名称 | 资金文号 | 安排金额 in 元, no 序号, totals last: every level adds up until one is changed", () => {
    const values: Cell[][] = [
      ["单位：元", null, null],
      ["资金名称", "下达文号", "安排金额"],
      ["中央财政衔接资金", "某财预〔2022〕8号", 3000000],
      ["中央农田建设资金", "某财预〔2022〕19号", 1500000],
      ["中央小计", null, 4500000],
      ["市级衔接资金", "某市财〔2022〕2号", 800000],
      ["市级小计", null, 800000],
      ["合计", null, 5300000],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "document", "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
    const bad = values.map((row) => [...row]);
    bad[3][2] = 1600000;
    expect(ruleCells(run(bad), "composition.total-mismatch")).toEqual(["C5"]);
  });
});

describe("a project list's 建设地点 (where each project is built) is the category of its line, not unread", () => {
  it("项目名称 | 建设地点 | 资金规模 under category rows with 小计: the place read, the 小计 checked", () => {
    const values: Cell[][] = [
      ["某县2024年衔接资金项目表", null, null, null],
      ["序号", "项目名称", "建设地点", "资金规模（万元）"],
      [null, "合计", null, 900],
      ["一", "中央衔接资金（2个）", null, 500],
      [1, "东乡蓄水池建设项目", "东乡", 200],
      [2, "西镇冷库建设项目", "西镇甲村", 300],
      ["二", "自治区衔接资金（2个）", null, 400],
      [1, "南乡道路硬化项目", "南乡", 250],
      [2, "北镇养殖棚圈项目", "北镇乙村", 160],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("composition");
    expect(["seq", "code"]).toContain(fields(t)[0]);
    expect(fields(t).slice(1)).toEqual(["item", "category", "amount"]);
    // 自治区 250 + 160 = 410, stated 400.
    expect(ruleCells(run(values, ["A1:D1"]), "composition.total-mismatch")).toEqual(["D7"]);
  });

  it("实施地点 before 项目名称, amounts in 元 and a remark: read the same way", () => {
    const values: Cell[][] = [
      ["单位：元", null, null, null],
      ["实施地点", "项目名称", "安排资金", "备注"],
      ["甲乡", "甲乡灌溉渠改造", 120000, null],
      ["乙乡", "乙乡村道维修", 80000, "续建"],
      ["丙镇", "丙镇冷链仓储", 200000, null],
      ["合计", null, 400000, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "amount", null]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });
});

describe("an allocation by 地县 under source lines in 万元, the whole first under its own name, sign-off lines merged across under it", () => {
  const rows = (): Cell[][] => [
    ["一、资金来源", null, null, null, null],
    ["1.自治区资金（某财农〔2020〕9号）600万元", null, null, null, null],
    ["以上合计600万元。", null, null, null, null],
    ["地县", "资金合计", "中央资金", "自治区资金", "支出方向"],
    ["某地区", 600, null, 600, "统筹整合"],
    ["甲县", 250, null, 250, "统筹整合"],
    ["乙县", 200, null, 200, "统筹整合"],
    ["丙市", 150, null, 150, "统筹整合"],
    ["本级单位**", null, null, null, null],
    ["二、监督电话", null, null, null, null],
    ["某地区财政局", null, null, null, null],
    ["2020年3月1日", null, null, null, null],
  ];
  const merges = ["A1:E1", "A2:E2", "A3:E3", "A10:E10", "A11:E11", "A12:E12"];

  it("the unit from the lines, the empty source column an amount, the table ending above the sign-off", () => {
    const [t] = tables(rows(), merges);
    expect(t.kind).toBe("composition");
    expect(t.unit).toBe("万元");
    expect(fields(t).slice(0, 4)).toEqual(["item", "amount", "amount", "amount"]);
    expect(t.range.r1 + 1).toBe(9);
    expect(ruleCells(run(rows(), merges), "composition.total-mismatch")).toEqual([]);
  });

  it("the whole first is the total: a slip in its source column found against the lines below", () => {
    const bad = rows();
    bad[4][3] = 590; // 甲县 250 + 乙县 200 + 丙市 150 = 600 自治区资金, the whole writes 590
    expect(ruleCells(run(bad, merges), "composition.total-mismatch")).toContain("D5");
  });

  it("单位 stated nowhere and the lines' 万元 figure no figure of the table: the table stays in 元", () => {
    const values: Cell[][] = [
      ["某县下达资金500万元的通知附表", null],
      ["乡镇", "分配资金"],
      ["东镇", 3000],
      ["西镇", 2000],
      ["合计", 5000],
    ];
    const [t] = tables(values, ["A1:B1"]);
    expect(t.unit).toBe("元");
  });

  it("a whole first in 元 over four villages, no 合计: each line's amount checked against it", () => {
    const values: Cell[][] = [
      ["单位：元", null],
      ["村", "补助资金"],
      ["全镇", 10000],
      ["甲村", 4000],
      ["乙村", 3000],
      ["丙村", 2000],
      ["丁村", 1000],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind === "composition" ? t.totals.map((x) => x.row) : null).toEqual([2]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
});

describe("a total's label merged across a block's columns (its figure in the next block) is no closing line of the document", () => {
  it("three 科目编码 | 科目名称 | 决算数 blocks, 公用经费合计 merged over the second block and the third's name columns: each block keeps its total row", () => {
    const values: Cell[][] = [
      ["基本支出决算明细表", null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, "单位：万元"],
      ["人员经费", null, null, "公用经费", null, null, null, null, null],
      ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
      ["301", "工资福利支出", 100, "302", "商品和服务支出", 40, "310", "资本性支出", 5],
      ["30101", "基本工资", 60, "30201", "办公费", 25, "31002", "办公设备购置", 5],
      ["30102", "津贴补贴", 40, "30205", "水费", 15, null, null, null],
      ["人员经费合计", null, 100, "公用经费合计", null, null, null, null, 45],
      ["注：本表反映基本支出明细。", null, null, null, null, null, null, null, null],
    ];
    const merges = ["A1:I1", "A3:C3", "D3:I3", "A8:B8", "D8:H8", "A9:I9"];
    const ts = tables(values, merges);
    expect(ts.map((t) => [t.range.c0, t.range.r1 + 1])).toEqual([
      [0, 8],
      [3, 8],
      [6, 8],
    ]);
  });
});

describe("catalog: levels' awards named elsewhere or not at all; a 支持对象 column beside the items", () => {
  it("支持方向 | 支持对象 | 支持标准, `分别给予…、…、…奖励` with no levels before it: at most the largest, 支持对象 the category", () => {
    const clauses: Cell[][] = [
      ["序号", "支持方向", "支持对象", "支持标准"],
      [1, "示范园区创建奖励", "考核评为优秀、良好、合格的园区", "分别给予200万元、120万元、60万元奖励"],
      [2, "小微企业升规奖励", "首次纳入规模以上统计的企业", "给予每户20万元的奖励"],
    ];
    const awards: Cell[][] = [
      [null, null, "单位：万元"],
      ["申报单位", "支持方向", "奖励金额"],
      ["甲园区管委会", "示范园区创建奖励", 200],
      ["乙园区管委会", "示范园区创建奖励", 260],
    ];
    const r = audit({ sheets: [grid(clauses, [], "条款"), grid(awards, [], "名单")], settings: { today: "2022-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "item", "category", "standard"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
  });

  it("扶持事项 | 扶持对象 | 扶持标准, two amounts `分别奖励…、…` whose levels stand in the 扶持对象 cell", () => {
    const clauses: Cell[][] = [
      ["序号", "扶持事项", "扶持对象", "扶持标准"],
      [1, "龙头企业认定奖励", "新认定的国家级、省级龙头企业", "经认定的，分别奖励50万元、30万元"],
      [2, "品牌建设奖励", "新获中国驰名商标的企业", "一次性奖励20万元"],
    ];
    const awards: Cell[][] = [
      ["企业名称", "扶持事项", "奖励金额（万元）"],
      ["甲食品有限公司", "龙头企业认定奖励", 55],
      ["乙粮油有限公司", "龙头企业认定奖励", 30],
    ];
    const r = audit({ sheets: [grid(clauses, [], "条款"), grid(awards, [], "名单")], settings: { today: "2022-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "item", "category", "standard"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C2"]);
  });
});

describe("register: a 立项类别 column naming no catalog item is a category; an upper level's grant beside a lower level's match is the base", () => {
  const rateItem = (name: string, rate: number, year: number) => ({ name, code: null, category: null, capType: "rate" as const, capAmount: null, rate, base: "上级资金", document: null, year });
  it("立项类别 | 单位名称 | 市级立项经费 | 区级配套资金 under a title naming the item: category, base, 1:1 checked", () => {
    const values: Cell[][] = [
      ["2020年度科技创新载体区级配套资金安排表", null, null, null, null, null],
      ["序号", "立项类别", "单位名称", "统一社会信用代码", "市级立项经费（万元）", "区级配套资金（万元）"],
      [1, "孵化器绩效奖励", "甲孵化器管理有限公司", "91310107MA1G0B2C4C", 50, 50],
      [2, "众创空间培育", "乙创业服务有限公司", "91310107MA1FL6X19X", 20, 25],
      [3, "众创空间培育", "丙科技服务有限公司", "91310107MA1FN8D56U", 20, 20],
    ];
    const catalog = { name: "目录", origin: "file" as const, items: [rateItem("科技创新载体区级配套", 1, 2020)] };
    const r = audit({ sheets: [grid(values, ["A1:F1"])], catalog, settings: { today: "2020-12-31" } });
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "category", "enterprise", "creditCode", "base", "approved"]);
    // --explain says why: the two columns were read by their levels, the upper the base.
    expect(t.columns[4].evidence).toMatchObject({ how: "level", word: "市级" });
    expect(t.columns[5].evidence).toMatchObject({ how: "level", word: "区级" });
    expect(t.kind === "register" ? [...new Set(t.rows.map((x) => x.item))] : null).toEqual(["科技创新载体区级配套"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["F4"]);
  });

  it("申报类别 | 企业名称 | 省级补助资金 | 县级配套资金 (half matched), in 元", () => {
    const values: Cell[][] = [
      ["2021年农业产业化项目县级配套资金表（单位：元）", null, null, null],
      ["申报类别", "企业名称", "省级补助资金", "县级配套资金"],
      ["加工设备购置", "甲食品有限公司", 200000, 100000],
      ["冷链仓储建设", "乙果业有限公司", 100000, 80000],
    ];
    const catalog = { name: "目录", origin: "file" as const, items: [rateItem("农业产业化项目县级配套", 0.5, 2021)] };
    const r = audit({ sheets: [grid(values, ["A1:D1"])], catalog, settings: { today: "2021-12-31" } });
    const t = r.tables[0];
    expect(fields(t)).toEqual(["category", "enterprise", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D4"]);
  });
});

describe("register: counties as the applicants of an award list", () => {
  const rateItem = (name: string, rate: number) => ({ name, code: null, category: null, capType: "rate" as const, capAmount: null, rate, base: "省级奖励", document: null, year: null });
  it("县（区） | 省级奖励 | 市级奖励 under …奖励资金表: the counties are the applicants, the province's award the base", () => {
    const values: Cell[][] = [
      ["某市2023年度县域经济争先进位奖励资金表", null, null, null],
      [null, null, null, "单位：万元"],
      ["序号", "县（区）", "省级奖励", "市级奖励"],
      [1, "甲县", 3000, 3000],
      [2, "乙区", 2000, 2500],
      ["合计", null, 5000, 5500],
    ];
    const catalog = { name: "目录", origin: "file" as const, items: [rateItem("县域经济争先进位奖励", 1)] };
    const r = audit({ sheets: [grid(values, ["A1:D1", "A6:B6"])], catalog, settings: { today: "2023-12-31" } });
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "base", "approved"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D5"]);
  });

  it("县（市） | 省级补助 | 州级奖励 under …拟奖励县市名单, in 万元 (double allowed)", () => {
    const values: Cell[][] = [
      ["2022年度农业产业强县拟奖励县市名单（单位：万元）", null, null, null],
      ["序号", "县（市）", "省级补助", "州级奖励"],
      [1, "丙县", 500, 1000],
      [2, "丁市", 500, 1200],
    ];
    const catalog = { name: "目录", origin: "file" as const, items: [rateItem("农业产业强县奖励", 2)] };
    const r = audit({ sheets: [grid(values, ["A1:D1"])], catalog, settings: { today: "2022-12-31" } });
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D4"]);
  });
});

describe("register: counties with their city (所属市) under an award list's title, a fixed award", () => {
  const fixed = (name: string, capAmount: number) => ({ name, code: null, category: null, capType: "fixed" as const, capAmount, rate: null, document: null, year: 2022 });
  it("县（市、区） | 所属市（州） | 面积 | 排名 | 奖励金额 under …奖励名单: a register of counties, the fixed award checked", () => {
    const values: Cell[][] = [
      ["2022年全省设施农业大县奖励名单", null, null, null, null, null],
      ["序号", "县（市、区）", "所属市（州）", "新建设施面积（亩）", "综合排名", "奖励金额（万元）"],
      [1, "甲县", "乙市", 1500, 1, 300],
      [2, "丙县", "丁州", 1200, 2, 350],
      ["合计", null, null, 2700, null, 650],
    ];
    const catalog = { name: "目录", origin: "file" as const, items: [fixed("设施农业大县奖励", 3_000_000)] };
    const r = audit({ sheets: [grid(values, ["A1:F1", "A5:C5"])], catalog, settings: { today: "2022-12-31" } });
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    const f = fields(t);
    expect([f[1], f[2], f[5]]).toEqual(["enterprise", "registeredIn", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["F4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("a 资金分配表 among counties (no award list in the title) stays an allocation", () => {
    const values: Cell[][] = [
      ["2022年设施农业发展资金分配表", null, null],
      ["县（市、区）", "所属市（州）", "分配金额（万元）"],
      ["甲县", "乙市", 300],
      ["丙县", "丁州", 350],
    ];
    expect(tables(values, ["A1:C1"])[0].kind).toBe("composition");
  });
});

describe("register: a kind of the project as the category; an investment, an interest figure or a calculation basis as the base; a firm building a project as the enterprise; why an award was given as the project", () => {
  const rateItem = (name: string, rate: number, capAmount: number | null, year: number | null = null) => ({ name, code: null, category: null, capType: "rate" as const, capAmount, rate, base: null, document: null, year });
  const fixedItem = (name: string, capAmount: number) => ({ name, code: null, category: null, capType: "fixed" as const, capAmount, rate: null, document: null, year: null });
  const maxItem = (name: string, capAmount: number) => ({ name, code: null, category: null, capType: "max" as const, capAmount, rate: null, document: null, year: null });
  const audited = (values: Cell[][], merges: string[], items: ReturnType<typeof rateItem | typeof fixedItem | typeof maxItem>[], today = "2024-12-31") =>
    audit({ sheets: [grid(values, merges)], catalog: { name: "目录", origin: "file" as const, items }, settings: { today } });

  it("光伏类型 (薄膜 / 常规) is the category, 实际建设投入 the base of a 20% share with a maximum", () => {
    const values: Cell[][] = [
      ["2024年度分布式光伏项目支持资金拟支持名单", null, null, null, null, null],
      ["序号", "项目单位", "项目名称", "光伏类型", "实际建设投入（万元）", "拟支持金额（万元）"],
      [1, "甲绿能科技有限公司", "厂房屋顶薄膜光伏项目", "薄膜", 500, 120],
      [2, "乙光能服务有限公司", "停车场光伏车棚项目", "常规", 400, 60],
      [3, "丙新能源有限公司", "会展建筑光伏项目", "薄膜", 2000, 320],
    ];
    const r = audited(values, ["A1:F1"], [rateItem("分布式光伏项目支持", 0.2, 3_000_000)]);
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "project", "category", "base", "approved"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["F3"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["F5"]);
  });

  it("储能类型 | 项目总投入, in a title naming the unit: category and base, a 10% share checked", () => {
    const values: Cell[][] = [
      ["某区2023年新型储能项目补贴名单（单位：万元）", null, null, null],
      ["企业名称", "储能类型", "项目总投入", "补贴金额"],
      ["甲储能科技有限公司", "电化学储能", 1000, 80],
      ["乙储能科技有限公司", "压缩空气储能", 600, 90],
    ];
    const r = audited(values, ["A1:D1"], [rateItem("新型储能项目补贴", 0.1, null)], "2023-12-31");
    expect(fields(r.tables[0])).toEqual(["enterprise", "category", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D4"]);
  });

  it("按年基准利率计算的利息 beside the loan is the base of a 50% interest subsidy", () => {
    const values: Cell[][] = [
      ["2024年设备购置贷款贴息拟兑现名单", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "企业名称", "设备购置贷款", "按年基准利率计算的利息", "拟兑现金额"],
      [1, "甲机械有限公司", 2000, 69, 34.5],
      [2, "乙电气有限公司", 1000, 34.5, 20],
    ];
    const r = audited(values, ["A1:E1"], [rateItem("设备购置贷款贴息", 0.5, 1_000_000)]);
    const t = r.tables[0];
    expect(t.columns.find((c) => c.col === 3)?.field).toBe("base");
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5"]);
  });

  it("应付利息 beside 贷款金额 in 元: the interest, not the loan, is the base", () => {
    const values: Cell[][] = [
      ["2023年中小企业贷款贴息名单", null, null, null],
      ["企业名称", "贷款金额（元）", "应付利息（元）", "贴息金额（元）"],
      ["甲纺织有限公司", 5_000_000, 200_000, 60_000],
      ["乙食品有限公司", 3_000_000, 120_000, 50_000],
    ];
    const r = audited(values, ["A1:D1"], [rateItem("中小企业贷款贴息", 0.3, null)], "2023-12-31");
    const t = r.tables[0];
    expect(t.columns.find((c) => c.col === 2)?.field).toBe("base");
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D4"]);
  });

  it("计算依据（万千瓦时） is the figure an award per unit is reckoned on: the base, blank on rows that need none", () => {
    const values: Cell[][] = [
      ["2022年度工业经济奖励资金兑现明细表", null, null, null],
      [null, null, null, "单位：万元"],
      ["企业名称", "奖励事项", "计算依据（万千瓦时）", "奖励金额"],
      ["甲食品有限公司", "用电增量奖励", 80, 8],
      ["乙机电有限公司", "用电增量奖励", 120, 12],
      ["丙电子有限公司", "新上规企业奖励", null, 3],
    ];
    const r = audited(values, ["A1:D1"], [maxItem("用电增量奖励", 100_000), fixedItem("新上规企业奖励", 50_000)], "2022-12-31");
    expect(fields(r.tables[0])).toEqual(["enterprise", "item", "base", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D5"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("核算依据（万元） as the base of a 10% award", () => {
    const values: Cell[][] = [
      ["2021年技术改造奖励名单（单位：万元）", null, null],
      ["企业名称", "核算依据", "奖励金额"],
      ["甲铸造有限公司", 800, 80],
      ["乙化工有限公司", 500, 65],
    ];
    const r = audited(values, ["A1:C1"], [rateItem("技术改造奖励", 0.1, null)], "2021-12-31");
    expect(fields(r.tables[0])).toEqual(["enterprise", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["C4"]);
  });

  it("项目承建单位 (the firm building the project, 先建后补) is the enterprise", () => {
    const values: Cell[][] = [
      ["2025年都市农业建设项目补助资金明细表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "项目承建单位", "建设内容", "投资额", "补助金额"],
      [1, "甲蔬菜专业合作社", "产地分拣中心", 120, 50],
      [2, "乙家庭农场有限公司", "食用菌大棚", 64, 35],
    ];
    const r = audited(values, ["A1:E1"], [rateItem("都市农业建设项目补助", 0.5, 500_000)], "2025-12-31");
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "project", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5"]);
  });

  it("项目承建企业 | 项目名称 | 总投资 | 奖补资金: the builder is the enterprise", () => {
    const values: Cell[][] = [
      ["2024年高标准农田建设奖补名单（单位：万元）", null, null, null],
      ["项目承建企业", "项目名称", "总投资", "奖补资金"],
      ["甲建设工程有限公司", "东片农田提升工程", 300, 90],
      ["乙水利工程有限公司", "西片灌溉工程", 200, 70],
    ];
    const r = audited(values, ["A1:D1"], [rateItem("高标准农田建设奖补", 0.3, null)]);
    expect(fields(r.tables[0])).toEqual(["enterprise", "project", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D4"]);
  });

  it("奖励事由 beside 奖励类别 is the row's project, the fixed award checked", () => {
    const values: Cell[][] = [
      ["2018年度建筑业企业奖励名单", null, null, null],
      ["企业名称", "奖励类别", "奖励事由", "奖励金额（万元）"],
      ["甲建设集团有限公司", "核心竞争力奖", "施工总承包资质一级升为特级", 100],
      ["乙路桥工程有限公司", "核心竞争力奖", "公路工程资质二级升为一级", 150],
    ];
    const r = audited(values, ["A1:D1"], [fixedItem("核心竞争力奖", 1_000_000)], "2018-12-31");
    expect(fields(r.tables[0])).toEqual(["enterprise", "item", "project", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });

  it("获奖事由 / 奖励原因 name the deed, not the money", () => {
    for (const heading of ["获奖事由", "奖励原因"]) {
      const values: Cell[][] = [
        ["序号", "单位名称", heading, "奖励项目", "奖励资金（万元）"],
        [1, "甲科技有限公司", "首次认定为国家高新技术企业", "高企认定奖励", 20],
        [2, "乙材料有限公司", "重新认定为国家高新技术企业", "高企认定奖励", 10],
      ];
      const r = audited(values, [], [fixedItem("高企认定奖励", 200_000)], "2022-12-31");
      expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "project", "item", "approved"]);
    }
  });
});

describe("catalog: an award paid in instalments is one award of the whole", () => {
  const run2 = (clauses: Cell[][], awards: Cell[][]) => audit({ sheets: [grid(clauses, [], "条款"), grid(awards, [], "名单")], settings: { today: "2022-12-31" } });
  it("`给予10万元奖励；当年拨付6万元，次年考核合格后拨付4万元`: a fixed 10万元", () => {
    const clauses: Cell[][] = [
      ["序号", "支持事项", "支持标准"],
      [1, "首次入选企业奖励", "对首次入选的企业给予10万元奖励；当年拨付6万元，次年考核合格后拨付4万元。"],
      [2, "品牌建设奖励", "一次性奖励20万元"],
    ];
    const awards: Cell[][] = [
      ["企业名称", "支持事项", "奖励金额（万元）"],
      ["甲食品有限公司", "首次入选企业奖励", 6],
      ["乙粮油有限公司", "首次入选企业奖励", 12],
    ];
    const r = run2(clauses, awards);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
  });

  it("`补助50万元，分两期拨付：首期30万元，项目验收后拨付20万元`: a fixed 50万元", () => {
    const clauses: Cell[][] = [
      ["序号", "扶持事项", "扶持标准"],
      [1, "公共服务平台建设补助", "经认定的平台补助50万元，分两期拨付：首期30万元，项目验收后拨付20万元"],
    ];
    const awards: Cell[][] = [
      ["单位名称", "扶持事项", "补助金额（万元）"],
      ["甲服务中心", "公共服务平台建设补助", 30],
      ["乙服务中心", "公共服务平台建设补助", 55],
    ];
    const r = run2(clauses, awards);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
  });

  it("a further award that does not add up to the first (`给予10万元；再给予5万元`) is not taken for instalments", () => {
    const clauses: Cell[][] = [
      ["序号", "支持事项", "支持标准"],
      [1, "技术中心奖励", "新认定的给予10万元奖励，当年发放3万元，次年发放3万元"],
    ];
    const awards: Cell[][] = [
      ["企业名称", "支持事项", "奖励金额（万元）"],
      ["甲电子有限公司", "技术中心奖励", 3],
    ];
    const r = run2(clauses, awards);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["C2"]);
  });
});

describe("catalog: the levels a firm reaches are conditions; `万` before a measure counts the measure", () => {
  const run2 = (clauses: Cell[][], awards: Cell[][]) => audit({ sheets: [grid(clauses, [], "条款"), grid(awards, [], "名单")], settings: { today: "2022-12-31" } });
  it("`用电量达30万千瓦时以上且营业收入同比增速达5%的…按0.1元/千瓦时…最高不超过10万元`: at most 10万元, no 5% rate", () => {
    const clauses: Cell[][] = [
      ["序号", "奖励事项", "奖励标准"],
      [1, "用电增量奖励", "每季度用电量达30万千瓦时以上且营业收入同比增速达5%的企业，对其用电增量按0.1元/千瓦时给予奖励，单个企业每季度最高不超过10万元。"],
    ];
    const awards: Cell[][] = [
      [null, null, null, "单位：万元"],
      ["企业名称", "奖励事项", "计算依据（万千瓦时）", "奖励金额"],
      ["甲食品有限公司", "用电增量奖励", 80, 8],
      ["乙机电有限公司", "用电增量奖励", 120, 12],
    ];
    const r = run2(clauses, awards);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });

  it("`年产量达2万吨以上、产值增幅不低于15%的企业，给予一次性奖励20万元`: a fixed 20万元, no 15% rate", () => {
    const clauses: Cell[][] = [
      ["序号", "支持事项", "支持标准"],
      [1, "稳产增产奖励", "年产量达2万吨以上、产值增幅不低于15%的企业，给予一次性奖励20万元"],
    ];
    const awards: Cell[][] = [
      ["企业名称", "支持事项", "奖励金额（万元）"],
      ["甲建材有限公司", "稳产增产奖励", 20],
      ["乙水泥有限公司", "稳产增产奖励", 25],
    ];
    const r = run2(clauses, awards);
    const items = (r.catalog?.items ?? []).map((x) => [x.name, x.capType, x.capAmount, x.rate]);
    expect(items).toEqual([["稳产增产奖励", "fixed", 200_000, null]]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
  });
});

describe("catalog: one sentence awarding several named kinds, a list naming each kind", () => {
  // 对认定为A、B、C的分别奖励…、…、…: the sentence names whole kinds (not levels of one name), so
  // each is an item of its own by that name, and a list naming a kind is checked against its amount.
  it("three whole names (one with a bracket) and a further clause naming a fourth: each found, each capped", () => {
    const clauses: Cell[][] = [
      ["序号", "政策项目", "政策内容"],
      [1, "绿色制造奖励", "对评定为国家级绿色工厂、省级绿色低碳工厂、绿色车间（低碳车间）的分别奖励80万元、30万元、10万元；对评定为市级绿色工厂的奖励5万元。"],
    ];
    const awards: Cell[][] = [
      [null, null, "单位：万元"],
      ["企业名称", "奖励项目", "奖励金额"],
      ["甲电机有限公司", "国家级绿色工厂", 80],
      ["乙纺织有限公司", "省级绿色低碳工厂", 30],
      ["丙五金有限公司", "绿色车间（低碳车间）", 15],
      ["丁食品有限公司", "市级绿色工厂", 8],
    ];
    const r = audit({ sheets: [grid(clauses, [], "条款"), grid(awards, [], "名单")], settings: { today: "2024-12-31" } });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C5", "C6"]);
  });

  it("two whole names given 分别给予, a list in 元: the second above its own amount though below the first", () => {
    const clauses: Cell[][] = [
      ["条款", "支持事项", "支持标准"],
      ["第三条", "数字化改造", "对新获评省级数字化示范工厂、市级数字化车间的企业，分别给予50万元、20万元一次性奖励。"],
    ];
    const awards: Cell[][] = [
      ["企业名称", "支持事项", "奖励金额（元）"],
      ["甲轴承有限公司", "省级数字化示范工厂", 500000],
      ["乙阀门有限公司", "市级数字化车间", 300000],
    ];
    const r = audit({ sheets: [grid(clauses, [], "政策"), grid(awards, [], "兑现")], settings: { today: "2024-12-31" } });
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
  });
});

describe("register: an investment in equipment and software (…投入) as the base of a rate", () => {
  const rateItem = (name: string, rate: number, cap: number) => ({ name, code: null, category: null, capType: "rate" as const, capAmount: cap, rate, base: "投入", document: null, year: null });
  it("设备和软件投入 | 补助金额 under the item's title: 30% of the investment checked", () => {
    const values: Cell[][] = [
      ["2024年某县数字化改造项目补助资金拟兑现名单", null, null, null],
      [null, null, null, "单位：万元"],
      ["企业名称", "项目名称", "设备和软件投入", "补助金额"],
      ["甲机械有限公司", "MES系统项目", 200, 60],
      ["乙化工有限公司", "ERP项目", 100, 40],
    ];
    const catalog = { name: "目录", origin: "file" as const, items: [rateItem("数字化改造项目补助", 0.3, 1_000_000)] };
    const r = audit({ sheets: [grid(values, ["A1:D1"])], catalog, settings: { today: "2024-12-31" } });
    expect(fields(r.tables[0])).toEqual(["enterprise", "project", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D5"]);
  });

  it("实际投入（元） beside 奖励资金（元): the investment is the base", () => {
    const values: Cell[][] = [
      ["企业名称", "实际投入（元）", "奖励资金（元）"],
      ["丙科技有限公司", 800000, 80000],
      ["丁电子有限公司", 500000, 90000],
    ];
    const catalog = { name: "目录", origin: "file" as const, items: [rateItem("技术改造奖励", 0.1, 500_000)] };
    const r = audit({ sheets: [grid(values, [], "技术改造奖励")], catalog, settings: { today: "2024-12-31" } });
    expect(fields(r.tables[0])).toEqual(["enterprise", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["C3"]);
  });
});

describe("composition: the cities or districts the projects are in, a category beside the project", () => {
  it("市区单位 | 项目名称 | 实施主体 | 资金: the places group the projects", () => {
    const values: Cell[][] = [
      ["2024年某项专项资金拟扶持项目名单", null, null, null, null],
      ["序号", "市区单位", "项目名称", "实施主体", "拟扶持资金（万元）"],
      [1, "甲市", "甲镇冷链仓储项目", "甲市甲镇人民政府", 100],
      [2, "乙区", "乙镇蔬菜基地项目", "乙区乙镇人民政府", 80],
      [3, "甲市", "丙镇稻米加工项目", "甲市丙农业有限公司", 60],
      ["合计", null, null, null, 240],
    ];
    const [t] = tables(values, ["A1:E1", "A6:D6"]);
    expect(t.kind).toBe("composition");
    expect([fields(t)[1], fields(t)[2], fields(t)[4]]).toEqual(["category", "item", "amount"]);
  });

  it("所在市区 | 项目名称 | 建设内容 | 安排资金: a wrong total reported", () => {
    const values: Cell[][] = [
      ["项目资金安排表（单位：万元）", null, null, null],
      ["所在市区", "项目名称", "建设内容", "安排资金"],
      ["丙市", "高标准农田提升项目", "提升农田2000亩", 300],
      ["丁区", "灌区改造项目", "改造渠道5公里", 200],
      ["合计", null, null, 600],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("composition");
    expect([fields(t)[0], fields(t)[1], fields(t)[3]]).toEqual(["category", "item", "amount"]);
    expect(ruleCells(run(values, ["A1:D1"]), "composition.total-mismatch")).toEqual(["D5"]);
  });
});

describe("execution: a rate headed as the share of the budget in words (完成年初预算, 为预算), no 率 or %", () => {
  it("项目 | 年初预算数 | 决算数 | 完成年初预算: the last column is the rate, its slip found", () => {
    const values: Cell[][] = [
      ["某镇2022年度支出决算表", null, null, null],
      [null, null, null, "单位：万元"],
      ["功能分类科目", "年初预算数", "决算数", "完成年初预算"],
      ["教育支出（类）普通教育（款）小学教育（项）", 120, 118.8, "99.00%"],
      ["卫生健康支出（类）公共卫生（款）其他公共卫生支出（项）", 80, 79.2, "97.00%"],
    ];
    const [t] = tables(values, ["A1:D1"]) as ExecutionTable[];
    expect(fields(t).slice(1)).toEqual(["initialBudget", "actual", "rate"]);
    // 79.2 / 80 = 99.00%, stated 97.00%.
    expect(ruleCells(run(values, ["A1:D1"]), "execution.rate-mismatch")).toEqual(["D5"]);
  });

  it("项目 | 调整预算 | 执行数 | 为预算: the rate in words beside the adjusted budget", () => {
    const values: Cell[][] = [
      ["单位：亿元", null, null, null],
      ["项目", "调整预算", "执行数", "为预算"],
      ["一般公共预算支出", 50, 48, "96.0%"],
      ["政府性基金预算支出", 20, 19, "92.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t).slice(1)).toEqual(["budget", "actual", "rate"]);
    // 19 / 20 = 95.0%, stated 92.0%.
    expect(ruleCells(run(values), "execution.rate-mismatch")).toEqual(["D4"]);
  });
});

describe("execution: a 其中 under a 其中 (a part's own parts), its list closed by the complement", () => {
  it("收入 | 其中：一般公共预算收入 | 其中：税收收入 | 非税收入 | 政府性基金收入: each list against its own whole", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "预算数", "执行数", "为预算%"],
      ["一、全县财政收入", 500, 490, "98.0%"],
      ["其中：一般公共预算收入", 300, 296, "98.7%"],
      ["其中：税收收入", 200, 190, "95.0%"],
      ["非税收入", 100, 106, "106.0%"],
      ["政府性基金收入", 200, 194, "97.0%"],
      ["二、全县财政支出", 800, 760, "95.0%"],
      ["其中：一般公共预算支出", 600, 570, "95.0%"],
      ["政府性基金支出", 200, 190, "95.0%"],
    ];
    const r = run(values);
    // 190 + 106 = 296 and 296 + 194 = 490: nothing adds up wrong, no list summed into the wrong whole.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("the inner list's slip is found on its own whole, the outer list still checked", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["项目", "预算数", "完成数"],
      ["一、财政总收入", 1000, 950],
      ["　其中：地方一般公共预算收入", 600, 560],
      ["　　其中：税收收入", 400, 380],
      ["　　　　　非税收入", 200, 190],
      ["　　　上划中央收入", 400, 390],
    ];
    const r = run(values);
    // Inner: 380 + 190 = 570, stated 560 (C4). Outer: 560 + 390 = 950, as stated.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C4"]);
  });
});

describe("composition: a project list with 总投资 beside the money asked from one source (guards the reading the corpus states)", () => {
  const amounts = (t: RecognisedTable) => t.columns.filter((c) => c.field === "amount").map((c) => [c.header, !!c.group || !!c.part]);
  it("总投资 | 申请中央预算内投资: the central money is the allocation's amount, 总投资 a further column", () => {
    const values: Cell[][] = [
      ["2021年某项目中央预算内投资申请表", null, null, null, null],
      ["序号", "县区", "项目名称", "总投资（万元）", "申请中央预算内投资（万元）"],
      [1, "甲县", "甲县冷链物流中心建设项目", 800, 200],
      [2, "乙区", "乙区农产品仓储保鲜项目", 600, 150],
      ["合计", null, null, 1400, 360],
    ];
    const r = run(values, ["A1:E1", "A5:C5"]);
    expect(amounts(r.tables[0])).toEqual([["总投资（万元）", true], ["申请中央预算内投资（万元）", false]]);
    // 200 + 150 = 350, stated 360.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E5"]);
  });

  it("计划总投资 | 拟安排省级补助资金: the same with other words, the totals as stated", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["序号", "项目名称", "计划总投资", "拟安排省级补助资金"],
      [1, "丙镇污水管网改造", 450, 90],
      [2, "丁镇垃圾转运站", 300, 60],
      ["合计", null, 750, 150],
    ];
    const r = run(values, ["A5:B5"]);
    expect(amounts(r.tables[0])).toEqual([["计划总投资", true], ["拟安排省级补助资金", false]]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
});

describe("catalog: clause numbers （一）（二） as the document, and a pool over several years no cap", () => {
  // A policy laid out as its clauses (序号 | 条款 | 支持事项 | 支持标准) numbers each row by the clause
  // it comes from, （一）, （二）: under a 条款 heading, beside the rows' own 序号 or shared by several
  // rows, that is the row's document (alone and one a row, it numbers the rows: their code). A clause setting aside money for all support over years (`2019—2022年累计安排…专项资金
  // 不低于20亿元`) states the whole fund, no cap of one award: unreadable, as a sum set aside each year is.
  it("条款 （一）（二） left of the items is the document; 累计安排…不低于 is no cap", () => {
    const values: Cell[][] = [
      ["某市支持制造业发展若干措施", null, null, null, null],
      ["序号", "条款", "支持事项", "支持标准", "责任单位"],
      [1, "（一）", "制造业发展专项资金", "2019—2022年累计安排各类支持制造业发展的专项资金不低于20亿元，采取贴息、奖励等方式支持", "市工信局"],
      [2, "（二）", "技术改造补助", "按设备投资额的8%给予补助，最高不超过300万元", "市工信局、市财政局"],
      [3, "（三）", "规模企业奖励", "对首次纳入规模以上统计的工业企业，给予一次性奖励10万元", "市统计局"],
    ];
    const r = run(values, ["A1:E1"]);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0]).slice(1, 4)).toEqual(["document", "item", "standard"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["D3"]);
  });

  it("政策条款 (1)(2)(2) after the standard, two rows from one clause; 三年内共安排…资金5亿元 is no cap", () => {
    const values: Cell[][] = [
      ["支持事项", "支持标准", "政策条款"],
      ["产业基金", "三年内累计统筹安排产业引导资金共5亿元，用于支持新兴产业", "(1)"],
      ["研发补助", "按研发投入的5%给予补助，最高不超过200万元", "(2)"],
      ["人才补助", "对引进的高层次人才给予一次性补助30万元", "(2)"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["item", "standard", "document"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["B2"]);
  });
});

describe("composition: a town column left of an allocation's projects groups them", () => {
  // An allocation by project written with the town each is in (序号 | 乡镇 | 项目名称 | 分配资金): the
  // project is the line, the town left of it its category, as a county left of its units is.
  it("乡镇 | 项目名称 | 资金来源 | 分配资金: the town is the category, the total checked", () => {
    const values: Cell[][] = [
      ["某县2020年扶贫资金分配表", null, null, null, null],
      ["序号", "乡镇", "项目名称", "资金来源", "分配资金（万元）"],
      [1, "东镇", "村组道路硬化", "专项债券", 120.5],
      [2, "西乡", "饮水安全巩固", "专项债券", 80],
      [3, "南镇", "扶贫车间建设", "县级资金", 40],
      ["合计", null, null, null, 245.5],
    ];
    const r = run(values, ["A1:E1", "A6:D6"]);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 3)).toEqual(["category", "item"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E6"]);
  });

  it("乡（镇） | 建设项目 | 补助资金, each town once: the town is the category", () => {
    const values: Cell[][] = [
      ["乡（镇）", "建设项目", "补助资金（万元）"],
      ["甲镇", "高标准农田", 300],
      ["乙乡", "灌溉渠修复", 150],
      ["丙镇", "机耕路", 60],
      ["合计", null, 500],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C5"]);
  });
});

describe("selfeval: a form's money by source across (中央 | 省 | 本级 | 合计 | 执行数 | 执行率) is still the form", () => {
  // A county's 项目支出绩效自评表 writes its money as one row across its sources, then 合计, 执行数 and
  // 执行率: under a self-evaluation title the sources' 合计 is the year's budget, so the form is read
  // as the form (its rate and its scores checked), not as an execution table of one row. Its scores
  // may be headed 自评分 beside a reviewer's 复核分, and a sign-off line (单位领导审签：) closes it.
  it("项目资金 | 中央 | 省级 | 县级 | 合计 | 执行数 | 执行率 under …绩效自评表: a selfeval, its rate checked", () => {
    const values: Cell[][] = [
      ["某县2023年度项目支出绩效自评表", null, null, null, null, null, null],
      ["项目资金", "中央（万元）", "省级（万元）", "县级（万元）", "合计（万元）", "执行数（万元）", "执行率"],
      ["来源", 50, 30, 20, 100, 80, "85.00%"],
    ];
    const r = run(values, ["A1:G1"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect(ruleCells(r, "selfeval.rate-mismatch")).toEqual(["G3"]);
  });

  it("资金来源 | 中央资金 | 市级资金 | 合计 | 执行数 | 执行率, indicators scored under 自评分, a sign-off line under them", () => {
    const values: Cell[][] = [
      ["财政支出项目绩效自评表", null, null, null, null, null, null],
      ["资金来源", "中央资金", "市级资金", "合计", "执行数", "执行率", null],
      ["项目资金（万元）", 200, 100, 300, 300, "100%", null],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "自评分"],
      ["产出指标", "数量指标", "培训人数", "≥500人", "420人", 50, 50],
      ["效益指标", "社会效益指标", "就业带动", "≥100人", "120人", 50, 50],
      ["填报人：李某", null, null, null, null, null, null],
    ];
    const r = run(values, ["A1:G1", "A7:G7"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect(r.tables[0].range.r1).toBe(5);
    expect(ruleCells(r, "selfeval.target-missed-full-score")).toEqual(["G5"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });
});

describe("selfeval: a form scoring its management above its indicators, points in the level labels, its total in one cell", () => {
  // Hubei's county forms score 项目决策 / 项目管理 in a block of their own (项目权重 | 评价内容 | 分值 | 自评分)
  // above the indicators (一级指标 | 二级指标 | 指标名称 | 年初指标值 | 年终完成值 | 自评分), whose points are
  // written in the level labels (数量指标15分), and state 自评总分：95 in one cell at the top. Both blocks'
  // scores add up to the total; an indicator alone under a labelled level has that level's points (two
  // under one label share them in a way the form does not state: no 分值, and no sum of 分值 is checked).
  const form = (total: string, done: string): Cell[][] => [
    ["某市财政预算支出项目绩效目标自评表", null, null, null, null, null],
    ["填报日期：2023年3月1日", null, null, null, total, null],
    ["项目资金", "中央（万元）", "本级（万元）", "合计（万元）", "执行数（万元）", "执行率"],
    ["来源", 60, 40, 100, 100, "100%"],
    ["项目权重", "评价内容", null, "分值", "自评分", "复核分"],
    ["项目决策10分", "决策依据", null, 10, 10, null],
    ["项目管理10分", "财务制度", null, 6, 6, null],
    [null, "组织机构", null, 4, 4, null],
    ["项目绩效80分", "项目年度目标1：农田水利设施修复", null, null, null, null],
    ["一级指标", "二级指标", "指标名称（三级指标）", "年初指标值", "年终完成值", "自评分"],
    ["产出指标50分", "数量指标30分", "修复渠道长度", "≥20公里", done, 30],
    [null, "质量指标20分", "验收合格率", "100%", "100%", 10],
    [null, null, "工程返工率", "≤2%", "1%", 10],
    ["满意度指标30分", "服务对象满意度指标30分", "受益农户满意度", "≥90%", "95%", 30],
  ];
  const merges = ["A1:F1", "A2:D2", "B5:C5", "B6:C6", "A7:A8", "B7:C7", "B8:C8", "B9:F9", "A11:A13", "B12:B13"];

  it("自评总分：98 over scores adding up to 100: the total reported in its cell", () => {
    const r = run(form("自评总分：98", "25公里"), merges);
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect(ruleCells(r, "selfeval.score-mismatch")).toEqual(["E2"]);
    expect(ruleCells(r, "selfeval.target-missed-full-score")).toEqual([]);
    expect(ruleCells(r, "selfeval.weights")).toEqual([]);
  });

  it("a missed 数量 target scored its level's full 30 points; 自评总分：100 agrees", () => {
    const r = run(form("自评总分：100", "16公里"), merges);
    expect(ruleCells(r, "selfeval.target-missed-full-score")).toEqual(["F11"]);
    expect(ruleCells(r, "selfeval.score-mismatch")).toEqual([]);
  });
});

describe("catalog: a policy's section headings merged across its clause table, the clauses numbered under them", () => {
  // A policy's clauses copied under its own headings (一、鼓励装备升级 merged across 条款 | 支持事项 |
  // 政策内容): a heading groups the clauses under it (their category), and is no item with a standard to
  // read. The 条款 column then holds the document's own numbering (一 over （一）（二）): it cites where in
  // the document each clause stands, the row's document.
  const awards: Cell[][] = [
    [null, null, null, "单位：万元"],
    ["序号", "企业名称", "奖补项目", "拟奖补金额"],
    [1, "甲仓储物流有限公司", "冷链设备补助", 60],
    [2, "乙运输有限公司", "新能源货车补助", 35],
    [3, "丙快递有限公司", "冷链设备补助", 40],
  ];

  it("条款 | 支持事项 | 政策内容 under one heading: the heading a category, （一）（二） the document", () => {
    const clauses: Cell[][] = [
      ["某区促进物流业发展若干政策（摘录）", null, null],
      ["条款", "支持事项", "政策内容"],
      ["一、支持物流装备更新", null, null],
      ["（一）", "冷链设备补助", "物流企业新购冷链设备投入100万元（含）以上的，按照设备投资额的10%给予补助，单个企业最高不超过50万元。"],
      ["（二）", "新能源货车补助", "物流企业购置新能源货车的，每辆补助1万元，每家企业每年最高30万元。"],
      ["（三）", "智能分拣补助", "对建设智能分拣中心的，给予一次性补助20万元。"],
    ];
    const r = audit({ sheets: [grid(clauses, ["A1:C1", "A3:C3"], "条款"), grid(awards, [], "名单")], settings: { today: "2024-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
    const items = (r.tables[0] as CatalogTable).items;
    expect(items.map((i) => [i.document, i.name, i.category])).toEqual([
      ["（一）", "冷链设备补助", "支持物流装备更新"],
      ["（二）", "新能源货车补助", "支持物流装备更新"],
      ["（三）", "智能分拣补助", "支持物流装备更新"],
    ]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D3", "D4"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("序号 | 奖励项目 | 奖励标准 with two headings, numbers going on under them: each heading a category, no item", () => {
    const clauses: Cell[][] = [
      ["序号", "奖励项目", "奖励标准"],
      ["一、鼓励装备升级", null, null],
      [1, "冷链设备补助", "按设备投资额的10%给予补助，最高不超过50万元。"],
      [2, "新能源货车补助", "每家企业每年补助最高限额30万元。"],
      ["二、鼓励主体培育", null, null],
      [3, "新入规物流企业奖励", "对首次纳入规模以上统计的物流企业，给予一次性奖励10万元。"],
    ];
    const r = audit({ sheets: [grid(clauses, ["A2:C2", "A5:C5"], "条款"), grid(awards, [], "名单")], settings: { today: "2024-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D3", "D4"]);
    const items = (r.tables[0] as CatalogTable).items;
    expect(items.map((i) => [i.name, i.category])).toEqual([
      ["冷链设备补助", "鼓励装备升级"],
      ["新能源货车补助", "鼓励装备升级"],
      ["新入规物流企业奖励", "鼓励主体培育"],
    ]);
  });
});

describe("composition: an allocation by place, then the body carrying the work (县（区） | 实施主体), area × standard = money", () => {
  // A city's notice pays a subsidy through its districts to the farms, villages and cooperatives that
  // do the work (先建后补): each row names the district and the body (实施主体, 承担主体), with the area,
  // the standard per 亩 and the money. The places group the bodies; each body is a line, so its
  // money is checked against area × standard and the lines against the 合计.
  it("序号 | 县（市、区） | 实施单位 | 补贴面积（亩） | 补贴标准（元/亩） | 补贴资金（元）: counties the category, bodies the lines", () => {
    const values: Cell[][] = [
      ["某市2022年耕地轮作补贴资金拨付明细表", null, null, null, null, null],
      ["序号", "县（市、区）", "实施单位", "补贴面积（亩）", "补贴标准（元/亩）", "补贴资金（元）"],
      [1, "东河县", "东河县丰禾种植专业合作社", 500, 150, 75000],
      [2, "东河县", "东河县李家村股份经济合作社", 300, 150, 45000],
      [3, "西山区", "西山区绿源家庭农场", 420, 150, 66000],
      ["合计", null, null, 1220, null, 186000],
    ];
    const r = run(values, ["A1:F1", "A6:C6"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "quantity", "unitAmount", "amount"]);
    // 420 × 150 = 63,000, written 66,000; the lines add up to 186,000 as stated.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["F5"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("县区 | 承担主体 | 实施面积（亩） | 补助标准（元/亩） | 补助金额（元）, no 序号: districts the category, bodies the lines, the total checked", () => {
    const values: Cell[][] = [
      ["县区", "承担主体", "实施面积（亩）", "补助标准（元/亩）", "补助金额（元）"],
      ["北城区", "北城区某农机专业合作社", 600, 80, 48000],
      ["北城区", "北城区某生态农场", 250, 80, 20000],
      ["南湖区", "南湖区某村股份经济合作社", 400, 80, 32000],
      ["合计", null, 1250, null, 90000],
    ];
    const r = run(values, ["A5:B5"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "quantity", "unitAmount", "amount"]);
    // Each line is area × 80; 48,000 + 20,000 + 32,000 = 100,000, stated 90,000.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E5"]);
  });
});

describe("selfeval: a deadline with its year (2020年12月底前完工) against a completion in a later year", () => {
  // A 时效指标 is often written with the year (2020年12月底前完工, 2021年底前竣工) and its result likewise
  // (2021年3月完工): a date in a later year misses the deadline whatever its month, so full marks for it
  // are reported; a date before the deadline meets it.
  const form = (target: string, done: string): Cell[][] => [
    ["2021年度项目支出绩效自评表", null, null, null, null, null, null],
    ["资金来源", "中央资金", "市级资金", "合计", "执行数", "执行率", null],
    ["项目资金（万元）", 300, 100, 400, 400, "100%", null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "新建道路长度", "≥1.2公里", "1.2公里", 40, 40],
    [null, "时效指标", "工程完工时间", target, done, 20, 20],
    ["效益指标", "社会效益指标", "方便群众出行", "明显改善", "已改善", 40, 40],
  ];
  const merges = ["A1:G1", "A5:A6"];

  it("2021年12月底前完工 against 2022年4月完工, full marks: reported", () => {
    const r = run(form("2021年12月底前完工", "2022年4月完工"), merges);
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect(ruleCells(r, "selfeval.target-missed-full-score")).toEqual(["G6"]);
  });

  it("2021年底前竣工 against 2022年1月竣工 reported; against 2021年11月竣工, or 2021年12月31日前 against 2021年12月20日, met", () => {
    expect(ruleCells(run(form("2021年底前竣工", "2022年1月竣工"), merges), "selfeval.target-missed-full-score")).toEqual(["G6"]);
    expect(ruleCells(run(form("2021年底前竣工", "2021年11月竣工"), merges), "selfeval.target-missed-full-score")).toEqual([]);
    expect(ruleCells(run(form("2021年12月31日前", "2021年12月20日"), merges), "selfeval.target-missed-full-score")).toEqual([]);
    expect(ruleCells(run(form("2021年6月30日前", "2021年7月15日"), merges), "selfeval.target-missed-full-score")).toEqual(["G6"]);
  });
});

describe("composition: a project's sources under a merged 资金来源 beside its 项目总投资, one of them the rest", () => {
  // A county shares a fund out by project: 项目总投资, then 资金来源 merged over the fund's money and
  // the rest (其他资金). The fund's column is the allocation's amount (its 合计 the notice's sum) and
  // 总投资 a further column; with the rest among them the sources are all of the investment, so each
  // row's sources are checked against its 总投资 (composition.total-mismatch on the 总投资 cell).
  it("乡镇 | 项目名称 | 项目总投资 | 资金来源: 衔接资金 | 其他资金: a row's sources against its investment", () => {
    const values: Cell[][] = [
      ["某县2023年衔接推进乡村振兴补助资金分配表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "乡镇", "项目名称", "项目总投资", "资金来源", null],
      [null, null, null, null, "衔接资金", "其他资金"],
      [1, "东镇", "东镇村道硬化项目", 60, 50, 10],
      [2, "西乡", "西乡冷库建设项目", 90, 60, 20],
      [3, "南镇", "南镇灌溉渠项目", 40, 40, 0],
      ["合计", null, null, 180, 150, 30],
    ];
    const r = run(values, ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "A8:C8"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "amount", "amount", "amount"]);
    // The fund's money is the main amount, the investment a further column.
    expect(t.columns[4].part).toBeUndefined();
    expect(t.columns[3].aside).toBe(true);
    // 西乡: 60 + 20 = 80 where the investment is 90; the 合计 of 总投资 180 is its sources' across
    // (150 + 30), where its lines give 60 + 90 + 40 = 190.
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["D6", "D8"]);
  });

  it("项目名称 | 总投资（万元） | 资金来源: 中央衔接 | 省级衔接 | 其它来源 and a plain one with no rest among the sources", () => {
    const values = (rest: string): Cell[][] => [
      ["项目名称", "总投资（万元）", "资金来源", null, null],
      [null, null, "中央衔接资金", "省级衔接资金", rest],
      ["甲村光伏项目", 100, 50, 30, 20],
      ["乙村道路项目", 80, 40, 20, 10],
      ["丙村大棚项目", 55, 30, 15, 10],
      ["合计", 235, 120, 65, 40],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:E1"];
    // 乙村: 40 + 20 + 10 = 70 where 80 is stated; the 合计, summed down (235), is then 10 over its
    // sources' 120 + 65 + 40 = 225 as well, as any total row checked across.
    const r = run(values("其它来源"), merges);
    expect(r.tables[0].kind).toBe("composition");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B4", "B6"]);
    // 县级资金 names no rest: the sources may not be all of the investment, so 70 under 80 is no slip.
    const plain = run(values("县级资金"), merges);
    expect(ruleCells(plain, "composition.total-mismatch")).toEqual([]);
  });
});

describe("execution: a caption naming a count unit and a money unit (单位：个、万元)", () => {
  // A spending table by category counting its projects (项目个数) beside its money states both units in
  // one caption: the money unit is the money columns', the count unit the count column's. Categories
  // numbered one after another (1, 2, 3 …) are peers, and a foot total adding them all up says so: one
  // category's budget equal to the next few's by chance makes it no whole above them.
  it("单位：个、万元 over 项目个数 | 计划投入资金 | 已支出资金: money in 万元, the count summed as a count", () => {
    const values: Cell[][] = [
      ["某县2022年协作资金项目支出情况表", null, null, null, null, null],
      [null, null, null, null, null, "单位：个、万元"],
      ["序号", "项目类别", "项目个数", "计划投入资金", "已支出资金", "执行率"],
      [1, "产业类", 4, 900, 850, "94.44%"],
      [2, "道路类", 2, 500, 480, "96.00%"],
      [3, "培训类", 3, 400, 390, "97.50%"],
      [4, "就业类", 1, 120, 100, "83.33%"],
      ["合计", null, 10, 1920, 1820, "94.79%"],
    ];
    const r = run(values, ["A1:F1", "A8:B8"]);
    const t = r.tables[0] as ExecutionTable;
    expect(t.kind).toBe("execution");
    expect(t.unit).toBe("万元");
    expect(t.rows.every((x) => x.parent === undefined)).toBe(true);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("（单位：人、元）, one category's figures the sum of the next two by chance: a slip in the count found alone", () => {
    const values: Cell[][] = [
      ["2021年就业补助资金支出表", null, null, null],
      ["（单位：人、元）", null, null, null],
      ["项目", "项目数", "预算数", "支出数"],
      ["职业培训补贴", 6, 30000, 28000],
      ["社保补贴", 2, 20000, 18000],
      ["岗位补贴", 3, 10000, 10000],
      ["合计", 12, 60000, 56000],
    ];
    const r = run(values, ["A1:D1", "A2:D2"]);
    const t = r.tables[0] as ExecutionTable;
    expect(t.unit).toBe("元");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B7"]);
  });
});

describe("execution: last year's outcome under a year heading beside this year's budget and outcome", () => {
  // A revenue or spending execution table shows last year's 完成数 (2020年 over 完成数) left of this year's
  // 预算数 | 完成数 (2021年 over each): a comparison, as 上年决算数 is; the table is this year's.
  it("2020年 完成数 | 2021年 预算数 | 2021年 完成数: the table is 2021's, last year's column unread", () => {
    const values: Cell[][] = [
      ["某区2021年一般公共预算收入执行情况表", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["项目", "2020年", "2021年", "2021年", "完成预算%"],
      [null, "完成数", "预算数", "完成数", null],
      ["增值税", 900, 1000, 1010, "101.00%"],
      ["契税", 300, 200, 250, "125.00%"],
      ["合计", 1200, 1200, 1260, "105.00%"],
    ];
    const [t] = tables(values, ["A1:E1", "A3:A4", "E3:E4"]) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", null, "budget", "actual", "rate"]);
    expect([...new Set(t.rows.flatMap((r) => r.years.map((y) => y.year)))]).toEqual([2021]);
  });

  it("上年 years as bare numbers (2022 | 2023 | 2023 over 决算数 | 预算数 | 执行数): 2022's spending is no spending of this table", () => {
    const values: Cell[][] = [
      ["2023年部门支出执行表", null, null, null],
      ["科目", 2022, 2023, 2023],
      [null, "决算数", "预算数", "执行数"],
      ["教育", 50, 60, 30],
      ["卫生", 40, 45, 40],
    ];
    const [t] = tables(values, ["A1:D1", "A2:A3"]) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", null, "budget", "actual"]);
    expect([...new Set(t.rows.flatMap((r) => r.years.map((y) => y.year)))]).toEqual([2023]);
  });
});

describe("execution: a 小计 heading its lines, the whole above summed from the 小计s", () => {
  // A revenue table opens with the whole (一般公共预算收入), then 税收收入小计 over the taxes and 非税收入小计
  // over the other lines: each 小计 heads its lines (they add up to it, the line above does not), and the
  // whole is the sum of the 小计s, never of their lines as well. A slip in one 小计 is reported once, there.
  const table = (taxes: number): Cell[][] => [
    ["2022年某县一般公共预算收入执行情况表", null, null],
    ["单位：万元", null, null],
    ["项目", "预算数", "完成数"],
    ["一般公共预算收入", 1000, 1060],
    ["税收收入小计", 700, taxes],
    ["增值税", 400, 420],
    ["企业所得税", 300, 300],
    ["非税收入小计", 300, 340],
    ["专项收入", 100, 140],
    ["罚没收入", 200, 200],
  ];

  it("the 小计s' lines add up: nothing reported", () => {
    const r = run(table(720), ["A1:C1"]);
    expect(r.tables[0].kind).toBe("execution");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("税收收入小计 stated 730 where its lines give 720: reported at the 小计 alone, the whole agreeing with the 小计s", () => {
    const values = table(730);
    values[3][2] = 1070;
    const r = run(values, ["A1:C1"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C5"]);
  });
});

describe("year: a table with no year of its own in a workbook whose other sheets state one", () => {
  // An allocation published as a notice with its annex: the notice's sheet states the year
  // (某县2018年…资金来源), the annex's title (11.1资金公示分配表) none. The annex's money is the notice's:
  // it takes the one year the workbook's other sheets state — only when each states one and they agree.
  const sources = (title: string): Cell[][] => [
    [title, null],
    ["资金来源", "金额（万元）"],
    ["省级衔接资金", 60],
    ["县级资金", 40],
    ["合计", 100],
  ];
  const annex: Cell[][] = [
    ["附件2 资金分配表", null, null],
    ["乡镇", "项目名称", "分配资金（万元）"],
    ["甲镇", "道路硬化", 70],
    ["乙镇", "饮水工程", 30],
    ["合计", null, 100],
  ];
  const yearOf = (sheets: Cell[][][]) =>
    recognise(sheets.map((v, i) => grid(v, [], `表${i + 1}`))).tables.map((t) => t.context?.year ?? null);

  it("one other sheet stating 2019: the annex is 2019's", () => {
    expect(yearOf([sources("某县2019年涉农资金来源"), annex])).toEqual([2019, 2019]);
  });

  it("two other sheets agreeing on 2020: the annex between them is 2020's", () => {
    expect(yearOf([sources("2020年资金来源（一）"), annex, sources("2020年度资金来源（二）")])).toEqual([2020, 2020, 2020]);
  });

  it("the other sheets stating two years, or one stating none: the annex has no year", () => {
    expect(yearOf([sources("2019年资金来源"), annex, sources("2020年资金来源")])).toEqual([2019, null, 2020]);
    expect(yearOf([sources("2019年资金来源"), annex, sources("资金来源")])).toEqual([2019, null, null]);
  });
});

describe("register: an award list with no item column and no catalog, its policy named by its title", () => {
  // Offices publish the list an award or a subsidy ends in under a title naming the policy
  // (`…某某奖拟奖励项目名单`, `…政策补助资金拟补助企业名单`, `…专项资金（因素法）奖补企业名单`), with no item
  // column. With no catalog loaded (the built-in one only), the title's policy name is the list's
  // item: without the place and year before it, the list's own words after it, 资金 after a support
  // word, and brackets (their words kept); a year dating a part of the year (2023年上半年) names the
  // campaign and stays.
  const items = (r: ReturnType<typeof run>) => [...new Set((r.tables[0] as unknown as { rows: { item: string | null }[] }).rows.map((x) => x.item))];
  const list = (title: string, support: string): Cell[][] => [
    [title, null, null, null, null],
    [null, null, null, null, "单位：万元"],
    ["序号", "县（市、区）", "企业名称", "统一社会信用代码", support],
    [1, "甲县", "某甲科技有限公司", "91330100MA27XXXX1A", 50],
    [2, "乙区", "某乙制造有限公司", "91330100MA27XXXX2B", 30],
    [3, "甲县", "某甲科技有限公司", "91330100MA27XXXX1A", 50],
    ["合计", null, null, null, 130],
  ];
  const merges = ["A1:E1", "A7:D7"];

  it("某市2023年度科技成果转化奖拟奖励项目名单: the item 科技成果转化奖, the firm twice a duplicate under it", () => {
    const r = run(list("某市2023年度科技成果转化奖拟奖励项目名单", "奖励金额"), merges);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(items(r)).toEqual(["科技成果转化奖"]);
    expect(ruleCells(r, "register.duplicate").map((c) => c.replace(/[A-Z]+/, ""))).toEqual(["6"]);
    const unknown = r.findings.filter((f) => f.rule === "cap.unknown-policy");
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).toContain("科技成果转化奖");
  });

  it("2023年上半年外贸稳增长政策奖励资金拟奖励企业名单: the half-year stays in the name, 资金 and the list words do not", () => {
    const r = run(list("2023年上半年外贸稳增长政策奖励资金拟奖励企业名单", "拟奖励金额"), merges);
    expect(items(r)).toEqual(["2023年上半年外贸稳增长政策奖励"]);
  });

  it("某县2023年工业发展专项资金（以奖代补）奖补企业名单: the fund and its part, brackets dropped", () => {
    const r = run(list("某县2023年工业发展专项资金（以奖代补）奖补企业名单", "奖补金额"), merges);
    expect(items(r)).toEqual(["工业发展专项资金以奖代补"]);
  });

  it("a title closing otherwise (…资金兑付明细表) names no item: the list's amounts reported unchecked once", () => {
    const r = run(list("某区2023年科技创新券资金兑付明细表", "兑付金额"), merges);
    expect(items(r)).toEqual([null]);
    expect(r.findings.filter((f) => f.rule === "cap.unknown-policy")).toHaveLength(1);
  });

  it("with a catalog loaded that does not hold the title's policy: no item named, one warning for the list as before", () => {
    const catalog = {
      origin: "file" as const,
      name: "目录.json",
      items: [{ code: null, name: "企业上市奖励", category: null, capType: "max" as const, capAmount: 1_000_000, rate: null, year: null, document: null }],
    };
    const r = audit({ sheets: [grid(list("某市2023年度科技成果转化奖拟奖励项目名单", "奖励金额"), merges)], catalog, settings: { today: "2023-12-31" } });
    expect(items(r)).toEqual([null]);
    const unknown = r.findings.filter((f) => f.rule === "cap.unknown-policy");
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).not.toContain("科技成果转化奖");
  });
});

describe("register: a 申报条件 column naming which of the notice's conditions a firm meets", () => {
  // A subsidy list gives, beside each firm, the condition of the notice it qualifies under
  // (申报条件 第（1）项, 符合条件 条件二): text sorting the rows, read as the category.
  const list = (heading: string, a: string, b: string): Cell[][] => [
    ["序号", "企业名称", heading, "产值（万元）", "补助金额（万元）"],
    [1, "某甲科技有限公司", a, 52000, 40],
    [2, "某乙制造有限公司", b, 130000, 60],
  ];

  it("申报条件 | 第（1）项: the category", () => {
    const [t] = tables(list("申报条件", "第（1）项", "第（2）项"));
    expect(t.kind).toBe("register");
    expect(fields(t)[1]).toBe("enterprise");
    expect(t.columns.find((c) => c.col === 2)?.field).toBe("category");
  });

  it("符合条件 | 条件二: the category, no unreadable value", () => {
    const r = run(list("符合条件", "条件一", "条件二"));
    expect(r.tables[0].columns.find((c) => c.col === 2)?.field).toBe("category");
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });
});

describe("register: the office's sign-off merged across the right-hand columns under the 合计", () => {
  // Offices sign a list under its 合计 at the right: their name, then the date, each merged across the
  // last columns (F:H), or in one row. The lines are the document's, no rows of the list.
  const firms: Cell[][] = [
    ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "产值", "同比增长", "奖补金额"],
    [1, "甲县", "某甲科技有限公司", "91330100MA27XXXX1A", 12000, 0.12, 20],
    [2, "乙区", "某乙制造有限公司", "91330100MA27XXXX2B", 8000, 0.2, 10],
    ["合计", null, null, null, 20000, null, 30],
  ];
  const lastRow = (r: ReturnType<typeof run>) => r.tables[0].range.r1 + 1;

  it("the office and the date on two rows, each merged across the last two columns: the list ends at its 合计", () => {
    const values: Cell[][] = [["某市2023年工业稳增长奖补企业名单"], ...firms, [null, null, null, null, null, "某市工业和信息化局", null], [null, null, null, null, null, "2023年12月5日", null]];
    const r = run(values, ["A1:G1", "A5:D5", "F6:G6", "F7:G7"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(lastRow(r)).toBe(5);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("one line across the last four columns, the office and its date together: no row either", () => {
    const values: Cell[][] = [["某县企业增产奖励名单"], ...firms, [null, null, null, "某县发展和改革局  2024年3月1日", null, null, null]];
    const r = run(values, ["A1:G1", "A5:D5", "D6:G6"]);
    expect(lastRow(r)).toBe(5);
  });

  it("the office under a blank row, its date merged from a column further left: neither a row, nothing unread in them", () => {
    const values: Cell[][] = [["某区2024年企业技改补助名单"], ...firms, [null], [null, null, null, null, "某区经济发展局", null, null], [null, null, null, "二〇二四年五月十日", null, null, null]];
    const r = run(values, ["A1:G1", "A5:D5", "E7:G7", "D8:G8"]);
    expect(lastRow(r)).toBe(5);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });
});

describe("register: an item named in the title's brackets after a fund", () => {
  // A title names the fund, then in brackets the part of it the list pays (…专项资金因素法（三季度稳增长
  // 增量奖补）拟支持企业名单): a bracket closing with a support word (奖补, 补助, 奖励…) after a fund (…资金,
  // …资金因素法) is the item itself; a bracket naming a method (因素法, 以奖代补) qualifies the fund, as before.
  const items = (r: ReturnType<typeof run>) => [...new Set((r.tables[0] as unknown as { rows: { item: string | null }[] }).rows.map((x) => x.item))];
  const list = (title: string): Cell[][] => [
    [title, null, null, null],
    ["序号", "企业名称", "统一社会信用代码", "拟奖补金额（万元）"],
    [1, "某甲科技有限公司", "91330100MA27XXXX1A", 50],
    [2, "某乙制造有限公司", "91330100MA27XXXX2B", 30],
    [3, "某甲科技有限公司", "91330100MA27XXXX1A", 50],
  ];

  it.each([
    ["某市2023年省级制造业发展专项资金因素法（二季度增产增效奖补）拟支持企业名单", "二季度增产增效奖补"],
    ["某县2024年中小企业发展专项资金（小微企业上规模奖励）拟奖励企业名单", "小微企业上规模奖励"],
    ["某区2022年工业发展资金（技术改造补助）企业名单", "技术改造补助"],
  ])("%s → %s, the firm twice a duplicate under it", (title, item) => {
    const r = run(list(title), ["A1:D1"]);
    expect(items(r)).toEqual([item]);
    expect(ruleCells(r, "register.duplicate")).toHaveLength(1);
  });

  it("a method in the brackets (因素法, 以奖代补) qualifies the fund: the fund is the item", () => {
    expect(items(run(list("某县2022年高质量发展专项资金（因素法）奖补企业名单"), ["A1:D1"]))).toEqual(["高质量发展专项资金因素法"]);
    expect(items(run(list("某县2023年工业发展专项资金（以奖代补）拟奖补企业名单"), ["A1:D1"]))).toEqual(["工业发展专项资金以奖代补"]);
  });
});

describe("targets: 实际完成值 beside 完成情况, the body running to its last indicator", () => {
  // A self-evaluation's target table states each indicator's result (实际完成值) and then whether it
  // was met (完成情况 完成 / 未完成): the value is the stated result. Its levels (效益指标 | 社会效益指标)
  // start rows that are all text; they are rows, and the sign-off lines under the last one are not.
  const values = (result: string, status: string): Cell[][] => [
    ["一级指标", "二级指标", "三级指标", "指标值", result, status],
    ["产出指标", "数量指标", "新建道路长度", "2公里", "2公里", "完成"],
    [null, "质量指标", "验收合格率", "100%", "100%", "完成"],
    [null, "时效指标", "资金支付率", "100%", "98%", "未完成"],
    ["效益指标", "社会效益指标", "群众出行条件", "有效改善", "有效改善", "完成"],
    [null, "可持续影响指标", "道路使用年限", "≥10年", "≥10年", "完成"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "完成"],
    [null, null, null, null, "某镇人民政府", null],
    [null, null, null, null, "2023年11月30日", null],
  ];
  const merges = ["A2:A4", "A5:A6", "E8:F8", "E9:F9"];

  it.each([["实际完成值", "完成情况"], ["完成值", "是否完成"]])("%s | %s: the value is the stated result; rows 2–7", (result, status) => {
    const t = tables(values(result, status), merges).find((x) => x.kind === "targets");
    expect(t?.columns.find((c) => c.col === 4)?.field).toBe("stated");
    expect(t?.columns.find((c) => c.col === 5)?.field ?? null).not.toBe("stated");
    expect(t?.range.r1).toBe(6);
  });
});

describe("composition: a transfer allocation by the unit using the money and what it is spent on", () => {
  // A county's notice passing money on (资金使用单位 | 支出方向 | 项目编号 | 下达金额 | 支出功能科目 | 经济科目): the
  // units using it group the lines, each line is what the money goes to, 项目编号 its code.
  const values = (unit: string, use: string, code: string): Cell[][] => [
    ["单位：万元"],
    ["序号", unit, use, code, "下达金额", "支出功能科目", "经济科目"],
    [1, "县农业农村局", "产业发展任务", "050100", 800, "21305巩固脱贫攻坚成果衔接乡村振兴", "51301上下级政府间转移性支出"],
    [2, "县农业农村局", "农村基础设施建设", "050200", 300, "21305巩固脱贫攻坚成果衔接乡村振兴", "51301上下级政府间转移性支出"],
    [3, "县乡村振兴局", "雨露计划", "050300", 60, "21305巩固脱贫攻坚成果衔接乡村振兴", "51301上下级政府间转移性支出"],
    ["合计", null, null, null, 1150, null, null],
  ];

  it.each([
    ["资金使用单位", "支出方向", "项目编号"],
    ["用款单位", "资金投向", "项目编码"],
  ])("%s | %s | %s: category, line, code; the 合计 checked", (unit, use, code) => {
    const v = values(unit, use, code);
    const [t] = tables(v);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 5)).toEqual(["category", "item", "code", "amount"]);
    expect(ruleCells(run(v), "composition.total-mismatch")).toEqual(["E6"]);
  });
});

describe("composition: a project plan under two header rows, 资金规模（万元） over 小计 and its sources, the whole first", () => {
  // A county's plan for left-over money: each project with its place, task, responsible body and
  // person, then 资金规模（万元） merged over 小计 | 中央… | 省级… | 备注; the whole (某市合计N个) stated first.
  const values = (total: string, sub: string, a: string, b: string, whole: number): Cell[][] => [
    ["某市2024年财政衔接资金项目计划表", null, null, null, null, null, null, null, null],
    ["项目序号", "项目名称", "建设地点", "建设任务", "责任单位", "责任人", "资金规模（万元）", null, null],
    [null, null, null, null, null, null, sub, a, b],
    [total, null, null, null, null, null, 30.5, whole, 8.3],
    [1, "甲镇冷库改造项目", "甲镇工业园", "改造冷库一间", "甲镇人民政府", "张三", 20, 15.2, 4.8],
    [2, "乙乡道路维修项目", "乙乡乙村", "维修道路1公里", "乙乡人民政府", "李四", 10.5, 7, 3.5],
  ];
  const merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:I2", "A4:F4"];

  it.each([
    ["某市合计2个", "小计", "中央衔接资金", "自治区衔接资金"],
    ["合计（2个）", "合计", "中央资金", "省级资金"],
  ])("%s, %s | %s | %s: header rows 2–3 in 万元, the project the line, the whole a total", (total, sub, a, b) => {
    const v = values(total, sub, a, b, 22.2);
    const t = tables(v, merges)[0];
    expect(t.kind).toBe("composition");
    expect(t.unit).toBe("万元");
    expect(t.range.r0).toBe(1);
    expect(fields(t)[1]).toBe("item");
    expect(fields(t).slice(6)).toEqual(["amount", "amount", "amount"]);
    expect(t.columns.slice(7).every((c) => c.part)).toBe(true);
    expect(ruleCells(run(v, merges), "composition.total-mismatch")).toEqual([]);
    // 中央 written 21.2 where the lines give 15.2 + 7 = 22.2: found at the whole's source cell.
    expect(ruleCells(run(values(total, sub, a, b, 21.2), merges), "composition.total-mismatch")).toEqual(["H4"]);
  });
});

describe("register: a champion list's product column, its city and its region", () => {
  // A list of firms a ministry named champions (单项冠军) gives each firm's product (单项冠军产品,
  // 主导产品): text describing the row, matching no catalog item, so the title's item applies. The
  // city a firm is in (地市) is its place; a region column (所属区域 珠三角地区 / 粤东西北) sorts the
  // rows, as the catalog may split the award by region.
  const catalog = (name: string, cap: number) => ({
    origin: "file" as const,
    name: "目录.json",
    items: [{ code: null, name, category: null, capType: "max" as const, capAmount: cap * 10_000, rate: null, year: null, document: null }],
  });
  const list = (title: string, product: string, region: string, regions: [string, string]): Cell[][] => [
    [title, null, null, null, null, null, null],
    ["序号", "地市", "企业名称", "统一社会信用代码", product, region, "奖补金额（万元）"],
    [1, "广州市", "广州某甲科技有限公司", "91440101MA5CXXXX1A", "工业机器人减速器", regions[0], 100],
    [2, "汕头市", "汕头某乙实业有限公司", "91440500MA4UXXXX2B", "塑料玩具", regions[1], 130],
    [3, "广州市", "广州某甲科技有限公司", "91440101MA5CXXXX1A", "精密轴承", regions[0], 100],
  ];

  it("单项冠军产品 | 所属区域: the title's item, the product no item, 地市 the place, the region the category", () => {
    const r = audit({
      sheets: [grid(list("2023年制造业单项冠军企业（第五批）奖励资金安排表", "单项冠军产品", "所属区域", ["珠三角地区", "粤东地区"]), ["A1:G1"])],
      catalog: catalog("制造业单项冠军企业奖励", 120),
      settings: { today: "2023-12-31" },
    });
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(t.columns.find((c) => c.col === 1)?.field).toBe("registeredIn");
    expect(t.columns.find((c) => c.col === 4)?.field).not.toBe("item");
    expect(t.columns.find((c) => c.col === 5)?.field).toBe("category");
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded").map((c) => c?.replace(/[A-Z]+/, ""))).toEqual(["4"]);
    expect(ruleCells(r, "register.duplicate").map((c) => c?.replace(/[A-Z]+/, ""))).toEqual(["5"]);
  });

  it("a place column of provinces or prefectures (河北, 山东, 和田地区) stays the place", () => {
    for (const places of [["河北", "山东", "湖南"], ["和田地区", "喀什地区", "阿克苏地区"]]) {
      const [t] = tables([
        ["序号", "企业名称", "所在地区", "奖励金额（万元）"],
        ...places.map((p, i) => [i + 1, `某${i}科技有限公司`, p, 50] as Cell[]),
      ]);
      expect(t.columns.find((c) => c.col === 2)?.field).toBe("registeredIn");
    }
  });

  it("主导产品 | 区域: the same reading", () => {
    const r = audit({
      sheets: [grid(list("2022年度单项冠军企业奖励资金分配表", "主导产品", "区域", ["苏南地区", "苏北地区"]), ["A1:G1"])],
      catalog: catalog("单项冠军企业奖励", 120),
      settings: { today: "2023-12-31" },
    });
    const t = r.tables[0];
    expect(t.columns.find((c) => c.col === 4)?.field).not.toBe("item");
    expect(t.columns.find((c) => c.col === 5)?.field).toBe("category");
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded").map((c) => c?.replace(/[A-Z]+/, ""))).toEqual(["4"]);
  });
});

describe("register: an award list for villages (镇街 | 村 | 奖补项目 | 依据文件 | 补助标准 | 拟下达资金)", () => {
  // A list of awards to villages or other bodies may state, beside each, the document it rests on
  // and the standard: still a list of awards (a catalog has no payee and no award column).
  it("村 the applicant, 镇街 the place, 拟下达资金 the award: a register", () => {
    const [t] = tables([
      ["序号", "镇街", "村", "奖补项目", "年度", "依据文件", "补助标准（万元）", "拟下达资金（万元）"],
      [1, "某甲镇", "东山村", "省级美丽乡村补助", 2022, "某财农〔2022〕5号", 100, 100],
      [2, "某乙街道", "西岭村", "乡村振兴示范村奖励", 2023, "某农发〔2023〕8号", 50, 50],
    ]);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 4)).toEqual(["registeredIn", "enterprise", "item"]);
    expect(fields(t)[7]).toBe("approved");
  });

  it("乡镇 | 行政村 | 项目名称 | 文件依据 | 补助标准 | 补助资金: a register", () => {
    const [t] = tables([
      ["序号", "乡镇", "行政村", "补助项目", "文件依据", "补助标准", "补助资金"],
      [1, "某甲乡", "上湾村", "村级公益事业补助", "某财〔2023〕1号", 20, 20],
      [2, "某乙镇", "下湾村", "村级公益事业补助", "某财〔2023〕1号", 20, 15],
      [3, "某乙镇", "中湾村", "村级公益事业补助", "某财〔2023〕1号", 20, 20],
    ]);
    expect(t.kind).toBe("register");
    expect(fields(t)[2]).toBe("enterprise");
    expect(fields(t)[6]).toBe("approved");
  });
});

describe("register: a 支持条款 column naming the catalog's clauses, 设备购置额 the base", () => {
  const catalog = {
    origin: "file" as const,
    name: "目录.json",
    items: [
      { code: null, name: "推进产业链强链补链", category: null, capType: "max" as const, capAmount: 1_000_000, rate: null, year: null, document: null },
      { code: null, name: "鼓励企业加大投资力度", category: null, capType: "rate" as const, capAmount: null, rate: 0.1, year: null, document: null },
    ],
  };
  const list = (clause: string, base: string): Cell[][] => [
    [null, null, null, null, "单位：万元"],
    ["序号", "企业名称", clause, base, "奖励金额"],
    [1, "某甲光伏有限公司", "推进产业链强链补链", null, 130],
    [2, "某乙装备有限公司", "鼓励企业加大投资力度", 3000, 350],
    [3, "某丙医药有限公司", "鼓励企业加大投资力度", 8000, 600],
  ];

  it.each([
    ["支持条款", "设备购置额"],
    ["适用条款", "设备购置金额"],
  ])("%s | %s: the item and the base", (clause, base) => {
    const r = audit({ sheets: [grid(list(clause, base))], catalog, settings: { today: "2025-12-31" } });
    expect(fields(r.tables[0]).slice(2, 4)).toEqual(["item", "base"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E3"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E4"]);
  });
});

describe("execution: a disbursement table by town (乡镇 | 下达资金 | 已拨付资金 | 拨付率), dated in its title", () => {
  // A county reports money it sent down to its towns and how much of it has been paid out, dated
  // in the title (…拨付情况表（截至…）). The money sent down is the budget, the payment the spending,
  // the share paid the rate: overspend, a wrong rate and a town behind the calendar are found.
  const table = (title: string, heads: string[], rows: Cell[][]): Cell[][] => [
    [title, null, null, null, null, null],
    [null, null, null, null, null, "单位：万元"],
    heads,
    ...rows,
  ];

  it("乡（镇） | 村数 | 下达资金 | 已拨付资金 | 拨付率, as of 2023-09-30 from the title", () => {
    const values = table(
      "某县2023年农村饮水安全项目资金拨付情况表（截至2023年9月30日）",
      ["序号", "乡（镇）", "涉及村（个）", "下达资金", "已拨付资金", "拨付率"],
      [
        [1, "甲镇", 3, 80, 84, 1.05],
        [2, "乙乡", 2, 60, 30, 0.5],
        [3, "丙镇", 4, 100, 90, 0.9],
        ["合计", null, 9, 240, 204, 0.85],
      ],
    );
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["seq", "category", null, "budget", "actual", "rate"]);
    const r = run(values);
    expect(ruleCells(r, "execution.overspent")).toEqual(["E4"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
    // 2023-09-30 is 273 / 365 = 74.8% of the year: 乙乡's 50% is behind (found at its payment), 丙镇's 90% is not.
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["E5"]);
  });

  it("乡镇 | 下达金额 | 已支付金额 | 支付率, a rate shown wrong", () => {
    const values = table(
      "2021年某区以工代赈资金支付进度表（截至2021年12月31日）",
      ["序号", "乡镇", "项目名称", "下达金额", "已支付金额", "支付率"],
      [
        [1, "东镇", "道路硬化", 200, 190, 0.95],
        [2, "西乡", "水渠维修", 150, 120, 0.9],
        ["合计", null, null, 350, 310, 0.8857],
      ],
    );
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(3)).toEqual(["budget", "actual", "rate"]);
    const r = run(values);
    // 120 / 150 = 80%, shown 90%.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F5"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });
});

describe("execution: a 公开05表 whose year line sits between its title and its 部门 line", () => {
  // A department's final accounts table (一般公共预算财政拨款支出决算表) in the national template: under
  // the title, the year (2023年度) beside the form's number (公开05表), then 部门：… beside the unit,
  // then a two-row header (项目 over 科目编码 | 科目名称, 本年支出 over 合计 | 基本支出 | 项目支出) and a
  // 栏次 row. The header starts at 项目: the year line and the 部门 line are captions.
  const accounts = (year: string, form: string, unitLine: Cell[], basic: number): Cell[][] => [
    ["一般公共预算财政拨款支出决算表", null, null, null, null],
    [year, null, null, null, form],
    unitLine,
    ["项目", null, "本年支出", null, null],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ["栏次", null, 1, 2, 3],
    ["合计", null, 300, basic, 50],
    ["201", "一般公共服务支出", 220, 170, 50],
    ["20101", "人大事务", 220, 170, 50],
    ["2010101", "行政运行", 170, 170, null],
    ["2010102", "一般行政管理事务", 50, null, 50],
    ["208", "社会保障和就业支出", 80, 80, null],
    ["20805", "行政事业单位养老支出", 80, 80, null],
    ["2080505", "机关事业单位基本养老保险缴费支出", 80, 80, null],
  ];
  const merges = ["A1:E1", "A2:D2", "A4:B4", "C4:E4", "A6:B6", "A7:B7"];

  it("2023年度 | 公开05表, 部门：… | 金额单位：万元: header at 项目, the 合计's 基本支出 checked", () => {
    const values = accounts("2023年度", "公开05表", ["部门：某县人民代表大会常务委员会办公室", null, null, null, "金额单位：万元"], 255);
    const r = run(values, merges);
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.range.r0).toBe(3);
    expect(fields(t)).toEqual(["code", "category", "actual", "actual", "actual"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    // 170 + 80 = 250 written 255.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["D7"]);
  });

  it("2022年 | 附表5, 编制单位：… with the unit in its own cell: the same reading, all adding up", () => {
    const values = accounts("2022年", "附表5", ["编制单位：某镇人民政府", null, null, "单位：万元", null], 250);
    const r = run(values, merges);
    const [t] = r.tables as ExecutionTable[];
    expect(t.range.r0).toBe(3);
    expect(t.context?.year).toBe(2022);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });
});

describe("catalog and list: a maximum raised for a kind of firm; a match of another level's grant with a pointer", () => {
  // A clause caps a grant and raises the cap for a kind of firm in brackets; a kind's firm within
  // its raised cap is no overrun, a grant above the larger still is.
  it("a 龙头 firm within its raised cap passes, a grant above the larger is reported", () => {
    const clauses: Cell[][] = [
      ["条款", "政策措施", "支持标准"],
      ["（一）", "智能化改造补助", "对企业智能化改造设备投资给予一定比例补助，最高不超过300万元（龙头企业不超过600万元）。（责任单位：市工信局）"],
    ];
    const awards: Cell[][] = [
      ["序号", "企业名称", "奖补类别", "设备投资（万元）", "补助金额（万元）", "备注"],
      [1, "甲机械有限公司", "智能化改造补助", 5000, 550, "龙头企业"],
      [2, "乙电子有限公司", "智能化改造补助", 9000, 650, null],
    ];
    const r = audit({ sheets: [grid(clauses, [], "条款"), grid(awards, [], "名单")], settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E3"]);
  });

  // A city matches a provincial grant at a share and points to the document for details: the rate
  // is checked against the provincial grant beside each match.
  it("a 30% match with 【详情参见…】 is checked against the grant column", () => {
    const clauses: Cell[][] = [
      ["序号", "政策项目", "支持标准"],
      [1, "省级专项配套", "对获得省级专项资金支持的项目，按照省级财政支持金额的30%给予配套。【详情参见《某市关于支持工业发展的若干政策》（某政〔2022〕9号）】"],
    ];
    const awards: Cell[][] = [
      ["序号", "企业名称", "奖补类别", "省级财政支持金额（万元）", "市级配套金额（万元）"],
      [1, "丙化工有限公司", "省级专项配套", 100, 30],
      [2, "丁食品有限公司", "省级专项配套", 60, 20],
    ];
    const r = audit({ sheets: [grid(clauses, [], "条款"), grid(awards, [], "名单")], settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.no-cap")).toEqual([]);
    // 30% × 60 = 18, 20 listed.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
  });
});

describe("execution: a 基本支出决算表 (本年基本支出 over 合计 | 人员经费 | 公用经费) is spending", () => {
  // The 公开06表 of a department's final accounts: the basic spending of the year split into staff and
  // running costs. Spending done, as 本年支出 over 基本支出 | 项目支出 is: the parts are the spending's parts.
  const accounts = (over: string, staff: number, partWords: [string, string]): Cell[][] => [
    ["一般公共预算财政拨款基本支出决算表", null, null, null, null],
    ["2021年度", null, null, null, "公开06表"],
    ["部门：某县农业农村局", null, null, null, "单位：万元"],
    ["科目编码", "科目名称", over, null, null],
    [null, null, "合计", ...partWords],
    ["合计", null, 500, staff, 100],
    ["213", "农林水支出", 420, 340, 80],
    ["21301", "农业农村", 420, 340, 80],
    ["2130101", "行政运行", 420, 340, 80],
    ["221", "住房保障支出", 80, 60, 20],
    ["22102", "住房改革支出", 80, 60, 20],
    ["2210201", "住房公积金", 80, 60, 20],
  ];
  const merges = ["A1:E1", "A4:A5", "B4:B5", "C4:E4", "A6:B6"];

  it("本年基本支出 over 人员经费 | 公用经费: execution, the parts checked by column", () => {
    const r = run(accounts("本年基本支出", 410, ["人员经费", "公用经费"]), merges);
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["code", "category", "actual", "actual", "actual"]);
    // 340 + 60 = 400 written 410.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["D6"]);
  });

  it("基本支出决算数 over 人员经费 | 日常公用经费: the same reading, all adding up", () => {
    const r = run(accounts("基本支出决算数", 400, ["人员经费", "日常公用经费"]), merges);
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["code", "category", "actual", "actual", "actual"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });
});

describe("execution: a budget adjustment (人代会预算数 | 调整预算数 | 调整增减) states the budget as passed and as adjusted", () => {
  const adjustment = (title: string, first: string, second: string, total: number): Cell[][] => [
    [title, null, null, null],
    [null, null, null, "单位：万元"],
    ["项目", first, second, "调整增减"],
    ["一般公共预算收入", 120000, 130000, 10000],
    ["政府性基金收入", 50000, 40000, -10000],
    ["收入合计", total, 170000, 0],
  ];

  it("人代会预算数 | 调整预算数: initialBudget and adjustedBudget (budget)", () => {
    const r = run(adjustment("2023年某县财政收入调整预算表", "人代会预算数", "调整预算数", 170000));
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(0, 3)).toEqual(["category", "initialBudget", "budget"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("人大批准预算数 | 调整后预算数 with a wrong total: the same reading, the total flagged", () => {
    const r = run(adjustment("某市2023年一般公共预算调整方案", "人大批准预算数", "调整后预算数", 171000));
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(0, 3)).toEqual(["category", "initialBudget", "budget"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B6"]);
  });
});

describe("execution: last year's 决算数 under its year in the heading (2021年决算数 | 2022年决算数) is a comparison", () => {
  const accounts = (title: string, earlier: string, later: string, cls: number): Cell[][] => [
    [title, null, null, null, null],
    [null, null, null, null, "单位：万元"],
    ["科目编码", "科目名称", earlier, later, "增减额"],
    ["205", "教育支出", 900, cls, 100],
    ["20502", "普通教育", 600, 700, 100],
    ["20508", "进修及培训", 300, 300, 0],
  ];

  it("2021年决算数 | 2022年决算数 under a 2022 title: only 2022's figures read, the year 2022", () => {
    const r = run(accounts("某区2022年教育支出决算表", "2021年决算数", "2022年决算数", 1010));
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(new Set(t.rows.flatMap((row) => row.years.map((y) => y.year)))).toEqual(new Set([2022]));
    expect(fields(t).slice(0, 4)).toEqual(["code", "category", null, "actual"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["D4"]);
  });

  it("2019年支出数 | 2020年支出数 under a 2020 title: the same reading, all adding up", () => {
    const r = run(accounts("2020年某县教育支出情况表", "2019年支出数", "2020年支出数", 1000));
    const [t] = r.tables as ExecutionTable[];
    expect(new Set(t.rows.flatMap((row) => row.years.map((y) => y.year)))).toEqual(new Set([2020]));
    expect(fields(t).slice(0, 4)).toEqual(["code", "category", null, "actual"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });
});

describe("register: a tax paid (实缴城镇土地使用税) is the base of an award refunding a share of it", () => {
  const list = (taxHead: string, awardHead: string, figures: [number, number][]): Cell[][] => [
    ["某区2021年度税收奖励资金拟奖励企业名单"],
    ["序号", "企业名称", "所在街道", taxHead, awardHead],
    ...figures.map(([tax, award], i): Cell[] => [i + 1, `某某${"甲乙丙"[i]}科技有限公司`, "城东街道", tax, award]),
  ];

  it("2021年实缴城镇土地使用税（万元） | 奖励资金（万元）: the tax the base, the award approved", () => {
    const [t] = tables(list("2021年实缴城镇土地使用税（万元）", "奖励资金（万元）", [[40, 36], [25.5, 22.95]]));
    expect(t.kind).toBe("register");
    expect(fields(t).slice(3)).toEqual(["base", "approved"]);
  });

  it("实缴房产税（元） | 拟奖励金额（元）, three firms: the same reading", () => {
    const [t] = tables(list("实缴房产税（元）", "拟奖励金额（元）", [[120000, 60000], [80000, 40000], [50000, 25000]]));
    expect(t.kind).toBe("register");
    expect(fields(t).slice(3)).toEqual(["base", "approved"]);
  });
});

describe("register: 镇（开发区） as the place, a studio's or platform's name as the row's project", () => {
  it("镇（开发区） | 单位名称 | 统一社会信用代码 | 工作室名称 | 奖励项目 | 奖励金额", () => {
    const [t] = tables([
      ["序号", "镇（开发区）", "单位名称", "统一社会信用代码", "工作室名称", "奖励项目", "奖励金额（万元）"],
      [1, "甲镇", "某某精密机械有限公司", "91320412MA1N7K3R5W", "某省精密传动技能大师工作室", "技能大师工作室奖励", 10],
      [2, "经开区", "某某医疗器械有限公司", "91320412MA27P9D2XB", "某省介入器械技能大师工作室", "技能大师工作室奖励", 10],
    ]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "creditCode", "project", "item", "approved"]);
  });

  it("镇（开发区） valued by zones' short names | 企业名称 | 劳模创新工作室名称 | 资助金额: the place and the project read", () => {
    const [t] = tables([
      ["序号", "镇（开发区）", "企业名称", "劳模创新工作室名称", "资助金额（万元）"],
      [1, "科教城", "某某新材料有限公司", "王某某劳模创新工作室", 5],
      [2, "湖滨", "某某电子有限公司", "李某某劳模创新工作室", 5],
      [3, "高新区", "某某机电有限公司", "张某某劳模创新工作室", 5],
    ]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "project", "approved"]);
  });
});

describe("register: a list of named firms with no money column (…企业名单), its codes still checked", () => {
  it("设区市 | 县（市、区） | 产业集群 | 企业名称 | 统一社会信用代码 under a 企业名单 title: a register, the bad code found", () => {
    const values: Cell[][] = [
      ["2024年度某省县域特色产业集群领跑者企业名单", null, null, null, null, null],
      ["序号", "设区市", "县（市、区）", "产业集群", "企业名称", "统一社会信用代码"],
      [1, "石家庄市", "藁城区", "宫灯产业集群", "某某工艺品有限公司", "91130109MA0FK2L3XP"],
      [2, "邢台市", "清河县", "羊绒产业集群", "某某纺织有限公司", "91130534MA0E3T8K6N"],
      [3, "邯郸市", "永年区", "标准件产业集群", "某某标准件有限公司", "91130408MA0D2X6Y3J"],
    ];
    const r = run(values, ["A1:F1"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    // The city and its county are one place given by two columns (the class at the end of this file).
    expect(fields(t)).toEqual(["seq", "registeredIn", "registeredIn", "category", "enterprise", "creditCode"]);
    expect(ruleCells(r, "register.invalid-credit-code")).toEqual(["F5"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("企业名称 | 社会信用代码 | 所在地 under a 认定名单 title, two firms: a register all the same", () => {
    const values: Cell[][] = [
      ["某市第三批专精特新中小企业认定名单", null, null, null],
      ["序号", "企业名称", "社会信用代码", "所在地"],
      [1, "某某智能装备有限公司", "91130109MA0FK2L3XQ", "鹿泉区"],
      [2, "某某新材料有限公司", "91130600MA0DQ7R51W", "正定县"],
    ];
    const r = run(values, ["A1:D1"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1)).toEqual(["enterprise", "creditCode", "registeredIn"]);
    expect(ruleCells(r, "register.invalid-credit-code")).toEqual(["C3"]);
  });
});

describe("composition: a 资金分配结果 among cities and counties, named belts or sites beside them", () => {
  it("地市 | 县（市、区） | 示范带名称 | 奖励资金（万元） under …分配结果: an allocation, the total's slip found", () => {
    const values: Cell[][] = [
      ["2023年度某省乡村振兴示范带奖励资金分配结果", null, null, null, null],
      ["序号", "地市", "县（市、区）", "示范带名称", "奖励资金（万元）"],
      [1, "甲市", "甲县", "山水田园示范带", 5000],
      [2, "乙市", "乙区", "滨海渔村示范带", 5000],
      [3, "丙市", "丙县", "古道茶香示范带", 500],
      ["合计", null, null, null, 15000],
    ];
    const r = run(values, ["A1:E1", "A6:D6"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 3)).toEqual(["category", "item"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E6"]);
  });

  it("市 | 县（区） | 基地名称 | 补助资金（万元） under …资金分配表, all adding up: still an allocation", () => {
    const values: Cell[][] = [
      ["某省现代农业示范基地补助资金分配表", null, null, null],
      ["市", "县（区）", "基地名称", "补助资金（万元）"],
      ["丁市", "丁县", "丁县蔬菜示范基地", 300],
      ["戊市", "戊区", "戊区果品示范基地", 200],
      ["合计", null, null, 500],
    ];
    const r = run(values, ["A1:D1", "A5:C5"]);
    expect(r.tables[0].kind).toBe("composition");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
});

describe("register: one place given by two columns, an upper level beside a lower one (市 | 县（区）)", () => {
  const placed = (values: Cell[][], district: string, merges: string[] = []) =>
    audit({
      sheets: [grid(values, merges)],
      settings: { today: "2024-12-31", district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });
  const within = (t: RecognisedTable) => t.columns.map((c) => c.within ?? null);

  it("市 | 县（区） under a 补助名单: one place, judged joined, the finding at the city's cell", () => {
    const values: Cell[][] = [
      ["2024年河北省中小企业数字化转型补助名单", null, null, null, null, null],
      ["序号", "市", "县（区）", "企业名称", "统一社会信用代码", "补助资金（万元）"],
      [1, "石家庄市", "矿区", "某某煤机有限公司", "91130107MA0FK2L3XP", 30],
      [2, "保定市", "莲池区", "某某电气有限公司", "91130606MA0DQ7R51W", 20],
      [3, "聊城市", "临清市", "某某轴承有限公司", "91371581MA3C8N4U2U", 25],
    ];
    const r = placed(values, "河北省", ["A1:F1"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "registeredIn", "enterprise", "creditCode", "approved"]);
    expect(within(t)).toEqual([null, null, 1, null, null, null]);
    expect(explain(r, "zh-CN")[0].columns[2].why).toContain("为 B 列地点的下级");
    // 聊城市临清市 lies in 山东: one finding, at the city. 矿区 alone names 阳泉's district, but under
    // 石家庄市 it is no place outside: no finding for it.
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["B5"]);
  });

  it("地市 | 县区 with the city merged over its counties, a 奖补名单 of a province in the south", () => {
    const values: Cell[][] = [
      ["2023年广东省专精特新中小企业奖补名单", null, null, null, null],
      ["地市", "县区", "企业名称", "统一社会信用代码", "奖补金额（万元）"],
      ["广州市", "黄埔区", "甲智能科技有限公司", "91440112MA59AB1C2D", 50],
      [null, "番禺区", "乙新材料有限公司", "91440113MA59CD3E4F", 50],
      ["梧州市", "万秀区", "丙食品有限公司", "91450403MA5KEF5G6H", 40],
      ["湛江市", "麻章区", "丁水产有限公司", "91440811MA4WGH7J8K", 40],
    ];
    const r = placed(values, "广东省", ["A1:E1", "A3:A4"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["registeredIn", "registeredIn", "enterprise", "creditCode", "approved"]);
    expect(within(t)).toEqual([null, 0, null, null, null]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["A5"]);
  });

  it("市州 | 县（市、区） with 省直管 for the cities under the province: the county settles the place", () => {
    const values: Cell[][] = [
      ["2022年湖北省技术改造专项补助企业名单"],
      ["序号", "市州", "县（市、区）", "企业名称", "统一社会信用代码", "补助金额（万元）"],
      [1, "武汉市", "江夏区", "甲光电有限公司", "91420115MA4K1A2B3C", 80],
      [2, "省直管", "潜江市", "乙化工有限公司", "91429005MA4K2C3D4E", 60],
      [3, "省直管", "济源市", "丙钢铁有限公司", "91419001MA40E5F6G7", 60],
      [4, "宜昌市", "宜都市", "丁纸业有限公司", "91420581MA4K7H8J9K", 40],
    ];
    const r = placed(values, "湖北省");
    const [t] = r.tables;
    expect(fields(t)).toEqual(["seq", "registeredIn", "registeredIn", "enterprise", "creditCode", "approved"]);
    // 省直管 alone names no place; 省直管济源市 is 河南's: found at the upper level's cell.
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["B5"]);
  });

  it("a city column mapped by hand to nothing leaves the county a place of its own", () => {
    const values: Cell[][] = [
      ["序号", "设区市", "县（市、区）", "企业名称", "统一社会信用代码", "奖励资金（万元）"],
      [1, "唐山市", "迁安市", "甲钢铁有限公司", "91130283MA0A1B2C3D", 20],
      [2, "沧州市", "黄骅市", "乙模具有限公司", "91130983MA0B2C3D4E", 20],
    ];
    expect(within(tables(values)[0])).toEqual([null, null, 1, null, null, null]);
    const [t] = recognise([grid(values)], [{ sheet: "表", columns: { B: null } }]).tables;
    expect(fields(t).slice(1, 3)).toEqual([null, "registeredIn"]);
    expect(within(t)).toEqual([null, null, null, null, null, null]);
  });

  it("注册地 | 纳税地 stay two places, each judged on its own", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "注册地", "纳税地", "扶持金额（万元）"],
      [1, "甲科技有限公司", "石家庄市", "石家庄市", 10],
      [2, "乙科技有限公司", "保定市", "天津市", 10],
    ];
    const r = placed(values, "河北省");
    const [t] = r.tables;
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "taxRegisteredIn", "approved"]);
    expect(within(t)).toEqual([null, null, null, null, null]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["D3"]);
  });

  it("a county column whose names are the city's own (市 | 县 both 石家庄市) is no lower level", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "所在市", "所在县", "奖励金额（万元）"],
      [1, "甲科技有限公司", "石家庄市", "石家庄市", 10],
      [2, "乙科技有限公司", "保定市", "保定市", 10],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(within(t)).toEqual([null, null, null, null, null]);
  });
});

describe("sign-off lines under a list's 合计, each a `label：name` in a cell of its own, are the document's", () => {
  it("register: 填报单位：… | 联系电话：… in two merged cells under the 合计: the list ends at the 合计, nothing unreadable", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "项目名称", "固定资产投资额（万元）", "奖励金额（万元）"],
      [1, "某某精密机械有限公司", "数控机床产线项目", 2400, 48],
      [2, "某某生物制药有限公司", "原料药车间改造项目", 1150, 23],
      [3, "某某包装材料有限公司", "智能仓储改造项目", 900, 18],
      ["合计", null, null, 4450, 89],
      ["填报单位：某县工业和信息化局", null, null, "联系电话：0451-86123456", null],
    ];
    const r = run(values, ["A5:C5", "A6:C6", "D6:E6"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(t.range.r1 + 1).toBe(5);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("register: 编制单位：… | 审核：… | 复核人：… in three cells, unmerged, under the 合计: still outside the list", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["序号", "申报单位", "统一社会信用代码", "补助项目", "核定补助金额"],
      [1, "某某农业开发有限公司", "91350102MA2YH7Q31K", "冷链仓储补助", 120000],
      [2, "某某茶业专业合作社", "93350102MA2XW5N10T", "初制所改造补助", 85000],
      ["合计", null, null, null, 205000],
      ["编制单位：某区农业农村局", null, "审核：某区财政局", null, "复核人：王某"],
    ];
    const r = run(values);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(t.range.r1 + 1).toBe(5);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("composition: 制表单位：… | 审核人：… under an allocation's 合计: its total still checked, the line no row", () => {
    const values: Cell[][] = [
      ["某市2024年农村公路养护资金分配表", null, null],
      ["县（区）", "里程（公里）", "分配资金（万元）"],
      ["甲县", 320, 160],
      ["乙区", 180, 90],
      ["合计", 500, 260],
      ["制表单位：市交通运输局", null, "审核人：李某"],
    ];
    const r = run(values, ["A1:C1", "A6:B6"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(t.range.r1 + 1).toBe(5);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C5"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("a row naming firms beside their contacts (联系人 | 电话 as values) stays data", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "联系人", "奖励金额（万元）"],
      [1, "某某科技有限公司", "张某", 10],
      [2, "某某材料有限公司", "李某", 20],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(t.range.r1 + 1).toBe(3);
  });
});

describe("composition: a plan of supports (支持事项 | 支持方式 | 资金安排 over years), numbered 一、二…", () => {
  it("支持事项 | 支持方式 | 资金安排 over 2024年 / 2025年 | 合计: the 事项 the line, the 方式 no field, the year's slip found", () => {
    const values: Cell[][] = [
      ["某市支持某县发展资金安排表（2024—2025年）", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "支持事项", "支持方式", "资金安排", null, "合计"],
      [null, null, null, "2024年", "2025年", null],
      ["一", "老旧小区改造", "按改造面积每平方米200元", 1200, 1500, 2700],
      ["二", "职业教育实训基地建设", "一次性补助", 800, "—", 800],
      ["三", "县域商业体系建设", "每年安排600万元", 600, 600, 1200],
      ["合计", null, null, 2600, 2200, 4700],
    ];
    const r = run(values, ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "A8:C8"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", null, "amount", "amount", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E8"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("扶持事项 | 扶持方式 | 2023年安排资金 | … | 合计 in one header row: the same reading, the total's slip found once", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "扶持事项", "扶持方式", "2023年安排资金", "2024年安排资金", "2025年安排资金", "合计"],
      ["一", "特色产业园区基础设施", "以奖代补", 500, 500, 500, 1500],
      ["二", "农村电商服务站点", "按站点数量补助", 120, 80, 60, 260],
      ["合计", null, null, 620, 590, 560, 1760],
    ];
    const r = run(values, ["A5:C5"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", null, "amount", "amount", "amount", "amount"]);
    // 2024: 500 + 80 = 580, 590 written; across the 合计 row only that slip differs (620 + 580 + 560 = 1,760).
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E5"]);
  });
});

describe("execution: money granted and money paid by place, each split by source, with a payment rate", () => {
  it("县（市） | 补贴资金 (合计 | 中央资金 | 省级资金) | 已支付补贴资金 (same) | 资金支付率: budget, actual and rate with their sources", () => {
    const values: Cell[][] = [
      ["某州2024年农机购置补贴资金执行情况", null, null, null, null, null, null, null],
      ["截止2024年9月30日", null, null, null, null, null, "单位：万元", null],
      ["县（市）", "补贴资金", null, null, "已支付补贴资金", null, null, "资金支付率"],
      [null, "合计", "中央资金", "省级资金", "合计", "中央资金", "省级资金", null],
      ["合计", 900, 600, 300, 810, 520, 290, "90.00%"],
      ["甲县", 500, 300, 200, 450, 240, 210, "90.00%"],
      ["乙县", 400, 300, 100, 360, 280, 80, "95.00%"],
    ];
    const merges = ["A1:H1", "A2:F2", "G2:H2", "A3:A4", "B3:D3", "E3:G3", "H3:H4"];
    const r = run(values, merges, "2024-09-30");
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "budget", "budget", "actual", "actual", "actual", "rate"]);
    // 甲县 paid 210 of its 200 省级资金; 乙县's 360 / 400 is 90.00%, not 95.00%.
    expect(ruleCells(r, "execution.overspent")).toEqual(["G6"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["H7"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("区县 | 奖补资金 (小计 | 中央 | 市级) | 已拨付奖补资金 (小计 | 中央 | 市级) | 拨付率, the total at the foot", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null, null, null, null, null],
      ["区县", "奖补资金", null, null, "已拨付奖补资金", null, null, "拨付率"],
      [null, "小计", "中央", "市级", "小计", "中央", "市级", null],
      ["丙区", 120, 100, 20, 100, 90, 10, "83.33%"],
      ["丁区", 80, 50, 30, 80, 50, 30, "100.00%"],
      ["合计", 200, 150, 50, 190, 140, 40, "95.00%"],
    ];
    const merges = ["A2:A3", "B2:D2", "E2:G2", "H2:H3"];
    const r = run(values, merges);
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "budget", "budget", "actual", "actual", "actual", "rate"]);
    // The 合计 paid 190 where 丙区 and 丁区 add up to 180.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["E6"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });
});

describe("execution: an investment plan by district and the part done, some cells in their own unit", () => {
  it("区市 | 项目个数 | 年度计划投资 | 1-6月完成投资 | 占年度计划% in 亿元, one cell in 万元: the cell's unit wins", () => {
    const values: Cell[][] = [
      ["2023年1-6月某市重点项目推进情况", null, null, null, null],
      ["单位：亿元", null, null, null, null],
      ["区市", "项目个数", "年度计划投资", "1-6月完成投资", "占年度计划%"],
      ["甲区", 10, 8, 4.2, "52.5%"],
      ["乙区", 3, 1.2, "6000万元", "50.0%"],
      ["丙县", 6, 5, 2, "48.0%"],
      ["合计", 19, 14.2, 6.8, "47.9%"],
    ];
    const r = run(values, ["A1:E1", "A2:E2"], "2023-06-30");
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "itemCount", "budget", "actual", "rate"]);
    // 丙县 2 / 5 = 40.0%, stated 48.0%; the total 6.8 = 4.2 + 0.6 + 2.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["E6"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("县区 | 计划投资 | 累计完成投资 | 完成计划% in 万元, the total's slip found", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["县区", "计划投资", "累计完成投资", "完成计划%"],
      ["合计", 3000, 2500, "83.3%"],
      ["甲县", 1000, 900, "90.0%"],
      ["乙县", 2000, 1500, "75.0%"],
    ];
    const r = run(values);
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate"]);
    // The 合计 2500 where 900 + 1500 = 2400.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C3"]);
  });
});

describe("composition: an upper place merged down over the lower (市州 over 县市区/单位) groups its lines", () => {
  it("市州 merged down | 县市区/单位 | 建议安排金额 under …资金安排建议表: the city the category, the county the line, the slip found", () => {
    const values: Cell[][] = [
      ["某省2024年畜牧发展奖励资金安排建议表", null, null, null],
      ["金额单位：万元", null, null, null],
      ["序号", "市州", "县市区/单位", "建议安排金额（万元）"],
      [1, "甲市", "甲一县", 120],
      [2, null, "甲二区", 80],
      [3, "乙市", "乙一县", 60],
      [4, null, "乙二县", 40],
      [5, null, "乙三市", 25],
      [6, "丙州", "丙一县", 75],
      ["全省合计", null, null, 410],
    ];
    const r = run(values, ["A1:D1", "A2:D2", "B4:B5", "B6:B8", "A10:C10"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D10"]);
  });

  it("地市 merged down | 县（市、区）/单位 | 拟分配资金 under …分配方案, all adding up: the same reading", () => {
    const values: Cell[][] = [
      ["2023年某项补助资金分配方案", null, null, null],
      ["序号", "地市", "县（市、区）/单位", "拟分配资金（万元）"],
      [1, "丁市", "丁一县", 30.5],
      [2, null, "丁二县", 19.5],
      [3, "戊市", "戊一区", 50],
      ["合计", null, null, 100],
    ];
    const r = run(values, ["A1:D1", "B3:B4", "A6:C6"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
});

describe("composition: an allocation plan among bodies, its money split by level with a 合计 column (…分配计划表)", () => {
  // An office passing a fund on to named bodies (担保机构, 医院, 学校) by district: the money by
  // level of government (中央 | 省级/市级) and each row's 合计. An allocation, not an award list:
  // the district groups the bodies, each level is a part of the 合计, every column's total checked.
  it("所在区 | 担保机构名称 | 中央补助金额 | 市级补助金额 | 合计 under …资金分配计划表: the plan read, the 市级 slip found", () => {
    const values: Cell[][] = [
      ["2023年度某市融资担保降费补助资金分配计划表", null, null, null, null, null],
      ["单位：万元", null, null, null, null, null],
      ["序号", "所在区", "担保机构名称", "中央补助金额", "市级补助金额", "合计"],
      [1, "甲区", "某某融资担保有限公司", 100.5, 300, 400.5],
      [2, "甲区", "某某信用担保中心", 20, 60.25, 80.25],
      [3, "乙区", "某某科技融资担保有限公司", 9.5, 40, 49.5],
      ["合计", null, null, 130, 410.25, 530.25],
    ];
    const r = run(values, ["A1:F1", "A2:F2", "A7:C7"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "amount", "amount", "amount"]);
    // 市级: 300 + 60.25 + 40 = 400.25, not 410.25; the row's 130 + 400.25 = 530.25 agrees with 合计.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("所属区县 | 医院名称 | 中央资金 | 省级资金 | 合计 under …资金分配表, all adding up: an allocation all the same", () => {
    const values: Cell[][] = [
      ["某省2024年基层医疗机构能力提升资金分配表", null, null, null, null, null],
      ["序号", "所属区县", "医院名称", "中央资金", "省级资金", "合计"],
      [1, "丙县", "丙县人民医院", 200, 50, 250],
      [2, "丁区", "丁区中医医院", 120, 30, 150],
      ["合计", null, null, 320, 80, 400],
    ];
    const r = run(values, ["A1:F1", "A5:C5"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "amount", "amount", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("an award list with the same columns under …拟奖励企业名单 stays a register", () => {
    const values: Cell[][] = [
      ["2023年度某市融资担保降费拟奖励企业名单", null, null, null, null, null],
      ["序号", "所属区", "企业名称", "中央奖励金额", "市级奖励金额", "合计"],
      [1, "甲区", "某某融资担保有限公司", 10, 30, 40],
      [2, "乙区", "某某信用担保有限公司", 5, 15, 20],
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("register");
  });
});

describe("composition: Inner Mongolia's places (旗区, 旗县（市、区）, 苏木乡镇) left of the bodies carrying the work", () => {
  // A league city (盟市) pays per 亩 through its banners (旗) and districts (区), or a banner through its
  // sumu and towns (苏木乡镇): each row names the place, then the body doing the work, its area, the
  // standard and the money. The place groups the bodies as a county does (县（区） | 实施主体).
  it("序号 | 旗区 | 项目实施主体 | 面积（亩） | 种植作物 | 补贴标准（元/亩） | 补贴资金（元）: banners the category, bodies the lines", () => {
    const values: Cell[][] = [
      ["某市2023年高标准农田节水改造补贴资金测算表", null, null, null, null, null, null],
      ["序号", "旗区", "项目实施主体", "面积（亩）", "种植作物", "补贴标准（元/亩）", "补贴资金（元）"],
      [1, "甲旗", "甲旗某镇禾润种植专业合作社", 3000, "玉米", 200, 600000],
      [2, "甲旗", "甲旗某苏木草原家庭农场", 2500, "向日葵", 200, 500000],
      [3, "乙区", "乙区某村股份经济合作社", 1800, "马铃薯", 200, 630000],
      ["合计", null, null, 7300, null, null, 1730000],
    ];
    const r = run(values, ["A1:G1", "A6:C6"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "quantity", null, "unitAmount", "amount"]);
    // 1,800 × 200 = 360,000, written 630,000; the lines add up to 1,730,000 as stated.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["G5"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("苏木乡镇 | 实施主体 | 补助面积（亩） | 补助标准（元/亩） | 补助资金（元）, no 序号: towns the category, the total checked", () => {
    const values: Cell[][] = [
      ["苏木乡镇", "实施主体", "补助面积（亩）", "补助标准（元/亩）", "补助资金（元）"],
      ["某苏木", "某嘎查股份经济合作社", 1200, 50, 60000],
      ["某苏木", "某牧民专业合作社", 800, 50, 40000],
      ["某镇", "某村种植专业合作社", 600, 50, 30000],
      ["合计", null, 2600, null, 120000],
    ];
    const r = run(values, ["A5:B5"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "quantity", "unitAmount", "amount"]);
    // Each line is area × 50; 60,000 + 40,000 + 30,000 = 130,000, stated 120,000.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E5"]);
  });

  it("旗区 | 实施单位 | 补助面积（亩） | 补助标准（元/亩） | 补助金额（元）, no 序号: banners and districts the category, the total checked", () => {
    const values: Cell[][] = [
      ["旗区", "实施单位", "补助面积（亩）", "补助标准（元/亩）", "补助金额（元）"],
      ["己旗", "己旗某生态农业有限公司", 1500, 80, 120000],
      ["庚市", "庚市某种植专业合作社", 1000, 80, 80000],
      ["辛区", "辛区某家庭农场", 500, 80, 40000],
      ["合计", null, 3000, null, 250000],
    ];
    const r = run(values, ["A5:B5"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "quantity", "unitAmount", "amount"]);
    // Each line is area × 80; 120,000 + 80,000 + 40,000 = 240,000, stated 250,000.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E5"]);
  });

  it("旗县（市、区） | 承担主体 | 实施面积（亩） | 补贴标准（元/亩） | 补贴金额（元）: banners and counties the category", () => {
    const values: Cell[][] = [
      ["序号", "旗县（市、区）", "承担主体", "实施面积（亩）", "补贴标准（元/亩）", "补贴金额（元）"],
      [1, "丙旗", "丙旗某农牧业有限公司", 900, 120, 108000],
      [2, "丁县", "丁县某种养殖专业合作社", 700, 120, 84000],
      [3, "戊市", "戊市某家庭牧场", 400, 120, 84000],
      ["合计", null, null, 2000, null, 276000],
    ];
    const r = run(values, ["A5:C5"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "quantity", "unitAmount", "amount"]);
    // 400 × 120 = 48,000, written 84,000.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["F4"]);
  });
});

describe("execution: two rates, 完成年初预算% beside 完成调整预算%, each measured against its own budget", () => {
  // A mid-year report sets the budget as passed (年初预算) beside the budget as adjusted (调整预算), and
  // states what is done as a share of each. The adjusted share is the execution rate; the share of the
  // budget as first passed is checked against that budget, never the adjusted one (revenue above the
  // budget as passed is no error when the budget was raised).
  it("项目 | 年初预算 | 调整预算 | 1-9月完成 | 完成年初预算% | 完成调整预算% | 同比增长%: the adjusted share's slip found, the first share right", () => {
    const values: Cell[][] = [
      ["某县2023年1-9月一般公共预算收入执行情况表", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：万元"],
      ["项目", "年初预算", "调整预算", "1-9月完成", "完成年初预算%", "完成调整预算%", "同比增长%"],
      ["一般公共预算收入", 50000, 80000, 60000, "120.0%", "75.0%", "12.5%"],
      ["  税收收入", 30000, 45000, 33000, "110.0%", "73.3%", "-3.2%"],
      ["  非税收入", 20000, 35000, 27000, "135.0%", "71.1%", "40.6%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget", "budget", "actual", "initialRate", "rate", null]);
    const r = run(values, [], "2023-09-30");
    // 27,000 / 35,000 = 77.1%, stated 71.1%; 27,000 / 20,000 = 135.0% and 60,000 / 50,000 = 120.0% as stated.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F6"]);
  });

  it("科目 | 年初预算数 | 调整预算数 | 执行数 | 为年初预算% | 为调整预算%: a slip in the first share is measured against 年初预算", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["科目", "年初预算数", "调整预算数", "执行数", "为年初预算%", "为调整预算%"],
      ["教育支出", 1200, 1500, 1350, "112.5%", "90.0%"],
      ["农林水支出", 800, 1000, 640, "60.0%", "64.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", "initialBudget", "budget", "actual", "initialRate", "rate"]);
    const r = run(values, [], "2023-12-31");
    // 640 / 800 = 80.0%, stated 60.0%; 640 / 1,000 = 64.0% as stated.
    const found = r.findings.filter((f) => f.rule === "execution.rate-mismatch");
    expect(found.map((f) => f.cell)).toEqual(["E4"]);
    expect(found[0].message).toContain("年初预算");
  });

  it("a lone 完成年初预算% beside 年初预算 stays the rate", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "年初预算数", "1-6月完成数", "完成年初预算%"],
      ["税收收入", 4000, 2100, "52.5%"],
      ["非税收入", 1000, 600, "50.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", "initialBudget", "actual", "rate"]);
    // 600 / 1,000 = 60.0%, stated 50.0%.
    expect(ruleCells(run(values, [], "2023-06-30"), "execution.rate-mismatch")).toEqual(["D4"]);
  });
});

describe("composition: the accepted count beside the bought one is the quantity paid for", () => {
  it("购置…（头） | 核验合格（头） | 补助标准（元/头） | 补助资金（万元）: the line checked against the accepted count", () => {
    const values: Cell[][] = [
      ["某县能繁母牛补助资金核验结果", null, null, null, null],
      ["养殖主体", "购置能繁母牛（头）", "核验合格（头）", "补助标准（元/头）", "补助资金（万元）"],
      ["甲村牛羊养殖合作社", 50, 48, 2000, 9.6],
      ["乙镇肉牛养殖场", 30, 30, 2000, 6],
      ["丙家庭牧场", 20, 20, 2000, 5],
      ["合计", 100, 98, null, 20.6],
    ];
    const r = run(values, ["A1:E1"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", null, "quantity", "unitAmount", "amount"]);
    // 48 × 2000 = 9.6万元: the 50 bought is not what is paid for; 20 × 2000 = 4万元, not 5.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E5"]);
  });

  it("申报数量（亩） | 实际验收（亩） | 补贴标准（元/亩） | 补贴金额（元）: the same with areas", () => {
    const values: Cell[][] = [
      ["单位：元", null, null, null, null],
      ["序号", "实施主体", "申报数量（亩）", "实际验收（亩）", "补贴标准（元/亩）", "补贴金额（元）"],
      [1, "甲家庭农场", 300, 280, 150, 42000],
      [2, "乙种植合作社", 500, 500, 150, 75000],
      [3, "丙农业公司", 200, 180, 150, 30000],
    ];
    const r = run(values);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(2)).toEqual([null, "quantity", "unitAmount", "amount"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["F5"]);
  });
});

describe("catalog: a 条款 column of bare clause numbers shared by the rows is the document", () => {
  // One clause of a policy cut into a row per award it sets (条款 | 支持事项 | 支持内容) writes the
  // clause's number on every row: a number that comes again numbers no row, it cites the clause.
  it("条款 \"3\" on every row, as text: the document, not the 序号", () => {
    const values: Cell[][] = [
      ["关于加快数字经济发展的若干措施 — 二、强化企业培育", null, null],
      ["条款", "支持事项", "支持内容"],
      ["3", "国家级专精特新“小巨人”企业", "对新认定的国家级专精特新“小巨人”企业，给予一次性奖励50万元。"],
      ["3", "省级专精特新中小企业", "对新认定的省级专精特新中小企业，给予一次性奖励20万元。"],
      ["3", "创新型中小企业", "对创新型中小企业按照“一企一策”方式给予支持。"],
    ];
    const r = run(values, ["A1:C1"]);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["C5"]);
  });

  it("政策条款 typed as numbers after the standard (2, 2, 5, 5): the document", () => {
    const values: Cell[][] = [
      ["支持事项", "支持标准", "政策条款"],
      ["首台套装备", "按销售额的10%给予奖励，最高不超过100万元", 2],
      ["首批次材料", "按销售额的10%给予奖励，最高不超过50万元", 2],
      ["智能工厂", "给予一次性奖励80万元", 5],
      ["数字化车间", "给予一次性奖励30万元", 5],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["item", "standard", "document"]);
  });

  it("条款 1, 2, 3 once each, with no 序号 beside: the rows' numbers still, not the document", () => {
    const values: Cell[][] = [
      ["条款", "支持事项", "支持内容"],
      ["1", "技术改造", "按设备投资额的8%给予补助，最高不超过300万元。"],
      ["2", "规模企业", "对首次纳入规模以上统计的工业企业，给予一次性奖励10万元。"],
      ["3", "研发机构", "对新认定的省级企业技术中心，给予一次性奖励30万元。"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])[0]).not.toBe("document");
  });
});

describe("catalog: a 惠民惠农 补贴政策清单 (补贴项目名称（一级）| 管理办法 | 补贴对象 | 补贴标准 | 发放频次 …)", () => {
  // Every county publishes its list of subsidies paid to people in one template: the item named at
  // two levels (the second often empty), the rules it is paid under, whom for, the standard, how
  // often and how it is paid, the office. It is a catalog, however person-like its 补贴对象 and
  // 地区 columns look; the standard is read as prose.
  it("地区 | 补贴项目名称（一级） | （二级） | 补贴项目实施办法 | 补贴对象 | 补贴标准 …: a catalog, the unstated standard found", () => {
    const values: Cell[][] = [
      ["序号", "地区", "补贴项目名称（一级）", "补贴项目名称（二级）", "补贴项目实施办法", "补贴对象", "补贴标准", "补贴发放频次", "补贴发放形式", "主管部门", "政策更新时间"],
      [1, "某县", "孤儿基本生活费", null, "《某省孤儿基本生活保障实施办法》（某民发〔2022〕9号）", "具有本县户籍，经认定的孤儿。", "1200元/人·月", "按月发放", "社保卡", "县民政局", "2022年7月1日"],
      [2, "某县", "农机购置与应用补贴", null, "《某省农机购置与应用补贴实施方案》", "购买农机具的农户和农业生产经营组织", "按当年公布的补贴额一览表执行", "按批次", "打卡", "县农业农村局", "2023年3月1日"],
      [3, "某县", "残疾人两项补贴", null, "《某省困难残疾人生活补贴和重度残疾人护理补贴实施办法》", "持证困难残疾人、重度残疾人", "最高不超过200元/人·月", "按月发放", "社保卡", "县残联", "2021年5月1日"],
    ];
    // No title: the headings alone make it a catalog.
    const r = run(values);
    const [t] = r.tables;
    expect(t.kind).toBe("catalog");
    expect(fields(t).slice(0, 7)).toEqual(["seq", null, "item", null, "document", "beneficiary", "standard"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["G3"]);
  });

  it("补贴项目名称（一级） | 补贴项目管理办法 | 补贴对象 | 补贴标准 | 本级是否经办业务 | 主管部门, no 地区: a catalog all the same", () => {
    const values: Cell[][] = [
      ["某区惠民惠农补贴政策清单（2024年更新）", null, null, null, null, null, null, null],
      ["序号", "补贴项目名称（一级）", "补贴项目名称（二级）", "补贴项目管理办法", "补贴对象", "补贴标准", "本级是否经办业务", "主管部门"],
      [1, "城乡居民基础养老金", null, "《某市城乡居民基本养老保险办法》", "年满60周岁、累计缴费满15年的参保人员", "每人每月170元", "是", "区人社局"],
      [2, "计划生育家庭特别扶助金", null, "《某省计划生育家庭特别扶助制度实施方案》", "独生子女伤残或死亡的父母", "根据上级下达资金按实际人数核定", "否", "区卫健委"],
    ];
    const r = run(values, ["A1:H1"]);
    const [t] = r.tables;
    expect(t.kind).toBe("catalog");
    expect(fields(t).slice(0, 6)).toEqual(["seq", "item", null, "document", "beneficiary", "standard"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["F4"]);
  });
});

describe("register: a payout list in instalments (一期发放 | 二期发放 | 累计发放) pays them", () => {
  // A subsidy paid to people in two instalments a year writes each (一期发放, 第二期发放) and their
  // sum (累计发放, 发放合计): payments against the award, as 上期 | 本期 | 累计拨付 are.
  it("核定补贴金额 | 第一期发放 | 第二期发放 | 累计发放: paid more than awarded found", () => {
    const values: Cell[][] = [
      ["2024年某县困难残疾人生活补贴发放明细表", null, null, null, null, null, null],
      ["单位：元", null, null, null, null, null, null],
      ["序号", "姓名", "所在乡镇", "核定补贴金额", "第一期发放", "第二期发放", "累计发放"],
      [1, "张*明", "城关镇", 1200, 600, 600, 1200],
      [2, "李*芳", "城关镇", 1200, 600, 900, 1500],
      [3, "王*军", "新华乡", 1200, 600, 600, 1200],
    ];
    const r = run(values, ["A1:G1", "A2:G2"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t).slice(3)).toEqual(["approved", "paidBefore", "paidNow", "paidTotal"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["G5"]);
  });

  it("核定金额 | 首期发放金额 | 二期发放金额, no sum: the two instalments added", () => {
    const values: Cell[][] = [
      ["单位：元", null, null, null, null],
      ["姓名", "村（社区）", "核定金额", "首期发放金额", "二期发放金额"],
      ["赵*华", "东村", 3000, 1000, 2000],
      ["钱*兰", "西村", 3000, 1500, 2000],
    ];
    const r = run(values);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t).slice(2)).toEqual(["approved", "paidBefore", "paidNow"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["E4"]);
  });
});

describe("allocations to counties under category rows: the county names the line, its use describes it", () => {
  const lineOf = (t: RecognisedTable) => t.columns.find((c) => c.field === "item")?.col;

  it("县（市、区） | 所属市 | 资金用途 under 一 / 二 rows merged across with their sums: the county is the line", () => {
    const values: Cell[][] = [
      ["2023年某专项资金分配表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "县（市、区）", "所属市", "资金用途", "下达资金", "备注"],
      ["一", "新增示范县建设", null, null, 9000, null],
      [1, "甲县", "东市", "示范县建设", 3000, "新增"],
      [2, "乙县", "东市", "示范县建设", 3000, "新增"],
      [3, "丙县", "西市", "示范县建设", 3000, "新增"],
      ["二", "往年示范县巩固提升", null, null, 1500, null],
      [4, "丁县", "西市", "巩固提升", 700, null],
      [5, "戊县", "南市", "巩固提升", 800, null],
      ["合计", null, null, null, 10500, null],
    ];
    const merges = ["A1:F1", "B4:D4", "B8:D8", "A11:D11"];
    const r = run(values, merges);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(lineOf(t)).toBe(1);
    expect(fields(t)[4]).toBe("amount");
    expect(r.findings.map((f) => f.rule)).toEqual([]);
    // 二 states 1,500 where its counties add to 1,600: found at its own row.
    const wrong = values.map((row) => [...row]);
    wrong[8][4] = 800;
    expect(ruleCells(run(wrong, merges), "composition.total-mismatch")).toEqual(["E8"]);
  });

  it("县区 | 项目用途 under （一） / （二） rows not merged, the use repeated: the county is the line", () => {
    const values: Cell[][] = [
      ["序号", "县区", "项目用途", "分配金额（万元）"],
      ["（一）", "农村公路养护", null, 260],
      [1, "东城区", "县道养护", 120],
      [2, "北山县", "县道养护", 140],
      ["（二）", "危桥改造", null, 90],
      [3, "南岭县", "危桥改造", 50],
      [4, "西河县", "危桥改造", 40],
      ["合计", null, null, 350],
    ];
    const r = run(values);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(lineOf(t)).toBe(1);
    expect(r.findings.map((f) => f.rule)).toEqual([]);
  });
});

describe("catalog: clauses under a section row and a sub-section row, both merged across", () => {
  it("一、… / （一）… rows under the header are the clauses' outline, the catalog reads on to its last clause", () => {
    const clauses: Cell[][] = [
      ["某县促进工业发展若干政策", null, null],
      ["序号", "政策名称", "政策内容"],
      ["一、支持制造业做大做强", null, null],
      ["（一）支持企业技术改造", null, null],
      [1, "技术改造设备补助", "对当年完成的技术改造项目，按照设备投资额的8%给予补助，单个项目最高不超过200万元。"],
      [2, "智能化改造补助", "对实施智能化改造的企业，按照智能化设备投资的10%给予补助。"],
      ["（二）支持企业上规模", null, null],
      [3, "首次升规奖励", "对首次纳入规模以上统计的工业企业，一次性奖励10万元。"],
    ];
    const awards: Cell[][] = [
      ["序号", "企业名称", "政策名称", "设备投资额（万元）", "补助金额（万元）"],
      [1, "甲机械有限公司", "智能化改造补助", 500, 50],
      [2, "乙电子有限公司", "智能化改造补助", 300, 45],
      [3, "丙纺织有限公司", "技术改造设备补助", 1000, 80],
    ];
    const merges = ["A1:C1", "A3:C3", "A4:C4", "A7:C7"];
    const r = audit({ sheets: [grid(clauses, merges, "政策"), grid(awards, [], "名单")], settings: { today: "2022-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    const cat = r.tables[0] as CatalogTable;
    expect(cat.range.r1).toBe(7);
    expect(cat.items.map((i) => i.category)).toEqual(["支持企业技术改造", "支持企业技术改造", "支持企业上规模"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    // 10% × 300 = 30, 45 awarded.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
  });

  it("a title row, then 第一部分 / 一、 section rows without numbers in the clause rows' code column", () => {
    const clauses: Cell[][] = [
      ["编号", "支持事项", "支持标准"],
      ["第一部分 产业发展", null, null],
      ["一、招商引资", null, null],
      ["A1", "新引进项目补助", "按照项目固定资产投资额的3%给予补助。"],
      ["A2", "总部落户奖励", "对新落户的企业总部一次性奖励50万元。"],
      ["二、人才引进", null, null],
      ["A3", "人才安家补贴", "对引进的高层次人才给予安家补贴20万元。"],
    ];
    const awards: Cell[][] = [
      ["序号", "企业名称", "支持事项", "固定资产投资额（万元）", "补助金额（万元）"],
      [1, "甲新材料有限公司", "新引进项目补助", 4000, 120],
      [2, "乙医药有限公司", "新引进项目补助", 2000, 70],
    ];
    const merges = ["A2:C2", "A3:C3", "A6:C6"];
    const r = audit({ sheets: [grid(clauses, merges, "条款"), grid(awards, [], "兑现")], settings: { today: "2022-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(r.tables[0].range.r1).toBe(6);
    expect((r.tables[0] as CatalogTable).items.map((i) => i.name)).toEqual(["新引进项目补助", "总部落户奖励", "人才安家补贴"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    // 3% × 2,000 = 60, 70 awarded.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
  });
});

describe("register: a list of awards checked on site, with long yes/no questions among its headings", () => {
  const placed = (values: Cell[][], district: string, merges: string[] = []) =>
    audit({
      sheets: [grid(values, merges)],
      settings: { today: "2024-12-31", district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });

  it("是否…名单 and 是否… beside the award, a 填报单位 line above the header: a register, the questions no field", () => {
    const values: Cell[][] = [
      ["2024年度高新技术企业认定奖励核查情况汇总表", null, null, null, null, null, null, null],
      ["填报单位（盖章）：", null, null, null, null, null, null, null],
      ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "奖励类别", "是否在本地依法纳税", "是否被列入严重违法失信企业名单或经营异常名录", "拟奖励金额（万元）"],
      [1, "鼓楼区", "甲信息技术有限公司", "91350102MA31AB1C2D", "首次认定高新技术企业奖励", "是", "否", 20],
      [2, "仓山区", "乙电子有限公司", "91350104MA31CD3E4F", "重新认定高新技术企业奖励", "是", "否", 10],
      [3, "思明区", "丙软件有限公司", "91350203MA31EF5G6H", "首次认定高新技术企业奖励", "是", "否", 20],
      [4, "仓山区", "乙电子有限公司", "91350104MA31CD3E4F", "重新认定高新技术企业奖励", "是", "否", 10],
      ["合计", null, null, null, null, null, null, 60],
    ];
    const r = placed(values, "福建省福州市", ["A1:H1", "A2:H2", "A8:G8"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(t.range.r0).toBe(2);
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "creditCode", "item", null, null, "approved"]);
    // 思明区 is 厦门's, not 福州's; 乙电子 is listed twice for one award.
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["B6"]);
    expect(ruleCells(r, "register.duplicate").length).toBe(1);
    expect(r.findings.filter((f) => f.rule === "input.unreadable-value")).toEqual([]);
  });

  it("有无… as a long question, the place last but one, no 填报单位 line", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "有无重大安全生产事故或生态环境违法行为记录", "是否正常生产经营", "所在区县", "奖补资金（万元）"],
      [1, "甲精密机械有限公司", "无", "是", "吴中区", 50],
      [2, "乙新能源有限公司", "无", "是", "昆山市", 50],
      [3, "丙纺织有限公司", "无", "是", "江阴市", 30],
    ];
    const r = placed(values, "江苏省苏州市");
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", null, null, "registeredIn", "approved"]);
    // 江阴市 is 无锡's.
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["E4"]);
  });
});

describe("register: a province's awards to scenic areas by kind of award (景区名称 | 奖励类别 | 奖励内容), not an allocation", () => {
  const item = (name: string, capType: "fixed" | "max", capAmount: number) => ({ name, code: null, category: null, capType, capAmount, rate: null, document: null, year: null });
  const placed = (values: Cell[][], district: string, items: ReturnType<typeof item>[], merges: string[] = []) =>
    audit({
      sheets: [grid(values, merges)],
      catalog: { name: "目录", origin: "file" as const, items },
      settings: { today: "2024-12-31", district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });

  it("设区市 | 县（市、区） | 景区名称 | 奖励类别 | 奖励内容 | 奖励资金: the areas are the awardees, the kinds the items", () => {
    const values: Cell[][] = [
      ["2019年浙江省旅游景区提升奖励资金安排表", null, null, null, null, null, null],
      ["序号", "设区市", "县（市、区）", "景区名称", "奖励类别", "奖励内容", "奖励资金（万元）"],
      [1, "杭州市", "淳安县", "千岛湖景区", "A级景区创建奖励（5A）", "新评定国家5A级旅游景区", 200],
      [2, "湖州市", "安吉县", "天荒坪景区", "旅游厕所建设补助", "新建旅游厕所3座", 25],
      [3, "丽水市", "缙云县", "仙都景区", "旅游厕所建设补助", "改建旅游厕所2座", 12],
      [4, "湖州市", "安吉县", "天荒坪景区", "旅游厕所建设补助", "新建旅游厕所（二期）", 8],
      ["合计", null, null, null, null, null, 245],
    ];
    const r = placed(values, "浙江省", [item("A级景区创建奖励（5A）", "fixed", 2_000_000), item("旅游厕所建设补助", "max", 200_000)], ["A1:G1", "A7:F7"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "registeredIn", "enterprise", "item", "project", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["G4"]);
    expect(ruleCells(r, "register.duplicate").map((c) => c.replace(/\D/g, ""))).toEqual(["6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual([]);
  });

  it("所在市 | 景区 | 补助类别 | 补助内容 | 补助资金: short area names ending 景区 / 度假区 are no districts", () => {
    const values: Cell[][] = [
      ["序号", "所在市", "景区", "补助类别", "补助内容", "补助资金（万元）"],
      [1, "焦作市", "云台山景区", "智慧景区建设", "智慧导览系统", 40],
      [2, "洛阳市", "龙门景区", "智慧景区建设", "票务系统改造", 30],
      [3, "运城市", "鹳雀楼景区", "游客中心建设", "游客中心改造", 50],
      [4, "信阳市", "南湾湖度假区", "游客中心建设", "游客中心新建", 60],
    ];
    const r = placed(values, "河南省", [item("智慧景区建设", "max", 500_000), item("游客中心建设", "max", 500_000)]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "item", "project", "approved"]);
    // 运城 is 山西's; 南湾湖度假区's 60 is over 50.
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["B4"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["F5"]);
  });

  it("money shared among counties by purpose (设区市 | 县（市、区） | 资金用途 | 分配资金), no awardee: still an allocation", () => {
    const values: Cell[][] = [
      ["2019年旅游发展专项资金分配表", null, null, null, null],
      ["序号", "设区市", "县（市、区）", "资金用途", "分配资金（万元）"],
      [1, "杭州市", "淳安县", "旅游公共服务设施", 300],
      [2, "湖州市", "安吉县", "旅游厕所建设", 120],
      [3, "丽水市", "缙云县", "旅游公共服务设施", 180],
      ["合计", null, null, null, 600],
    ];
    const [t] = tables(values, ["A1:E1", "A6:D6"]);
    expect(t.kind).toBe("composition");
  });
});

describe("allocation: the document's tail under the table (四、监督电话, a telephone, the office and date) is no value of its columns", () => {
  // A published allocation form ends with its own lines under the table, each alone in its row with no figure: the
  // next section's heading, a telephone, the office and the date. Read as values of the first column, they made the
  // places there look like no places, and a purpose column repeating on every line (支出方向 统筹整合) was taken for the
  // line. The rows after the last one with a figure are the document's, not the columns'.
  it("地县 | 资金合计 | 中央资金 | 自治区资金 | 支出方向, placeholder rows, then 四、监督电话 …: 地县 the line", () => {
    const values: Cell[][] = [
      ["2019年财政衔接资金分配情况表", null, null, null, null],
      ["地县", "资金合计", "中央资金", "自治区资金", "支出方向"],
      ["某某县", 300, 100, 200, "统筹整合"],
      ["某甲县", 210, 60, 150, "统筹整合"],
      ["某乙市", 95, 45, 50, "统筹整合"],
      ["本级单位**", null, null, null, null],
      ["本级单位**", null, null, null, null],
      ["四、监督电话", null, null, null, null],
      ["电话号码：0903-2021866", null, null, null, null],
      ["某某地区财政局", null, null, null, null],
      ["2019年1月16日", null, null, null, null],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("composition");
    // 支出方向, one value on every line, sorts the lines: their category (learn l12), never the line.
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount", "category"]);
  });

  it("县市区 | 资金合计 | 中央资金 | 省级资金 | 支出方向, then 五、联系方式 and the office's lines: the same reading", () => {
    const values: Cell[][] = [
      ["2020年林业改革发展资金分配情况表", null, null, null, null],
      ["县市区", "资金合计", "中央资金", "省级资金", "支出方向"],
      ["甲县", 300, 100, 200, "统筹使用"],
      ["乙县", 210, 60, 150, "统筹使用"],
      ["丙市", 95, 45, 50, "统筹使用"],
      ["本级单位**", null, null, null, null],
      ["本级单位**", null, null, null, null],
      ["五、联系方式", null, null, null, null],
      ["电话号码：0871-6512345", null, null, null, null],
      ["某某市林业和草原局", null, null, null, null],
      ["2020年5月8日", null, null, null, null],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount", "category"]);
  });
});

describe("catalog: a project guide with a block label merged down and sub-items numbered by code in one standard", () => {
  // A district's guide (项目指南) groups its items under a block label merged down the first column
  // (B 航运服务 over B01–B03), whatever that column's heading; a standard lists its sub-items by code
  // (B02-1：…；B02-2：…), and the year's list names each award by that code (项目编号).
  const guide: Cell[][] = [
    ["某区产业发展专项资金项目指南", null, null, null],
    ["产业板块", "编号", "扶持对象", "扶持标准"],
    ["B 航运服务", "B01", "对新落户的航运企业总部", "给予一次性奖励100万元"],
    [null, "B02", "对航运企业购租办公用房", "B02-1：购置自用办公用房的，按照不超过购房总价的8%给予补贴，最高不超过400万元\nB02-2：租赁自用办公用房的，按照不超过年租金的50%给予补贴，最高不超过100万元"],
    [null, "B03", "对认定的航运服务平台", "B03-1：经认定为国家级平台的，给予80万元的资金支持\nB03-2：经认定为市级平台的，给予40万元的资金支持"],
    ["C 文化旅游", "C01", "对新评定的旅游景区", "C01-1：新评为5A级景区的，奖励200万元\nC01-2：新评为4A级景区的，奖励50万元"],
  ];
  const merges = ["A1:D1", "A3:A5"];

  it("产业板块 | 编号 | 扶持对象 | 扶持标准: the merged block labels are the items' categories, each coded sub-item an item", () => {
    const cat = tables(guide, merges)[0] as CatalogTable;
    expect(cat.kind).toBe("catalog");
    expect(fields(cat)[0]).toBe("category");
    // --explain says the block column was read by its values (merged down), not by a heading word it has none of.
    expect(cat.columns[0].evidence).toMatchObject({ how: "values", word: null });
    const items = cat.items.map((i) => [i.code, i.category, i.capType, i.capAmount]);
    expect(items).toEqual([
      ["B01", "B 航运服务", "fixed", 1_000_000],
      ["B02-1", "B 航运服务", "rate", 4_000_000],
      ["B02-2", "B 航运服务", "rate", 1_000_000],
      ["B03-1", "B 航运服务", "fixed", 800_000],
      ["B03-2", "B 航运服务", "fixed", 400_000],
      ["C01-1", "C 文化旅游", "fixed", 2_000_000],
      ["C01-2", "C 文化旅游", "fixed", 500_000],
    ]);
  });

  it("the year's list names sub-items by 项目编号: over the fixed sum and over the rate found, the rest not", () => {
    const list: Cell[][] = [
      ["2021年度拟扶持项目", null, null, null, null, null],
      ["序号", "单位名称", "项目编号", "扶持项目", "年租金／购房总价（万元）", "拟扶持金额（万元）"],
      [1, "甲航运有限公司", "B03-1", "经认定为国家级平台", null, 90],
      [2, "乙船务有限公司", "B03-2", "经认定为市级平台", null, 40],
      [3, "丙物流有限公司", "B02-2", "租赁自用办公用房", 150, 80],
      [4, "丁航运有限公司", "B02-1", "购置自用办公用房", 3000, 240],
      [5, "戊旅游开发有限公司", "C01-2", "新评为4A级景区", null, 50],
    ];
    const r = audit({ sheets: [grid(guide, merges, "指南"), grid(list, ["A1:F1"], "名单")], settings: { today: "2021-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    // B03-1 a fixed 80, 90 given; B02-2 50% × 150 = 75, 80 given; B02-1 8% × 3,000 = 240 as given.
    expect(ruleCells(r, "cap.exceeded")).toEqual(["F3"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["F5"]);
  });

  it("项目编号 beside a firm's own 项目名称 numbers the project: no policy code", () => {
    const t = tables([
      ["序号", "企业名称", "项目编号", "项目名称", "扶持项目", "拟扶持金额（万元）"],
      [1, "甲科技有限公司", "2021-001", "智能产线改造", "技术改造补助", 50],
      [2, "乙材料有限公司", "2021-002", "新材料研发中心", "研发中心补助", 30],
    ])[0];
    expect(t.kind).toBe("register");
    expect(fields(t)[2]).toBeNull();
  });

  it("专项资金 | 支持事项 | 支持标准 with no code column: each block's label merged down is its items' category", () => {
    const noCodes: Cell[][] = [
      ["专项资金", "支持事项", "支持标准"],
      ["一、先进制造业", "首次升规工业企业", "一次性奖励20万元"],
      [null, "技术改造项目", "按照设备投资额的10%给予补助，最高不超过500万元"],
      [null, "智能工厂", "给予最高不超过200万元的奖励"],
      ["二、现代服务业", "首次升规服务业企业", "一次性奖励10万元"],
      [null, "服务业集聚区", "给予最高不超过50万元的扶持"],
    ];
    const cat = tables(noCodes, ["A2:A4", "A5:A6"])[0] as CatalogTable;
    expect(cat.kind).toBe("catalog");
    expect(fields(cat)).toEqual(["category", "item", "standard"]);
    expect(cat.items.map((i) => i.category)).toEqual(["一、先进制造业", "一、先进制造业", "一、先进制造业", "二、现代服务业", "二、现代服务业"]);
  });
});

describe("execution: a ranking of units' spending progress (排名 | 单位 | 项目支出预算 | 已支付 | 支付率 | 与序时进度差)", () => {
  // A finance bureau's circular ranks its units by the share of their budget paid out so far, beside
  // the points above or below the pace, and gives the pace in a note under the table. The budget
  // (项目支出预算: a budget for spending, its head word last) is what the paid is measured against.
  it("项目支出预算数 | 已支付 | 支付率 | 与序时进度差（百分点）: budget, paid and rate read, the gap left aside", () => {
    const values: Cell[][] = [
      ["2023年1-6月区直单位项目支出进度排名表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["排名", "单位名称", "项目支出预算数", "已支付", "支付率", "与序时进度差（百分点）"],
      [1, "区财政局", 800, 600, "75.00%", 25],
      [2, "区教育局", 2000, 1200, "62.00%", 10],
      [3, "区民政局", 500, 230, "46.00%", -4],
      [4, "区住建局", 1500, 600, "40.00%", -10],
      [5, "区司法局", 300, 0, "0.00%", -50],
      ["合计", null, 5100, 2630, "51.57%", 1.57],
      ["注：序时进度为50.00%。与序时进度差＝支付率－序时进度。", null, null, null, null, null],
    ];
    const r = run(values, ["A1:F1", "A10:F10"]);
    const [t] = r.tables;
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1, 5)).toEqual(["category", "budget", "actual", "rate"]);
    // 1,200 / 2,000 = 60.00%, stated 62.00%.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["E5"]);
    expect(r.findings.filter((f) => f.rule === "execution.behind-schedule").map((f) => f.row)).toEqual([6]);
    expect(ruleCells(r, "execution.no-spending")).toEqual(["D8"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("支出预算 | 已支出 | 支出进度 | 较序时进度, no note: the pace from the title's months", () => {
    const values: Cell[][] = [
      ["2022年1-9月市级部门支出进度通报", null, null, null, null, null],
      ["单位：万元", null, null, null, null, null],
      ["名次", "部门", "支出预算", "已支出", "支出进度", "较序时进度"],
      [1, "甲局", 1000, 900, "90.0%", "15.0"],
      [2, "乙局", 400, 280, "70.0%", "-5.0"],
      [3, "丙局", 600, 360, "60.0%", "-15.0"],
    ];
    const r = run(values, ["A1:F1"]);
    const [t] = r.tables;
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(2, 5)).toEqual(["budget", "actual", "rate"]);
    // 9/12 = 75%: 丙局 is 15 points behind, 乙局 5 (within the tolerance).
    expect(r.findings.filter((f) => f.rule === "execution.behind-schedule").map((f) => f.row)).toEqual([5]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("the pace a note states (序时进度为…) is the table's own, measured against as a 序时进度 column is", () => {
    // The title gives 1-6月 (6/12 = 50%); the circular counts the pace otherwise (58.33%) and says so.
    const values: Cell[][] = [
      ["2024年1-6月县直部门项目资金支付进度表", null, null, null, null],
      ["序号", "单位", "项目支出预算", "已支付", "支付率"],
      [1, "县林业局", 1000, 520, "52.00%"],
      [2, "县水务局", 1000, 700, "70.00%"],
      ["说明：序时进度按58.33%计算。", null, null, null, null],
    ];
    const r = run(values, ["A1:E1", "A5:E5"]);
    const behind = r.findings.filter((f) => f.rule === "execution.behind-schedule");
    expect(behind.map((f) => f.row)).toEqual([2]);
    expect(behind[0].message).toContain("58.33%");
  });
});

describe("learn-l14: towns over villages, batches over sources, clauses as codes", () => {
  // An allocation among villages by the town each is in (镇街 | 示范村名称 | …): the town (镇, 街道) groups
  // the villages as a county its units, though its heading is none of a category's words.
  it("镇街 | 示范村名称 | (unheaded kind) | 提前下达金额 | 项目名称 | 绩效目标 merged down: 镇街 the category", () => {
    const values: Cell[][] = [
      ["2024年某市美丽乡村建设资金分配方案", null, null, null, null, null],
      ["镇街", "示范村名称", null, "提前下达金额（万元）", "项目名称", "绩效目标"],
      ["东区街道", "甲村", "精品村", 300, "美丽乡村建设资金", "完成10个示范村建设任务。"],
      ["东区街道", "乙社区", "精品村", 280.5, null, null],
      ["沙溪镇", "丙村", "宜居村", 90, null, null],
      ["港口镇", "丁村", "宜居村", 90, null, null],
      ["合计", null, null, 770.5, null, null],
    ];
    const r = run(values, ["A1:F1", "B2:C2", "E3:E6", "F3:F6", "A7:C7"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 4)).toEqual(["category", "item", null, "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D7"]);
  });

  it("序号 | 街镇 | 村名称 | 提前下达金额（万元） under a 分配表 title: the same reading, the total right", () => {
    const values: Cell[][] = [
      ["2023年某区示范村建设资金分配表", null, null, null],
      ["序号", "街镇", "村名称", "提前下达金额（万元）"],
      [1, "石岐街道", "某社区", 45],
      [2, "小榄镇", "某村", 60],
      [3, "小榄镇", "另村", 55.5],
      ["合计", null, null, 160.5],
    ];
    const r = run(values, ["A1:D1", "A6:C6"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
  // An investment table by batch (批次 | 建设内容 | 工程处数 | 总投资 | 中央投资 | 省级匹配 | 州县配套): the batch is the line,
  // the count of works (处) its quantity, and 总投资 the whole its sources add up to, each source checked down its column.
  it("批次 | 建设内容 | 工程处数 | 总投资 | 中央投资 | 省级匹配 | 州县配套: the sources are 总投资's parts", () => {
    const values: Cell[][] = [
      ["某县2011年饮水工程投资情况表", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：处、万元"],
      ["批次", "建设内容", "工程处数", "总投资", "中央投资", "省级匹配", "州县配套"],
      ["第一批", "农村饮水工程", 30, 1000, 800, 100, 100],
      ["第二批", "学校饮水工程", 20, 500, 400, 60, 50],
      ["第三批", "集中供水工程", 5, 300, 240, 30, 30],
      ["合计", null, 55, 1800, 1440, 180, 180],
    ];
    const r = run(values, ["A1:G1", "A7:B7"]);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", null, "quantity", "amount", "amount", "amount", "amount"]);
    expect(t.columns.slice(4).every((c) => c.part?.of === 3)).toBe(true);
    // 第二批 500 against 400 + 60 + 50 = 510; 省级's 合计 180 against 100 + 60 + 30 = 190; 中央 and 州县 right.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D5", "F7"]);
  });

  it("批次 | 项目个数 | 总投资 | 中央补助 | 省级配套 | 县级配套: a column total wrong", () => {
    const values: Cell[][] = [
      ["单位：个、万元", null, null, null, null, null],
      ["批次", "项目个数", "总投资", "中央补助", "省级配套", "县级配套"],
      ["第一批", 12, 600, 400, 120, 80],
      ["第二批", 8, 400, 300, 60, 40],
      ["合计", 20, 1000, 700, 190, 120],
    ];
    const r = run(values);
    const [t] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "quantity", "amount", "amount", "amount", "amount"]);
    // 省级 190 against 120 + 60 = 180.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E5"]);
  });
});

describe("register: a payment list of village projects (乡镇 | 村 | 项目名称 | 补助资金 | 已拨付 | 本次拨付): the village is whom it pays", () => {
  // Money shared among villages by project is an allocation; but a list recording what each village was paid before
  // and is paid now pays the village for its project: the village is the payee, its town the place, and an award
  // with nothing paid long after its year's deadline is unpaid (the list records payments).
  const placed = (values: Cell[][], district: string, asOf: string, merges: string[] = []) =>
    audit({
      sheets: [grid(values, merges)],
      settings: { today: asOf, asOf, district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });

  it("乡镇 | 行政村 | 项目名称 | 补助资金 | 已拨付 | 本次拨付 | 备注 under a 万元 caption", () => {
    const values: Cell[][] = [
      ["2023年度市级美丽乡村建设补助资金拨付明细表", null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, "单位：万元"],
      ["序号", "乡镇", "行政村", "项目名称", "补助资金", "已拨付", "本次拨付", "备注"],
      [1, "枫亭镇", "海安村", "海安村道路硬化", 30, 15, 15, null],
      [2, "枫亭镇", "东宅村", "东宅村污水管网", 30, null, null, "未开工"],
      [3, "榜头镇", "坂头村", "坂头村文化广场", 30, 12, 20, null],
      ["合计", null, null, null, 90, 27, 35, null],
    ];
    const r = placed(values, "福建省莆田市仙游县", "2024-12-31", ["A1:H1", "A7:D7"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "project", "approved", "paidBefore", "paidNow", null]);
    // 东宅村: 30 awarded for 2023, nothing paid by 2024-12-31; 坂头村: 12 + 20 = 32 against 30.
    expect(r.findings.filter((f) => f.rule === "register.unpaid").map((f) => f.row)).toEqual([4]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["G6"]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual([]);
  });

  it("街道 | 社区 | 项目名称 | 奖补资金 | 决算审计价（元） | 本次拨付: a community is paid as a village is", () => {
    const values: Cell[][] = [
      ["2022年度和美乡村建设奖补资金拨付表", null, null, null, null, null, null],
      ["序号", "街道", "社区", "项目名称", "奖补资金（万元）", "决算审计价（元）", "本次拨付"],
      [1, "递铺街道", "胜利社区", "胜利社区游步道", 50, 486200, 50],
      [2, "昌硕街道", "双一社区", "双一社区停车场", 40, 391500, 40],
      [3, "灵峰街道", "大竹园社区", "大竹园社区公厕改造", 40, "—", null],
    ];
    const r = placed(values, "浙江省湖州市安吉县", "2023-12-31", ["A1:G1"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "project", "approved", null, "paidNow"]);
    expect(r.findings.filter((f) => f.rule === "register.unpaid").map((f) => f.row)).toEqual([4]);
    expect(r.findings.filter((f) => f.rule === "input.unreadable-value")).toEqual([]);
  });
});

describe("register: a 推荐名单 with no money, its 推荐类别 the category of each row", () => {
  // A name list behind a 公示 of farms or cooperatives recommended as demonstration units: what each is recommended as
  // (省级示范 / 重点支持) sorts the rows like a level does; it is no policy item. The trade (主营产业) is no field.
  it("合作社名称 | 统一社会信用代码 | 所在乡镇 | 主导产业 | 推荐类别", () => {
    const values: Cell[][] = [
      ["2023年国家级、省级农民合作社示范社推荐名单", null, null, null, null, null],
      ["序号", "合作社名称", "统一社会信用代码", "所在乡镇", "主导产业", "推荐类别"],
      [1, "湘阴县青山蔬菜专业合作社", "93430624MA4L0A1B2C", "文星镇", "蔬菜种植", "国家级示范社"],
      [2, "湘阴县洞庭水产专业合作社", "93430624MA4L3D4E5F", "东塘镇", "水产养殖", "省级示范社"],
      [3, "湘阴县樟树茶叶专业合作社", "93430624MA4L6G7H8J", "樟树镇", "茶叶种植", "省级示范社"],
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "creditCode", "registeredIn", null, "category"]);
  });

  it("家庭农场名称 | 所在县市区 | 经营类型 | 拟推荐类别 | 统一社会信用代码, a sign-off under it", () => {
    const values: Cell[][] = [
      ["长沙市2022年省级示范家庭农场拟推荐名单", null, null, null, null, null],
      ["序号", "家庭农场名称", "所在县市区", "经营类型", "拟推荐类别", "统一社会信用代码"],
      [1, "浏阳市金禾家庭农场", "浏阳市", "粮食种植", "省级示范家庭农场", "92430181MA4Q1A2B3C"],
      [2, "宁乡市绿源家庭农场", "宁乡市", "生猪养殖", "重点支持家庭农场", "92430182MA4Q4D5E6F"],
      [3, "长沙县果香家庭农场", "长沙县", "水果种植", "省级示范家庭农场", "92430121MA4Q7G8H9J"],
      ["长沙市农业农村局", null, null, "2022年6月1日", null, null],
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)[1]).toBe("enterprise");
    expect(fields(t)[4]).toBe("category");
    expect(fields(t)[5]).toBe("creditCode");
    expect(fields(t)).not.toContain("item");
  });
});

describe("catalog: a tiered award in one sentence (levels reached, one award per level), checked on the award list", () => {
  // `产值首次突破2亿元、5亿元、10亿元的，按相应档次给予奖励20万元、50万元、80万元`: the levels are conditions, the
  // awards one per level; a list row is allowed at most the top award, and the standard is no unreadable one.
  it("奖励项目 | 奖励标准 with a tiered sentence, then 企业名称 | 奖励项目 | 奖励金额: above the top award reported", () => {
    const clauses: Cell[][] = [
      ["序号", "奖励项目", "奖励标准"],
      [1, "产值进档奖励", "工业企业年度产值首次突破2亿元、5亿元、10亿元的，按相应档次给予奖励20万元、50万元、80万元。"],
      [2, "新上规奖励", "对首次纳入规模以上统计的工业企业，给予一次性奖励10万元。"],
    ];
    const awards: Cell[][] = [
      ["单位：万元", null, null, null],
      ["序号", "企业名称", "奖励项目", "奖励金额"],
      [1, "甲机械有限公司", "产值进档奖励", 50],
      [2, "乙材料有限公司", "产值进档奖励", 90],
      [3, "丙电子有限公司", "新上规奖励", 10],
    ];
    const r = audit({ sheets: [grid(clauses, [], "奖励办法"), grid(awards, [], "奖励名单")], settings: { today: "2023-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });

  it("条款 | 支持标准 with levels of 纳税额 in 万元 and the awards after 依档: the top award the maximum", () => {
    const clauses: Cell[][] = [
      ["条款", "支持事项", "支持标准"],
      ["第五条", "纳税进档奖励", "年度纳税额达到500万元、1000万元、3000万元的，依档给予企业经营团队奖励5万元、10万元、30万元；奖励资金次年兑现。"],
    ];
    const awards: Cell[][] = [
      ["序号", "企业名称", "支持事项", "奖励金额（万元）"],
      [1, "丁科技有限公司", "纳税进档奖励", 30],
      [2, "戊化工有限公司", "纳税进档奖励", 35],
    ];
    const r = audit({ sheets: [grid(clauses, [], "政策"), grid(awards, [], "名单")], settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D3"]);
  });
});

describe("composition: a standard in a column group's heading over its count and money, each line's money checked against it", () => {
  // `维修户（每户5500元）` over 户数 | 补助资金: the group's money is its count times the standard. Where most lines are
  // so, a line that is not is a slip (composition.line-mismatch at its money), beyond the rounding of its figure as shown.
  it("市 | 新建（每户2万元） | 改造（每户8000元） over 户数 | 补助资金, 补助资金合计, 单位：户、万元: the slip reported", () => {
    const values: Cell[][] = [
      ["某省农房改造补助资金分配表", null, null, null, null, null],
      [null, null, null, null, null, "单位：户、万元"],
      ["市", "新建（每户2万元）", null, "改造（每户8000元）", null, "补助资金合计"],
      [null, "户数", "补助资金", "户数", "补助资金", null],
      ["甲市", 300, 600, 500, 400, 1000],
      ["乙市", 200, 400, 250, 200, 600],
      ["丙市", 100, 200, 400, 300, 500],
      ["丁市", 150, 300, 100, 80, 380],
      ["合计", 750, 1500, 1250, 980, 2480],
    ];
    const r = run(values, ["A1:F1", "A3:A4", "B3:C3", "D3:E3", "F3:F4"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E7"]);
    expect(ruleCells(r, "composition.line-rounded")).toEqual([]);
    // The standard is stated, so the message names the amount's own rounding, not an average's.
    const f = r.findings.find((x) => x.rule === "composition.line-mismatch");
    expect(f?.message).toContain("超出金额按所示位数四舍五入允许的");
    expect(f?.message).not.toContain("均价");
  });

  it("县 | 村级站点（1.5万元/个） | 乡级站点（5万元/个） over 个数 | 奖励资金 in 元, two slips in one group, none in the other", () => {
    const values: Cell[][] = [
      ["县", "村级站点（1.5万元/个）", null, "乡级站点（5万元/个）", null],
      [null, "个数", "奖励资金（元）", "个数", "奖励资金（元）"],
      ["东县", 10, 150000, 2, 100000],
      ["西县", 8, 120000, 1, 50000],
      ["南县", 6, 100000, 3, 150000],
      ["北县", 4, 60000, 2, 100000],
      ["中县", 5, 70000, 1, 50000],
    ];
    const r = run(values, ["A1:A2", "B1:C1", "D1:E1"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["C5", "C7"]);
  });
});

describe("register: grants of several years, each row's year in a column (下达年度), the grant beside what was paid of it", () => {
  // A payments record of a fund's grants by project over several years: the year each was granted (下达年度,
  // 2018 | 2019 as numbers), the grant (下达资金), the money paid (拨付金额) and its date. The year column is each
  // row's year, so a grant of an earlier year unpaid is past that year's deadline; the plain 拨付金额 beside a
  // grant is what was paid of it.
  it("项目名称 | 项目单位 | 所在县 | 下达年度 | 下达资金 | 拨付金额 | 拨付日期: year, award, payment, date", () => {
    const values: Cell[][] = [
      ["某市重点项目前期工作经费补助资金拨付情况表", null, null, null, null, null, null, null],
      ["序号", "项目名称", "项目单位", "所在县", "下达年度", "下达资金", "拨付金额", "拨付日期"],
      [1, "城东污水管网改造工程", "某市住房和城乡建设局", "甲县", 2022, 150, 150, 44800],
      [2, "乙县工业园道路工程", "乙县交通运输局", "乙县", 2022, 70, 76, 44810],
      [3, "丙县水库除险加固工程", "丙县水利局", "丙县", 2021, 45, null, null],
      [4, "甲县文化中心项目", "甲县文化广电和旅游局", "甲县", 2021, 30, 30, 44400],
      ["合计", null, null, null, null, 295, 256, null],
    ];
    const r = run(values, ["A1:H1", "A7:E7"], "2022-12-31");
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t).slice(4)).toEqual(["year", "approved", "paidNow", "paidOn"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["G4"]);
    // Reported where the payment should be (docs/worked-examples.md: the empty payment cell).
    expect(ruleCells(r, "register.unpaid")).toEqual(["G5"]);
  });

  it("项目名称 | 实施单位 | 下达年份 | 下达金额 | 实拨金额 | 拨付时间, a 2023 grant unpaid before its year's deadline: not yet unpaid", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "实施单位", "下达年份", "下达金额", "实拨金额", "拨付时间", "备注"],
      [1, "北镇农田水利设施项目", "北镇人民政府", 2023, 40, null, null, "方案编制中"],
      [2, "南镇乡村道路硬化工程", "南镇人民政府", 2022, 65, null, null, "未开工"],
      [3, "西镇冷链仓储项目", "西镇人民政府", 2022, 55, 60, 44900, null],
      [4, "东镇供水管网工程", "东镇人民政府", 2023, 25, 25, 45100, null],
    ];
    const r = run(values, [], "2023-06-30");
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t).slice(3, 7)).toEqual(["year", "approved", "paidNow", "paidOn"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["F4"]);
    // 2022's grant unpaid past 2022-11-30; 2023's not yet due as of 2023-06-30.
    expect(ruleCells(r, "register.unpaid")).toEqual(["F3"]);
  });
});

describe("execution: revenue's pace (收入进度) is watched as spending's is", () => {
  // A half-year or three-quarter report states each budget's revenue and spending against the year's budget,
  // the rates often bare fractions (0.265). Revenue short of time progress is what the report's readers look
  // for first; revenue above its budget is collected beyond plan, not overspent.
  it("项目 | 年初预算 | 1—6月执行数 | 完成年初预算% as fractions, 其中：本级 under each line: the revenue line behind is reported", () => {
    const values: Cell[][] = [
      ["某省2022年1—6月预算执行情况表", null, null, null],
      [null, null, null, "单位：亿元"],
      ["项目", "年初预算", "1—6月执行数", "完成年初预算%"],
      ["一、全省一般公共预算收入", 2400, 1260.5, 0.525],
      ["    其中：省本级", 420, 215.3, 0.513],
      ["二、全省一般公共预算支出", 7200, 3820.4, 0.531],
      ["    其中：省本级", 1300, 690.2, 0.531],
      ["三、全省政府性基金预算收入", 1800, 540.6, 0.30],
      ["    其中：省本级", 80, 38.9, 0.486],
      ["四、全省政府性基金预算支出", 2100, 1150.1, 0.548],
      ["    其中：省本级", 210, 103.2, 0.491],
    ];
    const r = run(values, ["A1:D1"], "2022-06-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C8"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("收入项目 | 预算数 | 累计完成 | 完成预算% at the third quarter: a tax short, non-tax above plan, a line with nothing collected", () => {
    const values: Cell[][] = [
      ["某县2023年1-9月一般公共预算收入执行情况"],
      [null, null, null, "单位：万元"],
      ["收入项目", "预算数", "累计完成", "完成预算%"],
      ["税收收入", 30000, 19500, 0.65],
      ["非税收入", 8000, 8800, 1.1],
      ["国有资源（资产）有偿使用收入", 1200, 0, 0],
      ["教育支出", 40000, 31000, 0.775],
    ];
    const r = run(values, [], "2023-09-30");
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C4", "C6"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
  });
});

describe("execution: a total row's slip is reported once, its stated rate included", () => {
  // An office types the 合计's 执行数 wrong while its rate was worked from the right figure: the slip is
  // reported at the figure, and the rate, which agrees once the figure is what its lines add up to, is not
  // reported again. A rate agreeing with neither is still wrong.
  it("项目 | 调整预算数 | 执行数 | 执行率 with the 合计's spending the slip: reported at the spending only", () => {
    const values: Cell[][] = [
      ["某县2022年一般公共预算支出执行情况表"],
      [null, null, null, "单位：万元"],
      ["项目", "调整预算数", "执行数", "执行率"],
      ["教育支出", 52000, 50960, 0.98],
      ["卫生健康支出", 31000, 30380, 0.98],
      ["农林水支出", 17000, 16860, 0.992],
      ["合计", 100000, 98500, 0.982],
    ];
    // 50,960 + 30,380 + 16,860 = 98,200: 98.2% of 100,000; the stated 98,500 would be 98.5%.
    const r = run(values, [], "2023-01-10");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("the same with the rate agreeing with neither figure: the rate is reported too", () => {
    const values: Cell[][] = [
      ["科目", "预算数", "支出数", "支出进度"],
      ["一般公共服务", 8000, 7600, 0.95],
      ["公共安全", 4000, 3960, 0.99],
      ["支出合计", 12000, 11660, 0.9],
    ];
    // 7,600 + 3,960 = 11,560 (96.3%); the stated 11,660 is 97.2%: 90% is neither.
    const r = run(values, [], "2023-01-10");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C4"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D4"]);
  });

  it("年初预算数 | 执行数 | 完成年初预算% with the 合计's budget the slip: reported at the budget only", () => {
    const values: Cell[][] = [
      ["项目", "年初预算数", "执行数", "完成年初预算%"],
      ["社会保障和就业支出", 12500, 11875, 95],
      ["住房保障支出", 5300, 5141, 97],
      ["城乡社区支出", 2200, 2104, 95.6],
      ["合计", 21000, 19120, 95.6],
    ];
    // 12,500 + 5,300 + 2,200 = 20,000, and 19,120 / 20,000 = 95.6%; over the stated 21,000 it would be 91.0%.
    const r = run(values, [], "2023-01-10");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B5"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });
});

describe("catalog: a 条款 column of unique 第X条 leading the rows, with no 序号, is the rows' code", () => {
  // Measures laid out as their clauses (条款 | 扶持事项 | 支持标准) number each row by its clause alone:
  // with no number of the rows' own beside it, none shared by two rows and no section above, the
  // clause number is the row's code. After the standard (所属条款) it still cites the document.
  it("条款 第二条 / 第五条 / 第七条 | 支持事项 | 支持标准: code, item, standard", () => {
    const values: Cell[][] = [
      ["某开发区促进新材料产业发展若干措施（摘录）", null, null],
      ["条款", "支持事项", "支持标准"],
      ["第二条", "首台套奖励", "对首台（套）产品给予一次性奖励100万元。"],
      ["第五条", "研发投入补助", "按年度研发投入的10%给予补助，最高不超过300万元。"],
      ["第七条", "人才引进奖励", "对引进的高层次人才给予安家补贴50万元。"],
    ];
    const r = run(values, ["A1:C1"]);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["code", "item", "standard"]);
  });

  it("条款 第12条 / 第13条 | 扶持项目 | 扶持内容 | 责任单位, no title: code too", () => {
    const values: Cell[][] = [
      ["条款", "扶持项目", "扶持内容", "责任单位"],
      ["第12条", "技术改造补助", "按设备投资额的8%给予补助，单个项目最高500万元。", "区工信局"],
      ["第13条", "上市奖励", "企业在境内主板上市的，给予一次性奖励200万元。", "区金融办"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0]).slice(0, 3)).toEqual(["code", "item", "standard"]);
  });
});

describe("execution: 其中 lines the table gives no budget for, under a budgeted whole, are not overspent against 0", () => {
  // A report lists the main functions' spending under the year's spending (其中：教育支出 …) with last year's figure
  // and growth only: the whole has its budget, the lines none. A missing budget is no budget, not one of 0 (docs/rules.md).
  it("一般公共预算支出 with its budget, then 其中 functions with spending only: no overspent, the whole still checked", () => {
    const values: Cell[][] = [
      ["某县2023年1-9月财政预算收支完成情况", null, null, null],
      [null, null, null, "单位：万元"],
      ["项目", "全年预算数", "1-9月完成数", "为预算%"],
      ["一般公共预算支出", 100000, 82000, "82.00%"],
      ["其中：教育支出", null, 21000, null],
      ["社会保障和就业支出", null, 15000, null],
      ["农林水支出", null, 19000, null],
    ];
    const r = run(values, ["A1:D1"], "2023-09-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("一、收入 | 二、基金收入 | 三、支出 numbered, the spending's 其中 functions with last year's figure only: no overspent", () => {
    const values: Cell[][] = [
      ["某县2022年1-6月财政预算收支完成情况", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["项目", "全年预算数", "1-6月完成数", "为预算%", "上年同期数", "增长%"],
      ["一、一般公共预算收入", 30000, 16000, "53.33%", 15000, "6.7%"],
      ["其中：税收收入", 20000, 10500, "52.5%", 10000, "5.0%"],
      ["非税收入", 10000, 5500, "55.0%", 5000, "10.0%"],
      ["二、政府性基金收入", 8000, 4100, "51.3%", 3900, "5.1%"],
      ["三、一般公共预算支出", 120000, 64000, "53.33%", 60000, "6.7%"],
      ["其中：一般公共服务支出", null, 7000, null, 6500, "7.7%"],
      ["教育支出", null, 12000, null, 11000, "9.1%"],
      ["农林水支出", null, 15000, null, 14000, "7.1%"],
      ["注：支出“其中”列主要科目，未列全部科目。", null, null, null, null, null],
    ];
    const r = run(values, ["A1:F1", "A12:F12"], "2022-06-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });

  it("支出合计 with its budget over 其中 lines with — for a budget: the lines not overspent against 0", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "执行数", "执行率"],
      ["支出合计", 5000, 5400, "108.0%"],
      ["其中：基本支出", "—", 3100, "—"],
      ["项目支出", "—", 2300, "—"],
    ];
    const r = run(values, [], "2023-12-31");
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });
});

describe("a row of measure units under the headers is part of the header", () => {
  // Offices put each column's unit in a row of its own under the headings ((户) (亩) (元), 单位 words in
  // brackets, nothing else): it says what each column counts or is paid in, and holds no values.
  it("乡镇 | 户数 | 面积 | 补贴资金 over (户) (亩) (元): no unreadable value, the money in 元, the area no money", () => {
    const values: Cell[][] = [
      ["某县2023年补贴面积汇总表", null, null, null],
      ["乡镇", "户数", "补贴面积", "补贴资金"],
      [null, "(户)", "(亩)", "(元)"],
      ["甲镇", 120, 850.5, 85050],
      ["乙乡", 80, 410.25, 41025],
      ["合计", 200, 1260.75, 126075],
    ];
    const r = run(values, ["A1:D1"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    const t = r.tables[0];
    expect(t.range.r0 + 1).toBe(2);
    expect(t.unit).toBe("元");
    expect(t.columns.find((c) => c.col === 3)?.field).toBe("amount");
    expect(t.columns.find((c) => c.col === 2)?.field).not.toBe("amount");
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("two header rows, a merged group, then （个）（人）（万元） in full-width brackets: the units are no row, the 合计 still checked", () => {
    const values: Cell[][] = [
      ["地区", "补助对象", null, "补助资金", "上年资金"],
      [null, "村数", "人数", null, null],
      [null, "（个）", "（人）", "（万元）", "（万元）"],
      ["东区", 4, 300, 60, 55],
      ["西区", 6, 500, 90, 80],
      ["合计", 10, 800, 160, 135],
    ];
    const r = run(values, ["A1:A2", "B1:C1", "D1:D2", "E1:E2"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(r.tables[0].unit).toBe("万元");
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D6"]);
  });
});

describe("register: the office and its date merged across the whole list under its 合计", () => {
  // Under the 合计 an office signs the list on lines of their own, each merged across every column (A:F):
  // the office's name, then the date. No record follows them: they are the document's, not headings of rows.
  const firms: Cell[][] = [
    ["序号", "企业名称", "统一社会信用代码", "项目名称", "补助金额"],
    [1, "某甲精工有限公司", "91320500MA1XXXX01A", "产线智能化改造", 120],
    [2, "某乙材料有限公司", "91320500MA1XXXX02B", "设备更新项目", 80],
    ["合计", null, null, null, 200],
  ];
  const lastRow = (r: ReturnType<typeof run>) => r.tables[0].range.r1 + 1;

  it("the office then 2024年6月3日, each merged A:E: the list ends at its 合计", () => {
    const values: Cell[][] = [["某区技术改造补助项目清单"], [null, null, null, null, "单位：万元"], ...firms, ["某区工业和信息化局"], ["2024年6月3日"]];
    const r = run(values, ["A1:E1", "A6:D6", "A7:E7", "A8:E8"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(lastRow(r)).toBe(6);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("one line, the office and the date together, merged across under a blank row: no row either", () => {
    const values: Cell[][] = [["某市企业研发补助名单（单位：万元）"], ...firms, [null], ["某市科学技术局 二〇二三年九月"]];
    const r = run(values, ["A1:E1", "A5:D5", "A7:E7"]);
    expect(lastRow(r)).toBe(5);
  });
});

describe("execution: the level of the money's source (资金级次) is the lines' category", () => {
  // A town's projects paid from transfers name, beside each project, the level the money came from (省级, 中央,
  // 市级, 县级): a few values, repeated. The project is the line; the level groups them, it names no line.
  it("序号 | 项目名称 | 资金级次 | 下达资金 | 实际支出 | 执行率: the project the line, the level read apart", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "资金级次", "下达资金", "实际支出", "执行率"],
      [1, "村道硬化工程", "省级", 50, 50, "100.00%"],
      [2, "农村改厕项目", "中央", 30, 24, "80.00%"],
      [3, "河道清淤工程", "市级", 20, 19.5, "97.50%"],
      [4, "路灯安装项目", "省级", 10, 10, "100.00%"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["seq", "category", "level", "budget", "actual", "rate"]);
  });

  it("项目 | 资金来源级次 | 预算数 | 支出数, and 资金层级 elsewhere: the same", () => {
    const a: Cell[][] = [
      ["项目", "资金来源级次", "预算数", "支出数"],
      ["森林防火", "县级", 12, 11],
      ["护林员补助", "中央", 40, 40],
      ["苗木采购", "县级", 8, 6],
    ];
    expect(fields(tables(a)[0])).toEqual(["category", "level", "budget", "actual"]);
    const b: Cell[][] = [
      ["项目名称", "资金层级", "安排资金", "已支出", "支出进度"],
      ["学校维修", "市级", 100, 60, "60%"],
      ["校车购置", "省级", 80, 80, "100%"],
    ];
    expect(fields(tables(b)[0])).toEqual(["category", "level", "budget", "actual", "rate"]);
  });
});

describe("forms: a money block of label | value rows with the money written as text, or two such blocks side by side", () => {
  // A target form's 资金情况 block types its money as text: the amount with 万 in the cell and the uses it is made of
  // in brackets after it (300万(道路180万元,桥梁120万元)), sometimes the figure typed twice (300万300万(…)). Each is
  // one amount, the whole of its bracketed parts: the block is read as a composition as a block of numbers is.
  it("年度资金总额 | 300万(…) over 其中：财政拨款 | 300万300万(…) and an empty 其他资金: one composition, nothing unreadable", () => {
    const values: Cell[][] = [
      ["项目绩效目标表（2023年度）", null, null, null],
      ["项目名称", "某镇农村公路提升工程", null, null],
      ["资金情况（万元）", "年度资金总额：", "300万(道路硬化180万元,桥梁维修120万元)", null],
      [null, "其中：财政拨款", "300万300万(道路硬化180万元,桥梁维修120万元)", null],
      [null, "其他资金", null, null],
      ["绩效指标", "一级指标", "三级指标", "指标值"],
      [null, "产出指标", "硬化道路长度", "≥8公里"],
      [null, "满意度指标", "群众满意度", "≥90%"],
    ];
    const merges = ["A1:D1", "B2:D2", "A3:A5", "C3:D3", "C4:D4", "C5:D5", "A6:A8"];
    const r = run(values, merges);
    expect(r.tables.map((t) => [t.kind, t.range.r0 + 1, t.range.r1 + 1, t.unit])).toEqual([
      ["composition", 3, 5, "万元"],
      ["targets", 6, 8, "元"],
    ]);
    expect(fields(r.tables[0]).slice(1, 3)).toEqual(["item", "amount"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("text amounts with 万元 whose sources do not make the total: the total is checked", () => {
    const values: Cell[][] = [
      ["资金情况", "资金总额", "500万元（种植基地320万元、冷链设施180万元）"],
      [null, "其中：中央资金", "450万元"],
      [null, "县级资金", "20万元"],
      [null, "其他资金", null],
    ];
    const r = run(values, ["A1:A4"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    // 450 + 20 = 470 against 500.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C1"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  // 项目资金总额 (其中：财政资金 | 其他资金) beside 年度资金申请总额 (其中：当年财政拨款 | 上年结转资金 | 其他资金) under one side label:
  // two compositions, each total against its own sources, never one block's money added to the other's.
  it("two blocks side by side, the right one longer: the right total is checked against its own sources", () => {
    const values: Cell[][] = [
      ["资金情况（万元）", "项目资金总额：", 800, "年度资金申请总额", 600],
      [null, "其中：财政资金", 700, "其中：当年财政拨款", 400],
      [null, "其他资金", 100, "上年结转资金", 150],
      [null, null, null, "其他资金", 80],
      ["项目绩效目标", "建成冷库一座", null, null, null],
    ];
    const r = run(values, ["A1:A4", "B5:E5"]);
    expect(r.tables.map((t) => [t.kind, t.range.r0 + 1, t.range.r1 + 1, t.range.c0, t.range.c1])).toEqual([
      ["composition", 1, 4, 0, 2],
      ["composition", 1, 4, 3, 4],
    ]);
    expect(r.tables.map((t) => t.unit)).toEqual(["万元", "万元"]);
    // 400 + 150 + 80 = 630 against 600; the left 700 + 100 = 800 agrees.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E1"]);
  });

  it("two blocks side by side in 元, the left one longer and short of its total; the right one agreeing", () => {
    const values: Cell[][] = [
      ["资金来源（元）", "项目资金合计", 1_000_000, "本年度申请资金合计", 300_000, null],
      [null, "其中：省级补助", 500_000, "其中：财政拨款", 300_000, null],
      [null, "市级配套", 200_000, "其他资金", null, null],
      [null, "自筹资金", 200_000, null, null, null],
    ];
    const r = run(values, ["A1:A4", "E1:F1", "E2:F2", "E3:F3"]);
    expect(r.tables.map((t) => [t.kind, t.range.c0, t.range.c1])).toEqual([
      ["composition", 0, 2],
      ["composition", 3, 4],
    ]);
    // 500,000 + 200,000 + 200,000 = 900,000 against 1,000,000; the right 300,000 agrees.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C1"]);
  });
});

describe("forms: an amount typed as text with the uses it is made of in brackets is checked against them", () => {
  // 300万(道路硬化180万元,桥梁维修100万元): the bracketed list names what the whole is made of, all of it, so it
  // must add up to the amount before it. A note (暂定) or one share (其中中央200万元) is no such list.
  it("万 with parts in 万元 short of the whole: total-mismatch at the cell; agreeing parts: nothing", () => {
    const rows = (bridge: number): Cell[][] => [
      ["资金情况（万元）", "年度资金总额", `300万(道路硬化180万元,桥梁维修${bridge}万元)`],
      [null, "其中：财政拨款", "300万"],
      [null, "其他资金", null],
    ];
    expect(ruleCells(run(rows(100), ["A1:A3"]), "composition.total-mismatch")).toEqual(["C1"]);
    expect(ruleCells(run(rows(120), ["A1:A3"]), "composition.total-mismatch")).toEqual([]);
  });

  it("元 with parts in 元 listed with 、 and one bracketed share: only the list is checked", () => {
    const values: Cell[][] = [
      ["资金来源（元）", "资金总额", "1,200,000元（设备购置800,000元、安装调试350,000元）"],
      [null, "其中：中央补助", "900,000元（其中贴息资金200,000元）"],
      [null, "其他资金", "300,000元(暂定)"],
    ];
    const r = run(values, ["A1:A3"]);
    // 800,000 + 350,000 = 1,150,000 against 1,200,000; 900,000 + 300,000 makes the whole.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C1"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });
});

describe("execution: a final account's revenue and spending side by side are two tables", () => {
  // A 收支决算表 sets the revenue (收入项目 | 预算 | 决算 | %) beside the spending (支出项目 | the same measures):
  // two tables, each half's lines read under its own line column and each 总计 checked against its own lines,
  // the 其中 lines never added in again, revenue above its budget never overspent.
  it("收入 | 调整预算数 | 决算数 | 决算数为调整预算% beside 支出 | the same: two tables, the spending line over its budget found", () => {
    const values: Cell[][] = [
      ["某县2022年一般公共预算收支决算表", null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, "单位：万元"],
      ["收入", "调整预算数", "决算数", "决算数为调整预算%", "支出", "调整预算数", "决算数", "决算数为调整预算%"],
      ["一般公共预算收入", 12000, 12400, 1.033, "一般公共预算支出", 210000, 205800, 0.98],
      ["其中：税收收入", 8000, 8100, 1.013, "上解支出", 3200, 3200, 1],
      ["非税收入", 4000, 4300, 1.075, "债务还本支出", 9000, 9600, 1.067],
      ["转移性收入", 200000, 200000, 1, null, null, null, null],
      ["债务转贷收入", 10200, 10200, 1, null, null, null, null],
      ["收入总计", 222200, 222600, 1.002, "支出总计", 222200, 218600, 0.984],
    ];
    const r = run(values, ["A1:H1"], "2022-12-31");
    expect(r.tables.map((t) => [t.kind, fields(t).filter(Boolean)])).toEqual([
      ["execution", ["category", "budget", "actual", "rate"]],
      ["execution", ["category", "budget", "actual", "rate"]],
    ]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["G6"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("收入项目 | 预算数 | 执行数 beside 支出项目 | 预算数 | 执行数, no rates, a 合计's slip on the spending side", () => {
    const values: Cell[][] = [
      ["收入项目", "预算数", "执行数", "支出项目", "预算数", "执行数"],
      ["税收收入", 5000, 5200, "一般公共服务支出", 3000, 2950],
      ["非税收入", 1500, 1450, "教育支出", 6000, 5900],
      ["上级补助收入", 9000, 9000, "农林水支出", 6500, 6400],
      ["收入合计", 15500, 15650, "支出合计", 15500, 15350],
    ];
    // 2,950 + 5,900 + 6,400 = 15,250, not the stated 15,350; 5,200 + 1,450 + 9,000 = 15,650.
    const r = run(values, [], "2022-12-31");
    expect(r.tables.map((t) => fields(t).filter(Boolean))).toEqual([
      ["category", "budget", "actual"],
      ["category", "budget", "actual"],
    ]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["F5"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });
});

describe("execution: revenue by level, the whole first, 其中 rows under some levels", () => {
  // A city's revenue by level (全市 first, then 市本级, counties, districts, with 其中 rows under a district for its
  // zones): the whole stated before its lines is their total, the 其中 rows are parts of their district never added
  // into it, and a title naming revenue makes every line revenue: above its budget it is collected beyond plan.
  it("地区 | 年度预算 | 完成数 | 完成年度预算% under a 收入 title, 全市合计 first, 其中 under one district", () => {
    const values: Cell[][] = [
      ["2023年某市一般公共预算收入分级完成情况表", null, null, null],
      [null, null, null, "单位：亿元"],
      ["地区", "年度预算", "完成数", "完成年度预算%"],
      ["全市合计", 60.0, 63.1, 1.052],
      ["市本级", 10.0, 14.5, 1.45],
      ["甲县", 20.0, 20.4, 1.02],
      ["乙区", 30.0, 28.2, 0.94],
      ["其中：乙区本级", 12.0, 12.5, 1.042],
      ["高新区", 18.0, 15.7, 0.872],
    ];
    const r = run(values, ["A1:D1"], "2023-12-31");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
    // 乙区 28.2 / 30 = 94.0% and its 高新区 15.7 / 18 = 87.2%: both more than 5 points short of the year's 100%.
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C7", "C9"]);
  });

  it("县区 | 预算数 | 实际完成 | 完成% with 合计 first, 其中 under two counties, a level's figure the slip", () => {
    const values: Cell[][] = [
      ["某州2022年地方一般公共预算收入完成情况（分县市）", null, null, null],
      [null, null, null, "单位：万元"],
      ["县区", "预算数", "实际完成", "完成%"],
      ["合计", 90000, 93000, 1.033],
      ["甲市", 40000, 42000, 1.05],
      ["其中：甲市本级", 25000, 26500, 1.06],
      ["甲市经开区", 15000, 15500, 1.033],
      ["乙县", 30000, 31000, 1.033],
      ["其中：乙县本级", 26000, 26000, 1],
      ["乙县工业园区", 4000, 5000, 1.25],
      ["丙县", 20000, 21000, 1.05],
    ];
    // 42,000 + 31,000 + 21,000 = 94,000, not the stated 93,000.
    const r = run(values, ["A1:D1"], "2022-12-31");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C4"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });
});

describe("catalog: one clause cut into awards by the kind of body (条款 | 支持对象 | 支持标准); a list naming them under any heading", () => {
  // A clause holding several awards, one per kind of body it is for, laid out a row an award: with no other name column the
  // 支持对象 names the award, the catalog's item, no beneficiary. The year's list then names each grant's kind of body in a
  // column of its own (支持对象 beside 单位名称, 认定类型): its values are the catalog's items, so it is the list's item
  // column whatever its heading says.
  it("（三） on every row | 支持对象 | 支持标准: the 支持对象 is the item; the list's 支持对象 beside 单位名称 is its item", () => {
    const clauses: Cell[][] = [
      ["某市支持孵化载体建设若干措施（摘录）", null, null],
      ["条款", "支持对象", "支持标准"],
      ["（三）", "国家级科技企业孵化器", "对新认定的国家级科技企业孵化器，给予一次性奖励200万元。"],
      ["（三）", "省级科技企业孵化器", "对新认定的省级科技企业孵化器，给予最高80万元奖励。"],
      ["（三）", "市级众创空间", "对市级众创空间按年度运营投入的30%给予补助，最高30万元。"],
    ];
    const list: Cell[][] = [
      ["2023年度孵化载体奖补拟安排名单", null, null, null, null],
      ["序号", "单位名称", "支持对象", "运营投入（万元）", "拟安排金额（万元）"],
      [1, "甲孵化器管理有限公司", "国家级科技企业孵化器", null, 200],
      [2, "乙创业服务有限公司", "省级科技企业孵化器", null, 95],
      [3, "丙众创空间有限公司", "市级众创空间", 60, 20],
      [4, "丁创客空间有限公司", "市级众创空间", 200, 30],
    ];
    const r = audit({ sheets: [grid(clauses, ["A1:C1"], "政策"), grid(list, ["A1:E1"], "名单")], settings: { today: "2023-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
    expect(r.tables[1].columns[2].field).toBe("item");
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    // 95 over the 80 maximum; 30% × 60 = 18 under 20 proposed; 30% × 200 = 60, the 30 maximum met.
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5"]);
  });

  it("序号 | 扶持对象 | 扶持标准, the list's kind under 认定类型 after the amount: item, its maximum checked", () => {
    const clauses: Cell[][] = [
      ["序号", "扶持对象", "扶持标准"],
      [1, "新认定的国家级专精特新“小巨人”企业", "给予一次性奖励50万元"],
      [2, "新认定的省级专精特新中小企业", "给予一次性奖励20万元"],
    ];
    const list: Cell[][] = [
      ["企业名称", "所在县区", "奖励金额（万元）", "认定类型"],
      ["甲精工有限公司", "东城区", 50, "新认定的国家级专精特新“小巨人”企业"],
      ["乙电子有限公司", "西城区", 30, "新认定的省级专精特新中小企业"],
      ["丙材料有限公司", "东城区", 20, "新认定的省级专精特新中小企业"],
    ];
    const r = audit({ sheets: [grid(clauses, [], "政策"), grid(list, [], "名单")], settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "item", "standard"]);
    expect(r.tables[1].columns[3].field).toBe("item");
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
  });
});

describe("catalog: measures under section headings of two phrases (一、聚焦…，打造…), caps in prose in 万元", () => {
  // A city's measures laid out as a table (序号 | 措施 | 支持内容 | 责任单位), the document's section headings merged across
  // between the measures. A heading of two parallel phrases has a comma but ends with no full stop: it heads the measures
  // under it, no note ending the table; and the caps written in 万元 give the catalog its unit.
  it("序号 | 措施 | 支持内容 | 责任单位 with two long section headings of two phrases: read to the last measure in 万元, the list's excess found", () => {
    const measures: Cell[][] = [
      ["某市推动制造业高质量发展若干措施（摘录）", null, null, null],
      ["序号", "措施", "支持内容", "责任单位"],
      ["一、聚焦先进制造业集群发展，打造工业经济增长“新引擎”", null, null, null],
      [1, "支持企业技术改造", "对年度设备投资500万元以上的技术改造项目，按设备投资额的8%给予补助，最高不超过200万元。", "市工信局、市财政局"],
      [2, "鼓励企业上规模", "对首次纳入规模以上统计的工业企业，每户奖励10万元。", "市工信局、市统计局"],
      ["二、聚焦科技创新能力提升，培育高质量发展新动能", null, null, null],
      [5, "支持研发平台建设", "对新认定的省级企业技术中心，给予不超过50万元的一次性奖励。", "市科技局、市财政局按职责分工负责"],
    ];
    const list: Cell[][] = [
      ["序号", "企业名称", "兑现措施", "兑现金额（万元）"],
      [1, "甲机械有限公司", "支持企业技术改造", 150],
      [2, "乙电气有限公司", "支持研发平台建设", 60],
      [3, "丙食品有限公司", "鼓励企业上规模", 10],
    ];
    const r = audit({ sheets: [grid(measures, ["A1:D1", "A3:D3", "A6:D6"], "措施"), grid(list, [], "名单")], settings: { today: "2024-12-31" } });
    const cat = r.tables[0] as CatalogTable;
    expect(cat.kind).toBe("catalog");
    expect(cat.unit).toBe("万元");
    expect(cat.range.r1).toBe(6);
    expect(cat.items.map((i) => i.category)).toEqual([
      "聚焦先进制造业集群发展，打造工业经济增长“新引擎”",
      "聚焦先进制造业集群发展，打造工业经济增长“新引擎”",
      "聚焦科技创新能力提升，培育高质量发展新动能",
    ]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D3"]);
  });

  it("编号 | 政策措施 | 政策内容 | 牵头单位, long headings 一、…，… / 二、…，…, the last measure's maximum checked", () => {
    const measures: Cell[][] = [
      ["编号", "政策措施", "政策内容", "牵头单位"],
      ["一、持续优化营商环境，全面激发各类市场主体活力", null, null, null],
      [3, "奖励新升规企业", "对新升规的工业企业给予一次性奖励15万元。", "县工信局"],
      ["二、强化土地资金人才要素保障，切实降低企业经营成本", null, null, null],
      [7, "贷款贴息", "对企业技改项目贷款按实际利息的50%给予贴息，最高不超过30万元。", "县财政局"],
      [8, "物流补贴", "对年物流费用超过100万元的企业，给予最高20万元补贴。", "县商务局"],
    ];
    const list: Cell[][] = [
      ["企业名称", "政策措施", "兑现金额（万元）"],
      ["甲纺织有限公司", "物流补贴", 25],
      ["乙家具有限公司", "奖励新升规企业", 15],
    ];
    const r = audit({ sheets: [grid(measures, ["A2:D2", "A4:D4"], "措施"), grid(list, [], "名单")], settings: { today: "2024-12-31" } });
    const cat = r.tables[0] as CatalogTable;
    expect(cat.unit).toBe("万元");
    expect(cat.items.map((i) => i.name)).toEqual(["奖励新升规企业", "贷款贴息", "物流补贴"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C2"]);
  });
});

describe("register: a payout list of borrowers, people and firms, with the kind of borrower beside each", () => {
  // An interest subsidy paid on small guaranteed loans lists its borrowers (借款人 / 贷款人 / 承贷主体), people and firms
  // alike: that column is the payee. The kind of borrower (个人 / 小微企业 / 农户) is a few kinds repeated: the category,
  // no policy item (the title names the subsidy), so the same borrower paid twice in the year shows.
  it("乡镇 | 贷款人 | 贷款人类别 | 贷款额（万元） | 贴息资金（元）: payee, category, the repeat reported", () => {
    const values: Cell[][] = [
      ["某县2021年创业担保贷款贴息资金发放名单", null, null, null, null, null],
      ["序号", "乡镇", "贷款人", "贷款人类别", "贷款额（万元）", "贴息资金（元）"],
      [1, "城关镇", "周海涛", "个人", 15, 3600],
      [2, "河口镇", "吴春燕", "个人", 10, 2400],
      [3, "城关镇", "某县绿野农业发展有限公司", "小微企业", 150, 36000],
      [4, "河口镇", "吴春燕", "个人", 10, 2400],
      [5, "南山乡", "郑立群", "个人", 20, 4800],
      ["合计", null, null, null, 205, 49200],
    ];
    const r = run(values, ["A1:F1"]);
    expect(r.tables[0].kind).toBe("register");
    expect(fields(r.tables[0])).toEqual(["seq", "registeredIn", "enterprise", "category", "base", "approved"]);
    expect(ruleCells(r, "register.duplicate").map((c) => c.replace(/[A-Z]+/, ""))).toEqual(["6"]);
    // The item is the title's subsidy, not the list's act of paying it out (发放).
    const dup = r.findings.find((f) => f.rule === "register.duplicate");
    expect(dup?.message).toContain("创业担保贷款贴息");
    expect(dup?.message).not.toContain("发放");
  });

  it("承贷主体 | 统一社会信用代码 | 借款人类别 (三类) | 贷款金额 | 贴息金额, no title: payee and category still", () => {
    const values: Cell[][] = [
      ["承贷主体", "统一社会信用代码", "借款人类别", "贷款金额（万元）", "贴息金额（元）"],
      ["王秀珍", null, "农户", 5, 1200],
      ["某市丰源种植专业合作社", "93370100MA3C0B1X2Y", "农民专业合作社", 50, 12000],
      ["李长河", null, "农户", 8, 1920],
      ["某市惠农食品有限公司", "91370100MA3C1D2E3F", "小微企业", 200, 48000],
      ["赵金花", null, "农户", 6, 1440],
      ["某市兴农养殖专业合作社", "93370100MA3C4G5H6J", "农民专业合作社", 30, 7200],
    ];
    const r = run(values);
    expect(fields(r.tables[0])).toEqual(["enterprise", "creditCode", "category", "base", "approved"]);
  });
});

describe("register: an allocation by project with a 项目类别 of two kinds repeated, no catalog: the kind is the category", () => {
  // A province's proposed allocation (项目类别 | 项目名称 | 承担单位 | … | 拟安排资金) sorts its projects under two or three
  // kinds of project: a kind qualifying the project (项目类别, not 奖励类别) whose values name no support and no catalog
  // item sorts the rows; it is no policy item. A kind of award (奖补类别 with two values) stays the item.
  it("项目类别 (重大项目 / 同步投入) | 项目名称 | 承担单位 | 所在地市 | 拟安排资金", () => {
    const values: Cell[][] = [
      ["某省2022年度重点研发计划项目资金拟安排表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "项目类别", "项目名称", "承担单位", "所在地市", "拟安排资金"],
      [1, "重点研发计划（重大专项）", "新能源汽车电驱系统关键技术研究", "某省汽车工程研究院", "甲市", 800],
      [2, "重点研发计划（重大专项）", "海洋牧场智能装备研发", "某海洋大学", "乙市", 650.5],
      [3, "平台配套投入", "某省智能制造创新中心配套投入", "某省智能制造创新中心", "甲市", 200],
      [4, "重点研发计划（重大专项）", "先进陶瓷材料制备技术研究", "某新材料有限公司", "丙市", 700],
      [5, "平台配套投入", "某省生物医药中试平台配套投入", "某生物医药研究院", "乙市", 150],
      ["合计", null, null, null, null, 2500.5],
    ];
    const r = run(values, ["A1:F1"]);
    expect(fields(r.tables[0])).toEqual(["seq", "category", "project", "enterprise", "registeredIn", "approved"]);
  });

  it("项目类别 in three kinds (基础研究 / 应用研究 / 成果转化) over six projects, no title: category too", () => {
    const values: Cell[][] = [
      ["项目类别", "项目名称", "承担单位", "资助金额（万元）"],
      ["基础研究", "甲课题", "甲大学", 50],
      ["应用研究", "乙课题", "乙研究所", 80],
      ["基础研究", "丙课题", "丙大学", 40],
      ["成果转化", "丁课题", "丁科技有限公司", 100],
      ["应用研究", "戊课题", "戊研究院", 60],
      ["基础研究", "己课题", "己大学", 45],
    ];
    const r = run(values);
    expect(fields(r.tables[0])).toEqual(["category", "project", "enterprise", "approved"]);
  });

  it("奖补类别 of two awards repeated (企业名称 | 奖补类别 | 奖补金额): still the item", () => {
    const values: Cell[][] = [
      ["企业名称", "奖补类别", "奖补金额（万元）"],
      ["甲机械有限公司", "技术改造奖补", 50],
      ["乙材料有限公司", "技术改造奖补", 30],
      ["丙电子有限公司", "首台套奖补", 100],
      ["丁科技有限公司", "技术改造奖补", 20],
    ];
    const r = run(values);
    expect(fields(r.tables[0])).toEqual(["enterprise", "item", "approved"]);
  });
});

describe("execution: a settlement-progress notice by place (可使用资金 | 已受理/实施 | 实施进度 | 已结算 | 结算进度)", () => {
  // A notice on a subsidy's progress states, by city or county, the money there is to use, the money committed
  // to purchases or applied for (实施, 已受理: it may exceed the money) with its share, and the money settled
  // (结算, 兑付: paid out) with its share. The settled money is the spending, its 进度 the rate; what is committed
  // or applied for is no spending, so no overspending when above the money.
  it("县区 | 下达资金 | 已受理申请资金 | 受理比例 | 已结算资金 | 结算进度: the settled money the actual, its 进度 the rate", () => {
    const values: Cell[][] = [
      ["2023年购机补贴资金结算进度表（截至9月30日）", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["县区", "下达资金", "已受理申请资金", "受理比例", "已结算资金", "结算进度"],
      ["东城区", 800, 880, "110.00%", 600, "75.00%"],
      ["西山县", 500, 420, "84.00%", 0, "0.00%"],
      ["南湖县", 700, 760, "108.57%", 350, "55.00%"],
      ["合计", 2000, 2060, "103.00%", 950, "47.50%"],
    ];
    const [t] = tables(values, ["A1:F1"]) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", null, null, "actual", "rate"]);
    const r = run(values, ["A1:F1"], "2023-09-30");
    // 350 / 700 = 50.00%, stated 55.00%.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F6"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual(["E5"]);
    // 880 and 760 applied for above 800 and 700: applications, no spending.
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });

  it("序号 | 设区市 | 中央补贴资金 | 已兑付资金 | 资金兑付进度 | 实施补贴资金 | 实施进度: the paid-out money the actual, whatever the order", () => {
    const values: Cell[][] = [
      ["序号", "设区市", "2022年中央补贴资金", "已兑付资金", "资金兑付进度", "实施补贴资金", "实施进度"],
      [1, "甲市", 3000, 1500, "50.00%", 2400, "80.00%"],
      [2, "乙市", 2000, 400, "20.00%", 1300, "65.00%"],
      [3, "丙市", 1000, 700, "70.00%", 1100, "110.00%"],
      [4, "丁市", 4000, 0, "0.00%", 2000, "50.00%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["seq", "category", "budget", "actual", "rate", null, null]);
    const r = run(values, [], "2022-06-30");
    expect(ruleCells(r, "execution.no-spending")).toEqual(["D5"]);
    // 20% and 0% settled by mid-year are behind 50% − 5; 丁市's row has no spending instead.
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["D3"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });

  it("an allocation by city with its share (市 | 补贴资金 | 分配比例) stays an allocation", () => {
    const values: Cell[][] = [
      ["2023年农机购置补贴资金分配表", null, null],
      ["市", "补贴资金", "分配比例"],
      ["甲市", 600, "60%"],
      ["乙市", 400, "40%"],
      ["合计", 1000, "100%"],
    ];
    expect(tables(values, ["A1:C1"]).map((t) => t.kind)).toEqual(["composition"]);
  });

  it("an allocation by county with money sent before and now (县区 | 下达资金 | 已下达 | 本次下达 | 占比) stays an allocation", () => {
    const values: Cell[][] = [
      ["县区", "下达资金", "已下达资金", "本次下达资金", "占比"],
      ["东城区", 500, 300, 200, "50%"],
      ["西山县", 500, 250, 250, "50%"],
    ];
    expect(tables(values).map((t) => t.kind)).toEqual(["composition"]);
  });

  it("下达资金 | 已结算资金 | 未结算资金 | 结算进度: the money not yet settled is no part of the settled", () => {
    const values: Cell[][] = [
      ["县区", "下达资金", "已结算资金", "未结算资金", "结算进度"],
      ["东城区", 800, 600, 200, "75.00%"],
      ["西山县", 500, 100, 400, "20.00%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.columns.map((c) => `${c.field}${c.part ? " (part)" : ""}`)).toEqual(["category", "budget", "actual", "null", "rate"]);
  });

  // A progress notice in words the kind does not know (已发放资金 | 发放进度): the 进度 column holds, row by row, the figure
  // left of it over the budget — a rate per amount pair, so the figure is the spending and the 进度 its rate.
  it("市 | 可使用资金 | 已发放资金 | 发放进度: the 进度 that is the figure over the budget makes both", () => {
    const values: Cell[][] = [
      ["市", "可使用资金", "已发放资金", "发放进度"],
      ["甲市", 1200, 900, "75.00%"],
      ["乙市", 800, 200, "25.00%"],
      ["丙市", 500, 150, "35.00%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate"]);
    // 150 / 500 = 30.00%, stated 35.00%: one slip among agreeing rows.
    expect(ruleCells(run(values, [], "2023-06-30"), "execution.rate-mismatch")).toEqual(["D4"]);
  });

  it("序号 | 县区 | 下达资金 | 已下拨资金 | 下拨进度 (shares as bare percents): read so too", () => {
    const values: Cell[][] = [
      ["序号", "县区", "下达资金", "已下拨资金", "下拨进度"],
      [1, "东城区", 640, 320, 50],
      [2, "西山县", 360, 90, 25],
      [3, "南湖县", 1000, 0, 0],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["seq", "category", "budget", "actual", "rate"]);
  });

  it("money committed with its 实施进度 alone, or a part with its share of the whole, is no spending: stays an allocation", () => {
    const committed: Cell[][] = [
      ["市", "可使用资金", "实施补贴资金", "实施进度"],
      ["甲市", 1200, 900, "75.00%"],
      ["乙市", 800, 200, "25.00%"],
    ];
    const shared: Cell[][] = [
      ["县区", "下达资金", "其中：中央资金", "中央资金比例"],
      ["东城区", 1000, 600, "60.00%"],
      ["西山县", 500, 250, "50.00%"],
    ];
    expect(tables(committed).map((t) => t.kind)).toEqual(["composition"]);
    expect(tables(shared).map((t) => t.kind)).toEqual(["composition"]);
  });
});

describe("composition: a use of money left of whom it is allocated to (资金用途 | 分配对象) is the category over its lines", () => {
  // An allocation plan in parts (一、… / 二、…) names each part's use and, beside it, the body or county paid: the use
  // (repeated or merged down its part) groups the recipients, each recipient is a line, and a part's 小计 adds its own rows.
  it("用途 merged down | 分配单位 with a 小计 row over two bodies: category | line, the 小计 and 合计 agree", () => {
    const values: Cell[][] = [
      ["某市2023年科技创新专项资金分配计划表", null, null, null],
      ["序号", "用途", "分配单位", "金额（万元）"],
      ["一", "重点实验室建设补助", "市农业科学研究所", 260],
      ["二", "科技特派员工作经费", "小计", 90],
      [1, null, "甲县科技局", 50],
      [2, null, "乙区科技局", 40],
      ["合计", null, null, 350],
    ];
    const r = run(values, ["A1:D1", "B4:B6", "A7:C7"]);
    expect(r.tables[0].kind).toBe("composition");
    expect(fields(r.tables[0])).toEqual(["seq", "category", "item", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("支持方向 repeated | 下达对象 over three counties, one 小计 wrong: found at the 小计 only", () => {
    const values: Cell[][] = [
      ["单位：元", null, null, null, null],
      ["序号", "支持方向", "下达对象", "下达资金", "备注"],
      ["一", "冷链物流设施建设", "某省供销合作社", 1200000, null],
      ["二", "县域商业体系建设奖励", "小计", 2500000, "绩效评价前三名"],
      [1, "县域商业体系建设奖励", "丙县", 1200000, "第一名"],
      [2, "县域商业体系建设奖励", "丁县", 800000, "第二名"],
      [3, "县域商业体系建设奖励", "戊县", 400000, "第三名"],
      ["三", "农村电商人才培训", "某省商务学校", 300000, null],
      ["合计", null, null, 4000000, null],
    ];
    const r = run(values, ["A9:C9"]);
    expect(r.tables[0].kind).toBe("composition");
    expect(fields(r.tables[0]).slice(0, 4)).toEqual(["seq", "category", "item", "amount"]);
    // 1,200,000 + 800,000 + 400,000 = 2,400,000 under a 小计 of 2,500,000; the 合计 adds the 小计 as written.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D4"]);
  });
});

describe("composition: a named subtotal (…资金小计) over its 其中 rows is checked against them; the 合计 adds the 小计s", () => {
  // Money by level or source: each level a row named …小计 with its batches under it, the first opened by 其中：. The
  // batches run on to the next numbered row or total and are all of the 小计; the 合计 adds the 小计s, never the batches too.
  it("two long-named 小计 rows over their batches, one wrong: found at it, the 合计 silent", () => {
    const values: Cell[][] = [
      [null, null, "单位：万元"],
      ["序号", "资金来源", "金额"],
      ["一", "中央财政农业产业发展和农田建设补助资金小计", 4520],
      [1, "其中：提前下达2024年中央财政农业产业发展补助资金", 3100],
      [2, "2024年第二批中央财政农业产业发展补助资金", 1420],
      ["二", "省级财政农业产业发展和农田建设配套补助资金小计", 2000],
      [1, "其中：提前下达2024年省级农业产业发展配套资金", 900],
      [2, "2024年第二批省级农业产业发展配套资金", 700],
      [3, "2024年第三批省级农业产业发展配套资金", 300],
      ["合计", null, 6520],
    ];
    const r = run(values, ["A10:B10"]);
    expect(r.tables[0].kind).toBe("composition");
    // 900 + 700 + 300 = 1,900 under 2,000: the 省级 小计 is wrong; 4,520 + 2,000 = 6,520 is right as written.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C6"]);
  });

  it("no 序号, 项目 | 金额（元）: a 小计 over its 其中 batches wrong, and the 合计: both found", () => {
    const values: Cell[][] = [
      ["项目", "金额（元）"],
      ["市级统筹安排乡村振兴衔接推进资金小计", 800000],
      ["其中：第一批市级乡村振兴衔接推进资金", 500000],
      ["第二批市级乡村振兴衔接推进资金", 300000],
      ["区级本级财政预算安排衔接推进资金小计", 450000],
      ["其中：区本级年初预算安排资金", 250000],
      ["区本级预算调整追加安排资金", 150000],
      ["合计", 1350000],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("composition");
    // 250,000 + 150,000 = 400,000 under a 小计 of 450,000; 800,000 + 450,000 = 1,250,000, not the 合计's 1,350,000.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B5", "B8"]);
  });
});

describe("register: a share of money from above (按国家拨付经费的3%—5%), its base named by a list's column", () => {
  // A measure pays a range of shares of what a higher level gave a project (国家拨付经费, 中央财政拨款) or of a
  // firm's sales, at most a sum; the list gives that figure in a column headed by the words the measure names.
  // No heading word makes it a base: the catalog's own words link it. The range's top share is the most allowed.
  it("按中央财政拨款的2%-4%…最高不超过50万元 over 中央财政拨款（万元）: the share and the maximum checked", () => {
    const measures: Cell[][] = [
      ["序号", "政策措施", "支持标准"],
      [1, "配套国家重点研发项目", "对承担国家重点研发计划项目的企业，按中央财政拨款的2%-4%给予配套奖励，单个项目最高不超过50万元。"],
      [2, "奖励新认定高新技术企业", "对首次认定的高新技术企业给予一次性奖励20万元。"],
    ];
    const list: Cell[][] = [
      ["企业名称", "政策措施", "中央财政拨款（万元）", "奖励金额（万元）"],
      ["甲精工有限公司", "配套国家重点研发项目", 1000, 40],
      ["乙光学有限公司", "配套国家重点研发项目", 500, 25],
      ["丙材料有限公司", "配套国家重点研发项目", 2000, 60],
      ["丁软件有限公司", "奖励新认定高新技术企业", null, 20],
    ];
    const r = audit({ sheets: [grid(measures, [], "措施"), grid(list, [], "名单")], settings: { today: "2024-12-31" } });
    const cat = r.tables[0] as CatalogTable;
    expect(cat.items[0].rate).toBeCloseTo(0.04);
    expect(fields(r.tables[1])).toEqual(["enterprise", "item", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D3"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("按首台（套）产品销售收入的3％～5％…最高不超过100万元 over 产品销售收入（万元）, a list with a 序号", () => {
    const measures: Cell[][] = [
      ["序号", "政策条款", "奖励标准"],
      [3, "首台（套）产品推广应用奖励", "对企业研制的首台（套）重大技术装备，按首台（套）产品销售收入的3％～5％给予奖励，最高不超过100万元。（市工信局负责）"],
      [4, "软件首版次奖励", "对首版次软件产品，给予一次性奖励30万元。（市工信局负责）"],
    ];
    const list: Cell[][] = [
      ["序号", "企业名称", "政策条款", "产品销售收入（万元）", "拟奖励金额（万元）"],
      [1, "甲重工有限公司", "首台（套）产品推广应用奖励", 1000, 50],
      [2, "乙电机有限公司", "首台（套）产品推广应用奖励", 800, 48],
      [3, "丙机床有限公司", "首台（套）产品推广应用奖励", 3000, 120],
    ];
    const r = audit({ sheets: [grid(measures, [], "条款"), grid(list, [], "名单")], settings: { today: "2024-12-31" } });
    const cat = r.tables[0] as CatalogTable;
    expect(cat.items[0].rate).toBeCloseTo(0.05);
    expect(fields(r.tables[1])).toEqual(["seq", "enterprise", "item", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
  });

  it("a column naming no base the catalog names stays unread (自筹经费 beside a share of 国家拨付经费)", () => {
    const measures: Cell[][] = [
      ["序号", "政策措施", "支持标准"],
      [1, "支持企业承担国家项目", "按国家拨付经费的3%—5%进行奖补，单个项目奖补不超过60万元。"],
    ];
    const list: Cell[][] = [
      ["企业名称", "政策措施", "自筹经费（万元）", "奖补金额（万元）"],
      ["甲公司", "支持企业承担国家项目", 100, 30],
    ];
    const r = audit({ sheets: [grid(measures, [], "措施"), grid(list, [], "名单")], settings: { today: "2024-12-31" } });
    expect(fields(r.tables[1])).toEqual(["enterprise", "item", null, "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual([]);
  });
});

describe("execution: 三公经费 lines, whose budgets are ceilings (控制数) spent under for economy", () => {
  // Offices are told to spend under the 三公 budgets (厉行节约): at any date, spending below them is economy, not
  // slowness, so no behind-schedule for a 因公出国（境）/ 公务用车 / 公务接待 line; spending above them is still overspent,
  // and every other line of the same table keeps its pace.
  it("a column of lines (项目 | 预算数 | 决算数) mixing 三公 lines and others: only the others fall behind", () => {
    const values: Cell[][] = [
      ["2023年度一般公共预算基本支出决算表"],
      [null, null, "单位：万元"],
      ["项目", "预算数", "决算数"],
      ["办公费", 100, 60],
      ["因公出国（境）费", 10, 6],
      ["公务接待费", 5, 6],
      ["公务用车运行维护费", 8, 5],
      ["差旅费", 20, 19.5],
    ];
    const r = audit({ sheets: [grid(values, ["A1:C1"])], settings: { today: "2024-06-30" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C4"]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["C6"]);
  });

  it("one row across (预算数 | 决算数 over the categories), a line spent well under its budget: no behind-schedule, the excess still found", () => {
    const values: Cell[][] = [
      ["“三公”经费支出决算表（2022年）"],
      [null, null, null, null, null, null, null, "金额单位：万元"],
      ["预算数", null, null, null, "决算数", null, null, null],
      ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
      [17, 3, 12, 2, 11.3, 1.2, 7.5, 2.6],
    ];
    const r = audit({ sheets: [grid(values, ["A1:H1", "A3:D3", "E3:H3"])], settings: { today: "2023-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    // 因公出国 1.2 of 3 (40%) and 公务用车 7.5 of 12 (62.5%) at the year's end: economy; 公务接待 2.6 against 2.
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["H5"]);
  });
});

describe("execution: a past year's line is measured as of that year's end", () => {
  // A table of 2022 read in 2023: its time progress is the year's end (100%), and the finding says so, not the day of reading.
  it("项目 | 预算数 | 支出数 of 2022, read on 2023-06-30: behind schedule and no spending as of 2022-12-31", () => {
    const values: Cell[][] = [
      ["2022年专项资金支出情况表"],
      ["项目", "预算数", "支出数"],
      ["农田水利", 200, 120],
      ["村道硬化", 80, 0],
    ];
    const r = audit({ sheets: [grid(values, ["A1:C1"])], settings: { today: "2023-06-30" } });
    const behind = r.findings.filter((f) => f.rule === "execution.behind-schedule");
    expect(behind.map((f) => f.cell)).toEqual(["C3"]);
    expect(behind[0].message).toContain("2022-12-31");
    const none = r.findings.filter((f) => f.rule === "execution.no-spending");
    expect(none.map((f) => f.cell)).toEqual(["C4"]);
    expect(none[0].message).toContain("2022-12-31");
  });

  it("a line of the year being read keeps the day of reading (2023-06-30)", () => {
    const values: Cell[][] = [
      ["2023年专项资金支出情况表"],
      ["项目", "预算数", "支出数"],
      ["农田水利", 200, 20],
    ];
    const r = audit({ sheets: [grid(values, ["A1:C1"])], settings: { today: "2023-06-30" } });
    const behind = r.findings.filter((f) => f.rule === "execution.behind-schedule");
    expect(behind.map((f) => f.cell)).toEqual(["C3"]);
    expect(behind[0].message).toContain("2023-06-30");
  });
});

describe("a slip is reported once: an outline parent wrong against its children is not reported again at the whole above", () => {
  // A 总计 may add its 小计s as stated or every line under them, the office's own sum either way (docs/rules.md). So
  // may the whole above an outline parent (类 over 款 over 项): when it agrees with the parent as the parent's
  // children add up, the slip is the parent's, reported there once. A whole disagreeing with both is reported.
  const codeGrid = (kuan: number, lei: number): Cell[][] => [
    ["支出决算表", null, null],
    [null, null, "单位：万元"],
    ["功能分类科目编码", "科目名称", "决算数"],
    ["合计", null, 651.3],
    ["205", "教育支出", 410.8],
    ["20502", "普通教育", 410.8],
    ["2050201", "学前教育", 120.3],
    ["2050202", "小学教育", 290.5],
    ["208", "社会保障和就业支出", lei],
    ["20805", "行政事业单位养老支出", kuan],
    ["2080505", "机关事业单位基本养老保险缴费支出", 160.2],
    ["2080506", "机关事业单位职业年金缴费支出", 80.3],
  ];

  it("类/款/项 with 合计 first: a 款 slipped, its 类 and the 合计 agree with the 款's 项", () => {
    // 款 20805 typed 204.5 where its 项 give 160.2 + 80.3 = 240.5; 类 208 240.5; 合计 651.3 = 410.8 + 240.5.
    const r = run(codeGrid(204.5, 240.5), ["A1:C1"]);
    expect(r.tables[0].kind).toBe("execution");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C10"]);
  });

  it("the same with the 类 wrong against both its 款 and the 款's 项 (250.5): both reported, the 合计 not", () => {
    // 类 208 250.5 against 204.5 as written and 240.5 as the 项 give: reported. The 合计 651.3 = 410.8 + 240.5 adds
    // the 类 as its lines give it: the office's own sum, not a third slip.
    const r = run(codeGrid(204.5, 250.5), ["A1:C1"]);
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["C10", "C9"]);
  });

  const footGrid = (lei: number, total: number): Cell[][] => [
    ["一般公共预算财政拨款基本支出决算明细表", null, null],
    [null, null, "单位：万元"],
    ["经济分类科目编码", "科目名称", "决算数"],
    ["301", "工资福利支出", lei],
    ["30101", "基本工资", 60.25],
    ["30102", "津贴补贴", 31.5],
    ["30112", "其他社会保障缴费", 4.05],
    ["302", "商品和服务支出", 22.4],
    ["30201", "办公费", 12.4],
    ["30211", "差旅费", 10],
    ["合计", null, total],
  ];

  it("类 over 款 with 合计 at the foot: a 类 slipped, the 合计 agrees with its 款", () => {
    // 301 typed 59.8 where its 款 give 95.8; 合计 118.2 = 95.8 + 22.4.
    const r = run(footGrid(59.8, 118.2), ["A1:C1"]);
    expect(r.tables[0].kind).toBe("execution");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C4"]);
  });

  it("the same with the 合计 wrong against both (120.2): both reported", () => {
    const r = run(footGrid(59.8, 120.2), ["A1:C1"]);
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["C11", "C4"]);
  });
});

describe("composition: a 小计 column of quantities over its parts under one merged heading", () => {
  // An allocation by place states each place's area (or count of households, of people) as a 小计 and the parts it is made
  // of under one merged heading, beside the money. The 小计 is checked against its parts row by row, with the rounding its
  // figures show, and the message names the measure, not 元; the quantities are no money and stay out of the money checks.
  it("补贴面积（亩） over 小计 | 水田 | 旱地 beside 补贴资金（元）: a 小计 10亩 short found, a 0.1亩 rounding let be", () => {
    const values: Cell[][] = [
      ["某县2023年稻谷补贴面积及资金分配表"],
      ["乡镇", "补贴面积（亩）", null, null, "补贴资金（元）"],
      [null, "小计", "水田", "旱地", null],
      ["甲镇", 1230.5, 1000.2, 240.3, 61525],
      ["乙镇", 860.4, 800.1, 60.2, 43020],
      ["丙镇", 512, 500, 12, 25600],
      ["合计", 2602.9, 2300.3, 312.5, 130145],
    ];
    const r = run(values, ["A1:E1", "A2:A3", "B2:D2", "E2:E3"]);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(t.columns.find((c) => c.col === 4)?.field).toBe("amount");
    expect(t.columns.filter((c) => c.col >= 1 && c.col <= 3).every((c) => c.field !== "amount")).toBe(true);
    // 甲镇: 1,000.2 + 240.3 = 1,240.5, the 小计 10亩 short; 乙镇: 800.1 + 60.2 = 860.3, 0.1 within the rounding shown.
    const found = r.findings.filter((f) => f.rule === "composition.total-mismatch");
    expect(found.map((f) => f.cell)).toEqual(["B4"]);
    expect(found[0].message).toContain("亩");
    expect(found[0].message).not.toContain("元");
  });

  it("(户) units row under 户数 over 合计 | 脱贫户 | 一般户, money in 万元: a count one short found once, exactly", () => {
    const values: Cell[][] = [
      ["序号", "村名", "户数", null, null, "补助资金"],
      [null, null, "合计", "脱贫户", "一般户", null],
      [null, null, "(户)", "(户)", "(户)", "(万元)"],
      [1, "东村", 45, 30, 15, 9],
      [2, "西村", 61, 40, 22, 12.4],
      [3, "南村", 28, 28, null, 5.6],
      ["合计", null, 134, 98, 37, 27],
    ];
    const r = run(values, ["A1:A3", "B1:B3", "C1:E1", "F1:F2"]);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(t.unit).toBe("万元");
    // 西村: 40 + 22 = 62, its 合计 one household short. The 合计 row (98 + 37 = 135 where 134 is written) differs across
    // by that slip alone, its 合计 the villages' 合计s as written: reported once, at 西村.
    const found = r.findings.filter((f) => f.rule === "composition.total-mismatch");
    expect(found.map((f) => f.cell)).toEqual(["C5"]);
    expect(found.every((f) => f.message.includes("户") && !f.message.includes("元"))).toBe(true);
    const en = audit({ sheets: [grid(values, ["A1:A3", "B1:B3", "C1:E1", "F1:F2"])], settings: { today: "2023-12-31", lang: "en-US" } });
    const enMsg = en.findings.find((f) => f.rule === "composition.total-mismatch" && f.cell === "C5")?.message ?? "";
    expect(enMsg).toContain("户");
    expect(enMsg).not.toContain("yuan");
  });
});

describe("register: a project summary paying its builders part of the grant in advance (拟补助 | 预拨付30%)", () => {
  // The builder named after each project (建设单位, 承担单位) is the payee once the table pays it: a
  // prepayment (预拨付, 首拨) beside the grant (拟补助) makes the summary a register of payments, its
  // 总投资 the base. A share written after the words (预拨付30%) says how much of the grant is paid:
  // the column holds money, not a percentage.
  it("two header rows, 总投资 | 自筹 | 拟补助 under one group, 首拨50% (万元) after it", () => {
    const values: Cell[][] = [
      ["2023年农业产业化项目汇总表"],
      ["序号", "项目名称", "承担单位", "项目地点", "补助比例", "资金构成（万元）", null, null, "首拨50%（万元）"],
      [null, null, null, null, null, "总投资", "自筹资金", "拟补助资金", null],
      [1, "蔬菜冷链仓储中心建设项目", "临安禾丰农业发展有限公司", "於潜镇", "30%", 500, 350, 150, 75],
      [2, "茶叶精制加工线改造项目", "临安云雾茶业有限公司", "太湖源镇", "30%", 300, 210, 90, 45],
      [3, "生猪养殖场粪污治理项目", "临安丰泽牧业有限公司", "昌化镇", "30%", 200, 140, 60, 30],
      ["合计", null, null, null, null, 1000, 700, 300, 150],
    ];
    const r = run(values, ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    const cols = Object.fromEntries(r.tables[0].columns.filter((c) => c.field).map((c) => [c.field, c.col]));
    expect(cols).toMatchObject({ project: 1, enterprise: 2, registeredIn: 3, base: 5, approved: 7, paidNow: 8 });
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual([]);
  });

  it("one header row, 实施单位 and 省级拟补助 with 预拨金额 after it: a payment over the grant is found", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "项目名称", "实施单位", "建设内容", "项目总投资", "省级拟补助", "预拨金额"],
      [1, "高标准农田提升工程", "兴隆农机专业合作社", "土地平整、灌溉渠道", 820, 240, 144],
      [2, "稻米烘干中心", "绿源粮食加工有限公司", "烘干塔4座", 460, 120, 150],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0])).toEqual(["seq", "project", "enterprise", null, "base", "approved", "paidNow"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["G4"]);
  });

  it("guard: the same summary with no payment column stays an allocation by project", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "项目名称", "实施单位", "项目总投资", "省级拟补助", "自筹资金"],
      [1, "高标准农田提升工程", "兴隆农机专业合作社", 820, 240, 580],
      [2, "稻米烘干中心", "绿源粮食加工有限公司", 460, 120, 340],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
  });
});

describe("composition: a line checked against a per-measure standard its heading states (补贴标准（元/公斤）)", () => {
  // A 补贴标准 / 补助标准 is the policy's own figure, exact: a household's amount is its quantity × the standard to the
  // 分, not within the rounding a 2-decimal average would allow over a large quantity.
  it("序号 | 户主 | 面积（亩） | 补助标准（元/亩） | 补助金额（元）: a slip of 18 元 over 9,000 亩 is a mismatch", () => {
    const values: Cell[][] = [
      ["某乡2020年耕地地力保护补贴发放公示表"],
      ["序号", "户主", "面积（亩）", "补助标准（元/亩）", "补助金额（元）"],
      [1, "甲", 9000, 0.35, 3168],
      [2, "乙", 4200, 0.35, 1470],
      [3, "丙", 2600, 0.35, 910],
      ["合计", null, 15800, null, 5548],
    ];
    const r = run(values, ["A1:E1"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    // 9,000 × 0.35 = 3,150: 18 元 over, within ±22.50 only if 0.35 were a rounded average.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E3"]);
    expect(ruleCells(r, "composition.line-rounded")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("户名 | 存栏（头） | 标准(元/头) | 金额(元): one slip under the standard, the others exact", () => {
    const values: Cell[][] = [
      ["户名", "存栏（头）", "标准(元/头)", "金额(元)"],
      ["张三", 12000, 1.5, 17990],
      ["李四", 800, 1.5, 1200],
      ["王五", 300, 1.5, 450],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["D2"]);
    expect(ruleCells(r, "composition.line-rounded")).toEqual([]);
  });

  it("an average price (均价（元/公斤）) keeps the rounding it allows", () => {
    const values: Cell[][] = [
      ["户名", "交售量（公斤）", "均价（元/公斤）", "金额（元）"],
      ["张三", 15000, 0.62, 9340],
      ["李四", 800, 0.62, 496],
    ];
    const r = run(values);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
    expect(ruleCells(r, "composition.line-rounded")).toEqual(["D2"]);
  });
});

describe("selfeval: a self-evaluation form with results but no scores (自评表: 指标值 | 实际完成值, no 分值 / 得分)", () => {
  // A form stating each indicator's result beside its target is a self-evaluation even when it scores nothing; a form
  // with targets only is a target form, whatever its title. With no scores no score rule runs.
  it("indicators alone under a 自评表 title (一级 | 二级 | 三级指标 | 年度指标值 | 实际完成值 | 备注): selfeval, a missed target not scored", () => {
    const values: Cell[][] = [
      ["2022年度农村公路养护补助资金绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "备注"],
      ["产出指标", "数量指标", "养护里程（公里）", 450, 430, "两段延至次年"],
      [null, "质量指标", "优良路率", "≥80%", "83%", null],
      ["效益指标", "社会效益指标", "群众出行条件改善", "明显改善", "明显改善", null],
      ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92%", null],
    ];
    const r = run(values, ["A1:F1", "A3:A4"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect((r.tables[0] as SelfevalTable).indicators.map((i) => i.actual)).toEqual(["430", "83%", "明显改善", "92%"]);
    expect(r.findings.filter((f) => f.rule.startsWith("selfeval."))).toEqual([]);
  });

  it("a department's form (指标名称 | 指标值 | 实际值 | 偏差原因) under 自评表: selfeval, its results read", () => {
    const values: Cell[][] = [
      ["某县农业农村局2021年度部门整体支出绩效自评表"],
      ["指标名称", "指标值", "实际值", "偏差原因"],
      ["高标准农田建设面积（万亩）", 2.5, 2.5, null],
      ["农作物病虫害防控覆盖率", "≥90%", "86%", "雨季延误"],
    ];
    const r = run(values, ["A1:D1"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect((r.tables[0] as SelfevalTable).indicators.map((i) => i.name)).toEqual(["高标准农田建设面积（万亩）", "农作物病虫害防控覆盖率"]);
  });

  it("a money block without scores (全年预算数 | 全年执行数 | 执行率) over indicators with 指标值 | 实现情况: the rate still checked", () => {
    const values: Cell[][] = [
      ["项目支出绩效自评表"],
      ["（2023年度）"],
      ["项目资金（万元）", "全年预算数", "全年执行数", "执行率"],
      ["年度资金总额", 300, 240, "70%"],
      [null],
      ["一级指标", "二级指标", "三级指标", "指标值", "实现情况"],
      ["产出指标", "数量指标", "培训人次", 1200, 1260],
      [null, "时效指标", "完成时间", "12月底前", "11月底"],
    ];
    const r = run(values, ["A1:E1", "A2:E2"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    // 240 / 300 = 80%, written 70%.
    expect(ruleCells(r, "selfeval.rate-mismatch")).toEqual(["D4"]);
  });

  it("a page of 自评结果 setting out the targets met (目标值 | 实际完成值) is no 自评表: a target form", () => {
    const values: Cell[][] = [
      ["2022年度助学金项目绩效自评结果"],
      ["二、完成的绩效目标"],
      ["一级指标", "二级指标", "指标名称", "目标值", "实际完成值"],
      ["产出指标", "数量指标", "资助学生人数", "1200", "1236"],
      ["效益指标", "社会效益指标", "资助政策知晓率", "100%", "100%"],
    ];
    const r = run(values, ["A1:E1", "A2:E2"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["targets"]);
  });

  it("targets only under a 自评 title stays a target form (三级指标 | 年度指标值 | 指标值依据)", () => {
    const values: Cell[][] = [
      ["2023年度绩效自评表附表：年度绩效目标"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "指标值依据"],
      ["产出指标", "数量指标", "新建机耕道（公里）", 12, "项目实施方案"],
      [null, "质量指标", "验收合格率", "100%", "验收办法"],
    ];
    const r = run(values, ["A1:E1", "A3:A4"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["targets"]);
  });
});

describe("catalog: a 条款 column of the document's outline numbers (一、, 1.（2）) shared by rows is the document", () => {
  // Clauses cut into a row per award carry the document's own outline numbers (一、 on two rows, 2.（1）
  // on three): repeated, or beside the rows' own 序号, they cite the clause; once each, with nothing else
  // numbering the rows, they are still the rows' numbers.
  it("条款 一、 一、 二、 四、 | 支持事项 | 扶持标准: the document", () => {
    const values: Cell[][] = [
      ["条款", "支持事项", "扶持标准"],
      ["一、", "规上工业企业培育奖励", "对首次纳入规模以上统计的工业企业，给予一次性奖励8万元。"],
      ["一、", "亿元企业奖励", "对年主营业务收入首次超过1亿元的企业，给予一次性奖励15万元。"],
      ["二、", "技术中心奖励", "对新认定的省级和市级企业技术中心分别奖励30万元、10万元。"],
      ["四、", "品牌建设奖励", "对新获中国驰名商标的企业，奖励20万元。"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
  });

  it("条款 2.（1） 2.（1） 3.（2） after a 序号 column, a title above: the document", () => {
    const values: Cell[][] = [
      ["某县促进工业发展若干政策（摘录）", null, null, null],
      ["序号", "条款", "奖励项目", "奖励标准"],
      [1, "2.（1）", "绿色工厂奖励", "对新认定的国家级绿色工厂，给予一次性奖励50万元。"],
      [2, "2.（1）", "绿色园区奖励", "对新认定的省级绿色园区，给予一次性奖励30万元。"],
      [3, "3.（2）", "上市奖励", "对在境内主板成功上市的企业，给予一次性奖励300万元。"],
    ];
    const r = run(values, ["A1:D1"]);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["seq", "document", "item", "standard"]);
  });

  it("条款 一、 二、 三、 once each, nothing else numbering the rows: not the document", () => {
    const values: Cell[][] = [
      ["条款", "支持事项", "扶持标准"],
      ["一、", "规上工业企业培育奖励", "对首次纳入规模以上统计的工业企业，给予一次性奖励8万元。"],
      ["二、", "技术中心奖励", "对新认定的省级企业技术中心，奖励30万元。"],
      ["三、", "品牌建设奖励", "对新获中国驰名商标的企业，奖励20万元。"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])[0]).not.toBe("document");
  });
});

describe("catalog and list: a rate after a threshold, its maximum in a sentence of its own, the cost split between governments", () => {
  // County policies give a share of the investment to projects above a threshold, then the most a
  // project gets in a sentence of its own and how the city and county share the cost (市县按5:5比例承担):
  // the split is no rate, the threshold no cap, so the list's share of its investment column is checked.
  it("按设备投资额给予8%补助。单个项目补助额不超过300万元。补助资金由市县按6:4比例承担。 over 设备投资额（万元）", () => {
    const measures: Cell[][] = [
      ["条款", "政策项目", "扶持标准"],
      ["3.（1）", "技术改造补助", "对500万元以上技术改造项目，按设备投资额给予8%补助。单个项目补助额不超过300万元。补助资金由市县按6:4比例承担。"],
      ["3.（1）", "首台套奖励", "对认定的省级首台套产品，给予一次性奖励20万元。"],
    ];
    const list: Cell[][] = [
      ["序号", "企业名称", "政策项目", "设备投资额（万元）", "补助金额（万元）"],
      [1, "甲机械有限公司", "技术改造补助", 2000, 160],
      [2, "乙电子有限公司", "技术改造补助", 1500, 150],
      [3, "丙装备有限公司", "技术改造补助", 6000, 300],
    ];
    const r = audit({ sheets: [grid(measures, [], "政策"), grid(list, [], "名单")], settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    const cat = r.tables[0] as CatalogTable;
    expect(cat.items[0]).toMatchObject({ capType: "rate", capAmount: 3_000_000 });
    expect(cat.items[0].rate).toBeCloseTo(0.08);
    expect(fields(r.tables[1])).toEqual(["seq", "enterprise", "item", "base", "approved"]);
    // 乙: 8% × 1,500 = 120, 150 proposed; 丙: 8% × 6,000 = 480 held to the 300 maximum.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual([]);
  });

  it("按照固定资产投资额的4%给予补助, the maximum after it, a second case 同等执行, 市县按照5∶5的比例承担", () => {
    const measures: Cell[][] = [
      ["政策项目", "支持标准"],
      ["新建工业项目补助", "单个项目总投资在5000万元以上（含本数）的新建工业项目，按照固定资产投资额的4%给予补助。单个项目补助金额最高不超过600万元。对租赁标准化厂房的项目同等执行。补助资金由市、县按照5∶5的比例承担。"],
    ];
    const list: Cell[][] = [
      ["企业名称", "政策项目", "固定资产投资额（万元）", "拟补助（万元）"],
      ["甲新材料有限公司", "新建工业项目补助", 9000, 400],
      ["乙光电有限公司", "新建工业项目补助", 20000, 600],
    ];
    const r = audit({ sheets: [grid(measures, [], "政策"), grid(list, [], "名单")], settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    // 甲: 4% × 9,000 = 360, 400 proposed; 乙: 800 held to 600.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D2"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual([]);
  });
});

describe("register: a list of projects with the money decided and its first payment (拟下达经费 | 首次拨款)", () => {
  // A list of projects naming the body carrying each out with its credit code, the money decided for it
  // (拟下达经费, 拟安排经费) and a first instalment (首次拨款, 首批拨付) with no later one beside it: a register
  // of payees, the first instalment the payment the list makes now.
  it("序号 | 项目名称 | 承担单位 | 统一社会信用代码 | 拟安排经费 | 首批拨付 (万元): an overpayment and a bad code found", () => {
    const values: Cell[][] = [
      ["2024年度市级科技计划拟立项项目表"],
      ["序号", "项目名称", "承担单位", "统一社会信用代码", "拟安排经费（万元）", "首批拨付（万元）"],
      [1, "高效光伏组件封装材料研发", "甲光能科技有限公司", "91450100MA5Q8H2K13", 60, 36],
      [2, "智慧灌区监测系统研究", "乙水利信息技术有限公司", "91450103MA5R3T9W6U", 40, 44],
      [3, "特色果蔬保鲜技术集成示范", "丙农业科学研究院", "12450000498512637P", 25, 15],
      [4, "工业机器人视觉定位研究", "丁智能装备有限公司", "91450107MA5N2J4P82", 30, 18],
      ["合计", null, null, null, 155, 113],
    ];
    const r = run(values, ["A1:F1", "A7:D7"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0])).toEqual(["seq", "project", "enterprise", "creditCode", "approved", "paidNow"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["F4"]);
    expect(ruleCells(r, "register.invalid-credit-code")).toEqual(["D6"]);
  });

  it("no 序号, 单位：元, 项目承担单位 | 社会信用代码 | 拟下达经费 | 第一次拨款: the payment over the money decided found", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["项目名称", "项目承担单位", "社会信用代码", "拟下达经费", "第一次拨款"],
      ["稻渔综合种养技术示范", "戊生态农业有限公司", "91450108MA5L7C3X2K", 200000, 120000],
      ["县域医共体信息平台研发", "己医疗软件有限公司", "91450102MA5K4D8U3P", 150000, 180000],
      ["合计", null, null, 350000, 300000],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0])).toEqual(["project", "enterprise", "creditCode", "approved", "paidNow"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["E4"]);
  });

  it("guard: a first payment beside a second (首次拨款 | 第二次拨款) is the payment before, the second now", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "项目名称", "承担单位", "统一社会信用代码", "拟下达经费", "首次拨款", "第二次拨款"],
      [1, "高效光伏组件封装材料研发", "甲光能科技有限公司", "91450100MA5Q8H2K13", 60, 36, 24],
      [2, "智慧灌区监测系统研究", "乙水利信息技术有限公司", "91450103MA5R3T9W6U", 40, 24, 26],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0])).toEqual(["seq", "project", "enterprise", "creditCode", "approved", "paidBefore", "paidNow"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["G4"]);
  });
});

describe("register: the amount entered in the project pool is what was asked (入库金额)", () => {
  // A list put up for comment gives each firm's sum entered in the project pool (入库金额, 入库资金) beside
  // the money proposed (拟下达金额): the pool's sum is what the firm asked, the proposal the award.
  it("序号 | 县（市、区） | 企业名称 | 入库资金 | 拟补助金额 (万元)", () => {
    const values: Cell[][] = [
      ["表2：技术改造项目贴息"],
      ["序号", "县（市、区）", "企业名称", "入库资金（万元）", "拟补助金额（万元）"],
      [1, "罗定市", "甲精密制造有限公司", 80, 28.96],
      [2, "新兴县", "乙不锈钢制品有限公司", 45.5, 16.47],
      [3, "郁南县", "丙食品有限公司", 62, 22.44],
      ["总计", null, null, 187.5, 67.87],
    ];
    const r = run(values, ["A1:E1", "A6:C6"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0])).toEqual(["seq", "registeredIn", "enterprise", "requested", "approved"]);
  });

  it("所属镇街 | 申报单位 | 项目入库金额 | 核定金额 (元), no 序号", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["所属镇街", "申报单位", "项目入库金额", "核定金额"],
      ["石龙镇", "丁电子有限公司", 300000, 120000],
      ["虎门镇", "戊服装有限公司", 150000, 60000],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0])).toEqual(["registeredIn", "enterprise", "requested", "approved"]);
  });
});

describe("register: a direction of support (支持方向, 扶持领域) of a few kinds repeated is the category; the title names the item", () => {
  // An award list sorts its firms' projects under the fund's directions (智能制造, 绿色制造 …), a few repeated down the
  // rows: a direction names no award and no catalog item, so it is the category and the list's item comes from its
  // title. A direction whose values are awards (技术改造奖补) stays the item.
  it("县区 | 企业名称 | 项目名称 | 扶持方向 (four repeated) | 补助资金, a title naming the fund: category, repeat found", () => {
    const values: Cell[][] = [
      ["2022年度某市制造业高质量发展专项资金扶持项目名单", null, null, null, null, null],
      ["序号", "县区", "企业名称", "项目名称", "扶持方向", "补助资金（万元）"],
      [1, "甲区", "某市精工机床有限公司", "数控机床智能产线改造", "智能化改造", 50],
      [2, "乙县", "某市新材料科技有限公司", "光伏背板绿色工厂", "绿色低碳", 30],
      [3, "甲区", "某市电子信息有限公司", "工业互联网平台建设", "数字化转型", 40],
      [4, "丙县", "某市纺织印染有限公司", "印染废水循环利用", "绿色低碳", 25],
      [5, "乙县", "某市汽车部件有限公司", "企业技术中心建设", "创新能力提升", 35],
      [6, "甲区", "某市食品机械有限公司", "包装车间自动化改造", "智能化改造", 20],
      [7, "甲区", "某市精工机床有限公司", "数控机床智能产线改造", "智能化改造", 50],
      ["合计", null, null, null, null, 250],
    ];
    const r = run(values, ["A1:F1"]);
    expect(r.tables[0].kind).toBe("register");
    expect(fields(r.tables[0])).toEqual(["seq", "registeredIn", "enterprise", "project", "category", "approved"]);
    // Reported at the firm (the item is the title's, no column's), and named by the title's fund.
    expect(ruleCells(r, "register.duplicate")).toEqual(["C9"]);
    expect(r.findings.find((f) => f.rule === "register.duplicate")?.message).toContain("制造业高质量发展专项资金");
  });

  it("支持方向 (three, repeated) | 单位名称 | 项目名称 | 支持资金, no title: category still", () => {
    const values: Cell[][] = [
      ["支持方向", "单位名称", "项目名称", "支持资金（万元）"],
      ["生物医药", "甲药业股份有限公司", "抗体药物中试基地", 120],
      ["新一代信息技术", "乙软件有限公司", "工业软件研发", 80],
      ["生物医药", "丙生物科技有限公司", "疫苗冷链追溯系统", 60],
      ["高端装备", "丁重工有限公司", "盾构机主轴承国产化", 150],
      ["新一代信息技术", "戊微电子有限公司", "功率芯片封测线", 90],
    ];
    const r = run(values);
    expect(fields(r.tables[0])).toEqual(["category", "enterprise", "project", "approved"]);
  });

  it("guard: 支持方向 whose values are awards (技术改造奖补, 首台套奖励) stays the item", () => {
    const values: Cell[][] = [
      ["企业名称", "项目名称", "支持方向", "支持金额（万元）"],
      ["甲机械有限公司", "热处理线改造", "技术改造奖补", 50],
      ["乙材料有限公司", "碳纤维产线", "技术改造奖补", 30],
      ["丙电子有限公司", "大功率激光器", "首台套奖励", 100],
      ["丁科技有限公司", "装配线改造", "技术改造奖补", 20],
    ];
    const r = run(values);
    expect(fields(r.tables[0])).toEqual(["enterprise", "project", "item", "approved"]);
  });
});

describe("register: an event's name beside the firm holding it is its project; its dates (2023年3月3日-3月5日) are no item; 核定…投入 the base", () => {
  // A subsidy for festivals or fairs a firm holds lists each firm, its event's name (活动名称, 节庆名称), where and when it
  // was held, the spending approved (核定活动投入) and the subsidy. The event is the firm's project; a column of date
  // ranges is a time, never a policy item or category (nor a date to read: text describing the row); the item comes
  // from the title, so the catalog's rate (a share of the approved spending, with a maximum) is checked.
  // The catalog's maximum in 元, given here in 万元.
  const rateItem = (name: string, rate: number, capAmount: number) => ({ name, code: null, category: null, capType: "rate" as const, capAmount: capAmount * 10_000, rate, base: null, document: null, year: null });
  const audited = (values: Cell[][], merges: string[], items: ReturnType<typeof rateItem>[]) =>
    audit({ sheets: [grid(values, merges)], catalog: { name: "目录", origin: "file" as const, items }, settings: { today: "2024-12-31" } });

  it("主办单位 | 活动名称 | 举办地点 | 举办时间 | 核定活动投入资金 | 拟补助金额, 30% at most 3万元", () => {
    const values: Cell[][] = [
      ["2024年度某县乡村文旅节庆活动补助资金公示表", null, null, null, null, null, null],
      ["序号", "主办单位", "活动名称", "举办地点", "举办时间", "核定活动投入资金\n（万元）", "拟补助金额\n（万元）"],
      [1, "某县青山农旅发展有限公司", "青山杜鹃花节", "青山镇", "2024年4月10日-4月20日", 6, 1.8],
      [2, "某县稻香家庭农场有限公司", "稻香开镰节", "河口镇", "2024年9月28日-10月2日", 12, 3.6],
      [3, "某县云岭茶业有限公司", "云岭开茶节", "云岭乡", "2024年3月15日至3月17日", 5, 2],
      [4, "某县湖畔渔业有限公司", "湖畔开渔节", "东湖街道", "2024年9月1日-9月3日", 8.5, 2.55],
      ["合计", null, null, null, null, null, 9.95],
    ];
    const r = audited(values, ["A1:G1", "A7:F7"], [rateItem("乡村文旅节庆活动补助", 0.3, 3)]);
    expect(r.tables[0].kind).toBe("register");
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "project", "registeredIn", null, "base", "approved"]);
    // 30% of 12 is 3.6, the 3万元 maximum binds; 30% of 5 is 1.5, 2 is over it.
    expect(ruleCells(r, "cap.exceeded")).toEqual(["G4"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["G5"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("企业名称 | 展会名称 | 展会期间 (2023.6.10-2023.6.12) | 核定投入（万元） | 补助金额（万元）, 40% at most 10万元", () => {
    const values: Cell[][] = [
      ["2023年某区会展业发展扶持资金拟补助名单", null, null, null, null],
      ["企业名称", "展会名称", "展会期间", "核定投入（万元）", "补助金额（万元）"],
      ["某区国际会展服务有限公司", "某区国际茶博会", "2023.6.10-2023.6.12", 20, 8],
      ["某区文化传媒有限公司", "长三角动漫展", "2023.8.1-2023.8.5", 20, 8.5],
      ["某区农业博览有限公司", "某区农博会", "2023.10.20-10.23", 40, 10],
      ["某区汽车贸易有限公司", "春季车展", "2023.3.3-2023.3.5", 15, 6],
    ];
    const r = audited(values, ["A1:E1"], [rateItem("会展业发展扶持", 0.4, 10)]);
    expect(fields(r.tables[0])).toEqual(["enterprise", "project", null, "base", "approved"]);
    // 40% of 20 is 8: 8.5 is 0.5 over it; 40% of 40 is 16, the 10万元 maximum binds and 10 is within it.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual([]);
  });
});

describe("catalog: awards by band of a firm's figure (新增产值5000万元至1亿元奖励5万元、…、2亿元及以上奖励20万元)", () => {
  // A measure pays a fixed award per band of what a firm reached: each band a range of the figure (X至Y（不含）,
  // X—Y) or a floor (X及以上), each followed by its award. The bands are conditions, never the cap; a list not
  // telling a row's band allows it at most the top award, as tiered awards are read.
  it("bands joined by 、 after a colon, beside a one-off award: an award above the top band is found", () => {
    const measures: Cell[][] = [
      ["序号", "政策措施", "支持内容"],
      ["（一）", "鼓励企业扩大投资", "对2024年设备投资同比增长10%以上的工业企业分档给予奖励：新增设备投资3000万元至6000万元（不含）奖励8万元、6000万元至1亿元（不含）奖励15万元、1亿元及以上奖励30万元。"],
      ["（二）", "支持企业新上规模", "对首次纳入规模以上统计的工业企业，给予一次性奖励3万元。"],
    ];
    const list: Cell[][] = [
      ["序号", "企业名称", "奖励政策", "新增设备投资（万元）", "奖励金额（万元）"],
      [1, "甲精密机械有限公司", "鼓励企业扩大投资", 4200, 8],
      [2, "乙新能源科技有限公司", "鼓励企业扩大投资", 12600, 30],
      [3, "丙化工股份有限公司", "鼓励企业扩大投资", 15800, 35],
      [4, "丁食品有限公司", "支持企业新上规模", null, 3],
    ];
    const r = audit({ sheets: [grid(measures, [], "措施"), grid(list, [], "名单")], settings: { today: "2024-12-31" } });
    const cat = r.tables[0] as CatalogTable;
    expect(cat.items[0]).toMatchObject({ capType: "max", capAmount: 300000 });
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
  });

  it("bands after 的 with dashes, separated by commas: the top band's award is the most allowed", () => {
    const measures: Cell[][] = [
      ["序号", "奖励事项", "奖励标准"],
      [1, "营业收入增长奖励", "年营业收入2亿元—5亿元的，奖励20万元，5亿元—10亿元的，奖励40万元，10亿元以上的，奖励60万元。"],
    ];
    const list: Cell[][] = [
      ["企业名称", "奖励事项", "奖励金额（元）"],
      ["甲电子有限公司", "营业收入增长奖励", 600000],
      ["乙材料有限公司", "营业收入增长奖励", 650000],
      ["丙纺织有限公司", "营业收入增长奖励", 200000],
    ];
    const r = audit({ sheets: [grid(measures, [], "标准"), grid(list, [], "名单")], settings: { today: "2024-12-31" } });
    const cat = r.tables[0] as CatalogTable;
    expect(cat.items[0]).toMatchObject({ capType: "max", capAmount: 600000 });
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
  });

  it("guard: one range of the award itself (给予10万元至50万元补助) stays its maximum", () => {
    const measures: Cell[][] = [
      ["序号", "政策措施", "支持标准"],
      [1, "技术改造补助", "对年度技改投资500万元以上的项目，给予10万元至50万元补助。"],
    ];
    const list: Cell[][] = [
      ["企业名称", "政策措施", "补助金额（万元）"],
      ["甲机械有限公司", "技术改造补助", 50],
      ["乙机械有限公司", "技术改造补助", 55],
    ];
    const r = audit({ sheets: [grid(measures, [], "措施"), grid(list, [], "名单")], settings: { today: "2024-12-31" } });
    expect((r.tables[0] as CatalogTable).items[0]).toMatchObject({ capType: "max", capAmount: 500000 });
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C3"]);
  });
});

describe("execution: a section's figure typed wrong against its lines, its rate following the lines (二、非税收入 over its lines)", () => {
  // A final-accounts table puts each section (一、税收收入, 二、非税收入; 一、基本支出) above its lines. When the section's
  // figure is a slip against its lines and its stated rate is what the lines give, the slip is reported once, at the
  // figure: the rate agrees with the section as its lines add up (docs/rules.md, execution.rate-mismatch).
  it("revenue: 二、非税收入 决算数 100 too high (3,076 against 1,746 + 1,230), its 99.2% as the lines give it", () => {
    const values: Cell[][] = [
      ["2023年某县一般公共预算收入决算表"],
      [null, null, null, "单位：万元"],
      ["项目", "预算数", "决算数", "决算数为预算数的%"],
      ["一、税收收入", 6000, 6050, 100.83],
      ["增值税", 4000, 4100, 102.5],
      ["企业所得税", 2000, 1950, 97.5],
      ["二、非税收入", 3000, 3076, 99.2],
      ["专项收入", 1800, 1746, 97],
      ["罚没收入", 1200, 1230, 102.5],
      ["本年收入合计", 9000, 9126, 101.4],
    ];
    const r = run(values, ["A1:D1"], "2024-06-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("spending: 一、基本支出's 预算数 typed short of its lines, its rate as the lines give it; a rate agreeing with nothing is still found", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "调整预算数", "决算数", "执行率（%）"],
      ["一、基本支出", 780, 792, 99.0],
      ["工资福利支出", 600, 594, 99.0],
      ["商品和服务支出", 200, 198, 99.0],
      ["二、项目支出", 500, 480, 97.0],
      ["设备购置", 300, 290, 96.67],
      ["信息化建设", 200, 190, 95.0],
      ["支出合计", 1300, 1272, 97.85],
    ];
    const r = run(values, [], "2024-06-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B3"]);
    // 二、项目支出 adds up (480 / 500 = 96%): its 97.0 is wrong whatever the lines say.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D6"]);
  });
});

describe("composition: a row's total beside its sources or its parts spread over groups (learn26p)", () => {
  // A fund's scale (资金规模) with 资金来源 over the levels paying it (中央 | 省级 | 县级): the sources are all of
  // it, row by row; a dash is nothing. A slip across one project's row is reported at its total.
  it("资金规模 | 资金来源 over 中央 | 省级 | 县级, dashes in some parts: a project's scale against its sources", () => {
    const values: Cell[][] = [
      ["某县2023年衔接资金项目计划表"],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "项目名称", "资金规模", "资金来源", null, null],
      [null, null, null, "中央", "省级", "县级"],
      [1, "茶园提质项目", 300, 200, 100, "—"],
      [2, "村道修复项目", 150, 90, 40, 20],
      [3, "冷库建设项目", 260, 180, 60, "—"],
      ["合计", null, 710, 470, 200, 20],
    ];
    const r = run(values, ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "A8:B8"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    // 冷库: 180 + 60 = 240 where 260 is written; the 合计 710 follows the scales as written, so its row differs
    // across (470 + 200 + 20 = 690), as every 合计 row is checked as typed.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C7", "C8"]);
  });

  it("资金总额 | 资金来源 over 中央资金 | 市级资金, no slip: silence", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "实施地点", "资金总额", "资金来源", null],
      [null, null, null, "中央资金", "市级资金"],
      ["道路硬化", "东镇", 88.5, 60, 28.5],
      ["饮水提升", "西镇", 42, "-", 42],
      ["合计", null, 130.5, 60, 70.5],
    ];
    const r = run(values, ["A2:A3", "B2:B3", "C2:C3", "D2:E2"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
    values[4][2] = 45;
    values[5][2] = 133.5;
    const r2 = run(values, ["A2:A3", "B2:B3", "C2:C3", "D2:E2"]);
    expect(ruleCells(r2, "composition.total-mismatch")).toEqual(["C5", "C6"]);
  });

  // 合计 first, then a merged group holding a count and its money (示范村（每个50万元） over 个数 | 资金) and further
  // money columns: the count is no part of the money, but the run of parts goes on past it.
  it("合计 | 示范村 over 个数 | 资金 | 以奖代补 | 因素法: a town's 合计 against its money parts", () => {
    const values: Cell[][] = [
      [null, null, null, null, null, null, "单位：个、万元"],
      ["序号", "乡镇", "合计", "示范村（每个50万元）", null, "以奖代补资金", "因素法分配资金"],
      [null, null, null, "个数", "资金", null, null],
      [1, "东山镇", 180, 2, 100, 30, 50],
      [2, "西河乡", 95, 1, 50, "—", 45],
      [3, "南岭镇", 70, "—", "—", 20, 40],
      ["合计", null, 345, 3, 150, 50, 135],
    ];
    const r = run(values, ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3", "A7:B7"]);
    // 南岭镇: 20 + 40 = 60 where 70 is written; the 合计 345 = 180 + 95 + 70 as typed, 10 off its parts 150 + 50 + 135.
    // The count 3 is no money: it is in neither sum.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C6", "C7"]);
  });

  it("合计 | 重点村 over 村数 | 金额 | 一般补助资金, one header over the money: no slip, silence; a slip, found", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["街道", "合计", "重点村（每村30万元）", null, "一般补助资金"],
      [null, null, "村数", "金额", null],
      ["城关街道", 110, 3, 90, 20],
      ["新华街道", 45, 1, 30, 15],
      ["合计", 155, 4, 120, 35],
    ];
    const merges = ["A2:A3", "B2:B3", "C2:D2", "E2:E3"];
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
    values[4][1] = 54;
    values[5][1] = 164;
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["B5", "B6"]);
  });
});

describe("composition: a group merged down with its own total merged down beside it, the lines to the right (learn26r)", () => {
  // 县（市、区） | 合计 | under one merged heading 镇（乡） | 乡镇类型 | 补助资金: the county and its 合计 merged down over its towns'
  // rows. The county is the category, the town the line; each county's 合计 is the sum of its towns' money, and the
  // 总计 row's 合计 the sum of the counties' 合计s (each slip reported once, at the county).
  it("万元, a 乡镇类型 text column: a county's 合计 against its towns, the 总计 silent", () => {
    const values: Cell[][] = [
      ["某市2025年乡村振兴示范镇奖补资金分配表"],
      ["县（市、区）", "合计", "示范镇奖补", null, null],
      [null, null, "镇（乡）", "乡镇类型", "奖补资金（万元）"],
      ["东湖区", 60, "青山镇", "农业生态型", 30],
      [null, null, "白沙镇", "工贸带动型", 30],
      ["北岭县", 90, "石门镇", "城乡融合型", 30],
      [null, null, "溪口乡", "农业生态型", 30],
      [null, null, "高桥镇", "工贸带动型", 30],
      ["南港市", 30, "港头镇", "工贸带动型", 30],
      ["总计", 180, null, null, 180],
    ];
    const merges = ["A1:E1", "A2:A3", "B2:B3", "C2:E2", "A4:A5", "B4:B5", "A6:A8", "B6:B8", "C10:D10"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(t.columns.find((c) => c.col === 0)?.field).toBe("category");
    expect(t.columns.find((c) => c.col === 2)?.field).toBe("item");
    expect(t.columns.find((c) => c.col === 4)?.field).toBe("amount");
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
    // 北岭县 written 120 beside its three towns' 90: found there, once; the 总计 180 = six towns × 30 stays silent.
    values[5][1] = 120;
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["B6"]);
  });

  it("元, 市 over 县 with no kind column: a city's 小计 merged down, a town's slip found at its city", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["市（州）", "小计", "县（市、区）", "补助金额"],
      ["甲市", 1_250_000, "甲一县", 500_000],
      [null, null, "甲二县", 750_000],
      ["乙市", 900_000, "乙一县", 300_000],
      [null, null, "乙二县", 300_000],
      [null, null, "乙三县", 300_000],
      ["合计", 2_150_000, null, 2_150_000],
    ];
    const merges = ["A3:A4", "B3:B4", "A5:A7", "B5:B7"];
    const [t] = tables(values, merges);
    expect(t.columns.find((c) => c.col === 0)?.field).toBe("category");
    expect(t.columns.find((c) => c.col === 2)?.field).toBe("item");
    expect(t.columns.find((c) => c.col === 3)?.field).toBe("amount");
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
    // 乙三县 written 350,000: 乙市's 900,000 is 50,000 short of its towns, reported there once; the 合计 2,150,000
    // still adds the cities' 小计s as written, so it is not reported again.
    values[6][3] = 350_000;
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["B5"]);
    // A 合计 agreeing with neither the 小计s (2,150,000) nor the towns (2,200,000) is found too.
    values[7][3] = 2_300_000;
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["B5", "D8"]);
  });
});

describe("execution: a breakdown label on a row of its own opens parts of the line above, ending where they add up (learn26s)", () => {
  // `按构成分` / `按级次划分` alone on a row: the lines under it are parts of the line above (never
  // summed into a total) up to where they are all of it; the next line is that line's peer.
  it("按构成分 with three parts in 万元, then a sibling: no total-mismatch, the wrong rate found", () => {
    const values: Cell[][] = [
      ["1-9月全县一般公共预算收入完成情况"],
      [null, null, null, "单位：万元"],
      ["项目", "预算数", "1-9月完成", "完成预算%"],
      ["地方一般公共预算收入", 12500, 9375, 75],
      ["按构成分", null, null, null],
      ["增值税", 6000, 4500, 75],
      ["个人所得税", 2500, 1875, 70],
      ["非税收入", 4000, 3000, 75],
      ["上级补助收入", 3000, 2400, 80],
      ["收入总计", 15500, 11775, 75.97],
    ];
    const r = run(values, ["A1:D1"], "2023-09-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D7"]);
    const rows = (r.tables[0] as ExecutionTable).rows;
    const at = (label: string) => rows.find((x) => x.label === label);
    expect(["增值税", "个人所得税", "非税收入"].map((l) => at(l)?.partOf)).toEqual([3, 3, 3]);
    expect(at("上级补助收入")?.partOf).toBeUndefined();
    expect(at("上级补助收入")?.parent).toBeUndefined();
  });

  it("按级次分： under 税收收入 with 市级 | 县级 | 乡镇级, then 专项收入 and 罚没收入 as peers", () => {
    const values: Cell[][] = [
      ["项目", "调整预算", "执行数", "执行率%"],
      ["税收收入", 1000, 600, 60],
      ["按级次分：", null, null, null],
      ["市级", 400, 240, 60],
      ["县级", 350, 210, 60],
      ["乡镇级", 250, 150, 60],
      ["专项收入", 300, 150, 50],
      ["罚没收入", 100, 70, 70],
    ];
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    const rows = (r.tables[0] as ExecutionTable).rows;
    const at = (label: string) => rows.find((x) => x.label === label);
    expect(["市级", "县级", "乡镇级"].map((l) => at(l)?.partOf)).toEqual([1, 1, 1]);
    expect(["专项收入", "罚没收入"].map((l) => at(l)?.partOf ?? at(l)?.parent)).toEqual([undefined, undefined]);
  });

  it("guard: lines under 按构成分 that add up to the line above in its budget but not its spending are not made its parts", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "完成数", "完成%"],
      ["税收收入", 900, 450, 50],
      ["按构成分", null, null, null],
      ["增值税", 500, 260, 52],
      ["契税", 400, 150, 37.5],
      ["非税收入", 200, 100, 50],
    ];
    const r = run(values, [], "2023-06-30");
    const rows = (r.tables[0] as ExecutionTable).rows;
    expect(rows.filter((x) => x.partOf !== undefined).map((x) => x.label)).toEqual([]);
  });
});

describe("execution: a share of the budget above 100 in every row (revenue collected beyond plan) is still the rate (learn26s)", () => {
  // No % format and every value over 100: the values alone look like amounts, but a heading naming
  // a share of a budget (决算数为预算数的%, 完成预算%) says what they are. Growth on last year
  // (比上年增长%) is never the rate, whatever its values.
  it("决算数为预算数的% with 105 | 120 | 120 | 110: read as the rate, the wrong one found", () => {
    const values: Cell[][] = [
      ["2023年某县非税收入决算表"],
      [null, null, null, "单位：万元"],
      ["项目", "预算数", "决算数", "决算数为预算数的%"],
      ["专项收入", 2000, 2100, 105],
      ["行政事业性收费收入", 1000, 1200, 120],
      ["国有资源（资产）有偿使用收入", 500, 600, 120],
      ["合计", 3500, 3900, 110],
    ];
    const r = run(values, ["A1:D1"], "2023-12-31");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(fields(r.tables[0])).toEqual(["category", "budget", "actual", "rate"]);
    // 3900 / 3500 = 111.43%, stated 110.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D7"]);
  });

  it("累计为年初预算的% over 100 beside 比上年增长% over 100: the first the rate, the growth none", () => {
    const values: Cell[][] = [
      ["项目", "年初预算", "1-11月累计", "累计为年初预算的%", "比上年增长%"],
      ["土地出让收入", 40000, 52000, 130, 150],
      ["城市基础设施配套费", 3000, 3300, 110, 125],
      ["污水处理费", 800, 1000, 120, 140],
    ];
    const r = run(values, [], "2023-11-30");
    expect(fields(r.tables[0])).toEqual(["category", "initialBudget", "actual", "rate", null]);
    // 1000 / 800 = 125%, stated 120.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D4"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
  });
});

describe("execution: a fund-progress table by county, money arrived against money paid (learn26t)", () => {
  // 到位资金 (money arrived) is what the county may spend; 实际支付资金 / 支付资金 what it has paid; 支付率
  // its rate. A second pair beside it (核拨资金 | 核拨率: money approved for payment) is a rate of its own,
  // and the table stays an execution table, not an allocation of the money arrived.
  it("县（区） | 已到位资金 | 核拨资金 | 核拨率 | 实际支付资金 | 支付率, in 万元: the total and the wrong rate found", () => {
    const values: Cell[][] = [
      ["某市2022年衔接推进乡村振兴补助资金使用情况统计表（截至2022年10月31日）"],
      ["单位：万元"],
      ["县（区）", "已到位资金", "核拨资金", "核拨率", "实际支付资金", "支付率"],
      ["东城区", 3200, 2900, 0.9063, 2800, 0.875],
      ["西山县", 4100, 3700, 0.9024, 3500, 0.8537],
      ["南河县", 2500, 2100, 0.84, 2000, 0.95],
      ["合计", 10000, 8700, 0.8878, 8300, 0.8469],
    ];
    const r = run(values, ["A1:F1", "A2:F2"], "2022-10-31");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    const f = fields(r.tables[0]);
    expect([f[0], f[1], f[4], f[5]]).toEqual(["category", "budget", "actual", "rate"]);
    // 3200 + 4100 + 2500 = 9800, stated 10000.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B7"]);
    // 2000 / 2500 = 80%, stated 95%; the 合计's rates are its counties' (8700 / 9800, 8300 / 9800), its slip reported once at B7.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F6"]);
  });

  it("县市区 | 到位资金 | 支付资金 | 资金支付率 in 亿元 to two decimals: within rounding no alarm, a slip found", () => {
    const values: Cell[][] = [
      ["单位：亿元"],
      ["县市区", "到位资金", "支付资金", "资金支付率"],
      ["甲县", 2.13, 1.71, "80.28%"],
      ["乙县", 0.97, 0.66, "68.04%"],
      ["丙市", 3.05, 2.9, "75.10%"],
      ["合计", 6.15, 5.27, "85.69%"],
    ];
    const r = run(values, ["A1:D1"], "2022-09-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(fields(r.tables[0])).toEqual(["category", "budget", "actual", "rate"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    // 2.90 / 3.05 = 95.08%, stated 75.10%; 1.71 / 2.13 = 80.28% and 0.66 / 0.97 = 68.04% agree.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D5"]);
  });
});

describe("composition: a whole over three levels summed one level down, each direction as its own parts add up (learn26v)", () => {
  // 合计 over directions, each direction over kinds or projects, each kind over its projects. The office added every
  // direction's own parts as typed: a slip in a kind stays inside its direction's figure (the direction agrees with its
  // kinds as typed), a slip in a direction does not reach the whole. Each slip is reported once, at its own row.
  const rows = (fruit: number, jobs: number, whole: number, label = "合计"): Cell[][] => [
    ["单位：万元"],
    ["序号", "项目名称", "项目个数", "资金规模"],
    ["一", "产业发展项目", 3, 2600],
    ["（一）", "种养类项目", 2, 1600],
    [1, "肉牛养殖项目", 1, 700],
    [2, "果蔬种植项目", 1, fruit],
    ["（二）", "加工类项目", 1, 1000],
    [3, "粮食烘干项目", 1, 1000],
    ["二", "基础设施项目", 1, 500],
    [4, "村道硬化项目", 1, 500],
    ["三", "就业帮扶项目", 2, jobs],
    [5, "公益岗位补贴", 1, 120],
    [6, "交通补助", 1, 60],
    [label, null, 6, whole],
  ];
  it("reads the whole as its directions' parts add up, each slip once at its own row", () => {
    // 种养类 1,600 over 700 + 910 = 1,610; 就业帮扶 190 over 120 + 60 = 180. 合计 3,280 = 2,600 + 500 + 180 (each
    // direction one level down); the directions as typed give 3,290, every project 3,290.
    const r = run(rows(910, 190, 3280));
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D4", "D11"]);
  });
  it("another office: both slips short, a 总计 one level down", () => {
    // 种养类 1,600 over 700 + 880 = 1,580; 就业帮扶 170 over 180. 总计 3,280 = 2,600 + 500 + 180; typed 3,270; projects 3,260.
    const r = run(rows(880, 170, 3280, "总计"));
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D4", "D11"]);
  });
  it("never a mix: a whole agreeing only with one direction's projects and another's figure as typed is reported", () => {
    // 3,300 = 产业 as its projects add (2,610) + 500 + 就业 as typed (190): typed 3,290, one level down 3,280, projects 3,290.
    const r = run(rows(910, 190, 3300));
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D4", "D11", "D14"]);
  });
});

describe("register: the total due to a payee (应拨付资金总额) is its award, paid in shares (learn26y)", () => {
  // A progress payment list pays each payee a share of all it is due (本次拨付至90%): the total due
  // (应拨…总额) is the award as a whole, and what this list pays is paid against it. Only a sum
  // due in one year or period (本年应拨付, 本期应拨) is due this year.
  it("乡镇 | 村名 | 应拨付补助总额 | 本次拨付: the total the award, a payment above it found", () => {
    const values: Cell[][] = [
      ["美丽乡村建设进度补助资金拨付表"],
      [null, null, null, null, "单位：万元"],
      ["乡镇", "村名", "应拨付补助总额", "本次拨付", "备注"],
      ["东城街道", "前洋村", 150, 40, "已拨80万元，本次拨付至80%"],
      ["西湖镇", "后塘村", 90.5, 95.2, "已拨30万元，本次拨付至80%"],
      ["南山乡", "岭下村", 120, 36, "已拨60万元，本次拨付至80%"],
      ["合计", null, 360.5, 171.2, null],
    ];
    const r = run(values, ["A1:E1"], "2024-03-01");
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0]).slice(2, 4)).toEqual(["approved", "paidNow"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["D5"]);
  });

  it("项目名称 | 实施单位 | 应拨资金总额 | 已拨付 | 本次拨付: the parts paid add up above the total due", () => {
    const values: Cell[][] = [
      ["项目名称", "实施单位", "应拨资金总额（万元）", "已拨付（万元）", "本次拨付（万元）"],
      ["农村道路提升工程", "甲村股份经济合作社", 300, 150, 90],
      ["灌溉渠道改造", "乙村股份经济合作社", 200, 120, 100],
      ["村级污水管网", "丙村股份经济合作社", 80, 40, 24],
    ];
    const r = run(values, [], "2024-03-01");
    expect(fields(r.tables[0])).toEqual(["project", "enterprise", "approved", "paidBefore", "paidNow"]);
    // 120 + 100 = 220 against 200 due in all.
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual(["E3"]);
  });

  it("guard: 本年应拨付 beside an award stays due this year", () => {
    const values: Cell[][] = [
      ["企业名称", "核定金额（万元）", "本年应拨付（万元）", "本期拨付（万元）"],
      ["甲科技有限公司", 100, 50, 50],
      ["乙机械有限公司", 80, 40, 40],
    ];
    const r = run(values, [], "2024-03-01");
    expect(fields(r.tables[0])).toEqual(["enterprise", "approved", "dueThisYear", "paidNow"]);
  });
});

describe("a caption listing a measure unit and the money unit: the money unit is the money columns' (learn26u)", () => {
  // 单位：台（套）、万元, 单位：亩/万元, 计量单位：头，万元: the bracketed alternative of a measure (套 for 台)
  // or a wordier label is still a measure; the money columns are in the money unit the caption names.
  it("单位：台（套）、万元 over 项目 | 数量 | 补贴资金: read in 万元, the count a count", () => {
    const values: Cell[][] = [
      ["某县2022年农机补贴资金使用情况表"],
      ["单位：台（套）、万元", null, null],
      ["项目", "补贴数量", "补贴资金"],
      ["拖拉机", 40, 120.5],
      ["收获机", 12, 88.25],
      ["合计", 52, 208.75],
    ];
    const r = run(values, ["A1:C1", "A2:C2"], "2022-12-31");
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].unit).toBe("万元");
    expect(r.tables[0].unitSource).toBe("caption");
  });

  it("计量单位：头（只）/万元 under a first table in 万元: both tables in 万元", () => {
    const values: Cell[][] = [
      ["2021年某区畜牧补助资金情况"],
      ["一、资金来源"],
      ["单位：万元", null, null],
      ["项目", "金额", null],
      ["中央资金", 300, null],
      ["区级资金", 50, null],
      ["合计", 350, null],
      [null, null, null],
      ["二、资金使用"],
      ["计量单位：头（只）/万元", null, null],
      ["项目", "补助头数", "补助金额"],
      ["能繁母猪", 1500, 150],
      ["肉牛", 800, 160],
    ];
    const r = run(values, ["A1:C1"], "2021-12-31");
    expect(r.tables.map((t) => t.unit)).toEqual(["万元", "万元"]);
    expect(r.tables[1].unitSource).toBe("caption");
  });
});

describe("execution: a monthly revenue-and-spending release with text rates and dashes where a line has no budget (learn26w)", () => {
  // Offices type the shares as text ("82.7") and write "—" on the lines the plan does not cover
  // (the levels above the city's own, spending). The column is the rate all the same; the dashes
  // are nothing, and a line with "—" for its budget has no budget, not one of 0.
  it("完成年度预算% as text with dashes: read as the rate, the wrong share found, no overspending against the dashes", () => {
    const values: Cell[][] = [
      ["某市2022年6月财政收支情况表"],
      ["单位：亿元"],
      ["项目", "本月完成", "累计完成", "增长%", "年度预算", "完成年度预算%"],
      ["一、一般公共预算收入", 12.4, 80.5, "5.1", "—", "—"],
      ["    其中：地方一般公共预算收入", 6.2, 40.2, "3.3", 80, "50.3"],
      ["二、一般公共预算支出", 15.1, 95.0, "8.0", "—", "—"],
      ["三、政府性基金收入", 3.0, 20.0, "-20.5", 50, "46.0"],
      ["四、政府性基金支出", 6.5, 30.1, "-10.2", "—", "—"],
    ];
    const r = run(values, ["A1:F1", "A2:F2"], "2022-06-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(fields(r.tables[0])[5]).toBe("rate");
    // 20.0 / 50 = 40.0%, stated 46.0.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F7"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "input.unreadable-value")).toEqual([]);
  });

  it("完成预算% with “-” dashes and a spending line of no budget among budgeted revenue: the rate read, nothing overspent", () => {
    const values: Cell[][] = [
      ["单位：亿元"],
      ["指标", "当月数", "累计数", "同比%", "预算数", "完成预算%"],
      ["全市一般公共预算收入", 9.1, 70.3, "12.0", 100, "70.3"],
      ["  税收收入", 7.0, 55.0, "10.1", 80, "78.8"],
      ["  非税收入", 2.1, 15.3, "18.0", 20, "76.5"],
      ["全市一般公共预算支出", 20.2, 150.4, "6.6", "-", "-"],
      ["  民生支出", 16.0, 120.0, "7.1", "-", "-"],
    ];
    const r = run(values, [], "2022-09-30");
    expect(fields(r.tables[0])[5]).toBe("rate");
    // 55.0 / 80 = 68.75%, stated 78.8.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F4"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });
});

describe("composition: an allocation by town with money by year or source and no payee, spaced headings (learn26x)", () => {
  // A district sharing a fund among its towns (乡 镇 | 小计 | 2024年… | 2023年… | 本次 下达): no firm,
  // person or body is paid, so it is an allocation, not a register of payments; the spaces a
  // publisher puts inside a heading (区 镇, 本次 下达) are no part of its words.
  it("乡 镇 | 合计 | 2024年省级资金 | 2023年市级资金 | 本次 拨付 | 备 注: a composition, the slipped total found", () => {
    const values: Cell[][] = [
      ["某县2024年农村改厕补助资金分配表"],
      ["单位：万元"],
      ["序号", "乡 镇", "合计", "2024年省级资金", "2023年市级资金", "本次 拨付", "备 注"],
      [1, "城关镇", 30.5, 28.5, 2, 30.5, "新建300户"],
      [2, "东湖乡", 21, 20, 1, 21, "新建210户"],
      [3, "西山镇", 18.25, 16.25, 1, 17.25, "新建170户"],
      [4, "南桥街道", 12, 11, 1, 12, null],
      ["合计", null, 80.75, 75.75, 5, 80.75, null],
    ];
    const r = run(values, ["A1:G1", "A8:B8"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(fields(r.tables[0]).slice(1, 6)).toEqual(["item", "amount", "amount", "amount", "amount"]);
    // 西山镇: 16.25 + 1 = 17.25, typed 18.25; the foot 80.75 ≠ 81.75 as typed.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C6", "C8"]);
  });

  it("镇（街道） | 小计 | 中央资金 | 省级资金 | 本次 下达 without 序号: a composition by source", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["镇（街道）", "小计", "中央资金", "省级资金", "本次 下达"],
      ["河口镇", 150000, 100000, 50000, 150000],
      ["新塘街道", 90000, 60000, 30000, 90000],
      ["白石镇", 120000, 80000, 30000, 120000],
      ["合计", 360000, 240000, 110000, 360000],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    // 白石镇: 80000 + 30000 = 110000, typed 120000; the foot's 360000 is the column as typed but not its
    // own sources, 240000 + 110000 = 350000. 本次 下达 is a column of its own, no source.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B5", "B6"]);
    expect(r.tables[0].columns[4].part).toBeUndefined();
  });

  it("guard: towns paid under a contract (乡镇 | 合同造价 | 已预拨 | 本次预拨), no row total over years or sources, stay a register", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["乡镇", "合同造价", "已预拨", "本次预拨"],
      ["河口镇", 500000, 200000, 100000],
      ["白石镇", 400000, 150000, 100000],
      ["新塘街道", 300000, 100000, 50000],
    ];
    expect(run(values).tables.map((t) => t.kind)).toEqual(["register"]);
  });
});

describe("register: a direction written as `方向——内容` (a few directions, each row its own content) is the category; the list is one award", () => {
  // A list of clusters or projects each with its 支持方向 in the form 方向——具体内容 (产业转型升级——纺织智能制造): every
  // value is distinct, but the directions before the dash are a few, repeated. The column sorts the rows as a direction
  // of a few values does, so the list is one award and a body named twice in it is a duplicate.
  it("序号 | 集群名称 | 支持方向 (方向——内容) | 承担单位 | 奖励资金: category, the unit named twice found", () => {
    const values: Cell[][] = [
      ["2021年度某省特色产业集群综合评价前列名单", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["序号", "集群名称", "支持方向", "承担单位", "奖励资金"],
      [1, "甲县（装备）产业集群", "产业转型升级——装备数字化车间", "甲县装备科技有限公司", 100],
      [2, "乙县（家电）产业集群", "产业链协作配套——家电零部件", "乙县家电配套有限公司", 100],
      [3, "丙县（陶瓷）产业集群", "产业转型升级——绿色窑炉", "某市产业投资有限公司", 90],
      [4, "丁县（农机）产业集群", "公共服务平台建设——检测平台", "丁县农机服务中心", 80],
      [5, "戊县（纺织）产业集群", "产业转型升级——纺织智能制造", "某市产业投资有限公司", 80],
      [6, "己县（食品）产业集群", "产业链协作配套——冷链", "己县食品科技有限公司", 70],
      ["合计", null, null, null, 520],
    ];
    const r = run(values, ["A1:E1", "A2:E2", "A10:D10"]);
    expect(r.tables[0].kind).toBe("register");
    expect(fields(r.tables[0])).toEqual(["seq", "project", "category", "enterprise", "approved"]);
    // Reported on the later row, at the unit (no item column).
    expect(ruleCells(r, "register.duplicate")).toEqual(["D8"]);
  });

  it("企业名称 | 扶持方向 (方向—内容, single dash) | 补助金额, no title: category still", () => {
    const values: Cell[][] = [
      ["企业名称", "扶持方向", "补助金额（万元）"],
      ["甲精密机械有限公司", "智能制造—数控产线", 50],
      ["乙新材料有限公司", "绿色制造—余热回收", 30],
      ["丙电子有限公司", "智能制造—贴片车间", 40],
      ["丁纺织有限公司", "绿色制造—印染废水", 25],
      ["戊汽车部件有限公司", "智能制造—焊装机器人", 35],
    ];
    expect(fields(run(values).tables[0])).toEqual(["enterprise", "category", "approved"]);
  });

  it("guard: 支持方向 of distinct contents with no direction before a dash stays the item", () => {
    const values: Cell[][] = [
      ["企业名称", "支持方向", "支持金额（万元）"],
      ["甲机械有限公司", "装备数字化车间", 50],
      ["乙材料有限公司", "绿色窑炉", 30],
      ["丙电子有限公司", "家电零部件", 100],
      ["丁科技有限公司", "纺织智能制造", 20],
    ];
    expect(fields(run(values).tables[0])).toEqual(["enterprise", "item", "approved"]);
  });

  it("guard: 方向——内容 values whose content names an award (技术改造——设备补助) stay the item", () => {
    const values: Cell[][] = [
      ["企业名称", "支持方向", "支持金额（万元）"],
      ["甲机械有限公司", "技术改造——设备购置补助", 50],
      ["乙材料有限公司", "技术改造——贷款贴息", 30],
      ["丙电子有限公司", "技术改造——设备购置补助", 100],
      ["丁科技有限公司", "首台套——保险补偿", 20],
    ];
    expect(fields(run(values).tables[0])).toEqual(["enterprise", "item", "approved"]);
  });
});

describe("execution: a dash in the adjusted budget beside a year-start budget is no adjustment: the line is measured against the year-start budget", () => {
  // A county's report states each line's 年初预算数 and, where it was changed, its 调整预算数; a line never adjusted has
  // `—` there. Its budget is the year-start one (the rate the office states is against it), so its rate is checked
  // and, at a past year's end, its pace too — a revenue line as a spending one.
  it("项目 | 年初预算数 | 调整预算数 (— where unchanged) | 完成数 | 完成预算%: a revenue line behind at the year's end found", () => {
    const values: Cell[][] = [
      ["某县2021年财政预算执行情况表", null, null, null, null],
      ["单位：亿元", null, null, null, null],
      ["项目", "年初预算数", "调整预算数", "完成数", "完成预算%"],
      ["一、一般公共预算收入", 20.5, "—", 21.4, 1.044],
      ["二、一般公共预算支出", 30.2, 40.1, 38.5, 0.96],
      ["三、政府性基金收入", 18.4, "—", 15.2, 0.826],
      ["四、政府性基金支出", 20.3, 18.6, 14.9, 0.9],
    ];
    const r = run(values, ["A1:E1", "A2:E2"], "2022-05-31");
    const [t] = r.tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    // 15.2 / 18.4 = 82.61% at 2021's end; 14.9 / 18.6 = 80.1%, stated 90%.
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["D6", "D7"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["E7"]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });

  it("spending line with `-` in 调整预算 (no rate column): its year-start budget gives its pace and its overspending", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "年初预算", "调整预算", "执行数"],
      ["教育支出", 500, "-", 300],
      ["卫生健康支出", 200, 260, 255],
      ["农林水支出", 100, "-", 120],
    ];
    const r = run(values, [], "2023-12-31");
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["D3"]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["D5"]);
  });

  it("guard: an adjusted budget typed 0 stays the budget (cut to nothing), not the year-start one", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "年初预算", "调整预算", "执行数"],
      ["教育支出", 500, 480, 470],
      ["农林水支出", 100, 0, 20],
    ];
    const r = run(values, [], "2023-12-31");
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["D4"]);
  });
});

describe("an investment over its sources under 资金来源, and a line's name under its kind (learner l1)", () => {
  it("总投资 | 资金来源 over 中央财政…专项资金 | 县区配套 | 农民自筹: the investment is the amount, the sources its parts, row by row", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "市别", "总投资", "资金来源", null, null],
      [null, null, null, "中央财政造林补助专项资金", "县区配套", "农民自筹"],
      [1, "甲市", 100, 60, 20, 20],
      [2, "乙市", 205, 120, 40, 50],
      [3, "丙市", 150, 90, 30, 30],
      ["合计", null, 455, 270, 90, 100],
    ];
    const r = run(values, ["A2:A3", "B2:B3", "C2:C3", "D2:F2"]);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(2)).toEqual(["amount", "amount", "amount", "amount"]);
    expect(t.columns.slice(3).map((c) => c.part?.of)).toEqual([2, 2, 2]);
    // 乙市: 120 + 40 + 50 = 210, typed 205; the foot 455 is right, the column as typed 450.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C5", "C7"]);
  });

  it("计划总投资 | 资金筹措 over 省财政以奖代补资金 | 市级配套 | 农户自筹: the same, another wording", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "县区", "计划总投资", "资金筹措", null, null],
      [null, null, null, "省财政以奖代补资金", "市级配套", "农户自筹"],
      [1, "东县", 80, 50, 10, 20],
      [2, "西县", 60, 40, 10, 10],
      [3, "南县", 90, 50, 20, 15],
      ["合计", null, 230, 140, 40, 45],
    ];
    const r = run(values, ["A2:A3", "B2:B3", "C2:C3", "D2:F2"]);
    // 南县: 50 + 20 + 15 = 85, typed 90; the foot adds the column as typed, 230, not its sources' 225.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C6", "C7"]);
    expect(r.tables[0].columns.slice(3).map((c) => c.part?.of)).toEqual([2, 2, 2]);
  });

  it("guard: 项目总投资 | 资金来源 over the fund | 县级配套, no owners' own money: the fund stays the amount, the sources unsummed", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "项目名称", "项目总投资", "资金来源", null],
      [null, null, null, "省级财政衔接资金", "县级配套"],
      [1, "甲村道路", 100, 60, 20],
      [2, "乙村水渠", 80, 50, 10],
      [3, "丙村冷库", 90, 50, 20],
      ["合计", null, 270, 160, 50],
    ];
    const r = run(values, ["A2:A3", "B2:B3", "C2:C3", "D2:E2"]);
    expect(r.tables[0].columns[3].part).toBeUndefined();
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("镇（街道） | 重点村 | 一般村 | 金额: each village under its kind is a line, the town its group, the 合计 over all", () => {
    const values: Cell[][] = [
      ["序号", "镇（街道）", "重点村（30%）", "一般村（30%）", "金额（万元）"],
      [1, "东镇", "甲村", null, 100],
      [2, "西镇", null, "乙村", 10],
      [3, "西镇", null, "丙村", 10],
      [4, "南街道", null, "丁村", 10],
      ["合计", null, null, null, 130],
    ];
    const r = run(values, ["A6:D6"]);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "item", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("乡镇 | 示范社区 | 一般社区 | 补助资金: a slip in the 合计 is found against every line", () => {
    const values: Cell[][] = [
      ["序号", "乡镇", "示范社区", "一般社区", "补助资金"],
      [1, "东镇", "甲社区", null, 50],
      [2, "东镇", null, "乙社区", 20],
      [3, "西镇", "丙社区", null, 50],
      [4, "西镇", null, "丁社区", 20],
      ["合计", null, null, null, 150],
    ];
    const r = run(values, ["A6:D6"]);
    expect(fields(r.tables[0]).slice(2, 4)).toEqual(["item", "item"]);
    // 50 + 20 + 50 + 20 = 140, written 150.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E6"]);
  });

  it("guard: 类别 | 项目名称, the category on its own heading rows, keeps its reading", () => {
    const values: Cell[][] = [
      ["类别", "项目名称", "金额（万元）"],
      ["一、道路", null, 30],
      [null, "甲路", 10],
      [null, "乙路", 20],
      ["二、水利", null, 25],
      [null, "丙渠", 25],
      ["合计", null, 55],
    ];
    const t = run(values).tables[0];
    expect(fields(t)).toEqual(["category", "item", "amount"]);
    expect(t.columns.every((c) => c.nameOf === undefined)).toBe(true);
  });
});

describe("composition: an arrangement of money by kind of body, count × standard = 小计 (learn l2)", () => {
  // A guide sharing a fund among kinds of body (扶持对象 | 数量 | 扶持标准（万元/家） | 小计): each line's money is its
  // count times its standard, so the table is an allocation, no catalog of standards; its 小计 is the line's money.
  it("扶持对象 | 数量（家、户） | 扶持标准（万元/家） | 小计, a lump sum line: a composition, the slipped line found", () => {
    const values: Cell[][] = [
      ["某县2024年扶持农业经营主体资金安排表"],
      ["单位：万元"],
      ["序号", "扶持对象", "数量（家、户）", "扶持标准（万元/家）", "小计"],
      [1, "示范家庭农场", 8, 3, 24],
      [2, "示范合作社", 5, 4, 20],
      [3, "龙头企业", 3, 10, 35],
      [4, "工作经费", "—", "—", 6],
      ["合计", null, null, null, 85],
    ];
    const r = run(values, ["A1:E1", "A2:E2", "A8:D8"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(fields(r.tables[0]).slice(1)).toEqual(["item", "quantity", "unitAmount", "amount"]);
    // 龙头企业: 3 × 10 = 30, typed 35; the foot is the lines as typed.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E6"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("补助类型 | 补助标准（万元/个） | 个数 | 小计, the standard first: a composition", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["补助类型", "补助标准（万元/个）", "个数", "小计"],
      ["省级示范社", 10, 2, 20],
      ["市级示范社", 5, 6, 30],
      ["县级示范社", 2, 10, 20],
      ["合计", null, 18, 70],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(fields(r.tables[0])).toEqual(["item", "unitAmount", "quantity", "amount"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("guard: whom each standard is for and the standard (扶持对象 | 扶持标准（万元/家） | 备注) stays a catalog", () => {
    const values: Cell[][] = [
      ["序号", "扶持对象", "扶持标准（万元/家）", "备注"],
      [1, "示范家庭农场", 3, "每家一次性"],
      [2, "示范合作社", 4, "每家一次性"],
      [3, "龙头企业", 10, null],
    ];
    expect(tables(values).map((t) => t.kind)).toEqual(["catalog"]);
  });

  it("guard: a 小计 after a count and a standard that is no product of them is not read as the line's money", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["补助类型", "补助标准（万元/个）", "个数", "小计"],
      ["省级示范社", 10, 2, 11],
      ["市级示范社", 5, 6, 7],
      ["县级示范社", 2, 10, 3],
    ];
    const t = tables(values)[0];
    expect(t ? fields(t)[3] : null).not.toBe("amount");
  });
});

describe("register: a section heading stating its standards in a bracket heads the rows under it (learn l2)", () => {
  // An award list by section (一、新增规上工业企业（各奖励20万元） … 二、产值首次超亿元企业（超2亿元奖励20万元，超1亿元奖励10万元）):
  // a heading whose bracket lists its standards is as long as a sentence, but it is a heading of the list, no note ending it.
  const firms: Cell[][] = [
    [1, "甲县鑫源建材有限公司", "91621121MA71RT6P0B", "甲县", 20],
    [2, "乙县康宁中药饮片有限公司", "91621122MA73KX1W5E", "乙县", 20],
  ];
  it("二、…（超2亿元奖励20万元，超1亿元奖励10万元）: the list goes on, a later row's bad code found", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "统一社会信用代码", "所在县区", "奖励金额（万元）"],
      ["一、新增规上工业企业（各奖励20万元）", null, null, null, null],
      ...firms,
      ["二、产值首次超亿元企业（超2亿元奖励20万元，超1亿元奖励10万元）", null, null, null, null],
      [1, "丙县盐井食品有限公司", "91621125MA72DF5G61", "丙县", 20],
      [2, "丁县恒达机械制造有限公司", "91621102MA73TT0H1K", "丁县", 10],
      [3, "甲县鑫源建材有限公司", "91621121MA71RT6P0B", "甲县", 10],
      ["合计", null, null, null, 80],
    ];
    const r = run(values, ["A2:E2", "A5:E5", "A9:D9"]);
    expect(r.tables.map((t) => [t.kind, t.range.r1])).toEqual([["register", 8]]);
    expect(ruleCells(r, "register.invalid-credit-code")).toEqual(["C7"]);
    // The firm again, but under another section: no duplicate.
    expect(ruleCells(r, "register.duplicate")).toEqual([]);
  });

  it("（二）…（每家奖励20万元；已获市级认定的，补足差额奖励）: the list goes on, a firm twice in the section found", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "统一社会信用代码", "所在县区", "奖励金额（万元）"],
      ["（一）新认定省级专精特新企业", null, null, null, null],
      ...firms,
      ["（二）新认定省级企业技术中心（每家奖励20万元；已获市级认定的，补足差额奖励）", null, null, null, null],
      [1, "丙县盐井食品有限公司", "91621125MA72DF5G61", "丙县", 20],
      [2, "丙县盐井食品有限公司", "91621125MA72DF5G61", "丙县", 20],
      ["合计", null, null, null, 80],
    ];
    const r = run(values, ["A2:E2", "A5:E5", "A8:D8"]);
    expect(r.tables.map((t) => [t.kind, t.range.r1])).toEqual([["register", 7]]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B7"]);
  });

  it("guard: sections naming kinds of firm under one fund (一、龙头企业类) state no standard: a firm under two is a duplicate", () => {
    const values: Cell[][] = [
      ["某区2019年创新创业专项资金项目名单"],
      ["序号", "企业名称", "统一社会信用代码", "所在县区", "支持金额（万元）"],
      ["一、龙头企业类", null, null, null, null],
      ...firms,
      ["二、中小企业创新类", null, null, null, null],
      [1, "丙县盐井食品有限公司", "91621125MA72DF5G61", "丙县", 20],
      [2, "甲县鑫源建材有限公司", "91621121MA71RT6P0B", "甲县", 10],
    ];
    const r = run(values, ["A1:E1", "A3:E3", "A6:E6"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B8"]);
  });

  it("persons with no code (—) are known by their names: two growers of one kind are no duplicate, one listed twice is", () => {
    const values: Cell[][] = [
      ["序号", "乡镇", "经营主体名称", "统一社会信用代码", "扶持类别", "扶持资金（万元）"],
      [1, "甲镇", "刘某华", "—", "种养专业大户", 2],
      [2, "乙镇", "熊某平", "—", "种养专业大户", 2],
      [3, "丙乡", "刘某华", "—", "种养专业大户", 2],
    ];
    const r = run(values);
    expect(ruleCells(r, "register.duplicate")).toEqual(["E4"]);
    expect(ruleCells(r, "register.invalid-credit-code")).toEqual([]);
  });

  it("guard: a numbered note whose bracket is a sentence ends the list", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "统一社会信用代码", "所在县区", "奖励金额（万元）"],
      ...firms,
      ["二、以上奖励资金由市级财政承担（资金于2021年6月底前拨付到位。）", null, null, null, null],
      [1, "丙县盐井食品有限公司", "91621125MA72DF5G61", "丙县", 20],
    ];
    const r = run(values, ["A4:E4"]);
    expect(r.tables.map((t) => [t.kind, t.range.r1])).toEqual([["register", 2]]);
  });
});

describe("register: a column of the firms' chains, trades or fields (…产业链, …行业) naming no catalog item, under a title naming one: the category", () => {
  // An award list may say each firm's industrial chain or trade beside it (产业链 特钢材料产业链, 光伏产业链) under a heading
  // no word reads, so its values alone make it the list's first label column, the item. With a catalog loaded and the
  // title naming one of its items (its quotes written as the title pleases), the column is no item: none of its values
  // is one, and each names a kind of firm. It sorts the rows; the title's item gives the cap and judges duplicates.
  const fixedItem = (name: string, capAmount: number) => ({ name, code: null, category: null, capType: "fixed" as const, capAmount: capAmount * 10_000, rate: null, base: null, document: null, year: null });
  const audited = (values: Cell[][], merges: string[], items: ReturnType<typeof fixedItem>[] | null) =>
    audit({ sheets: [grid(values, merges)], ...(items ? { catalog: { name: "目录", origin: "file" as const, items } } : {}), settings: { today: "2024-12-31" } });

  it("序号 | 产业链 | 链主企业 | 代码 | 奖励金额, the title's 「龙头」 for the catalog's “龙头”: category, cap and duplicate checked", () => {
    const values: Cell[][] = [
      ["某省2023年重点产业链「龙头」企业认定奖励兑付名单", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["序号", "产业链", "链主企业", "统一社会信用代码", "奖励金额"],
      [1, "新型储能产业链", "某省储能科技有限公司", "91621121MA71RT6P0B", 50],
      [2, "碳基新材料产业链", "某省碳材股份有限公司", "91621125MA72DF5G61", 50],
      [3, "智能网联汽车产业链", "某省网联汽车有限公司", null, 60],
      [4, "氢能产业链", "某省碳材股份有限公司", "91621125MA72DF5G61", 50],
      ["合计", null, null, null, 210],
    ];
    const r = audited(values, ["A1:E1", "A2:E2"], [fixedItem("“龙头”企业认定奖励", 50)]);
    expect(fields(r.tables[0])).toEqual(["seq", "category", "enterprise", "creditCode", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E6"]);
    // Reported at the firm: the item is the title's, no column's. Another chain is no other award.
    expect(ruleCells(r, "register.duplicate")).toEqual(["C7"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("企业名称 | 归属 (…行业, …领域) | 补助资金, the title naming the item: category, the cap checked", () => {
    const values: Cell[][] = [
      ["2022年某市首次升规工业企业奖励拟拨付名单", null, null],
      ["企业名称", "归属", "补助资金（万元）"],
      ["某市恒通机械有限公司", "装备制造行业", 10],
      ["某市绿源食品有限公司", "食品加工行业", 10],
      ["某市芯联电子有限公司", "电子信息领域", 12],
      ["某市远航纺织有限公司", "纺织服装行业", 10],
    ];
    const r = audited(values, ["A1:C1"], [fixedItem("首次升规工业企业奖励", 10)]);
    expect(fields(r.tables[0])).toEqual(["enterprise", "category", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("guard: the column's values are the catalog's items: it stays the item", () => {
    const values: Cell[][] = [
      ["2023年某市产业链奖励兑付名单", null, null],
      ["企业名称", "产业链", "奖励金额（万元）"],
      ["某市储能科技有限公司", "产业链链主奖励", 50],
      ["某市碳材股份有限公司", "产业链配套奖励", 20],
      ["某市网联汽车有限公司", "产业链链主奖励", 50],
    ];
    const r = audited(values, ["A1:C1"], [fixedItem("产业链链主奖励", 50), fixedItem("产业链配套奖励", 10)]);
    expect(fields(r.tables[0])).toEqual(["enterprise", "item", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
  });

  it("guard: no catalog loaded: the column keeps its reading", () => {
    const values: Cell[][] = [
      ["某省2023年重点产业链「龙头」企业认定奖励兑付名单", null, null],
      ["产业链", "链主企业", "奖励金额（万元）"],
      ["新型储能产业链", "某省储能科技有限公司", 50],
      ["碳基新材料产业链", "某省碳材股份有限公司", 50],
      ["氢能产业链", "某省网联汽车有限公司", 50],
    ];
    const r = audited(values, ["A1:C1"], null);
    expect(fields(r.tables[0])).toEqual(["item", "enterprise", "approved"]);
  });

  it("guard: a title naming no catalog item: the column keeps its reading, its values unknown to the catalog", () => {
    const values: Cell[][] = [
      ["2023年某市产业发展资金兑付名单", null, null],
      ["产业链", "企业名称", "奖励金额（万元）"],
      ["新型储能产业链", "某市储能科技有限公司", 50],
      ["碳基新材料产业链", "某市碳材股份有限公司", 50],
    ];
    const r = audited(values, ["A1:C1"], [fixedItem("首次升规工业企业奖励", 10)]);
    expect(fields(r.tables[0])).toEqual(["item", "enterprise", "approved"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual(["A3", "A4"]);
  });
});

describe("composition: money columns in different units are different figures, and a tier column is the category", () => {
  const categoryHeader = (t: RecognisedTable) => t.columns.find((c) => c.field === "category")?.header;

  it("争取中央资金（亿元） beside 奖励资金（万元）: the basis is no part of the award; only the foot's slip is reported", () => {
    const values: Cell[][] = [
      ["某省项目申报奖励资金分配表"],
      ["序号", "市", "争取中央资金（亿元）", "奖励档次", "奖励资金（万元）", "备注"],
      [1, "甲市", 21, "第一档", 1600, null],
      [2, "乙市", 12, "第一档", 1600, null],
      [3, "丙市", 9, "第二档", 1000, null],
      [4, "丁市", 8, "第二档", 1000, null],
      ["合计", null, 50, null, 5300, null],
    ];
    const r = run(values, ["A1:F1", "A7:B7"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(categoryHeader(r.tables[0])).toBe("奖励档次");
    // 1600 + 1600 + 1000 + 1000 = 5200, stated 5300; the 亿元 column adds up (50).
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("项目总额（亿元） | 补助档位 | 补助资金（万元）, no number column: no row is checked against the 亿元 figure", () => {
    const values: Cell[][] = [
      ["单位：亿元、万元"],
      ["县区", "项目总额（亿元）", "补助档位", "补助资金（万元）"],
      ["甲县", 3.5, "一档", 500],
      ["乙县", 2.2, "二档", 300],
      ["丙县", 1.8, "二档", 300],
      ["合计", 7.5, null, 1100],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(categoryHeader(r.tables[0])).toBe("补助档位");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("guard: a 合计（万元） column over parts in the same unit is still checked row by row", () => {
    const values: Cell[][] = [
      ["县区", "资金合计（万元）", "中央资金（万元）", "省级资金（万元）"],
      ["甲县", 500, 300, 200],
      ["乙县", 320, 200, 100],
      ["丙县", 300, 200, 100],
      ["合计", 1120, 700, 400],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(ruleCells(r, "composition.total-mismatch")).toContain("B3");
  });
});

describe("composition: a standard stating its measure (元/千瓦时) multiplies the column counted in it, not a count beside (learn l6)", () => {
  const colOf = (t: RecognisedTable, field: string) => t.columns.filter((c) => c.field === field).map((c) => c.col);

  it("户数 | 补贴电量（千瓦时） | 补贴标准（元/千瓦时） | 补贴金额: the kWh are the quantity, a mistyped amount found alone", () => {
    const values: Cell[][] = [
      ["单位：户、千瓦时、元"],
      ["镇", "村", "户数", "补贴电量（千瓦时）", "补贴标准（元/千瓦时）", "补贴金额（元）"],
      ["甲镇", "东村", 50, 300000, 0.2, 60000],
      ["甲镇", "西村", 40, 210000, 0.2, 42000],
      ["乙镇", "南村", 70, 400000, 0.2, 81000],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(colOf(t, "quantity")).toEqual([3]);
    const r = run(values);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["F5"]);
  });

  it("家数 | 种植面积（亩） | 补助标准（元/亩） | 补助资金（元） under 合计 | 中央 | 省级: the acres are the quantity", () => {
    const values: Cell[][] = [
      ["单位：家、亩、元"],
      ["乡镇", "合作社家数", "种植面积（亩）", "补助标准（元/亩）", "补助资金（元）", null, null],
      [null, null, null, null, "合计", "中央", "省级"],
      ["甲乡", 3, 1200, 150, 180000, 108000, 72000],
      ["乙乡", 2, 800, 150, 120000, 72000, 48000],
      ["丙乡", 5, 2000, 150, 280000, 168000, 112000],
    ];
    const merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(colOf(t, "quantity")).toEqual([2]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E6"]);
  });

  it("guard: a standard per household (元/户) keeps 户数 as the quantity beside a column of kWh", () => {
    const values: Cell[][] = [
      ["村", "户数", "用电量（千瓦时）", "补贴标准（元/户）", "补贴金额（元）"],
      ["东村", 50, 300000, 400, 20000],
      ["西村", 40, 210000, 400, 16000],
      ["南村", 70, 400000, 400, 27000],
    ];
    const [t] = tables(values);
    expect(colOf(t, "quantity")).toEqual([1]);
    const r = run(values);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E4"]);
  });
});

describe("execution: a fund's money left of the spending and its rate is the budget (learn l6)", () => {
  const budgetCols = (t: RecognisedTable) => t.columns.filter((c) => c.field === "budget").map((c) => c.col);

  it("项目类别 | 项目个数 | 衔接资金（中央和省级） | 已支出 | 支出率: the fund's money is the budget, the rate checked", () => {
    const values: Cell[][] = [
      ["某县2023年衔接资金支出进度表（截至2023年6月30日）"],
      ["单位：个、万元"],
      ["序号", "项目类别", "项目个数", "衔接资金（中央和省级）", "已支出", "支出率", "备注"],
      [1, "产业类", 10, 800, 400, "50.00%", null],
      [2, "基础设施类", 5, 500, 300, "66.00%", null],
      [3, "就业类", 2, 100, 0, "0.00%", null],
      ["合计", null, 17, 1400, 700, "50.00%", null],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(budgetCols(t)).toEqual([3]);
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F5"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual(["E6"]);
  });

  it("单位 | 农业发展专项资金 | 实际支出 | 执行率: a 专项资金 heading is the budget too", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["单位", "农业发展专项资金", "实际支出", "执行率"],
      ["农业农村局", 600, 300, "50.0%"],
      ["林业局", 400, 100, "25.0%"],
      ["水务局", 200, 150, "57.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(budgetCols(t)).toEqual([1]);
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D5"]);
  });

  it("guard: money paid out (已拨付资金) left of the spending is no budget", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "下达资金", "已拨付资金", "已支出", "支出率"],
      ["甲项目", 600, 500, 300, "50.0%"],
      ["乙项目", 400, 300, 100, "25.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(budgetCols(t)).toEqual([1]);
  });
});

describe("execution: money released against the plan is what its progress measures (learn l8)", () => {
  // A progress table of money sent down (年初计划 | 已下达 | 下达进度): with no spending column beside it, what was
  // released is the figure the stated share is of the plan, so each share is checked and the slow lines found.
  it("年初计划 | 已下达 | 下达进度（%）: the released money read as the spending; a line behind and one with nothing released", () => {
    const values: Cell[][] = [
      ["2021年民生实事项目省级资金下达进度表（截至6月底）", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["序号", "项目", "省级年初计划", "已下达", "下达进度（%）"],
      [1, "城乡供水一体化", 30000, 30000, 100],
      [2, "农村公路提升", 50000, 40000, 80],
      [3, "养老服务设施", 20000, 5000, 25],
      [4, "城镇燃气管道更新", 10000, 0, 0],
      ["合计", null, 110000, 75000, 68.18],
    ];
    const r = run(values, ["A1:E1", "A2:E2", "A8:B8"], "2021-06-30");
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(fields(r.tables[0])).toEqual(["seq", "category", "initialBudget", "actual", "rate"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["D6"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual(["D7"]);
  });

  it("年初计划数 | 已下拨资金 | 下拨率: a rate named by its words, its slip found against the money sent down", () => {
    const values: Cell[][] = [
      ["2022年衔接资金下拨情况表"],
      ["单位：万元", null, null, null],
      ["县区", "年初计划数", "已下拨资金", "下拨率（%）"],
      ["甲县", 8000, 6000, 75],
      ["乙县", 6000, 4800, 90],
      ["丙县", 4000, 3400, 85],
      ["合计", 18000, 14200, 78.89],
    ];
    const r = run(values, ["A1:D1", "A2:D2"], "2022-09-30");
    expect(fields(r.tables[0])).toEqual(["category", "initialBudget", "actual", "rate"]);
    // 4,800 / 6,000 is 80%, not the 90 stated.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D5"]);
  });

  it("guard: money released beside money spent (已下达 | 已支出 | 支出进度): the spending is what the rate measures", () => {
    const values: Cell[][] = [
      ["2021年专项资金执行进度表（截至6月底）"],
      ["单位：万元", null, null, null, null],
      ["项目", "年初计划", "已下达", "已支出", "支出进度（%）"],
      ["甲项目", 10000, 10000, 6000, 60],
      ["乙项目", 8000, 8000, 4000, 50],
      ["丙项目", 6000, 6000, 3000, 50],
    ];
    const r = run(values, ["A1:E1", "A2:E2"], "2021-06-30");
    const t = r.tables[0];
    expect(t.columns.filter((c) => c.field === "actual").map((c) => c.col)).toEqual([3]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });
});

describe("register: an item named without the condition its catalog name closes with in brackets (learn l8)", () => {
  // A compendium's item may carry who qualifies in a bracket (…订单本地化（每半年度采购…1500万元以上…）); the payment
  // list names the item without it. When one catalog item alone closes those words with a condition, it is that item.
  const catalog = (rows: Cell[][]): Cell[][] => [
    ["某市惠企政策汇编（摘录）", null, null, null],
    ["扶持事项", "扶持对象", "扶持方式", "扶持标准"],
    ["新认定的省级企业技术中心", "企业", "定额类补助，即时兑付。", "50万元。"],
    ...rows,
    ["新认定的国家级、省级绿色工厂", "企业", "定额类补助，即时兑付。", "国家级100万元；省级50万元。"],
  ];
  const audit2 = (cat: Cell[][], reg: Cell[][]) =>
    audit({ sheets: [grid(cat, ["A1:D1"], "政策汇编"), grid(reg, ["A1:F1", "A2:F2"], "兑付明细")], settings: { today: "2022-12-31", district: "瑞安市" } });
  const payments = (item: string): Cell[][] => [
    ["2022年惠企政策奖补兑付明细", null, null, null, null, null],
    ["单位：万元", null, null, null, null, null],
    ["序号", "企业名称", "统一社会信用代码", "奖补事项", "计算基数（新增采购额）", "兑付金额"],
    [1, "瑞安东联汽配有限公司", "91330381MA2J4T8N6D", item, 4000, 40],
    [2, "瑞安飞云机械有限公司", "91330381MA2L9C1W5F", item, 9000, 90],
    [3, "瑞安仙降鞋业有限公司", "91330381MA2M3D7Q82", item, 2000, 30],
  ];

  it("（新增采购额500万元以上）: the rate (1%) and the most (80万元) checked", () => {
    const r = audit2(
      catalog([["企业订单本地化奖励（当年新增采购额500万元以上）", "工业企业", "数据核较类，每半年度审核兑付。", "按实际新增采购结算额的1%奖励，最高不超过80万元。"]]),
      payments("企业订单本地化奖励"),
    );
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["F5"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["F6"]);
  });

  it("[年营业收入达到2亿元的]: another bracket and wording, the same item found", () => {
    const r = audit2(
      catalog([["首次上规工业企业奖励【年营业收入达到2亿元的】", "工业企业", "数据核较类，每年度审核兑付。", "按新增采购额的1%给予奖励，最高80万元"]]),
      payments("首次上规工业企业奖励"),
    );
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["F5"]);
  });

  it("guard: two items closing the same words with conditions, or a bracket naming a kind of firm, leave the item unknown", () => {
    const two = audit2(
      catalog([
        ["企业订单本地化奖励（新增采购额500万元以上）", "工业企业", "数据核较类。", "按实际新增采购结算额的1%奖励，最高不超过80万元。"],
        ["企业订单本地化奖励（新增采购额2000万元以上）", "工业企业", "数据核较类。", "按实际新增采购结算额的2%奖励，最高不超过200万元。"],
      ]),
      payments("企业订单本地化奖励"),
    );
    expect(ruleCells(two, "cap.unknown-policy")).toEqual(["D4"]);
    const kind = audit2(catalog([["企业订单本地化奖励（中小微企业）", "工业企业", "数据核较类。", "按实际新增采购结算额的1%奖励，最高不超过80万元。"]]), payments("企业订单本地化奖励"));
    expect(ruleCells(kind, "cap.unknown-policy")).toEqual(["D4"]);
  });
});

describe("register: an award split under one merged heading (奖补资金 over 核定奖补 | 上浮 | 合计)", () => {
  const codes = ["91621121MA71RT6P0B", "91621125MA72DF5G61"];
  it("checks the 合计 against its parts row by row and each column's foot against its lines; the 合计 row is no award", () => {
    const values: Cell[][] = [
      ["某省2019年制造业发展资金奖补企业名单"],
      ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "支持方向", "奖补资金（万元）", null, null],
      [null, null, null, null, null, "核定奖补", "扶贫县上浮20%", "合计"],
      [1, "甲县", "甲县鑫源建材有限公司", codes[0], "智能制造", 100, 20, 120],
      [2, "丙县", "丙县盐井食品有限公司", codes[1], "绿色制造", 200, 40, 250],
      [3, "乙县", "乙县华兴机械有限公司", null, "智能制造", 300, null, 300],
      ["合计", null, null, null, null, 600, 60, 660],
    ];
    const merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "A7:E7"];
    const r = run(values, merges);
    expect(r.tables.map((t) => [t.kind, t.range.r1])).toEqual([["register", 6]]);
    const t = r.tables[0];
    expect(t.kind === "register" && t.rows.map((x) => x.row)).toEqual([3, 4, 5]);
    // Row 5: 200 + 40 = 240 under 250; the 合计 column's lines add to 670 under 660; 核定 and 上浮 agree with their feet.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["H5", "H7"]);
  });

  it("a 小计 first under its heading (补助资金（万元） over 小计 | 省级 | 市级): the same checks", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "补助资金（万元）", null, null],
      [null, null, "小计", "省级", "市级"],
      [1, "甲县鑫源建材有限公司", 12.5, 10.25, 2.25],
      [2, "丙县盐井食品有限公司", 8.1, 6, 2],
      [3, "乙县华兴机械有限公司", 5, 4, 1],
      ["合计", null, 25.6, 20.25, 5.25],
    ];
    const r = run(values, ["A1:A2", "B1:B2", "C1:E1"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    // Row 4: 6 + 2 = 8 under 8.1 (whole figures among figures to the cent are exact); the 小计 column's lines add to 25.6
    // as stated, 省级 (20.25) and 市级 (5.25) too, so the foot, added down, is 0.1 over its parts across (C6), as typed.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C4", "C6"]);
  });

  it("guard: a split award whose rows and foot all add up gives no finding, and a plain award column no total check", () => {
    const split: Cell[][] = [
      ["序号", "企业名称", "奖励资金（万元）", null, null],
      [null, null, "核定奖励", "上浮奖励", "合计"],
      [1, "甲县鑫源建材有限公司", 10.2, 2.04, 12.24],
      [2, "丙县盐井食品有限公司", 20, null, 20],
      // Each part and the total rounded to the cent: 1.67 + 1.67 for 3.33 is within their rounding, and the foot's too.
      [3, "乙县华兴机械有限公司", 1.67, 1.67, 3.33],
      ["合计", null, 31.87, 3.71, 35.57],
    ];
    expect(ruleCells(run(split, ["A1:A2", "B1:B2", "C1:E1"]), "composition.total-mismatch")).toEqual([]);
    const plain: Cell[][] = [
      ["序号", "企业名称", "统一社会信用代码", "奖励资金（万元）"],
      [1, "甲县鑫源建材有限公司", codes[0], 10],
      [2, "丙县盐井食品有限公司", codes[1], 20],
      ["合计", null, null, 30],
    ];
    const r = run(plain);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
});

describe("register: a list titled by what its item supports, the paying level and support word in its own heading (learn l9)", () => {
  const catalogOf = (...names: string[]) => ({
    name: "目录",
    origin: "file" as const,
    items: names.map((name) => ({ name, code: null, category: null, capType: "rate" as const, capAmount: 1_000_000, rate: 0.3, document: null, year: null })),
  });
  const reserve = (title: string, asked: string): Cell[][] => [
    [title],
    ["序号", "项目实施主体", "项目名称", "项目总投资（万元）", asked],
    [1, "甲农业有限公司", "竹笋加工", 420, 100],
    [2, "乙农业有限公司", "茶叶包装", 310, 96],
    [3, "丙米业有限公司", "稻米加工", 560, 120],
    ["合计", null, null, 1290, 316],
  ];

  it("…农业数字工厂储备项目汇总表 with 申请省级补助资金: the item is 农业数字工厂省级补助, its rate and maximum checked", () => {
    const r = audit({ sheets: [grid(reserve("某县2026年农业数字工厂储备项目汇总表", "申请省级补助资金（万元）"))], catalog: catalogOf("农业数字工厂省级补助", "技术改造奖励"), settings: { today: "2025-05-10" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("…冷链物流设施建设计划表 with 拟申请市级奖补: the same for 冷链物流设施建设市级奖补", () => {
    const r = audit({ sheets: [grid(reserve("2024年冷链物流设施建设计划表", "拟申请市级奖补（万元）"))], catalog: catalogOf("冷链物流设施建设市级奖补"), settings: { today: "2024-05-10" } });
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("guard: a heading naming another level (申请县级补助资金), or two items alike, gives no item", () => {
    const otherLevel = audit({ sheets: [grid(reserve("某县2026年农业数字工厂储备项目汇总表", "申请县级补助资金（万元）"))], catalog: catalogOf("农业数字工厂省级补助"), settings: { today: "2025-05-10" } });
    expect(ruleCells(otherLevel, "cap.rate-exceeded")).toEqual([]);
    expect(ruleCells(otherLevel, "cap.unknown-policy")).toHaveLength(1);
    const two = audit({ sheets: [grid(reserve("某县2026年农业数字工厂储备项目汇总表", "申请省级补助资金（万元）"))], catalog: catalogOf("农业数字工厂省级补助", "农业数字工厂省级奖励"), settings: { today: "2025-05-10" } });
    expect(ruleCells(two, "cap.rate-exceeded")).toEqual([]);
    expect(ruleCells(two, "cap.unknown-policy")).toHaveLength(1);
  });
});

describe("composition: a total investment (总投入) over 其中 sources closed by self-raised money (learn l9)", () => {
  it("项目名称 | 总投入 | 其中：中彩资金 | 村级自筹资金: the 总投入 is the amount, its sources its parts, row by row", () => {
    const values: Cell[][] = [
      ["某县2025年专项彩票公益金项目安排表"],
      [null, null, null, null, "单位：万元"],
      ["序号", "项目名称", "总投入", "其中：中彩资金", "村级自筹资金"],
      ["一", "甲村道路项目", 310, 310, null],
      ["二", "乙村展馆项目", 327, 325, 2],
      ["三", "丙镇冷库项目", 1200, 1020, null],
      ["合计", null, 1837, 1835, 2],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(2)).toEqual(["amount", "amount", "amount"]);
    expect(t.columns.slice(3).map((c) => c.part?.of)).toEqual([2, 2]);
    // 丙镇: 1,020 + nothing where 1,200 is the whole, and the 中彩资金 lines as typed (1,655) miss their foot 1,835;
    // the 合计 row agrees across (1,835 + 2).
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C6", "D7"]);
  });

  it("项目 | 投入资金 | 其中：衔接资金 | 其中：群众自筹: the same, another wording", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "投入资金", "其中：衔接资金", "其中：群众自筹"],
      ["甲村水渠", 80, 60, 20],
      ["乙村道路", 90, 70, 10],
      ["合计", 170, 130, 40],
    ];
    const r = run(values);
    expect(r.tables[0].columns.slice(2).map((c) => c.part?.of)).toEqual([1, 1]);
    // 乙村's 群众自筹 typed 10 for 20: 70 + 10 = 80 against its 90, and the column's lines 30 against its foot 40.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B4", "D5"]);
  });

  it("guard: 总投入 | 其中：中彩资金 | 省级资金, no self-raised rest: the sources are not summed to the 总投入", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "总投入", "其中：中彩资金", "省级资金"],
      ["甲村水渠", 100, 60, 20],
      ["乙村道路", 90, 70, 10],
      ["合计", 190, 130, 30],
    ];
    const r = run(values);
    expect(ruleCells(r, "composition.total-mismatch").filter((c) => c.startsWith("B"))).toEqual([]);
  });
});

describe("execution: a 合计 over a line typed wrong against its parts reports the slip once (learn l10)", () => {
  it("类 / 款 / 项 with a 栏次 row: the 合计 adds each 类 as its 款 add up as typed, though a 款 misses its 项", () => {
    const values: Cell[][] = [
      ["一般公共预算财政拨款支出决算表"],
      [null, null, "单位：万元"],
      ["科目编码", "科目名称", "合计"],
      ["栏次", null, 1],
      ["合计", null, 1150],
      ["201", "一般公共服务支出", 500],
      ["20101", "人大事务", 500],
      ["2010101", "行政运行", 320],
      ["2010102", "一般行政管理事务", 200],
      ["210", "卫生健康支出", 700],
      ["21011", "行政事业单位医疗", 650],
      ["2101101", "行政单位医疗", 400],
      ["2101102", "事业单位医疗", 250],
    ];
    const r = run(values);
    // 20101 500 misses its 项 520; 210 700 misses its 款 650. The 合计 1,150 = 500 + 650: each 类 as its 款 give it.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7", "C10"]);
  });

  it("a 三公 statement with 行次 and a 栏次 row carrying sub-headings: the 合计 adds the car line as its parts add up", () => {
    const values: Cell[][] = [
      ["某县2018年“三公”经费决算统计表"],
      ["单位：万元"],
      ["项目", "行次", "2018年决算数", "比上年增减情况", null],
      ["栏次", null, 1, "增加额", "增加幅度"],
      ["支出合计", 1, 150, 10, "7.14%"],
      ["1.因公出国（境）费", 2, 10, 1, "11.11%"],
      ["2.公务用车购置及运行维护费", 3, 100, 5, "5.26%"],
      ["（1）公务用车购置费", 4, 20, 2, "11.11%"],
      ["（2）公务用车运行维护费", 5, 70, 3, "4.48%"],
      ["3.公务接待费", 6, 50, 4, "8.70%"],
    ];
    const r = run(values, ["D3:E3"]);
    const t = r.tables[0] as ExecutionTable;
    expect(t.rows.map((x) => x.label)).not.toContain("栏次");
    // The car line 100 misses its parts 90; the 合计 150 = 10 + 90 + 50.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7"]);
  });

  it("guard: a 合计 that agrees neither with the lines as typed nor as their parts add up is still reported", () => {
    const values: Cell[][] = [
      ["一般公共预算财政拨款支出决算表"],
      [null, null, "单位：万元"],
      ["科目编码", "科目名称", "合计"],
      ["栏次", null, 1],
      ["合计", null, 1175],
      ["201", "一般公共服务支出", 500],
      ["20101", "人大事务", 500],
      ["2010101", "行政运行", 320],
      ["2010102", "一般行政管理事务", 200],
      ["210", "卫生健康支出", 700],
      ["21011", "行政事业单位医疗", 650],
      ["2101101", "行政单位医疗", 400],
      ["2101102", "事业单位医疗", 250],
    ];
    const r = run(values);
    // 1,175 is neither 1,200 (as typed), 1,170 (every figure as its 项 give it) nor 1,150 (one level down).
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C5", "C7", "C10"]);
  });

  it("guard: a line whose figures happen to run 1, 2 beside a word stays a line", () => {
    const values: Cell[][] = [
      ["某县2018年“三公”经费决算统计表"],
      ["单位：万元"],
      ["项目", "2018年决算数", "2019年决算数", "备注"],
      ["支出合计", 4, 6, null],
      ["1.因公出国（境）费", 1, 2, "增加"],
      ["2.公务接待费", 3, 4, "增加"],
    ];
    const r = run(values);
    expect((r.tables[0] as ExecutionTable).rows.map((x) => x.label)).toContain("1.因公出国（境）费");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });
});

describe("award lists whose item is the title's: a tier column is the category, a project's investing firm the applicant, the unknown item reported at the amount (learn l13)", () => {
  it("企业名称 | 所在市州 | 奖励等次 | 奖励金额: the tier sorts the rows; the title's item, in no catalog, is reported once at the first amount", () => {
    const values: Cell[][] = [
      ["某省2019年度实施创新驱动战略先进企业奖励名单", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["序号", "企业名称", "所在市州", "奖励等次", "奖励金额"],
      [1, "甲市精工机械有限公司", "甲市", "一等奖", 100],
      [2, "乙市新材料有限公司", "乙市", "二等奖", 80],
      [3, "丙市电子科技有限公司", "丙市", "二等奖", 80],
      [4, "丁市食品有限公司", "丁市", "三等奖", 60],
      ["合计", null, null, null, 320],
    ];
    const merges = ["A1:E1", "A2:E2"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "category", "approved"]);
    expect(ruleCells(run(values, merges), "cap.unknown-policy")).toEqual(["E4"]);
  });

  it("单位名称 | 获奖等次 | 奖励资金（万元）, in other words", () => {
    const values: Cell[][] = [
      ["某市2021年度质量强市先进单位奖励名单", null, null, null],
      ["序号", "单位名称", "获奖等次", "奖励资金（万元）"],
      [1, "甲建材有限公司", "特等奖", 50],
      [2, "乙纺织有限公司", "优秀奖", 10],
      [3, "丙制药有限公司", "优秀奖", 10],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(fields(t)).toEqual(["seq", "enterprise", "category", "approved"]);
    expect(ruleCells(run(values, ["A1:D1"]), "cap.unknown-policy")).toEqual(["D3"]);
  });

  it("项目名称 | 项目投资企业 | 项目总投资 | 奖励资金: the investing firm is the applicant, the project its own", () => {
    const values: Cell[][] = [
      ["某省招商引资重点项目省级奖励名单", null, null, null, null, null],
      ["序号", "项目名称", "项目投资企业", "所在市州", "项目总投资（亿元）", "奖励资金（万元）"],
      [1, "锂电池正极材料项目", "甲新能源科技有限公司", "甲市", 12.5, 300],
      [2, "光热发电项目", "乙新能源有限公司", "乙市", 28, 500],
      [3, "数据中心集群项目", "丙云计算有限公司", "丙市", 15, 300],
      [4, "锂电池电解液项目", "甲新能源科技有限公司", "甲市", 5.2, 200],
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 3)).toEqual(["project", "enterprise"]);
    const r = run(values, ["A1:F1"]);
    // One firm twice under the one award: a duplicate although its projects differ.
    expect(ruleCells(r, "register.duplicate")).toHaveLength(1);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual(["F3"]);
  });

  it("项目名称 | 投资主体 | 申请金额: the unknown title item is reported at the amount asked when none is approved", () => {
    const values: Cell[][] = [
      ["某市2022年重大产业项目落地奖励拟奖励名单", null, null, null],
      ["单位：万元", null, null, null],
      ["序号", "项目名称", "投资主体", "申请金额"],
      [1, "智能装备产业园项目", "甲智能装备有限公司", 200],
      [2, "冷链物流中心项目", "乙物流有限公司", 150],
    ];
    const merges = ["A1:D1", "A2:D2"];
    const [t] = tables(values, merges);
    expect(fields(t)).toEqual(["seq", "project", "enterprise", "requested"]);
    expect(ruleCells(run(values, merges), "cap.unknown-policy")).toEqual(["D4"]);
  });

  it("guard: an item column's unknown items stay at the item cell", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["序号", "企业名称", "奖励项目", "奖励金额"],
      [1, "甲精工机械有限公司", "某某先进奖", 100],
      [2, "乙新材料有限公司", "某某先进奖", 80],
    ];
    expect(ruleCells(run(values), "cap.unknown-policy")).toEqual(["C3"]);
  });
});

describe("execution: one line broken down twice under breakdown labels on rows of their own (learn l11)", () => {
  // `（一）按级次分` then `（二）按构成分`, each alone on its row under the line: two breakdowns of the
  // same whole, each all of it. Each is checked against the line on its own, never the two added up.
  const parts = (r: ReturnType<typeof run>) =>
    (r.tables[0] as ExecutionTable).rows.filter((x) => x.partOf !== undefined).map((x) => [x.label.trim(), x.partOf]);

  it("（一）按级次分 | （二）按构成分 under 二、地方收入, itself a part of 一、全部收入: no total-mismatch, the wrong rate found", () => {
    const values: Cell[][] = [
      ["2011年1-11月财政预算执行情况表", null, null, null, null],
      ["单位：亿元", null, null, null, null],
      ["项目", "预算数", "1-11月累计", "完成预算%", "同比增长%"],
      ["一、全部财政收入", 2000, 1900, "95.0%", "12.0%"],
      ["    其中：中央级收入", 800, 760, "95.0%", "10.0%"],
      ["二、地方一般预算收入", 1200, 1140, "95.0%", "13.0%"],
      ["  （一）按级次分", null, null, null, null],
      ["    省级收入", 300, 280, "93.3%", "9.0%"],
      ["    市县级收入", 900, 860, "97.0%", "14.0%"],
      ["  （二）按构成分", null, null, null, null],
      ["    税收收入", 1000, 960, "96.0%", "12.0%"],
      ["    非税收入", 200, 180, "90.0%", "20.0%"],
      ["三、地方一般预算支出", 3000, 2800, "93.3%", "15.0%"],
    ];
    const r = run(values, ["A1:E1", "A2:E2"], "2011-11-30");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    // 860 / 900 = 95.6%, typed 97.0%.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D9"]);
    expect(parts(r)).toEqual([
      ["其中：中央级收入", 3],
      ["二、地方一般预算收入", 3],
      ["省级收入", 5],
      ["市县级收入", 5],
      ["税收收入", 5],
      ["非税收入", 5],
    ]);
  });

  it("按构成分： then 按级次分： (by kind first, unnumbered labels) under 二、…收入, itself a part: both lists stay that line's parts", () => {
    const values: Cell[][] = [
      ["项目", "调整预算数", "执行数", "执行率"],
      ["一、全部财政收入", 8000, 4800, "60.0%"],
      ["其中：上划中央收入", 3000, 1800, "60.0%"],
      ["二、一般公共预算收入", 5000, 3000, "60.0%"],
      ["按构成分：", null, null, null],
      ["税收收入", 4000, 2400, "60.0%"],
      ["非税收入", 1000, 600, "60.0%"],
      ["按级次分：", null, null, null],
      ["县级收入", 3500, 2100, "60.0%"],
      ["乡镇级收入", 1500, 900, "60.0%"],
      ["三、政府性基金收入", 2000, 1200, "60.0%"],
    ];
    const r = run(values, [], "2023-07-31");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    // 县级 after the complete 税收 | 非税 list is no part of 一、 (a second list of 二、, not a line run on).
    expect(parts(r)).toEqual([
      ["其中：上划中央收入", 1],
      ["二、一般公共预算收入", 1],
      ["税收收入", 3],
      ["非税收入", 3],
      ["县级收入", 3],
      ["乡镇级收入", 3],
    ]);
  });

  it("a slip within a thousandth in one breakdown (市级 + 县区级 = 8,004 of 8,000) is found against the line once, the other agreeing", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "完成数", "完成预算%"],
      ["地方一般公共预算收入", 10000, 8000, "80.0%"],
      ["（一）按构成分", null, null, null],
      ["税收收入", 7000, 5600, "80.0%"],
      ["非税收入", 3000, 2400, "80.0%"],
      ["（二）按级次分", null, null, null],
      ["市级", 4000, 3204, "80.1%"],
      ["县区级", 6000, 4800, "80.0%"],
      ["上级补助收入", 2000, 1800, "90.0%"],
    ];
    const r = run(values, [], "2023-12-31");
    // A list a breakdown label opens is all of its line, whatever its lines are named; never 16,004.
    const slips = r.findings.filter((f) => f.rule === "execution.total-mismatch");
    expect(slips.map((f) => f.cell)).toEqual(["C2"]);
    expect(slips[0].message).toMatch(/8,004/);
  });

  it("guard: 其中 lines, then 按征收部门分： under the same total: the department list adds up on its own, nothing found", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "1-6月完成数", "为预算%"],
      ["一、公共财政预算收入", 30000, 18000, 60],
      ["其中：地方公共财政预算收入", 20000, 12000, 60],
      ["上划收入", 10000, 6000, 60],
      ["按征收部门分：", null, null, null],
      ["国税部门", 8000, 4800, 60],
      ["地税部门", 15000, 9000, 60],
      ["财政部门", 7000, 4200, 60],
      ["二、公共财政预算支出", 90000, 50000, 55.6],
    ];
    const r = run(values, [], "2013-06-30");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });
});

describe("composition: a list of evaluated projects or funds with their owner and agent, a fund's size and a grade", () => {
  // 评价政策或项目资金名称 | 主管部门（业主单位） | 代建（实施）单位 | 资金规模 | 评分情况 | 评级情况: no firm is
  // paid and no code given, so the bodies carry the projects out and the list allocates money by
  // project; the grade (优 / 良 / 中) groups the projects, the score is no money.
  it("评价政策或项目资金名称 | 主管部门（业主单位） | 代建（实施）单位 | 资金规模（万元） | 评分情况 | 评级情况: line, amount, category; the foot's slip", () => {
    const values: Cell[][] = [
      ["某区2021年重点绩效评价结果明细表", null, null, null, null, null, null],
      ["序号", "评价政策或项目资金名称", "主管部门（业主单位）", "代建（实施）单位", "资金规模（万元）", "评分情况", "评级情况"],
      [1, "某区稳岗补贴专项资金项目", "区人社局", "区人社局", 460, 90.1, "优"],
      [2, "某区文化中心运维经费项目", "区文旅委", "某区文化中心", 265, 83, "良"],
      [3, "某中学改扩建资金项目", "某中学", "某建设公司", 1200, 82, "良"],
      [4, "某区道路养护专项资金项目", "区交通局", "某区公路养护中心", 380, 76, "中"],
      ["合计", null, null, null, 2315, null, null],
    ];
    const r = run(values, ["A1:G1", "A7:D7"]);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("item");
    expect(fields(t)[4]).toBe("amount");
    expect(fields(t)[6]).toBe("category");
    expect(fields(t)[5]).toBeNull();
    // 460 + 265 + 1,200 + 380 = 2,305 against the 合计 2,315.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E7"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("项目资金名称 | 业主单位 | 代建单位 | 资金规模 | 绩效等级, another wording: the same reading, no slip", () => {
    const values: Cell[][] = [
      ["序号", "项目资金名称", "业主单位", "代建单位", "资金规模（万元）", "绩效等级"],
      [1, "甲片区征地拆迁资金", "区住建委", "区房屋征收中心", 5467.69, "良"],
      [2, "乙码头治理提升工程资金", "区住建委", "区城市建设发展中心", 2000, "良"],
      [3, "丙园区电力迁改工程资金", "丙园区建设有限公司", "丙园区建设有限公司", 4215.3, "中"],
      ["合计", null, null, null, 11682.99, null],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect([fields(t)[1], fields(t)[4], fields(t)[5]]).toEqual(["item", "amount", "category"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("guard: 企业名称 | 统一社会信用代码 | 项目名称 | 奖励金额 stays a register of the firms paid", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "统一社会信用代码", "项目名称", "奖励金额（万元）"],
      [1, "甲科技有限公司", "91320281MA1P3H7K2W", "智能产线改造项目", 50],
      [2, "乙材料有限公司", "91320281MA1Q4J8L38", "新材料研发项目", 30],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 3)).toEqual(["enterprise", "creditCode"]);
  });

  it("guard: 项目名称 | 代建单位 | 拨付金额 | 拨付日期, a list that pays: the agent is the payee (register)", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "代建单位", "分配资金（万元）", "本次拨付（万元）", "拨付日期"],
      [1, "甲片区道路工程", "甲建设有限公司", 500, 200, "2023-05-10"],
      [2, "乙片区排水工程", "乙建设有限公司", 300, 100, "2023-06-12"],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)[2]).toBe("enterprise");
  });
});

describe("catalog: a 条款 column citing sub-clauses of one article (第五条（一）, 第五条（二）) is the rows' document", () => {
  // Only a clause number alone (第三条) can number the rows; one reaching into a clause (第五条（一）,
  // 第三条第（二）款) says where in the document the row's standard is stated, leading the rows or not.
  it("条款 第五条（一） / （二） / （三） | 支持项目 | 支持标准, no 序号: document, item, standard", () => {
    const values: Cell[][] = [
      ["某高新区产业集群专项资金管理办法（支持标准摘录）", null, null],
      ["条款", "支持项目", "支持标准"],
      ["第五条（一）", "重点项目资助", "按项目研发投入的20%给予资助，单个项目最高不超过200万元。"],
      ["第五条（二）", "龙头企业认定奖励", "对首次认定的龙头企业，一次性奖励50万元。"],
      ["第五条（三）", "公共平台建设补助", "按平台设备投资额的30%给予补助，最高不超过100万元。"],
    ];
    const r = run(values, ["A1:C1"]);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
  });

  it("条款 第三条第（二）款 / 第四条第（一）款 | 扶持事项 | 扶持标准, other articles each: document too", () => {
    const values: Cell[][] = [
      ["条款", "扶持事项", "扶持标准"],
      ["第三条第（二）款", "技术改造补助", "按设备投资额的8%给予补助，单个项目最高500万元。"],
      ["第四条第（一）款", "上市奖励", "企业在境内主板上市的，给予一次性奖励200万元。"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
  });

  it("guard: 条款 第二条 / 第五条 / 第七条 alone leading the rows stays their code", () => {
    const values: Cell[][] = [
      ["条款", "支持事项", "支持标准"],
      ["第二条", "首台套奖励", "对首台（套）产品给予一次性奖励100万元。"],
      ["第五条", "研发投入补助", "按年度研发投入的10%给予补助，最高不超过300万元。"],
      ["第七条", "人才引进奖励", "对引进的高层次人才给予安家补贴50万元。"],
    ];
    const r = run(values);
    expect(fields(r.tables[0])).toEqual(["code", "item", "standard"]);
  });
});

describe("a few repeated values naming a direction or sector are the category (learn l15)", () => {
  it("allocation 序号 | 地区 | 支持方向 | 分配资金 under head 小计 rows: the direction is the category, the 小计 still sums its lines", () => {
    const values: Cell[][] = [
      ["某省2024年某专项资金分配表"],
      ["序号", "地区", "支持方向", "分配资金（万元）", "备注"],
      ["一", "甲市小计", null, 500, null],
      [1, "甲一县", "基础设施项目", 200, null],
      [2, "甲二县", "改革创新项目", 100, null],
      [3, "甲三县", "基础设施项目", 200, null],
      ["二", "乙市小计", null, 400, null],
      [4, "乙一县", "改革创新项目", 150, null],
      [5, "乙二县", "基础设施项目", 200, null],
      ["三", "丙市", "基础设施项目", 300, null],
      ["合计", null, null, 1150, null],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 4)).toEqual(["item", "category", "amount"]);
    // 乙市小计 400 where 150 + 200 = 350 (丙市, numbered 三 as the 小计 are, ends its group); the 合计 agrees
    // with the lines and with 甲市小计.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D7"]);
    expect(r.findings.find((f) => f.rule === "composition.total-mismatch")?.message).toContain("3,500,000");
  });

  it("catalog 序号 | 所属行业 | 支持事项 | 支持标准: the trade is the category, the 事项 the item", () => {
    const values: Cell[][] = [
      ["某市产业扶持政策措施"],
      ["序号", "所属行业", "支持事项", "支持标准"],
      [1, "现代农业", "新认定省级龙头企业", "给予一次性奖励30万元"],
      [2, "现代农业", "新建冷链仓储设施", "最高补助100万元"],
      [3, "装备制造", "首台套产品", "最高奖励200万元"],
      [4, "装备制造", "智能化改造项目", "按设备投资额的10%给予补助，最高不超过500万元"],
      [5, "商贸服务", "新增限上企业", "给予奖励5万元"],
    ];
    const [t] = tables(values) as CatalogTable[];
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["seq", "category", "item", "standard"]);
    expect(t.items.map((i) => i.category)).toEqual(["现代农业", "现代农业", "装备制造", "装备制造", "商贸服务"]);
  });

  it("project allocation 项目名称 | 所属产业 | 安排资金: the sector is the category, the projects the lines", () => {
    const values: Cell[][] = [
      ["某县2023年产业发展资金安排表"],
      ["序号", "项目名称", "所属产业", "安排资金（万元）"],
      [1, "甲村茶叶加工厂", "茶产业", 50],
      [2, "乙村茶园改造", "茶产业", 30],
      [3, "丙村肉牛养殖场", "畜牧产业", 80],
      [4, "丁村冷链仓库", "畜牧产业", 40],
      ["合计", null, null, 200],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "category", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("guard: a column headed as a direction whose values are all distinct is no category", () => {
    const values: Cell[][] = [
      ["某市产业扶持政策措施"],
      ["序号", "产业", "支持事项", "支持标准"],
      [1, "现代农业", "新认定省级龙头企业", "给予一次性奖励30万元"],
      [2, "装备制造", "首台套产品", "最高奖励200万元"],
      [3, "商贸服务", "新增限上企业", "给予奖励5万元"],
    ];
    const [t] = tables(values) as CatalogTable[];
    expect(fields(t)).not.toContain("category");
  });

  it("guard: a place grouping the lines keeps the category; a 支持领域 beside it stays unread", () => {
    const values: Cell[][] = [
      ["某市2025年资金分配表"],
      ["序号", "区县", "项目名称", "支持领域", "下达资金"],
      [1, "甲区", "甲区道路改造", "基础设施", 300],
      [2, "甲区", "甲区园区建设", "产业发展", 200],
      [3, "乙县", "乙县供水工程", "基础设施", 400],
      [4, "乙县", "乙县冷库", "产业发展", 100],
      ["合计", null, null, null, 1000],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 5)).toEqual(["category", "item", null, "amount"]);
  });
});

describe("register: a list of regions or bodies praised and rewarded, item by matter (learn l16)", () => {
  const catalogOf = (name: string, capType: "max" | "fixed", capAmount: number) => ({
    name: "目录",
    origin: "file" as const,
    items: [{ name, code: null, category: null, capType, capAmount, rate: null, document: null, year: null }],
  });
  const settings = { today: "2023-12-31", district: "河南省" };

  it("…地区激励名单: 激励事项 | 受表扬激励地区 | 所属市 | 激励资金 is a register of the regions, the matters its category", () => {
    const values: Cell[][] = [
      ["2022年落实重大政策措施成效明显地区激励名单"],
      ["序号", "激励事项", "受表扬激励地区", "所属市", "激励资金（万元）"],
      [1, "稳就业", "洛阳市", "洛阳市", 600],
      [2, "稳就业", "偃师区", "洛阳市", 300],
      [3, "乡村振兴", "兰考县", "开封市", 1100],
      [4, "乡村振兴", "滑县", "安阳市", 300],
      [5, "乡村振兴", "兰考县", "开封市", 300],
      [6, "生态保护", "邯郸市", "邯郸市", 400],
      ["合计", null, null, null, 3000],
    ];
    const geography = geographyFor("河南省", index(), (p) => readAsset(p));
    const r = audit({ sheets: [grid(values)], catalog: catalogOf("落实重大政策措施成效明显地区激励", "max", 10_000_000), settings, geography });
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "category", "enterprise", "registeredIn", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E5"]);
    expect(ruleCells(r, "register.duplicate").map((c) => c?.slice(1))).toEqual(["7"]);
    // 邯郸市 lies in 河北省.
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["D8"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("…表扬名单 with 表扬事项 | 获奖地区 | 所属市 | 奖励资金: the same, counties rewarded", () => {
    const values: Cell[][] = [
      ["2022年度全省质量工作先进县表扬名单"],
      ["序号", "表扬事项", "获奖地区", "所属市", "奖励资金（万元）"],
      [1, "质量提升", "新郑市", "郑州市", 50],
      [2, "质量提升", "杞县", "开封市", 80],
      [3, "标准化", "栾川县", "洛阳市", 50],
      [4, "标准化", "林州市", "安阳市", 50],
    ];
    const r = audit({ sheets: [grid(values)], catalog: catalogOf("全省质量工作先进县表扬", "fixed", 500_000), settings });
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "category", "enterprise", "registeredIn", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("guard: an allocation by county (县 | 分配资金) under a plain title stays a composition, as does one by matter with no one rewarded", () => {
    const byCounty: Cell[][] = [
      ["2022年乡村振兴补助资金分配表"],
      ["序号", "资金用途", "县（市、区）", "所属市", "分配资金（万元）"],
      [1, "道路建设", "兰考县", "开封市", 600],
      [2, "道路建设", "滑县", "安阳市", 300],
      [3, "人居环境", "兰考县", "开封市", 1100],
      ["合计", null, null, null, 2000],
    ];
    const r = audit({ sheets: [grid(byCounty)], catalog: catalogOf("乡村振兴补助", "max", 10_000_000), settings });
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    const byMatter: Cell[][] = [
      ["2022年激励资金下达表"],
      ["序号", "激励事项", "下达地区", "下达资金（万元）"],
      [1, "稳就业", "洛阳市", 600],
      [2, "乡村振兴", "兰考县", 300],
      [3, "生态保护", "濮阳市", 400],
      ["合计", null, null, 1300],
    ];
    expect(tables(byMatter).map((t) => t.kind)).toEqual(["composition"]);
  });
});

describe("register: a named object (景区, 基地) beside the firm running it is the firm's project (learn l16)", () => {
  const catalogOf = (name: string, capAmount: number) => ({
    name: "目录",
    origin: "file" as const,
    items: [{ name, code: null, category: null, capType: "fixed" as const, capAmount, rate: null, document: null, year: null }],
  });

  it("景区名称 | 所在县 | 运营单位 …有限公司 | 奖励金额: the operator is the enterprise, the scenic area its project", () => {
    const values: Cell[][] = [
      ["2022年新评定国家4A级旅游景区奖励名单"],
      ["序号", "景区名称", "所在县", "运营单位", "奖励金额（万元）"],
      [1, "云台山景区", "修武县", "修武县云台山旅游开发有限公司", 50],
      [2, "老君山景区", "栾川县", "栾川县老君山文化旅游集团", 80],
      [3, "鸡公山景区", "浉河区", "信阳鸡公山文旅发展有限公司", 50],
    ];
    const r = audit({ sheets: [grid(values)], catalog: catalogOf("新评定国家4A级旅游景区奖励", 500_000), settings: { today: "2023-12-31", district: "河南省" } });
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "project", "registeredIn", "enterprise", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("基地名称 | 建设主体 …合作社 | 补助资金: the cooperative is the enterprise, the base its project", () => {
    const values: Cell[][] = [
      ["序号", "基地名称", "建设主体", "补助资金（万元）"],
      [1, "东坡蔬菜示范基地", "某县东坡蔬菜种植专业合作社", 20],
      [2, "南山茶叶基地", "某县南山茶业有限公司", 30],
      [3, "北岭果园基地", "某县北岭果业专业合作社", 20],
    ];
    const t = tables(values)[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "project", "enterprise", "approved"]);
  });

  it("guard: a scenic area alone, or a firm already named beside it, keeps its reading", () => {
    const alone: Cell[][] = [
      ["序号", "景区名称", "所在县", "奖励金额（万元）"],
      [1, "云台山景区", "修武县", 50],
      [2, "老君山景区", "栾川县", 50],
    ];
    expect(fields(tables(alone)[0])).toEqual(["seq", "enterprise", "registeredIn", "approved"]);
    const named: Cell[][] = [
      ["序号", "企业名称", "项目名称", "合作单位", "奖励金额（万元）"],
      [1, "某县云台旅游开发有限公司", "游客中心改造", "某县建工集团有限公司", 50],
      [2, "某县老君文化旅游有限公司", "智慧景区建设", "某县信息技术有限公司", 50],
    ];
    const t = tables(named)[0];
    expect(fields(t).slice(0, 3)).toEqual(["seq", "enterprise", "project"]);
    // A body headed by its project (项目单位) is the payee, though the builders beside it are firms.
    const body: Cell[][] = [
      ["序号", "项目单位", "施工单位", "补助资金（万元）"],
      [1, "某县农业农村局", "某县建工集团有限公司", 50],
      [2, "某县水利局", "某县水利工程有限公司", 80],
    ];
    expect(fields(tables(body)[0])[1]).toBe("enterprise");
  });
});
describe("composition: a later table on a sheet, no unit of its own, in the unit captioned over the first (learn l12)", () => {
  const byCounty: Cell[][] = [
    ["某地区2021年第二批某补助资金分配表"],
    ["单位：万元"],
    ["表一：分县"],
    ["序号", "县（市）", "下达资金"],
    [1, "甲县", 500],
    [2, "乙县", 300],
    ["合计", null, 800],
    [null],
  ];

  it("表一 | 表二 under one 单位：万元: the second, by task, is read in 万元 too", () => {
    const values: Cell[][] = [...byCounty, ["表二：分任务"], ["序号", "任务", "下达资金"], [1, "甲任务", 600], [2, "乙任务", 200], ["合计", null, 800]];
    const ts = tables(values);
    expect(ts.map((t) => t.unit)).toEqual(["万元", "万元"]);
  });

  it("another wording: 分配单位 | 分配金额 under a caption, then a bare 序号 | 用途 | 安排资金 table after a blank band", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["分配单位", "分配金额"],
      ["甲镇", 120.5],
      ["乙镇", 80],
      ["合计", 200.5],
      [null],
      [null],
      ["序号", "用途", "安排资金"],
      [1, "道路", 150],
      [2, "水渠", 50.5],
      ["合计", null, 200.5],
    ];
    expect(tables(values).map((t) => t.unit)).toEqual(["万元", "万元"]);
  });

  it("guard: figures far above the first table's (a table in 元) keep 元", () => {
    const values: Cell[][] = [...byCounty, ["表二：分任务"], ["序号", "任务", "下达资金"], [1, "甲任务", 6_000_000], [2, "乙任务", 2_000_000], ["合计", null, 8_000_000]];
    expect(tables(values).map((t) => t.unit)).toEqual(["万元", "元"]);
  });

  it("guard: a table between stating another unit (金额（元）) stops the caption reaching further", () => {
    const values: Cell[][] = [
      ...byCounty,
      ["表二：分项目"],
      ["序号", "项目", "金额（元）"],
      [1, "甲项", 500],
      ["合计", null, 500],
      [null],
      ["表三：分任务"],
      ["序号", "任务", "下达资金"],
      [1, "甲任务", 600],
      ["合计", null, 600],
    ];
    expect(tables(values).map((t) => t.unit)).toEqual(["万元", "元", "元"]);
  });
});

describe("composition: a direction column of one repeated value right of the figures, an office signing under the 合计 unmerged (learn l12)", () => {
  const allocation = (direction: string, signOff: Cell[][]): Cell[][] => [
    ["2020年某资金分配情况表"],
    ["单位：万元"],
    ["县市", "资金合计", "中央资金", "自治区资金", direction],
    ["甲县", 100, 60, 40, "统筹整合"],
    ["乙县", 50, 30, 20, "统筹整合"],
    ["丙县", 80, 50, 30, "统筹整合"],
    ["合计", 230, 140, 90, null],
    ...signOff,
  ];

  it("县市 | 资金合计 | 中央 | 自治区 | 支出方向: the direction is the category; the office and date in one column under the 合计 end nothing", () => {
    const values = allocation("支出方向", [["监督电话：0000-1234567"], [null, null, null, "某地区财政局", null], [null, null, null, "2020年4月14日", null]]);
    const r = run(values, ["A1:E1", "A2:E2", "A8:E8"]);
    const t = r.tables[0];
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount", "category"]);
    expect(t.range.r1).toBe(6);
    expect(r.findings.filter((f) => f.rule === "input.unreadable-value")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("another wording: 资金投向, two values repeated, the office and date in the last column", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["地区", "合计", "中央资金", "省级资金", "资金投向"],
      ["甲县", 100, 60, 40, "产业发展"],
      ["乙县", 50, 30, 20, "基础设施"],
      ["丙县", 80, 50, 30, "产业发展"],
      ["丁县", 70, 40, 30, "基础设施"],
      ["合计", 300, 180, 120, null],
      [null, null, null, null, "某市财政局"],
      [null, null, null, null, "2021年5月6日"],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(fields(t)[4]).toBe("category");
    expect(t.range.r1).toBe(6);
    expect(r.findings.filter((f) => f.rule === "input.unreadable-value")).toEqual([]);
  });

  it("guard: a use column naming each line apart stays no category; a lone text under the 合计 with no date is still read", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["县市", "资金合计", "中央资金", "支出方向"],
      ["甲县", 100, 100, "道路硬化"],
      ["乙县", 50, 50, "水渠修建"],
      ["合计", 150, 150, null],
      [null, null, "待定", null],
    ];
    const t = tables(values)[0];
    expect(fields(t)[3]).not.toBe("category");
    expect(t.range.r1).toBe(5);
  });

  it("guard: units of measure repeated under 单位 (个, 台 beside 数量) sort nothing", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "项目名称", "单位", "数量", "补助标准", "金额"],
      [1, "乡镇服务站", "个", 7, 8, 56],
      [2, "村级服务点", "个", 20, 2, 40],
      [3, "配送车辆", "台", 10, 8, 80],
      [4, "冷藏车辆", "台", 2, 15, 30],
      ["合计", null, null, null, null, 206],
    ];
    expect(fields(tables(values)[0])[2]).not.toBe("category");
  });
});

describe("composition: two tables stacked on one sheet, the second under a heading of its own", () => {
  // A balance sheet (收支平衡表) sets its revenue table over its spending table, each under its own
  // 项目 | 金额 heading with a total at its foot. A heading of the same columns but other words (支出项目
  // under 收入项目), or any heading under a title line of its own (二、一般公共预算支出), starts a second
  // table: only the same heading repeated with nothing over it is a page break's repeat.
  const rangesOf = (r: ReturnType<typeof run>) => r.tables.map((t) => [t.kind, t.range.r0 + 1, t.range.r1 + 1]);

  it("收入项目 | 金额 … 收入总量, a blank row, 支出项目 | 金额 … 支出总量 wrong: two tables, the slip found", () => {
    const values: Cell[][] = [
      ["某省2021年一般公共预算收支平衡表", null],
      [null, "单位：亿元"],
      ["收入项目", "金额"],
      ["一般公共预算收入", 100],
      ["上级补助收入", 50],
      ["收入总量", 150],
      [null, null],
      ["支出项目", "金额"],
      ["一般公共预算支出", 120],
      ["上解支出", 35],
      ["支出总量", 150],
    ];
    const r = run(values, ["A1:B1"]);
    expect(rangesOf(r)).toEqual([["composition", 3, 6], ["composition", 8, 11]]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B11"]);
  });

  it("收入 | 预算数 then at once 支出 | 预算数, no blank row: two tables", () => {
    const values: Cell[][] = [
      ["收入", "预算数"],
      ["税收收入", 80],
      ["非税收入", 20],
      ["合计", 100],
      ["支出", "预算数"],
      ["教育支出", 60],
      ["卫生健康支出", 45],
      ["合计", 100],
    ];
    const r = run(values);
    expect(rangesOf(r)).toEqual([["composition", 1, 4], ["composition", 5, 8]]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B8"]);
  });

  it("一、收入 / 二、支出 title lines, each over the same 项目 | 金额 heading: two tables", () => {
    const values: Cell[][] = [
      ["一、一般公共预算收入", null],
      ["项目", "金额"],
      ["税收收入", 80],
      ["非税收入", 20],
      ["合计", 100],
      ["二、一般公共预算支出", null],
      ["项目", "金额"],
      ["教育支出", 60],
      ["卫生健康支出", 45],
      ["合计", 100],
    ];
    const r = run(values);
    expect(rangesOf(r)).toEqual([["composition", 2, 5], ["composition", 7, 10]]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B10"]);
  });

  it("guard: an outline's section lines with their amounts (一、…收入 80, 二、…支出 60) stay one table", () => {
    const values: Cell[][] = [
      ["项目", "金额"],
      ["一、一般公共预算收入", 100],
      ["税收收入", 80],
      ["非税收入", 20],
      ["二、一般公共预算支出", 100],
      ["教育支出", 60],
      ["卫生健康支出", 40],
    ];
    const r = run(values);
    expect(rangesOf(r)).toEqual([["composition", 1, 7]]);
  });

  it("guard: the same 项目 | 金额 heading repeated after a blank row (a page break) continues the table", () => {
    const values: Cell[][] = [
      ["项目", "金额"],
      ["税收收入", 80],
      ["非税收入", 20],
      [null, null],
      ["项目", "金额"],
      ["教育支出", 60],
      ["合计", 160],
    ];
    const r = run(values);
    expect(rangesOf(r)).toEqual([["composition", 1, 7]]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
});

describe("register: a bare 类别 of kinds of firm is the category; a plain award column's 合计 foot is checked", () => {
  // A commendation list by firm (类别 国家创新型企业 / 国家创新型试点企业 / 省级创新型企业, a few repeated): the 类别
  // sorts the firms, the title's policy is the item, so one firm under two 类别 is the same award twice.
  const kinds = (foot: number, heading = "类别", unit = "奖励项目经费（万元）"): Cell[][] => [
    ["某省创新型企业项目经费奖励名单", null, null, null, null],
    ["序号", "企业名称", "所在设区市", heading, unit],
    [1, "甲通信科技有限公司", "福州市", "国家创新型企业", 50],
    [2, "乙环保装备有限公司", "龙岩市", "国家创新型企业", 50],
    [3, "丙智能装备有限公司", "福州市", "国家创新型试点企业", 50],
    [4, "丁纺织机械有限公司", "泉州市", "国家创新型试点企业", 50],
    [5, "戊电机有限公司", "宁德市", "省级创新型企业", 50],
    [6, "丙智能装备有限公司", "福州市", "省级创新型企业", 50],
    ["合计", null, null, null, foot],
  ];

  it("类别 of kinds of firm: category, one firm twice a duplicate, 合计 300 typed 250 a total slip", () => {
    const r = run(kinds(250), ["A1:E1", "A9:D9"]);
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)[3]).toBe("category");
    expect(ruleCells(r, "register.duplicate").map((c) => c?.replace(/^[A-Z]+/, ""))).toEqual(["8"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E9"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual(["E3"]);
  });

  it("a 类型 of kinds of firm in 元 with a 总计 foot typed right: category, no total slip", () => {
    const values = kinds(3_000_000, "类型", "奖励金额（元）").map((row, i) => (i >= 2 && i < 8 ? [...row.slice(0, 4), 500_000] : row));
    values[8] = ["总计", null, null, null, 3_000_000];
    const r = run(values, ["A1:E1", "A9:D9"]);
    expect(fields(r.tables[0])[3]).toBe("category");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("a foot within the rounding its figures show is no slip (12.35 + 7.65 + 0.005s shown to 2 decimals)", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "奖补项目", "核定金额（万元）"],
      [1, "甲有限公司", "技术改造奖补", 12.35],
      [2, "乙有限公司", "技术改造奖补", 7.65],
      [3, "丙有限公司", "研发投入奖补", 3.33],
      ["合计", null, null, 23.33],
    ];
    const r = run(values, ["A5:C5"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
    values[4] = ["合计", null, null, 23.43];
    expect(ruleCells(run(values, ["A5:C5"]), "composition.total-mismatch")).toEqual(["D5"]);
  });

  it("with no approved column the amount asked is the foot's column", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "申报项目", "申请金额（万元）"],
      [1, "甲有限公司", "技术改造奖补", 20],
      [2, "乙有限公司", "研发投入奖补", 30],
      ["合计", null, null, 60],
    ];
    const r = run(values, ["A4:C4"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D4"]);
  });

  it("guard: a bare 类别 naming awards (技术改造 / 研发投入 奖补) stays the item", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "类别", "金额（万元）"],
      [1, "甲有限公司", "技术改造奖补", 20],
      [2, "乙有限公司", "技术改造奖补", 20],
      [3, "丙有限公司", "研发投入奖补", 30],
      [4, "丁有限公司", "研发投入奖补", 30],
      [5, "甲有限公司", "研发投入奖补", 30],
    ];
    const t = run(values).tables[0];
    expect(fields(t)[2]).toBe("item");
  });

  it("guard: a 合计 under groups with 小计 rows is not checked against all the lines", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "奖补项目", "核定金额（万元）"],
      [1, "甲有限公司", "技术改造奖补", 20],
      [2, "乙有限公司", "技术改造奖补", 30],
      ["小计", null, null, 50],
      [3, "丙有限公司", "研发投入奖补", 10],
      ["小计", null, null, 10],
      ["合计", null, null, 60],
    ];
    const r = run(values, ["A4:C4", "A6:C6", "A7:C7"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
});

describe("geography: a fund's area named as a development zone of a known city or district", () => {
  const load: Parameters<typeof geographyFor>[2] = (p) => readAsset(p);
  test.each([
    ["南昌经济技术开发区", "city", "3601"],
    ["南昌经开区", "city", "3601"],
    ["赣州市经济技术开发区", "city", "3607"],
    ["长沙高新区", "city", "4301"],
    ["长沙国家高新技术产业开发区", "city", "4301"],
    ["闵行经济技术开发区", "district", "310112"],
  ])("%s is read as its %s (%s), and the audit says so", (setting, level, code) => {
    const g = geographyFor(setting, index(), load);
    expect(g.scope.level).toBe(level);
    expect(g.scope.code.startsWith(code)).toBe(true);
    expect(g.zone?.name).toBe(setting);
    const r = audit({ sheets: [grid([["企业名称", "金额"], ["甲公司", 1]])], settings: { today: "2023-12-31", district: setting }, geography: g });
    expect(r.notices?.map((n) => n.about)).toEqual(["district"]);
    expect(r.notices?.[0].message).toContain("开发区");
  });

  it("a place elsewhere is still outside the zone's city; one of the city's districts inside", () => {
    const g = geographyFor("南昌经济技术开发区", index(), load);
    const values: Cell[][] = [
      ["序号", "企业名称", "所在地", "奖励金额（万元）"],
      [1, "甲有限公司", "南昌市青山湖区", 10],
      [2, "乙有限公司", "赣州市章贡区", 10],
    ];
    const r = audit({ sheets: [grid(values)], settings: { today: "2023-12-31", district: "南昌经济技术开发区" }, geography: g });
    expect(ruleCells(r, "register.ineligible-location").map((c) => c?.replace(/^[A-Z]+/, ""))).toEqual(["3"]);
  });

  test.each(["某某经济技术开发区", "南昌经委", "火星高新区"])("guard: %s stays the one clear error", (setting) => {
    expect(() => geographyFor(setting, index(), load)).toThrow(/找不到区县/);
  });

  it("guard: a district or a listed statistical zone resolves as before, with no notice", () => {
    expect(geographyFor("浦东新区", index(), load).zone).toBeUndefined();
    expect(geographyFor("浦东新区", index(), load).scope.code).toBe("310115");
    expect(geographyFor("苏州工业园区", index(), load).zone).toBeUndefined();
  });
});


describe("register: what a firm actually paid (实际支付额, 实付金额) as the base of a rate, beside or without its contract", () => {
  // A subsidy reckoned on the money a firm paid under a contract (按技术交易合同企业实际支付额的20%): the list gives
  // that sum in a column of its own, left of the award. Linked by the catalog's words (its paid word may be another:
  // 实付 for 实际支付), or, with no rate item, by the award being a share of it; beside the contract's sum (合同金额 |
  // 实付金额) the sum actually paid is the base.
  it("按…技术交易合同企业实际支付额的20%，最高20万元 over 技术交易合同实际支付额（万元）: the rate checked on it", () => {
    const measures: Cell[][] = [
      ["序号", "奖补项目名称", "条款内容"],
      [1, "技术合同交易奖补", "按经登记的单个项目技术交易合同企业实际支付额的20%，给予企业最高20万元补助。"],
      [2, "研发机构建设补助", "对新认定的企业研发机构给予一次性补助10万元。"],
    ];
    const list: Cell[][] = [
      ["序号", "单位名称", "奖补项目名称", "技术交易合同实际支付额（万元）", "补助金额（万元）"],
      [1, "甲光电有限公司", "技术合同交易奖补", 80, 16],
      [2, "乙电气有限公司", "技术合同交易奖补", 50, 12],
      [3, "丙阀门有限公司", "研发机构建设补助", null, 10],
    ];
    const r = audit({ sheets: [grid(measures, [], "政策"), grid(list, [], "名单")], settings: { today: "2025-12-31" } });
    expect(fields(r.tables[1])).toEqual(["seq", "enterprise", "item", "base", "approved"]);
    // 20% × 50 = 10 < 12.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
  });

  it("按软件服务合同实际支付额的15% over 服务合同实付金额（元）: another paid word links the same base", () => {
    const measures: Cell[][] = [
      ["序号", "政策措施", "支持标准"],
      [1, "支持企业购买云服务", "按软件服务合同实际支付额的15%给予补助，单个企业最高不超过30万元。"],
    ];
    const list: Cell[][] = [
      ["企业名称", "政策措施", "服务合同实付金额（元）", "补助金额（元）"],
      ["甲科技有限公司", "支持企业购买云服务", 200000, 30000],
      ["乙软件有限公司", "支持企业购买云服务", 100000, 20000],
      // An award above the sum paid: no share of it, so only the catalog's words make the column the base.
      ["丙数据有限公司", "支持企业购买云服务", 10000, 15000],
    ];
    const r = audit({ sheets: [grid(measures, [], "措施"), grid(list, [], "名单")], settings: { today: "2024-12-31" } });
    expect(fields(r.tables[1])).toEqual(["enterprise", "item", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D3", "D4"]);
  });

  it("合同金额 | 实付金额 | 补贴金额, no catalog, the award a share of the paid: the paid is the base, the contract left aside", () => {
    const values: Cell[][] = [
      ["2023年度中小企业数字化改造拟补贴企业名单"],
      ["单位：万元"],
      ["序号", "企业名称", "合同金额", "实付金额", "补贴金额"],
      [1, "甲机械有限公司", 50, 40, 8],
      [2, "乙材料有限公司", 30, 25.6, 5.12],
      [3, "丙电子有限公司", 18, 18, 3.6],
    ];
    const r = run(values, ["A1:E1", "A2:E2"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", null, "base", "approved"]);
    expect(ruleCells(r, "register.paid-exceeds-award")).toEqual([]);
  });

  it("合同额 | 实际支付额 | 补助金额 in 元: the same, in other words", () => {
    const values: Cell[][] = [
      ["企业名称", "合同额（元）", "实际支付额（元）", "补助金额（元）"],
      ["甲公司", 300000, 250000, 50000],
      ["乙公司", 120000, 120000, 24000],
    ];
    const r = run(values);
    expect(fields(r.tables[0])).toEqual(["enterprise", null, "base", "approved"]);
  });

  it("guards: 合同金额 alone keeps its reading; a 实付金额 right of the award, below it, is no base", () => {
    const alone: Cell[][] = [
      ["企业名称", "合同金额", "补贴金额"],
      ["甲公司", 50, 10],
      ["乙公司", 30, 6],
    ];
    expect(fields(run(alone).tables[0])).toEqual(["enterprise", "base", "approved"]);
    const after: Cell[][] = [
      ["企业名称", "合同金额", "补贴金额", "实付金额"],
      ["甲公司", 50, 10, 5],
      ["乙公司", 30, 6, 6],
    ];
    expect(fields(run(after).tables[0])).toEqual(["enterprise", "base", "approved", null]);
    // Left of the award but above none of it: not a share, so not its base.
    const over: Cell[][] = [
      ["企业名称", "合同金额", "实付金额", "补贴金额"],
      ["甲公司", 50, 5, 10],
      ["乙公司", 30, 3, 6],
    ];
    expect(fields(run(over).tables[0])).toEqual(["enterprise", "base", null, "approved"]);
  });
});

describe("a budget-only table by level whose headings say 支出 (本级支出 | 补助支出 | 合计) under a budget's title", () => {
  // Under a title naming a budget (…支出预算安排表, 预算草案) with no execution words, 支出 in a heading names what
  // the money is for: the columns are the budget as first passed, the total after its parts checked across and down.
  const byLevel = (title: string, heads: string[]): Cell[][] => [
    [title, null, null, null],
    ["单位：亿元", null, null, null],
    heads,
    ["教育", 110.5, 30.2, 140.7],
    ["科学技术", 80.4, 9.6, 90],
    ["城乡社区事务", 60.3, 20.5, 90.8],
    ["合计", 251.2, 60.3, 311.5],
  ];
  const merges = ["A1:D1", "A2:D2"];

  it("市本级支出 | 市对区县补助支出 | 市级支出合计 under a 支出预算安排表: the budget and its parts, the 合计's slip found", () => {
    const values = byLevel("2012年某市市级重点支出预算安排表", ["项目", "市本级支出", "市对区县补助支出", "市级支出合计"]);
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget", "initialBudget", "initialBudget"]);
    expect(t.columns.map((c) => c.part?.of)).toEqual([undefined, 3, 3, undefined]);
    const r = run(values, merges, "2012-06-30");
    // 城乡社区事务's 合计 90.8 where 60.3 + 20.5 = 80.8, so the 合计 column's foot 311.5 misses its lines' 321.5.
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["D6", "D7"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
  });

  it("县本级支出 | 对乡镇转移支付支出 | 合计 under a 预算草案: 转移支付 is what the money is for, still the budget", () => {
    const values = byLevel("某县2024年重点支出预算草案", ["项目", "县本级支出", "对乡镇转移支付支出", "合计"]);
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget", "initialBudget", "initialBudget"]);
    const r = run(values, merges, "2024-06-30");
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["D6", "D7"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
  });

  it("guards: under a 决算 or 执行 title, or beside a budget column, 支出 stays money spent", () => {
    const heads = ["项目", "市本级支出", "市对区县补助支出", "市级支出合计"];
    for (const title of ["2012年某市市级重点支出决算表", "2012年某市市级重点支出预算执行情况表"]) {
      const [t] = tables(byLevel(title, heads), merges) as ExecutionTable[];
      expect(t.kind).toBe("execution");
      expect(fields(t)).toEqual(["category", "actual", "actual", "actual"]);
    }
    const values = byLevel("2012年某市重点支出预算安排表", ["项目", "预算数", "支出数", "执行率"]);
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate"]);
  });
});

describe("composition: projects with the body undertaking each named after it, no credit codes and nothing paid, are an allocation by project", () => {
  it("reads 项目名称 | 项目单位 | 总投资 over 其中 (专项资金 | 地方及企业自筹) as a composition, each total checked against its sources", () => {
    const values: Cell[][] = [
      ["某专项资金扶持项目表"],
      ["单位：万元"],
      ["序号", "项目名称", "项目单位", "总投资", "其中", null],
      [null, null, null, null, "省级专项资金", "地方及企业自筹"],
      [1, "甲园区孵化中心建设项目", "甲园区管理有限公司", 800, 300, 500],
      [2, "乙度假区基础设施建设项目", "乙旅游开发有限公司", 600, 200, 300],
      ["合计", null, null, 1400, 500, 800],
    ];
    const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "A7:C7"];
    const r = run(values, merges);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 6)).toEqual(["item", null, "amount", "amount", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["D6", "D7"]);
  });

  it("reads 项目名称 | 项目承担单位 | 总投资 | 其中：市级补助 | 企业自筹 the same way, with no 序号", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目名称", "项目承担单位", "总投资", "其中：市级补助资金", "企业自筹资金"],
      ["丙生产线改造项目", "丙制造有限公司", 1000, 100, 900],
      ["丁仓储设施项目", "丁物流有限公司", 580, 60, 500],
      ["合计", null, 1580, 160, 1400],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)[0]).toBe("item");
    expect(fields(t)[1]).toBeNull();
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["C4", "C5"]);
  });

  it("reads a final payment sent down by town (区镇 | 项目编号 | 项目名称 | 项目承担单位 | 下达尾款) as a composition, its 小计 checked", () => {
    const values: Cell[][] = [
      ["某批科技计划项目验收尾款下达表"],
      ["单位：万元"],
      ["序号", "区镇", "项目编号", "项目名称", "项目承担单位", "下达尾款"],
      [1, "甲开发区", "KJ2022001", "伺服驱动芯片研发", "甲微电子有限公司", 20],
      [2, "甲开发区", "KJ2022002", "热管理部件研发", "乙热能科技有限公司", 24],
      [null, "甲开发区小计", null, null, null, 44],
      [3, "乙高新区", "KJ2022003", "特种光纤制备技术研发", "丙光纤材料有限公司", 16],
      [4, "乙高新区", "KJ2022004", "精密减速器研发", "丁智能传动有限公司", 20],
      [null, "乙高新区小计", null, null, null, 30],
      ["合计", null, null, null, null, 80],
    ];
    const r = run(values, ["A10:E10"]);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1)).toEqual(["category", "code", "item", null, "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["F9"]);
  });

  it("reads 镇街 | 项目名称 | 项目单位 | 验收尾款 as a composition too", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "镇街", "项目名称", "项目单位", "验收尾款"],
      [1, "东镇", "智能装备研发", "戊装备有限公司", 30],
      [2, "西镇", "新材料中试", "己材料有限公司", 25],
      ["合计", null, null, null, 50],
    ];
    const r = run(values, ["A5:D5"]);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)[2]).toBe("item");
    expect(fields(t)[4]).toBe("amount");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E5"]);
  });

  it("guard: the same list with each undertaker's credit code is a register of payees", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "项目名称", "承担单位", "统一社会信用代码", "拟安排资金"],
      [1, "储能材料界面机理研究", "甲新材料有限公司", "91440101MA59XXXX1A", 150],
      [2, "高效光伏器件基础研究", "乙光电有限公司", "91440101MA59XXXX2B", 100],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 3)).toEqual(["project", "enterprise"]);
  });

  it("guard: the list paying each project's undertaker beside its award (下达资金 | 本次拨付) stays a register", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "项目名称", "项目单位", "下达资金", "本次拨付"],
      [1, "甲道路改建工程", "甲建设有限公司", 255, 100],
      [2, "乙污水管网工程", "乙环保有限公司", 180, 90],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 3)).toEqual(["project", "enterprise"]);
  });

  it("guard: a project's award beside its total investment, no owners' money after it (总投资 | 支持资金), stays a register", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "项目名称", "项目单位", "总投资", "支持资金"],
      [1, "甲生产线技术改造", "甲机械有限公司", 2400, 300],
      [2, "乙仓储物流中心", "乙物流有限公司", 1800, 200],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 5)).toEqual(["project", "enterprise", "base", "approved"]);
  });
});

describe("selfeval: the form's head fields (中央主管部门 | 财政部) merged like sections stay above the money block", () => {
  // A transfer-payment form's head: each label and its value merged across columns, so the row
  // looks like a row of sections; the header is the money block's heading row below them.
  const form = (head: Cell[][]): Cell[][] => [
    ["某项目绩效目标自评表", null, null, null, null, null, null],
    ["（2020年度）", null, null, null, null, null, null],
    ...head,
    ["资金情况（万元）", null, null, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）", null],
    [null, "年度资金总额：", null, 1000, 950, "100%", null],
    [null, "其中：中央财政资金", null, 1000, 950, "95%", null],
    [null, "其他资金", null, "—", "—", "—", null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值", "未完成原因和改进措施"],
    [null, "产出指标", "数量指标", "补贴户数", "≥100户", "105户", null],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", null],
  ];
  const money = (top: number) => [`A${top}:A${top + 3}`, `B${top}:C${top}`, `B${top + 1}:C${top + 1}`, `B${top + 2}:C${top + 2}`, `B${top + 3}:C${top + 3}`, `A${top + 4}:A${top + 6}`];

  it("reads a 中央主管部门 | 财政部 row, both merged, as the head, not the header's first row", () => {
    const values = form([
      ["转移支付（项目）名称", null, "某区2019-2020年度供热补贴项目", null, null, null, null],
      ["中央主管部门", null, "财政部", null, null, null, null],
      ["地方主管部门", null, "某区财政局", null, "资金使用单位", "某区城市管理委员会", null],
    ]);
    const merges = ["A1:G1", "A2:G2", "A3:B3", "C3:G3", "A4:B4", "C4:G4", "A5:B5", "C5:D5", "F5:G5", ...money(6)];
    const r = run(values, merges);
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect(r.tables[0].range.r0).toBe(5);
    expect(ruleCells(r, "selfeval.rate-mismatch")).toEqual(["F7"]);
  });

  it("reads a 县级主管部门 | 某局 row alone above the block the same way", () => {
    const values = form([
      ["项目名称", null, "某县2021年度农村供水保障项目", null, null, null, null],
      ["县级主管部门", null, "水利局", null, null, null, null],
    ]);
    const merges = ["A1:G1", "A2:G2", "A3:B3", "C3:G3", "A4:B4", "C4:G4", ...money(5)];
    const r = run(values, merges);
    expect(r.tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect(r.tables[0].range.r0).toBe(4);
    expect(ruleCells(r, "selfeval.rate-mismatch")).toEqual(["F6"]);
  });

  it("guard: a row of sections merged over the fields below (项目基本情况 | 项目资金情况) still heads them", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目基本情况", null, "项目资金情况", null],
      ["项目名称", "实施单位", "预算数", "执行数"],
      ["甲项目", "甲单位", 100, 80],
      ["乙项目", "乙单位", 50, 50],
    ];
    const [t] = tables(values, ["A2:B2", "C2:D2"]);
    expect(t.range.r0).toBe(1);
  });
});

describe("composition: the counties a programme chose (试点县, 示范县) under their city, written on its first row only", () => {
  // 市 | 试点县（市、区） | 目标 | 补助资金: the city is written on the first of its counties, a 小计 (in the county
  // column) closes a city of several; the county names every line, the city groups them, each 小计 sums its own.
  it("试点县（市、区）, the city merged down over its counties and 小计, a slip in one 小计 found once", () => {
    const values: Cell[][] = [
      ["2018年某省试点县补助资金分配表"],
      ["序号", "市", "试点县（市、区）", "目标（万吨）", "补助资金（万元）"],
      [1, "甲市", "子县", 40, 1000],
      [2, "乙市", "丑县", 45, 1200],
      [3, null, "寅县", 40, 1000],
      [null, null, "小计", 85, 2200],
      [4, "丙市", "卯区", 40, 1000],
      [5, null, "辰县", 35, 1000],
      [null, null, "小计", 75, 2100],
      [6, "丁市", "巳县", 30, 800],
      ["合计", null, null, 270, 6000],
    ];
    const r = run(values, ["B4:B6", "B7:B9", "A11:C11"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition"]);
    expect(fields(r.tables[0])).toEqual(["seq", "category", "item", "quantity", "amount"]);
    // 丙市: 1,000 + 1,000 = 2,000 against 2,100; the 合计 agrees with the lines.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E9"]);
  });

  it("示范县（市）, no 序号, the city on its first row only, a wrong 合计 last", () => {
    const values: Cell[][] = [
      ["市", "示范县（市）", "下达资金（万元）"],
      ["甲市", "子县", 300],
      [null, "丑县", 200],
      [null, "小计", 500],
      ["乙市", "寅县", 150],
      ["丙市", "卯县", 100],
      [null, "辰县", 120],
      [null, "小计", 220],
      ["合计", null, 900],
    ];
    const r = run(values);
    expect(fields(r.tables[0])).toEqual(["category", "item", "amount"]);
    // 500 + 150 + 220 = 870 against 900.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C9"]);
  });

  it("guard: a count of a city's chosen counties (试点县个数) is no line: the city stays the line", () => {
    const values: Cell[][] = [
      ["市", "试点县个数", "补助资金（万元）"],
      ["甲市", 2, 2000],
      ["乙市", 1, 1000],
      ["丙市", 3, 2500],
      ["合计", 6, 5500],
    ];
    const r = run(values);
    expect(fields(r.tables[0])[0]).toBe("item");
    expect(fields(r.tables[0])[1]).not.toBe("item");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });
});

describe("geography: a fund's area named by a county's former name or code", () => {
  // Publications from before a renaming write the old name (九江县, made 柴桑区 in 2017): it resolves to the district
  // holding its area now (the list in scripts/geo/name-aliases.json), and the audit says so.
  const load: Parameters<typeof geographyFor>[2] = (p) => readAsset(p);
  test.each(["九江县", "江西省九江县", "九江市九江县", "360421"])("%s is read as 柴桑区 (360404), with a notice", (setting) => {
    const g = geographyFor(setting, index(), load);
    expect(g.scope).toMatchObject({ level: "district", code: "360404" });
    const r = audit({ sheets: [grid([["企业名称", "金额"], ["甲公司", 1]])], settings: { today: "2023-12-31", district: setting }, geography: g });
    expect(r.notices?.map((n) => n.about)).toEqual(["district"]);
    expect(r.notices?.[0].message).toContain("江西省九江市柴桑区");
    expect(r.notices?.[0].message).toContain("2017");
  });

  it("a merged district's former name gets the notice too (闸北区 → 静安区), without a year the list does not state", () => {
    const g = geographyFor("闸北区", index(), load);
    expect(g.scope.code).toBe("310106");
    expect(g.former?.because["zh-CN"]).toContain("上海市静安区");
  });

  it("the county's towns are inside; a town of another district of the city is outside", () => {
    const g = geographyFor("九江县", index(), load);
    const values: Cell[][] = [
      ["序号", "企业名称", "所在乡镇", "奖励金额（万元）"],
      [1, "甲有限公司", "马回岭镇", 10],
      [2, "乙有限公司", "港口街镇", 10],
      [3, "丙有限公司", "九江市浔阳区", 10],
    ];
    const r = audit({ sheets: [grid(values)], settings: { today: "2023-12-31", district: "九江县" }, geography: g });
    expect(ruleCells(r, "register.ineligible-location").map((c) => c?.replace(/^[A-Z]+/, ""))).toEqual(["4"]);
  });

  it("guard: 九江 alone is still the city, not the former county; the current name has no notice", () => {
    expect(geographyFor("九江", index(), load).scope).toMatchObject({ level: "city", code: "3604" });
    expect(geographyFor("柴桑区", index(), load).former).toBeUndefined();
  });

  test.each(["九江乡", "某某县", "360499"])("guard: an unknown name or code (%s) stays the one clear error", (setting) => {
    expect(() => geographyFor(setting, index(), load)).toThrow(/找不到区县/);
  });
});

describe("a catalog column naming the document each item comes from (政策来源 | 《…措施》)", () => {
  const catalog = (heading: string, docs: string[]): Cell[][] => [
    ["扶持条款"],
    ["序号", "支持事项", "支持标准", heading],
    [1, "市级专精特新企业奖励", "对首次认定的市级专精特新企业，给予20万元奖励。", docs[0]],
    [2, "新引进企业租金补贴", "对新引进企业给予租金补贴，最高500万元。", docs[1]],
  ];

  it.each([
    ["政策来源", ["《某区促进高精尖产业发展扶持措施（试行）》", "《某区促进高精尖产业发展扶持措施（试行）》"]],
    ["来源", ["《某区促进高精尖产业发展扶持措施》第五条", "《某区招商引资若干措施》第三条"]],
    ["出处", ["《某区促进高精尖产业发展扶持措施》", "《某区招商引资若干措施》"]],
  ])("%s is the document", (heading, docs) => {
    const t = tables(catalog(heading, docs))[0];
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["seq", "item", "standard", "document"]);
  });

  it("guard: a 资金来源 column of who pays is no document", () => {
    const t = tables(catalog("资金来源", ["区级财政", "区级财政"]))[0];
    expect(t.kind).toBe("catalog");
    expect(fields(t)[3]).not.toBe("document");
  });
});

describe("a list titled by place and catalog item, rates by band of investment, the equipment its base", () => {
  // The catalog's standard gives rates by band of the project's investment and an overall maximum; the list
  // gives the investment (项目固定资产投资总额) and, after it, the equipment the rate is of: one figure and
  // another, no total and its part.
  const clause: Cell[][] = [
    ["支持办法（摘录）"],
    ["条款", "支持事项", "支持标准"],
    [
      "第三条",
      "先进制造业项目设备投资补贴",
      "新引进固定资产投资1亿元以上的项目，按照新购设备实际投资额给予不超过10%的补贴，其中：1亿元≤项目固定资产投资总额<3亿元，补贴额度为新购设备投资额的5%；3亿元≤项目固定资产投资总额<5亿元，补贴额度为新购设备投资额的8%；项目固定资产投资总额≥5亿元，补贴额度为新购设备投资额的10%，最高2亿元。",
    ],
  ];
  const list = (title: string, heads: [string, string]): Cell[][] => [
    [title],
    [null, null, null, null, "单位：万元"],
    ["序号", "企业名称", heads[0], heads[1], "补贴金额"],
    [1, "甲智造装备有限公司", 25000, 8000, 400],
    [2, "乙合成生物有限公司", 80000, 15000, 2000],
    [3, "丙重型装备有限公司", 300000, 250000, 22000],
  ];
  const audited = (title: string, heads: [string, string]) =>
    audit({ sheets: [grid(clause, ["A1:C1"], "支持条款"), grid(list(title, heads), ["A1:E1"], "补贴名单")], settings: { today: "2023-12-31" } });

  it.each([
    ["某示范区先进制造业项目设备投资补贴拟兑现名单", ["项目固定资产投资总额", "新购设备投资额"]],
    ["2023年某区先进制造业项目设备投资补贴公示名单", ["计划固定资产投资总额", "设备投资额"]],
  ] as [string, [string, string]][])("%s: the item from its title, the rate and the maximum checked", (title, heads) => {
    const r = audited(title, heads);
    const t = r.tables.find((x) => x.sheet === "补贴名单") as RecognisedTable;
    expect(fields(t).slice(2, 5)).toEqual([null, "base", "approved"]);
    expect(r.findings.filter((f) => f.sheet === "补贴名单" && f.rule.startsWith("cap.")).map((f) => [f.rule, f.cell])).toEqual([
      ["cap.rate-exceeded", "E5"],
      ["cap.exceeded", "E6"],
    ]);
  });

  it("guard: a 小计 before two amounts of one field is still their total", () => {
    const t = tables([
      ["单位：万元"],
      ["序号", "区镇", "小计", "2023年补助资金", "2022年补助资金"],
      [1, "东镇", 50, 30, 20],
      [2, "西镇", 40, 25, 15],
    ])[0];
    expect(t.columns[2].field).not.toBeNull();
    expect(t.columns[3].part?.of).toBe(2);
  });
});

describe("composition: government departments heading the projects they run, no credit codes, are an allocation by project grouped by body", () => {
  it("reads 单位名称 (省…厅, 省…委, 省…会, merged down) | 会展项目名称 | 分配金额 as a composition: no duplicate for a body running two, the foot checked", () => {
    const values: Cell[][] = [
      ["项目奖励资金分配表", null, null, null],
      ["序号", "单位名称", "会展项目名称", "分配金额（万元）"],
      [1, "省商务厅", "第三届国际消费品展览会", 300],
      [2, "省贸促会", "国际创意设计推广周", 60],
      [3, null, "国际海洋产业博览会", 180],
      [4, "省卫生健康委", "国际健康产业博览会", 400],
      [5, "省农业农村厅", "冬季农产品交易会", 250],
      [6, null, "热带农业博览会", 120],
      ["合计", null, null, 1320],
    ];
    const merges = ["A1:D1", "B4:B5", "B7:B8", "A9:C9"];
    const r = run(values, merges);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "amount"]);
    expect(ruleCells(r, "register.duplicate")).toEqual([]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D9"]);
  });

  it("reads 单位 (市…局, each written out) | 项目名称 | 奖励资金 the same way", () => {
    const values: Cell[][] = [
      ["某市2022年节会活动奖励资金安排表"],
      ["单位：万元"],
      ["单位", "项目名称", "奖励资金"],
      ["市文化广电旅游局", "国际旅游节", 80],
      ["市文化广电旅游局", "美食文化节", 40],
      ["市农业农村局", "农民丰收节", 30],
      ["市体育局", "城市马拉松", 50],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "amount"]);
    expect(ruleCells(r, "register.duplicate")).toEqual([]);
  });

  it("guard: firms heading their projects (…有限公司 | 项目名称 | 奖励资金) stay a register", () => {
    const values: Cell[][] = [
      ["某市2022年节会活动奖励资金安排表"],
      ["单位：万元"],
      ["单位", "项目名称", "奖励资金"],
      ["甲会展服务有限公司", "国际旅游节", 80],
      ["乙文化传媒有限公司", "美食文化节", 40],
      ["丙体育发展有限公司", "城市马拉松", 50],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["enterprise", "project", "approved"]);
  });

  it("guard: departments with their credit codes are the payees of a register", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["单位名称", "统一社会信用代码", "项目名称", "奖励资金"],
      ["省商务厅", "11460000MB0000001X", "国际消费品展览会", 300],
      ["省贸促会", "11460000MB0000002X", "国际创意设计推广周", 60],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)[0]).toBe("enterprise");
  });
});

describe("targets and selfeval: a weight written as a percentage (权重 30%) is that many points of 100", () => {
  it("reads 权重 30% in a target table with no unreadable 分值 and no weights finding when no heading states points", () => {
    const values: Cell[][] = [
      ["项目绩效目标表"],
      ["一级指标", "二级指标", "三级指标", "指标值", "权重", "指标方向性"],
      ["产出指标", "数量指标", "奖励项目数", "7个", "30%", "正向指标"],
      [null, "时效指标", "资金拨付完成时间", "12月", "20%", "反向指标"],
      ["效益指标", "经济效益指标", "带动关联消费", "≥50亿元", "30%", "正向指标"],
      ["满意度指标", "服务对象满意度指标", "参展单位满意度", "≥90%", "10%", "正向指标"],
    ];
    const r = run(values, ["A1:F1", "A3:A4"]);
    const t = r.tables.find((x) => x.kind === "targets") as RecognisedTable & { rows: { weight?: { value: number } | null }[] };
    expect(t).toBeDefined();
    expect(t.rows.map((row) => row.weight?.value)).toEqual([30, 20, 30, 10]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    expect(ruleCells(r, "selfeval.weights")).toEqual([]);
  });

  it("checks percentages against a heading's points (年度绩效目标（90分）): 30% + 20% + 20% + 10% is 80 of 90", () => {
    const values: Cell[][] = [
      ["年度绩效目标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值"],
      [null, "产出指标", "数量指标", "新建蓄水池", "2座", "30%"],
      [null, null, "质量指标", "验收合格率", "100%", "20%"],
      [null, "效益指标", "社会效益指标", "受益人口", "≥300人", "20%"],
      [null, "满意度指标", "服务对象满意度", "群众满意度", "≥90%", "10%"],
    ];
    const r = run(values, ["A1:A5", "B2:B3"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["targets"]);
    expect(ruleCells(r, "selfeval.weights")).toEqual(["A1"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("reads a self-evaluation form's 分值 written as percentages, checked to add up to 100", () => {
    const form = (w: string[], total: number): Cell[][] => [
      ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
      ["（2022年度）", null, null, null, null, null, null, null, null],
      ["项目名称", "专项资金项目", null, null, null, null, null, null, null],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
      [null, "年度资金总额", 100, 100, 80, "10%", "80.00%", 8, null],
      [null, "其中：当年财政拨款", 100, 100, 80, null, null, null, null],
      [null, "上年结转资金", null, null, null, null, null, null, null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      [null, "产出指标", "数量指标", "扶持企业数", "≥20家", "22家", w[0], 25, null],
      [null, null, "质量指标", "资金使用合规率", "100%", "100%", w[1], 25, null],
      [null, "满意度指标", "满意度指标", "企业满意度", "≥90%", "93%", w[2], 25, null],
      [null, "总分", null, null, null, null, 100, total, null],
    ];
    const merges = ["A1:I1", "A2:I2", "B3:I3", "A4:B4", "A5:A7", "A8:A12"];
    const ok = run(form(["30%", "30%", "30%"], 83), merges);
    expect(ok.tables.some((t) => t.kind === "selfeval")).toBe(true);
    expect(ruleCells(ok, "input.unreadable-value")).toEqual([]);
    expect(ruleCells(ok, "selfeval.weights")).toEqual([]);
    const short = run(form(["30%", "30%", "25%"], 83), merges);
    expect(ruleCells(short, "selfeval.weights")).toEqual(["G12"]);
  });
});

describe("register: a list naming villages as pilots or models (…试点村名单, …示范村名单, 创建名单) with an award is a register of the villages", () => {
  it("reads 县（市、区） (merged down) | 试点村 | 省级补贴资金 under a 试点村名单 title: the village the payee, a village listed twice a duplicate, the title's policy reported once", () => {
    const values: Cell[][] = [
      ["某省2020年度美丽乡村建设试点村名单（某市）", null, null, null],
      ["序号", "县（市、区）", "试点村", "省级补贴资金（万元）"],
      [1, "甲县", "东镇河口村", 300],
      [2, "乙区", "西乡山前村", 300],
      [3, null, "南镇岭下村", 300],
      [4, "丙县", "北镇湖边村", 300],
      [5, "乙区", "西乡山前村", 300],
      ["合计", null, null, 1500],
    ];
    const r = run(values, ["A1:D1", "B4:B5", "A8:C8"]);
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "approved"]);
    expect(ruleCells(r, "register.duplicate").map((c) => c?.replace(/[A-Z]+/, ""))).toEqual(["7"]);
    expect(ruleCells(r, "cap.unknown-policy")).toHaveLength(1);
  });

  it("reads 乡镇 | 村 | 奖补资金 under a …示范村创建名单 title the same way", () => {
    const values: Cell[][] = [
      ["某县2021年乡村振兴示范村创建名单"],
      ["单位：万元"],
      ["序号", "乡镇", "村", "奖补资金"],
      [1, "东镇", "河口村", 50],
      [2, "西乡", "山前村", 50],
      [3, "南镇", "岭下村", 50],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "approved"]);
  });

  it("guard: money among villages by county and town under an allocation's title (…示范村奖补资金分配表) stays a composition", () => {
    const values: Cell[][] = [
      ["某市2021年美丽乡村示范村奖补资金分配表"],
      ["单位：万元"],
      ["序号", "县（市、区）", "乡镇", "村", "分配资金"],
      [1, "甲县", "东镇", "河口村", 50],
      [2, "甲县", "西乡", "山前村", 50],
      [3, "乙县", "南镇", "岭下村", 50],
      ["合计", null, null, null, 150],
    ];
    const t = run(values, ["A7:D7"]).tables[0];
    expect(t.kind).toBe("composition");
  });

  it("guard: a 创建名单 of counties with money names no village: it keeps its reading as an allocation", () => {
    const values: Cell[][] = [
      ["某省2021年乡村振兴示范县创建名单"],
      ["单位：万元"],
      ["序号", "县（市、区）", "奖补资金"],
      [1, "甲县", 500],
      [2, "乙县", 500],
      ["合计", null, 1000],
    ];
    const t = run(values, ["A6:B6"]).tables[0];
    expect(t.kind).toBe("composition");
  });
});

describe("composition: the city written right of each county (县 | 所属市（州）) is the allocation's category", () => {
  it("reads 序号 | 县 | 所属市（州） | 贫困村（个） | 补助资金（万元） | 备注: the city groups the counties, the 合计 still checked", () => {
    const values: Cell[][] = [
      ["某省革命老区扶贫资金分配表"],
      ["序号", "县", "所属市（州）", "贫困村（个）", "补助资金（万元）", "备注"],
      [1, "甲县", "东市", 14, 2000, "基础设施"],
      [2, "乙县", "西市", 11, 1550, "特色产业"],
      [3, "丙县", "东市", 11, 1650, "特色产业"],
      ["合计", null, null, 36, 5100, null],
    ];
    const r = run(values, ["A6:C6"]);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "category", "quantity", "amount", null]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E6"]);
  });

  it("reads 县（市、区） | 所在市 | 下达资金 and 县区 | 所属州 | 分配金额 the same way", () => {
    const a: Cell[][] = [
      ["单位：万元"],
      ["县（市、区）", "所在市", "下达资金"],
      ["甲县", "东市", 300],
      ["乙区", "东市", 200],
      ["丙县", "西市", 100],
      ["合计", null, 600],
    ];
    expect(fields(tables(a)[0])).toEqual(["item", "category", "amount"]);
    const b: Cell[][] = [
      ["某省2023年资金分配表"],
      ["单位：万元"],
      ["序号", "县区", "所属州", "分配金额"],
      [1, "甲县", "东州", 80],
      [2, "乙县", "南州", 70],
      ["合计", null, null, 150],
    ];
    const t = tables(b, ["A6:C6"])[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "category", "amount"]);
  });

  it("guard: a use repeated beside the counties (县（市、区） | 所属市 | 资金用途) stays the one category; the city is left unread", () => {
    const values: Cell[][] = [
      ["某省老区乡村振兴项目资金分配表"],
      ["单位：万元"],
      ["序号", "县（市、区）", "所属市", "资金用途", "下达资金"],
      [1, "甲县", "东市", "示范区建设", 4000],
      [2, "乙县", "西市", "示范区建设", 4000],
      [3, "丙县", "南市", "示范区建设", 4000],
      [4, "丁县", "北市", "巩固提升", 800],
      ["合计", null, null, null, 12800],
    ];
    const t = tables(values, ["A8:D8"])[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", null, "category", "amount"]);
  });

  it("guard: an award list of counties (…奖励名单: 县（市、区） | 所属市（州） | 奖励金额) stays a register, the city its place", () => {
    const values: Cell[][] = [
      ["某省2022年乡村振兴先进县奖励名单"],
      ["序号", "县（市、区）", "所属市（州）", "奖励金额（万元）"],
      [1, "甲县", "东市", 500],
      [2, "乙县", "西市", 500],
      [3, "丙县", "东市", 500],
    ];
    const t = tables(values)[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "approved"]);
  });
});

describe("composition: one 合计 broken down two ways under 按…分 label rows of their own", () => {
  it("checks each breakdown (一、按投资性质分 / 二、按项目领域分) against the 合计 alone: nothing to report", () => {
    const values: Cell[][] = [
      ["某区2026年项目投资计划汇总表"],
      [null, null, null, "单位：个、亿元"],
      ["类别", "项目个数", "总投资", "年度计划投资"],
      ["合计", 20, 50.5, 20.4],
      ["一、按投资性质分", null, null, null],
      ["政府投资项目", 12, 30.2, 12.1],
      ["社会投资项目", 8, 20.3, 8.3],
      ["二、按项目领域分", null, null, null],
      ["产业项目", 9, 25.0, 10.0],
      ["基础设施项目", 6, 15.5, 6.4],
      ["民生项目", 5, 10.0, 4.0],
    ];
    const r = run(values, ["A1:D1", "A5:D5", "A8:D8"]);
    expect(r.tables[0].kind).toBe("composition");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("reports a slip inside one breakdown (（二）按资金来源分：, the 合计 last) at the 合计, in that column only", () => {
    const values: Cell[][] = [
      ["某县专项资金分配汇总"],
      ["单位：万元"],
      ["项目类别", "分配资金"],
      ["（一）按支持方向分：", null],
      ["设备更新", 300],
      ["技术改造", 500],
      ["（二）按资金来源分：", null],
      ["中央资金", 600],
      ["省级资金", 250],
      ["合计", 800],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("composition");
    const found = r.findings.filter((f) => f.rule === "composition.total-mismatch");
    expect(found.map((f) => f.cell)).toEqual(["B10"]);
    // The sum reported is the slipped breakdown's own (850), never both added (1,650).
    expect(found[0].expected).toBe(8500000);
  });

  it("reports the slip in the first breakdown of the 合计-first table too", () => {
    const values: Cell[][] = [
      ["类别", "项目个数", "总投资", "年度计划投资"],
      ["合计", 20, 50.5, 20.4],
      ["一、按投资性质分", null, null, null],
      ["政府投资项目", 12, 30.2, 12.1],
      ["社会投资项目", 8, 20.3, 9.3],
      ["二、按项目领域分", null, null, null],
      ["产业项目", 9, 25.0, 10.0],
      ["基础设施项目", 6, 15.5, 6.4],
      ["民生项目", 5, 10.0, 4.0],
    ];
    const r = run(values);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D2"]);
  });

  it("guard: ordinary 一、/二、 category rows whose lines add up to the 合计 together keep that reading", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "金额"],
      ["合计", 1000],
      ["一、产业发展", null],
      ["设备更新", 300],
      ["技术改造", 200],
      ["二、民生保障", null],
      ["住房改造", 400],
      ["饮水工程", 100],
    ];
    const ok = run(values);
    expect(ruleCells(ok, "composition.total-mismatch")).toEqual([]);
    // Each category alone is half the 合计: never taken as a breakdown of it.
    const slipped = values.map((row) => (row[0] === "饮水工程" ? ["饮水工程", 150] : row));
    expect(ruleCells(run(slipped), "composition.total-mismatch")).toEqual(["B3"]);
  });
});

describe("register: a column read as the item, none of its values in the catalog, under a title naming one catalog item", () => {
  // The column names each firm's own equipment or product (首台（套）装备名称, 软件名称): the title's item is the
  // policy, the column the firm's project, so the cap is checked rather than every row reported as unknown.
  const insured = { name: "目录", origin: "file" as const, items: [{ name: "重大技术装备首台套保险补偿", code: null, category: null, capType: "rate" as const, capAmount: null, rate: 0.8, base: "实缴保费", document: null, year: null }] };
  const software = { name: "目录", origin: "file" as const, items: [{ name: "首版次软件产品奖励", code: null, category: null, capType: "max" as const, capAmount: 1_000_000, rate: null, document: null, year: null }] };
  const equipment: Cell[][] = [
    ["某市2023年产业发展资金（重大技术装备首台套保险补偿资金）分配表"],
    [null, null, null, null, "单位：万元"],
    ["序号", "企业名称", "首台（套）装备名称", "实缴保费", "补贴资金"],
    [1, "甲重工有限公司", "大型堆料机", 100, 80],
    [2, "乙机床有限公司", "五轴加工中心", 50, 45],
    [3, "丙电气有限公司", "高压变频装置", 20, 16],
  ];

  it("首台（套）装备名称 | 实缴保费 | 补贴资金: the equipment is the firm's project, the rate of the premium checked", () => {
    const r = audit({ sheets: [grid(equipment)], catalog: insured, settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "project", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("软件名称 under a 名单 naming the item: the software is the project, the maximum checked", () => {
    const values: Cell[][] = [
      ["2024年度首版次软件产品奖励资金拟支持名单"],
      ["序号", "申报单位", "软件名称", "奖励金额（万元）"],
      [1, "甲科技有限公司", "智慧水务管理平台V2.0", 80],
      [2, "乙软件有限公司", "工业设计仿真系统V1.0", 120],
    ];
    const r = audit({ sheets: [grid(values)], catalog: software, settings: { today: "2024-12-31" } });
    const t = r.tables[0];
    expect(t.columns.find((c) => c.col === 2)?.field).toBe("project");
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("guard: with no catalog loaded the column keeps its reading", () => {
    const r = audit({ sheets: [grid(equipment)], settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "item", "base", "approved"]);
  });

  it("guard: a column some of whose values are catalog items stays the item, its unknown rows reported", () => {
    const two = { ...insured, items: [...insured.items, { name: "首台套推广应用奖励", code: null, category: null, capType: "max" as const, capAmount: 500_000, rate: null, base: null, document: null, year: null }] };
    const values: Cell[][] = [
      ["某市2023年（重大技术装备首台套保险补偿资金）分配表"],
      [null, null, null, null, "单位：万元"],
      ["序号", "企业名称", "补贴政策名称", "实缴保费", "补贴资金"],
      [1, "甲重工有限公司", "重大技术装备首台套保险补偿", 100, 80],
      [2, "乙机床有限公司", "首台套推广应用奖励", null, 45],
      [3, "丙电气有限公司", "首台套技术攻关补助", null, 16],
    ];
    const r = audit({ sheets: [grid(values)], catalog: two, settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])[2]).toBe("item");
    expect(ruleCells(r, "cap.unknown-policy")).toEqual(["C6"]);
  });

  it("guard: a title naming two catalog items leaves the column as it is read", () => {
    const two = { ...software, items: [...software.items, { name: "首台套装备奖励", code: null, category: null, capType: "max" as const, capAmount: 1_000_000, rate: null, document: null, year: null }] };
    const values: Cell[][] = [
      ["2024年度首版次软件产品奖励和首台套装备奖励资金拟支持名单"],
      ["序号", "申报单位", "软件名称", "奖励金额（万元）"],
      [1, "甲科技有限公司", "智慧水务管理平台V2.0", 80],
      [2, "乙软件有限公司", "工业设计仿真系统V1.0", 120],
    ];
    const r = audit({ sheets: [grid(values)], catalog: two, settings: { today: "2024-12-31" } });
    expect(r.tables[0].columns.find((c) => c.col === 2)?.field).toBe("item");
  });
});

describe("composition: line labels merged across the columns of a header merged over them, another table below", () => {
  // The table below is headed 序号 | 地区 | 合计 | …: its header is no line of the table above, nor are its lines
  // values of the columns above (they would put names in the merged label's second column).
  it("reads 项目 merged over A:B, its labels merged A:B likewise, in the span's first column (with a growth column)", () => {
    const values: Cell[][] = [
      [null, null, null, "单位：亿元"],
      ["表一　补助资金", null, null, null],
      ["项目", null, "金额", "同比增长"],
      ["补助资金合计", null, 300, "5.1%"],
      ["其中：一般性转移支付", null, 180, null],
      ["　　　专项转移支付", null, 120, null],
      [null, null, null, null],
      ["表二　下达各市补助资金", null, null, null],
      ["序号", "市", "合计", "一般性转移支付", "专项转移支付"],
      ["合计", null, 90, 50, 40],
      [1, "东市", 40, 22, 18],
      [2, "西市", 30, 16, 14],
      [3, "南市", 20, 12, 8],
    ];
    const r = run(values, ["A2:E2", "A3:B3", "A4:B4", "A5:B5", "A6:B6", "A8:E8", "A10:B10"]);
    const [t, u] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 3)).toEqual(["item", null, "amount"]);
    expect(u.kind).toBe("composition");
    expect(fields(u).slice(0, 3)).toEqual(["seq", "item", "amount"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("reads 资金名称 merged over three columns, the lines merged likewise, in the first; a wrong total is found there", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["资金名称", null, null, "下达资金"],
      ["合计", null, null, 900],
      ["农业发展资金", null, null, 400],
      ["水利发展资金", null, null, 300],
      ["林业改革发展资金", null, null, 100],
      ["二、分县下达情况", null, null, null],
      ["编号", "县区", "合计", "上级资金", "本级资金"],
      [1, "甲县", 500, 300, 200],
      [2, "乙县", 300, 200, 100],
      [3, "丙县", 100, 60, 40],
      ["合计", null, 900, 560, 340],
    ];
    const r = run(values, ["A2:C2", "A3:C3", "A4:C4", "A5:C5", "A6:C6", "A7:E7", "A12:B12"]);
    const [t, u] = r.tables;
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", null, null, "amount"]);
    expect(u.kind).toBe("composition");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D3"]);
  });

  it("guard: a code and a name under one merged 科目 heading (different values in each) keep their reading, a table below or not", () => {
    const top: Cell[][] = [
      ["单位：万元"],
      ["科目", null, "金额"],
      ["编码", "名称", null],
      ["2130101", "行政运行", 200],
      ["2130104", "事业运行", 150],
      ["2130126", "农村社会事业", 250],
    ];
    const below: Cell[][] = [
      [null, null, null],
      ["序号", "县区", "合计", "上级资金", "本级资金"],
      [1, "甲县", 500, 300, 200],
      [2, "乙县", 300, 200, 100],
    ];
    for (const values of [top, [...top, ...below]]) {
      const t = tables(values, ["A2:B2", "C2:C3"])[0];
      expect(t.kind).toBe("composition");
      expect(fields(t)).toEqual(["code", "item", "amount"]);
    }
  });

  it("guard: a kind of line and its name under one merged 项目 heading (unmerged lines) stay the group and the line", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", null, "金额"],
      ["农业类", "种植补贴", 200],
      ["农业类", "农机补贴", 150],
      ["林业类", "造林补贴", 250],
      [null, null, null],
      ["序号", "县区", "合计", "上级资金", "本级资金"],
      [1, "甲县", 500, 300, 200],
      [2, "乙县", 300, 200, 100],
    ];
    const t = tables(values, ["A2:B2"])[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual([null, "item", "amount"]);
  });
});

describe("catalog: a 条款 column of bare clause numbers reaching into a clause (（二）1.) is the document", () => {
  // A 办法's article laid out a row per award keeps the article's own outline: （一）, then （二）1. and
  // （二）2. for the items within （二）. A number of two levels reaches into a clause, as 第五条（一）
  // does: the rows follow the document's outline, so the numbers cite where each standard is stated
  // even once each with nothing else numbering the rows. Flat numbers once each still number the rows.
  it("条款 （一） / （二）1. / （二）2. / （三） | 奖项 | 奖励标准, a title above, no 序号: document, item, standard", () => {
    const clauses: Cell[][] = [
      ["某市工业发展表彰奖励办法（第六条 摘录）", null, null],
      ["条款", "奖项", "奖励标准"],
      ["（一）", "园区发展奖", "对当年综合考评第一名的园区，奖励100万元。"],
      ["（二）1.", "产值上台阶奖", "对工业产值连续两年保持10%以上增长的规模以上工业企业，一次性奖励20万元。"],
      ["（二）2.", "新增规上企业奖", "对当年新增纳入规模以上统计的工业企业，每户一次性奖励10万元。"],
      ["（三）", "技术改造奖", "对当年完成设备投资500万元以上的技术改造项目，按设备投资额的5%给予奖励，单个项目最高不超过100万元。"],
    ];
    const awards: Cell[][] = [
      ["序号", "企业名称", "奖励项目", "设备投资额（万元）", "奖励金额（万元）"],
      [1, "甲机械有限公司", "技术改造奖", 2000, 100],
      [2, "乙电气有限公司", "技术改造奖", 3000, 150],
      [3, "丙食品有限公司", "新增规上企业奖", null, 10],
    ];
    const r = audit({ sheets: [grid(clauses, ["A1:C1"], "奖励办法"), grid(awards, [], "名单")], settings: { today: "2023-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    // 5% × 3,000 = 150, above the 100万元 maximum.
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E3"]);
  });

  it("条文 1.（1） / 1.（3） / 3. / 4.（2） | 支持事项 | 支持标准, no title: the document too", () => {
    const values: Cell[][] = [
      ["条文", "支持事项", "支持标准"],
      ["1.（1）", "首台套奖励", "对首台（套）产品给予一次性奖励50万元。"],
      ["1.（3）", "研发投入补助", "按年度研发投入的10%给予补助，最高不超过200万元。"],
      ["3.", "上市奖励", "企业在境内主板上市的，给予一次性奖励200万元。"],
      ["4.（2）", "人才安家补贴", "对引进的高层次人才给予安家补贴30万元。"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
  });

  it("条款 一（一） / 一（三） / 二（二） after the standard: the document", () => {
    const values: Cell[][] = [
      ["扶持事项", "扶持标准", "条款"],
      ["技术改造补助", "按设备投资额的8%给予补助，单个项目最高500万元。", "一（一）"],
      ["规上企业奖励", "对首次纳入规模以上统计的工业企业，给予一次性奖励10万元。", "一（三）"],
      ["品牌建设奖励", "对新获中国驰名商标的企业，奖励20万元。", "二（二）"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["item", "standard", "document"]);
  });

  it("guard: 条款 （一） / （二） / （三） flat once each, nothing else numbering the rows: not the document", () => {
    const values: Cell[][] = [
      ["条款", "奖项", "奖励标准"],
      ["（一）", "产值上台阶奖", "对工业产值连续两年保持10%以上增长的企业，一次性奖励20万元。"],
      ["（二）", "新增规上企业奖", "对当年新增纳入规模以上统计的工业企业，一次性奖励10万元。"],
      ["（三）", "技术改造奖", "按设备投资额的5%给予奖励，单个项目最高不超过100万元。"],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])[0]).not.toBe("document");
    expect(fields(r.tables[0]).slice(1)).toEqual(["item", "standard"]);
  });

  it("guard: a plain 序号 of 1, 2, 3 — or of 1, 2.1, 2.2 — stays the rows' number, never the document", () => {
    const flat: Cell[][] = [
      ["序号", "奖项", "奖励标准"],
      [1, "产值上台阶奖", "对工业产值连续两年保持10%以上增长的企业，一次性奖励20万元。"],
      [2, "新增规上企业奖", "对当年新增纳入规模以上统计的工业企业，一次性奖励10万元。"],
      [3, "技术改造奖", "按设备投资额的5%给予奖励，单个项目最高不超过100万元。"],
    ];
    expect(fields(run(flat).tables[0])).toEqual(["seq", "item", "standard"]);
    const outline: Cell[][] = [
      ["序号", "奖项", "奖励标准"],
      ["1", "产值上台阶奖", "对工业产值连续两年保持10%以上增长的企业，一次性奖励20万元。"],
      ["2.1", "新增规上企业奖", "对当年新增纳入规模以上统计的工业企业，一次性奖励10万元。"],
      ["2.2", "技术改造奖", "按设备投资额的5%给予奖励，单个项目最高不超过100万元。"],
    ];
    expect(fields(run(outline).tables[0])).not.toContain("document");
  });
});

describe("register: a payout list's 兑现金额 is the award, the 立项补助金额 its catalog's rate is taken of the base", () => {
  // 兑现 is honouring a policy: the money paid out under it. A 立项补助金额 beside it is what the rate of
  // 按…立项补助金额的20% is taken of, linked by the catalog's words as 研发费用 or 投资额 are.
  const clauses: Cell[][] = [
    ["某市推动经济高质量发展若干政策——科技创新"],
    ["序号", "政策条款", "支持标准"],
    [1, "重大科技专项验收奖励", "承担的国家、省重大科技专项通过验收后，按国家、省立项补助金额的20%给予奖励。"],
    [2, "科技特派员项目补助", "市级科技特派员项目每项最高补助8万元。"],
  ];

  it("政策条款 | 立项补助金额（万元） | 兑现金额（万元）: the base and the award, the rate and the maximum checked", () => {
    const list: Cell[][] = [
      ["某市2025年科技创新政策兑现名单"],
      ["序号", "企业名称", "政策条款", "立项补助金额（万元）", "兑现金额（万元）"],
      [1, "甲科技有限公司", "重大科技专项验收奖励", 500, 100],
      [2, "乙装备有限公司", "重大科技专项验收奖励", 300, 66],
      [3, "丙农业有限公司", "科技特派员项目补助", null, 9.5],
      [4, "丁茶业有限公司", "科技特派员项目补助", null, 8],
    ];
    const r = audit({ sheets: [grid(clauses, ["A1:C1"], "政策条款"), grid(list, ["A1:E1"], "兑现名单")], settings: { today: "2025-12-31" } });
    const t = r.tables.find((x) => x.kind === "register")!;
    expect(fields(t)).toEqual(["seq", "enterprise", "item", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E5"]);
    expect(ruleCells(r, "cap.no-cap")).toEqual([]);
  });

  it("拟兑现资金 after 省立项补助金额, the unit above: read the same", () => {
    const list: Cell[][] = [
      ["某县2025年度科技政策拟兑现企业名单"],
      [null, null, null, null, "单位：万元"],
      ["序号", "单位名称", "兑现条款", "省立项补助金额", "拟兑现资金"],
      [1, "甲科技有限公司", "重大科技专项验收奖励", 200, 40],
      [2, "乙装备有限公司", "重大科技专项验收奖励", 150, 35],
    ];
    const r = audit({ sheets: [grid(clauses, ["A1:C1"], "政策条款"), grid(list, ["A1:E1"], "名单")], settings: { today: "2025-12-31" } });
    const t = r.tables.find((x) => x.kind === "register")!;
    expect(fields(t)).toEqual(["seq", "enterprise", "item", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5"]);
  });

  it("guard: a list whose only money is its 立项补助金额 keeps it as the award", () => {
    const list: Cell[][] = [
      ["某市2025年科技特派员项目补助名单"],
      ["序号", "企业名称", "政策条款", "立项补助金额（万元）"],
      [1, "甲农业有限公司", "科技特派员项目补助", 6],
      [2, "乙茶业有限公司", "科技特派员项目补助", 9],
    ];
    const r = audit({ sheets: [grid(clauses, ["A1:C1"], "政策条款"), grid(list, ["A1:D1"], "名单")], settings: { today: "2025-12-31" } });
    const t = r.tables.find((x) => x.kind === "register")!;
    expect(fields(t)).toEqual(["seq", "enterprise", "item", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });
});

describe("execution: a variance from the budget (较预算增减额, 预决算差异, 节约额) and its share are read as nothing (learn l63a)", () => {
  // 三公经费 lines: spending well under the budget; the variance column is 决算 − 预算 (negative).
  it("年初预算数 | 决算数 | 比预算增减 | 增减率: the budget stays the year-start one, nothing overspent", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "年初预算数", "决算数", "比预算增减", "增减率"],
      ["合计", 20, 9.07, -10.93, "-54.65%"],
      ["公务接待费", 9, 2.35, -6.65, "-73.89%"],
      ["公务用车运行维护费", 11, 6.72, -4.28, "-38.91%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1)).toEqual(["initialBudget", "actual", null, null]);
    const r = run(values);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("年初预算 | 决算数 | 预决算差异 | 差异率: no second spending, no rate; a line truly over its budget is still overspent", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "年初预算", "决算数", "预决算差异", "差异率"],
      ["公务接待费", 9, 2.35, -6.65, "-73.89%"],
      ["公务用车运行维护费", 10, 12, 2, "20.00%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t).slice(1)).toEqual(["initialBudget", "actual", null, null]);
    const r = run(values);
    expect(ruleCells(r, "execution.overspent")).toEqual(["C4"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("年初预算数 | 实际支出 | 节约额 | 节约率: the saving and its share are no budget or rate", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目", "年初预算数", "实际支出", "节约额", "节约率"],
      ["公务接待费", 9, 2.35, 6.65, "73.89%"],
      ["公务用车运行维护费", 11, 6.72, 4.28, "38.91%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t).slice(1)).toEqual(["initialBudget", "actual", null, null]);
    expect(ruleCells(run(values), "execution.rate-mismatch")).toEqual([]);
  });

  it("guard: 调整预算数 / 预算调整数 beside the year-start budget stay the budget; 执行率 stays the rate", () => {
    for (const adjusted of ["调整预算数", "预算调整数"]) {
      const values: Cell[][] = [
        ["单位：万元"],
        ["项目", "年初预算数", adjusted, "决算数", "执行率"],
        ["公务接待费", 9, 8, 6, "75.00%"],
        ["公务用车运行维护费", 11, 10, 12, "120.00%"],
      ];
      const [t] = tables(values) as ExecutionTable[];
      expect(fields(t).slice(1)).toEqual(["initialBudget", "budget", "actual", "rate"]);
      expect(ruleCells(run(values), "execution.overspent")).toEqual(["D4"]);
    }
  });
});

describe("execution: 其中 parts whose names together spell their line (公务用车购置及运行费 over 购置费 | 运行费) add up to it (learn l62b)", () => {
  it("a 三公 final account of spending only (决算数 | last year's | change), the second part indented: the car line against its parts", () => {
    const values: Cell[][] = [
      ["2018年某市“三公”经费决算汇总表", null, null, null],
      [null, null, null, "单位：万元"],
      ["项目", "2018年决算数", "2017年决算数", "比上年增减（%）"],
      ["合计", 600, 560, 7.1],
      ["1.因公出国（境）经费", 50, 40, 25.0],
      ["2.公务接待费", 200, 190, 5.3],
      ["3.公务用车购置及运行费", 350, 330, 6.1],
      ["其中：公务用车购置费", 100, 90, 11.1],
      ["      公务用车运行费", 260, 240, 8.3],
    ];
    const r = run(values);
    // 100 + 260 = 360, not 350; the 合计 600 = 50 + 200 + 350, the lines as typed. Last year's column is a comparison.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B7"]);
  });

  it("budget and spending, the parts in the other order, the second plain before the next numbered line, and a slip in the budget: checked in every column", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "决算数"],
      ["合计", 90, 75],
      ["（一）因公出国（境）费", 20, 15],
      ["（二）公务用车购置及运行维护费", 50, 40],
      ["其中：公务用车运行维护费", 35, 30],
      ["公务用车购置费", 20, 10],
      ["（三）公务接待费", 20, 20],
    ];
    const r = run(values);
    // Budget 35 + 20 = 55, not 50; the spending 30 + 10 = 40 agrees.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B4"]);
  });

  it("parts named by the pieces of a line joined by 和 (会议费和培训费 over 会议费 | 培训费)", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["项目", "预算数", "支出数"],
      ["一、办公费", 30, 28],
      ["二、会议费和培训费", 40, 36],
      ["其中：会议费", 15, 14],
      ["培训费", 25, 20],
      ["三、差旅费", 30, 25],
    ];
    const r = run(values);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C4"]);
  });

  it("guard: one 其中 part alone (其中：公务用车购置费) may be less than its line", () => {
    const values: Cell[][] = [
      ["项目", "2018年决算数", "2017年决算数"],
      ["合计", 600, 560],
      ["1.因公出国（境）经费", 50, 40],
      ["2.公务接待费", 200, 190],
      ["3.公务用车购置及运行费", 350, 330],
      ["其中：公务用车购置费", 100, 90],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual([]);
  });

  it("guard: parts that are only some of their line (支出 over 教育 | 科学技术) are not summed", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "执行数"],
      ["一、一般公共预算收入", 500, 450],
      ["二、一般公共预算支出", 900, 800],
      ["其中：教育支出", 300, 280],
      ["科学技术支出", 100, 90],
      ["三、政府性基金收入", 200, 150],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual([]);
  });
});

describe("composition: money columns headed by a kind of project, and a direction on each line", () => {
  it("县名 | 项目个数 | 水利基础设施项目 | 民生及基础设施项目 | 合计: the county is the line, the kinds are parts of the 合计", () => {
    const values: Cell[][] = [
      [null, null, null, null, "单位：个、万元", null],
      ["序号", "县名", "项目个数", "水利基础设施项目", "民生及基础设施项目", "合计"],
      [1, "甲县", 11, 380, 720, 1100],
      [2, "乙县", 10, 320, 610, 940],
      [3, "丙县", 8, 250, 452, 702],
      ["合计", null, 29, 950, 1782, 2732],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "quantity", "amount", "amount", "amount"]);
    expect(t.columns.filter((c) => c.part).map((c) => c.col)).toEqual([3, 4]);
    // 乙县: 320 + 610 = 930, typed 940 across.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["F4", "F6"]);
  });

  it("乡镇 | 基础设施类项目 | 产业发展项目 | 总计, no count: the kinds are still money", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["乡镇", "基础设施类项目", "产业发展项目", "总计"],
      ["东镇", 200, 100, 300],
      ["西镇", 150, 50, 210],
      ["南乡", 80, 40, 120],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount"]);
    // 西镇: 150 + 50 = 200, typed 210 across.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D4"]);
  });

  it("guard: a 扶持项目 column of names beside the county stays the line, the county its group", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["县名", "扶持项目", "金额"],
      ["甲县", "病险水库除险加固", 300],
      ["甲县", "农村道路改造", 200],
      ["乙县", "饮水安全巩固提升", 150],
    ];
    const t = run(values).tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "amount"]);
  });

  it("序号 一… | 支持方向 | 项目个数（个） | 中央预算内投资（亿元） | 主要用途: each direction is a line, the use a remark", () => {
    const values: Cell[][] = [
      ["序号", "支持方向", "项目个数（个）", "中央预算内投资（亿元）", "主要用途"],
      ["一", "生态环境保护修复", 6, 4.62, "流域治理、水源地保护等项目"],
      ["二", "产业转型升级", 4, 11.87, "种业、航天产业等项目"],
      ["三", "教育创新", 3, 4.62, "为教育发展提供基础保障"],
      ["合计", null, 13, 21.11, null],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "quantity", "amount", null]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("投资方向 | 金额（万元） | 资金用途, a total that does not add up: the direction is the line, the 合计 checked", () => {
    const values: Cell[][] = [
      ["投资方向", "金额（万元）", "资金用途"],
      ["农业基础设施", 500, "高标准农田建设"],
      ["城乡供水", 300, "农村供水工程"],
      ["合计", 900, null],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", null]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["B4"]);
  });

  it("guard: a few 支持方向 repeated beside the 项目名称 still sort the lines; one on each line beside them names none", () => {
    const repeated: Cell[][] = [
      ["序号", "支持方向", "项目名称", "金额（万元）", "主要用途"],
      [1, "基础设施", "甲路改造", 100, "道路硬化"],
      [2, "基础设施", "乙桥新建", 200, "桥梁建设"],
      [3, "产业发展", "丙园建设", 300, "厂房建设"],
      [4, "产业发展", "丁基地", 400, "设备购置"],
    ];
    expect(fields(run(repeated).tables[0]).slice(0, 4)).toEqual(["seq", "category", "item", "amount"]);
    const distinct: Cell[][] = [
      ["序号", "支持方向", "项目名称", "金额（万元）"],
      [1, "基础设施", "甲路改造", 100],
      [2, "产业发展", "乙桥新建", 200],
      [3, "生态保护", "丙园建设", 300],
    ];
    const f = fields(run(distinct).tables[0]);
    expect(f[2]).toBe("item");
    expect(f.filter((x) => x === "item")).toHaveLength(1);
  });
});

describe("register: a title naming a catalog item up to its closing support word (…项目 for …项目补助)", () => {
  // A list of the projects an office recommends is titled by what the item supports (…示范项目推荐汇总表),
  // its support word (补助, 奖励, 资助) left to the catalog: when that stem is one item's alone, the title names it.
  const list = (title: string, money: string): Cell[][] => [
    [title, null, null, null, null],
    ["序号", "企业名称", "项目名称", "项目总投资（万元）", money],
    [1, "甲智能装备有限公司", "产线数字化改造", 2000, 200],
    [2, "乙新材料有限公司", "高端膜材料扩产", 3000, 400],
    [3, "丙电子科技有限公司", "车规芯片封测线", 9000, 700],
  ];
  const catalog = (items: [string, string][]): Cell[][] => [
    ["序号", "支持事项", "支持标准", "补助基数"],
    ...items.map(([item, standard], i): Cell[] => [i + 1, item, standard, "项目总投资"]),
  ];
  const audited = (cat: Cell[][], reg: Cell[][]) =>
    audit({ sheets: [grid(cat, [], "支持标准"), grid(reg, ["A1:E1"], "推荐汇总表")], settings: { today: "2024-12-31" } });

  it("…示范项目推荐汇总表 for …示范项目补助: the rate and the cap are checked", () => {
    const r = audited(
      catalog([["市级工业互联网创新应用示范项目补助", "按项目总投资的10%予以补助，单个项目不超过600万元。"]]),
      list("某区2024年度市级工业互联网创新应用示范项目推荐汇总表", "申请补助资金（万元）"),
    );
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    // 10% × 3,000 = 300, 400 asked; 10% × 9,000 = 900, the 600 maximum binds, 700 asked.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E5"]);
  });

  it("…集成项目申报明细表 for …集成项目奖励, another item beside it: that item", () => {
    const r = audited(
      catalog([
        ["省级绿色制造系统集成项目奖励", "按项目总投资的15%给予奖励，单个项目最高不超过500万元。"],
        ["省级智能工厂认定奖励", "对新认定的省级智能工厂，一次性奖励100万元。"],
      ]),
      list("2024年省级绿色制造系统集成项目申报明细表", "拟奖励金额（万元）"),
    );
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    // 15% × 3,000 = 450: 400 is within; 15% × 9,000 = 1,350, the 500 maximum binds, 700 asked.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E5"]);
  });

  it("guard: a title naming two items by their stems names neither", () => {
    const r = audited(
      catalog([
        ["市级工业互联网创新应用示范项目补助", "按项目总投资的10%予以补助，单个项目不超过600万元。"],
        ["市级绿色制造系统集成项目资助", "按项目总投资的20%予以资助，单个项目不超过800万元。"],
      ]),
      list("2024年市级工业互联网创新应用示范项目和市级绿色制造系统集成项目推荐汇总表", "申请补助资金（万元）"),
    );
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy").length).toBeGreaterThan(0);
  });

  it("guard: a title sharing only a prefix with the item (a different programme) stays unmatched", () => {
    const r = audited(
      catalog([["省级制造业高质量发展专项技术改造项目补助", "按项目总投资的10%予以补助，单个项目不超过500万元。"]]),
      list("2024年度省级制造业高质量发展专项揭榜挂帅项目推荐汇总表", "申请补助资金（万元）"),
    );
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy").length).toBeGreaterThan(0);
  });
});

describe("composition: projects written right of their places", () => {
  it("设区市 | 县（市、区） | 项目名称 | 拟补助资金: the project is the line, the city its category", () => {
    const values: Cell[][] = [
      ["重点项目补助表"],
      ["序号", "设区市", "县（市、区）", "项目名称", "拟补助资金（万元）"],
      [1, "甲州市", "东山县", "滨河绿道建设项目", 1200],
      [2, "甲州市", "西岭区", "老年活动中心改造项目", 800],
      [3, "乙阳市", "南溪县", "全民健身广场项目", 1000],
      [4, "丙川市", "北塘区", "社区养老服务站建设", 600],
      ["合计", null, null, null, 3700],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("composition");
    expect(fields(r.tables[0])).toEqual(["seq", "category", null, "item", "amount"]);
    // 1,200 + 800 + 1,000 + 600 = 3,600, not 3,700.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("辖市 | 镇 | 项目名称 | 面积 | 标准 | 补助金额, a 小计 per city: the city the category, the town unread", () => {
    const values: Cell[][] = [
      ["道路建设扶持资金安排表"],
      ["序号", "辖市", "镇", "项目名称", "道路面积（平方米）", "补助标准（元/平方米）", "补助金额（万元）"],
      [1, "甲坛市", "东埠镇", "东埠镇工业集中区道路建设", 10000, 30, 30],
      [2, "甲坛市", "西溪镇", "西溪镇工业集中区道路建设", 20000, 30, 60],
      [null, "甲坛市小计", null, null, 30000, null, 90],
      [3, "乙阳市", "南渡镇", "南渡镇工业集中区道路建设", 5000, 30, 15],
      [4, "乙阳市", "北湖镇", "北湖镇工业集中区道路建设", 8000, 30, 34],
      [null, "乙阳市小计", null, null, 13000, null, 49],
      ["合计", null, null, null, 43000, null, 139],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("composition");
    expect(fields(r.tables[0])).toEqual(["seq", "category", null, "item", "quantity", "unitAmount", "amount"]);
    // 8,000 × 30元 = 24万元, not 34.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["G7"]);
  });

  it("guard: an allocation by county with no project column keeps the county as the line", () => {
    const values: Cell[][] = [
      ["资金分配表"],
      ["设区市", "县（市、区）", "分配资金（万元）"],
      ["甲州市", "东山县", 100],
      ["甲州市", "西岭区", 200],
      ["乙阳市", "南溪县", 300],
      ["合计", null, 600],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("composition");
    expect(fields(r.tables[0])).toEqual(["category", "item", "amount"]);
  });

  it("guard: a 项目名称 of a few kinds repeated (道路, 桥梁) keeps its reading", () => {
    const values: Cell[][] = [
      ["资金分配表"],
      ["设区市", "县（市、区）", "项目名称", "分配资金（万元）"],
      ["甲州市", "东山县", "道路", 100],
      ["甲州市", "西岭区", "桥梁", 200],
      ["乙阳市", "南溪县", "道路", 300],
      ["乙阳市", "北塘区", "桥梁", 400],
      ["合计", null, null, 1000],
    ];
    const before = fields(run(values).tables[0]);
    expect(before[2]).not.toBe("item");
    expect(before[1]).toBe("item");
  });
});

describe("composition: projects written right of their places", () => {
  it("设区市 | 县（市、区） | 项目名称 | 拟补助资金: the project is the line, the city its category", () => {
    const values: Cell[][] = [
      ["重点项目补助表"],
      ["序号", "设区市", "县（市、区）", "项目名称", "拟补助资金（万元）"],
      [1, "甲州市", "东山县", "滨河绿道建设项目", 1200],
      [2, "甲州市", "西岭区", "老年活动中心改造项目", 800],
      [3, "乙阳市", "南溪县", "全民健身广场项目", 1000],
      [4, "丙川市", "北塘区", "社区养老服务站建设", 600],
      ["合计", null, null, null, 3700],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("composition");
    expect(fields(r.tables[0])).toEqual(["seq", "category", null, "item", "amount"]);
    // 1,200 + 800 + 1,000 + 600 = 3,600, not 3,700.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("辖市 | 镇 | 项目名称 | 面积 | 标准 | 补助金额, a 小计 per city: the city the category, the town unread", () => {
    const values: Cell[][] = [
      ["道路建设扶持资金安排表"],
      ["序号", "辖市", "镇", "项目名称", "道路面积（平方米）", "补助标准（元/平方米）", "补助金额（万元）"],
      [1, "甲坛市", "东埠镇", "东埠镇工业集中区道路建设", 10000, 30, 30],
      [2, "甲坛市", "西溪镇", "西溪镇工业集中区道路建设", 20000, 30, 60],
      [null, "甲坛市小计", null, null, 30000, null, 90],
      [3, "乙阳市", "南渡镇", "南渡镇工业集中区道路建设", 5000, 30, 15],
      [4, "乙阳市", "北湖镇", "北湖镇工业集中区道路建设", 8000, 30, 34],
      [null, "乙阳市小计", null, null, 13000, null, 49],
      ["合计", null, null, null, 43000, null, 139],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("composition");
    expect(fields(r.tables[0])).toEqual(["seq", "category", null, "item", "quantity", "unitAmount", "amount"]);
    // 8,000 × 30元 = 24万元, not 34.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["G7"]);
  });

  it("guard: an allocation by county with no project column keeps the county as the line", () => {
    const values: Cell[][] = [
      ["资金分配表"],
      ["设区市", "县（市、区）", "分配资金（万元）"],
      ["甲州市", "东山县", 100],
      ["甲州市", "西岭区", 200],
      ["乙阳市", "南溪县", 300],
      ["合计", null, 600],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("composition");
    expect(fields(r.tables[0])).toEqual(["category", "item", "amount"]);
  });

  it("guard: a 项目名称 of a few kinds repeated (道路, 桥梁) keeps its reading", () => {
    const values: Cell[][] = [
      ["资金分配表"],
      ["设区市", "县（市、区）", "项目名称", "分配资金（万元）"],
      ["甲州市", "东山县", "道路", 100],
      ["甲州市", "西岭区", "桥梁", 200],
      ["乙阳市", "南溪县", "道路", 300],
      ["乙阳市", "北塘区", "桥梁", 400],
      ["合计", null, null, 1000],
    ];
    const before = fields(run(values).tables[0]);
    expect(before[2]).not.toBe("item");
    expect(before[1]).toBe("item");
  });
});

describe("execution: a whole life's investment beside the year's, the year's pair measured", () => {
  // 总投资 | 累计完成投资 | 占项目总投资% is the project's whole life; 年度投资计划 | 完成年度投资 | 占年度投资计划% its
  // year: spending is measured against the year's plan, the cumulative figure is no spending of the year.
  it("序号 | 项目名称 | 总投资 | 累计完成投资 | 占项目总投资（%） | 年度投资计划 | 完成年度投资 | 占年度投资计划（%）", () => {
    const values: Cell[][] = [
      ["重点水利工程投资完成情况表"],
      [null, null, null, null, null, null, null, "单位：亿元"],
      ["序号", "项目名称", "总投资", "累计完成投资", "占项目总投资（%）", "年度投资计划", "完成年度投资", "占年度投资计划（%）"],
      [1, "甲水库工程", 50, 30, 60.0, 10, 6, 60.0],
      [2, "乙灌区工程", 30, 12, 40.0, 8, 4, 50.0],
      // 3.6 / 6 = 60.0%, stated 50.0.
      [3, "丙供水工程", 20, 5, 25.0, 6, 3.6, 50.0],
      // 1 / 5 = 20.0% of the year's plan by the end of June: behind (at its spending); its 9 done in all is above the year's 5, no overspending.
      [4, "丁防洪工程", 10, 9, 90.0, 5, 1, 20.0],
      ["合计", null, 110, 56, 50.9, 29, 14.6, 50.3],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["seq", "category", null, null, null, "budget", "actual", "rate"]);
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["H6"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["G7"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("项目总投资 | 累计完成 | 累计完成比例（%） | 2023年计划投资 | 1-6月完成投资 | 完成年度计划（%）", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目名称", "项目总投资", "累计完成", "累计完成比例（%）", "2023年计划投资", "1-6月完成投资", "完成年度计划（%）"],
      ["甲道路工程", 5000, 2000, 40.0, 1000, 600, 60.0],
      ["乙桥梁工程", 3000, 2600, 86.7, 800, 400, 50.0],
      // 420 / 600 = 70.0%, stated 80.0.
      ["丙管网工程", 2000, 400, 20.0, 600, 420, 80.0],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", null, null, null, "budget", "actual", "rate"]);
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["G5"]);
  });

  it("the year's pair first, the whole life's after it (年度投资计划 | 完成年度投资 | 占% | 总投资 | 累计完成投资 | 占%)", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["项目名称", "年度投资计划", "完成年度投资", "占年度投资计划（%）", "总投资", "累计完成投资", "占总投资（%）"],
      ["甲道路工程", 1000, 600, 60.0, 5000, 2000, 40.0],
      ["乙桥梁工程", 800, 400, 50.0, 3000, 2600, 86.7],
      ["丙管网工程", 600, 420, 80.0, 2000, 400, 20.0],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate", null, null, null]);
    const r = run(values, [], "2023-06-30");
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D5"]);
  });

  it("guard: 总投资 | 累计完成投资 | 完成率 alone, no year's plan: the completion and its rate read as before", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "项目名称", "总投资", "累计完成投资", "完成率（%）"],
      [1, "甲道路工程", 5000, 2000, 40.0],
      [2, "乙桥梁工程", 3000, 1500, 50.0],
      [3, "丙管网工程", 2000, 400, 20.0],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t)).toEqual(["seq", "category", null, "actual", "rate"]);
  });

  it("guard: 总投资 | 2021年计划投资 | 1-7月累计完成投资 | 占年度计划: the year's cumulative completion stays the actual", () => {
    const values: Cell[][] = [
      ["单位：亿元"],
      ["项目类别", "总投资", "2021年计划投资", "1-7月累计完成投资", "占年度计划"],
      ["续建项目", 504.47, 167.18, 62.59, "37%"],
      ["新建项目", 340.61, 68.7, 15.33, "22%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", null, "budget", "actual", "rate"]);
  });
});

describe("composition: a use of money qualified by 资金 / 支出 (资金支出用途), a few values repeated, sorts the lines", () => {
  it("序号 | 补助对象 | 合计 | 中央资金 | 省级资金 | 资金支出用途: the use right of the money is the category", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "补助对象", "合计", "中央资金", "省级资金", "资金支出用途"],
      ["合计", null, 700, 500, 200, null],
      [1, "甲区", 100, 80, 20, "河道治理"],
      [2, "乙县", 200, 150, 50, "饮水工程"],
      // 150 over 100 + 60 = 160 (60 meant 50): the 省级 foot 200 is the intended sum, so it misses 210 as typed.
      [3, "丙县", 150, 100, 60, "河道治理"],
      [4, "丁县", 250, 170, 80, "水库维修"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "amount", "amount", "amount", "category"]);
    const r = run(values);
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["C6", "E3"]);
  });

  it("补助资金用途 left of the money (县区 | 补助资金用途 | 金额): the use is the category, the county the line", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["县区", "补助资金用途", "金额"],
      ["甲县", "农田建设", 120],
      ["乙县", "农田建设", 80],
      // A year opening a use (2020年灾后重建) is no figure.
      ["丙县", "2020年灾后重建", 60],
      ["丁县", "2020年灾后重建", 40],
      ["戊县", "水土保持", 30],
      ["合计", null, 330],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "category", "amount"]);
  });

  it("guard: 资金使用用途 with a distinct description on every line stays unread", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["序号", "补助对象", "金额", "资金使用用途"],
      [1, "甲区", 100, "用于甲河左岸堤防加固"],
      [2, "乙县", 200, "用于乙镇集中供水站改造"],
      [3, "丙县", 150, "用于丙水库溢洪道维修"],
      ["合计", null, 450, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "amount", null]);
  });
});

describe("execution: a 三公经费 budget by year (上年预算数 | 本年预算数 | 比上年增减), nothing spent beside", () => {
  it("reads the later year's budget as the table's, the earlier as a further column, and checks the 其中 parts", () => {
    const values: Cell[][] = [
      ["2016年某省级“三公”经费预算汇总表", null, null, null],
      [null, null, null, "单位：亿元"],
      ["项目", "2015年预算数", "2016年预算数", "比上年增减"],
      ["合计", 8.43, 4.4, -4.03],
      ["1.公务接待费", 3.47, 2.04, -1.43],
      ["2.因公出国（境）费", 0.4, 0.47, 0.07],
      ["3.公务用车购置及运行维护费", 4.56, 1.89, -2.67],
      ["  其中：公务用车购置费", 0.1, 0.07, -0.03],
      // 0.07 + 1.72 = 1.79, stated 1.89.
      ["        公务用车运行维护费", 4.46, 1.72, -2.74],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget", "initialBudget", null]);
    expect(t.columns[1].group).toBe("2015年预算数");
    expect(t.columns[2].group).toBeUndefined();
    expect(new Set(t.rows.flatMap((r) => r.years.map((y) => y.year)))).toEqual(new Set([2016]));
    const r = run(values);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });

  it("checks the earlier year's column down its lines too (2022年预算 | 2023年预算 under 三公经费财政拨款预算表, 合计 at the foot)", () => {
    const values: Cell[][] = [
      ["某区2023年“三公”经费财政拨款预算表"],
      ["单位：万元"],
      ["项目", "2022年预算", "2023年预算"],
      ["因公出国（境）费", 20, 18],
      ["公务接待费", 35, 30],
      ["公务用车购置及运行费", 60, 55],
      // 2022: 20 + 35 + 60 = 115, stated 125; 2023: 18 + 30 + 55 = 103, as stated.
      ["合计", 125, 103],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget", "initialBudget"]);
    expect(t.columns[1].group).toBe("2022年预算");
    const r = run(values);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B7"]);
  });

  it("guard: a project's budget breakdown (项目经费预算表: 项目 | 预算金额) stays a composition", () => {
    const values: Cell[][] = [
      ["某项目经费预算表"],
      ["单位：万元"],
      ["项目", "预算金额"],
      ["设备购置", 40],
      ["劳务费", 25],
      ["合计", 65],
    ];
    expect(tables(values)[0].kind).toBe("composition");
  });

  it("guard: a year's budget beside what was spent (2022年预算数 | 2022年决算数) keeps one year, both columns its own", () => {
    const values: Cell[][] = [
      ["某单位2022年“三公”经费预算执行表"],
      ["单位：万元"],
      ["项目", "2022年预算数", "2022年决算数"],
      ["因公出国（境）费", 20, 12],
      ["公务接待费", 35, 30],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "actual"]);
    expect(t.columns.every((c) => c.group === undefined)).toBe(true);
  });
});

// 其中 parts by level of government (省级 | 市县, 市本级 | 县区, 区级 | 镇街): together every level of the
// line, so they are all of it and checked against it in each amount column; some levels only are not.
describe("execution: 其中 parts by level of government that together make the line", () => {
  it("其中：省级支出 | 市县支出 under 财政支出: their spending against the line's", () => {
    const values: Cell[][] = [
      ["某省2022年财政收支完成情况表"],
      [null, null, null, "单位：亿元"],
      ["项目", "预算数", "完成数", "完成预算%"],
      ["财政支出", 1000, 950, 95],
      ["其中：省级支出", 300, 285, 95],
      // 285 + 670 = 955, stated 950; budgets 300 + 700 = 1000 as stated.
      ["　　　市县支出", 700, 670, 95.71],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.rows.filter((r) => r.partOf !== undefined).map((r) => r.row)).toEqual([4, 5]);
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual(["C4"]);
  });

  it("其中：市本级 | 县区 (no money word) under 一般公共预算支出: the budget column too", () => {
    const values: Cell[][] = [
      ["某市2022年一般公共预算支出执行情况表"],
      [null, null, null, "单位：万元"],
      ["项目", "调整预算数", "执行数", "执行率%"],
      ["一般公共预算支出", 52000, 50000, 96.15],
      // Budgets 20000 + 31000 = 51000, stated 52000; spending 19500 + 30500 = 50000 as stated.
      ["其中：市本级", 20000, 19500, 97.5],
      ["　　　县区", 31000, 30500, 98.39],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual(["B4"]);
  });

  it("其中：区级支出 | 其中：镇街支出, each its own 其中: both parts of the line, their slip found", () => {
    const values: Cell[][] = [
      ["某区2022年财政支出完成情况表"],
      [null, null, null, "单位：万元"],
      ["项目", "预算数", "完成数", "完成预算%"],
      ["财政支出", 8000, 7600, 95],
      ["其中：区级支出", 5000, 4800, 96],
      // 4800 + 2900 = 7700, stated 7600.
      ["其中：镇街支出", 3000, 2900, 96.67],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual(["C4"]);
  });

  it("guard: a single level part (其中：省级支出 alone) is not summed", () => {
    const values: Cell[][] = [
      ["某省2022年财政收支完成情况表"],
      [null, null, null, "单位：亿元"],
      ["项目", "预算数", "完成数", "完成预算%"],
      ["财政支出", 1000, 950, 95],
      ["其中：省级支出", 300, 285, 95],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual([]);
  });

  it("guard: levels that are only some of the line (省级 | 市级, no 县) are not summed", () => {
    const values: Cell[][] = [
      ["某省2022年财政收支完成情况表"],
      [null, null, null, "单位：亿元"],
      ["项目", "预算数", "完成数", "完成预算%"],
      ["财政支出", 1000, 950, 95],
      ["其中：省级支出", 300, 285, 95],
      ["　　　市级支出", 400, 380, 95],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual([]);
  });
});

describe("register: a recognition list with no money column leaves no amount unchecked", () => {
  // docs/rules.md reports a title's unknown policy as its AMOUNTS unchecked; a list naming firms
  // recognised (…专精特新企业名单) states none, so no cap finding is due. Its codes and duplicates still are.
  it("reports no unknown policy for a quoted title (“专精特新”企业名单: 序号 | 区县 | 企业名称 | 统一社会信用代码)", () => {
    const values: Cell[][] = [
      ["附件3"],
      ["“专精特新”企业名单"],
      ["序号", "区县", "企业名称", "统一社会信用代码"],
      [1, "渝北区", "甲精密模具有限公司", "91500112MA5U7K3C3L"],
      [2, "江北区", "乙汇科技有限公司", "91500105MA61D2QX0N"],
      [3, "九龙坡区", "丙铝业有限公司", "91500107MA5UB93G8Q"],
      [4, "渝北区", "甲精密模具有限公司", "91500112MA5U7K3C3L"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    const r = run(values);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.no-cap")).toEqual([]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["C7"]);
    expect(ruleCells(r, "register.invalid-credit-code")).toEqual(["D6"]);
  });

  it("reports no unknown policy for a dated list put up for recognition (…第一季度专精特新中小企业拟认定名单, 所属区 last)", () => {
    const values: Cell[][] = [
      ["附件2"],
      ["某市2024年度第一季度专精特新中小企业拟认定名单"],
      ["序号", "企业名称", "统一社会信用代码", "所属区"],
      [1, "星衡智感科技有限公司", "91500112MA5U7K3C3L", "渝北区"],
      [2, "云栈数联信息技术有限公司", "91500105MA61D2QX0N", "江北区"],
      [3, "星衡智感科技有限公司", "91500112MA5U7K3C3L", "渝北区"],
      ["注：排名不分先后。"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    const r = run(values);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B6"]);
  });

  it("guard: the same title over a list with amounts still reports its policy once, at the first row's amount", () => {
    const values: Cell[][] = [
      ["“专精特新”企业名单"],
      ["序号", "区县", "企业名称", "统一社会信用代码", "奖励金额（万元）"],
      [1, "渝北区", "甲精密模具有限公司", "91500112MA5U7K3C3L", 20],
      [2, "江北区", "乙汇科技有限公司", "91500105MA61D2QX0N", 20],
    ];
    const r = run(values);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual(["E3"]);
  });
});

describe("register: the interest a firm paid (付息金额, 实际付息额) as the base a catalog's 实际支付利息 names", () => {
  // A loan-interest subsidy reckoned on the interest actually paid (按实际支付利息的30%): the list heads that
  // interest in words of its own (付息金额, 付息额) the vocabulary leaves unread; the catalog's words link it as the
  // base, and beside the loan (贷款金额 | 付息金额) the interest, not the loan, is what the rate is taken of.
  const item = (base: string, rate: number) => ({
    name: "目录",
    origin: "file" as const,
    items: [{ name: "农业龙头企业贷款贴息", code: null, category: null, capType: "rate" as const, capAmount: 500_000, rate, base, document: null, year: null }],
  });
  const paidList: Cell[][] = [
    ["2023年度农业龙头企业贷款贴息拟补助名单"],
    ["序号", "企业名称", "认定级别", "付息金额（元）", "拟贴息金额（元）"],
    [1, "甲茶业有限公司", "国家级", 1_800_000, 500_000],
    [2, "乙食品有限公司", "省级", 312_605.4, 93_781],
    // 30% × 366,218.30 = 109,865.49 < 119,865.
    [3, "丙果业有限公司", "市级", 366_218.3, 119_865],
  ];

  it("付息金额（元） under 实际支付利息 at 30%, at most 50万元: the interest is the base, the rate checked", () => {
    const r = audit({ sheets: [grid(paidList, ["A1:E1"])], catalog: item("实际支付利息", 0.3), settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "category", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E5"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual([]);
  });

  it("付息额（万元） with an item column under 实际发生利息: another heading and base word, the same link", () => {
    const values: Cell[][] = [
      ["单位：万元"],
      ["企业名称", "补助项目", "付息额（万元）", "贴息金额（万元）"],
      ["甲粮油有限公司", "农业龙头企业贷款贴息", 40, 20],
      ["乙竹业有限公司", "农业龙头企业贷款贴息", 30, 15],
    ];
    const r = audit({ sheets: [grid(values)], catalog: item("企业实际发生利息", 0.5), settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])).toEqual(["enterprise", "item", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual([]);
    const over = values.map((row) => (row[0] === "乙竹业有限公司" ? ["乙竹业有限公司", "农业龙头企业贷款贴息", 30, 16] : row));
    const r2 = audit({ sheets: [grid(over)], catalog: item("企业实际发生利息", 0.5), settings: { today: "2023-12-31" } });
    expect(ruleCells(r2, "cap.rate-exceeded")).toEqual(["D4"]);
  });

  it("贷款金额 | 付息金额 under a rate of the interest paid: the interest is the base, the loan left aside", () => {
    const values: Cell[][] = [
      ["2023年度农业龙头企业贷款贴息拟补助名单"],
      ["序号", "企业名称", "贷款金额（元）", "付息金额（元）", "拟贴息金额（元）"],
      [1, "甲茶业有限公司", 10_000_000, 400_000, 120_000],
      // 30% × 200,000 = 60,000 < 70,000, far under 30% of the loan.
      [2, "乙食品有限公司", 5_000_000, 200_000, 70_000],
    ];
    const r = audit({ sheets: [grid(values, ["A1:E1"])], catalog: item("实际支付利息", 0.3), settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", null, "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E4"]);
  });

  it("guards: a rate of the loan keeps the loan; with no catalog, or a 还本付息 heading, 付息 stays unread", () => {
    const values: Cell[][] = [
      ["2023年度农业龙头企业贷款贴息拟补助名单"],
      ["序号", "企业名称", "贷款金额（元）", "付息金额（元）", "拟贴息金额（元）"],
      [1, "甲茶业有限公司", 10_000_000, 400_000, 120_000],
      [2, "乙食品有限公司", 5_000_000, 200_000, 70_000],
    ];
    const loan = audit({ sheets: [grid(values, ["A1:E1"])], catalog: item("贷款金额", 0.02), settings: { today: "2023-12-31" } });
    expect(fields(loan.tables[0])).toEqual(["seq", "enterprise", "base", null, "approved"]);
    const none = audit({ sheets: [grid(paidList, ["A1:E1"])], settings: { today: "2023-12-31" } });
    expect(none.tables[0].columns[3].field).toBeNull();
    const principal = paidList.map((row, k) => (k === 1 ? ["序号", "企业名称", "认定级别", "还本付息金额（元）", "拟贴息金额（元）"] : row));
    const both = audit({ sheets: [grid(principal, ["A1:E1"])], catalog: item("实际支付利息", 0.3), settings: { today: "2023-12-31" } });
    expect(both.tables[0].columns[3].field).toBeNull();
  });
});

describe("a self-evaluation annex: a target grid with its progress (实施进度), the money planned, arrived and used below", () => {
  const annex = (progress: string, money: Cell[]): Cell[][] => [
    ["某县2020年度某专项资金项目支出绩效自评", null, null, null, null, null],
    ["（一）项目绩效目标", null, null, null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", progress],
    [null, "产出指标", "数量指标", "宣传次数", "至少2次", "已完成100%"],
    [null, null, "成本指标", "预算执行率", "100%", "已完成100%"],
    [null, "满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%"],
    [null, null, null, null, null, null],
    ["（二）资金计划、到位及使用情况", null, null, null, null, null],
    [null, null, null, null, null, "单位：万元"],
    money,
    ["某专项资金", "县级财政资金", 20, 20, 15, 5],
    ["合计", null, 20, 20, 15, 5],
  ];

  it("reads 实施进度 as the stated result and the money table as execution: 资金计划 the budget, 资金使用情况 the spending", () => {
    const values = annex("实施进度", ["项目名称", "资金来源", "资金计划", "资金到位情况", "资金使用情况", "结余资金"]);
    const [targets, money] = tables(values);
    expect(targets.kind).toBe("targets");
    expect(fields(targets)[5]).toBe("stated");
    expect(money.kind).toBe("execution");
    const f = fields(money);
    expect([f[0], f[2], f[4]]).toEqual(["category", "budget", "actual"]);
    expect(f[5]).toBeNull();
    const r = run(values, [], "2021-04-15");
    // 15 of 20 = 75% at a past year's end.
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["E11"]);
    expect(ruleCells(r, "selfeval.indicator-contradicted")).toEqual(["F5"]);
  });

  it("reads other words alike (完成进度; 计划资金 | 到位资金 | 资金支出 | 结余)", () => {
    const values = annex("完成进度", ["项目名称", "资金性质", "计划资金", "到位资金", "资金支出", "结余"]);
    const [targets, money] = tables(values);
    expect(fields(targets)[5]).toBe("stated");
    expect(money.kind).toBe("execution");
    const f = fields(money);
    expect([f[0], f[2], f[4]]).toEqual(["category", "budget", "actual"]);
    const r = run(values, [], "2021-04-15");
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["E11"]);
    expect(ruleCells(r, "selfeval.indicator-contradicted")).toEqual(["F5"]);
  });

  it("reads 资金计划 | 资金到位 | 实际使用 | 结余资金 so too", () => {
    const values = annex("实施进度", ["项目名称", "资金来源", "资金计划", "资金到位", "实际使用", "结余资金"]);
    const money = tables(values)[1];
    expect(money.kind).toBe("execution");
    const f = fields(money);
    expect([f[0], f[2], f[4]]).toEqual(["category", "budget", "actual"]);
  });

  it("guard: the money planned by project and source (资金来源 | 资金计划), nothing used beside it, stays a composition", () => {
    const values: Cell[][] = [
      ["某项目资金计划表"],
      [null, null, "单位：万元"],
      ["项目名称", "资金来源", "资金计划"],
      ["甲项目", "中央资金", 40],
      ["乙项目", "省级资金", 25],
      ["合计", null, 65],
    ];
    expect(tables(values)[0].kind).toBe("composition");
  });

  it("guard: the plan split by level (中央资金计划 | 省级资金计划 | 县级资金计划) stays a composition", () => {
    const values: Cell[][] = [
      ["某项目资金计划表"],
      [null, null, null, "单位：万元"],
      ["项目名称", "中央资金计划", "省级资金计划", "县级资金计划"],
      ["甲项目", 10, 20, 30],
      ["乙项目", 1, 2, 3],
      ["合计", 11, 22, 33],
    ];
    expect(tables(values)[0].kind).toBe("composition");
  });
});

describe("recipients by place: 辖市（区） | 补贴单位 | 补贴项目 | 补贴金额, a 小计 per city", () => {
  // The body the money goes to (补贴单位, 补助单位) names each line; the city left of it, repeated, groups the
  // lines under its 小计; what each recipient's money is for (补贴项目) describes its line.
  it("reads the city as the category and the recipient as the line, the slipped 小计 found", () => {
    const values: Cell[][] = [
      ["某年村镇建设补贴资金计划表"],
      [null, null, null, null, "单位：万元"],
      ["序号", "辖市（区）", "补贴单位", "补贴项目", "补贴金额"],
      [1, "甲山市", "东湖镇", "集镇规划修编", 6],
      [2, "甲山市", "西岭镇", "集镇污水管网", 2],
      [null, "甲山市小计", null, null, 8],
      [3, "乙水区", "南塘镇", "村庄环境整治", 5],
      [4, "乙水区", "北港镇", "集镇道路改造", 3],
      // 5 + 3 = 8, stated 9.
      [null, "乙水区小计", null, null, 9],
      ["合计", null, null, null, 16],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", null, "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["E9"]);
  });

  it("guard: 县（市、区） | 受补单位 | 补助内容 | 补助资金, read so before, keeps its reading", () => {
    const values: Cell[][] = [
      ["某市农村公路养护补助资金计划表"],
      ["序号", "县（市、区）", "受补单位", "补助内容", "补助资金（万元）"],
      [1, "丙县", "青石乡", "通村道路养护", 10],
      [2, "丙县", "白马镇", "桥梁维修", 12],
      [3, "丙县", "红岩乡", "安防设施", 8],
      [null, "丙县小计", null, null, 30],
      [4, "丁县", "长坪镇", "通村道路养护", 9],
      [5, "丁县", "新桥乡", "路面修补", 11],
      [null, "丁县小计", null, null, 20],
      ["合计", null, null, null, 50],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", null, "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });

  it("reads 辖区 | 补助单位 | 补助项目 | 补助金额 so too, towns and a 街道 the recipients, the 合计's slip found", () => {
    const values: Cell[][] = [
      ["某市美丽乡村建设补助资金安排表"],
      ["序号", "辖区", "补助单位", "补助项目", "补助金额（万元）"],
      [1, "戊区", "柳溪镇", "村庄绿化", 6],
      [2, "戊区", "桃园街道", "污水治理", 7],
      [null, "戊区小计", null, null, 13],
      [3, "己区", "杏林镇", "道路硬化", 5],
      [4, "己区", "梅岭乡", "河塘清淤", 4],
      [null, "己区小计", null, null, 9],
      // 6 + 7 + 5 + 4 = 22, stated 23.
      ["合计", null, null, null, 23],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", null, "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["E9"]);
  });

  it("guard: one recipient paid for several projects (补贴单位 repeated) keeps the project the line", () => {
    const values: Cell[][] = [
      ["某年村镇建设补贴资金计划表"],
      ["序号", "辖市（区）", "补贴单位", "补贴项目", "补贴金额（万元）"],
      [1, "甲山市", "东湖镇", "集镇规划修编", 6],
      [2, "甲山市", "东湖镇", "集镇污水管网", 2],
      [3, "乙水区", "南塘镇", "村庄环境整治", 5],
      [4, "乙水区", "南塘镇", "集镇道路改造", 3],
      ["合计", null, null, null, 16],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["seq", "category", null, "item", "amount"]);
  });

  it("guard: 辖市 | 镇 | 项目名称 keeps the project the line and the town unread", () => {
    const values: Cell[][] = [
      ["某年工业集中区基础设施扶持资金安排表"],
      ["序号", "辖市", "镇", "项目名称", "补助金额（万元）"],
      [1, "甲山市", "东湖镇", "东湖镇集中区主干道", 40],
      [2, "甲山市", "西岭镇", "西岭镇集中区主干道", 30],
      [null, "甲山市小计", null, null, 70],
      [3, "乙水区", "南塘镇", "南塘镇集中区主干道", 20],
      [4, "乙水区", "北港镇", "北港镇集中区主干道", 25],
      [null, "乙水区小计", null, null, 45],
      ["合计", null, null, null, 115],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["seq", "category", null, "item", "amount"]);
  });
});

describe("execution: a 三公经费 budget laid across one row (合计 | 因公出国 | 公务用车 … | 公务接待), nothing spent beside", () => {
  it("reads the 合计 as the budget and the lines as its parts, the car 小计's own parts not added twice", () => {
    const values: Cell[][] = [
      ["某区某局2016年“三公”经费预算", null, null, null, null, null],
      ["财政拨款情况表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["合 计", "因公出国(境)费", "公务用车费", null, null, "公务接待费"],
      [null, null, "小 计", "公务用车运行维护费", "公务用车购置费", null],
      // 1.25 + 5.35 + 3.15 = 9.75, stated 10.50; the car 小计 5.35 = 4.10 + 1.25.
      [10.5, 1.25, 5.35, 4.1, 1.25, 3.15],
      ["注：上述数据为当年财政拨款安排的“三公”经费。", null, null, null, null, null],
    ];
    const merges = ["A1:F1", "A2:F2", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "A7:F7"];
    const [t] = recognise([grid(values, merges)]).tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.columns[0].field).toBe("initialBudget");
    expect(t.columns.slice(1).every((c) => c.field === "initialBudget" && c.part !== undefined)).toBe(true);
    const r = audit({ sheets: [grid(values, merges)], settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["A6"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith("composition."))).toEqual([]);
  });

  it("reads the form under another title (…“三公”经费财政拨款预算表), the car line unsplit, a 合计 that adds up", () => {
    const values: Cell[][] = [
      ["某县某中心2023年“三公”经费财政拨款预算表", null, null, null],
      ["单位：万元", null, null, null],
      ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
      [12.51, 0.35, 7.85, 4.31],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["initialBudget", "initialBudget", "initialBudget", "initialBudget"]);
    expect(t.columns.slice(1).every((c) => c.part?.of === 0)).toBe(true);
    const r = run(values);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    // 0.35 + 7.85 + 4.31 = 12.51, stated 13.61.
    const off = run([...values.slice(0, 3), [13.61, 0.35, 7.85, 4.31]]);
    expect(ruleCells(off, "execution.total-mismatch")).toEqual(["A4"]);
  });

  it("guard: the one-row 三公 final account (预算数 | 决算数 blocks) keeps its budget and spending", () => {
    const values: Cell[][] = [
      ["某局2022年度财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
      ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
      ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
      [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
      [8, 0, 6, 0, 6, 2, 7.95, 0, 5.85, 0, 5.85, 2.1],
    ];
    const merges = ["A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5"];
    const [t] = recognise([grid(values, merges)]).tables as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.columns.map((c) => c.field)).toEqual([...Array(6).fill("budget"), ...Array(6).fill("actual")]);
    const r = audit({ sheets: [grid(values, merges)], settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "execution.overspent")).toEqual(["L6"]);
  });
});

describe("composition: groups of area × standard = money under merged headings, then a bare 合计 over the groups", () => {
  it("reads each group's 上图面积（亩次） as its quantity and checks every group's product, the second too", () => {
    const values: Cell[][] = [
      ["某区2023年蔬菜上图补贴资金分配表", null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, "单位：亩次、元"],
      ["序号", "街镇", "绿叶菜", null, null, "其他蔬菜（非绿叶菜）", null, null, "合计"],
      [null, null, "上图面积（亩次）", "补贴标准（元/亩次）", "补贴金额", "上图面积（亩次）", "补贴标准（元/亩次）", "补贴金额", null],
      [1, "甲镇", 100.5, 120, 12060, 40, 50, 2000, 14060],
      // 30.5 × 50 = 1,525, typed 1,425 (the second group's slip); the row adds up as typed.
      [2, "乙镇", 200, 120, 24000, 30.5, 50, 1425, 25425],
      // 50.25 × 120 = 6,030, typed 6,130 (the first group's slip).
      [3, "丙镇", 50.25, 120, 6130, 20, 50, 1000, 7130],
      [4, "丁镇", 80, 120, 9600, 10, 50, 500, 10100],
      ["合计", null, 430.75, null, 51790, 100.5, null, 4925, 56715],
    ];
    const merges = ["A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:I4"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "quantity", "unitAmount", "amount", "quantity", "unitAmount", "amount", "amount"]);
    // The 合计 sums both groups' money: no part of the last group's alone.
    expect(t.columns[7].part).toBeUndefined();
    const r = run(values, merges);
    expect(ruleCells(r, "composition.line-mismatch").sort()).toEqual(["E7", "H6"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("checks three groups (种植面积（亩） | 补助标准 | 补助金额 each) and a 总计 across them", () => {
    const values: Cell[][] = [
      ["某县2024年粮油种植补助资金分配表", null, null, null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null, null, "单位：亩、元"],
      ["乡镇", "早稻", null, null, "晚稻", null, null, "油菜", null, null, "总计"],
      [null, "种植面积（亩）", "补助标准（元/亩）", "补助金额", "种植面积（亩）", "补助标准（元/亩）", "补助金额", "种植面积（亩）", "补助标准（元/亩）", "补助金额", null],
      ["甲乡", 100, 30, 3000, 200, 40, 8000, 50, 20, 1000, 12000],
      // 80 × 20 = 1,600, typed 1,800 (the third group's slip); the row adds up as typed.
      ["乙乡", 150, 30, 4500, 120, 40, 4800, 80, 20, 1800, 11100],
      // 1,800 + 3,600 + 800 = 6,200, typed 6,300 across.
      ["丙乡", 60, 30, 1800, 90, 40, 3600, 40, 20, 800, 6300],
      ["丁乡", 80, 30, 2400, 100, 40, 4000, 30, 20, 600, 7000],
      ["总计", 390, null, 11700, 510, null, 20400, 200, null, 4200, 36400],
    ];
    const merges = ["A3:A4", "B3:D3", "E3:G3", "H3:J3", "K3:K4"];
    const [t] = tables(values, merges);
    expect(fields(t)).toEqual(["item", "quantity", "unitAmount", "amount", "quantity", "unitAmount", "amount", "quantity", "unitAmount", "amount", "amount"]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["J6"]);
    // The row's 总计 against its groups, and the foot's (36,400 typed, the groups' feet 36,300) across.
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["K7", "K9"]);
  });

  it("guard: a bare 合计 after the sources of a fund under one heading (资金来源 over 中央 | 省级) still sums them across", () => {
    const values: Cell[][] = [
      ["某市2023年农田建设补助资金分配表", null, null, null],
      [null, null, null, "单位：万元"],
      ["县区", "资金来源", null, "合计"],
      [null, "中央资金", "省级资金", null],
      ["甲县", 100, 50, 150],
      ["乙县", 80, 40, 130],
      ["丙县", 60, 30, 90],
      ["合计", 240, 120, 370],
    ];
    const merges = ["A3:A4", "B3:C3", "D3:D4"];
    const [t] = tables(values, merges);
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount"]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["D6", "D8"]);
  });
});

describe("composition: award money sent down by fund line, its recipients counts or kinds of places", () => {
  it("reads 奖励资金项目 | 奖励对象 | 下达金额 with recipients '46个…大县', '…大县', a province as a composition", () => {
    const values: Cell[][] = [
      ["某年中央财政下达某省产粮（油）大县奖励资金表"],
      [null, null, null, "单位：万元"],
      ["序号", "奖励资金项目", "奖励对象", "下达金额"],
      [1, "产粮大县奖励资金", "46个产粮大县（其中甲县、乙市为超级产粮大县）", 113600],
      [2, "产油大县奖励资金", "产油大县", 12000],
      [3, "商品粮大省奖励资金", "某某省（省级统筹）", 20000],
      // 113,600 + 12,000 + 20,000 = 145,600, stated 146,600.
      ["合计", null, null, 146600],
    ];
    const [t] = tables(values, ["A7:C7"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("item");
    expect(fields(t)[3]).toBe("amount");
    const r = run(values, ["A7:C7"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D7"]);
    expect(r.findings.filter((f) => f.rule.startsWith("register."))).toEqual([]);
  });

  it("reads 奖补资金类别 | 奖补对象 | 下达资金 with recipients '12个…县（市）', '…重点县', a city as a composition", () => {
    const values: Cell[][] = [
      ["某省下达生猪调出大县奖励资金分配表"],
      ["单位：万元"],
      ["奖补资金类别", "奖补对象", "下达资金"],
      ["生猪调出大县奖励资金", "12个生猪调出大县（市）", 3600],
      ["牛羊调出大县奖励资金", "牛羊调出重点县", 800],
      ["省级统筹资金", "某某市（市级统筹）", 400],
      ["合计", null, 4800],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", null, "amount"]);
    expect(run(values).findings.filter((f) => f.rule.startsWith("register."))).toEqual([]);
  });

  it("guard: a list of firms under 奖励对象 (奖励资金项目 | 奖励对象 | 下达金额) stays a register", () => {
    const values: Cell[][] = [
      ["某县产粮大县奖励资金表"],
      ["单位：万元"],
      ["序号", "奖励资金项目", "奖励对象", "下达金额"],
      [1, "粮食烘干设备购置", "某某粮油有限公司", 30],
      [2, "粮食仓储设施建设", "某某农机专业合作社", 20],
      [3, "种子基地建设", "某某种业有限公司", 15],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)[2]).toBe("enterprise");
  });

  it("guard: an award list of named counties (县（市、区） | 奖励金额) keeps its register reading", () => {
    const values: Cell[][] = [
      ["某省2021年设施农业奖励县奖励名单"],
      ["单位：万元"],
      ["序号", "县（市、区）", "奖励金额"],
      [1, "甲县", 500],
      [2, "乙市", 500],
      [3, "丙区", 300],
    ];
    expect(tables(values)[0].kind).toBe("register");
  });
});

describe("targets: a target table under head fields and a heading row stating its points", () => {
  const head: Cell[][] = [
    ["某项目资金绩效目标完成情况表", null, null, null, null],
    ["项目名称", "某专项资金", null, null, null],
    ["主管部门", "某局", "实施单位", "某中心", null],
  ];
  const body: Cell[][] = [
    ["投入目标", "资金到位率", "100%", "100%", 10],
    [null, "资金使用率", "100%", "100%", 10],
    ["产出目标", "建成站点数", "20个", "17个", 30],
    [null, "培训人次", "≥500人次", "520人次", 20],
    ["效果目标", "群众满意度", "≥90%", "92%", 25],
  ];
  const merges = ["A1:E1", "B2:E2", "D3:E3", "A4:E4", "A6:A7", "A8:A9"];

  it("reads 目标类型 | 指标 | 年度目标值 | 实际完成值 | 分值 and checks the 分值 against 年度绩效目标（100分）", () => {
    const values: Cell[][] = [...head, ["年度绩效目标（100分）", null, null, null, null], ["目标类型", "指标", "年度目标值", "实际完成值", "分值"], ...body];
    const t = tables(values, merges).find((x) => x.kind === "targets");
    expect(t).toBeDefined();
    expect(t?.range.r0).toBe(4);
    expect(fields(t as RecognisedTable)).toEqual(["type", "name", "target", "stated", "weight"]);
    // 10 + 10 + 30 + 20 + 25 = 95 against the heading's 100.
    expect(ruleCells(run(values, merges), "selfeval.weights")).toEqual(["A4"]);
  });

  it("another wording (指标类别 | 指标 | 指标值 | 完成值 | 分值, 绩效目标（95分） unmerged) adds up: no finding; a heading of 90分 does not", () => {
    const at = (heading: string): Cell[][] => [...head, [heading, null, null, null, null], ["指标类别", "指标", "指标值", "完成值", "分值"], ...body];
    const plain = merges.filter((m) => m !== "A4:E4");
    const t = tables(at("绩效目标（95分）"), plain).find((x) => x.kind === "targets");
    expect(fields(t as RecognisedTable)).toEqual(["type", "name", "target", "stated", "weight"]);
    expect(ruleCells(run(at("绩效目标（95分）"), plain), "selfeval.weights")).toEqual([]);
    expect(ruleCells(run(at("绩效目标（90分）"), plain), "selfeval.weights")).toEqual(["A4"]);
  });

  it("guard: a heading row stating no points gives no weights finding", () => {
    const values: Cell[][] = [...head, ["年度绩效目标", null, null, null, null], ["目标类型", "指标", "年度目标值", "实际完成值", "分值"], ...body];
    const r = run(values, merges);
    expect(r.tables.some((x) => x.kind === "targets")).toBe(true);
    expect(ruleCells(r, "selfeval.weights")).toEqual([]);
  });

  it("guard: a row above the header holding more than the heading (a note beside it) states no total of the table", () => {
    const values: Cell[][] = [...head, ["年度绩效目标（100分）", null, null, "单位：个", null], ["目标类型", "指标", "年度目标值", "实际完成值", "分值"], ...body];
    const plain = merges.filter((m) => m !== "A4:E4");
    const r = run(values, plain);
    expect(r.tables.some((x) => x.kind === "targets")).toBe(true);
    expect(ruleCells(r, "selfeval.weights")).toEqual([]);
  });

  it("guard: 指标 heading a money column beside spending keeps the execution reading (the budget)", () => {
    const [t] = tables([["单位：万元"], ["资金名称", "指标", "已支出"], ["甲类资金", 200, 80], ["乙类资金", 100, 90]]);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "actual"]);
  });
});

describe("catalog and list of honour titles (称号 as the item), a person's name beside the firm", () => {
  it("reads a catalog of titles (称号 | 名额 | 奖励标准 in prose) and checks a list's award (姓名 | 企业名称 | … | 称号) against its title", () => {
    const clauses: Cell[][] = [
      ["某市优秀民营企业家评选奖励办法（摘录）", null, null, null],
      ["序号", "称号", "名额", "奖励标准"],
      [1, "某市功勋企业家", "3名", "授予“某市功勋企业家”称号，每名奖励80万元。"],
      [2, "某市优秀民营企业家", "20名", "授予“某市优秀民营企业家”称号，每名奖励30万元。"],
    ];
    const awards: Cell[][] = [
      ["某市优秀民营企业家奖励名单", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "姓名", "企业名称", "统一社会信用代码", "称号", "奖励金额"],
      [1, "甲某", "某市甲机械有限公司", null, "某市功勋企业家", 80],
      [2, "乙某", "某市乙食品有限公司", null, "某市优秀民营企业家", 30],
      // 60 where the title carries 30.
      [3, "丙某", "某市丙纺织有限公司", null, "某市优秀民营企业家", 60],
    ];
    const sheets = [grid(clauses, [], "奖励标准"), grid(awards, [], "名单")];
    const [c, l] = recognise(sheets).tables;
    expect(c.kind).toBe("catalog");
    expect(fields(c)).toEqual(["seq", "item", null, "standard"]);
    expect(l.kind).toBe("register");
    expect(fields(l)).toEqual(["seq", null, "enterprise", "creditCode", "item", "approved"]);
    const r = audit({ sheets, settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "cap.exceeded")).toEqual(["F6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
  });

  it("reads 荣誉称号 in a catalog and 获评称号 beside a 负责人 and the firm in a list", () => {
    const clauses: Cell[][] = [
      ["荣誉称号", "奖励标准"],
      ["县级科技创新标兵", "授予“县级科技创新标兵”荣誉称号，每名奖励5万元。"],
      ["县级质量管理标兵", "授予“县级质量管理标兵”荣誉称号，每名奖励3万元。"],
    ];
    const awards: Cell[][] = [
      ["单位名称", "负责人", "获评称号", "奖励资金（万元）"],
      ["某县甲电子有限公司", "张某", "县级科技创新标兵", 5],
      // 4 where the title carries 3.
      ["某县乙包装有限公司", "李某", "县级质量管理标兵", 4],
      ["某县丙化工有限公司", "王某", "县级质量管理标兵", 3],
    ];
    const sheets = [grid(clauses, [], "办法"), grid(awards, [], "名单")];
    const [c, l] = recognise(sheets).tables;
    expect(c.kind).toBe("catalog");
    expect(fields(c)).toEqual(["item", "standard"]);
    expect(fields(l)).toEqual(["enterprise", null, "item", "approved"]);
    const r = audit({ sheets, settings: { today: "2023-12-31" } });
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D3"]);
  });

  it("reads no item from a person's name beside the firm when no column names the award", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "姓名", "奖励金额（万元）"],
      [1, "某市甲机械有限公司", "甲某", 20],
      [2, "某市乙食品有限公司", "乙某", 10],
      [3, "某市丙纺织有限公司", "丙某", 10],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", null, "approved"]);
  });

  it("guard: a list of awards to persons (姓名 its only name column) keeps 姓名 as whom it pays", () => {
    const values: Cell[][] = [
      ["序号", "姓名", "所在村", "补贴金额（元）"],
      [1, "张三", "东村", 1200],
      [2, "李四", "西村", 800],
      [3, "王五", "南村", 1000],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(t.columns[1].field).toBe("enterprise");
    const titled: Cell[][] = [
      ["序号", "姓名", "称号", "奖励金额（元）"],
      [1, "张三", "优秀乡村工匠", 5000],
      [2, "李四", "优秀乡村工匠", 5000],
      [3, "王五", "乡村好青年", 3000],
    ];
    const [u] = tables(titled);
    expect(u.kind).toBe("register");
    expect(u.columns[1].field).toBe("enterprise");
  });
});

describe("composition: a linkage-fund project plan (项目名称 | 项目类型 | 建设性质 | 地点 | 建设内容 | 投资 | 受益对象)", () => {
  it("reads one project under prose lines as a line of money, its 项目类型 the category and 受益对象 no payee", () => {
    const values: Cell[][] = [
      ["一、资金来源：中央财政资金6.000万元、省财政资金4.250万元。", null, null, null, null, null, null, null],
      ["三、项目安排情况表", null, null, null, null, null, null, null],
      ["某县2023年衔接资金项目安排情况表", null, null, null, null, null, null, null],
      ["序号", "项目名称", "项目类型", "建设性质", "实施地点", "建设任务", "计划投资（万元）", "受益对象"],
      [1, "甲村蔬菜大棚建设项目", "产业发展", "新建", "甲乡甲村", "2栋温室大棚，面积800平方米", 10.25, "村集体、脱贫户"],
      ["合 计", null, null, null, null, null, 10.25, null],
    ];
    const merges = ["A1:H1", "A2:H2", "A3:H3", "A6:F6"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "category", null, null, null, "amount", null]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });

  it("reads several projects (建设地点 | 建设内容 | 衔接资金 | 受益群体) and checks their 合计", () => {
    const values: Cell[][] = [
      ["某县2024年财政衔接资金项目计划表", null, null, null, null, null, null, null],
      ["序号", "项目名称", "项目类型", "建设性质", "建设地点", "建设内容", "衔接资金（万元）", "受益群体"],
      [1, "乙村道路硬化项目", "基础设施", "新建", "乙镇乙村", "硬化道路1.2公里", 60, "全村群众"],
      [2, "丙村产业园配套项目", "产业发展", "扩建", "丙镇丙村", "建设冷库1座", 45, "脱贫户及监测对象"],
      [3, "丁村饮水提升项目", "基础设施", "改建", "丁镇丁村", "铺设管网3公里", 30, "全村群众"],
      // 60 + 45 + 30 = 135, typed 145.
      ["合计", null, null, null, null, null, 145, null],
    ];
    const [t] = tables(values, ["A1:H1", "A6:F6"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "category", null, null, null, "amount", null]);
    expect(ruleCells(run(values, ["A1:H1", "A6:F6"]), "composition.total-mismatch")).toEqual(["G6"]);
  });

  it("groups the projects by the towns left of them, 项目类型 then sorting none (乡镇 | 项目名称 | 项目类型)", () => {
    const values: Cell[][] = [
      ["某县2022年衔接资金项目安排表", null, null, null, null, null],
      ["序号", "乡镇", "项目名称", "项目类型", "建设内容", "衔接资金（万元）"],
      [1, "甲镇", "甲镇甲村大棚建设项目", "产业发展", "新建大棚50亩", 120],
      [2, "乙镇", "乙镇乙村道路硬化项目", "基础设施", "硬化道路2公里", 80],
      [3, "甲镇", "甲镇丙村冷库建设项目", "产业发展", "新建冷库1座", 60],
      [4, "丙乡", "丙乡丁村饮水提升工程", "基础设施", "铺设管网4公里", 90],
      ["合计", null, null, null, null, 350],
    ];
    const [t] = tables(values, ["A1:F1", "A7:E7"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", null, null, "amount"]);
  });

  it("guard: a list of firms with 项目名称 and 总投资 beside 申请补助 stays a register", () => {
    const values: Cell[][] = [
      ["某市2023年技术改造项目补助资金申报汇总表", null, null, null, null, null],
      ["序号", "企业名称", "项目名称", "项目类型", "总投资（万元）", "申请补助（万元）"],
      [1, "甲机械有限公司", "智能产线改造项目", "技术改造", 1200, 120],
      [2, "乙新材料有限公司", "新材料扩产项目", "技术改造", 800, 80],
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)[1]).toBe("enterprise");
    expect(fields(t)[2]).toBe("project");
  });
});

describe("catalog: a 条款 column of dash-led clause numbers (——(2)) under section rows is the document", () => {
  // An 意见 laid out a clause a row keeps its outline: section rows (一、…, 2.…) above, each clause's
  // number led by a dash (——(2), —（一）, －3.) as the page set it, one clause cut into a row per award
  // repeating its number. The dash is the outline's mark, not part of the number; the headings
  // between the numbers are sections, so the numbers cite where each standard is stated.
  const std = {
    a: "对新引进重大产业项目，3年内给予最高500万元奖励。",
    b: "对新列入省高新技术企业培育库的企业，给予最高5万元的一次性奖励。",
    c: "对首次通过高新技术企业认定的企业，给予20万元的一次性奖励。",
    d: "对通过高新技术企业重新认定的企业给予最高10万元的奖励。",
  };

  it("条款 ——(2) / ——(3) / ——(4) ×3 under 一、 and 2. headings: the document; the list's caps checked", () => {
    const clauses: Cell[][] = [
      ["某区关于产业发展政策的意见（摘录）", null, null],
      ["条款", "政策项目", "政策内容"],
      ["一、支持重大项目建设", null, null],
      ["2.支持引进重大项目", null, null],
      ["——(2)", "重大项目引进奖励", std.a],
      ["——(3)", "培育库入库奖励", std.b],
      ["二、支持企业创新", null, null],
      ["3.培育创新型企业", null, null],
      ["——(4)", "培育库入库奖励二", std.b],
      ["——(4)", "高企认定奖励", std.c],
      ["——(4)", "高企重新认定奖励", std.d],
    ];
    const list: Cell[][] = [
      ["序号", "企业名称", "政策项目", "奖励金额（万元）"],
      [1, "甲科技有限公司", "高企认定奖励", 25],
      [2, "乙机械有限公司", "重大项目引进奖励", 300],
      [3, "丙电子有限公司", "高企重新认定奖励", 10],
    ];
    const merges = ["A1:C1", "A3:C3", "A4:C4", "A7:C7", "A8:C8"];
    const r = audit({ sheets: [grid(clauses, merges, "政策条款"), grid(list, [], "名单")], settings: { today: "2019-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    // A fixed 20万元 for 认定: 25 is over; 300 under 500, 10 the cap itself.
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D2"]);
  });

  it("条文 —（一） / —（二） once each under 一、 / 二、 sections, wording of a 支持标准: the document", () => {
    const values: Cell[][] = [
      ["条文", "支持事项", "支持标准"],
      ["一、项目引进", null, null],
      ["—（一）", "重大项目引进奖励", std.a],
      ["二、企业创新", null, null],
      ["—（一）", "培育库入库奖励", std.b],
      ["—（二）", "高企认定奖励", std.c],
    ];
    const r = run(values, ["A2:C2", "A4:C4"]);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["document", "item", "standard"]);
  });

  it("条款 －3. / －3. / －4. repeated, no section rows, after the standard: the document", () => {
    const values: Cell[][] = [
      ["支持事项", "支持标准", "条款"],
      ["培育库入库奖励", std.b, "－3."],
      ["高企认定奖励", std.c, "－3."],
      ["高企重新认定奖励", std.d, "－4."],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["item", "standard", "document"]);
  });

  it("guard: a 序号 of plain 1, 2, 3 under section rows stays the rows' number", () => {
    const values: Cell[][] = [
      ["序号", "政策项目", "政策内容"],
      ["一、支持重大项目建设", null, null],
      [1, "重大项目引进奖励", std.a],
      ["二、支持企业创新", null, null],
      [2, "高企认定奖励", std.c],
      [3, "高企重新认定奖励", std.d],
    ];
    const r = run(values, ["A2:C2", "A4:C4"]);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])).toEqual(["seq", "item", "standard"]);
  });

  it("guard: 条款 ——(1) / ——(2) / ——(3) flat once each, nothing else numbering the rows: not the document", () => {
    const values: Cell[][] = [
      ["条款", "政策项目", "政策内容"],
      ["——(1)", "重大项目引进奖励", std.a],
      ["——(2)", "高企认定奖励", std.c],
      ["——(3)", "高企重新认定奖励", std.d],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("catalog");
    expect(fields(r.tables[0])[0]).not.toBe("document");
    expect(fields(r.tables[0]).slice(1)).toEqual(["item", "standard"]);
  });
});

describe("composition: an allocation by city where each city is a line (市（州） named apart, no county beside)", () => {
  it("reads the cities as the lines and 项目类别 as the category, the budget subject right of the money describing each", () => {
    const values: Cell[][] = [
      ["某省提前下达某专项资金预算表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "市（州）", "项目类别", "金额", "支出功能分类科目", "备注"],
      ["合计", null, null, 5000, null, null],
      [1, "甲市", "污染防治类", 2100, "2110302 大气", "清洁取暖"],
      [2, "乙市", "能力建设类", 900, "2110302 大气", null],
      [3, "丙市", "污染防治类", 1200, "2110302 大气", "扬尘治理"],
      [4, "丁州", "能力建设类", 700, "2110302 大气", null],
    ];
    const merges = ["A1:F1", "A4:C4"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 5)).toEqual(["item", "category", "amount", null]);
    // 2100 + 900 + 1200 + 700 = 4900, typed 5000; 能力建设类 is each line's kind, no subtotal.
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["D4"]);
  });

  it("reads the cities as the lines beside a count and a use described line by line (设区市 | 项目个数 | 下达资金 | 主要用途)", () => {
    const values: Cell[][] = [
      ["某流域生态保护修复资金下达情况表", null, null, null, null],
      [null, null, null, null, "单位：个、亿元"],
      ["序号", "设区市", "项目个数", "下达资金", "主要用途"],
      ["合计", null, 20, 3.5, null],
      [1, "甲市", 12, 2.1, "干流生态修复、矿山修复"],
      [2, "乙市", 6, 0.9, "农田整治"],
      [3, "丙市", 2, 0.5, "源头区域保护"],
    ];
    const merges = ["A1:E1", "A4:B4"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("item");
    expect(fields(t)).not.toContain("category");
    expect(fields(t)[4]).toBeNull();
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: a city beside its counties (市州 | 县（市、区）) stays the category", () => {
    const values: Cell[][] = [
      ["某资金分配表", null, null, null],
      ["序号", "市州", "县（市、区）", "金额（万元）"],
      [1, "甲市", "甲县", 100],
      [2, "乙市", "乙县", 200],
      [3, "丙市", "丙县", 300],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 4)).toEqual(["category", "item", "amount"]);
  });

  it("guard: a 市（州） repeated over several lines stays the category", () => {
    const values: Cell[][] = [
      ["某专项资金预算表", null, null, null, null],
      ["序号", "市（州）", "项目类别", "金额（万元）", "支出功能分类科目"],
      [1, "甲市", "污染防治类", 2100, "2110302 大气"],
      [2, "甲市", "能力建设类", 900, "2110302 大气"],
      [3, "乙市", "污染防治类", 1200, "2110302 大气"],
      [4, "乙市", "能力建设类", 700, "2110302 大气"],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("category");
  });
});

describe("register: every money column's 合计 foot is checked against its lines (instalment lists)", () => {
  it("checks 本期拨付's foot in an instalment list (立项 | 上期拨付 | 本期拨付), a blank 上期 adding nothing", () => {
    const values: Cell[][] = [
      ["某市2021年技术改造贴息资金拨付计划（第三期）", null, null, null, null, null],
      ["序号", "企业名称", "镇街", "立项金额（万元）", "上期拨付（万元）", "本期拨付（万元）"],
      [1, "甲精密模具有限公司", "甲镇", 100, 40.5, 20.25],
      [2, "乙包装材料有限公司", "乙镇", 60, null, 18.4],
      [3, "丙电子科技有限公司", "丙镇", 90, 30, 25.6],
      // 立项 250 and 上期 70.50 as their lines; 本期 20.25 + 18.40 + 25.60 = 64.25, typed 64.52.
      ["合计", null, null, 250, 70.5, 64.52],
    ];
    const merges = ["A1:F1", "A6:C6"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(3)).toEqual(["approved", "paidBefore", "paidNow"]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["F6"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("checks 累计拨付's foot and the amount asked beside the approved one (元, 已拨付 | 本次拨付 | 累计拨付)", () => {
    const values: Cell[][] = [
      ["某区2022年商贸发展专项资金拨付明细表", null, null, null, null, null, null],
      ["序号", "单位名称", "申请金额（元）", "核定金额（元）", "已拨付金额（元）", "本次拨付（元）", "累计拨付（元）"],
      [1, "甲商贸有限公司", 50000, 40000, 20000, 10000, 30000],
      [2, "乙物流有限公司", 80000, 60000, 30000, 20000, 50000],
      [3, "丙超市有限公司", 30000, 30000, null, 15000, 15000],
      // 申请 160000 typed 150000; 累计 95000 typed 59000; the others agree.
      ["总计", null, 150000, 130000, 50000, 45000, 59000],
    ];
    const merges = ["A1:G1"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(2)).toEqual(["requested", "approved", "paidBefore", "paidNow", "paidTotal"]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["C6", "G6"]);
  });

  it("guard: a foot left blank in a column, or agreeing within its rounding, is not flagged", () => {
    const values: Cell[][] = [
      ["某市2021年融资租赁补助资金拨付计划", null, null, null, null, null],
      ["序号", "企业名称", "镇街", "立项金额（万元）", "上期拨付（万元）", "本期拨付（万元）"],
      [1, "甲精密模具有限公司", "甲镇", 100, 40.5, 20.254],
      [2, "乙包装材料有限公司", "乙镇", 60, 12.25, 18.403],
      [3, "丙电子科技有限公司", "丙镇", 90, 30, 25.604],
      // 上期's foot blank; 本期 64.261 shown to the cent as 64.26.
      ["合计", null, null, 250, null, 64.26],
    ];
    const merges = ["A1:F1", "A6:C6"];
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });
});

describe("register: a heading offering alternatives in one cell (项目 / 课题 / 其他) and a recognition list's way (认定方式)", () => {
  const registerOf = (r: ReturnType<typeof run>) => r.tables.find((x) => x.kind === "register") as RecognisedTable;

  it("reads 项目 / 课题 / 其他 (its own slashes, no header levels) as the item each award is for", () => {
    const values: Cell[][] = [
      ["某市2021年度总部企业奖励资金计划", null, null, null],
      ["序号", "公司名称", "项目 / 课题 / 其他", "资助金额（万元）"],
      [1, "甲贸易集团有限公司", "某市总部企业认定", 1329.65686],
      [2, "乙网络科技有限公司", "某市总部企业认定", 1150],
      [3, "丙电子有限公司", "某市总部企业认定", 1135.033],
    ];
    const t = registerOf(run(values, ["A1:D1"]));
    expect(fields(t)).toEqual(["seq", "enterprise", "item", "approved"]);
  });

  it("reads a two-way heading without spaces or a catch-all (项目/课题) as the item too", () => {
    const values: Cell[][] = [
      ["序号", "承担单位", "项目/课题", "资助经费（万元）"],
      [1, "甲研究院有限公司", "关键技术攻关专项", 200],
      [2, "乙材料有限公司", "关键技术攻关专项", 150],
      [3, "丙装备有限公司", "成果转化专项", 120],
    ];
    expect(fields(registerOf(run(values)))).toEqual(["seq", "enterprise", "item", "approved"]);
  });

  it("guard: header levels joined with ' / ' (项目 over 名称 | 课题) are no alternatives of one cell", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "项目", null, "资助金额（万元）"],
      [null, null, "名称", "课题", null],
      [1, "甲机械有限公司", "智能产线改造项目", "关键技术攻关", 120],
      [2, "乙新材料有限公司", "新材料扩产项目", "成果转化", 80],
      [3, "丙材料有限公司", "新材料项目", "成果转化", 80],
    ];
    const t = registerOf(run(values, ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]));
    expect(t.columns[3].header).toBe("项目 / 课题");
    expect(fields(t)[2]).toBe("project");
    expect(fields(t)[3]).not.toBe("item");
  });

  it("guard: 项目名称 stays the project, and a name beside a description (项目名称/建设内容) is no item", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "项目名称", "资助金额（万元）"],
      [1, "甲机械有限公司", "智能产线改造项目", 120],
      [2, "乙新材料有限公司", "新材料扩产项目", 80],
    ];
    expect(fields(registerOf(run(values)))).toEqual(["seq", "enterprise", "project", "approved"]);
    const mixed: Cell[][] = [
      ["序号", "企业名称", "项目名称/建设内容", "资助金额（万元）"],
      [1, "甲机械有限公司", "智能产线改造项目", 120],
      [2, "乙新材料有限公司", "新材料扩产项目", 80],
    ];
    expect(fields(registerOf(run(mixed)))[2]).not.toBe("item");
  });

  it("reads a recognition list's 认定方式 (直接认定 / 审核认定, repeated) as the rows' category", () => {
    const values: Cell[][] = [
      ["某园区2021年第三季度制造业重点企业库入库企业名单", null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "认定方式"],
      [1, "甲精工科技有限公司", "91320594MA1MXK3R29", "直接认定"],
      [2, "乙微电子有限公司", "91320594MA1NB47T8E", "直接认定"],
      [3, "丙精密模具有限公司", "91320594MA1Q8D5H35", "审核认定"],
      [4, "丁光电材料有限公司", "91320594MA1R3E9K7H", "审核认定"],
    ];
    expect(fields(registerOf(run(values, ["A1:D1"])))).toEqual(["seq", "enterprise", "creditCode", "category"]);
  });

  it("reads 入库方式 (a way of entering a pool) as the category beside an award", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "入库方式", "奖励金额（万元）"],
      [1, "甲科技有限公司", "自主申报", 10],
      [2, "乙科技有限公司", "推荐入库", 10],
      [3, "丙科技有限公司", "自主申报", 10],
      [4, "丁科技有限公司", "推荐入库", 10],
    ];
    expect(fields(registerOf(run(values)))).toEqual(["seq", "enterprise", "category", "approved"]);
  });

  it("guard: a payment's way (拨付方式) is still no category, and 认定级别 stays the category", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "认定级别", "拨付方式", "奖励金额（万元）"],
      [1, "甲科技有限公司", "省级", "国库集中支付", 10],
      [2, "乙科技有限公司", "市级", "国库集中支付", 5],
    ];
    expect(fields(registerOf(run(values)))).toEqual(["seq", "enterprise", "category", null, "approved"]);
  });
});

describe("selfeval: the older scoring template, money in one row of label | value pairs and a 分值 per level", () => {
  // 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分: each level states its points; the 三级 分值 is what each 得分 is scored against.
  const scoring: Cell[][] = [
    ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
    ["决策", 30, "目标", 10, "目标内容", 10, 10],
    [null, null, "过程", 20, "决策依据", 12, 12],
    [null, null, null, null, "决策程序", 8, 9],
    ["绩效", 70, "产出", 40, "产出数量", 25, 24],
    [null, null, null, null, "产出质量", 15, 15],
    [null, null, "效益", 30, "社会效益", 30, 28],
  ];
  const scoringMerges = (top: number) => {
    const r = (n: number) => top + n;
    return [`A${r(1)}:A${r(3)}`, `B${r(1)}:B${r(3)}`, `C${r(2)}:C${r(3)}`, `D${r(2)}:D${r(3)}`, `A${r(4)}:A${r(6)}`, `B${r(4)}:B${r(6)}`, `C${r(4)}:C${r(5)}`, `D${r(4)}:D${r(5)}`];
  };

  it("reads the form from its money row, scoring each indicator against its 三级 分值 (with 其中 lines under the money)", () => {
    const values: Cell[][] = [
      ["某专项资金项目绩效自评表", null, null, null, null, null, null, null],
      ["项目实施单位", "某局", null, null, "主管部门", "某委", null, null],
      ["计划投资额（万元）", null, 300, "实际到位资金（万元）", null, 250, "实际使用情况（万元）", 240],
      ["其中：", "中央财政", 100, "其中：", "中央财政", 100, null, null],
      [null, "省财政", 200, null, "省财政", 150, null, null],
      ["二、绩效评价指标评分", null, null, null, null, null, null, null],
      ...scoring.map((r) => [...r, null]),
      // 10 + 12 + 9 + 24 + 15 + 28 = 98, typed 96.
      ["总分", null, null, null, null, 100, 96, null],
    ];
    const merges = ["A1:H1", "A3:B3", "D3:E3", "G3:G5", "H3:H5", "A4:A5", "D4:D5", "A6:H6", ...scoringMerges(7), "A14:E14"];
    const t = tables(values, merges).find((x) => x.kind === "selfeval") as SelfevalTable;
    expect(t).toBeDefined();
    expect([t.range.r0 + 1, t.range.r1 + 1]).toEqual([3, 14]);
    expect(t.unit).toBe("万元");
    expect(t.indicators.map((i) => i.weight?.cell)).toEqual(["F8", "F9", "F10", "F11", "F12", "F13"]);
    const r = run(values, merges);
    expect(ruleCells(r, "selfeval.score-mismatch").sort()).toEqual(["G10", "G14"]);
    expect(ruleCells(r, "selfeval.weights")).toEqual([]);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });

  it("reads another wording of the money row (计划投资 | 到位资金 | 实际支出), no 其中 lines, the total agreeing", () => {
    const values: Cell[][] = [
      ["某县农业项目绩效自评表", null, null, null, null, null, null],
      ["计划投资（万元）", 80, "到位资金（万元）", 80, "实际支出（万元）", 75, null],
      ["绩效评价指标评分", null, null, null, null, null, null],
      ...scoring,
      // 10 + 12 + 9 + 24 + 15 + 28 = 98.
      ["总分", null, null, null, null, 100, 98],
    ];
    const merges = ["A1:G1", "A3:G3", ...scoringMerges(4), "A11:E11"];
    const t = tables(values, merges).find((x) => x.kind === "selfeval") as SelfevalTable;
    expect(t).toBeDefined();
    expect(t.range.r0 + 1).toBe(2);
    expect(t.funds.map((f) => [f.budget?.cell, f.actual?.cell])).toEqual([["B2", "F2"]]);
    const r = run(values, merges);
    expect(ruleCells(r, "selfeval.score-mismatch")).toEqual(["G7"]);
    expect(ruleCells(r, "selfeval.weights")).toEqual([]);
  });

  it("guard: a money row of label | value pairs with no scored indicators below is no self-evaluation", () => {
    const values: Cell[][] = [
      ["某项目情况表", null, null, null, null, null],
      ["计划投资（万元）", 80, "到位资金（万元）", 80, "实际支出（万元）", 75],
      [null, null, null, null, null, null],
      ["序号", "项目名称", "建设内容", "金额（万元）", null, null],
      [1, "甲工程", "新建", 50, null, null],
      [2, "乙工程", "改建", 30, null, null],
    ];
    expect(tables(values).some((x) => x.kind === "selfeval")).toBe(false);
  });
});

describe("execution: a 三公 budget by year, the earlier year's column checked like the table's own (learn l69a)", () => {
  it("项目 | 上年预算数 | 本年预算数 | 本年预算数增减 | 增减原因: a budget by year, not a composition; the car line misses its 其中 parts", () => {
    const values: Cell[][] = [
      ["某县2023年“三公”经费预算增减变化情况表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["项目", "2022年预算数", "2023年预算数", "2023年预算数增减", "增减原因"],
      ["合计", 300, 280, -20, null],
      ["1、因公出国(境)费用", 0, 0, 0, "从严控制"],
      ["2、公务接待费", 100, 90, -10, "压减一般性支出"],
      ["3、公务用车费", 200, 200, 0, null],
      ["其中:(1)公务用车运转维护费", 150, 130, -20, "车辆减少"],
      ["(2)公务用车购置费", 50, 60, 10, "新增执法车辆"],
    ];
    const r = run(values);
    const t = r.tables[0] as ExecutionTable;
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(0, 4)).toEqual(["category", "initialBudget", "initialBudget", null]);
    // 2023: the car line 200 misses 130 + 60 = 190; the 合计 280 = 0 + 90 + 190 adds the line as its parts give it.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7"]);
  });

  it("项目 | 本年预算数 | 上年预算数 | 增减额 | 增减率: the later year first; the earlier year's slip is named by its own heading", () => {
    const values: Cell[][] = [
      ["某局2019年部门预算“三公”经费预算表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["项目", "2019年预算数", "2018年预算数", "增减额", "增减率"],
      ["合计", 10.8, 30.5, -19.7, "-64.59%"],
      ["1、因公出国（境）费", 0, 0, 0, "—"],
      ["2、公务接待费", 2.3, 5, -2.7, "-54.00%"],
      ["3、公务用车购置及运行费", 8.5, 26.4, -17.9, "-67.80%"],
      ["  其中：公务用车购置费", 0, 0, 0, "—"],
      ["        公务用车运行维护费", 8.5, 25.5, -17, "-66.67%"],
    ];
    const r = run(values);
    const found = r.findings.filter((f) => f.rule === "execution.total-mismatch");
    // 2018: the car line 26.40 misses 0 + 25.50; the 合计 30.50 = 0 + 5 + 25.50 is the office's own sum.
    expect(found.map((f) => f.cell)).toEqual(["C7"]);
    expect(found[0].message).toContain("2018年预算数");
    expect(found[0].message).not.toContain("2019");
  });

  it("guard: 其中 parts that are only some of their line, the 合计 adding the line as typed, are never summed", () => {
    const values: Cell[][] = [
      ["某县2023年部门支出预算表", null, null],
      [null, null, "单位：万元"],
      ["项目", "2022年预算数", "2023年预算数"],
      ["合计", 300, 330],
      ["一、一般公共服务支出", 100, 110],
      ["二、教育支出", 200, 220],
      ["其中：学前教育", 50, 60],
      ["普通教育", 100, 120],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual([]);
  });
});

describe("register: a payment list naming its firms by credit code, with no dates or vouchers", () => {
  it("reads 企业名称 | 统一社会信用代码 | 所在地 | 拨付金额 under a 拨付明细表 title as a register, the payment its award", () => {
    const values: Cell[][] = [
      ["某市2019年度工业企业专项扶持资金拨付明细表", null, null, null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "所在地", "拨付金额（万元）", "资金依据"],
      [1, "甲精密机械有限公司", "91330100MA27XK1A1P", "甲镇", 120.5, "某财企〔2019〕12号"],
      // Check character 0, typed X.
      [2, "乙新材料有限公司", "91330100MA28B3CD2X", "乙镇", 80, "某财企〔2019〕12号、15号"],
      [3, "丙纺织有限公司", "91330100MA2H5KLP37", "甲镇", 45.25, "某财企〔2019〕15号"],
      ["合计", null, null, null, 245.75, null],
    ];
    const merges = ["A1:F1", "A6:D6"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(0, 5)).toEqual(["seq", "enterprise", "creditCode", "registeredIn", "approved"]);
    const r = run(values, merges);
    expect(ruleCells(r, "register.invalid-credit-code")).toEqual(["C4"]);
    // No catalog and no item: the amounts are unchecked, said once at the first row's.
    expect(ruleCells(r, "cap.unknown-policy")).toEqual(["E3"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual([]);
  });

  it("reads 单位名称 | 社会信用代码 | 拨付资金 under a 发放明细 title, no place column, as a register too", () => {
    const values: Cell[][] = [
      ["某区2021年稳岗补助资金发放明细"],
      ["单位：元"],
      ["序号", "单位名称", "社会信用代码", "拨付资金"],
      [1, "丁电子科技有限公司", "91420100MA4K8Q2R4M", 36000],
      [2, "戊物流有限公司", "91420100MA4KCN3T5Y", 18000],
    ];
    const [t] = tables(values, ["A1:D1", "A2:D2"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "creditCode", "approved"]);
    expect(ruleCells(run(values, ["A1:D1", "A2:D2"]), "register.invalid-credit-code")).toEqual(["C5"]);
  });

  it("reads a payee headed 收款单位 beside its credit code as the firm paid: the ledger gives way though both score alike", () => {
    const values: Cell[][] = [
      ["某县2022年专项资金拨付明细", null, null, null],
      ["序号", "收款单位", "统一社会信用代码", "本次拨付金额"],
      [1, "甲精密机械有限公司", "91330100MA27XK1A1P", 1000],
      [2, "乙新材料有限公司", "91330100MA28B3CD20", 2000],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "creditCode", "approved"]);
  });

  it("guard: the same list with a 拨付日期 column stays a ledger of payments", () => {
    const values: Cell[][] = [
      ["某市2019年度工业企业专项扶持资金拨付明细表", null, null, null, null],
      ["序号", "单位名称", "统一社会信用代码", "拨付金额（元）", "拨付日期"],
      [1, "甲精密机械有限公司", "91330100MA27XK1A1P", 120000, "2019-09-12"],
      [2, "乙新材料有限公司", "91330100MA28B3CD20", 80000, "2019-10-15"],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("ledger");
    expect(fields(t)).toEqual(["seq", "payee", "creditCode", "amount", "date"]);
  });

  it("guard: a payment list naming payees without credit codes stays a ledger", () => {
    const values: Cell[][] = [
      ["某村2024年第三季度补助资金发放明细", null, null, null],
      ["序号", "领款人姓名", "发放金额（元）", "备注"],
      [1, "张某", 1200, null],
      [2, "李某", 800, null],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("ledger");
    expect(fields(t).slice(0, 3)).toEqual(["seq", "payee", "amount"]);
  });
});

describe("execution: money raised and released against the year's plan is what its progress measures (learn l70b)", () => {
  // A release-progress table of money raised (筹措, 筹集) against the year's plan for raising it (年度计划筹措资金):
  // the plan is the budget as set for the year, and the money raised and released what the 进度 is a share of.
  it("资金来源 | 年度计划筹措资金 | 累计筹措下达 | 下达进度, the total first over 其中 lines: a line's slip found", () => {
    const values: Cell[][] = [
      ["某省2022年上半年民生工程资金筹措下达进度表（截至6月30日）", null, null, null],
      [null, null, null, "单位：亿元"],
      ["资金来源", "年度计划筹措资金", "累计筹措下达", "下达进度"],
      ["合计", 400, 300, "75.00%"],
      ["其中：中央财政补助", 250, 200, "80.00%"],
      ["      省本级财政安排", 150, 100, "76.67%"],
    ];
    const merges = ["A1:D1"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget", "actual", "rate"]);
    // 100 / 150 = 66.67%, not the 76.67% stated; the total and 中央 agree.
    const r = run(values, merges, "2022-06-30");
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D6"]);
    // The line indented under 其中's text is the list's next part, 中央's peer: 250 + 150 and 200 + 100 make the total.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("项目 | 计划筹措（万元） | 已筹集（万元） | 筹集进度（%）: a share as numbers, its slip found against the money raised", () => {
    const values: Cell[][] = [
      ["某市2023年为民办实事项目资金筹集情况表", null, null, null, null],
      ["序号", "项目", "计划筹措（万元）", "已筹集（万元）", "筹集进度（%）"],
      [1, "老旧小区改造", 12000, 9000, 75],
      [2, "城乡公交", 8000, 6400, 80],
      [3, "农村饮水", 5000, 2000, 45],
      [4, "学校食堂", 4000, 3000, 75],
      ["合计", null, 29000, 20400, 70.34],
    ];
    const merges = ["A1:E1", "A7:B7"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["seq", "category", "initialBudget", "actual", "rate"]);
    // 2,000 / 5,000 is 40%, not the 45 stated.
    expect(ruleCells(run(values, merges, "2023-09-30"), "execution.rate-mismatch")).toEqual(["E5"]);
  });

  it("guard: a table of the money's sources (资金来源 | 金额) with no progress stays a composition", () => {
    const values: Cell[][] = [
      ["某省2022年民生工程资金筹措来源表", null],
      [null, "单位：亿元"],
      ["资金来源", "金额"],
      ["合计", 400],
      ["其中：中央财政补助", 250],
      ["      省本级财政安排", 150],
    ];
    const [t] = tables(values, ["A1:B1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount"]);
  });

  it("guard: money raised beside money spent (计划筹措 | 已筹措 | 已支出 | 支出进度): the spending is what the rate measures", () => {
    const values: Cell[][] = [
      ["某县2022年民生实事资金执行进度表", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["项目", "计划筹措", "已筹措", "已支出", "支出进度（%）"],
      ["甲项目", 10000, 10000, 6000, 60],
      ["乙项目", 8000, 8000, 4000, 50],
      ["丙项目", 6000, 6000, 3000, 50],
    ];
    const merges = ["A1:E1", "A2:E2"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(fields(t)[3]).toBe("actual");
    expect(fields(t)[4]).toBe("rate");
    expect(fields(t)[2]).not.toBe("actual");
    expect(ruleCells(run(values, merges, "2022-12-31"), "execution.rate-mismatch")).toEqual([]);
  });
});

describe("execution: a 三公 summary naming neither 决算 nor 执行 is the budget; unmarked lines spelling a line are its parts", () => {
  it("…“三公”经费汇总情况表 across one row under a 小计 heading: the budget, the 合计 checked against its parts", () => {
    const values: Cell[][] = [
      ["2018年某区“三公”经费汇总情况表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
      [null, null, "小计", "购置费", "运行费", null],
      [880, 50, 700, 300, 400, 120],
      ["注：以上为本年安排数。", null, null, null, null, null],
    ];
    const r = run(values, ["A1:F1", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "A6:F6"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(fields(r.tables[0])[0]).toBe("initialBudget");
    // 50 + 700 + 120 = 870, the 小计 counted once.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["A5"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
  });

  it("…三公经费汇总情况表 unquoted, one heading row, figures that add up: the budget, nothing reported", () => {
    const values: Cell[][] = [
      ["某局2019年三公经费汇总情况表", null, null, null],
      ["合计", "因公出国费", "公务用车费", "公务接待费"],
      [36.5, 10, 20, 6.5],
    ];
    const r = run(values, ["A1:D1"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(fields(r.tables[0])[0]).toBe("initialBudget");
    expect(r.findings.filter((f) => f.rule.startsWith("execution."))).toEqual([]);
  });

  it("guard: a 三公经费决算情况表 across one row is no budget", () => {
    const values: Cell[][] = [
      ["2017年某区“三公”经费决算情况表", null, null, null],
      ["合计", "因公出国费", "公务用车费", "公务接待费"],
      [36.5, 10, 20, 6.5],
    ];
    const r = run(values, ["A1:D1"]);
    expect(r.tables.every((t) => !fields(t).includes("initialBudget") && !fields(t).includes("budget"))).toBe(true);
  });

  it("购置费 | 运行维护费 after 公务用车购置及运行维护费, no 其中, a foot line adding the car line: its parts, the slip reported once", () => {
    const values: Cell[][] = [
      ["2017年度某区“三公”经费决算情况", null],
      ["经费项目", "2017年度支出（万元）"],
      ["因公出国（境）费", 20],
      ["公务接待费", 30],
      ["公务用车购置及运行维护费", 160],
      ["公务用车购置费", 40],
      ["公务用车运行维护费", 110],
      ["“三公”经费支出", 200],
    ];
    const r = run(values, ["A1:B1"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B5"]);
  });

  it("会议费 | 培训费 after 会议费和培训费 in the middle, a 合计 foot adding the line as typed: parts, their slip reported", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "支出数"],
      ["办公费", 100, 80],
      ["会议费和培训费", 60, 50],
      ["培训费", 30, 20],
      ["会议费", 35, 20],
      ["差旅费", 40, 30],
      ["合计", 200, 160],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    // 预算 30 + 35 = 65 against 60, 支出 20 + 20 = 40 against 50. The 合计 adds 办公费, the line and 差旅费.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B3", "C3"]);
  });

  it("guard: lines spelling a line that the foot adds as well are peers, not parts", () => {
    const values: Cell[][] = [
      ["经费项目", "支出（万元）"],
      ["因公出国（境）费", 20],
      ["公务用车购置及运行维护费", 100],
      ["公务用车购置费", 40],
      ["公务用车运行维护费", 50],
      ["三公经费支出", 210],
    ];
    const r = run(values);
    expect(r.tables.map((t) => t.kind)).toEqual(["execution"]);
    expect(ruleCells(r, "execution.total-mismatch")).not.toContain("B3");
  });
});

describe("composition: one list printed in blocks side by side under a header repeated across, read down and on", () => {
  it("joins three 单位 | 金额 blocks into one list: 合计 first, each city's 小计, the city over 其中：市本级 and its districts", () => {
    const values: Cell[][] = [
      ["某省2020年某项补助资金分配表", null, null, null, null, null],
      [null, null, null, null, "单位：万元", null],
      ["单位", "金额", "单位", "金额", "单位", "金额"],
      // 甲市 220 = 市本级 40 + its districts, the last (南湖区) at the top of the second block.
      ["全省合计", 580, "南湖区", 20, "丙市", 90],
      ["甲市小计", 270, "东山县", 50, "其中：市本级", 10],
      ["甲市", 220, "乙市小计", 150, "西城区", 80],
      ["其中：市本级", 40, "乙市", 100, "丁县", 25],
      ["北关区", 60, "其中：市本级", 30, "戊县", 20],
      ["东城区", 80, "河口区", 70, "己县", 15],
      // 乙市小计 150 = 乙市 100 + 北山县 60 = 160 typed 150.
      ["西湖区", 20, "北山县", 60, null, null],
      [null, null, "丙市小计", 150, null, null],
    ];
    const merges = ["A1:F1", "E2:F2"];
    const ts = tables(values, merges);
    expect(ts).toHaveLength(1);
    expect(ts[0].kind).toBe("composition");
    expect(ts[0].range).toEqual({ r0: 2, c0: 0, r1: 10, c1: 5 });
    expect(fields(ts[0])).toEqual(["item", "amount", "item", "amount", "item", "amount"]);
    const r = run(values, merges);
    const found = r.findings.filter((f) => f.rule === "composition.total-mismatch");
    expect(found.map((f) => f.cell)).toEqual(["D6"]);
    expect(found[0].row).toBe(5);
  });

  it("joins two 地区 | 资金 blocks with 总计 first and reports a 总计 its lines do not make", () => {
    const values: Cell[][] = [
      ["单位：元", null, null, null],
      ["地区", "资金", "地区", "资金"],
      ["总计", 1000, "丁县", 150],
      ["甲县", 200, "戊县", 100],
      ["乙县", 300, "己县", 60],
      // 200 + 300 + 180 + 150 + 100 + 60 = 990, typed 1,000.
      ["丙县", 180, null, null],
    ];
    const ts = tables(values);
    expect(ts).toHaveLength(1);
    expect(fields(ts[0])).toEqual(["item", "amount", "item", "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["B3"]);
  });

  it("guard: two blocks each closing with its own 合计 stay two tables", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "金额", "项目", "金额"],
      ["甲项", 10, "丙项", 30],
      ["乙项", 20, "丁项", 40],
      ["合计", 30, "合计", 70],
    ];
    const ts = tables(values);
    expect(ts).toHaveLength(2);
    expect(ts.map((t) => [t.range.c0, t.range.c1])).toEqual([[0, 1], [2, 3]]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: a 其中 line over peers that never add up to its line stays its only part", () => {
    const values: Cell[][] = [
      ["某市2021年某项资金分配表", null],
      ["单位：万元", null],
      ["地区", "分配资金"],
      ["甲市", 100],
      ["其中：市本级", 30],
      ["乙县", 40],
      ["丙县", 50],
      ["合计", 190],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });
});

describe("register: counties asking for an award in a summary of applications (…申请汇总表) titled by a catalog item", () => {
  const item = (name: string, capType: "fixed" | "max", capAmount: number) => ({ name, code: null, category: null, capType, capAmount, rate: null, document: null, year: null });
  const audited = (values: Cell[][], merges: string[], items: ReturnType<typeof item>[]) =>
    audit({ sheets: [grid(values, merges)], catalog: { name: "目录", origin: "file" as const, items }, settings: { today: "2023-12-31" } });

  it("县（市、区） | two years' output | 新增 | 申请奖补资金 under …奖补资金申请汇总表, seals above: the counties ask, the fixed award checked", () => {
    const values: Cell[][] = [
      ["附件2", null, null, null, null, null],
      ["支持各地发展肉牛产业奖补资金申请汇总表", null, null, null, null, null],
      ["某州农业农村局（公章）", null, "某州财政局（公章）", null, null, null],
      ["序号", "县（市、区）", "2023年牛肉产量（万吨）", "2022年牛肉产量（万吨）", "新增牛肉产量（万吨）", "申请奖补资金（万元）"],
      [1, "甲县", 2.4, 2.1, 0.3, 300],
      [2, "乙县", 3.2, 2.6, 0.6, 450],
      ["合计", null, 5.6, 4.7, 0.9, 750],
    ];
    const merges = ["A2:F2", "A3:B3", "C3:D3", "A7:B7"];
    const r = audited(values, merges, [item("支持各地发展肉牛产业奖补", "fixed", 3_000_000)]);
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect([fields(t)[1], fields(t)[5]]).toEqual(["enterprise", "requested"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["F6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("县（区） | 面积 | 申请金额 under …补助资金申报汇总表, its unit on a line of its own: a register of counties, the maximum checked", () => {
    const values: Cell[][] = [
      ["2024年高标准茶园建设补助资金申报汇总表", null, null, null],
      ["单位：万元", null, null, null],
      ["序号", "县（区）", "新建茶园面积（亩）", "申请金额"],
      [1, "丙县", 3000, 180],
      [2, "丁区", 5200, 260],
      [3, "戊县", 2600, 150],
    ];
    const r = audited(values, ["A1:D1"], [item("高标准茶园建设补助", "max", 2_000_000)]);
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect([fields(t)[1], fields(t)[3]]).toEqual(["enterprise", "requested"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D5"]);
  });

  it("guard: a fund shared out among counties (…资金分配表 | 分配金额), output beside, stays an allocation", () => {
    const values: Cell[][] = [
      ["2023年肉牛产业发展资金分配表", null, null, null],
      ["序号", "县（市、区）", "新增牛肉产量（万吨）", "分配金额（万元）"],
      [1, "甲县", 0.3, 300],
      [2, "乙县", 0.6, 450],
      ["合计", null, 0.9, 750],
    ];
    expect(tables(values, ["A1:D1", "A5:B5"])[0].kind).toBe("composition");
  });

  it("guard: an allocation's application summary (…资金分配申请汇总表) lends its counties nothing and stays an allocation", () => {
    const values: Cell[][] = [
      ["2023年肉牛产业发展资金分配申请汇总表", null, null, null],
      ["序号", "县（市、区）", "新增牛肉产量（万吨）", "分配金额（万元）"],
      [1, "甲县", 0.3, 300],
      [2, "乙县", 0.6, 450],
      ["合计", null, 0.9, 750],
    ];
    expect(tables(values, ["A1:D1", "A5:B5"])[0].kind).toBe("composition");
  });
});

describe("register: a recognition list of named bodies with their place and grade, no money or code", () => {
  const checked = (values: Cell[][], merges: string[], district: string) =>
    audit({
      sheets: [grid(values, merges)],
      settings: { today: "2023-12-31", district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });

  it("序号 | 园区名称 | 所在地 | 星级 under …星级小微企业园名单, a sign-off under it: a register, places judged, a park listed twice caught", () => {
    const values: Cell[][] = [
      ["附件", null, null, null],
      ["2022年度洛阳市星级小微企业园名单", null, null, null],
      ["序号", "园区名称", "所在地", "星级"],
      [1, "甲科技园", "涧西区", "三星级"],
      [2, "乙产业孵化园", "偃师区", "二星级"],
      [3, "丙五金产业园", "龙亭区", "一星级"],
      [4, "丁小微企业园", "孟津区", "一星级"],
      [5, "甲科技园", "涧西区", "一星级"],
      [null, null, "某市领导小组", null],
      [null, null, "2023年7月1日", null],
    ];
    const merges = ["A2:D2", "C9:D9", "C10:D10"];
    const r = checked(values, merges, "洛阳市");
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "category"]);
    expect(t.range.r1).toBe(7);
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["C6"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B8"]);
    expect(ruleCells(r, "register.unpaid")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("序号 | 基地名称 | 所在县（市、区） | 等级 under …示范基地认定名单: the same reading", () => {
    const values: Cell[][] = [
      ["某省第三批农业示范基地认定名单", null, null, null],
      ["序号", "基地名称", "所在县（市、区）", "等级"],
      [1, "甲蔬菜示范基地", "甲县", "省级"],
      [2, "乙茶叶示范基地", "乙县", "市级"],
      [3, "丙果品示范基地", "丙区", "市级"],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t?.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "category"]);
  });

  it("guard: a 名单 of names with their place alone (单位名称 | 所在地) is not forced into a register", () => {
    const values: Cell[][] = [
      ["某市示范单位名单", null, null],
      ["序号", "单位名称", "所在地"],
      [1, "甲公司", "甲区"],
      [2, "乙公司", "乙县"],
      [3, "丙公司", "丙区"],
    ];
    expect(tables(values, ["A1:C1"])).toEqual([]);
  });

  it("guard: a list with money (…奖励名单 | 奖励金额) keeps its money reading", () => {
    const values: Cell[][] = [
      ["某市星级园区奖励名单", null, null, null, null],
      ["序号", "园区名称", "所在地", "星级", "奖励金额（万元）"],
      [1, "甲科技园", "甲区", "三星级", 50],
      [2, "乙产业园", "乙县", "二星级", 30],
      [3, "丙园", "丙区", "一星级", 10],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "category", "approved"]);
    expect(t.unit).toBe("万元");
  });
});

describe("register: a direction / trade / field column of a list is its category, a support verb opening a direction no award", () => {
  // A fund's directions may open with the verb of support (支持数字化转型, 扶持中小企业发展): what the fund supports, no
  // award; a few repeated, they sort the rows and the title's policy is the item. A recognition list's trade (主导产业
  // 茶叶 / 水产品) sorts its firms the same way. Values naming awards (技术改造奖补) keep the item reading.
  it("企业名称 | 项目名称 | 支持方向 (支持数字化转型 among four, repeated) | 申请支持资金: category, the title's policy at the first amount", () => {
    const values: Cell[][] = [
      ["某区2025年数字经济专项资金拟推荐项目名单", null, null, null, null],
      ["序号", "企业名称", "项目名称", "支持方向", "申请支持资金（万元）"],
      [1, "甲数据科技有限公司", "工业互联网平台", "做强做优数字产业", 500],
      [2, "乙智能系统有限公司", "算力中心扩容", "强化基础支撑", 800],
      [3, "丙精密机械有限公司", "车间数字化改造", "支持数字化转型", 300],
      [4, "丁云计算有限公司", "边缘计算节点", "强化基础支撑", 400],
      [5, "戊海洋科技有限公司", "海洋牧场数字化", "支持数字化转型", 250],
      [6, "己软件有限公司", "工业软件研发", "做强做优数字产业", 350],
    ];
    const r = run(values, ["A1:E1"]);
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "project", "category", "requested"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual(["E3"]);
  });

  it("扶持方向 (扶持中小企业发展, 扶持平台建设, 人才引进, repeated) | 单位名称 | 扶持资金: category still", () => {
    const values: Cell[][] = [
      ["扶持方向", "单位名称", "扶持资金（万元）"],
      ["扶持中小企业发展", "甲机械有限公司", 20],
      ["扶持平台建设", "乙科技有限公司", 50],
      ["人才引进", "丙材料有限公司", 10],
      ["扶持中小企业发展", "丁电子有限公司", 15],
      ["扶持平台建设", "戊软件有限公司", 40],
    ];
    expect(fields(run(values).tables[0])).toEqual(["category", "enterprise", "approved"]);
  });

  it("guard: 支持方向 whose values name awards after the verb (支持技术改造补助, 首台套奖励) stays the item", () => {
    const values: Cell[][] = [
      ["企业名称", "项目名称", "支持方向", "支持金额（万元）"],
      ["甲机械有限公司", "热处理线改造", "支持技术改造补助", 50],
      ["乙材料有限公司", "碳纤维产线", "支持技术改造补助", 30],
      ["丙电子有限公司", "大功率激光器", "首台套奖励", 100],
      ["丁科技有限公司", "装配线改造", "支持技术改造补助", 20],
    ];
    expect(fields(run(values).tables[0])).toEqual(["enterprise", "project", "item", "approved"]);
  });

  it("县（市、区） | 企业名称 | 统一社会信用代码 | 主导产业, a recognition list with no money: the trade is the category", () => {
    const values: Cell[][] = [
      ["2022年新申报农业产业化市级龙头企业拟认定名单", null, null, null, null],
      ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "主导产业"],
      [1, "甲县", "甲县茶业有限公司", "91360424MA37R8W4N8", "茶叶"],
      [2, "乙县", "乙县生态农业有限公司", "91360423MA3AF2L5UU", "优质稻米"],
      [3, "丙区", "丙区水产食品有限公司", "91360428MA39D3K6P8", "水产品"],
      [4, "丁县", "丁县米业有限公司", "91360425MA35N7C1GJ", "优质稻米"],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "creditCode", "category"]);
  });

  it("企业名称 | 主营行业 | 统一社会信用代码 under a 认定名单, the trade read as the category", () => {
    const values: Cell[][] = [
      ["2023年度专精特新中小企业认定名单", null, null],
      ["企业名称", "主营行业", "统一社会信用代码"],
      ["甲精密机械有限公司", "装备制造", "91360424MA37R8W4N8"],
      ["乙新材料有限公司", "新材料", "91360423MA3AF2L5UU"],
      ["丙电子有限公司", "电子信息", "91360428MA39D3K6P8"],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["enterprise", "category", "creditCode"]);
  });
});

describe("selfeval: the comparison typed under 指标方向 and the direction (正向 / 反向) under 指标性质", () => {
  // Some offices fill the two columns the other way round: 正向 under 指标性质, 大于等于 under 指标方向. The
  // comparison is taken from whichever column states one; a direction word is none (正向100% is no target),
  // and 反向 over a bare figure makes it a maximum.
  const form = (heads: [string, string], rows: [string, string, string, string | null, number, number, string][]): Cell[][] => [
    ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null, null],
    ["年度资金总额", 0, 10, 10, 10, "100%", 10, null, null, null],
    ["二级指标", "三级指标", heads[0], heads[1], "年度指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施"],
    ...rows.map(([l2, name, a, b, t, v, u]) => [l2, name, a, b, t, v, u, 45, 45, null] as Cell[]),
    ["总分", null, null, null, null, null, null, 100, 100, null],
  ];
  const missed = (values: Cell[][]) => ruleCells(run(values), "selfeval.target-missed-full-score");

  it("指标性质 正向 | 指标方向 等于: 95% against 100% with full marks is reported; 32天 against 大于等于 30 is met", () => {
    const values = form(["指标性质", "指标方向"], [
      ["数量指标", "外业调查天数", "正向", "大于等于", 30, 32, "天"],
      ["质量指标", "宣传合格率", "正向", "等于", 100, 95, "%"],
    ]);
    expect(run(values).tables.map((t) => t.kind)).toEqual(["selfeval"]);
    expect(missed(values)).toEqual(["I6"]);
  });

  it("指标性质 反向指标 | 指标方向性 ≤, and 反向 alone over a bare figure: above the ceiling reported, within it met", () => {
    const values = form(["指标性质", "指标方向性"], [
      ["数量指标", "群众投诉件数", "反向指标", "≤", 5, 7, "件"],
      ["成本指标", "车辆租赁费用", "反向指标", "≤", 1.2, 1.1, "万元"],
    ]);
    expect(missed(values)).toEqual(["I5"]);
    const bare = form(["指标性质", "指标方向"], [
      ["数量指标", "群众投诉件数", "反向", null, 5, 7, "件"],
      ["数量指标", "发放宣传册数", "正向", null, 200, 260, "册"],
    ]);
    expect(missed(bare)).toEqual(["I5"]);
  });

  it("guard: the usual order (指标性质 ≥ | 指标方向性 正向指标) keeps its reading: a miss reported, a met target not", () => {
    const values = form(["指标性质", "指标方向性"], [
      ["数量指标", "培训人次", "≥", "正向指标", 200, 180, "人次"],
      ["质量指标", "验收合格率", "=", "正向指标", 100, 100, "%"],
    ]);
    expect(missed(values)).toEqual(["I5"]);
  });
});

describe("register: the equipment investment a catalog's rate names, beside the project's 总投资 (learn l76e)", () => {
  // An investment award at a rate of the equipment bought (按照设备、软硬件工具等投资额的10%): the list gives the
  // project's whole investment beside that equipment investment. The vocabulary reads 总投资 as a base; the
  // catalog's own words link the equipment column, so the whole investment yields to it.
  const item = (name: string, base: string, rate: number, cap: number) => ({
    name: "目录",
    origin: "file" as const,
    items: [{ name, code: null, category: null, capType: "rate" as const, capAmount: cap, rate, base, document: null, year: null }],
  });
  const equipment: Cell[][] = [
    ["2023年支持工业企业高质量投资拟支持项目名单"],
    [null, null, null, null, null, "单位：万元"],
    ["序号", "企业名称", "支持事项", "项目总投资", "设备、软硬件工具等投资额", "支持金额"],
    [1, "甲海工装备有限公司", "支持工业企业高质量投资", 28_600, 21_400, 2_140],
    // 10% × 2,180 = 218 < 320, which is 10% of the 总投资.
    [2, "乙汽车模具有限公司", "支持工业企业高质量投资", 3_200, 2_180, 320],
    [3, "丙新材料有限公司", "支持工业企业高质量投资", 82_000, 61_500, 5_000],
  ];
  const tianjin = item("支持工业企业高质量投资", "设备、软硬件工具等投资额", 0.1, 50_000_000);

  it("项目总投资 | 设备、软硬件工具等投资额: the equipment investment is the base, the rate checked against it", () => {
    const r = audit({ sheets: [grid(equipment, ["A1:F1"])], catalog: tianjin, settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "item", null, "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["F5"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual([]);
  });

  it("计划总投资（元） | 生产性设备购置投入（元） under 8% of that: other words, the same link", () => {
    const values: Cell[][] = [
      ["企业名称", "扶持项目", "计划总投资（元）", "生产性设备购置投入（元）", "补助金额（元）"],
      ["甲机械有限公司", "技术改造设备补助", 9_000_000, 5_000_000, 400_000],
      // 8% × 4,000,000 = 320,000 < 560,000 (8% of the 计划总投资 7,000,000).
      ["乙纺织有限公司", "技术改造设备补助", 7_000_000, 4_000_000, 560_000],
    ];
    const r = audit({ sheets: [grid(values)], catalog: item("技术改造设备补助", "生产性设备购置投入", 0.08, 2_000_000), settings: { today: "2023-12-31" } });
    expect(fields(r.tables[0])).toEqual(["enterprise", "item", null, "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
  });

  it("guards: a rate of the 总投资 keeps it as the base; with no catalog the 总投资 stays the base read", () => {
    const whole = audit({ sheets: [grid(equipment, ["A1:F1"])], catalog: item("支持工业企业高质量投资", "项目总投资", 0.1, 50_000_000), settings: { today: "2023-12-31" } });
    expect(fields(whole.tables[0])).toEqual(["seq", "enterprise", "item", "base", null, "approved"]);
    expect(ruleCells(whole, "cap.rate-exceeded")).toEqual([]);
    const none = audit({ sheets: [grid(equipment, ["A1:F1"])], settings: { today: "2023-12-31" } });
    expect(none.tables[0].columns[3].field).toBe("base");
    expect(none.tables[0].columns[4].field).toBeNull();
  });
});

describe("catalog: a merged 补贴标准 over standards by level (国家 | 省级 | 市级 …), a department column beside the item", () => {
  const levelRows = (title: string, head: string, levels: string[], dept: string, floor: string): Cell[][] => [
    [title, null, null, null, null, null, null, null, null],
    ["序号", dept, "补贴项目", "补贴对象", head, null, null, null, "发放方式"],
    [null, null, null, null, ...levels, null],
    [1, "甲市民政局", "困难人员生活补助", "困难群众", "不低于当地标准", "每人每月400元", "每人每月500元", "—", "打卡发放"],
    [2, "甲市民政局", "低保补差", "低保对象", "由省确定", "最高不超过500元", "月人均补差最高不超过600元", "—", "打卡发放"],
    [3, "甲市残联", "残疾人生活补贴", "残疾人", "—", "每人每月70元", "每人每月80元", "—", "打卡发放"],
    [4, "甲市农业农村局", "耕地保护补贴", "种地农民", "—", "—", floor, "县区核定", "打卡发放"],
  ];
  const merges = ["A1:I1", "E2:H2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "I2:I3"];

  it("reads the city's own level (市级标准) as the standard and the department as the category; a floor alone is unreadable", () => {
    const values = levelRows("2025年甲市市级惠农补贴政策清单", "补贴标准", ["国家标准", "省级标准", "市级标准", "县区标准"], "主管部门", "按县区核定的每亩标准发放，不低于每亩100元。");
    const r = run(values, merges);
    const t = r.tables[0] as CatalogTable;
    expect(t.kind).toBe("catalog");
    expect(fields(t).slice(0, 3)).toEqual(["seq", "category", "item"]);
    expect(fields(t).slice(4, 8)).toEqual([null, null, "standard", null]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["G7"]);
  });

  it("reads 支持标准 over 中央 | 省级 | 市级 with a 责任单位 beside the item, a floor per person a month unreadable", () => {
    const values = levelRows("2025年甲市惠农补贴政策清单", "支持标准", ["中央标准", "省级标准", "市级标准", "县级标准"], "责任单位", "不少于每人每月200元");
    const r = run(values, merges);
    const t = r.tables[0] as CatalogTable;
    expect(fields(t)[1]).toBe("category");
    expect(fields(t)[6]).toBe("standard");
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["G7"]);
  });

  it("reads a province's own list (省级) by its 省级标准 column", () => {
    const values = levelRows("2025年甲省省级惠农补贴政策清单", "补贴标准", ["国家标准", "省级标准", "市级标准", "县区标准"], "主管部门", "每亩100元");
    const r = run(values, merges);
    expect(fields(r.tables[0]).slice(4, 8)).toEqual([null, "standard", null, null]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
  });

  it("keeps one standard column's reading, its fixed amount per acre no floor", () => {
    const values: Cell[][] = [
      ["序号", "主管部门", "补贴项目", "补贴对象", "补贴标准", "发放方式"],
      [1, "甲市民政局", "困难人员生活补助", "困难群众", "每人每月500元", "打卡发放"],
      [2, "甲市民政局", "低保补差", "低保对象", "月人均补差最高不超过600元", "打卡发放"],
      [3, "甲市农业农村局", "耕地保护补贴", "种地农民", "每亩100元", "打卡发放"],
    ];
    const r = run(values);
    const t = r.tables[0] as CatalogTable;
    expect(fields(t)[4]).toBe("standard");
    expect(fields(t)[2]).toBe("item");
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
  });
});

describe("execution: a 三公 table is a budget or its execution, a blank last year's column no spending, counts below no money", () => {
  it("…三公经费汇总情况决算表 with one 本年预算数 column, 合计 first: execution of the year's budget, the 合计 checked", () => {
    const values: Cell[][] = [
      ["某县2016年“三公”经费汇总情况决算表", null],
      ["单位：万元", null],
      ["项目", "本年预算数"],
      ["合计", 1500],
      ["1、因公出国（境）费用", 20],
      ["2、公务接待费", 600],
      ["3、公务用车费", 900],
      ["其中：（1）公务用车运行维护费", 800],
      ["（2）公务用车购置", 100],
    ];
    const r = run(values, ["A1:B1", "A2:B2"]);
    const t = r.tables[0];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget"]);
    expect(t.range.r1).toBe(8);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B4"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("a …三公经费汇总决算表 variant (预算数 alone, 一、 numbering, 合计 at the foot): still execution, nothing unspent", () => {
    const values: Cell[][] = [
      ["某市2019年度“三公”经费汇总决算表", null],
      ["项目", "预算数"],
      ["一、因公出国（境）费", 5],
      ["二、公务接待费", 12],
      ["三、公务用车购置及运行费", 30],
      ["合计", 47],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("execution");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
  });

  it("2016年执行数 left blank | 2017年预算数, counts below: one year's budget, the （2） line kept, the vehicle line checked against its halves", () => {
    const values: Cell[][] = [
      ["某园2017年度部门“三公”经费预算情况表", null, null],
      [null, null, "单位：元"],
      ["项目", "2016年执行数", "2017年预算数"],
      ["一、支出合计", null, 90000],
      ["1、因公出国（境）费用", null, null],
      ["2、公务接待费", null, 40000],
      ["3、公务用车费", null, 50000],
      ["其中：（1）公务用车运行维护费", null, 45000],
      ["（2）公务用车购置", null, null],
      ["二、相关统计数", null, null],
      ["1.公务用车保有量（辆）", null, 2],
      ["2.公务接待批次（批）", null, 30],
      ["3.公务接待人数（人）", null, 300],
    ];
    const r = run(values, ["A1:C1"]);
    const t = r.tables[0] as ExecutionTable;
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", null, "initialBudget"]);
    expect(t.range.r1).toBe(8);
    expect([...new Set(t.rows.flatMap((x) => x.years.map((y) => y.year)))]).toEqual([2017]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
  });

  it("a variant by （一）（二） halves, the counts block numbered 三、 with 次 and 个: the same reading", () => {
    const values: Cell[][] = [
      ["某中心2020年“三公”经费预算表", null, null],
      ["项目", "2019年执行数", "2020年预算数"],
      ["合计", null, 70],
      ["因公出国（境）费", null, 10],
      ["公务接待费", null, 20],
      ["公务用车购置及运行费", null, 40],
      ["其中：（一）公务用车购置费", null, 25],
      ["（二）公务用车运行维护费", null, 15],
      ["三、其他统计数据", null, null],
      ["1.出国团组（个）", null, 1],
      ["2.接待次数（次）", null, 12],
    ];
    const r = run(values);
    const t = r.tables[0];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", null, "initialBudget"]);
    expect(t.range.r1).toBe(7);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
  });

  it("last year's execution with figures beside this year's budget is last year's outcome too: unread, no spending of 2017", () => {
    const values: Cell[][] = [
      ["某园2017年度部门“三公”经费预算情况表", null, null],
      ["项目", "2016年执行数", "2017年预算数"],
      ["合计", 80, 90],
      ["公务接待费", 30, 40],
      ["公务用车费", 50, 50],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("execution");
    expect(fields(r.tables[0])[1]).toBeNull();
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
  });

  it("guard: a 其中 list naming only one half, the other line unnamed, is no complete list (a blank part is not summed)", () => {
    const values: Cell[][] = [
      ["某局2018年“三公”经费决算表", null, null],
      ["项目", "预算数", "决算数"],
      ["公务接待费", 40, 38],
      ["公务用车费", 50, 49],
      ["其中：公务用车运行维护费", 30, 29],
      ["合计", 90, 87],
    ];
    const r = run(values);
    expect(r.tables[0].kind).toBe("execution");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("guard: a 三公 spending table by department (部门 | 合计 | three lines) stays a composition", () => {
    const values: Cell[][] = [
      ["2010年某省试点部门“三公”经费支出情况表", null, null, null, null],
      ["部门", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
      ["甲厅", 100, 20, 50, 30],
      ["乙厅", 60, 10, 30, 20],
      ["丙局", 90, 10, 45, 35],
    ];
    expect(tables(values)[0].kind).toBe("composition");
  });
});

describe("composition: one project a place (市 | 县 | 乡镇 | 项目名称 | 主导产业), and villages right of their towns (县 | 乡镇 | 村)", () => {
  const cols = (values: Cell[][], merges: string[] = []) => {
    const t = tables(values, merges)[0];
    expect(t.kind).toBe("composition");
    return fields(t);
  };

  it("市 | 县（市、区） | 乡（镇） | 项目名称 | 主导产业 | 合计 | parts, one project a city: the project the line, the trade its category", () => {
    const values: Cell[][] = [
      ["某省2020年度产业强镇建设项目表", null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, "单位：万元"],
      ["序号", "市", "县（市、区）", "乡（镇）", "项目名称", "主导产业", "计划投资", null, null],
      [null, null, null, null, null, null, "合计", "中央财政奖补资金", "地方自筹"],
      [1, "甲市", "子县", "东乡", "子县东乡产业强镇建设项目", "杂粮", 2600, 1000, 1600],
      [2, "乙市", "丑县", "南镇", "丑县南镇产业强镇建设项目", "蔬菜", 3200, 1000, 2200],
      [3, "丙市", "寅县", "西乡", "寅县西乡产业强镇建设项目", "果品", 2150, 1000, 1150],
      [4, "丁市", "卯区", "北镇", "卯区北镇产业强镇建设项目", "蔬菜", 2800, 1000, 1800],
      ["合计", null, null, null, null, null, 10750, 4000, 6750],
    ];
    const f = cols(values, ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "A9:F9"]);
    expect([f[4], f[5], f[6]]).toEqual(["item", "category", "amount"]);
    expect(f.filter((x) => x === "item" || x === "category")).toHaveLength(2);
  });

  it("设区市 | 县 | 建设项目 | 产业, no merged heading: the project still the line, the few trades its category", () => {
    const values: Cell[][] = [
      ["序号", "设区市", "县", "建设项目", "产业", "补助资金（万元）"],
      [1, "甲市", "子县", "子县蔬菜基地项目", "蔬菜", 300],
      [2, "乙市", "丑县", "丑县果品基地项目", "果品", 280],
      [3, "丙市", "寅县", "寅县蔬菜冷链项目", "蔬菜", 320],
    ];
    const f = cols(values);
    expect([f[3], f[4], f[5]]).toEqual(["item", "category", "amount"]);
  });

  it("县（区） | 乡镇（街道） | 示范村 | 奖补资金: each village the line", () => {
    const values: Cell[][] = [
      ["某市美丽乡村示范项目奖补资金分配表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "县（区）", "乡镇（街道）", "示范村", "省财政奖补资金"],
      [1, "甲县", "东镇", "北芹村", 320],
      [2, "甲县", "西街道", "西湖村", 300],
      [3, "乙县", "南镇", "东园村", 280],
      [4, "丙区", "北镇", "沙沟村", 300],
      ["合计", null, null, null, 1200],
    ];
    const f = cols(values, ["A1:E1", "A8:D8"]);
    expect([f[3], f[4]]).toEqual(["item", "amount"]);
    expect(f[1]).toBe("category");
    expect(f.filter((x) => x === "item")).toHaveLength(1);
  });

  it("县 | 镇 | 行政村 | 补助金额, each county one village: the village still the line", () => {
    const values: Cell[][] = [
      ["序号", "县", "镇", "行政村", "补助金额（万元）"],
      [1, "甲县", "东镇", "北村", 50],
      [2, "乙县", "西镇", "南村", 60],
      [3, "丙县", "中镇", "前村", 40],
    ];
    const f = cols(values);
    expect([f[3], f[4]]).toEqual(["item", "amount"]);
    expect(f.filter((x) => x === "item")).toHaveLength(1);
  });

  it("guard: 辖市 | 镇 | 项目名称, a few cities over their projects: the city still groups them", () => {
    const values: Cell[][] = [
      ["序号", "辖市", "镇", "项目名称", "补助金额（万元）"],
      [1, "甲市", "东镇", "东镇道路项目", 100],
      [2, "甲市", "西镇", "西镇桥梁项目", 80],
      [3, "乙市", "南镇", "南镇道路项目", 90],
    ];
    const f = cols(values);
    expect([f[1], f[3]]).toEqual(["category", "item"]);
  });

  it("guard: 乡镇 | 村 | 项目名称 keeps reading as it did (the village named apart its line)", () => {
    const values: Cell[][] = [
      ["序号", "乡镇", "村", "项目名称", "补助金额（万元）"],
      [1, "东镇", "北村", "道路硬化", 50],
      [2, "东镇", "南村", "道路硬化", 60],
      [3, "西镇", "前村", "道路硬化", 40],
    ];
    const f = cols(values);
    expect([f[1], f[2]]).toEqual(["category", "item"]);
  });
});

describe("register: a recognition list of villages under county heading rows, no money or code", () => {
  const checked = (values: Cell[][], merges: string[], district: string) =>
    audit({
      sheets: [grid(values, merges)],
      settings: { today: "2023-12-31", district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });

  it("序号 | 试点村 under …试点村名单, `某县（N个）` heading rows: a register, a village listed twice caught, same village name in two towns not", () => {
    const values: Cell[][] = [
      ["某省乡村振兴试点村名单（福州市）", null],
      ["序号", "试点村"],
      ["福清市（3个）", null],
      [1, "甲镇东村"],
      [2, "乙镇西村"],
      [3, "丙镇南村"],
      ["闽侯县（4个）", null],
      [4, "丁镇北村"],
      [5, "戊镇后村"],
      [6, "己镇后村"],
      [7, "丁镇北村"],
    ];
    const merges = ["A1:B1", "A3:B3", "A7:B7"];
    const r = checked(values, merges, "福州市");
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise"]);
    expect(t.range.r1).toBe(10);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B11"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.no-cap")).toEqual([]);
  });

  it("序号 | 创建村 under …创建名单, bare county headings with no count, unmerged: the same reading", () => {
    const values: Cell[][] = [
      ["某市美丽乡村示范创建名单", null],
      ["序号", "创建村"],
      ["甲县", null],
      [1, "东村"],
      [2, "西村"],
      ["乙区", null],
      [3, "南村"],
      [4, "北村"],
    ];
    const [t] = tables(values, ["A1:B1"]);
    expect(t?.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise"]);
  });

  it("guard: a bare list of villages under a 名单 title, no heading rows, stays unread", () => {
    const values: Cell[][] = [
      ["某省乡村振兴试点村名单", null],
      ["序号", "试点村"],
      [1, "甲镇东村"],
      [2, "乙镇西村"],
      [3, "丙镇南村"],
      [4, "丁镇北村"],
    ];
    expect(tables(values, ["A1:B1"])).toEqual([]);
  });

  it("guard: heading rows naming batches, not places (第一批), leave the list unread", () => {
    const values: Cell[][] = [
      ["某省乡村振兴试点村名单", null],
      ["序号", "试点村"],
      ["第一批（2个）", null],
      [1, "甲镇东村"],
      [2, "乙镇西村"],
      ["第二批（2个）", null],
      [3, "丙镇南村"],
      [4, "丁镇北村"],
    ];
    expect(tables(values, ["A1:B1", "A3:B3", "A6:B6"])).toEqual([]);
  });

  it("guard: a list with money under county headings (企业名称 | 奖励金额) keeps its money reading", () => {
    const values: Cell[][] = [
      ["某市专精特新企业奖励名单", null, null],
      ["序号", "企业名称", "奖励金额（万元）"],
      ["甲县", null, null],
      [1, "甲科技有限公司", 50],
      [2, "乙机械有限公司", 30],
      ["乙区", null, null],
      [3, "丙材料有限公司", 20],
      [4, "丁电子有限公司", 20],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "approved"]);
    expect(t.unit).toBe("万元");
  });
});

describe("register: a direction column of distinct values, none an item, under a title naming the catalog's one item, beside the project, is the category", () => {
  // A fund's list names each firm's project and the direction it is supported under (支持方向 生产性服务业 / 信息服务),
  // each row its own direction: nothing repeats, so the few-repeated rule does not see it, but with a catalog loaded
  // whose one item the title names and no value an item or an award, the direction sorts the rows and the item is the
  // title's, its maximum checked.
  const maxItem = (name: string, capAmount: number) => ({ name, code: null, category: null, capType: "max" as const, capAmount: capAmount * 10_000, rate: null, base: null, document: null, year: null });
  const audited = (values: Cell[][], merges: string[], items: ReturnType<typeof maxItem>[]) =>
    audit({ sheets: [grid(values, merges)], catalog: { name: "目录", origin: "file" as const, items }, settings: { today: "2024-12-31" } });

  it("项目单位 | 项目名称 | 支持方向 (each its own) | 支持资金, the title naming the fund: category, the cap checked", () => {
    const values: Cell[][] = [
      ["2023年度某市现代服务业引导资金获支持项目", null, null, null, null],
      ["序号", "项目单位", "项目名称", "支持方向", "支持资金（万元）"],
      [1, "某市甲数据有限公司", "数据服务平台", "信息服务", 300],
      [2, "某市乙物流有限公司", "冷链物流中心", "现代物流", 700],
      [3, "某市丙检测有限公司", "检测公共服务平台", "检验检测", 400],
      [4, "某市丁文化有限公司", "文创园区改造", "文化创意", 200],
    ];
    const r = audited(values, ["A1:E1"], [maxItem("现代服务业引导资金", 500)]);
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "project", "category", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("企业名称 | 扶持方向 (each its own) | 项目名称 | 扶持金额, in 元: the same reading", () => {
    const values: Cell[][] = [
      ["某区文化产业发展专项资金扶持项目公示", null, null, null],
      ["企业名称", "扶持方向", "项目名称", "扶持金额（元）"],
      ["甲影视有限公司", "影视制作", "纪录片拍摄", 200000],
      ["乙动漫有限公司", "动漫游戏", "原创动画开发", 650000],
      ["丙出版有限公司", "数字出版", "有声书平台", 100000],
    ];
    const r = audited(values, ["A1:D1"], [maxItem("文化产业发展专项资金", 50)]);
    expect(fields(r.tables[0])).toEqual(["enterprise", "category", "project", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });

  it("guard: the same list under a title naming no catalog item keeps 支持方向 as the item", () => {
    const values: Cell[][] = [
      ["2023年度某市获支持项目名单", null, null, null],
      ["项目单位", "项目名称", "支持方向", "支持资金（万元）"],
      ["某市甲数据有限公司", "数据服务平台", "信息服务", 300],
      ["某市乙物流有限公司", "冷链物流中心", "现代物流", 700],
    ];
    const r = audited(values, ["A1:D1"], [maxItem("现代服务业引导资金", 500)]);
    expect(fields(r.tables[0])).toEqual(["enterprise", "project", "item", "approved"]);
  });

  it("guard: a 支持方向 whose values are the catalog's items stays the item", () => {
    const values: Cell[][] = [
      ["2023年度某市现代服务业引导资金获支持项目", null, null, null],
      ["项目单位", "项目名称", "支持方向", "支持资金（万元）"],
      ["某市甲数据有限公司", "数据服务平台", "信息服务", 300],
      ["某市乙物流有限公司", "冷链物流中心", "现代物流", 700],
    ];
    const r = audited(values, ["A1:D1"], [maxItem("信息服务", 500), maxItem("现代物流", 500)]);
    expect(fields(r.tables[0])).toEqual(["enterprise", "project", "item", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });
});

describe("register: a grade of listing (挂牌层级 孵化层 / 新兴层) beside the award's kind is the category", () => {
  // Firms listed on a regional equity market are graded by tier (孵化层, 新兴层, 优选层), the award paid per tier named
  // in its own column (奖励类别): the tier sorts the rows as a 评定等级 does, the award column stays the item.
  it("企业名称 | 统一社会信用代码 | 挂牌层级 | 奖励类别 | 兑现金额", () => {
    const values: Cell[][] = [
      ["某区股权交易中心挂牌企业奖励明细", null, null, null, null],
      ["企业名称", "统一社会信用代码", "挂牌层级", "奖励类别", "兑现金额（万元）"],
      ["甲精密机械有限公司", null, "孵化层", "孵化层挂牌奖励", 4],
      ["乙信息技术有限公司", null, "新兴层", "新兴层挂牌奖励", 10],
      ["丙新材料股份有限公司", null, "优选层", "优选层股改奖励", 50],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(fields(t)).toEqual(["enterprise", "creditCode", "category", "item", "approved"]);
  });

  it("单位名称 | 层级 | 奖励项目 | 奖励金额: the same", () => {
    const values: Cell[][] = [
      ["单位名称", "层级", "奖励项目", "奖励金额（万元）"],
      ["甲科技有限公司", "创新层", "挂牌奖励", 20],
      ["乙科技有限公司", "基础层", "挂牌奖励", 10],
      ["丙科技有限公司", "创新层", "挂牌奖励", 20],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["enterprise", "category", "item", "approved"]);
  });
});

describe("two stacked one-column final-account tables under the sheet's one caption", () => {
  const income: Cell[][] = [
    ["某区2023年一般公共预算收支决算平衡表", null],
    [null, "单位：万元"],
    ["收入项目", "决算数"],
    ["收入总计", 1000],
    ["  税收收入", 600],
    ["  上级补助收入", 400],
    [null, null],
  ];

  it("收入项目 | 决算数 over 支出项目 | 决算数, no caption of its own: the lower one is read in 万元 too", () => {
    const values: Cell[][] = [...income, ["支出项目", "决算数"], ["支出总计", 900], ["  一般公共预算支出", 700], ["  上解支出", 250]];
    const ts = tables(values, ["A1:B1"]);
    expect(ts.map((t) => [t.kind, t.range.r0, t.unit])).toEqual([
      ["execution", 2, "万元"],
      ["execution", 7, "万元"],
    ]);
    const r = run(values, ["A1:B1"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B9"]);
  });

  it("收入 | 执行数 over 支出 | 执行数 under 金额单位：万元 on a line of its own: the lower one in 万元", () => {
    const values: Cell[][] = [
      ["某县2022年政府性基金收支执行表", null],
      ["金额单位：万元", null],
      ["收入", "执行数"],
      ["基金收入合计", 500],
      ["  土地出让收入", 450],
      ["  其他收入", 50],
      [null, null],
      ["支出", "执行数"],
      ["基金支出合计", 480],
      ["  城乡社区支出", 400],
      ["  其他支出", 80],
    ];
    const ts = tables(values, ["A1:B1"]);
    expect(ts.map((t) => t.unit)).toEqual(["万元", "万元"]);
  });

  it("guard: a lower table with its own caption (单位：元) keeps it", () => {
    const values: Cell[][] = [...income, [null, "单位：元"], ["支出项目", "决算数"], ["支出总计", 9_000_000], ["  一般公共预算支出", 7_000_000], ["  上解支出", 2_000_000]];
    const ts = tables(values, ["A1:B1"]);
    expect(ts.map((t) => t.unit)).toEqual(["万元", "元"]);
  });
});

describe("composition: an allocation by city over the areas a pilot chose (设区市 | 试点地区)", () => {
  it("序号 | 设区市 | 试点地区 | 主导产业 | 奖补资金, the city merged down with a 小计 each: city the category, area the line, 乙市 小计 700 over 600 caught", () => {
    const values: Cell[][] = [
      ["某省试点地区奖补资金安排表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "设区市", "试点地区", "主导产业", "奖补资金"],
      [1, "甲市", "东县", "机械", 500],
      [2, null, "西县", "纺织", 300],
      [null, "小计", null, null, 800],
      [3, "乙市", "南县", "食品", 400],
      [4, null, "乙市经济技术开发区", "电子", 200],
      [null, "小计", null, null, 700],
      ["合计", null, null, null, 1400],
    ];
    const merges = ["A1:E1", "B4:B5", "B7:B8", "A10:D10"];
    const [t] = tables(values, merges);
    expect(t?.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", null, "amount"]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E9"]);
  });

  it("市别 | 示范地区 | 补助资金（万元）, no 序号, the city written on its first line only: the same reading", () => {
    const values: Cell[][] = [
      ["某省示范地区补助资金分配表", null, null],
      ["市别", "示范地区", "补助资金（万元）"],
      ["甲市", "东县", 300],
      [null, "西区", 200],
      ["小计", null, 500],
      ["乙市", "北县", 250],
      [null, "中县", 150],
      ["小计", null, 400],
      ["合计", null, 900],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(t?.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "amount"]);
    expect(ruleCells(run(values, ["A1:C1"]), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: 设区市 alone beside the money (no area column) is still each line", () => {
    const values: Cell[][] = [
      ["某省试点奖补资金安排表", null, null],
      ["序号", "设区市", "奖补资金（万元）"],
      [1, "甲市", 500],
      [2, "乙市", 300],
      [3, "丙市", 200],
      ["合计", null, 1000],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(t?.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "amount"]);
  });
});

describe("a funding-sources table: each level of government a heading row stating its 共计, the documents passing its money down the lines", () => {
  const grid1: Cell[][] = [
    ["某市财政专项扶贫资金来源", null, null, null, null, null],
    [null, null, null, null, null, "单位：万元"],
    ["序号", "资金级次", "省级文号", "市级文号", "金额", "备注"],
    ["1", "中央资金 共计", null, null, 300, null],
    [null, null, "某财农〔2017〕1号", "某财预〔2017〕11号", 100, "不含某县10万元"],
    [null, null, "某财农〔2017〕2号", "某财预〔2017〕12号", 200, null],
    ["2", "省级资金 共计", null, null, 560, null],
    [null, null, "某财农〔2018〕3号", "某财预〔2018〕13号", 250, null],
    [null, null, "某财农〔2018〕4号", "某财预〔2018〕14号", 300, null],
    ["3", "市级资金 共计", null, null, 90, null],
    [null, null, null, "某财预〔2018〕15号", 40, null],
    // The city's one document passing two sums on (the province's and its own): its line repeats.
    [null, null, null, "某财预〔2017〕12号", 50, null],
    ["合计", null, null, null, 940, null],
  ];

  it("reads the level as the category and the nearer level's document as the line; a heading's slip is reported at the heading only", () => {
    const [t] = tables(grid1, ["A1:F1", "A13:D13"]);
    expect(t?.kind).toBe("composition");
    expect(fields(t).slice(0, 5)).toEqual(["seq", "category", "document", "item", "amount"]);
    const r = run(grid1, ["A1:F1", "A13:D13"]);
    // 省级 560 over 250 + 300 = 550; the 合计 940 = the lines 300 + 550 + 90.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("another wording (资金来源级次, 下达文号 alone, 小计 implied by the heading's amount): the same reading", () => {
    const values: Cell[][] = [
      ["某县衔接资金来源情况", null, null, null],
      ["序号", "资金来源级次", "下达文号", "金额（万元）"],
      ["一", "中央衔接资金", null, 500],
      [null, null, "某财农〔2021〕5号", 200],
      [null, null, "某财农〔2021〕6号", 300],
      ["二", "省级衔接资金", null, 120],
      [null, null, "某财农〔2021〕7号", 70],
      [null, null, "某财农〔2021〕8号", 60],
      ["合计", null, null, 630],
    ];
    const [t] = tables(values, ["A1:D1", "A9:C9"]);
    expect(t?.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "amount"]);
    // 省级 120 over 70 + 60 = 130; the 合计 630 = 500 + 130.
    expect(ruleCells(run(values, ["A1:D1", "A9:C9"]), "composition.total-mismatch")).toEqual(["D6"]);
  });

  it("guard: a composition naming its lines (项目名称 | 文号 | 金额) keeps the document beside the line", () => {
    const values: Cell[][] = [
      ["某县资金分配表", null, null, null],
      ["序号", "项目名称", "文号", "金额（万元）"],
      [1, "道路硬化", "某财农〔2021〕1号", 100],
      [2, "饮水工程", "某财农〔2021〕2号", 200],
      [3, "产业园", "某财农〔2021〕3号", 300],
      ["合计", null, null, 600],
    ];
    const [t] = tables(values, ["A1:D1", "A6:C6"]);
    expect(t?.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "document", "amount"]);
    expect(ruleCells(run(values, ["A1:D1", "A6:C6"]), "composition.total-mismatch")).toEqual([]);
  });
});

describe("execution: an investment plan's completion table names the spending 已完成", () => {
  it("项目类别 | 中央投资计划 | 已完成 | 完成率 | 年底目标完成率: 已完成 is the spending, the target text no rate", () => {
    const values: Cell[][] = [
      ["某省中央投资计划完成情况（截至10月31日）", null, null, null, null],
      [null, null, null, null, "单位：亿元"],
      ["项目类别", "中央投资计划", "已完成", "完成率", "年底目标完成率"],
      ["合计", 100, 75, 0.75, null],
      ["其中：甲类工程", 60, 54, 0.9, "90%以上"],
      ["乙类工程", 40, 21, 0.55, "80%以上"],
    ];
    const [t] = tables(values, ["A1:E1"]) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1)).toEqual(["budget", "actual", "rate", null]);
    const r = run(values, ["A1:E1"], "2023-10-31");
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C6"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D6"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("项目 | 年度投资计划 | 已完成 | 完成率, in 万元: a slipped share is caught", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "年度投资计划", "已完成", "完成率"],
      ["甲项目", 500, 400, "80.0%"],
      ["乙项目", 300, 150, "60.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1)).toEqual(["budget", "actual", "rate"]);
    expect(ruleCells(run(values), "execution.rate-mismatch")).toEqual(["D4"]);
  });

  it("guard: what is not yet done (未完成) beside 已完成 is no spending", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "年度投资计划", "已完成", "未完成"],
      ["甲项目", 500, 400, 100],
      ["乙项目", 300, 150, 150],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).filter((f) => f === "actual")).toHaveLength(1);
    expect(fields(t)[2]).toBe("actual");
  });

  it("guard: 已完成 over words (是 / 否), whether a project is done, is no spending", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["项目", "年度投资计划", "已完成"],
      ["甲项目", 500, "是"],
      ["乙项目", 300, "否"],
    ];
    for (const t of tables(values)) expect(fields(t)).not.toContain("actual");
  });
});

describe("execution: an investment plan's completion table names the spending 已完成", () => {
  it("项目类别 | 中央投资计划 | 已完成 | 完成率 | 年底目标完成率: 已完成 is the spending, the target text no rate", () => {
    const values: Cell[][] = [
      ["某省中央投资计划完成情况（截至10月31日）", null, null, null, null],
      [null, null, null, null, "单位：亿元"],
      ["项目类别", "中央投资计划", "已完成", "完成率", "年底目标完成率"],
      ["合计", 100, 75, 0.75, null],
      ["其中：甲类工程", 60, 54, 0.9, "90%以上"],
      ["乙类工程", 40, 21, 0.55, "80%以上"],
    ];
    const [t] = tables(values, ["A1:E1"]) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1)).toEqual(["budget", "actual", "rate", null]);
    const r = run(values, ["A1:E1"], "2023-10-31");
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C6"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["D6"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("项目 | 年度投资计划 | 已完成 | 完成率, in 万元: a slipped share is caught", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "年度投资计划", "已完成", "完成率"],
      ["甲项目", 500, 400, "80.0%"],
      ["乙项目", 300, 150, "60.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1)).toEqual(["budget", "actual", "rate"]);
    expect(ruleCells(run(values), "execution.rate-mismatch")).toEqual(["D4"]);
  });

  it("guard: what is not yet done (未完成) beside 已完成 is no spending", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "年度投资计划", "已完成", "未完成"],
      ["甲项目", 500, 400, 100],
      ["乙项目", 300, 150, 150],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).filter((f) => f === "actual")).toHaveLength(1);
    expect(fields(t)[2]).toBe("actual");
  });

  it("guard: 已完成 over words (是 / 否), whether a project is done, is no spending", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["项目", "年度投资计划", "已完成"],
      ["甲项目", 500, "是"],
      ["乙项目", 300, "否"],
    ];
    for (const t of tables(values)) expect(fields(t)).not.toContain("actual");
  });
});

describe("catalog: a 地区 column of a few places, each on several lines, is the category", () => {
  it("序号 | 地区 | 奖励对象 | 奖励标准, a city and its counties each on several lines: the place is the category", () => {
    const values: Cell[][] = [
      ["某市及下辖各县奖励政策", null, null, null],
      ["序号", "地区", "奖励对象", "奖励标准"],
      [1, "甲市", "国家级小巨人企业", "最高奖励100万元"],
      [2, "甲市", "省级专精特新企业", "最高奖励30万元"],
      [3, "乙县", "国家级小巨人企业", "最高50万元"],
      [4, "乙县", "省级专精特新企业", "最高20万元"],
      [5, "丙区", "国家级小巨人企业", "50万元"],
    ];
    const [t] = tables(values, ["A1:D1"]) as CatalogTable[];
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["seq", "category", "item", "standard"]);
  });

  it("区县 | 支持事项 | 支持标准, the items named outright: the same reading", () => {
    const values: Cell[][] = [
      ["区县", "支持事项", "支持标准"],
      ["东区", "技术改造", "最高200万元"],
      ["东区", "首台套", "最高50万元"],
      ["西区", "技术改造", "最高100万元"],
      ["西区", "首台套", "最高30万元"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["category", "item", "standard"]);
  });

  it("guard: a 地区 column naming every line apart sorts nothing", () => {
    const values: Cell[][] = [
      ["序号", "地区", "奖励对象", "奖励标准"],
      [1, "甲市", "国家级小巨人企业", "最高奖励100万元"],
      [2, "乙县", "国家级小巨人企业", "最高50万元"],
      [3, "丙区", "国家级小巨人企业", "50万元"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("catalog");
    expect(fields(t)[1]).not.toBe("category");
  });
});

describe("a named whole standing first over peers: a ranked list is no outline, a 其中 list adding up to it is its lines", () => {
  it("cities ranked by rate under a named whole: a city's spending equal to the next two's by chance makes it no parent", () => {
    const values: Cell[][] = [
      ["2019年1—8月省级重点工程分市完成投资情况", null, null, null, null],
      [null, null, null, null, "单位：亿元"],
      ["序号", "地区", "年度投资计划", "完成投资", "完成率"],
      [null, "省级重点工程建设项目", 300.0, 200.0, 0.633],
      [1, "甲市", 100.0, 80.0, 0.8],
      [2, "乙市", 60.0, 45.0, 0.75],
      [3, "丙市", 80.0, 35.0, 0.438],
      [4, "丁市", 60.0, 30.0, 0.5],
    ];
    const r = run(values, ["A1:E1"], "2019-08-31");
    // 甲市 80.0 = 乙 45.0 + 丙 35.0 by chance; the whole adds every city's plan as it stands (300.0), its spending slipped (190.0).
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["D4"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["D7", "D8"]);
  });

  it("the same class with a 合计 at the foot slipping in its spending: the peers stay peers", () => {
    const values: Cell[][] = [
      ["某省重点项目分市完成投资情况表", null, null, null],
      ["单位：万元", null, null, null],
      ["地区", "年度计划", "完成投资", "完成率"],
      ["甲市", 100, 80, 0.8],
      ["乙市", 80, 50, 0.625],
      ["丙市", 60, 30, 0.5],
      ["丁市", 60, 45, 0.75],
      ["合计", 300, 200, 0.667],
    ];
    const r = run(values, ["A1:D1"], "2019-08-31");
    // 甲市 80 = 乙 50 + 丙 30 by chance; the 合计 adds every plan as it stands, its spending slipped (205).
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C8"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C6"]);
  });

  it("a named whole first over 其中 lines that are every row after it and add up to it: a total, no status of its own", () => {
    const values: Cell[][] = [
      ["2019年1—5月省重点工程建设项目完成投资情况", null, null, null, null],
      [null, null, null, null, "单位：项、亿元"],
      ["项目类别", "项目数", "年度投资计划", "完成投资", "完成率"],
      ["省重点工程建设项目", 30, 400.0, 140.0, 0.35],
      ["其中：产业项目", 10, 200.0, 80.0, 0.4],
      ["      民生项目", 8, 80.0, 32.0, 0.4],
      ["      基础设施项目", 12, 120.0, 28.0, 0.233],
    ];
    const r = run(values, ["A1:E1"], "2019-05-31");
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["D7"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("a second wording (年度计划 | 累计完成, no 项目数) reads the whole first as the total and checks it", () => {
    const values: Cell[][] = [
      ["某市重点项目1-6月完成情况", null, null, null],
      ["项目类别", "年度计划", "累计完成", "完成率"],
      ["市重点项目", 500.0, 260.0, 0.52],
      ["其中：续建项目", 300.0, 170.0, 0.567],
      ["　　新开工项目", 200.0, 80.0, 0.4],
    ];
    const r = run(values, ["A1:D1"], "2019-06-30");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C3"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C5"]);
  });

  it("guard: 其中 lines that are only some of the line first keep the line's own status", () => {
    const values: Cell[][] = [
      ["某市2019年1-6月支出执行情况", null, null, null],
      ["项目", "年度预算", "累计支出", "执行率"],
      ["一般公共预算支出", 500.0, 150.0, 0.3],
      ["其中：教育支出", 100.0, 45.0, 0.45],
      ["      社会保障和就业支出", 80.0, 40.0, 0.5],
    ];
    const r = run(values, ["A1:D1"], "2019-06-30");
    expect(ruleCells(r, "execution.behind-schedule")).toEqual(["C3"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("guard: a named whole within, its lines adding up to it, stays their parent under a total that adds it alone", () => {
    const values: Cell[][] = [
      ["某县2019年支出执行情况", null, null],
      ["项目", "年度预算", "累计支出"],
      ["合计", 100.0, 90.0],
      ["一般公共预算支出", 60.0, 55.0],
      ["教育", 40.0, 35.0],
      ["卫生", 20.0, 20.0],
      ["政府性基金支出", 40.0, 35.0],
    ];
    const r = run(values, ["A1:C1"], "2019-12-31");
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });
});

describe("composition: a standard set past the fen (13.06125元 a 亩) is multiplied with every decimal it holds", () => {
  // yuancheng-2023 (eighty-third holdout): the standard was rounded to 13.06 before the product, so every line within
  // its fen read as a slip of up to 14.50元.
  it("area × a five-decimal standard in 元: only the planted line is off", () => {
    const values: Cell[][] = [
      ["某镇早造种粮补贴资金分配表", null, null, null, null],
      ["序号", "镇（街道）", "补贴面积（亩）", "补贴标准（元/亩）", "补贴资金（元）"],
      [1, "甲镇", 11598.35, 13.06125, 151488.95],
      [2, "乙镇", 1339.6, 13.06125, 17946.85],
      [3, "丙街道", 18.9, 13.06125, 246.86],
      ["合计", null, 12956.85, null, 169682.66],
    ];
    const r = run(values, ["A1:E1", "A6:B6"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E4"]);
  });

  it("a unit price in 万元 with four decimals times a count", () => {
    const values: Cell[][] = [
      ["设备购置预算表", null, null, null],
      ["单位：万元", null, null, null],
      ["设备名称", "单价", "数量（台）", "金额"],
      ["甲设备", 0.12345, 7, 0.86],
      ["乙设备", 0.33335, 3, 1.0],
      ["合计", null, null, 1.86],
    ];
    const r = run(values, ["A1:D1"]);
    // 0.12345 × 7 = 0.86415 → 0.86 as shown; 0.33335 × 3 = 1.00005 → 1.00.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
  });

  it("guard: a slip past the standard's own product is still found", () => {
    const values: Cell[][] = [
      ["序号", "镇（街道）", "补贴面积（亩）", "补贴标准（元/亩）", "补贴资金（元）"],
      [1, "甲镇", 100, 13.06125, 1316.13],
      [2, "乙镇", 200, 13.06125, 2612.25],
      ["合计", null, 300, null, 3928.38],
    ];
    const r = run(values, ["A4:B4"]);
    // 100 × 13.06125 = 1,306.125: 1,316.13 is 10.00元 over.
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E2"]);
  });
});

describe("composition: a batch a line belongs to, and a category naming every line with what is built described after the money", () => {
  // hebei-2018 (eighty-first holdout): 城市 | 试点批次 (第一批（2017年）试点城市, repeated) | 预算金额: the batch sorts the cities.
  it("a pilot batch repeated beside the cities is the category", () => {
    const values: Cell[][] = [
      ["某省试点城市补助资金预算表", null, null, null],
      ["单位：万元", null, null, null],
      ["序号", "城市", "试点批次", "预算金额"],
      [1, "甲市", "第一批（2017年）试点城市", 500],
      [2, "乙市", "第一批（2017年）试点城市", 300],
      [3, "丙市", "第二批（2018年）试点城市", 200],
      [4, "丁市", "第二批（2018年）试点城市", 100],
      ["合计", null, null, 1100],
    ];
    const [t] = tables(values, ["A1:D1", "A2:D2", "A8:C8"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "category", "amount"]);
  });

  it("a 批次 worded otherwise (支持批次), no year in it, sorts the towns too", () => {
    const values: Cell[][] = [
      ["单位：元", null, null],
      ["乡镇", "支持批次", "补助资金"],
      ["甲镇", "首批", 50000],
      ["乙镇", "首批", 40000],
      ["丙镇", "第二批", 30000],
      ["合计", null, 120000],
    ];
    const [t] = tables(values, ["A6:B6"]);
    expect(fields(t)).toEqual(["item", "category", "amount"]);
  });

  // jiaxian-2022 (eighty-third holdout): 序号 | 项目类别 | 项目个数 | 计划投资 | 占比 | 主要建设内容, a kind of project on every row.
  it("kinds of project each a line, 其中 lines under one, the works described after the money", () => {
    const values: Cell[][] = [
      ["某县衔接资金项目计划汇总表", null, null, null, null],
      ["序号", "项目类别", "项目个数", "计划投资", "主要建设内容"],
      ["一", "乡村建设项目", 10, 300, "修建道路1000平方米"],
      ["二", "产业发展项目", 20, 500, "建大棚等"],
      [null, "其中：种植项目", null, 350, "建大棚30个"],
      [null, "      养殖项目", null, 150, "购牛100头"],
      ["三", "就业类项目", 2, 100, null],
      ["合计", null, 32, 910, null],
    ];
    const [t] = tables(values, ["A1:E1", "A8:B8"]);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 4)).toEqual(["seq", "item", "quantity", "amount"]);
    const r = run(values, ["A1:E1", "A8:B8"]);
    // 300 + 500 + 100 = 900, not the 910 stated; the 其中 lines are 产业发展's, not added again.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D8"]);
  });

  it("a 支出类别 on every line, the content after the money (主要内容)", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["支出类别", "金额", "主要内容"],
      ["基础设施类", 120, "道路硬化"],
      ["产业类", 80, "种植基地"],
      ["培训类", 20, "技能培训"],
      ["合计", 220, null],
    ];
    const [t] = tables(values);
    expect(fields(t).slice(0, 2)).toEqual(["item", "amount"]);
  });

  it("guard: a category repeated down its projects, the projects named after the money, keeps grouping", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["项目类别", "金额", "项目名称"],
      ["基础设施类", 120, "甲村道路硬化"],
      ["基础设施类", 80, "乙村道路硬化"],
      ["产业类", 20, "丙村种植基地"],
      ["合计", 220, null],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["category", "amount", "item"]);
  });
});

describe("catalog: a 条款 column citing a sub-clause by its circled number (1.①) is the row's document", () => {
  // gongqingcheng-2025 (eighty-second holdout): the outline's third mark, ①②, was no clause number, so the
  // column citing 1.① and 1.② under the section heading 一、… was read as nothing.
  const find = (values: Cell[][], merges: string[] = []) => {
    const t = tables(values, merges).find((x) => x.kind === "catalog") as CatalogTable;
    return fields(t);
  };

  it("1.① and 1.② under a section heading merged across the catalog", () => {
    const values: Cell[][] = [
      ["某市产业政策", null, null],
      ["条款", "政策项目", "政策内容"],
      ["一、鼓励企业发展", null, null],
      ["1.①", "人才培养奖励", "每人给予5000元奖励，单个企业最高不超过30万元/年。"],
      ["1.②", "人才生活补贴", "每人每月给予1000元生活补贴。"],
    ];
    expect(find(values, ["A1:C1", "A3:C3"])[0]).toBe("document");
  });

  it("（二）① beside a 序号 of the rows' own, no section heading", () => {
    const values: Cell[][] = [
      ["序号", "条款", "支持事项", "支持标准"],
      [1, "（二）①", "首次认定奖励", "一次性给予20万元奖励"],
      [2, "（二）②", "复审通过奖励", "一次性给予10万元奖励"],
      [3, "（三）①", "研发投入奖励", "最高不超过50万元"],
    ];
    expect(find(values)[1]).toBe("document");
  });

  it("guard: clause numbers alone leading the rows (第三条, 第四条) still number them as the code", () => {
    const values: Cell[][] = [
      ["条款", "支持事项", "支持标准"],
      ["第三条", "首次认定奖励", "一次性给予20万元奖励"],
      ["第四条", "研发投入奖励", "最高不超过50万元"],
    ];
    expect(find(values)[0]).toBe("code");
  });
});

describe("catalog: a policy's name repeated over its items, the finer name right of it is the item", () => {
  // hunan-2024 (eighty-third holdout): 补贴政策名称 低保金 over 城市低保金 | 农村低保金 (系统补贴项目名称) was read as the
  // item, two items by one name, and the column naming each apart was left unread.
  const itemCol = (values: Cell[][], merges: string[] = []) => {
    const t = tables(values, merges).find((x) => x.kind === "catalog") as CatalogTable;
    return t.columns.filter((c) => c.field === "item").map((c) => c.col);
  };

  it("补贴政策名称 repeating beside 系统补贴项目名称 naming each row apart", () => {
    const values: Cell[][] = [
      ["某省补贴政策清单", null, null, null, null],
      ["序号", "主管部门", "补贴政策名称", "系统补贴项目名称", "补贴标准"],
      [1, "省残联", "燃油补贴", "残疾人机动轮椅车燃油补贴", "260元/年"],
      [2, "省民政厅", "低保金", "城市低保金", "按差额发放"],
      [3, "省民政厅", "低保金", "农村低保金", "按差额发放"],
    ];
    expect(itemCol(values, ["A1:E1"])).toEqual([3]);
  });

  it("政策名称 repeating beside 补贴项目, a fixed standard each", () => {
    const values: Cell[][] = [
      ["政策名称", "补贴项目", "补贴标准"],
      ["农机购置补贴", "拖拉机补贴", "每台最高3万元"],
      ["农机购置补贴", "收割机补贴", "每台最高5万元"],
      ["耕地地力保护补贴", "耕地地力保护补贴", "每亩100元"],
    ];
    expect(itemCol(values)).toEqual([1]);
    const r = run(values);
    expect(r.findings.filter((f) => f.rule === "catalog.unreadable-standard")).toEqual([]);
  });

  it("guard: names all apart keep the item where it was read", () => {
    const values: Cell[][] = [
      ["序号", "补贴政策名称", "系统补贴项目名称", "补贴标准"],
      [1, "城市低保金", "城市低保", "按差额发放"],
      [2, "农村低保金", "农村低保", "按差额发放"],
    ];
    expect(itemCol(values)).toEqual([1]);
  });

  it("guard: a repeated name beside a column no name heads (备注) stays the item", () => {
    const values: Cell[][] = [
      ["政策名称", "备注", "补贴标准"],
      ["低保金", "城市", "按差额发放"],
      ["低保金", "农村", "按差额发放"],
    ];
    expect(itemCol(values)).toEqual([0]);
  });
});

describe("composition: a round's share beside what is held back, and a classification code right of the sources", () => {
  // bingtuan-2017 (eighty-fourth holdout): 下达资金 | 本次分配 | 待竣工验收后拨付, the 本次分配 column unread.
  it("下达 | 本次分配 | 待拨付: the round's column is read, its foot checked", () => {
    const values: Cell[][] = [
      ["某单位水利发展资金分配表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "项目类别", "下达资金", "本次分配", "待竣工验收后拨付"],
      [1, "中小河流治理", 300, 240, 60],
      [2, "水土保持", 200, 200, 0],
      [3, "小型水库建设", 100, 100, 0],
      ["合计", null, 600, 530, 60],
    ];
    const t = tables(values, ["A1:E1", "A7:B7"])[0];
    expect(fields(t)[3]).toBe("amount");
    const r = run(values, ["A1:E1", "A7:B7"]);
    // 240 + 200 + 100 = 540 against the foot's 530.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D7"]);
  });

  it("下达金额 | 本批分配 | 预留 by county in 元: the batch's column is read, its foot checked", () => {
    const values: Cell[][] = [
      ["序号", "县区", "下达金额（元）", "本批分配（元）", "预留资金（元）"],
      [1, "甲县", 5000, 4000, 1000],
      [2, "乙县", 3000, 3000, 0],
      ["合计", null, 8000, 7100, 1000],
    ];
    const t = tables(values, ["A4:B4"])[0];
    expect(fields(t)[3]).toBe("amount");
    const r = run(values, ["A4:B4"]);
    // 4,000 + 3,000 = 7,000 against the foot's 7,100, which its row's 8,000 also misses (7,100 + 1,000).
    expect(ruleCells(r, "composition.total-mismatch")).toContain("D4");
  });

  // rongchang-2022 (eighty-fourth holdout): 合计 | 资金来源 (中央资金 | 市级资金) | 支出功能科目, the code read as a source.
  it("a 支出功能科目 code typed as text after the sources is no share of the 合计", () => {
    const values: Cell[][] = [
      ["某区项目资金分配表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "项目名称", "合计", "资金来源", null, "支出功能科目"],
      [null, null, null, "中央资金", "市级资金", null],
      [1, "甲镇道路项目", 420, 420, 0, "2240851"],
      [2, "乙镇灌溉项目", 219, 149, 60, "2240851"],
      [3, "技术培训", 60, 0, 60, "2240899"],
      ["合计", null, 689, 569, 120, null],
    ];
    const merges = ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "A8:B8"];
    const t = tables(values, merges)[0];
    expect(fields(t)[5]).toBeNull();
    const r = run(values, merges);
    // 乙镇 219 against 149 + 60 = 209, so the 合计 column's lines as typed (699) miss its foot 689 too.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C6", "C8"]);
  });

  it("a 功能科目 code after 合计 | 中央资金 | 省级资金 with no merged heading stays a code", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "合计", "中央资金", "省级资金", "功能科目"],
      [1, "甲项目", 100, 80, 20, "2130126"],
      [2, "乙项目", 50, 50, 0, "2130126"],
      ["合计", null, 150, 130, 20, null],
    ];
    const t = tables(values, ["A4:B4"])[0];
    expect(fields(t)[5]).toBeNull();
    const r = run(values, ["A4:B4"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("guard: a money column after the sources still sums into the 合计 before them", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "合计", "专项经费", "自筹经费"],
      [1, "甲项目", 100, 80, 30],
      [2, "乙项目", 50, 50, 0],
      ["合计", null, 150, 130, 30],
    ];
    const r = run(values, ["A4:B4"]);
    // 甲 100 against 80 + 30 = 110, and the foot 150 against its 130 + 30.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C2", "C4"]);
  });
});

describe("register: a column headed as the firms' chain (产业链) or the fund's sub-fund (子专项), its values bare: the category", () => {
  // shanxi-2023 rate awards and yichang-2014 (eighty-first holdout): a 产业链 column of bare chains (特钢材料, 光伏) named no
  // catalog item and was read as the firms' projects; a 子专项 column (装备制造业 / 技术改造) was left unread. Each sorts the
  // rows under the title's item.
  const fixedItem = (name: string, capAmount: number) => ({ name, code: null, category: null, capType: "fixed" as const, capAmount: capAmount * 10_000, rate: null, base: null, document: null, year: null });
  const audited = (values: Cell[][], merges: string[], items: ReturnType<typeof fixedItem>[] | null) =>
    audit({ sheets: [grid(values, merges)], ...(items ? { catalog: { name: "目录", origin: "file" as const, items } } : {}), settings: { today: "2024-12-31" } });

  it("序号 | 产业链 (bare chains) | 链主企业 | 代码 | 奖励金额 under a title naming the catalog's item: category, cap and duplicate checked", () => {
    const values: Cell[][] = [
      ["某省2023年“链主”企业协作配套奖励拟奖励名单", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["序号", "产业链", "链主企业", "统一社会信用代码", "拟奖励金额"],
      [1, "特种材料", "某省特材集团有限公司", "91621121MA71RT6P0B", 300],
      [2, "光伏", "某省光能科技有限公司", "91621125MA72DF5G61", 520],
      [3, "现代医药", "某省药业股份有限公司", null, 150],
      [4, "新能源汽车", "某省特材集团有限公司", "91621121MA71RT6P0B", 200],
    ];
    const r = audited(values, ["A1:E1", "A2:E2"], [fixedItem("“链主”企业协作配套奖励", 500)]);
    expect(fields(r.tables[0])).toEqual(["seq", "category", "enterprise", "creditCode", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E5"]);
    // The item is the title's: one firm under two chains is listed twice for one award.
    expect(ruleCells(r, "register.duplicate")).toEqual(["C7"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("企业名称 | 重点产业链 | 补助资金, chains named once each: the category, the title's cap checked", () => {
    const values: Cell[][] = [
      ["2024年某市产业链配套奖励名单", null, null],
      ["企业名称", "重点产业链", "补助资金（万元）"],
      ["某市精工机械有限公司", "高端装备", 30],
      ["某市新材科技有限公司", "新材料", 45],
      ["某市芯联电子有限公司", "电子信息", 30],
    ];
    const r = audited(values, ["A1:C1"], [fixedItem("产业链配套奖励", 40)]);
    expect(fields(r.tables[0])).toEqual(["enterprise", "category", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("序号 | 子专项 | 企业名称 | 项目名称 | 省级补助资金, no catalog loaded: the sub-fund is the category", () => {
    const values: Cell[][] = [
      ["2015年某省企业发展专项某市获支持项目名单", null, null, null, null],
      ["序号", "子专项", "企业名称", "项目名称", "省级补助资金（万元）"],
      [1, "装备制造业", "某市重工机械有限公司", "压力机技术改造", 100],
      [2, "装备制造业", "某市精密铸造有限公司", "铸件自动打磨技改", 90],
      [3, "技术改造", "某市硅材料有限公司", "白炭黑产业化", 90],
      [4, "技术改造", "某市硅材料有限公司", "尾气回收利用改造", 80],
    ];
    const r = run(values, ["A1:E1"]);
    expect(fields(r.tables[0])).toEqual(["seq", "category", "enterprise", "project", "approved"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["C6"]);
  });

  it("guard: a 产业链 column whose values are the catalog's items stays the item", () => {
    const values: Cell[][] = [
      ["2023年某市“链主”企业协作配套奖励名单", null, null],
      ["企业名称", "产业链", "奖励金额（万元）"],
      ["某市储能科技有限公司", "链主认定奖励", 50],
      ["某市碳材股份有限公司", "链主配套奖励", 20],
    ];
    const r = audited(values, ["A1:C1"], [fixedItem("链主认定奖励", 50), fixedItem("链主配套奖励", 10), fixedItem("“链主”企业协作配套奖励", 500)]);
    expect(fields(r.tables[0])).toEqual(["enterprise", "item", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["C4"]);
  });

  it("guard: a 子专项 column whose values are the catalog's items is the item, each sub-fund's cap checked", () => {
    const values: Cell[][] = [
      ["2015年某省企业发展专项某市获支持项目名单", null, null, null],
      ["子专项", "企业名称", "项目名称", "省级补助资金（万元）"],
      ["装备制造业专项", "某市重工机械有限公司", "压力机技术改造", 100],
      ["技术改造专项", "某市硅材料有限公司", "白炭黑产业化", 90],
      ["技术改造专项", "某市精密铸造有限公司", "铸件自动打磨技改", 60],
    ];
    const r = audited(values, ["A1:D1"], [fixedItem("装备制造业专项", 100), fixedItem("技术改造专项", 80)]);
    expect(fields(r.tables[0])).toEqual(["item", "enterprise", "project", "approved"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["D4"]);
  });

  it("guard: a bare-valued 产业链 column under a title naming no catalog item keeps its reading", () => {
    const values: Cell[][] = [
      ["2023年某市产业发展资金兑付名单", null, null],
      ["产业链", "企业名称", "奖励金额（万元）"],
      ["储能", "某市储能科技有限公司", 50],
      ["碳基新材料", "某市碳材股份有限公司", 50],
    ];
    const r = audited(values, ["A1:C1"], [fixedItem("首次升规工业企业奖励", 10)]);
    expect(fields(r.tables[0])).not.toContain("category");
  });
});

describe("register: a number each firm's application is filed under (项目编号) is no policy item", () => {
  // pudong-2023-hitech-loan-interest-subsidy-list (eighty-second holdout): with no item heading, the 项目编号 column was read
  // as the item by its values, so each row had an item of its own: the firm listed twice under the title's one 专项 was no
  // duplicate, and every number was an unknown policy.
  it("a loan-interest list: 项目编号 | 企业名称 | 统一社会信用代码 | 贷款银行 | 贷款金额 | 贴息金额 under its 专项's title", () => {
    const values: Cell[][] = [
      ["2023年度某区科技发展基金企业贷款贴息专项立项名单", null, null, null, null, null, null],
      ["序号", "项目编号", "企业名称", "统一社会信用代码", "贷款银行", "贷款金额", "贴息金额"],
      [1, "KJ2023-TX-0012", "某市甲科技有限公司", "91310115MA1H7K2P3R", "某银行甲支行", 1000, 18.5],
      [2, "KJ2023-TX-0047", "某市乙生物有限公司", "91310115MA1G8C3X4B", "某银行乙支行", 500, 9.25],
      [3, "KJ2023-TX-0105", "某市丙装备有限公司", null, "某银行丙支行", 800, 14.8],
      [4, "KJ2023-TX-0391", "某市甲科技有限公司", "91310115MA1H7K2P3R", "某银行丁支行", 400, 7.4],
    ];
    const [t] = tables(values, ["A1:G1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)[1]).toBeNull();
    const r = run(values, ["A1:G1"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["C6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toHaveLength(1);
    // The title's 专项 is the item; 立项 is what the list does with it, no part of its name.
    const unknown = r.findings.find((f) => f.rule === "cap.unknown-policy");
    expect(unknown?.message).toContain("企业贷款贴息专项");
    expect(unknown?.message).not.toContain("立项");
  });

  it("an award list whose 受理编号 stands after the firm, amounts in 万元", () => {
    const values: Cell[][] = [
      ["某市2023年工业企业技术改造专项资金拟扶持企业名单", null, null, null],
      ["单位：万元", null, null, null],
      ["序号", "企业名称", "受理编号", "扶持金额"],
      [1, "某市甲机械有限公司", "SL-2023-001", 30],
      [2, "某市乙电子有限公司", "SL-2023-002", 20],
      [3, "某市甲机械有限公司", "SL-2023-017", 10],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)[2]).toBeNull();
    const r = run(values, ["A1:D1"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toHaveLength(1);
  });

  it("guard: 项目编号 beside the policy item a row is paid under stays the item's code", () => {
    const values: Cell[][] = [
      ["序号", "项目编号", "扶持项目", "企业名称", "扶持金额"],
      [1, "A02-1", "技术改造奖励", "某市甲机械有限公司", 30],
      [2, "A03-2", "研发投入补助", "某市乙电子有限公司", 20],
    ];
    const [t] = tables(values);
    expect(fields(t).slice(1, 3)).toEqual(["itemCode", "item"]);
  });
});

describe("catalog: a policy digest's caps in words under a money heading (奖励金额 over 提供10万元至100万元补助)", () => {
  // guiyang-2020 (eighty-fourth holdout): the digest was read as a register (奖励金额 its approved amount, 发文单位
  // its applicants), so the award list beside it found no catalog.
  function twoSheets(digest: Cell[][], digestMerges: string[], list: Cell[][]) {
    return audit({ sheets: [grid(digest, digestMerges, "政策汇总"), grid(list, [], "兑现名单")], settings: { today: "2023-12-31" } });
  }
  const list: Cell[][] = [
    ["序号", "企业名称", "兑现事项", "奖励金额（万元）"],
    [1, "甲科技有限公司", "对新认定的孵化载体", 120],
    [2, "乙科技有限公司", "对企业自建研发平台", 150],
    [3, "丙科技有限公司", "培育高新技术企业", 20],
  ];

  it("区域 | 扶持对象/事项 | 扶持/奖励政策 | 奖励金额 | 发文单位 | 文号: the policy column names the items, the caps are read", () => {
    const digest: Cell[][] = [
      ["区域", "扶持对象/事项", "扶持/奖励政策", "奖励金额", "发文单位", "文号"],
      ["某市", "初创企业", "培育高新技术企业", "对首次认定的给予最高10万元补助，对重新认定成功的给予最高20万元补助", "某市人民政府", "某府发〔2020〕8号"],
      [null, null, "对企业自建研发平台", "提供10万元至500万元补助", null, null],
      [null, null, "对新认定的孵化载体", "提供10万元至100万元补助", null, null],
    ];
    const r = twoSheets(digest, ["A2:A4", "E2:E4", "F2:F4"], list);
    const t = r.tables.find((x) => x.sheet === "政策汇总") as CatalogTable;
    expect(t.kind).toBe("catalog");
    expect(fields(t)[2]).toBe("item");
    expect(fields(t)[3]).toBe("standard");
    expect(fields(t)[5]).toBe("document");
    expect(r.findings.filter((f) => f.rule === "cap.unknown-policy")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "cap.exceeded" && f.sheet === "兑现名单").map((f) => f.cell)).toEqual(["D2"]);
  });

  it("another wording: 支持措施 | 补助资金 | 文件名称, caps as 最高 and ranges", () => {
    const digest: Cell[][] = [
      ["类别", "支持措施", "补助资金", "文件名称"],
      ["创新平台", "对新认定的孵化载体", "给予50万元至100万元奖励", "《某市关于加快科技创新的若干措施》"],
      [null, "对企业自建研发平台", "给予最高300万元支持", null],
      [null, "培育高新技术企业", "给予最高20万元补助", null],
      [null, "对新获批的技术转移机构", "给予最高200万元补助", null],
    ];
    const r = twoSheets(digest, ["D2:D5"], list);
    const t = r.tables.find((x) => x.sheet === "政策汇总") as CatalogTable;
    expect(t.kind).toBe("catalog");
    expect(fields(t)[1]).toBe("item");
    expect(fields(t)[2]).toBe("standard");
    expect(r.findings.filter((f) => f.rule === "cap.unknown-policy")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "cap.exceeded" && f.sheet === "兑现名单").map((f) => f.cell).sort()).toEqual(["D2"]);
  });

  it("guard: an award list whose 奖励金额 holds figures stays a register of its firms", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "扶持政策", "奖励金额"],
      [1, "甲科技有限公司", "培育高新技术企业", 10],
      [2, "乙科技有限公司", "对企业自建研发平台", 150],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)[3]).toBe("approved");
  });
});

describe("composition: a row total after money blocks that each follow a count", () => {
  // dazu-2024-rural-housing-batch2-allocation (eighty-fourth holdout): C级 | 中央资金 | D级 | 补助资金 (中央资金 / 区级配套 / 小计),
  // then 应付补助资金合计: the first block's money was the main amount and the 小计 and the row total its 其中 parts.
  const money = (t: RecognisedTable) => t.columns.filter((c) => c.field === "amount").map((c) => ({ col: c.col, part: c.part?.of ?? null }));

  it("a single money column and a merged block with its 小计, then …合计: the total is both blocks' money", () => {
    const values: Cell[][] = [
      ["某区农村危房改造资金分配表", null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, "单位：户、万元"],
      ["镇街", "竣工数", "C级", "中央资金", "D级", "补助资金", null, null, "应付补助资金合计"],
      [null, null, null, null, null, "中央资金", "区级配套", "小计", null],
      ["甲镇", 3, 1, 0.75, 2, 2.8, 4.2, 7, 7.75],
      ["乙镇", 3, 0, 0, 3, 4.2, 6.3, 10.5, 10.5],
      ["丙镇", 5, 1, 0.75, 4, 5.6, 8.4, 14, 15.75],
      ["丁镇", 2, 1, 0.75, 1, 1.4, 2.1, 3.5, 4.25],
      ["合计", 13, 3, 2.25, 10, 14, 21, 35, 37.25],
    ];
    const merges = ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(money(t)).toEqual([
      { col: 3, part: null },
      { col: 5, part: 7 },
      { col: 6, part: 7 },
      { col: 7, part: null },
      { col: 8, part: null },
    ]);
    const r = run(values, merges);
    // 丙镇 15.75 against 0.75 + 14; the 合计 37.25 (2.25 + 35) against the column as typed, 38.25.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["I7", "I9"]);
  });

  it("the merged block first, then a single money column, worded otherwise", () => {
    const values: Cell[][] = [
      ["某县危房改造补助资金分配表（单位：户、元）", null, null, null, null, null, null, null],
      ["乡镇", "一类户", "补助资金", null, null, "二类户", "省级资金", "补助资金总计"],
      [null, null, "省级资金", "县级配套", "小计", null, null, null],
      ["甲乡", 2, 20000, 10000, 30000, 1, 5000, 35000],
      ["乙乡", 1, 10000, 5000, 15000, 2, 10000, 25000],
      ["丙乡", 3, 30000, 15000, 45000, 0, 0, 46000],
      ["合计", 6, 60000, 30000, 90000, 3, 15000, 106000],
    ];
    const merges = ["A1:H1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3"];
    const r = run(values, merges);
    expect(r.tables[0].kind).toBe("composition");
    // 丙乡 46000 against 45000 + 0; the 合计 106000 against its lines as typed 106000 agrees, its row 90000 + 15000 does not.
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["H6", "H7"]);
    expect(ruleCells(r, "composition.total-mismatch")).not.toContain("C4");
  });

  it("guard: the sources then their …合计 with no count before them keep their reading", () => {
    const values: Cell[][] = [
      ["某区补助资金分配表", null, null, null],
      ["单位：万元", null, null, null],
      ["镇街", "中央资金", "区级配套", "补助资金合计"],
      ["甲镇", 2.8, 4.2, 7],
      ["乙镇", 4.2, 6.3, 11.5],
      ["丙镇", 1.4, 2.1, 3.5],
      ["合计", 8.4, 12.6, 22],
    ];
    const r = run(values, ["A1:D1"]);
    expect(r.tables[0].columns.every((c) => !c.group)).toBe(true);
    expect(ruleCells(r, "composition.total-mismatch")).toContain("D5");
  });
});

describe("composition: a sign-off under a line merged across the table ends it, with no 合计 row", () => {
  // jiaxian-2022 (eighty-fourth holdout): a two-project plan, its 监督电话 line merged across, and the office and date
  // merged across the right-hand columns under it: read as the table's rows, for there was no total to end at.
  it("a phone line merged across, then the office and date merged F:H", () => {
    const values: Cell[][] = [
      ["某县项目计划表", null, null, null, null, null, null, null],
      ["序号", "项目名称", "项目类型", "建设性质", "实施地点", "建设任务", "计划投资 (万元)", "受益对象"],
      [1, "甲项目", "基础设施", "新建", "甲林区", "新建管护房2座", 24, "某林场"],
      [2, "乙项目", "产业发展", "新建", "乙林区", "新建苗圃20亩", 31, "某林场"],
      ["监督电话：某林场 0375-0000000", null, null, null, null, null, null, null],
      [null, null, null, null, null, "某林场", null, null],
      [null, null, null, null, null, "2022年12月18日", null, null],
    ];
    const [t] = tables(values, ["A1:H1", "A5:H5", "F6:H6", "F7:H7"]);
    expect(t.kind).toBe("composition");
    expect(t.range.r1 + 1).toBe(4);
  });

  it("a complaint telephone merged across, then the office and date merged over the last three columns", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "实施地点", "建设内容", "资金（万元）", "备注"],
      [1, "甲项目", "甲村", "道路硬化", 10, null],
      [2, "乙项目", "乙村", "水渠", 20, null],
      [3, "丙项目", "丙村", "桥梁", 30, null],
      ["举报电话：某县乡村振兴局 12317", null, null, null, null, null],
      [null, null, null, "某县乡村振兴局", null, null],
      [null, null, null, "2023年3月1日", null, null],
    ];
    const [t] = tables(values, ["A5:F5", "D6:F6", "D7:F7"]);
    expect(t.range.r1 + 1).toBe(4);
  });

  it("guard: with no line merged across above it, a last row's text merged at the right stays a row of the table", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "实施地点", "建设内容", "资金（万元）", "备注"],
      [1, "甲项目", "甲村", "道路硬化", 10, null],
      [2, "乙项目", "乙村", "水渠", 20, null],
      [null, null, null, "续建工程", null, null],
    ];
    const [t] = tables(values, ["D4:F4"]);
    expect(t.range.r1 + 1).toBe(4);
  });
});

describe("composition: a row total before blocks of count and money per kind of award, 其中 shares under the last", () => {
  // chuzhou-2020 (eighty-second holdout): 县（市、区） and 奖补金额合计 merged down three header rows beside 森林城镇奖补
  // (个数 | 金额) and 森林村庄奖补 (个数 | 金额 | 其中： 一般 个数 | 金额 | 贫困 个数 | 金额): the header was taken from its
  // second row, the kinds' money read as plain amounts, so the row total went unchecked.
  const header: Cell[][] = [
    ["县区", "补助资金合计", "示范乡镇奖补（20万元/个）", null, "示范村奖补（一般村3万元/个，重点村5万元/个）", null, null, null, null, null],
    [null, null, null, null, "村数", "金额", "其中：", null, null, null],
    [null, null, "乡镇个数", "金额", null, null, "一般村个数", "金额", "重点村个数", "金额"],
  ];
  const headerMerges = ["A2:A4", "B2:B4", "C2:D3", "E2:J2", "E3:E4", "F3:F4", "G3:J3"];

  it("total first: the row total's slip and the foot it leaves are found, the shares add to the village money", () => {
    const values: Cell[][] = [
      [null, null, null, null, null, null, null, null, null, "单位：个、万元"],
      ...header,
      ["合  计", 117, 3, 60, 15, 57, 11, 33, 4, 20],
      ["甲县", 36, 1, 20, 4, 16, 2, 6, 2, 10],
      ["乙县", 49, 1, 20, 8, 29, 7, 21, 1, 5],
      ["丙县", 42, 1, 20, 3, 12, 2, 6, 1, 5],
    ];
    const r = run(values, headerMerges);
    const t = r.tables[0];
    expect(t.range.r0).toBe(1);
    expect(t.unit).toBe("万元");
    // 乙县 49 where 20 + 29 = 49 holds; 丙县 42 where 20 + 12 = 32: 10 over, and the foot 117 against 36 + 49 + 42 = 127.
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["B5", "B8"]);
  });

  it("total last, a caption in 万元: a village share over its money is found, the counts never added in", () => {
    const values: Cell[][] = [
      ["某市示范创建奖补资金分配表", null, null, null, null, null, null, null, null, "单位：万元"],
      ...header,
      ["甲区", 26, 1, 20, 2, 6, 2, 6, null, null],
      ["乙区", 31, 1, 20, 3, 11, 2, 6, 1, 6],
      ["合计", 57, 2, 40, 5, 17, 4, 12, 1, 6],
    ];
    const r = run(values, ["A1:I1", ...headerMerges]);
    // 乙区: 一般 6 + 重点 6 = 12 over its village money 11, and so the 合计's 12 + 6 over its 17; the row totals hold
    // (26 = 20 + 6, 31 = 20 + 11, 57 = 40 + 17), and no count (村数 5) is added into them.
    expect(r.tables[0].unit).toBe("万元");
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["F6", "F7"]);
  });

  it("guard: 其中 shares under no heading of their own stay the shares of the total before them", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["县区", "补助资金", "其中：中央资金", "其中：省级资金"],
      ["甲县", 30, 20, 10],
      ["乙县", 40, 30, 20],
      ["合计", 70, 50, 30],
    ];
    const r = run(values);
    // 乙县 30 + 20 over its 40, and so the 合计's 50 + 30 over its 70.
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["B4", "B5"]);
  });
});

describe("execution: one 合计 cut two ways under numbered 按… labels, and a 三公 budget with a change heading over two leaves", () => {
  // The whole released and spent, cut by kind and again by year of the money: each cut is all of the 合计.
  it("each cut adds up to the 合计 alone: no total finding", () => {
    const values: Cell[][] = [
      ["某大学资金支出进度表", null, null, null],
      [null, null, null, "单位：万元"],
      ["项目", "下达金额", "支出金额", "支出进度"],
      ["合计", 1000, 600, "60.00%"],
      ["一、按资金类别", null, null, null],
      ["基本支出", 700, 420, "60.00%"],
      ["项目支出", 300, 180, "60.00%"],
      ["二、按资金所属年度", null, null, null],
      ["当年预算资金", 950, 580, "61.05%"],
      ["结转资金", 50, 20, "40.00%"],
    ];
    const r = run(values, ["A1:D1"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("other wording: a slip in the second cut alone is found at the 合计", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "执行数"],
      ["总计", 500, 300],
      ["（一）按支出类型", null, null],
      ["人员经费", 200, 120],
      ["公用经费", 300, 180],
      ["（二）按资金来源", null, null],
      ["财政拨款", 400, 250],
      ["其他资金", 90, 50],
    ];
    const r = run(values);
    // By source 400 + 90 = 490, not 500; spending 250 + 50 = 300 agrees.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B2"]);
  });

  it("guard: numbered headings naming no breakdown are summed together", () => {
    const values: Cell[][] = [
      ["项目", "预算数", "执行数"],
      ["合计", 500, 300],
      ["一、基本支出", null, null],
      ["人员经费", 200, 120],
      ["公用经费", 300, 180],
      ["二、项目支出", null, null],
      ["设备购置", 400, 250],
      ["维修改造", 100, 50],
    ];
    const r = run(values);
    // 合计 500 is one section's lines only: the four lines add to 1,000 and 600.
    expect(ruleCells(r, "execution.total-mismatch").sort()).toEqual(["B2", "C2"]);
  });

  const threePublic = (title: string, change: string, leaves: [string, string]): Cell[][] => [
    [title, null, null, null, null],
    [null, null, null, null, "单位：万元"],
    ["项目", "2024年预算数", "2025年预算数", change, null],
    [null, null, null, leaves[0], leaves[1]],
    ["合计", 300, 280, -20, "-6.67%"],
    ["1.因公出国（境）费", 20, 20, 0, "0.00%"],
    ["2.公务接待费", 80, 70, -10, "-12.50%"],
    ["3.公务用车购置及运行维护费", 200, 190, -10, "-5.00%"],
    ["其中：公务用车购置费", 50, 50, 0, "0.00%"],
    ["公务用车运行维护费", 150, 140, -10, "-6.67%"],
  ];
  const merges = ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "D3:E3"];

  it("比上年增减 over 金额 | 幅度: the 三公 budget is execution, and the car line's 其中 slip is found", () => {
    const values = threePublic("某市2025年市级“三公”经费预算情况表", "比上年增减", ["金额", "幅度"]);
    // Planted: the car line typed 195 for 190, and the 合计 typed to agree with it.
    values[7][2] = 195;
    values[4][2] = 285;
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)[2]).toBe("initialBudget");
    const r = run(values, merges);
    // 195 against its 其中 lines 50 + 140 = 190; the 合计 285 = 20 + 70 + 195 agrees.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C8"]);
  });

  it("other wording: 较上年增减 over 金额 | 增幅 under a 财政拨款 title", () => {
    const values = threePublic("2025年部门“三公”经费财政拨款预算表", "较上年增减", ["金额", "增幅"]);
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1, 3)).toEqual(["initialBudget", "initialBudget"]);
    expect(run(values, merges).findings.filter((f) => f.rule === "execution.total-mismatch")).toEqual([]);
  });

  it("guard: 金额 under a heading naming no change stays an allocation's amount", () => {
    const values: Cell[][] = [
      ["某县2025年项目资金分配表", null, null],
      ["单位：万元", null, null],
      ["项目单位", "分配资金", null],
      [null, "金额", "备注"],
      ["甲镇", 100, null],
      ["乙镇", 200, null],
      ["合计", 300, null],
    ];
    const [t] = tables(values, ["A1:C1", "A3:A4", "B3:C3"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("amount");
  });
});

describe("execution: a one-row 三公 budget whose whole names itself (“三公”经费合计) is the budget (learn l85a)", () => {
  const merges = ["A3:A4", "B3:B4", "C3:E3", "F3:F4"];
  const threePublic = (title: string, whole: string, car: string[], figures: Cell[]): Cell[][] => [
    [title, null, null, null, null, null],
    [null, null, null, null, null, "单位：万元"],
    [whole, "因公出国（境）费", car[0], null, null, "公务接待费"],
    [null, null, "小计", car[1], car[2], null],
    figures,
  ];

  it("reads “三公”经费合计 as the budget under a 预算情况 title and checks the car 小计 against its parts", () => {
    const values = threePublic("某局2022年“三公”经费预算情况", "“三公”经费合计", ["公务用车购置及运行费", "公务用车购置费", "公务用车运行费"], [36.5, 0, 30.2, 18.1, 13.2, 6.3]);
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)[0]).toBe("initialBudget");
    // 小计 30.2 against 18.1 + 13.2 = 31.3; the 合计 36.5 = 0 + 30.2 + 6.3 counts the 小计 once.
    expect(ruleCells(run(values, merges), "execution.total-mismatch")).toEqual(["C5"]);
  });

  it("other wording: 三公经费合计 over 运行维护 parts under a 预算表 title, the 合计 the slip", () => {
    const values = threePublic("2023年部门三公经费预算表", "三公经费合计", ["公务用车购置及运行维护费", "购置费", "运行维护费"], [21.1, 1.5, 12.4, 2.1, 10.3, 6.2]);
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    // 小计 12.4 = 2.1 + 10.3; the 合计 21.1 against 1.5 + 12.4 + 6.2 = 20.1.
    expect(ruleCells(run(values, merges), "execution.total-mismatch")).toEqual(["A5"]);
  });

  it("guard: under a 决算 title the named whole is no budget", () => {
    const values = threePublic("某局2022年“三公”经费决算情况", "“三公”经费合计", ["公务用车购置及运行费", "公务用车购置费", "公务用车运行费"], [36.5, 0, 30.2, 18.1, 13.2, 6.3]);
    for (const t of tables(values, merges)) expect(t.columns.map((c) => c.field)).not.toContain("initialBudget");
  });
});

describe("execution: a 三公 budget beside last year's final account is the budget year's alone", () => {
  it("上年决算 | 本年预算 | 增减额 | 增减率: the budget as passed, last year's column unread, the car line's 其中 slip found", () => {
    const values: Cell[][] = [
      ["“三公”经费预算及上年决算情况表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["项目", "2021年决算数", "2022年预算数", "增减额", "增减率"],
      ["合计", 30, 32, 2, "6.67%"],
      ["1.因公出国（境）费", 0, 0, 0, "—"],
      ["2.公务接待费", 14, 12, -2, "-14.29%"],
      ["3.公务用车购置及运行费", 16, 20, 4, "25.00%"],
      ["其中：公务用车购置费", 0, 0, 0, "—"],
      ["      公务用车运行费", 16, 18, 2, "12.50%"],
    ];
    const r = run(values, ["A1:E1"]);
    const t = r.tables[0] as ExecutionTable;
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1, 3)).toEqual([null, "initialBudget"]);
    expect([...new Set(t.rows.flatMap((x) => x.years.map((y) => y.year)))]).toEqual([2022]);
    // Planted: 公务用车购置及运行费 20 where its halves are 0 + 18.
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C7"]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
    // 接待 14 last year against 12 this year is no overspending.
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
  });

  it("other wording: 2022年执行数 | 2023年预算数 | 比上年增减 under a titled year: the same reading", () => {
    const values: Cell[][] = [
      ["某局2023年部门“三公”经费预算表", null, null, null],
      ["项目", "2022年执行数", "2023年预算数", "比上年增减"],
      ["因公出国（境）费", 5, 3, -2],
      ["公务接待费", 9, 8, -1],
      ["公务用车购置及运行维护费", 20, 15, -5],
      ["合计", 34, 26, -8],
    ];
    const r = run(values);
    const t = r.tables[0] as ExecutionTable;
    expect(t.kind).toBe("execution");
    expect(fields(t)[1]).toBeNull();
    expect([...new Set(t.rows.flatMap((x) => x.years.map((y) => y.year)))]).toEqual([2023]);
    expect(r.findings.filter((f) => f.rule.startsWith("execution.")).map((f) => f.rule)).toEqual([]);
  });

  it("guard: last year's final account beside this year's budget and its spending so far keeps this year's spending", () => {
    const values: Cell[][] = [
      ["某局2023年“三公”经费执行情况表", null, null, null],
      ["项目", "2022年决算数", "2023年预算数", "2023年执行数"],
      ["公务接待费", 9, 8, 10],
      ["公务用车运行维护费", 20, 15, 12],
      ["合计", 29, 23, 22],
    ];
    const r = run(values);
    const t = r.tables[0] as ExecutionTable;
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1)).toEqual([null, "budget", "actual"]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["D3"]);
  });
});

describe("register: a kind of project beside each row's project (项目类别 | 项目名称) sorts the rows", () => {
  const list = (kindHead: string, kinds: string[], firms: string[]): Cell[][] => [
    ["某市2023年度省级产业升级专项资金项目名单", null, null, null, null],
    [null, null, null, null, "单位：万元"],
    ["序号", kindHead, "项目单位", "项目名称", "省级专项资金"],
    ...kinds.map((k, i): Cell[] => [i + 1, k, firms[i], `${firms[i].slice(0, 4)}第${i + 1}期改造项目`, 100 + i * 10]),
  ];

  it("four kinds over six projects, one firm twice: the kinds are the category, the firm's second row a duplicate", () => {
    const kinds = ["核心技术攻关", "智能化改造", "智能化改造", "绿色化改造", "服务化改造", "绿色化改造"];
    const firms = ["甲公司有限公司", "乙科技有限公司", "丙部件有限公司", "丁装备有限公司", "戊集团有限公司", "乙科技有限公司"];
    const values = list("项目类别", kinds, firms);
    const r = run(values);
    expect(fields(r.tables[0])[1]).toBe("category");
    // Row 9 repeats row 5's firm under the one fund; rows 5 and 6 (one kind, two firms) are no duplicate.
    expect(ruleCells(r, "register.duplicate").map((c) => c?.replace(/^[A-Z]+/, ""))).toEqual(["9"]);
    // The title's fund is the item: reported once, not once per kind.
    expect(r.findings.filter((f) => f.rule === "cap.unknown-policy").map((f) => f.cell)).toEqual(["E4"]);
  });

  it("other wording: 项目类型, three kinds over four projects", () => {
    const kinds = ["数字化转型", "节能降碳", "数字化转型", "质量提升"];
    const firms = ["甲公司有限公司", "乙科技有限公司", "丙部件有限公司", "丁装备有限公司"];
    expect(fields(run(list("项目类型", kinds, firms)).tables[0])[1]).toBe("category");
  });

  it("guard: each kind once (nothing repeats) keeps the column the item", () => {
    const kinds = ["核心技术攻关", "智能化改造", "绿色化改造", "服务化改造"];
    const firms = ["甲公司有限公司", "乙科技有限公司", "丙部件有限公司", "丁装备有限公司"];
    expect(fields(run(list("项目类别", kinds, firms)).tables[0])[1]).toBe("item");
  });
});

describe("register: an award's base named with its support (补助基数) is the base a catalog's rate is taken of", () => {
  const clauses: Cell[][] = [
    ["某市促进工业发展若干政策", null],
    ["政策项目", "政策内容"],
    ["技术改造补助", "对企业技术改造的，按设备投资额最高不超过2%的比例给予补助。"],
    ["新兴产业项目补助", "对新兴产业项目，按固定资产投资额的3%给予补助。"],
  ];
  const awards = (baseHead: string, approvedHead: string): Cell[][] => [
    ["2018年度某市工业发展政策拟补助企业名单", null, null, null],
    ["企业名称", "政策项目", baseHead, approvedHead],
    ["甲机械有限公司", "技术改造补助", 5000, 120],
    ["乙材料有限公司", "新兴产业项目补助", 2000, 60],
    ["丙电机有限公司", "技术改造补助", 3000, 60],
  ];
  const check = (baseHead: string, approvedHead: string) =>
    audit({ sheets: [grid(clauses, ["A1:B1"], "政策"), grid(awards(baseHead, approvedHead), ["A1:D1"], "名单")], settings: { today: "2018-12-31" } });

  it("补助基数（万元）: read as the base, and 120 over 2% × 5,000 is found", () => {
    const r = check("补助基数（万元）", "补助金额（万元）");
    expect(r.tables[1].columns.map((c) => c.field)).toEqual(["enterprise", "item", "base", "approved"]);
    expect(r.findings.filter((f) => f.rule === "cap.rate-exceeded").map((f) => f.cell)).toEqual(["D3"]);
  });

  it("other wording: 奖励计算基数 beside 奖励金额", () => {
    const r = check("奖励计算基数（万元）", "奖励金额（万元）");
    expect(r.tables[1].columns.map((c) => c.field)[2]).toBe("base");
    expect(r.findings.filter((f) => f.rule === "cap.rate-exceeded").map((f) => f.cell)).toEqual(["D3"]);
  });

  it("guard: a support word with no 基数 (补助标准) is no base", () => {
    const r = check("补助标准（万元）", "补助金额（万元）");
    expect(r.tables[1].columns.map((c) => c.field)[2]).not.toBe("base");
  });
});

describe("catalog: a last clause that reads like a header heads nothing under it", () => {
  const clauses = (last: Cell[]): Cell[][] => [
    ["某市促进科技创新若干措施（条款）", null, null],
    ["序号", "政策项目", "政策内容"],
    ["1", "创新平台奖励", "对新认定的省级创新平台，给予一次性奖励30万元。（牵头单位：市科技局）"],
    last,
  ];
  const span = (values: Cell[][]) => tables(values, ["A1:C1"]).map((t) => `${t.kind} ${t.range.r0 + 1}-${t.range.r1 + 1}`);

  it("a rate clause with its maximum and its office closes the catalog", () => {
    const last = ["2", "技术交易补助", "对企业购买技术成果的，按技术合同成交额的5%给予补助，最高不超过20万元。（牵头单位：市科技局、市财政局）"];
    expect(span(clauses(last))).toEqual(["catalog 2-4"]);
  });

  it("other wording: （四） | 科技成果转化奖励 under a section line", () => {
    const values = clauses(["（四）", "科技成果转化奖励", "对转化科技成果的企业，按技术合同实际成交额的2%给予奖励，最高不超过30万元。（责任单位：市科技局、市财政局）"]);
    values.splice(2, 0, ["二、支持企业创新", null, null]);
    expect(span(values)).toEqual(["catalog 2-5"]);
  });

  it("guard: another table's header with rows under it still ends the catalog", () => {
    const values: Cell[][] = [
      ...clauses(["2", "技术交易补助", "对企业购买技术成果的，给予补助20万元。"]),
      [null, null, null],
      ["企业名称", "政策项目", "奖励金额"],
      ["甲科技有限公司", "创新平台奖励", 30],
    ];
    expect(span(values)).toEqual(["catalog 2-4", "register 6-7"]);
  });
});

describe("execution: a balance's two sides, 收入 | 执行数 beside 支出 | 执行数", () => {
  const balance = (measure: string): Cell[][] => [
    ["某县2021年一般公共预算收支平衡表", null, null, null],
    [null, null, null, "单位：万元"],
    ["收入", measure, "支出", measure],
    ["总计", 1000, "总计", 1000],
    ["一、本级收入", 300, "一、本级支出", 800],
    ["税收", 200, "二、转移性支出", 200],
    ["非税", 100, "上解支出", 120],
    ["二、转移性收入", 700, "调出资金", 80],
    ["上级补助收入", 650, null, null],
    ["上年结转", 50, null, null],
  ];

  it("reads two tables, each side's names as lines, and finds the spending subtotal's slip once", () => {
    const values = balance("执行数");
    // Planted: 二、转移性支出 typed 210 where 120 + 80 = 200 (the 总计 agrees with the lines).
    values[5][3] = 210;
    const ts = tables(values, ["A1:D1"]) as ExecutionTable[];
    expect(ts.map((t) => [t.kind, t.columns[0].col, t.columns[t.columns.length - 1].col])).toEqual([
      ["execution", 0, 1],
      ["execution", 2, 3],
    ]);
    expect(ts.map((t) => t.columns.map((c) => c.field))).toEqual([
      ["category", "actual"],
      ["category", "actual"],
    ]);
    expect(ruleCells(run(values, ["A1:D1"]), "execution.total-mismatch")).toEqual(["D6"]);
  });

  it("other wording: 决算数 on both sides, an income line typed off its subtotal", () => {
    const values = balance("决算数");
    // Planted: 税收 typed 210, so 一、本级收入 300 misses 210 + 100.
    values[5][1] = 210;
    const ts = tables(values, ["A1:D1"]);
    expect(ts.length).toBe(2);
    expect(ruleCells(run(values, ["A1:D1"]), "execution.total-mismatch")).toEqual(["B5"]);
  });

  it("guard: line heads that are no account's two sides (地区 | 项目) stay one table under one repeated measure", () => {
    const values = balance("执行数");
    values[2][0] = "地区";
    values[2][2] = "项目";
    expect(tables(values, ["A1:D1"]).length).toBe(1);
  });
});

describe("catalog: places each with its own policy (地区 over province | city, 鼓励政策 in prose)", () => {
  // A summary of regions' incentives: 地区 merged across the province (merged down over its cities) and the
  // city, then each city's policy in words. No column names the items: the cities do.
  const regions = (head: [string, string], policies: string[]): Cell[][] => [
    ["各地鼓励政策汇总", null, null],
    [head[0], null, head[1]],
    ["甲省", "甲省", policies[0]],
    [null, "乙市", policies[1]],
    ["丙省", "丙省", policies[2]],
    ["丁省", "丁市", policies[3]],
    [null, "戊区", policies[4]],
  ];
  const merges = ["A1:C1", "A2:B2", "A3:A4", "A6:A7"];
  const policies = [
    "优先推荐申报国家项目，优先享受省级相关政策支持。",
    "按国家补助金额的50%给予最高不超过1000万元配套支持。",
    "对入选示范名单的企业，给予一定额度的奖励资金。",
    "一次性给予30万元的资金奖励。",
    "给予一次性奖励20万元。",
  ];

  it("地区 | 鼓励政策: the cities are the items, the provinces their category, and the standards with no amount are found", () => {
    const [t] = tables(regions(["地区", "鼓励政策"], policies), merges);
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["category", "item", "standard"]);
    expect(ruleCells(run(regions(["地区", "鼓励政策"], policies), merges), "catalog.unreadable-standard")).toEqual(["C3", "C5"]);
  });

  it("other wording: 区域 | 支持政策", () => {
    const [t] = tables(regions(["区域", "支持政策"], policies), merges);
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["category", "item", "standard"]);
  });

  it("guard: a place repeated down the lines names no item: no catalog is made of it", () => {
    const values = regions(["地区", "鼓励政策"], policies);
    values[3][1] = "甲省";
    values[6][1] = "丁市";
    const found = tables(values, merges).filter((t) => t.kind === "catalog");
    expect(found).toEqual([]);
  });
});

describe("catalog: a clause column under the document's chapter rows (第一章 总则 over 第三条, 第五条（一）)", () => {
  const clauses = (head: string, chapter: [string, string]): Cell[][] => [
    ["某镇产业扶持办法扶持条款摘编", null, null],
    [head, "扶持项目", "扶持标准"],
    [chapter[0], null, null],
    ["第三条", "重大事项一事一议", "遇重大事项实行“一事一议”。"],
    [chapter[1], null, null],
    ["第五条（一）", "认定受理奖励", "对被受理的企业给予一次性奖励2万元。"],
    ["第五条（一）", "首次认定奖励", "对首次认定的企业给予一次性奖励8万元。"],
    ["第六条", "研发机构奖励", "对新认定的研发机构给予奖励10万元。"],
  ];
  const merges = ["A1:C1", "A3:C3", "A5:C5"];

  it("条款 with 第一章 / 第二章 rows: the clauses are the document", () => {
    const [t] = tables(clauses("条款", ["第一章 总则", "第二章 科技创新专项"]), merges);
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["document", "item", "standard"]);
  });

  it("other wording: 条文 under 第一节 / 第二节 headings", () => {
    const [t] = tables(clauses("条文", ["第一节 一般规定", "第二节 企业培育"]), merges);
    expect(fields(t)).toEqual(["document", "item", "standard"]);
  });

  it("guard: bare clause numbers leading the rows, none repeated, no chapter rows, still number the rows", () => {
    const values = clauses("条款", ["第一章 总则", "第二章 科技创新专项"]).filter((_, i) => i !== 2 && i !== 4);
    values[3][0] = "第四条";
    values[4][0] = "第五条";
    // 第三条, 第四条, 第五条, 第六条 alone: the rows' own numbers (the code).
    const [t] = tables(values, ["A1:C1"]);
    expect(fields(t)[0]).toBe("code");
  });
});

describe("composition: a plan beside the actual money with its reward and deduction is no part of the row total", () => {
  // 区 | 合计 | 甲类 (实际 | 计划 | 奖励 | 扣减) | 乙类 | 丙类: the actual is the plan with the reward added and the
  // deduction taken off; the 合计 adds the actual and the other kinds, never the plan beside it.
  const build = (leaves: [string, string, string, string], head: string): { values: Cell[][]; merges: string[] } => ({
    values: [
      ["某市2019年道路补助资金分配表", null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, "单位：万元"],
      ["区", "合计", head, null, null, null, "乙类道路", "丙类桥梁"],
      [null, null, ...leaves, null, null],
      ["合计", 1370, 840, 850, 30, 40, 370, 160],
      ["甲区", 500, 300, 300, null, null, 120, 80],
      ["乙区", 470, 290, 260, 30, null, 100, 80],
      ["丙区", 400, 250, 290, null, 40, 150, null],
    ],
    merges: ["A1:H1", "A3:A4", "B3:B4", "C3:F3", "G3:G4", "H3:H4"],
  });

  it("实际安排 | 计划安排 | 奖励数 | 扣减数: no row-total finding; a planted slip in a 合计 still is", () => {
    const { values, merges } = build(["实际安排", "计划安排", "奖励数", "扣减数"], "自然村");
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
    // Planted: 乙区's 合计 typed 480 where 290 + 100 + 80 = 470 (the foot then 10 under the districts too).
    values[6][1] = 480;
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["B5", "B7"]);
  });

  it("other wording: 实际下达 | 原计划 | 奖励 | 扣回", () => {
    const { values, merges } = build(["实际下达", "原计划", "奖励", "扣回"], "甲类道路");
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });

  it("the plan's own column total is still checked", () => {
    const { values, merges } = build(["实际安排", "计划安排", "奖励数", "扣减数"], "自然村");
    // Planted: the foot of 计划安排 typed 860 where 300 + 260 + 290 = 850.
    values[4][3] = 860;
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["D5"]);
  });

  it("guard: 补助 | 奖励 under one heading, no plan beside an actual, stay parts of the 合计", () => {
    const values: Cell[][] = [
      ["某县2019年奖补资金分配表", null, null, null],
      [null, null, null, "单位：万元"],
      ["乡镇", "合计", "资金构成", null],
      [null, null, "补助资金", "奖励资金"],
      ["合计", 300, 200, 100],
      ["甲镇", 160, 100, 50],
      ["乙镇", 140, 100, 50],
    ];
    const merges = ["A1:D1", "A3:A4", "B3:B4", "C3:D3"];
    // 甲镇 160 ≠ 100 + 50: read as its parts, so found.
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toContain("B6");
  });
});

describe("composition: the office merged across under the 合计, its month in the last column, signs the table off", () => {
  const lastRow = (r: ReturnType<typeof run>) => r.tables[0].range.r1 + 1;
  const build = (office: string, date: string): Cell[][] => [
    ["某市2016年专项资金安排表", null, null, null, null],
    [null, null, null, "单位：万元", null],
    ["序号", "项目名称", "建设地点", "安排资金", "备注"],
    [1, "甲港作业区工程", "甲区", 300, "续建"],
    [2, "乙水库工程", "乙县", 200, "新开工"],
    ["合计", null, null, 500, null],
    [office, null, null, null, date],
  ];
  const merges = ["A1:E1", "D2:E2", "A6:C6", "A7:D7"];

  it("an office over four columns, 2015年5月 beside it: the table ends at its 合计", () => {
    const r = run(build("某市发展和改革委员会", "2015年5月"), merges);
    expect(lastRow(r)).toBe(6);
    expect(r.tables[0].kind).toBe("composition");
  });

  it("other wording: a finance bureau dated to the day", () => {
    expect(lastRow(run(build("某县财政局", "2016年3月8日"), merges))).toBe(6);
  });

  it("guard: a line under the 合计 with a word, not a date, in its last column stays the table's", () => {
    const r = run(build("某市发展和改革委员会", "续建"), merges);
    expect(lastRow(r)).toBe(7);
  });
});

describe("an allocation's quantity with its measure after a slash (面积/亩 beside 资金/万元), as （亩） is (learn l85f)", () => {
  const allocation = (area: string, money: string): Cell[][] => [
    ["某市耕地地力保护补贴资金分配建议表", null, null],
    ["县（区）、街道", area, money],
    ["合计", 7000, 66.5],
    ["甲区", 4000, 38],
    ["乙区", 2000, 19],
    ["丙街道", 1000, 9.5],
  ];

  it("2024年…发放面积/亩 | 补贴资金/万元: the area the quantity, the money's 合计 slip found, the area's silent", () => {
    const values = allocation("2024年耕地地力保护补贴应实际发放面积/亩", "耕地地力保护补贴资金/万元");
    values[2][2] = 64.5; // the lines add up to 66.50
    const [t] = tables(values, ["A1:C1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "quantity", "amount"]);
    expect(t.columns[1].measure).toBe("亩");
    expect(ruleCells(run(values, ["A1:C1"]), "composition.total-mismatch")).toEqual(["C3"]);
  });

  it("other wording: 补助户数/户 | 补助资金/万元", () => {
    const values = allocation("补助户数/户", "补助资金/万元");
    const [t] = tables(values, ["A1:C1"]);
    expect(fields(t)).toEqual(["item", "quantity", "amount"]);
    expect(t.columns[1].measure).toBe("户");
  });

  it("guard: money per measure after the slash (补贴标准元/亩) states no count", () => {
    const values = allocation("面积/亩", "资金/万元");
    expect(fields(tables(values, ["A1:C1"])[0])).toEqual(["item", "quantity", "amount"]);
    values[1][1] = "补贴标准元/亩";
    values.forEach((r, i) => i >= 2 && (r[1] = 95));
    expect(fields(tables(values, ["A1:C1"])[0])[1]).not.toBe("quantity");
  });
});

describe("execution: a fund's type beside each project (资金类型 | 资金种类), a few names repeated, groups the lines (learn l85f)", () => {
  const progress = (kindHeading: string): Cell[][] => [
    ["某县重点项目绩效评价结果表", null, null, null, null, null, null],
    [null, null, null, null, null, null, "单位：万元"],
    ["序号", "项目名称", kindHeading, "下达资金", "实际支付", "支付完成率", "评价等级"],
    [1, "甲村道路建设项目", "财政专项扶贫资金", 200, 190, "95.00%", "优秀"],
    [2, "乙村大棚建设项目", "衔接资金", 100, 96, "98.00%", "良好"],
    [3, "丙村供水改造项目", "衔接资金", 150, 150, "100.00%", "优秀"],
    ["合计", null, null, 450, 436, "96.89%", null],
  ];

  it("资金类型 beside 项目名称: the project the line, the fund its group; the rate slip found", () => {
    const values = progress("资金类型");
    const [t] = tables(values, ["A1:G1"]) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(0, 6)).toEqual(["seq", "category", "level", "budget", "actual", "rate"]);
    // 96 / 100 = 96.00%, typed 98.00%.
    expect(ruleCells(run(values, ["A1:G1"], "2023-12-31"), "execution.rate-mismatch")).toEqual(["F5"]);
  });

  it("other wording: 资金种类", () => {
    const [t] = tables(progress("资金种类"), ["A1:G1"]);
    expect(fields(t).slice(1, 3)).toEqual(["category", "level"]);
  });

  it("guard: a 资金类型 naming every line apart, or standing alone, stays the line", () => {
    const values = progress("资金类型");
    values[4][2] = "以工代赈资金";
    values[5][2] = "其他资金";
    expect(fields(tables(values, ["A1:G1"])[0])[2]).not.toBe("level");
    const alone = values.map((r) => [r[0], r[2], r[3], r[4], r[5]]);
    alone[2][1] = "资金类型";
    expect(fields(tables(alone)[0]).slice(0, 2)).toEqual(["seq", "category"]);
  });
});

describe("composition: groups of unequal width each stating the money per thing counted (每村2万元 | 每户0.5万元), then a row total (learn l85f)", () => {
  const allocation = (first: string, leaves: [string, string, string], second: string, leaves2: [string, string]): Cell[][] => [
    ["某省农村面貌改造提升补助资金分配表", null, null, null, null, null, null],
    [null, null, null, null, null, null, "单位：万元"],
    ["设区市", first, null, null, second, null, "合计"],
    [null, ...leaves, ...leaves2, null],
    ["甲市", 352, 704, 704, 612, 306, 1714],
    ["乙市", 318, 636, 636, null, null, 1272],
    ["丙市", 412, 824, 824, 1205, 602.5, 2250.5],
    ["合计", 1082, 2164, 2164, 1817, 908.5, 5236.5],
  ];
  const merges = ["A1:G1", "A3:A4", "B3:D3", "E3:F3", "G3:G4"];

  it("重点村（每村各补助2万元） over 村数 | 规划编制补助 | 垃圾清运补助 beside 改造（每户0.5万元） over 户数 | 奖补资金: each group's count and money, the row total checked", () => {
    const values = allocation("重点村（每村各补助2万元）", ["重点村数（个）", "规划编制补助", "垃圾清运补助"], "民居节能改造（每户0.5万元）", ["改造户数（户）", "奖补资金"]);
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "quantity", "amount", "amount", "quantity", "amount", "amount"]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
    // 乙市 636 + 636 = 1,272, typed 1,282: the row, and the 合计 column's foot it leaves, are found; 丙市 with all three stays silent.
    values[5][6] = 1282;
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["G6", "G8"]);
  });

  it("other wording: 每个补贴2万元 / 每户奖励5000元, leaves ending 补贴 and 奖励", () => {
    const values = allocation("示范村（每个补贴2万元）", ["示范村个数", "建设补贴", "管护补贴"], "改厕（每户奖励5000元）", ["改厕户数", "改厕奖励"]);
    values[6][6] = 2260.5; // 丙市 824 + 824 + 602.5 = 2,250.5
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["G7", "G8"]);
  });

  it("guard: the same groups with no standard in their headings keep their reading", () => {
    const plain = allocation("重点村", ["重点村数（个）", "规划编制补助", "垃圾清运补助"], "民居节能改造", ["改造户数（户）", "奖补资金"]);
    const [t] = tables(plain, merges);
    expect(fields(t).slice(2, 4)).toEqual([null, null]);
  });
});

describe("register: a 名单 of firms headed as firms (企业名称) beside their place alone, no money or code", () => {
  const checked = (values: Cell[][], merges: string[], district: string) =>
    audit({
      sheets: [grid(values, merges)],
      settings: { today: "2023-12-31", district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });

  it("序号 | 企业名称 | 所属地区 under …企业名单, conditions in prose above: a register, a city of another province caught", () => {
    const values: Cell[][] = [
      ["某省专精特新中小企业名单", null, null],
      ["认定条件：（一）上年度研发费用总额不低于100万元；（二）上年度营业收入总额在1000万元以上。", null, null],
      ["序号", "企业名称", "所属地区"],
      [1, "甲仪表有限公司", "贵阳市"],
      [2, "乙电力装备有限公司", "遵义市"],
      [3, "丙弹簧制造有限公司", "昆明市"],
      [4, "丁机械有限公司", "六盘水市"],
    ];
    const r = checked(values, ["A1:C1", "A2:C2"], "贵州省");
    const t = r.tables[0];
    expect(t?.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn"]);
    expect(t.range.r0).toBe(2);
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["C6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "cap.exceeded")).toEqual([]);
  });

  it("序号 | 公司名称 | 所在地 under …名单 numbered from mid-list: a firm listed twice caught", () => {
    const values: Cell[][] = [
      ["2021年度全省大企业名单", null, null],
      ["序号", "公司名称", "所在地"],
      [41, "甲化工集团有限公司", "成都市"],
      [42, "乙实业集团有限公司", "绵阳市"],
      [43, "丙建工集团有限公司", "德阳市"],
      [44, "甲化工集团有限公司", "成都市"],
    ];
    const r = checked(values, ["A1:C1"], "四川省");
    const t = r.tables[0];
    expect(t?.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B6"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("序号 | 企业名称 | 市州 with the cities written short (乐山, 成都): 市州 alone is the firm's place", () => {
    const values: Cell[][] = [
      ["2021年度全省100户大企业大集团名单", null, null],
      ["序号", "企业名称", "市州"],
      [1, "甲化工集团有限公司", "乐山"],
      [2, "乙实业集团有限公司", "绵阳"],
      [3, "丙建工集团有限公司", "成都"],
      [4, "丁光电有限公司", "成都"],
    ];
    const r = checked(values, ["A1:C1"], "四川省");
    const t = r.tables[0];
    expect(t?.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn"]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual([]);
    expect(ruleCells(r, "register.duplicate")).toEqual([]);
  });

  it("guard: the same list under a title that is no 名单 (…情况表) stays unread", () => {
    const values: Cell[][] = [
      ["某省专精特新中小企业情况表", null, null],
      ["序号", "企业名称", "所属地区"],
      [1, "甲仪表有限公司", "贵阳市"],
      [2, "乙电力装备有限公司", "遵义市"],
      [3, "丙机械有限公司", "六盘水市"],
    ];
    expect(tables(values, ["A1:C1"]).filter((t) => t.kind === "register")).toEqual([]);
  });
});

describe("register: a recognition list of counties and towns by city (名县名镇), no money", () => {
  const checked = (values: Cell[][], merges: string[], district: string) =>
    audit({
      sheets: [grid(values, merges)],
      settings: { today: "2023-12-31", district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });

  it("序号 | 所在市 | 名县名镇 | 特色产业 under …名县名镇名单: the places are its bodies, a repeat and a city of another province caught", () => {
    const values: Cell[][] = [
      ["拟认定2019年河北省特色产业名县名镇名单", null, null, null],
      ["序号", "所在市", "名县名镇", "特色产业"],
      [1, "邢台市", "清河县", "羊绒"],
      [2, "衡水市", "安平县", "丝网"],
      [3, "济南市", "章丘区", "锻造"],
      [4, "邢台市", "平乡县", "自行车"],
      [5, "衡水市", "安平县", "丝网"],
    ];
    const r = checked(values, ["A1:D1"], "河北省");
    const t = r.tables[0];
    expect(t?.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "category"]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["B5"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["C7"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("序号 | 示范县 | 所属市 | 主导产业 under …示范县名单: the same reading, nothing to find", () => {
    const values: Cell[][] = [
      ["2020年河北省县域特色产业示范县名单", null, null, null],
      ["序号", "示范县", "所属市", "主导产业"],
      [1, "蠡县", "保定市", "皮毛"],
      [2, "泊头市", "沧州市", "铸造"],
      [3, "玉田县", "唐山市", "印刷包装"],
      [4, "大城县", "廊坊市", "保温建材"],
    ];
    const r = checked(values, ["A1:D1"], "河北省");
    const t = r.tables[0];
    expect(t?.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "category"]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual([]);
    expect(ruleCells(r, "register.duplicate")).toEqual([]);
  });

  it("guard: counties beside their city alone (所属市 | 示范县, no third column) stay unread, as names beside one other column do", () => {
    const values: Cell[][] = [
      ["2020年河北省县域特色产业示范县名单", null, null],
      ["序号", "所属市", "示范县"],
      [1, "保定市", "蠡县"],
      [2, "沧州市", "泊头市"],
      [3, "唐山市", "玉田县"],
    ];
    expect(tables(values, ["A1:C1"]).filter((t) => t.kind === "register")).toEqual([]);
  });

  it("guard: the same columns under a title naming no recognised places (…产业情况表) are no register", () => {
    const values: Cell[][] = [
      ["河北省县域特色产业情况表", null, null, null],
      ["序号", "所在市", "名县名镇", "特色产业"],
      [1, "邢台市", "清河县", "羊绒"],
      [2, "衡水市", "安平县", "丝网"],
      [3, "保定市", "蠡县", "皮毛"],
    ];
    expect(tables(values, ["A1:D1"]).filter((t) => t.kind === "register")).toEqual([]);
  });
});

describe("targets: one column of values per place with a yes/no target (否) among them; composition: a 属地 left of the money as the line (learn l85i)", () => {
  const targetTable = (places: [string, string], answer: string): Cell[][] => [
    ["某区2025年水利专项资金绩效目标表", null, null, null, null, null, null, null],
    ["项目名称", "水利专项资金", null, null, "主管部门", "某区水利局", null, null],
    ["资金情况（万元）", "资金总额", 40, "其中：财政拨款", 40, "其他资金", 0, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "指标方向", ...places],
    [null, "成本指标", "经济成本指标", "成本控制率（%）", "反映成本控制情况", "≤", "100%", null],
    [null, "产出指标", "数量指标", "修复工程（个）", "反映修复项目开展情况", "≥", 2, 3],
    [null, null, "质量指标", "工程是否存在质量问题", "检查中是否发现质量问题", "是/否", answer, answer],
    [null, null, "时效指标", "项目开展率（%）", "反映开展情况", "≥", "100%", "100%"],
    [null, "效益指标", "社会效益指标", "受益人口（人）", "反映受益人数", "≥", 1500, 900],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度（%）", "反映群众满意程度", "≥", "90%", "90%"],
  ];
  const tMerges = ["A1:H1", "B2:D2", "F2:H2", "A4:A10", "G5:H5", "B6:B8"];

  it("甲街道 | 乙镇 right of 指标方向, 否 under both: the table is the targets, the first place's column its values", () => {
    const t = tables(targetTable(["甲街道", "乙镇"], "否"), tMerges).find((x) => x.kind === "targets");
    expect(t).toBeDefined();
    expect(fields(t as RecognisedTable).slice(1, 7)).toEqual(["type", null, "name", null, null, "target"]);
    expect((t as RecognisedTable).range.r1).toBe(9);
  });

  it("other wording: 有 / 无 answers under two villages", () => {
    const t = tables(targetTable(["东山村", "西河村"], "无"), tMerges).find((x) => x.kind === "targets");
    expect(t && fields(t)[6]).toBe("target");
  });

  it("guard: a row of texts with no answer under the figures still ends the block", () => {
    const values = targetTable(["甲街道", "乙镇"], "否");
    values[6] = [null, null, "质量指标", "工程质量", "检查发现问题", "定性", "良好", "良好"];
    values.splice(7, 0, ["附件3", "某区项目清单", "说明", null, null, null, null, null]);
    // Without the header-like row, the same table reads through to its last indicator.
    const whole = tables(targetTable(["甲街道", "乙镇"], "否"), tMerges).find((x) => x.kind === "targets");
    expect(whole?.range.r1).toBe(9);
    const t = tables(values, tMerges).find((x) => x.kind === "targets");
    expect(t === undefined || t.range.r1 < 7).toBe(true);
  });

  const allocation = (head: string, places: [string, string, string]): Cell[][] => [
    ["某区2025年水利专项资金安排表", null, null],
    [head, "金额", "项目"],
    [places[0], "18万元", "梁厝沟护岸水毁修复工程"],
    [places[1], "17万元", "西坡排洪闸水毁修复工程"],
    [places[2], "9万元", "东岭山塘除险加固工程"],
  ];

  it("属地 | 金额 | 项目, towns named apart: each town is the line, the project beside the money describes it", () => {
    const [t] = tables(allocation("属地", ["甲街道办", "乙镇", "丙镇"]), ["A1:C1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", null]);
  });

  it("other wording: counties under 属地", () => {
    const [t] = tables(allocation("属地", ["甲县", "乙县", "丙区"]), ["A1:C1"]);
    expect(fields(t)).toEqual(["item", "amount", null]);
  });

  it("a 属地 repeated down the lines groups them, the projects stay the lines", () => {
    const [t] = tables(allocation("属地", ["甲镇", "甲镇", "乙镇"]), ["A1:C1"]);
    expect(fields(t)).toEqual(["category", "amount", "item"]);
  });

  it("guard: 项目 left of the money stays the line, 属地 beside it only groups", () => {
    const values = allocation("属地", ["甲街道办", "乙镇", "丙镇"]).map((r) => [r[2], r[0], r[1]]);
    values[0] = ["某区2025年水利专项资金安排表", null, null];
    const [t] = tables(values, ["A1:C1"]);
    expect(fields(t)[0]).toBe("item");
    expect(fields(t)[2]).toBe("amount");
  });
});

describe("execution: a 三公 table under a lone 预算数 merged over its whole header is a budget (learn l85j)", () => {
  it("2022年预算数 over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 / 购置 / 运行) | 公务接待费: the heading is the header's first row, the 小计 slip found", () => {
    const values: Cell[][] = [
      ["一般公共预算“三公”经费支出情况表", null, null, null, null, null],
      ["部门：某镇人民政府", null, null, null, null, "单位：万元"],
      ["2022年预算数", null, null, null, null, null],
      ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
      [null, null, "小计", "公务用车购置费", "公务用车运行费", null],
      [26, 0, 15.8, 0, 14.3, 10.2],
    ];
    const merges = ["A1:F1", "A3:F3", "A4:A5", "B4:B5", "C4:E4", "F4:F5"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(t.range.r0).toBe(2);
    expect(t.headerRows).toBe(3);
    // 小计 15.80 against 购置 0 + 运行 14.30 = 14.30; the 合计 adds the 小计 as typed.
    expect(ruleCells(run(values, merges), "execution.total-mismatch")).toEqual(["C6"]);
  });

  it("other wording and shape: 年初预算数 over one row of lines, the 合计 slipped", () => {
    const values: Cell[][] = [
      ["某局“三公”经费支出表", null, null, null, null],
      ["年初预算数", null, null, null, null],
      ["合计", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"],
      [40, 5, 10, 15, 8],
    ];
    const merges = ["A1:E1", "A2:E2"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(t.range.r0).toBe(1);
    // 5 + 10 + 15 + 8 = 38, typed 40.
    expect(ruleCells(run(values, merges), "execution.total-mismatch")).toEqual(["A4"]);
  });

  it("guard: 预算数 | 决算数 blocks across one row keep their reading", () => {
    const values: Cell[][] = [
      ["一般公共预算“三公”经费支出情况表", null, null, null, null, null],
      ["2023年预算数", null, null, "2023年决算数", null, null],
      ["合计", "因公出国（境）费", "公务接待费", "合计", "因公出国（境）费", "公务接待费"],
      [10, 4, 6, 9, 3, 6],
    ];
    const merges = ["A1:F1", "A2:C2", "D2:F2"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["budget", "budget", "budget", "actual", "actual", "actual"]);
  });

  it("guard: a composition under a lone 金额 merged over its header stays a composition", () => {
    const values: Cell[][] = [
      ["某县农业补助资金分配表", null, null, null],
      ["金额", null, null, null],
      ["合计", "种粮补贴", "农机补贴", "良种补贴"],
      [60, 30, 20, 10],
    ];
    const [t] = tables(values, ["A1:D1", "A2:D2"]);
    expect(t.kind).toBe("composition");
  });
});

describe("catalog: a type of measure (改造类型) repeated over whom each standard is for (支持对象)", () => {
  const standard = (rate: number) => `设备投资达500万元及以上的，按照设备投资额的${rate}%给予补助，单个项目最高补助不超过1000万元`;

  it("the type column groups the lines: it is the category", () => {
    const values: Cell[][] = [
      ["技术改造项目补助标准", null, null, null],
      ["序号", "改造类型", "支持对象", "补助标准"],
      [1, "普通技术改造", "一般企业", standard(10)],
      [2, "普通技术改造", "高新技术企业", standard(15)],
      [3, "智能化改造", "整车间智能化改造", standard(15)],
      [4, "智能化改造", "整工厂智能化改造", standard(20)],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["seq", "category", "item", "standard"]);
  });

  it("other wording: 项目类型 over 奖励事项, three types", () => {
    const values: Cell[][] = [
      ["专项资金支持标准", null, null, null],
      ["序号", "项目类型", "奖励事项", "奖励标准"],
      [1, "研发平台", "国家级平台", "给予一次性奖励100万元"],
      [2, "研发平台", "省级平台", "给予一次性奖励50万元"],
      [3, "人才引进", "领军人才", "给予最高200万元资助"],
      [4, "人才引进", "青年人才", "给予最高50万元资助"],
      [5, "首台套", "首台（套）装备", "按售价的20%给予奖励，最高不超过300万元"],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("catalog");
    expect(fields(t)[1]).toBe("category");
  });

  it("guard: a type column naming each line once sorts nothing: no category is made of it", () => {
    const values: Cell[][] = [
      ["技术改造项目补助标准", null, null, null],
      ["序号", "改造类型", "支持对象", "补助标准"],
      [1, "普通技术改造", "一般企业", standard(10)],
      [2, "智能化改造", "高新技术企业", standard(15)],
      [3, "数字化改造", "整工厂智能化改造", standard(20)],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("catalog");
    expect(fields(t)).not.toContain("category");
  });

  it("guard: a 补贴类型 of cap types (定额, 比例) stays the cap type", () => {
    const values: Cell[][] = [
      ["专项资金支持标准", null, null, null, null],
      ["序号", "奖励事项", "补贴类型", "上限金额", "比例"],
      [1, "国家级平台", "定额", 100, null],
      [2, "省级平台", "定额", 50, null],
      [3, "设备购置", "比例", 300, 0.2],
      [4, "技术改造", "比例", 500, 0.1],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("catalog");
    expect(fields(t)[2]).toBe("capType");
  });
});

describe("register: a recognition list of industrial clusters (集群名称), no money", () => {
  const clusterFields = (t: RecognisedTable) => t.columns.filter((c) => c.field).map((c) => [c.col, c.field]);

  it("序号 | 集群名称 | 所属产业 | 拟认定和推荐 under …特色产业集群…名单: the clusters are its bodies, a repeat caught", () => {
    const values: Cell[][] = [
      ["2023年度中小企业特色产业集群拟认定省级名单", null, null, null],
      ["序号", "集群名称", "所属产业", "拟认定和推荐"],
      [1, "甲县装备制造产业集群", "装备制造", "认定省级"],
      [2, "乙县锂电材料产业集群", "新型功能材料", "认定省级、推荐申报国家级"],
      [3, "丙市茶叶精制加工产业集群", "食品（精制茶）", "认定省级"],
      [4, "甲县装备制造产业集群", "装备制造", "认定省级"],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("register");
    expect(clusterFields(t)).toEqual(expect.arrayContaining([[1, "enterprise"], [2, "category"]]));
    const r = run(values, ["A1:D1"]);
    expect(ruleCells(r, "register.duplicate").length).toBeGreaterThan(0);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("other wording and shape: 产业集群名称 | 认定类别 under …集群认定名单, no 序号", () => {
    const values: Cell[][] = [
      ["某省先进制造业产业集群认定名单", null],
      ["产业集群名称", "认定类别"],
      ["甲市纺织服装产业集群", "培育类"],
      ["乙县化工新材料产业集群", "提升类"],
      ["丙区电子信息产业集群", "培育类"],
    ];
    const [t] = tables(values, ["A1:B1"]);
    expect(t.kind).toBe("register");
    expect(clusterFields(t)).toEqual([[0, "enterprise"], [1, "category"]]);
    expect(run(values, ["A1:B1"]).findings.filter((f) => f.rule.startsWith("register.") || f.rule.startsWith("cap."))).toEqual([]);
  });

  it("guard: one column of cluster names under a 名单 stays unread (a bare list of names)", () => {
    const values: Cell[][] = [
      ["某省特色产业集群名单", null],
      ["序号", "集群名称"],
      [1, "甲县装备制造产业集群"],
      [2, "乙县锂电材料产业集群"],
      [3, "甲县装备制造产业集群"],
    ];
    expect(tables(values, ["A1:B1"]).filter((t) => t.kind === "register")).toEqual([]);
  });

  it("guard: money allocated to counties for their clusters (…集群奖补资金分配表) stays a composition", () => {
    const values: Cell[][] = [
      ["中小企业特色产业集群奖补资金分配表", null, null, null],
      ["盟市", "旗县区", "集群名称", "奖补资金（万元）"],
      ["甲市", "甲县", "甲县装备制造产业集群", 100],
      ["乙市", "乙县", "乙县锂电材料产业集群", 100],
      ["合计", null, null, 200],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("composition");
  });
});

describe("composition: a standard merged down over the lines is each line's standard (learn l89g)", () => {
  it("乡镇 | 面积（亩） | 每亩补助资金（元） merged down once | 应发资金（元）: the slipped line is found", () => {
    const values: Cell[][] = [
      ["某县种粮补贴资金发放表", null, null, null],
      ["乡镇", "种植面积（亩）", "每亩补助资金（元）", "应发资金（元）"],
      ["东镇", 1000.5, 12.5, 12506.25],
      ["西乡", 2000, null, 25000],
      ["南镇", 300.2, null, 4252.5],
      ["北乡", 400, null, 5000],
      ["合计", 3700.7, null, 46758.75],
    ];
    const merges = ["A1:D1", "C3:C6"];
    // 300.2 × 12.5 = 3,752.50, typed 4,252.50; the lines as typed add to the 合计.
    expect(ruleCells(run(values, merges), "composition.line-mismatch")).toEqual(["D5"]);
  });

  it("other wording and shape: 村 | 户数 | 补助标准（元/户） merged over the lines only (合计 row outside the merge)", () => {
    const values: Cell[][] = [
      ["单位：元", null, null, null, null],
      ["序号", "村名", "户数（户）", "补助标准（元/户）", "补助金额（元）"],
      [1, "甲村", 12, 800, 9600],
      [2, "乙村", 30, null, 24000],
      [3, "丙村", 7, null, 6500],
      ["合计", null, 49, null, 40100],
    ];
    const merges = ["D3:D5", "A6:B6"];
    // 7 × 800 = 5,600, typed 6,500.
    expect(ruleCells(run(values, merges), "composition.line-mismatch")).toEqual(["E5"]);
  });

  it("guard: an amount merged over several rows stays one value for the group, not each row's", () => {
    const values: Cell[][] = [
      ["某县补助资金分配表", null, null, null],
      ["乡镇", "面积（亩）", "补助标准（元/亩）", "补助资金（元）"],
      ["东镇", 100, 10, 1000],
      ["西乡", 200, 10, 3000],
      ["南镇", 100, 10, null],
      ["合计", 400, null, 4000],
    ];
    const merges = ["A1:D1", "D4:D5"];
    // 3,000 is 西乡 and 南镇 together: no row's product is checked against it.
    expect(ruleCells(run(values, merges), "composition.line-mismatch")).toEqual([]);
  });
});

describe("execution: a progress table under a numbered item heading, its rate of the year-start budget as a note defines it (learn l89f)", () => {
  const note = (rate: string, actual: string, base: string) => `注：${rate}＝${actual}÷${base}；序时进度按4个月计算为33.33%。`;

  it("地区 merged down beside 二十、… over a count block and a money block (万元、%): three header rows, 万元, the rate of 年初预算", () => {
    const values: Cell[][] = [
      ["2021年民生实事项目推进及资金拨付情况表", null, null, null, null, null, null, null],
      ["地区", "五、推进全市120个公共文化场馆免费或低收费开放服务", null, null, null, null, null, null],
      [null, "项目推进情况（个）", null, "资金拨付情况（万元、%）", null, null, null, null],
      [null, "目标任务", "完成情况", "年初预算安排数", "资金预算下达数", "资金预算下达比例", "资金拨付数", "资金拨付比例"],
      ["全市", 6, 6, 300, 320, "106.67%", 120, "40.00%"],
      ["甲区", 3, 3, 100, 120, "120.00%", 50, "50.00%"],
      ["乙区", 3, 3, 200, 200, "100.00%", 70, "35.50%"],
      [note("资金拨付比例", "资金拨付数", "年初预算安排数"), null, null, null, null, null, null, null],
    ];
    const merges = ["A1:H1", "A2:A4", "B2:H2", "B3:C3", "D3:H3", "A8:H8"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.range.r0).toBe(1);
    expect(t.headerRows).toBe(3);
    expect(t.unit).toBe("万元");
    const r = run(values, merges, "2021-04-30");
    // 乙区 70 / 200 = 35.00%, typed 35.50%; 全市 120 / 300 = 40.00% and 甲区 50 / 100 = 50.00% are of the year-start budget.
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["H7"]);
  });

  it("other wording: 一、… over 已支付资金 | 支付比例 with the note in ASCII (=, /), the 合计 row last", () => {
    const values: Cell[][] = [
      ["县（市、区）", "一、农村公路养护补助", null, null, null, null],
      [null, "资金情况（万元、%）", null, null, null, null],
      [null, "年初预算数", "下达资金", "已支付资金", "支付比例", "说明"],
      ["甲县", 200, 150, 100, "50.00%", null],
      ["乙县", 100, 100, 30, "30.00%", null],
      ["合计", 300, 250, 130, "43.33%", null],
      ["注：支付比例=已支付资金/年初预算数。", null, null, null, null, null],
    ];
    const merges = ["A1:A3", "B1:F1", "B2:F2", "A7:F7"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.range.r0).toBe(0);
    expect(t.unit).toBe("万元");
    expect(ruleCells(run(values, merges, "2021-06-30"), "execution.rate-mismatch")).toEqual([]);
  });

  it("guard: with no note defining it, the rate stays a share of the money passed down", () => {
    const values: Cell[][] = [
      ["地区", "年初预算数", "下达资金", "已支付资金", "支付比例"],
      ["甲县", 200, 150, 100, "50.00%"],
      ["乙县", 100, 100, 30, "30.00%"],
    ];
    // 甲县 100 / 150 = 66.67%, typed 50.00%.
    expect(ruleCells(run(values, [], "2021-06-30"), "execution.rate-mismatch")).toEqual(["E2"]);
  });

  it("guard: a numbered caption over a header with nothing merged down beside it is no header row", () => {
    const values: Cell[][] = [
      ["一、一般公共预算支出执行情况", null, null, null],
      ["项目", "预算数", "执行数", "执行率"],
      ["教育", 100, 60, "60.00%"],
      ["卫生", 50, 20, "40.00%"],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("execution");
    expect(t.range.r0).toBe(1);
  });
});

describe("execution: a one-row 三公 account laid as 预算数 | 决算数 pairs per line (learn l89b)", () => {
  it("a group heading over the lines, a 小计 over the car lines, the 机关运行经费 apart: the 合计 slip and an unspent line found", () => {
    const values: Cell[][] = [
      ["2019年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表", null, null, null, null, null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
      ["一般公共预算财政拨款“三公”经费", null, null, null, null, null, null, null, null, null, null, null, "机关运行经费决算数"],
      ["合计", null, "因公出国（境）费", null, "公务用车购置及运行费", null, null, null, null, null, "公务接待费", null, null],
      [null, null, null, null, "小计", null, "公务用车购置费", null, "公务用车运行费", null, null, null, null],
      ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", null],
      [30, 14.2, 4, 0, 16, 11, 0, 0, 16, 11, 10, 1.2, 210.4],
    ];
    const merges = ["A1:M1", "A3:L3", "M3:M6", "A4:B5", "C4:D5", "E4:J4", "K4:L5", "E5:F5", "G5:H5", "I5:J5"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(t.range.r0).toBe(2);
    expect(t.headerRows).toBe(4);
    const r = run(values, merges);
    // 决算 0 + 11 + 1.2 = 12.2, typed 14.2 (the 小计 counted once; the 预算 30 = 4 + 16 + 10 agrees).
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B7"]);
    // 因公出国 budgeted 4 and nothing spent; the 购置费 had no budget.
    expect(ruleCells(r, "execution.no-spending")).toEqual(["D7"]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
  });

  it("other wording and shape: three header rows, no group heading, no 小计: the 合计 slip found", () => {
    const values: Cell[][] = [
      ["某局2021年“三公”经费支出决算表", null, null, null, null, null, null, null],
      ["合计", null, "因公出国（境）费", null, "公务用车运行维护费", null, "公务接待费", null],
      ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数"],
      [20, 17, 2, 1, 10, 8, 8, 5],
    ];
    const merges = ["A1:H1", "A2:B2", "C2:D2", "E2:F2", "G2:H2"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(t.range.r0).toBe(1);
    // 决算 1 + 8 + 5 = 14, typed 17; 预算 2 + 10 + 8 = 20 agrees.
    expect(ruleCells(run(values, merges), "execution.total-mismatch")).toEqual(["B4"]);
  });

  it("guard: pairs per line over several rows (by unit) stay groups, no parts of the 合计", () => {
    const values: Cell[][] = [
      ["某县“三公”经费支出决算表", null, null, null, null],
      ["单位", "合计", null, "公务接待费", null],
      [null, "预算数", "决算数", "预算数", "决算数"],
      ["甲局", 10, 8, 4, 3],
      ["乙局", 6, 5, 2, 2],
    ];
    const merges = ["A1:E1", "A2:A3", "B2:C2", "D2:E2"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(t.columns.some((c) => c.part)).toBe(false);
  });
});

describe("register: the year a firm was first recognised is the approval year (learn l89e)", () => {
  it("首次认定年度 between the codes and the award is read as approvalYear", () => {
    const values: Cell[][] = [
      ["某高新区首次通过高新技术企业认定奖励名单", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "企业名称", "统一社会信用代码", "首次认定年度", "奖励金额"],
      [1, "甲科技有限公司", "91460100MA5T4L8C21", 2018, 30],
      [2, "乙材料有限公司", "91460100MA5RW3G81K", 2019, 30],
      [3, "丙装备有限公司", "91460100MA5T88M278", 2019, 30],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "creditCode", "approvalYear", "approved"]);
  });

  it("other wording and shape: 首次认定年份 after the award, no codes", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["企业名称", "奖励金额", "首次认定年份"],
      ["甲科技有限公司", 100000, 2021],
      ["乙材料有限公司", 100000, 2022],
      ["丙装备有限公司", 100000, 2022],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["enterprise", "approved", "approvalYear"]);
  });

  it("guard: 首次认定时间 holding dates is not read as a year", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["企业名称", "奖励金额", "首次认定时间"],
      ["甲科技有限公司", 100000, "2021-12-01"],
      ["乙材料有限公司", 100000, "2022-11-20"],
    ];
    const [t] = tables(values);
    expect(fields(t)[2]).not.toBe("approvalYear");
  });
});

describe("composition: the scale built is the quantity a standard in 元 is paid per, beside money in 万元 (learn l89e)", () => {
  it("建设规模 | 单位 | 补助标准（元） | 投入资金（万元） | 扶持贫困户（户）: the scale is the quantity, the line slip found", () => {
    const values: Cell[][] = [
      ["某县扶贫发展资金项目安排表", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：万元"],
      ["序号", "项目名称", "建设规模", "单位", "补助标准（元）", "投入资金（万元）", "扶持贫困户（户）"],
      [1, "棚圈建设", 500, "座", 10000, 500, 500],
      [2, "禽舍建设", 300, "座", 2000, 50, 300],
      [3, "购生产母羊", 2000, "只", 500, 100, 400],
      ["合计", null, null, null, null, 650, null],
    ];
    const merges = ["A1:G1", "A7:E7"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)[2]).toBe("quantity");
    expect(fields(t)[6]).toBeNull();
    // 禽舍 300座 × 2000元 = 60万元, typed 50; the 合计 adds the lines as typed.
    expect(ruleCells(run(values, merges), "composition.line-mismatch")).toEqual(["F5"]);
  });

  it("other wording and shape: 户数 first, then 建设规模 with no measure column, every line right", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null, null],
      ["项目", "受益户数（户）", "建设规模", "补助标准（元）", "补助资金"],
      ["拱棚", 80, 120, 1500, 18],
      ["大棚", 40, 50, 40000, 200],
      ["葡萄架", 60, 60, 3000, 18],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)[2]).toBe("quantity");
    expect(fields(t)[1]).not.toBe("quantity");
    expect(ruleCells(run(values), "composition.line-mismatch")).toEqual([]);
  });

  it("guard: 建设规模 written as prose is not a quantity", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["项目名称", "建设规模", "投入资金"],
      ["村道硬化", "新建道路2公里", 80],
      ["饮水工程", "新建蓄水池1座", 30],
      ["合计", null, 110],
    ];
    const [t] = tables(values);
    expect(fields(t)[1]).not.toBe("quantity");
  });
});

describe("composition: an allocation to villages and towns is no register of applicants (learn l89a)", () => {
  it("分配表 with 合计 first and 小计 rows heading their villages: the places are lines, the 小计 slip found once", () => {
    const values: Cell[][] = [
      ["某市2023年度乡村振兴奖补资金分配表", null, null, null],
      [null, null, null, "单位：万元"],
      ["序号", "县（市、区）", "奖补对象", "奖补资金"],
      ["合计", null, null, 1300],
      ["一、重点乡镇小计", null, null, 500],
      [1, "东湖县", "青松镇", 500],
      ["二、示范村小计", null, null, 800],
      [1, "东湖县", "青松镇红岭村", 200],
      [2, "东湖县", "白石乡下洋村", 200],
      [3, "南山区", "石门镇溪口村", 100],
      [4, "西江县", "新桥镇（开发区）前进村", 200],
    ];
    const merges = ["A1:D1", "A4:C4", "A5:C5", "A7:C7"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(2)).toEqual(["item", "amount"]);
    // 示范村 小计 800 against 200 + 200 + 100 + 200 = 700; the 合计 adds the 小计 as typed.
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["D7"]);
    expect(run(values, merges).findings.filter((f) => f.rule.startsWith("register."))).toEqual([]);
  });

  it("other wording and shape: 安排表 paying villages, the total at the foot slipped", () => {
    const values: Cell[][] = [
      ["某县美丽乡村奖补资金安排表", null, null],
      ["县（区）", "奖补对象", "金额（万元）"],
      ["北城区", "河口镇上坪村", 30],
      ["北城区", "长岭乡茶园村", 20],
      ["东湖县", "柳林镇新民村", 25],
      ["合计", null, 80],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(t.kind).toBe("composition");
    // 30 + 20 + 25 = 75, typed 80.
    expect(ruleCells(run(values, ["A1:C1"]), "composition.total-mismatch")).toEqual(["C6"]);
  });

  it("towns each beside the kind of place awarded (乡镇 | 奖补对象 | 个数 | 标准 | 金额): the town is the line, the kind its category", () => {
    const values: Cell[][] = [
      ["某县脱贫奖补资金安排表", null, null, null, null, null],
      ["序号", "乡镇", "奖补对象", "个数", "奖补标准（万元/个）", "奖补资金（万元）"],
      [1, "河口镇", "出列村", 3, 10, 30],
      [2, "柳林镇", "出列村", 5, 10, 40],
      [3, "长岭乡", "出列村", 2, 10, 20],
      [4, "石门镇", "出列村", 4, 10, 40],
      [5, "长岭乡", "摘帽乡", 1, 50, 50],
      ["合计", null, null, null, null, 180],
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "category", "quantity", "unitAmount", "amount"]);
    // 柳林镇: 5 × 10 = 50, typed 40; the 合计 adds the rows as typed.
    const r = run(values, ["A1:F1"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["F4"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
  });

  it("guard: a 名单 of model villages with their awards stays a register", () => {
    const values: Cell[][] = [
      ["某市美丽乡村示范村名单", null, null, null],
      ["序号", "县（市、区）", "示范村", "奖补资金（万元）"],
      [1, "东湖县", "青松镇红岭村", 50],
      [2, "南山区", "石门镇溪口村", 50],
      [3, "西江县", "新桥镇前进村", 50],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("register");
  });

  it("guard: an allocation title over cooperatives paid keeps them applicants", () => {
    const values: Cell[][] = [
      ["某县农业产业奖补资金分配表", null, null, null],
      ["序号", "乡镇", "奖补对象", "奖补资金（万元）"],
      [1, "河口镇", "河口镇绿源蔬菜专业合作社", 10],
      [2, "柳林镇", "柳林镇丰收农业发展有限公司", 12],
      [3, "长岭乡", "长岭乡茶叶专业合作社", 8],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("register");
  });
});

describe("execution: a small 三公 grid laid sideways (blank corner, rows labelled 决算 / 预算, the lines as columns and their total)", () => {
  it("the lines then their 总数, rows 2010年决算 | 2011年预算: each row's lines against its own total", () => {
    const values: Cell[][] = [
      ["某局“三公经费”财政拨款情况", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      [null, "公车购置运行维护费", "因公出国(境)费", "公务接待费", "三公经费总数"],
      // 120.50 + 60.25 + 19.25 = 200.00; 100.00 + 80.00 + 20.00 = 200.00, typed 210.00.
      ["2010年决算", 120.5, 60.25, 19.25, 200],
      ["2011年预算", 100, 80, 20, 210],
      ["注：开支单位包括本级及所属事业单位。", null, null, null, null],
    ];
    const merges = ["A1:E1", "A6:E6"];
    const [t] = tables(values, merges) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.columns[0].field).toBe("category");
    expect(t.columns.slice(1, 4).every((c) => c.part?.of === 4 && c.part.exhaustive)).toBe(true);
    expect(t.columns[4].part).toBeUndefined();
    const r = run(values, merges);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["E5"]);
    // 2010's 决算 car line (120.50) above 2011's budget (100.00) is no overspending: nothing is measured across rows.
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.no-spending")).toEqual([]);
    expect(ruleCells(r, "execution.behind-schedule")).toEqual([]);
  });

  it("合计 first, rows 预算数 | 决算数 without years", () => {
    const values: Cell[][] = [
      ["某单位“三公”经费情况", null, null, null, null],
      ["单位：万元", null, null, null, null],
      [null, "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
      ["预算数", 50.35, 10.15, 30.1, 10.1],
      // 8.25 + 28.40 + 7.12 = 43.77, typed 45.62.
      ["决算数", 45.62, 8.25, 28.4, 7.12],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.columns.slice(2).every((c) => c.part?.of === 1)).toBe(true);
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual(["B5"]);
  });

  it("three rows (2022年预算 | 2022年决算 | 2023年预算), 总计 last; rows all 决算 read as spending", () => {
    const values: Cell[][] = [
      ["某县某局“三公”经费预决算情况", null, null, null, null],
      [null, "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费", "总计"],
      ["2022年预算", 5, 20, 10, 35],
      // 4 + 18 + 6 = 28, typed 29.
      ["2022年决算", 4, 18, 6, 29],
      ["2023年预算", 5, 18, 8, 31],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual(["E4"]);
    // 3 + 15 + 5 = 23, typed 24.
    const spent: Cell[][] = [values[0], values[1], ["2021年决算", 3, 15, 5, 24], ["2022年决算", 4, 18, 6, 28]];
    const [t] = tables(spent) as ExecutionTable[];
    expect(fields(t)).toEqual(["category", "actual", "actual", "actual", "actual"]);
    expect(ruleCells(run(spent), "execution.total-mismatch")).toEqual(["E3"]);
  });

  it("guard: a one-row 三公 budget keeps its reading (合计 the budget, the lines its parts)", () => {
    const values: Cell[][] = [
      ["某县某中心2023年“三公”经费财政拨款预算表", null, null, null],
      ["单位：万元", null, null, null],
      ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
      [12.61, 0.35, 7.85, 4.31],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(fields(t)).toEqual(["initialBudget", "initialBudget", "initialBudget", "initialBudget"]);
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual(["A4"]);
  });

  it("guard: an unheaded first column of names (towns, row numbers) is no row of budget or final figures", () => {
    const towns: Cell[][] = [
      ["某县农业资金分配表", null, null, null],
      [null, null, null, "单位：万元"],
      [null, "中央资金", "省级资金", "合计"],
      ["河口镇", 10, 20, 30],
      ["柳林镇", 5, 5, 10],
    ];
    expect(tables(towns).filter((t) => t.kind === "execution")).toEqual([]);
    const numbered: Cell[][] = [
      ["某县项目资金安排表", null, null],
      [null, "项目", "金额（万元）"],
      [1, "道路硬化", 30],
      [2, "水渠修缮", 20],
      [null, "合计", 50],
    ];
    const [t] = tables(numbered);
    expect(t.kind).toBe("composition");
    expect(t.columns.map((c) => [c.col, c.field])).toEqual([[1, "item"], [2, "amount"]]);
  });
});

describe("composition: a heading naming the money each counted thing gets (每县安排, 每村补助) is the unit amount", () => {
  it("每县安排 beside 县数（个） and 金额, 单位：万元 above: a line's count × standard slip is found", () => {
    const values: Cell[][] = [
      ["某省重点县补助资金提前下达表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "资金项目", "每县安排", "县数（个）", "金额", "用途"],
      [1, "财力保障转移支付", 500, 12, 6000, "统筹用于民生支出"],
      // 320 × 12 = 3840, typed 3940.
      [2, "产业发展专项资金", 320, 12, 3940, "用于产业发展项目"],
      [3, "债券贴息资金", 150, 12, 1800, "支持结构调整"],
      ["合计", null, null, 12, 11740, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "unitAmount", "quantity", "amount", null]);
    const r = run(values);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual(["E5"]);
  });

  it("每村补助（万元） | 村数 | 补助资金 and 每人每年 | 人数（人） | 金额: each read as the unit amount", () => {
    const villages: Cell[][] = [
      ["某县美丽乡村建设奖补资金分配表", null, null, null],
      ["项目", "每村补助（万元）", "村数", "补助资金（万元）"],
      ["示范村", 30, 4, 120],
      // 10 × 7 = 70, typed 80.
      ["达标村", 10, 7, 80],
      ["合计", null, 11, 200],
    ];
    const [v] = tables(villages);
    expect(fields(v)).toEqual(["item", "unitAmount", "quantity", "amount"]);
    expect(ruleCells(run(villages), "composition.line-mismatch")).toEqual(["D4"]);
    const persons: Cell[][] = [
      ["某县护林员补助资金测算表", null, null, null],
      [null, null, null, "单位：元"],
      ["类别", "每人每年", "人数（人）", "金额"],
      ["生态护林员", 10000, 25, 250000],
      // 8000 × 12 = 96000, typed 69000.
      ["公益林管护员", 8000, 12, 69000],
      ["合计", null, 37, 319000],
    ];
    const [p] = tables(persons);
    expect(fields(p)).toEqual(["item", "unitAmount", "quantity", "amount"]);
    expect(ruleCells(run(persons), "composition.line-mismatch")).toEqual(["D5"]);
  });

  it("guard: a 每亩 standard keeps its reading; 每年度 (a period, nothing counted) is no unit amount", () => {
    const perMu: Cell[][] = [
      ["某县耕地地力保护补贴测算表", null, null, null],
      ["品种", "面积（亩）", "每亩补助资金（元）", "补贴金额（元）"],
      ["小麦", 1000, 120, 120000],
      ["玉米", 800, 100, 80000],
    ];
    expect(fields(tables(perMu)[0])).toEqual(["item", "quantity", "unitAmount", "amount"]);
    const yearly: Cell[][] = [
      ["某县项目资金安排表", null, null, null],
      [null, null, null, "单位：万元"],
      ["项目", "每年度", "年数", "金额"],
      ["道路养护", 20, 3, 60],
      ["河道保洁", 10, 3, 30],
    ];
    const [y] = tables(yearly);
    expect(y.columns.find((c) => c.col === 1)?.field).not.toBe("unitAmount");
  });
});

describe("money put in place against a target (已落实（到位）资金 | 落实率) is execution; a plan alone (计划完成投资) is an allocation", () => {
  it("target | money in place | 落实（到位）率 read as execution, the 开工率 beside a count no money rate", () => {
    const values: Cell[][] = [
      ["某省水利投资落实情况表（截至9月30日）", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：亿元"],
      ["项目", "项目数（项）", "年度目标（下达）投资", "已落实（到位）资金", "落实（到位）率", "已开工（项）", "开工率"],
      // 40.00 / 50.00 = 80.0%, typed 85.0%.
      ["全社会投入", "—", 50, 40, "85.0%", "—", "—"],
      ["中央投资项目", 120, 20, 19, "95.0%", 90, "75%"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("execution");
    expect(t.columns.filter((c) => c.col >= 2 && c.col <= 4).map((c) => c.field)).toEqual(["budget", "actual", "rate"]);
    expect(t.columns.find((c) => c.col === 6)?.field ?? null).not.toBe("rate");
    expect(ruleCells(run(values, [], "2023-09-30"), "execution.rate-mismatch")).toEqual(["E4"]);
  });

  it("plan | 已落实资金 | 落实率 (no brackets) read as execution too", () => {
    const values: Cell[][] = [
      ["某市重点项目资金落实情况", null, null, null],
      ["地区", "计划投资（万元）", "已落实资金（万元）", "资金落实率"],
      // 300 / 400 = 75.0%, typed 70.0%.
      ["甲区", 400, 300, "70.0%"],
      ["乙区", 200, 180, "90.0%"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("execution");
    expect(t.columns.filter((c) => c.col >= 1).map((c) => c.field)).toEqual(["budget", "actual", "rate"]);
    expect(ruleCells(run(values), "execution.rate-mismatch")).toEqual(["D3"]);
  });

  it("a quarter's planned investment by project with a count and dates is an allocation's amount", () => {
    const values: Cell[][] = [
      ["某省一季度计划开复工项目投资目标表", null, null, null, null],
      [null, null, null, null, "单位：亿元"],
      ["序号", "项目名称", "项目个数", "开复工时间", "一季度计划完成投资"],
      [1, "甲水库工程", 1, "即日复工", 1.2],
      [2, "乙灌区工程", 1, "3月初复工", 0.5],
      [3, "续建小型项目", 8, "3月底前复工", 1.1],
      // 1.2 + 0.5 + 1.1 = 2.8, typed 3.3.
      ["合计", null, 10, null, 3.3],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(t.columns.find((c) => c.col === 4)?.field).toBe("amount");
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("a plan by town (计划投资 alone) is an allocation's amount", () => {
    const values: Cell[][] = [
      ["某县年度计划投资表", null, null],
      ["乡镇", "项目名称", "计划投资（万元）"],
      ["甲镇", "道路硬化", 30],
      ["乙镇", "水渠修缮", 20],
      [null, "合计", 55],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["C5"]);
  });

  it("guard: 计划投资 beside 完成投资 stays execution", () => {
    const values: Cell[][] = [
      ["某县重点项目投资完成情况", null, null, null],
      ["项目名称", "年度计划投资（万元）", "完成投资（万元）", "完成率"],
      ["甲项目", 100, 80, "80%"],
      ["乙项目", 50, 45, "90%"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1)).toEqual(["budget", "actual", "rate"]);
    const planned: Cell[][] = [
      values[0],
      ["项目名称", "计划完成投资（万元）", "实际完成投资（万元）", "完成率"],
      ["甲项目", 100, 80, "80%"],
      ["乙项目", 50, 45, "90%"],
    ];
    const [p] = tables(planned);
    expect(p.kind).toBe("execution");
    expect(fields(p).slice(1)).toEqual(["budget", "actual", "rate"]);
  });
});

describe("a list of firms with their credit codes and no money under a 推荐 / 认定 / 汇总 title", () => {
  const recommended: Cell[][] = [
    ["某市2023年专精特新中小企业推荐企业情况汇总表", null, null, null, null, null],
    ["推荐单位（盖章）：", null, null, null, "填报日期：2023年6月", null],
    ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "主导产品", "推荐意见"],
    [1, "义乌市", "义乌甲乙五金制品有限公司", "91330782MA2HK7Q3LB", "五金工具", "同意推荐"],
    [2, "东阳市", "东阳丙丁木雕工艺有限公司", "91330783MA2JD5W8NH", "木雕家具", "同意推荐"],
    // Its check character is H, not J.
    [3, "永康市", "永康戊己电动工具有限公司", "91330784MA2KR1T6PJ", "电动工具", "同意推荐"],
    [4, "婺城区", "东阳丙丁木雕工艺有限公司", "91330783MA2JD5W8NH", "木雕家具", "同意推荐"],
    ["注：已获认定且在有效期内的企业不再推荐。", null, null, null, null, null],
  ];

  it("is a register, its header under the 推荐单位（盖章）/填报日期 form line; bad code and repeat found", () => {
    const merges = ["A1:F1", "A2:D2", "E2:F2", "A8:F8"];
    const [t, ...rest] = tables(recommended, merges);
    expect(rest).toEqual([]);
    expect(t.kind).toBe("register");
    expect(t.range.r0).toBe(2);
    expect(fields(t).slice(1, 4)).toEqual(["registeredIn", "enterprise", "creditCode"]);
    const r = run(recommended, merges);
    expect(ruleCells(r, "register.invalid-credit-code")).toEqual(["D6"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["C7"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("a 认定 list's 汇总表 with the code first and no form line is one too", () => {
    const values: Cell[][] = [
      ["2023年度创新型中小企业认定汇总表", null, null],
      ["统一社会信用代码", "企业名称", "所在地"],
      ["91441900MA55X2R7HH", "东莞庚辛精密模具有限公司", "东莞市"],
      ["91441900MA56Y3T8JW", "东莞壬癸电子科技有限公司", "东莞市"],
      ["91441900MA55X2R7HH", "东莞庚辛精密模具有限公司", "东莞市"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(0, 2)).toEqual(["creditCode", "enterprise"]);
    expect(ruleCells(run(values), "register.duplicate")).toEqual(["B5"]);
  });

  it("guard: under such a title, projects with no firm or code, or firms named with no code, stay unread as a register", () => {
    const projects: Cell[][] = [
      ["某市2023年推荐项目汇总表", null, null, null],
      ["序号", "县（市、区）", "项目名称", "推荐意见"],
      [1, "义乌市", "智能仓储改造", "同意推荐"],
      [2, "东阳市", "木雕数字化车间", "同意推荐"],
    ];
    expect(tables(projects).filter((t) => t.kind === "register")).toEqual([]);
    // 企业名称 beside a place alone does under a 名单 title (a list of firms named), not under a 汇总表 one.
    const named: Cell[][] = [
      ["某市2023年推荐企业汇总表", null, null],
      ["企业名称", "所在地", "主导产品"],
      ["义乌甲乙五金制品有限公司", "义乌市", "五金工具"],
      ["东阳丙丁木雕工艺有限公司", "东阳市", "木雕家具"],
    ];
    expect(tables(named).filter((t) => t.kind === "register")).toEqual([]);
  });
});

describe("composition: local money beside the fund's own column is the rest of a total investment", () => {
  const plan = (rest: string, total2: number): Cell[][] => [
    ["某市2013年中央预算内投资计划表", null, null, null, null, null],
    [null, null, null, null, null, "单位：万元"],
    ["序号", "县（区）", "项目名称", "总投资", "资金来源", null],
    [null, null, null, null, "中央预算内专项资金", rest],
    [1, "甲县", "甲县2013年农村饮水安全工程", 1000, 800, 200],
    // 600 + 150 = 750, typed 705.
    [2, "乙县", "乙县2013年农村饮水安全工程", total2, 600, 150],
    [3, "丙县", "丙县2013年农村饮水安全工程", 500, 400, 100],
    ["合计", null, null, 2250, 1800, 450],
  ];
  const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"];

  it("checks 总投资 against 中央预算内专项资金 | 地方投资 row by row", () => {
    const values = plan("地方投资", 705);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["D6", "D8"]);
    expect(ruleCells(run(plan("地方投资", 750), merges), "composition.total-mismatch")).toEqual([]);
  });

  it("the same with the rest named 地方配套 or 自筹资金", () => {
    for (const rest of ["地方配套", "自筹资金"]) expect(ruleCells(run(plan(rest, 705), merges), "composition.total-mismatch")).toEqual(["D6", "D8"]);
  });

  it("guard: two named sources with no rest (中央预算内专项资金 | 省级资金) may be only some of the investment", () => {
    expect(ruleCells(run(plan("省级资金", 705), merges), "composition.total-mismatch")).not.toContain("D6");
  });
});

describe("composition: a names column filled only on the outline's top rows is the category", () => {
  const sources = (head: string, doc1: string, doc2: string): Cell[][] => [
    ["某市2018年提前下达财政扶贫资金来源表", null, null, null, null],
    [null, null, null, null, "单位：万元"],
    ["序号", head, doc1, doc2, "金额"],
    // 某财预﹝2017﹞12号 twice: the city passes two sources on under one document.
    ["一", "中央资金", null, null, 130],
    [1, null, "某财农﹝2017﹞1号", "某财预﹝2017﹞11号", 30],
    [2, null, "某财农﹝2017﹞2号", "某财预﹝2017﹞12号", 100],
    ["二", "省级资金", null, null, 98],
    [1, null, "某财农﹝2017﹞3号", "某财预﹝2017﹞13号", 40],
    [2, null, "某财农﹝2017﹞4号", "某财预﹝2017﹞12号", 50],
    ["三", "市级资金", null, null, 200],
    [1, null, "—", "某财预﹝2017﹞15号", 200],
    ["合计", null, null, null, 420],
  ];

  it("reads 资金来源 (filled on 一、二、三 only) as the category; the slip in a level's own sum is found", () => {
    const values = sources("资金来源", "省级文号", "市级文号");
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(t.columns.find((c) => c.col === 1)?.field).toBe("category");
    // 省级 98 against 40 + 50 = 90.
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("the same headed 项目 with the documents under 文号 | 下达文号", () => {
    const values = sources("项目", "文号", "下达文号");
    const [t] = tables(values);
    expect(t.columns.find((c) => c.col === 1)?.field).toBe("category");
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["E7"]);
  });

  it("guard: names on the numbered rows too keep the column the line", () => {
    const values = sources("资金来源", "省级文号", "市级文号").map((r, i) => (typeof r[0] === "number" ? [r[0], `第${i}笔资金`, ...r.slice(2)] : r));
    const [t] = tables(values);
    expect(t.columns.find((c) => c.col === 1)?.field).toBe("item");
  });
});

describe("catalog: measures (序号 | 条款 | 支持内容) under a two-phrase chapter row, each clause's award at the end of its paragraph", () => {
  // A zone's measures copied as a table: a chapter row (一、支持…，培育…) merged across, too long for a short
  // heading but two heading-length phrases, heads the clauses; each clause's name (条款) is the item a list
  // names its grants by, its 支持内容 a paragraph of aims ending in the award (按…的20%给予支持, 最高不超过…万元).
  const awards: Cell[][] = [
    [null, null, null, null, "单位：万元"],
    ["序号", "企业名称", "支持条款", "计算基数", "支持金额"],
    [1, "甲装备制造有限公司", "支持先进装备投资", 1000, 150],
    [2, "乙材料科技有限公司", "支持企业研发投入", 4000, 1300],
    [3, "丙精密机械有限公司", "支持企业研发投入", 2000, 600],
  ];
  const chapter = "一、支持先进制造业发展，培育以实体经济为支撑的现代化产业体系";

  it("条款 | 支持内容 under the chapter row: the clauses' names the items, the rate slips seen", () => {
    const clauses: Cell[][] = [
      ["某区关于促进经济高质量发展的若干措施", null, null],
      ["序号", "条款", "支持内容"],
      [chapter, null, null],
      ["（一）", "支持先进装备投资", "推动产业基础再造和产业链优化升级。对促进产业高端化、智能化、绿色化发展的重点项目，按照不超过设备投资额的10%给予支持。（责任部门：工信局）"],
      ["（二）", "支持企业研发投入", "鼓励企业提升科技创新能力、持续加大研发投入，给予研发费用不超过30%的资金支持，最高不超过1000万元。（责任部门：科技局）"],
      ["（三）", "推进绿色消费", "每年适时实施工业企业消费券政策，支持企业绿色化、智能化发展。（责任部门：工信局）"],
    ];
    const r = audit({ sheets: [grid(clauses, ["A1:C1", "A3:C3"], "措施"), grid(awards, [], "名单")], settings: { today: "2024-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    expect(fields(r.tables[0])).toEqual(["seq", "item", "standard"]);
    expect((r.tables[0] as CatalogTable).items.map((i) => i.name)).toEqual(["支持先进装备投资", "支持企业研发投入", "推进绿色消费"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual(["C6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    // 10% × 1,000 = 100 < 150; 30% × 4,000 = 1,200 > the 1,000 maximum, 1,300 over it; 30% × 2,000 = 600 met.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E3"]);
    expect([...ruleCells(r, "cap.exceeded"), ...ruleCells(r, "cap.rate-exceeded")].sort()).toEqual(["E3", "E4"]);
  });

  it("条款 | 政策内容, two chapter rows, the clauses numbered 1 2 3: each chapter over its own clauses", () => {
    const clauses: Cell[][] = [
      ["序号", "条款", "政策内容"],
      [chapter, null, null],
      [1, "支持先进装备投资", "推动产业基础再造。对重点技术改造项目，按设备投资额的10%给予补贴，单个项目最高500万元。"],
      ["二、支持科技创新发展，打造具有区域影响力的创新策源高地", null, null],
      [2, "支持企业研发投入", "鼓励企业持续加大研发投入，按年度研发费用的30%给予资金支持，每家企业每年最高不超过1000万元。"],
    ];
    const r = audit({ sheets: [grid(clauses, ["A2:C2", "A4:C4"], "措施"), grid(awards, [], "名单")], settings: { today: "2024-12-31" } });
    expect(r.tables.map((t) => t.kind)).toEqual(["catalog", "register"]);
    const items = (r.tables[0] as CatalogTable).items;
    expect(items.map((i) => i.name)).toEqual(["支持先进装备投资", "支持企业研发投入"]);
    expect(ruleCells(r, "catalog.unreadable-standard")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect([...ruleCells(r, "cap.exceeded"), ...ruleCells(r, "cap.rate-exceeded")].sort()).toEqual(["E3", "E4"]);
  });

  it("guard: a numbered note of clauses under a list, not two heading-length phrases, still ends it", () => {
    const values: Cell[][] = [
      ["序号", "项目", "金额（万元）"],
      [1, "道路硬化", 30],
      [2, "水渠修缮", 20],
      ["一、资金按项目进度拨付，验收合格后据实结算，结余资金按规定收回统筹使用", null, null],
      [3, "某村", 5],
    ];
    const [t] = tables(values, ["A4:C4"]);
    expect(t.range.r1).toBe(2);
  });
});

describe("register: an intermediary paid for a project it brought in, named by its role beside a credit code", () => {
  it("引资人（中介机构） | 统一社会信用代码 | 引进项目 | 项目所在州（市）: payee, project, place", () => {
    const values: Cell[][] = [
      ["某省2020年度招商引资中介奖励拟兑现名单", null, null, null, null, null, null],
      ["序号", "引资人（中介机构）", "统一社会信用代码", "引进项目", "项目所在州（市）", "实际外来投资到位资金（万元）", "奖励金额（万元）"],
      [1, "甲投资咨询有限公司", "91530102MA6K8N3P2Q", "光伏组件生产基地项目", "曲靖市", 86000, 43],
      [2, "乙招商服务有限公司", "91530402MA6L2Q7R5W", "农产品加工园项目", "玉溪市", 120000, 60],
    ];
    const [t] = tables(values, ["A1:G1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "creditCode", "project", "registeredIn", "base", "approved"]);
  });

  it("中介机构 | 社会信用代码 | 引进项目 | 所在州（市）: payee, project, place", () => {
    const values: Cell[][] = [
      ["某省招商引资中介奖励名单", null, null, null, null, null],
      ["序号", "中介机构", "社会信用代码", "引进项目", "所在州（市）", "奖励金额（万元）"],
      [1, "丙商务咨询有限公司", "91532901MA6M5T1W8K", "硅材料产业园项目", "大理州", 150],
      [2, "丁投资顾问有限公司", "91532501MA6N9U4X3A", "冷链物流中心项目", "蒙自市", 38],
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "creditCode", "project", "registeredIn", "approved"]);
  });

  it("guard: a 项目所在地 beside 项目名称 and 申报单位 keeps its reading", () => {
    const values: Cell[][] = [
      ["某市项目补助资金拟补助企业名单", null, null, null, null],
      ["序号", "申报单位", "项目名称", "项目所在地", "补助金额（万元）"],
      [1, "戊科技有限公司", "智能产线改造", "某县", 50],
      [2, "己食品有限公司", "冷库扩建", "某区", 30],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "project", "registeredIn", "approved"]);
  });
});

describe("composition: a debt limit and balance table by place is an allocation, not a catalog of caps", () => {
  const values: Cell[][] = [
    ["某市政府债务限额和余额情况表", null, null, null, null, null, null],
    [null, null, null, null, null, null, "单位：亿元"],
    ["项目", "法定债务限额", null, null, "法定债务余额", null, null],
    [null, "合计", "一般债务", "专项债务", "合计", "一般债务", "专项债务"],
    ["全市", 100.5, 60.5, 40, 90.2, 55.1, 35.1],
    // 30.25 + 20.15 = 50.40, typed 50.04 (so 全市 余额 misses its lines as typed too).
    ["市本级", 55.3, 30.3, 25, 50.04, 30.25, 20.15],
    ["县区", 45.2, 30.2, 15, 39.8, 24.85, 14.95],
  ];
  const merges = ["A1:G1", "A3:A4", "B3:D3", "E3:G3"];

  it("限额 over 合计 | 一般债务 | 专项债务, 余额 over the same: amounts by place, the slips found", () => {
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount", "amount", "amount", "amount"]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["E5", "E6"]);
  });

  it("one block, 债务限额 over its parts by county: an allocation too", () => {
    const one: Cell[][] = [
      ["某州政府债务限额分配表", null, null, null],
      ["单位：万元", null, null, null],
      ["地区", "债务限额", null, null],
      [null, "合计", "一般债务限额", "专项债务限额"],
      ["甲县", 1200, 800, 400],
      ["乙县", 900, 600, 300],
    ];
    const [t] = tables(one, ["A3:A4", "B3:D3"]);
    expect(t.kind).toBe("composition");
  });

  it("guard: a catalog of items with their 限额 keeps its reading", () => {
    const cat: Cell[][] = [
      ["某区产业扶持政策目录", null, null],
      ["政策项", "补贴比例", "限额（万元）"],
      ["技术改造补贴", "10%", 500],
      ["研发费用补助", "5%", 200],
    ];
    const [t] = tables(cat);
    expect(t.kind).toBe("catalog");
  });
});

describe("composition: of two counts beside a standard, the one paid for is the quantity", () => {
  it("reads the eligible bed-months (床/次) beside a standard per bed and month, not the approved beds, so a line's slip shows", () => {
    const values: Cell[][] = [
      ["某区民办养老机构运营补贴发放表", null, null, null, null, null],
      ["序号", "机构名称", "核准床位数（张）", "符合补贴标准床位数（床/次）", "补贴标准（元/床/月）", "补贴金额（元）"],
      [1, "甲养老院", 200, 1000, 100, 100000],
      // 800 × 100 = 80,000, typed 80,900.
      [2, "乙老年公寓", 150, 800, 100, 80900],
      ["合计", null, 350, 1800, null, 180900],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", null, "quantity", "unitAmount", "amount"]);
    expect(ruleCells(run(values), "composition.line-mismatch")).toEqual(["F4"]);
  });

  it("reads the bed-months (实际补贴床位（床·月）) beside a standard per 床·月, not a design capacity in 张", () => {
    const values: Cell[][] = [
      ["某县养老机构运营补贴分配表", null, null, null, null],
      ["机构名称", "设计床位（张）", "实际补贴床位（床·月）", "补贴标准（元/床·月）", "补贴资金（元）"],
      ["甲敬老院", 60, 500, 80, 40000],
      // 300 × 80 = 24,000, typed 24,800.
      ["乙敬老院", 40, 300, 80, 24800],
      ["合计", 100, 800, null, 64800],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["item", null, "quantity", "unitAmount", "amount"]);
    expect(ruleCells(run(values), "composition.line-mismatch")).toEqual(["E4"]);
  });

  it("a single count of beds (床位数（张）) beside a standard per bed is the quantity", () => {
    const values: Cell[][] = [
      ["某县养老机构床位补贴分配表", null, null, null],
      ["机构名称", "床位数（张）", "补贴标准（元/张）", "补贴金额（元）"],
      ["甲敬老院", 60, 500, 30000],
      // 40 × 500 = 20,000, typed 21,000.
      ["乙敬老院", 40, 500, 21000],
      ["合计", 100, null, 51000],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["item", "quantity", "unitAmount", "amount"]);
    expect(ruleCells(run(values), "composition.line-mismatch")).toEqual(["D4"]);
  });

  it("guard: a single count in persons beside a standard per person and year keeps its reading", () => {
    const persons: Cell[][] = [
      ["某县高龄津贴发放表", null, null, null],
      ["乡镇", "享受人数（人）", "补贴标准（元/人·年）", "补贴金额（元）"],
      ["甲镇", 30, 1200, 36000],
      // 20 × 1,200 = 24,000, typed 25,200.
      ["乙镇", 20, 1200, 25200],
      ["合计", 50, null, 61200],
    ];
    expect(fields(tables(persons)[0])).toEqual(["item", "quantity", "unitAmount", "amount"]);
    expect(ruleCells(run(persons), "composition.line-mismatch")).toEqual(["D4"]);
  });
});

describe("composition: an investment beside the fund's subsidy is a further column", () => {
  it("reads 补助资金 as the amount and 投资金额 a further column under an allocation title", () => {
    const values: Cell[][] = [
      ["某区2022年产业小镇建设项目计划及资金分配表", null, null, null, null, null],
      ["序号", "项目名称", "实施主体", "投资金额（万元）", "补助资金（万元）", "备注"],
      [1, "甲村活动中心", "某街道办事处", 620, 300, null],
      [2, "乙村道路", "某镇人民政府", 400, 150, null],
      ["合计", null, null, 1020, 450, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    const money = t.columns.filter((c) => c.field === "amount");
    expect(money.map((c) => [c.col, !!c.aside])).toEqual([[3, true], [4, false]]);
  });

  it("reads 安排资金 as the amount and 项目投资金额 a further column; both totals still checked", () => {
    const values: Cell[][] = [
      ["某县2023年项目资金安排表", null, null, null],
      ["项目名称", "项目投资金额（万元）", "安排资金（万元）", "建设内容"],
      ["甲项目", 500, 200, "道路"],
      ["乙项目", 300, 100, "水渠"],
      // 500 + 300 = 800, typed 810; 200 + 100 = 300.
      ["合计", 810, 300, null],
    ];
    const [t] = tables(values);
    const money = t.columns.filter((c) => c.field === "amount");
    expect(money.map((c) => [c.col, !!c.aside])).toEqual([[1, true], [2, false]]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["B5"]);
  });

  it("guard: a plan with only 计划投资 keeps it as the amount", () => {
    const values: Cell[][] = [
      ["某县2023年项目计划表", null, null],
      ["项目名称", "建设内容", "计划投资（万元）"],
      ["甲项目", "道路", 500],
      ["乙项目", "水渠", 300],
      ["合计", null, 800],
    ];
    const [t] = tables(values);
    const money = t.columns.filter((c) => c.field === "amount");
    expect(money.map((c) => [c.col, !!c.aside])).toEqual([[2, false]]);
  });

  it("guard: a key-project list (总投资 | 年度计划投资) keeps the year's plan as the amount", () => {
    const values: Cell[][] = [
      ["某市2023年重点建设项目计划表", null, null],
      ["项目名称", "总投资（亿元）", "年度计划投资（亿元）"],
      ["甲项目", 50, 10],
      ["乙项目", 30, 6],
      ["合计", 80, 16],
    ];
    const [t] = tables(values);
    const money = t.columns.filter((c) => c.field === "amount");
    expect(money.map((c) => [c.col, !!c.aside])).toEqual([[1, true], [2, false]]);
  });
});

describe("register: the amount asked with a money word between (申报奖励金额) and what each award was for (具体内容)", () => {
  it("申报奖励金额 beside 核定奖励金额: the amount asked, then the approved", () => {
    const values: Cell[][] = [
      ["某区旅游发展专项资金兑付清单", null, null, null, null, null],
      ["单位：万元", null, null, null, null, null],
      ["序号", "单位名称", "申报项目名称", "申报类别", "申报奖励金额", "核定奖励金额"],
      [1, "甲旅游开发有限公司", "国家3A级旅游景区", "A级景区创建", 60, 40],
      [2, "乙农旅发展有限公司", "市级研学基地", "研学基地创建", 5, 5],
    ];
    const [t] = tables(values, ["A1:F1", "A2:F2"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "project", "item", "requested", "approved"]);
  });

  it("申报补贴资金（万元） | 审定金额（万元）: asked, then approved", () => {
    const values: Cell[][] = [
      ["某县农业项目补贴审核结果", null, null, null, null],
      ["序号", "申报单位", "扶持项目", "申报补贴资金（万元）", "审定金额（万元）"],
      [1, "丙农业科技有限公司", "设施农业补贴", 30, 25],
      [2, "丁种植专业合作社", "设施农业补贴", 12, 12],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "item", "requested", "approved"]);
  });

  it("guard: a lone 申报金额 keeps its reading", () => {
    const values: Cell[][] = [
      ["某市企业申报汇总", null, null, null],
      ["序号", "企业名称", "申报项目", "申报金额（万元）"],
      [1, "戊科技有限公司", "技术改造补贴", 80],
      [2, "己机械有限公司", "技术改造补贴", 50],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "item", "requested"]);
  });

  it("受奖励单位 | 奖励事项 | 具体内容 | 奖励金额: 具体内容 is each award's project", () => {
    const values: Cell[][] = [
      ["某市旅游产业发展奖励兑现表", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["序号", "受奖励单位", "奖励事项", "具体内容", "奖励金额"],
      [1, "庚博物馆", "国家3A级景区奖励", "经评定为国家3A级旅游景区", 30],
      [2, "辛景区", "旅游形象宣传奖励", "高速公路广告牌、网络平台宣传", 2],
    ];
    const [t] = tables(values, ["A1:E1", "A2:E2"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "item", "project", "approved"]);
  });

  it("获奖单位 | 奖励类别 | 事项内容 | 奖励资金: 事项内容 is the project too", () => {
    const values: Cell[][] = [
      ["某区文化旅游奖励资金拟兑现名单", null, null, null, null],
      ["序号", "获奖单位", "奖励类别", "事项内容", "奖励资金（万元）"],
      [1, "壬文化传媒有限公司", "节庆活动奖励", "举办第三届山地音乐节", 20],
      [2, "癸旅行社有限公司", "引客入区奖励", "组织外地游客来区旅游5000人次", 5],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "item", "project", "approved"]);
  });

  it("guard: a catalog's 支持内容 (prose standards) keeps its reading", () => {
    const values: Cell[][] = [
      ["某市支持旅游业发展若干措施", null, null],
      ["序号", "奖励事项", "支持内容"],
      [1, "A级景区创建", "创建国家3A、4A、5A级旅游景区的，分别一次性奖励60万元、150万元、500万元"],
      [2, "旅游厕所", "国家1A、2A、3A级旅游厕所，分别给予每座一次性奖励4万元、6万元、8万元"],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(t.kind).toBe("catalog");
    expect((t as CatalogTable).columns.map((c) => c.field)).toEqual(["seq", "item", "standard"]);
  });
});

describe("composition: 总投资 over 总投资 | 其中：a payer | 其中：the builder's own money, the total its sources' whole", () => {
  it("产业链 | 项目名称 | 建设单位 | 总投资（万元） over 总投资 | 其中：省级财政资金 | 其中：建设单位自筹, 合计 first: slips found", () => {
    const values: Cell[][] = [
      ["某市农业全产业链拟立项支持项目概要表", null, null, null, null, null],
      ["产业链", "项目名称", "建设单位", "总投资（万元）", null, null],
      [null, null, null, "总投资", "其中：省级财政资金", "其中：建设单位自筹"],
      // 合计 总投资 adds the lines as typed (1,425) but misses its sources 400 + 1,015 = 1,415 across the row.
      ["合计", null, null, 1425, 400, 1015],
      ["甲产业链", "冷链仓储项目", "甲食品有限公司", 500, 150, 350],
      [null, "精深加工项目", "乙食品有限公司", 445, 120, 325],
      // 130 + 340 = 470, typed 480.
      ["乙产业链", "育苗基地项目", "丙农业有限公司", 480, 130, 340],
    ];
    const merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "A4:C4", "A5:A6"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(3)).toEqual(["amount", "amount", "amount"]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["D4", "D7"]);
  });

  it("投资额 over 项目总投资 | 其中：市级资金 | 其中：企业自筹 under 单位：万元: the project's slip found, none where it adds up", () => {
    const values: Cell[][] = [
      ["某县产业项目资金安排表", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["项目名称", "项目单位", "投资额", null, null],
      [null, null, "项目总投资", "其中：市级资金", "其中：企业自筹"],
      ["厂房改造项目", "丁机械有限公司", 300, 90, 210],
      // 60 + 130 = 190, typed 200: less than the whole, so missed unless the sources are all of it.
      ["设备更新项目", "戊电子有限公司", 200, 60, 130],
      ["仓库扩建项目", "己物流有限公司", 120, 40, 80],
    ];
    const merges = ["A1:E1", "A3:A4", "B3:B4", "C3:E3"];
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["C6"]);
  });

  it("guard: 总投资 over 总投资 | 其中：省级财政资金 alone: one share, not all of it, never checked as equal", () => {
    const values: Cell[][] = [
      ["某市项目概要表", null, null, null],
      ["项目名称", "建设单位", "总投资（万元）", null],
      [null, null, "总投资", "其中：省级财政资金"],
      ["冷链仓储项目", "甲食品有限公司", 500, 150],
      ["精深加工项目", "乙食品有限公司", 445, 120],
    ];
    const merges = ["A1:D1", "A2:A3", "B2:B3", "C2:D2"];
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });
});

describe("composition: a second header row renaming each money column of the first, one total split two ways", () => {
  it("counts merged down, the money renamed in older words: a header of two rows, each split checked against the total once", () => {
    const values: Cell[][] = [
      ["某区困难群众救助资金发放表", null, null, null, null, null, null, null],
      ["单位：人、元", null, null, null, null, null, null, null],
      ["序号", "地区", "保障人数", "城市供养资金+护理补贴", "农村供养资金+护理补贴", "城市+农村合计", "供养资金", "护理补贴"],
      [null, null, null, "城市救助金额", "农村救助金额", "发放总金额", "差额救助金额", "分类施保救助金额"],
      [1, "甲街道", 40, 12000, 30000, 42000, 36000, 6000],
      // 9,000 + 21,000 = 30,000 = 26,000 + 4,000, the total typed 30,300: one slip, found once (and at the foot,
    // whose 97,000 misses the column's lines as typed).
      [2, "乙镇", 30, 9000, 21000, 30300, 26000, 4000],
      [3, "丙镇", 25, 7000, 18000, 25000, 21500, 3500],
      ["合计", null, 95, 28000, 69000, 97000, 83500, 13500],
    ];
    const merges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "A8:B8"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(t.range.r0).toBe(2);
    expect(t.headerRows).toBe(2);
    expect(fields(t).slice(3)).toEqual(["amount", "amount", "amount", "amount", "amount"]);
    expect(t.columns.filter((c) => c.part).map((c) => c.col)).toEqual([3, 4, 6, 7]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["F6", "F8"]);
  });

  it("nothing merged, the counts blank under their headings: still a header of two rows; a slip in one split only is found", () => {
    const values: Cell[][] = [
      ["地区", "户数（户）", "人数（人）", "城镇低保金", "农村低保金", "低保金合计", "基本生活费", "分类施保金"],
      [null, null, null, "城镇发放金额", "农村发放金额", "发放总额", "差额发放金额", "施保发放金额"],
      ["东乡", 10, 22, 5000, 8000, 13000, 11000, 2000],
      // 6,000 + 9,000 = 15,000, but 12,500 + 2,000 = 14,500: the second split misses the total.
      ["西乡", 12, 25, 6000, 9000, 15000, 12500, 2000],
      ["南乡", 8, 17, 4000, 7000, 11000, 9500, 1500],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(t.headerRows).toBe(2);
    expect(t.kind === "composition" ? t.lines.map((l) => l.item) : []).toEqual(["东乡", "西乡", "南乡"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["F4"]);
  });

  it("guard: a first data row naming its line, text under the money, is no second header row", () => {
    const values: Cell[][] = [
      ["地区", "城镇低保金", "农村低保金", "低保金合计"],
      ["东乡", "暂缓发放", "暂缓发放", null],
      ["西乡", 6000, 9000, 15000],
      ["南乡", 4000, 7000, 11000],
    ];
    const [t] = tables(values);
    expect(t.range.r0).toBe(0);
    expect(t.headerRows).toBe(1);
  });
});

describe("composition: a plan of projects by direction, their implementers and the subsidy beside each total investment", () => {
  const values: Cell[][] = [
    ["某年市级专项资金—某类项目（第一批）汇总表", null, null, null, null, null, null, null],
    ["单位：万元", null, null, null, null, null, null, null],
    ["序号", "支持方向名称", "实施项目名称", "项目实施主体名称", "项目实施内容", "项目实施地点", "市级财政资金补助", "项目计划总投资"],
    [1, "甲方向", "甲项目", "甲科技有限公司", "建设大棚1000平方米", "某街道", "财政补助资金20万元，依据项目实际投资金额按同比例分配。", 30],
    [2, null, "乙项目", "乙水产养殖有限公司", "改造池塘10亩", "某镇", null, 20.5],
    [3, "乙方向", "丙项目", "丙食品有限公司", "建设冷库一座", "某区", 15, 80],
    // 30 + 20.5 + 80 = 130.5, typed 135.5; 20 (shared by two projects) + 15 = 35.
    ["合计", null, null, null, null, null, 35, 135.5],
  ];
  const merges = ["A1:H1", "A2:H2", "B4:B5", "G4:G5", "A7:F7"];

  it("reads the direction as the category, the project as the line, the subsidy and the investment as amounts", () => {
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", null, null, null, "amount", "amount"]);
  });

  it("counts a sum stated in a sentence, merged over two projects, once: only the investment's 合计 is wrong", () => {
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["H7"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("another wording (扶持方向 | 项目名称 | 实施主体 | 补助资金 | 计划总投资), a figure merged over two projects", () => {
    const other: Cell[][] = [
      ["某区农业项目汇总表", null, null, null, null, null],
      ["单位：万元", null, null, null, null, null],
      ["序号", "扶持方向", "项目名称", "实施主体", "市级补助资金", "计划总投资"],
      [1, "种苗繁育", "丁项目", "丁农业有限公司", 40, 100],
      [2, null, "戊项目", "戊专业合作社", null, 60],
      [3, "冷链物流", "己项目", "己物流有限公司", 25, 70],
      // 40 (shared by two projects, counted once) + 25 = 65; 100 + 60 + 70 = 230, typed 240.
      ["合计", null, null, null, 65, 240],
    ];
    const m = ["A1:F1", "A2:F2", "B4:B5", "E4:E5", "A7:D7"];
    const [t] = tables(other, m);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 3)).toEqual(["category", "item"]);
    expect(ruleCells(run(other, m), "composition.total-mismatch")).toEqual(["F7"]);
  });

  it("guard: a sentence naming two sums stays unreadable", () => {
    expect(readAmount("财政补助资金20万元，依据项目实际投资金额按同比例分配。")).toMatchObject({ kind: "number", value: 20, unit: "万元" });
    expect(readAmount("财政补助资金20万元，其中首期拨付10万元。").kind).toBe("unreadable");
    const two: Cell[][] = [
      ...values.slice(0, 6).map((row) => [...row]),
      [4, "乙方向", "丁项目", "丁农业有限公司", "建设仓库一座", "某乡", 10, 40],
      [5, "乙方向", "戊项目", "戊专业合作社", "购置设备一批", "某村", 5, 15],
      ["合计", null, null, null, null, null, 50, 185.5],
    ];
    two[3][6] = "财政补助资金20万元，其中首期拨付10万元。";
    expect(ruleCells(run(two, merges), "input.unreadable-value")).toEqual(["G4"]);
  });

  it("guard: an award list of firms by direction (企业名称 | 统一社会信用代码 | 奖励金额) stays a register", () => {
    const award: Cell[][] = [
      ["某市专项资金拟奖励企业名单", null, null, null, null],
      ["序号", "支持方向", "企业名称", "统一社会信用代码", "奖励金额（万元）"],
      [1, "智能制造", "庚科技有限公司", "91320500MA1MXXXX0A", 50],
      [2, "智能制造", "辛电子有限公司", "91320500MA1MYYYY1B", 30],
      [3, "绿色制造", "壬材料有限公司", "91320500MA1MZZZZ2C", 20],
    ];
    const [t] = tables(award, ["A1:E1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)[2]).toBe("enterprise");
  });
});

describe("execution: the revenue expected (收入预期, 预期数) is the budget a revenue outcome is measured against", () => {
  it("reads 收入预期 | 决算数 | 完成预期% under a revenue final account's title as budget, spending and rate; a rate slip is found", () => {
    const values: Cell[][] = [
      ["某区2021年一般公共预算收入决算表", null, null, null],
      [null, null, null, "单位：万元"],
      ["项目", "收入预期", "决算数", "完成预期%"],
      ["一般公共预算收入", 3000, 3010, 1.003],
      ["1、增值税收入", 1000, 990, 0.99],
      // 1,485 / 1,500 = 99.0%, typed 97.0%.
      ["2、企业所得税收入", 1500, 1485, 0.97],
      ["3、其他收入", 500, 535, 1.07],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate"]);
    expect(ruleCells(run(values, ["A1:D1"]), "execution.rate-mismatch")).toEqual(["D6"]);
  });

  it("another wording (预期数 | 完成数 | 为预期%), rates as numbers, no title", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "预期数", "完成数", "为预期%"],
      ["税收收入", 800, 820, 102.5],
      // 190 / 200 = 95.0, typed 59.0.
      ["非税收入", 200, 190, 59.0],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate"]);
    expect(ruleCells(run(values), "execution.rate-mismatch")).toEqual(["D4"]);
  });

  it("guard: a forecast outcome (预期完成数) beside the budget stays the spending", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "预算数", "预期完成数", "完成率"],
      ["教育支出", 800, 780, "97.5%"],
      ["卫生健康支出", 200, 196, "98.0%"],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate"]);
  });
});

describe("execution: a whole standing first cut two ways under （一）按…分 | （二）按…分 labels, each cut checked on its own", () => {
  it("reports a slip in the second cut's revenue at the whole, never both cuts added", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "调整预算数", "完成数", "为调整预算%"],
      ["一般公共预算收入", 600, 612, 102.0],
      ["（一）按收入构成分", null, null, null],
      ["税收收入", 400, 402, 100.5],
      ["非税收入", 200, 210, 105.0],
      ["（二）按区域分", null, null, null],
      // 350 + 265 = 615 against the whole's 612; the budgets add up (350 + 250 = 600).
      ["县本级", 350, 350, 100.0],
      ["开发区", 250, 265, 106.0],
    ];
    const r = run(values);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C3"]);
  });

  it("another wording (一、按级次分 | 二、按征收部门分), the slip in the second cut's budget", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "预算数", "执行数", "执行率"],
      ["地方财政收入", 1000, 950, "95.0%"],
      ["一、按级次分", null, null, null],
      ["区级", 700, 660, "94.3%"],
      ["镇级", 300, 290, "96.7%"],
      ["二、按征收部门分", null, null, null],
      // 620 + 390 = 1,010 against the whole's 1,000; the outcomes add up (600 + 350 = 950).
      ["税务部门", 620, 600, "96.8%"],
      ["财政部门", 390, 350, "89.7%"],
    ];
    const r = run(values);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B3"]);
  });

  it("guard: two cuts that both add up give no finding; lines under a second label adding up in no figure stay as written", () => {
    const clean: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "调整预算数", "完成数", "为调整预算%"],
      ["一般公共预算收入", 600, 612, 102.0],
      ["（一）按收入构成分", null, null, null],
      ["税收收入", 400, 402, 100.5],
      ["非税收入", 200, 210, 105.0],
      ["（二）按区域分", null, null, null],
      ["县本级", 350, 347, 99.1],
      ["开发区", 250, 265, 106.0],
    ];
    expect(ruleCells(run(clean), "execution.total-mismatch")).toEqual([]);
    const [t] = tables(clean) as ExecutionTable[];
    expect(t.rows.filter((x) => x.partOf !== undefined).map((x) => x.label)).toEqual(["税收收入", "非税收入", "县本级", "开发区"]);
    const apart = clean.map((row) => [...row]);
    apart[7] = ["县本级", 100, 90, 90.0];
    apart[8] = ["开发区", 120, 130, 108.3];
    const [u] = tables(apart) as ExecutionTable[];
    expect(u.rows.filter((x) => x.partOf !== undefined).map((x) => x.label)).toEqual(["税收收入", "非税收入"]);
  });
});

describe("execution: years as rows with a change row, under a title comparing one year with another", () => {
  const head: Cell[][] = [
    ["某区2016年“三公”经费决算数与2015年决算数对比情况", null, null, null, null, null, null],
    [null, null, null, null, null, null, "单位：万元"],
    ["年度", "合计", "因公出国（境）经费", "公务接待费", "公车购置及运行维护费", null, null],
    [null, null, null, null, "合计", "车辆购置", "车辆运行"],
  ];
  const merges = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3"];
  // 2016: 14 + 1,348 + 1,012 = 2,374, typed 2,384; the change row is growth on 2015, no sum.
  const values: Cell[][] = [
    ...head,
    ["2015年", 2816, 86, 1392, 1338, 70, 1268],
    ["2016年", 2384, 14, 1348, 1012, 44, 968],
    ["2016年比2015年增减%", -15.7, -83.72, -3.16, -24.36, -37.14, -23.66],
    ["备注：因公出国（境）经费，反映单位工作人员公务出国（境）的住宿费、旅费等支出。", null, null, null, null, null, null],
  ];

  it("checks each year's row and not the change row; the table's year is the title's later one", () => {
    const [t] = tables(values, [...merges, "A8:G8"]) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(t.rows.map((r) => r.row)).toEqual([4, 5]);
    expect([...new Set(t.rows.flatMap((r) => r.years.map((y) => y.year)))]).toEqual([2016]);
    const r = run(values, [...merges, "A8:G8"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B6"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("another wording: the change row unlabelled by year (增减额), the title comparing 2015 with 2016 (比较), a slip in 2015", () => {
    const other: Cell[][] = [
      ["某县2015年与2016年“三公”经费决算比较表", null, null, null, null],
      ["年份", "合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费"],
      // 2015: 10 + 30 + 50 = 90, typed 95.
      ["2015年", 95, 10, 30, 50],
      ["2016年", 80, 8, 27, 45],
      ["增减额", -15, -2, -3, -5],
    ];
    const [t] = tables(other, ["A1:E1"]) as ExecutionTable[];
    expect(t.rows.map((r) => r.row)).toEqual([2, 3]);
    expect([...new Set(t.rows.flatMap((r) => r.years.map((y) => y.year)))]).toEqual([2016]);
    const r = run(other, ["A1:E1"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["B3"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("guard: years as rows with no change row and no comparing title keep their years and their findings", () => {
    const plain: Cell[][] = [
      ["某县“三公”经费决算情况", null, null, null, null],
      ["年度", "合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费"],
      ["2015年", 95, 10, 30, 50],
      ["2016年", 80, 8, 27, 45],
    ];
    const [t] = tables(plain, ["A1:E1"]) as ExecutionTable[];
    expect(t.rows.flatMap((r) => r.years.map((y) => y.year))).toEqual([2015, 2016]);
    expect(ruleCells(run(plain, ["A1:E1"]), "execution.total-mismatch")).toEqual(["B3"]);
  });
});

describe("composition: a fund's plan of projects and the bodies promoting them is an allocation by project", () => {
  it("reads 项目名称 | 促进机构名称 | 补助资金 under an 安排计划 as lines, the body beside each no applicant", () => {
    const values: Cell[][] = [
      ["某市关于某专项资金支持产业集群培育方向安排计划", null, null, null],
      ["单位：万元", null, null, null],
      ["序号", "项目名称", "促进机构名称", "补助资金"],
      [1, "甲产业集群", "某机械工业协会", 300],
      [2, "乙产业集群", "某视频产业促进会", 200],
      // 300 + 200 = 500, typed 520.
      ["合计", null, null, 520],
    ];
    const merges = ["A1:D1", "A2:D2", "A6:C6"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", null, "amount"]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["D6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("another wording (项目 | 促进单位 | 安排资金), no title", () => {
    const values: Cell[][] = [
      ["项目", "促进单位", "安排资金"],
      ["丙集群培育", "某行业商会", 80],
      ["丁集群培育", "某产业联盟", 40],
      ["戊集群培育", "某产业研究院", 30],
      ["合计", null, 150],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", null, "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: firms with their credit codes and awards beside their promotion body stay a register", () => {
    const values: Cell[][] = [
      ["某市产业集群企业奖励名单", null, null, null, null, null],
      ["序号", "项目名称", "企业名称", "统一社会信用代码", "促进机构名称", "奖励金额（万元）"],
      [1, "甲项目", "庚科技有限公司", "91320500MA1MXXXX0A", "某机械工业协会", 50],
      [2, "乙项目", "辛电子有限公司", "91320500MA1MYYYY1B", "某机械工业协会", 30],
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)[2]).toBe("enterprise");
    expect(fields(t)[3]).toBe("creditCode");
  });
});

describe("composition: key areas named apart beside the cities each spans are the lines", () => {
  it("reads 重点区域 as the line, the cities (several in a cell) as its description", () => {
    const values: Cell[][] = [
      ["某年重点区域建设发展补助资金分配表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "重点区域", "涉及市（州）", "补助资金", "备注"],
      [1, "甲新区", "甲市、乙市、丙市", 3000, null],
      [2, "乙试验区", "丁市、戊州", 2000, null],
      [3, "丙科技城", "己市", 1000, "含集中发展区"],
      // 3000 + 2000 + 1000 = 6000, typed 6500.
      ["合计", null, null, 6500, null],
    ];
    const merges = ["A1:E1", "A7:C7"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", null, "amount", null]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual(["D7"]);
  });

  it("another wording (重点片区 | 覆盖县（市、区） | 安排资金)", () => {
    const values: Cell[][] = [
      ["序号", "重点片区", "覆盖县（市、区）", "安排资金"],
      [1, "东部片区", "甲县、乙县", 500],
      [2, "西部片区", "丙县、丁区、戊市", 700],
      ["合计", null, null, 1200],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("item");
    expect(fields(t)[2]).not.toBe("item");
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: a 市（州） column repeated over several counties stays the category", () => {
    const values: Cell[][] = [
      ["序号", "市（州）", "县（市、区）", "补助资金"],
      [1, "甲市", "甲县", 100],
      [2, "甲市", "乙县", 200],
      [3, "乙市", "丙县", 300],
      [4, "乙市", "丁县", 400],
      ["合计", null, null, 1000],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", "amount"]);
  });
});

describe("composition: where the money goes (支出投向) names the line", () => {
  it("reads 支出投向 as the line, 主要用途 beside it as text; the unnumbered 其中 row is a share, not added", () => {
    const values: Cell[][] = [
      ["某年1-8月某省直达资金安排情况表", null, null, null],
      [null, null, null, "单位：亿元"],
      ["序号", "支出投向", "安排资金", "主要用途"],
      ["合计", null, 110.5, null],
      [null, "其中：参照直达资金", 12.3, "参照直达资金管理"],
      [1, "交通运输体系建设", 40.2, "国道、高速公路在建项目"],
      [2, "困难群众救助", 20.1, "低保、特困、临时救助"],
      [3, "其他直达资金", 40.2, "惠企利民其他直达项目"],
      // 40.2 + 20.1 + 40.2 = 100.5, typed 110.5; the 其中 row's 12.3 is within the whole.
    ];
    const merges = ["A1:D1", "A4:B4"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "amount", null]);
    const r = run(values, merges);
    const found = r.findings.filter((f) => f.rule === "composition.total-mismatch");
    expect(found.map((f) => f.cell)).toEqual(["C4"]);
    // The three lines, 100.5亿元, not the 其中 row besides (112.8亿元).
    expect(found[0].message).toContain("10,050,000,000");
  });

  it("another wording (资金支出投向 | 下达资金 | 具体用途), 合计 at the foot", () => {
    const values: Cell[][] = [
      ["资金支出投向", "下达资金", "具体用途"],
      ["农业生产发展", 30, "耕地地力保护"],
      ["乡村建设", 50, "人居环境整治"],
      ["合计", 80, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 2)).toEqual(["item", "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: a 合计 first and its unnumbered 其中 list running on (中央 | 省级 | 区级) still adds up to it", () => {
    const values: Cell[][] = [
      ["资金来源", "金额"],
      ["年度资金总额", 100],
      ["其中：中央资金", 60],
      ["省级资金", 30],
      ["区级资金", 20],
    ];
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["B2"]);
  });
});

describe("register: the base a catalog's rate is of, headed in its words, dashes where a row's item has none", () => {
  // 按其保费金额的50%: the list heads the premium 保费金额, a dash on each row of another item (no premium for a power subsidy).
  const rateItem = { name: "企业投保补助", code: null, category: null, capType: "rate" as const, capAmount: 50_000, rate: 0.5, document: null, year: null, base: "其保费金额" };
  const maxItem = { name: "用电补助", code: null, category: null, capType: "max" as const, capAmount: 200_000, rate: null, document: null, year: null };
  const list: Cell[][] = [
    ["某市受灾企业拟补助企业名单", null, null, null, null],
    [null, null, null, null, "单位：万元"],
    ["序号", "企业名称", "补助项目", "保费金额", "拟补助金额"],
    [1, "甲机械有限公司", "用电补助", "—", 12.6],
    [2, "乙陶瓷有限公司", "企业投保补助", 6.4, 3.2],
    [3, "丙五金有限公司", "用电补助", "—", 18],
    [4, "丁纸品有限公司", "企业投保补助", 5.6, 3.8],
    [5, "戊鞋业有限公司", "用电补助", "—", 9],
  ];

  it("reads 保费金额 as the base, so 3.8 on a premium of 5.6 (50% is 2.8) is a rate slip", () => {
    const r = audit({ sheets: [grid(list)], catalog: { name: "目录", origin: "file", items: [rateItem, maxItem] }, settings: { today: "2017-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "item", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["E7"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("another wording: a catalog sheet's prose (按实际培训费用的60%), 培训费用 with - for the other item", () => {
    const standards: Cell[][] = [
      ["序号", "补助项目", "补助标准"],
      ["一", "稳岗补助", "对稳定就业岗位的企业给予补助，单家企业最高不超过10万元。"],
      ["二", "职工培训补助", "对组织职工技能培训的企业，按实际培训费用的60%给予补助，单家企业最高不超过8万元。"],
    ];
    const firms: Cell[][] = [
      ["单位：万元", null, null, null],
      ["企业名称", "补助项目", "培训费用", "补助金额"],
      ["甲纺织有限公司", "稳岗补助", "-", 6],
      ["乙电子有限公司", "职工培训补助", 10, 6],
      ["丙食品有限公司", "稳岗补助", "-", 4],
      ["丁服饰有限公司", "职工培训补助", 5, 4],
      ["戊机电有限公司", "稳岗补助", "-", 8],
    ];
    const r = audit({ sheets: [grid(standards, [], "补助标准"), grid(firms, [], "名单")], settings: { today: "2020-12-31" } });
    const t = r.tables.find((x) => x.sheet === "名单") as RecognisedTable;
    expect(fields(t)).toEqual(["enterprise", "item", "base", "approved"]);
    // 60% of 5 is 3; 4 proposed. 60% of 10 is 6, as proposed.
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["D6"]);
  });

  it("guard: with no rate item in the catalog, 保费金额 stays unread", () => {
    const r = audit({ sheets: [grid(list)], catalog: { name: "目录", origin: "file", items: [{ ...maxItem }, { ...maxItem, name: "企业投保补助", capAmount: 50_000 }] }, settings: { today: "2017-12-31" } });
    expect(fields(r.tables[0])).toEqual(["seq", "enterprise", "item", null, "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual([]);
  });
});

describe("register: the department that recommended each firm, a few repeated, sorts a recognition list", () => {
  it("reads 推荐部门 (农业农村部门 / 林业部门 / 水利部门, repeated) as the category", () => {
    const values: Cell[][] = [
      ["某省申报示范社名单", null, null, null],
      ["序号", "名称", "所在县（市、区）", "推荐部门"],
      [1, "甲县种养专业合作社", "甲县", "农业农村部门"],
      [2, "乙县茶叶专业合作社", "乙县", "农业农村部门"],
      [3, "丙县油茶专业合作社", "丙县", "林业部门"],
      [4, "丁县苗木专业合作社", "丁县", "林业部门"],
      [5, "戊县用水户协会", "戊县", "水利部门"],
      [6, "己县农机专业合作社", "己县", "农业农村部门"],
    ];
    expect(fields(tables(values, ["A1:D1"])[0])).toEqual(["seq", "enterprise", "registeredIn", "category"]);
  });

  it("another wording: 推荐单位 (市科技局 / 县科技局) and 主管部门 right of the code", () => {
    const byUnit: Cell[][] = [
      ["某市推荐企业名单", null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "推荐单位"],
      [1, "甲科技有限公司", "91320500MA1MXXXX0A", "甲市科技局"],
      [2, "乙电子有限公司", "91320500MA1MYYYY1B", "乙县科技局"],
      [3, "丙材料有限公司", "91320500MA1MZZZZ2C", "甲市科技局"],
      [4, "丁智能有限公司", "91320500MA1MWWWW3D", "乙县科技局"],
    ];
    expect(fields(tables(byUnit)[0])).toEqual(["seq", "enterprise", "creditCode", "category"]);
    const byOffice = byUnit.map((row, i) => (i === 0 ? row : i === 1 ? ["序号", "企业名称", "统一社会信用代码", "主管部门"] : [...row.slice(0, 3), i % 2 === 0 ? "商务局" : "工信局"]));
    expect(fields(tables(byOffice)[0])).toEqual(["seq", "enterprise", "creditCode", "category"]);
  });

  it("guard: a 推荐意见 (同意推荐 / 优先推荐, repeated) stays unread; so does a 推荐单位 naming each row's own office", () => {
    const opinion: Cell[][] = [
      ["某市推荐企业汇总表", null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "推荐意见"],
      [1, "甲科技有限公司", "91320500MA1MXXXX0A", "同意推荐"],
      [2, "乙食品有限公司", "91320500MA1MYYYY1B", "优先推荐"],
      [3, "丙医疗有限公司", "91320500MA1MZZZZ2C", "同意推荐"],
      [4, "丁智能有限公司", "91320500MA1MWWWW3D", "优先推荐"],
    ];
    expect(fields(tables(opinion)[0])).toEqual(["seq", "enterprise", "creditCode", null]);
    const own = opinion.map((row, i) => (i === 0 ? row : i === 1 ? ["序号", "企业名称", "统一社会信用代码", "推荐单位"] : [...row.slice(0, 3), `${"甲乙丙丁"[i - 2]}县科技局`]));
    expect(fields(tables(own)[0])).toEqual(["seq", "enterprise", "creditCode", null]);
  });
});

describe("composition: awards by kind to groups of places, counted (奖励类别 | 奖励对象 | 个数 | 奖励资金)", () => {
  const values: Cell[][] = [
    ["某省某年某类大县奖励资金分配表", null, null, null, null, null],
    [null, null, null, null, null, "单位：万元"],
    ["序号", "奖励类别", "奖励对象", "个数", "奖励资金", "备注"],
    ["合计", null, null, null, 3300, null],
    ["一", "甲类大县奖励", "甲类大县", 12, 2400, null],
    [null, "其中：重点大县", "甲县、乙县", 2, 500, null],
    [null, "      一般大县", "其余10个县（市、区）", 10, 1800, null],
    ["二", "乙类大县奖励", "入围乙类大县", null, 600, "每县不低于50万元"],
    ["三", "丙类大县奖励", "丙县", 1, 300, null],
  ];
  const merges = ["A1:F1", "A4:D4"];

  it("reads an allocation by kind of award, the count beside the money, and checks the 其中 parts against their line", () => {
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)[3]).toBe("quantity");
    expect(fields(t)[4]).toBe("amount");
    const r = run(values, merges);
    // 500 + 1,800 = 2,300 against the line's 2,400; the 合计 adds the kinds only: 2,400 + 600 + 300.
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E5"]);
  });

  it("another wording (补助类别 | 补助对象 | 县数 | 补助金额), no 其中 split", () => {
    const other: Cell[][] = [
      ["某市农业奖补资金分配表", null, null, null, null],
      ["序号", "补助类别", "补助对象", "县数", "补助金额（万元）"],
      [1, "示范县补助", "甲县、乙县、丙县", 3, 90],
      [2, "试点县补助", "其余5个县", 5, 100],
      ["合计", null, null, null, 200],
    ];
    const [t] = tables(other, ["A1:E1", "A5:D5"]);
    expect(t.kind).toBe("composition");
    expect(ruleCells(run(other, ["A1:E1", "A5:D5"]), "composition.total-mismatch")).toEqual(["E5"]);
  });

  it("guard: 其中 parts counting only some of their line (2 + 5 of 12 counties) need not add up to its money", () => {
    const some = values.map((row) => [...row]);
    some[6] = [null, "      其中：新增大县", "丁县等5个县", 5, 1000, null];
    expect(ruleCells(run(some, merges), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: an award list of firms with credit codes and a count of their projects stays a register", () => {
    const award: Cell[][] = [
      ["某市专项资金奖励名单", null, null, null, null, null],
      ["序号", "奖励类别", "奖励对象", "统一社会信用代码", "个数", "奖励资金（万元）"],
      [1, "技术改造", "甲科技有限公司", "91320500MA1MXXXX0A", 2, 50],
      [2, "技术改造", "乙电子有限公司", "91320500MA1MYYYY1B", 1, 30],
    ];
    const [t] = tables(award, ["A1:F1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)[2]).toBe("enterprise");
  });
});

describe("composition: a plan of money over years for named projects and the bodies running them", () => {
  const values: Cell[][] = [
    ["某市产业集群市级财政资金安排表", null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, "单位：万元"],
    ["序号", "集群名称", "运营单位", "认定年度", "市级财政资金", null, null, null],
    [null, null, null, null, "首年", "第二年", "第三年", "合计"],
    [1, "甲区光电产业集群", "甲光电集群促进中心", 2022, 100, 60, 40, 200],
    [2, "乙区生物医药产业集群", "乙生物医药港运营有限公司", 2022, 100, 50, 40, 200],
    [3, "丙区装备产业集群", "丙区机械行业协会", 2023, 100, 45, 35, 180],
    ["合计", null, null, null, 300, 155, 115, 570],
  ];
  const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "A8:D8"];

  it("reads each cluster as a line, the years as parts of its 合计, and checks both ways", () => {
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("item");
    expect(fields(t).slice(4)).toEqual(["amount", "amount", "amount", "amount"]);
    const bad = values.map((row) => [...row]);
    bad[5][7] = 210;
    // 100 + 50 + 40 = 190 typed 210; the 合计 column's lines add to 590 against 570.
    expect(ruleCells(run(bad, merges), "composition.total-mismatch").sort()).toEqual(["H6", "H8"]);
  });

  it("another wording (项目名称 | 运营单位 | 立项年度 | 第一年 | 第二年 | 小计)", () => {
    const other: Cell[][] = [
      ["某县基地运营补助资金表", null, null, null, null, null, null],
      ["序号", "项目名称", "运营单位", "立项年度", "补助资金（万元）", null, null],
      [null, null, null, null, "第一年", "第二年", "小计"],
      [1, "甲基地", "甲农业服务中心", 2023, 50, 30, 80],
      [2, "乙基地", "乙农业发展有限公司", 2024, 40, 20, 70],
    ];
    const m = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"];
    const [t] = tables(other, m);
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("item");
    // 40 + 20 = 60, typed 70.
    expect(ruleCells(run(other, m), "composition.total-mismatch")).toEqual(["G5"]);
  });

  it("guard: firms with credit codes awarded over years stay a register", () => {
    const award: Cell[][] = [
      ["某市企业奖励资金表", null, null, null, null, null],
      ["序号", "项目名称", "企业名称", "统一社会信用代码", "奖励资金（万元）", null, null],
      [null, null, null, null, "首年", "第二年", "合计"],
      [1, "甲项目", "甲科技有限公司", "91320500MA1MXXXX0A", 50, 30, 80],
      [2, "乙项目", "乙电子有限公司", "91320500MA1MYYYY1B", 40, 20, 60],
    ];
    const [t] = tables(award, ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"]);
    expect(t.kind).toBe("register");
    expect(fields(t)[2]).toBe("enterprise");
  });
});

describe("execution: money paid on against money sent down by county, the rate a fraction under a 进度 heading", () => {
  const values: Cell[][] = [
    ["2016年某试点资金拨付情况表", null, null, null, null, null, null],
    ["（截至2017年12月12日）", null, null, null, null, null, "单位：万元"],
    ["序号", "市", "县（市、区）", "下达资金", "已拨付资金", "拨付进度", "拨付情况"],
    [1, "甲市", "甲一区", 1200, 1200, 1, "全部拨付到位"],
    [2, null, "甲二县", 1500, 900, 0.6, "部分拨付到位"],
    // 550 / 1,000 = 0.55, typed 0.65.
    [3, null, "甲三县", 1000, 550, 0.65, "部分拨付到位"],
    [4, "乙市", "乙一区", 900, 900, 1, "全部拨付到位"],
    [5, null, "乙二县", 800, 776, 0.97, "基本拨付到位"],
    [6, null, "乙三市", 800, 420, 0.525, "部分拨付到位"],
    ["合计", null, null, 6200, 4746, 0.7655, null],
  ];
  const merges = ["A1:G1", "A2:F2", "B4:B6", "B7:B9", "A10:C10"];

  it("reads the city as the level, the county as the line, 下达 | 已拨付 | 拨付进度 as budget, spending and rate", () => {
    const [t] = tables(values, merges);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["seq", "level", "category", "budget", "actual", "rate", null]);
  });

  it("finds the counties paid in part behind a closed year, and the mistyped rate", () => {
    const r = run(values, merges, "2017-12-12");
    expect(ruleCells(r, "execution.behind-schedule").map((c) => c.slice(1))).toEqual(["5", "6", "9"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F6"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("another wording (县（区） | 下达金额 | 累计拨付资金 | 资金拨付进度), no city beside the counties", () => {
    const other: Cell[][] = [
      ["某年某专项资金拨付进度表", null, null, null],
      ["县（区）", "下达金额", "累计拨付资金", "资金拨付进度"],
      ["丙县", 500, 500, 1],
      ["丁县", 400, 200, 0.5],
      ["戊区", 300, 270, 0.9],
    ];
    const [t] = tables(other);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate"]);
  });

  it("guard: an allocation with 下达资金 alone (市 | 县（市、区） | 下达资金) stays a composition", () => {
    const plan: Cell[][] = [
      ["某年某试点资金分配表", null, null, null],
      ["序号", "市", "县（市、区）", "下达资金"],
      [1, "甲市", "甲一区", 1200],
      [2, null, "甲二县", 1500],
      [3, "乙市", "乙一区", 900],
      [4, null, "乙二县", 800],
      ["合计", null, null, 4400],
    ];
    const [t] = tables(plan, ["B3:B4", "B5:B6", "A7:C7"]);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 4)).toEqual(["category", "item", "amount"]);
  });
});

describe("register: the 合计 row first, right under the header, over the records", () => {
  const head = ["序号", "申报单位", "申报项目名称", "所在县区", "补助金额", "省级承担", "市级承担", "备注"];
  it("checks a 合计 merged across the first columns and standing first against every firm under it", () => {
    const r = run(
      [
        ["设备投资补助公示表", null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null],
        head,
        ["合计", null, null, null, 1802.2, 910.1, 910.1, null],
        [1, "甲制药有限公司", "口服制剂产能扩大项目", "荔城区", 66.6, 33.3, 33.3, null],
        [2, "乙医疗器械有限公司", "防护口罩生产线扩建项目", "城厢区", 248, 124, 124, null],
        [3, "丙生物科技有限公司", "检测试剂生产线技改项目", "秀屿区", 1120, 560, 560, null],
        [4, "丁药业有限公司", "原料药产能提升项目", "仙游县", 385.6, 192.8, 192.8, null],
      ],
      ["A1:H1", "A2:H2", "A4:D4"],
    );
    expect(r.tables[0].kind).toBe("register");
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E4"]);
  });

  it("reads a 总计 first, not merged, as the list's total: right, nothing; its asked amount wrong, found there", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["序号", "企业名称", "申请金额", "补助金额"],
      ["总计", null, 100000, 60000],
      [1, "甲科技有限公司", 50000, 30000],
      [2, "乙机械有限公司", 30000, 20000],
      [3, "丙电子有限公司", 20000, 10000],
    ];
    const ok = run(values);
    expect(ok.tables[0].kind).toBe("register");
    expect(ruleCells(ok, "composition.total-mismatch")).toEqual([]);
    values[2] = ["总计", null, 110000, 60000];
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["C3"]);
    values[2] = ["总计", null, 100000, 60000];
    values[3] = [1, "甲科技有限公司", 50000, 40000];
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["D3"]);
  });

  it("checks each part of a split award (补助金额 over 合计 | 省级承担 | 市级承担) against a 合计 standing first", () => {
    const r = run(
      [
        ["单位：万元"],
        ["序号", "申报单位", "补助金额", null, null],
        [null, null, "合计", "省级承担", "市级承担"],
        ["合计", null, 300, 160, 150],
        [1, "甲制药有限公司", 100, 50, 50],
        [2, "乙药业有限公司", 200, 100, 100],
      ],
      ["A2:A3", "B2:B3", "C2:E2", "A4:B4"],
    );
    expect(r.tables[0].kind).toBe("register");
    expect(ruleCells(r, "composition.total-mismatch")).toContain("D4");
    expect(ruleCells(r, "composition.total-mismatch")).not.toContain("C4");
  });

  it("guards: a 合计 at the foot keeps its check; a first row that is a firm is no total", () => {
    const foot = run([
      ["单位：万元"],
      ["序号", "企业名称", "补助金额"],
      [1, "甲科技有限公司", 30],
      [2, "乙机械有限公司", 20],
      ["合计", null, 60],
    ]);
    expect(ruleCells(foot, "composition.total-mismatch")).toEqual(["C5"]);
    const firm = run([
      ["单位：万元"],
      ["序号", "企业名称", "补助金额"],
      [1, "合力科技有限公司", 60],
      [2, "乙机械有限公司", 20],
      [3, "丙电子有限公司", 10],
    ]);
    expect(firm.tables[0].kind).toBe("register");
    expect(ruleCells(firm, "composition.total-mismatch")).toEqual([]);
  });
});

describe("composition: a declared area beside the confirmed one, the money paid per 亩 of the confirmed", () => {
  const quantities = (t: RecognisedTable) => (t as Extract<RecognisedTable, { kind: "composition" }>).lines.map((l) => l.quantity?.value ?? null);

  it("申报面积 | 确认面积 | 奖补金额, 30元/亩 in a note: the confirmed area is the quantity", () => {
    const values: Cell[][] = [
      ["某区秸秆离田奖补明细表", null, null, null, null],
      ["序号", "乡镇", "申报拟离田 面积（亩）", "确认面积（亩）", "拟奖补金额（元）"],
      [1, "甲镇", 1200, 1200, 36000],
      [2, "乙镇", 980.5, 900.4, 27012],
      [3, "丙镇", 650, 500, 15000],
      [4, "丁街道", 320, 300, 9000],
      // 87,012 元 = 2,900.40 亩 × 30, though the declared areas are larger.
      ["合计", null, 3150.5, 2900.4, 87012],
      ["注：按照30元/亩补助标准，以确认面积予以奖补。", null, null, null, null],
    ];
    const merges = ["A1:E1", "A7:B7", "A8:E8"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)[3]).toBe("quantity");
    expect(fields(t)[2]).not.toBe("quantity");
    expect(quantities(t)).toEqual([1200, 900.4, 500, 300]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
  });

  it("another wording (申请面积 | 核定离田面积 | 补助资金), the confirmed area first read by its measure alone", () => {
    const values: Cell[][] = [
      ["某县秸秆离田补助资金分配表（每亩30元）", null, null, null],
      ["村", "申请面积（亩）", "核定离田面积（亩）", "补助资金（元）"],
      ["甲村", 400, 380, 11400],
      ["乙村", 250.5, 250.5, 7515],
      ["丙村", 220, 200, 6000],
      ["合计", 870.5, 830.5, 24915],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)[2]).toBe("quantity");
    expect(fields(t)[1]).not.toBe("quantity");
    expect(quantities(t)).toEqual([380, 250.5, 200]);
    expect(run(values, ["A1:D1"]).findings.filter((f) => f.rule.startsWith("composition."))).toEqual([]);
  });

  it("guard: one area keeps its reading, and a declared area alone stays the quantity", () => {
    for (const heading of ["离田面积（亩）", "申报面积（亩）"]) {
      const values: Cell[][] = [
        ["某区秸秆离田奖补明细表", null, null, null],
        ["序号", "乡镇", heading, "奖补金额（元）"],
        [1, "甲镇", 1200, 36000],
        [2, "乙镇", 900, 27000],
        [3, "丙镇", 500, 15000],
        ["合计", null, 2600, 78000],
        ["注：按照30元/亩补助标准予以奖补。", null, null, null],
      ];
      const merges = ["A1:D1", "A6:B6", "A7:D7"];
      const [t] = tables(values, merges);
      expect(t.kind).toBe("composition");
      expect(fields(t)[2]).toBe("quantity");
      expect(quantities(t)).toEqual([1200, 900, 500]);
    }
  });
});

describe("execution: a stated rate above 100% resolves spending the figures' rounding hides", () => {
  // 0.9 against 0.8 (亿元, one decimal) may be 0.85 against 0.85 as far as the figures show; a stated 112.5% says
  // spending was above budget, and the figures agree with it within their rounding.
  const summary = (rate: number | null): Cell[][] => [
    ["某市2021年财政决算收支情况表", null, null, null],
    [null, null, null, "单位：亿元"],
    ["项目", "预算数", "决算数", "完成预算%"],
    ["一、一般公共预算收入", 113.7, 117.1, 103],
    ["二、一般公共预算支出", 232.1, 230.4, 99.3],
    ["三、国有资本经营预算收入", 1.2, 1.5, 125],
    ["四、国有资本经营预算支出", 0.8, 0.9, rate],
  ];

  it("finds the line overspent when its stated rate (112.5%) shows it", () => {
    const r = run(summary(112.5));
    expect(ruleCells(r, "execution.overspent")).toEqual(["C7"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("another wording: 万元 with one decimal (12.4 against 12.3) under 执行率（%）, 100.8 stated", () => {
    const other: Cell[][] = [
      ["某县2022年部门预算执行情况表", null, null, null],
      ["单位：万元", null, null, null],
      ["科目", "调整预算数", "执行数", "执行率（%）"],
      ["办公经费", 40.5, 39.6, 97.8],
      ["专项业务费", 12.3, 12.4, 100.8],
    ];
    const r = run(other);
    expect(ruleCells(r, "execution.overspent")).toEqual(["C5"]);
  });

  it("guard: the same figures with no stated rate stay within rounding", () => {
    expect(ruleCells(run(summary(null)), "execution.overspent")).toEqual([]);
  });

  it("guard: a stated rate of 100.0% stays silent", () => {
    const r = run(summary(100));
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });
});

describe("units: a caption cutting the 元 off its money unit (单位：万, 金额单位：万, 单位：亿)", () => {
  const budget = (caption: string): Cell[][] => [
    ["某县2021年“三公”经费预算财政拨款情况统计表", null],
    [caption, null],
    ["项目", "本年预算数"],
    ["合计", 136],
    ["1、因公出国（境）费用", 0],
    ["2、公务接待费", 84],
    ["3、公务用车费", 52],
  ];

  it("reads 单位：万 as 万元", () => {
    const [t] = tables(budget("单位：万"), ["A1:B1", "A2:B2"]);
    expect(t.kind).toBe("execution");
    expect(t.unit).toBe("万元");
  });

  it("reads 金额单位：万 as 万元 and 单位：亿 as 亿元", () => {
    expect(tables(budget("金额单位：万"), ["A1:B1", "A2:B2"])[0].unit).toBe("万元");
    expect(tables(budget("单位：亿"), ["A1:B1", "A2:B2"])[0].unit).toBe("亿元");
  });

  it("guard: 单位：万人 and 单位：万亩 name no money unit", () => {
    for (const caption of ["单位：万人", "单位：万亩"]) {
      const [t] = tables(budget(caption), ["A1:B1", "A2:B2"]);
      expect(t.unit).toBe("元");
      expect(t.unitSource).toBe("default");
    }
  });
});

describe("catalog: a name heading merged over its first and second levels, the finer level the item", () => {
  // yunnan-2023 (hundred-and-second holdout): 项目名称 over 一级项目名称 | 二级项目名称 in a policy list left both
  // levels unread and took 项目级次 for the item.
  const catalogOf = (values: Cell[][], merges: string[]) => tables(values, merges).find((x) => x.kind === "catalog") as CatalogTable;
  const only = (t: RecognisedTable, field: string) => t.columns.filter((c) => c.field === field).map((c) => c.col);

  it("项目名称 over 一级项目名称 | 二级项目名称, beside 项目级次: the second level is the item, the first its category", () => {
    const values: Cell[][] = [
      ["某省惠民惠农补贴政策清单", null, null, null, null, null, null],
      ["序号", "项目名称", null, "项目级次", "政策依据", "补贴对象", "补贴标准"],
      [null, "一级项目名称", "二级项目名称", null, null, null, null],
      [1, "老年人福利补贴", "高龄津贴", "省级", "某省民政厅文件", "百岁以上老人", "每人每月300元"],
      [2, "计划生育家庭奖励扶助", "农村奖励扶助金", "中央级", "某省卫健委文件", "农村独生子女父母", "每人每年960元"],
      [3, "计划生育家庭奖励扶助", "特别扶助金", "中央级", "某省卫健委文件", "特殊家庭父母", "每人每月590元"],
    ];
    const merges = ["A1:G1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3"];
    const t = catalogOf(values, merges);
    expect(only(t, "item")).toEqual([2]);
    expect(only(t, "category")).toEqual([1]);
    const names = t.items.map((i) => `${i.category}/${i.name}`);
    expect(names).toEqual(["老年人福利补贴/高龄津贴", "计划生育家庭奖励扶助/农村奖励扶助金", "计划生育家庭奖励扶助/特别扶助金"]);
  });

  it("补贴项目 over bare 一级 | 二级, the standards in words", () => {
    const values: Cell[][] = [
      ["补贴项目", null, "主管部门", "补贴标准"],
      ["一级", "二级", null, null],
      ["农业补贴", "耕地地力保护补贴", "农业农村局", "每亩最高100元"],
      ["农业补贴", "农机购置补贴", "农业农村局", "每台最高3万元"],
      ["社会救助", "临时救助", "民政局", "由县级确定"],
    ];
    const merges = ["A1:B1", "C1:C2", "D1:D2"];
    const t = catalogOf(values, merges);
    expect(only(t, "item")).toEqual([1]);
    expect(only(t, "category")).toEqual([0]);
    expect(ruleCells(run(values, merges), "catalog.unreadable-standard")).toEqual(["D5"]);
  });

  it("guard: a catalog with one 项目名称 column keeps it as the item", () => {
    const values: Cell[][] = [
      ["某省补贴政策清单", null, null, null],
      ["序号", "项目名称", "项目级次", "补贴标准"],
      [1, "高龄津贴", "省级", "每人每月300元"],
      [2, "农村奖励扶助金", "中央级", "每人每年960元"],
    ];
    const t = catalogOf(values, ["A1:D1"]);
    expect(only(t, "item")).toEqual([1]);
    expect(only(t, "category")).toEqual([]);
  });

  it("guard: a register of payees sorted by 一级 | 二级 categories stays a register, the levels no catalog's", () => {
    const values: Cell[][] = [
      ["某县补贴资金发放花名册", null, null, null, null],
      ["序号", "姓名", "补贴类别", null, "发放金额（元）"],
      [null, null, "一级", "二级", null],
      [1, "张三", "农业补贴", "耕地地力保护补贴", 1200],
      [2, "李四", "农业补贴", "农机购置补贴", 3000],
      [3, "王五", "社会救助", "临时救助", 800],
    ];
    const merges = ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("register");
    expect(fields(t)[1]).not.toBeNull();
    expect(fields(t)[4]).not.toBeNull();
  });
});

describe("execution: a balance final account's two sides of four figures each (预算数 | 调整预算数 | 执行数 | 决算数 beside 支出's)", () => {
  // 收入 longer than 支出; the spending side's first budget heading may be printed 预算 where the income side's is 预算数.
  const balance = (heads: [string, string, string]): Cell[][] => [
    ["某县2021年一般公共预算收支决算平衡表", null, null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null, "单位：万元"],
    [heads[0], "预算数", "调整预算数", "执行数", "决算数", heads[1], heads[2], "调整预算数", "执行数", "决算数"],
    ["总计", 600, 900, 905, 910, "总计", 600, 900, 905, 910],
    ["一、本级收入", 200, 250, 255, 260, "一、本级支出", 500, 700, 700, 700],
    ["税收收入", 150, 180, 185, 188, "二、上解支出", 60, 80, 85, 90],
    ["非税收入", 50, 70, 70, 72, "三、债务还本支出", 40, 120, 120, 120],
    ["二、上级补助收入", 300, 500, 500, 500, null, null, null, null, null],
    ["三、调入资金", 80, 120, 120, 120, null, null, null, null, null],
    ["四、上年结转", 20, 30, 30, 30, null, null, null, null, null],
  ];
  const merges = ["A1:J1"];
  const span = (t: RecognisedTable) => [t.columns[0].col, t.columns[t.columns.length - 1].col, t.range.r1];

  it("reads each side as its own table to its own last line, the 执行数 unread beside the 决算数, and finds the overspending there", () => {
    const values = balance(["收入", "支出", "预算"]);
    const ts = tables(values, merges) as ExecutionTable[];
    expect(ts.map((t) => t.kind)).toEqual(["execution", "execution"]);
    expect(ts.map(span)).toEqual([
      [0, 4, 9],
      [5, 9, 6],
    ]);
    expect(ts.map(fields)).toEqual([
      ["category", "initialBudget", "budget", null, "actual"],
      ["category", "initialBudget", "budget", null, "actual"],
    ]);
    const r = run(values, merges);
    // 上解支出 决算 90 above its 调整预算数 80 (执行数 85 already above it).
    expect(ruleCells(r, "execution.overspent")).toEqual(["J6"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("other wording: 收入项目 | 支出项目, 预算数 on both sides; a subline's 决算数 typed off its subtotal is found once, in its own column", () => {
    const values = balance(["收入项目", "支出项目", "预算数"]);
    // Planted: 税收收入 决算数 typed 198, so 一、本级收入 260 misses 198 + 72 (the 总计 agrees with its lines as typed).
    values[5][4] = 198;
    const ts = tables(values, merges);
    expect(ts.map(span)).toEqual([
      [0, 4, 9],
      [5, 9, 6],
    ]);
    expect(ruleCells(run(values, merges), "execution.total-mismatch")).toEqual(["E5"]);
  });

  it("two figures a side (收入 | 执行数 | 决算数 beside 支出's) stay two tables, each total checked in its 决算数, never against the 执行数", () => {
    const values: Cell[][] = [
      ["某区2021年一般公共预算收支决算平衡表", null, null, null, null, null],
      ["收入", "执行数", "决算数", "支出", "执行数", "决算数"],
      ["收入总计", 1000, 1005, "支出总计", 1000, 1015],
      ["一、本级收入", 400, 400, "一、本级支出", 800, 805],
      ["二、上级补助收入", 600, 605, "二、上解支出", 200, 200],
    ];
    const ts = tables(values, ["A1:F1"]);
    expect(ts.map((t) => [t.columns[0].col, t.columns[t.columns.length - 1].col])).toEqual([
      [0, 2],
      [3, 5],
    ]);
    // 支出总计 1,015 for 805 + 200 = 1,005.
    expect(ruleCells(run(values, ["A1:F1"]), "execution.total-mismatch")).toEqual(["F3"]);
  });

  it("guard: 执行数 alone beside the budget stays the spending measured", () => {
    const values: Cell[][] = [
      ["某县2021年一般公共预算支出执行表", null, null],
      ["项目", "调整预算数", "执行数"],
      ["合计", 300, 290],
      ["一般公共服务支出", 100, 110],
      ["教育支出", 200, 180],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["category", "budget", "actual"]);
    expect(ruleCells(run(values), "execution.overspent")).toEqual(["C4"]);
  });
});

describe("composition: money headed by an as-of date, or only by an increase on last year", () => {
  it("reads 截至9月中旬 as the amount, the increase beside it no amount (其中 lines under a 合计 first, adding up)", () => {
    const values: Cell[][] = [
      ["某年1-9月某资金补助情况表", null, null],
      [null, null, "单位：亿元"],
      ["项目", "截至9月中旬", "比上年同期增加"],
      ["补助资金合计", 600, 90],
      ["  其中：甲类资金", 450, 70],
      ["        乙类资金", 150, 20],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", null]);
    expect(ruleCells(run(values, ["A1:C1"]), "composition.total-mismatch")).toEqual([]);
  });

  it("another wording: 单位 | 截至6月底 | 新增, and 截止2021年9月30日 as the only heading of money", () => {
    const june: Cell[][] = [
      ["某年某资金下达情况", null, null],
      ["单位", "截至6月底", "新增"],
      ["甲局", 120, 10],
      ["乙局", 80, 5],
      ["合计", 200, 15],
    ];
    const [a] = tables(june);
    expect(a.kind).toBe("composition");
    expect(fields(a)).toEqual(["item", "amount", null]);
    const dated: Cell[][] = [
      ["项目", "截止2021年9月30日"],
      ["甲项", 30],
      ["乙项", 20],
      ["合计", 50],
    ];
    const [b] = tables(dated);
    expect(b.kind).toBe("composition");
    expect(fields(b)).toEqual(["item", "amount"]);
  });

  it("reads a table whose one money column is an increase (比上年增加) as the composition of the increases, its 小计 checked", () => {
    const values: Cell[][] = [
      ["某年某投入增加情况", null],
      [null, "单位：亿元"],
      ["支出类别", "比上年增加"],
      ["教育", 10.3],
      ["农林水", 10.3],
      ["医疗卫生", 1.6],
      // 22.2, typed 23.2.
      ["小计", 23.2],
    ];
    const [t] = tables(values, ["A1:B1"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount"]);
    expect(ruleCells(run(values, ["A1:B1"]), "composition.total-mismatch")).toEqual(["B7"]);
    const added: Cell[][] = [
      ["项目", "新增"],
      ["甲项", 3],
      ["乙项", 4],
      ["小计", 7],
    ];
    expect(fields(tables(added)[0])).toEqual(["item", "amount"]);
  });

  it("guard: a change heading beside amounts (金额 | 比上年增减, 金额 | 比上年增加) stays no amount", () => {
    for (const change of ["比上年增减", "比上年增加"]) {
      const values: Cell[][] = [
        ["项目", "金额", change],
        ["甲项", 300, 20],
        ["乙项", 200, -10],
        ["合计", 500, 10],
      ];
      const [t] = tables(values);
      expect(t.kind).toBe("composition");
      expect(fields(t)).toEqual(["item", "amount", null]);
    }
  });
});

describe("composition: counts of people in a measure between an allocation's names and its money", () => {
  it("reads the first count (万人) as the quantity, the second unread, never money", () => {
    const values: Cell[][] = [
      ["某年某补助资金分配表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "盟市", "受灾人数（万人）", "转移安置人数（万人）", "分配资金"],
      [1, "甲市", 12.5, 3.1, 800],
      [2, "乙盟", 8.4, 2.2, 600],
      [3, "丙市", 4.1, 0.7, 300],
      ["合计", null, 25, 6, 1700],
    ];
    const merges = ["A1:E1", "A7:B7"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "quantity", null, "amount"]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });

  it("another wording: 县 | 受助人口（万人） | 救助人次（人次） | 下达资金, one line mistyped", () => {
    const values: Cell[][] = [
      ["县", "受助人口（万人）", "救助人次（人次）", "下达资金"],
      ["甲县", 0.12, 500, 60],
      ["乙县", 0.08, 300, 40],
      // 100 + 60 = 160 against 150.
      ["合计", 0.2, 800, 150],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "quantity", null, "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["D4"]);
  });

  it("guard: money counted in 万元 beside the counts stays the amount (万 alone is money)", () => {
    const values: Cell[][] = [
      ["县", "补助资金（万）"],
      ["甲县", 60],
      ["乙县", 40],
      ["合计", 100],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["item", "amount"]);
  });
});

describe("composition: counts beside money are never money parts of the total", () => {
  // Towns, each block a count of people then its money, then a 共计 across (人数 | 金额 | 人数 | 金额 | 共计).
  const blocks: Cell[][] = [
    ["某月孤儿和困境儿童生活补助金汇总表", null, null, null, null, null],
    ["乡镇（街道）", "孤儿补助人数", "孤儿补助金额", "困境儿童补助人数", "困境儿童补助金额", "共计"],
    ["甲镇", 1, 1500, 40, 44000, 45500],
    ["乙镇", 0, 0, 12, 13200, 13200],
    // 3,000 + 30,800 = 33,800, typed 38,300.
    ["丙街道", 2, 3000, 28, 30800, 38300],
    ["丁街道", 3, 4500, 20, 22000, 26500],
    // The 共计 column's lines as typed add up to 123,500 (丙街道's 4,500 too many); the 合计 states 119,000.
    ["合计", 6, 9000, 100, 110000, 119000],
  ];

  it("reads each 人数 as a count, each 金额 as a part of the 共计, and finds only the slipped row and its foot", () => {
    const [t] = tables(blocks);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "quantity", "amount", "quantity", "amount", "amount"]);
    expect(t.columns.filter((c) => c.part).map((c) => c.col)).toEqual([2, 4]);
    const r = run(blocks);
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["F5", "F7"]);
  });

  it("another wording: 户数 blocks under a money caption (单位：元), the counts still kept out of the sum", () => {
    const other: Cell[][] = [
      ["某县困难群众救助资金分配表", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：元"],
      ["序号", "乡镇", "低保户数", "低保金额", "特困户数", "特困金额", "合计"],
      [1, "甲乡", 10, 12000, 2, 3000, 15000],
      [2, "乙乡", 8, 9600, 1, 1500, 11100],
      [3, "丙乡", 12, 14400, 3, 4500, 18900],
      ["合计", null, 30, 36000, 6, 9000, 45000],
    ];
    const [t] = tables(other);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(2)).toEqual(["quantity", "amount", "quantity", "amount", "amount"]);
    expect(ruleCells(run(other), "composition.total-mismatch")).toEqual([]);
  });

  // Counted groups whose headings state each one's money (走读生（每生每学期250元）), one money column after them.
  const counted: Cell[][] = [
    ["某学期学生资助分乡镇汇总表", null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, "单位：人、元"],
    ["序号", "乡镇名称", "总人数", "小学", null, "初中", null, "补助资金合计"],
    [null, null, null, "走读生（每生每学期250元）", "寄宿生（每生每学期500元）", "走读生（每生每学期312.5元）", "寄宿生（每生每学期625元）", null],
    [1, "甲镇", 100, 50, 10, 20, 20, 36250],
    [2, "乙镇", 60, 30, 5, 10, 15, 22500],
    [3, "丙镇", 40, 20, 4, 6, 10, 15125],
    // The towns add up to 73,875; typed 73,785.
    ["小计", null, 200, 100, 19, 36, 45, 73785],
    [4, "外县", 20, 10, 2, 4, 4, 7250],
    ["合计", null, 220, 110, 21, 40, 49, 81125],
  ];
  const countedMerges = ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:H4", "A8:B8", "A10:B10"];

  it("reads counts whose headings state money per one counted as counts, the total's money their own", () => {
    const [t] = tables(counted, countedMerges);
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("item");
    expect(fields(t)[7]).toBe("amount");
    expect(t.columns.filter((c) => c.field === "amount" || c.part).map((c) => c.col)).toEqual([7]);
    expect(ruleCells(run(counted, countedMerges), "composition.total-mismatch")).toEqual(["H8"]);
  });

  it("guard: money columns under a heading stating the standard (每人500元) stay parts of the total", () => {
    const money: Cell[][] = [
      ["某资金分配表", null, null, null],
      [null, null, null, "单位：元"],
      ["乡镇", "生活补助（每人500元）", "护理补贴（每人300元）", "合计"],
      ["甲镇", 5000, 3000, 8000],
      // 2,500 + 900 = 3,400, typed 3,500.
      ["乙镇", 2500, 900, 3500],
      ["丙镇", 1500, 600, 2100],
      ["合计", 9000, 4500, 13500],
    ];
    const [t] = tables(money);
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount"]);
    expect(t.columns.filter((c) => c.part).map((c) => c.col)).toEqual([1, 2]);
    expect(ruleCells(run(money), "composition.total-mismatch")).toEqual(["D5", "D7"]);
  });
});

describe("execution: an investment-progress table's 投资进度 is the rate, its 位次 a rank", () => {
  // 地区 | 年度计划投资 | 完成投资 | 投资进度 | 进度位次: the 进度 beside plan and done is done over plan.
  const progress: Cell[][] = [
    ["某省重点项目分市县投资完成情况表（1—6月）", null, null, null, null, null],
    ["序号", "市县", "年度计划投资（亿元）", "完成投资（亿元）", "投资进度", "进度位次"],
    [1, "甲市", 100, 60, "60.0%", 2],
    [2, "乙县", 40, 30, "75.0%", 1],
    // 11 / 20 = 55.0%, typed 65.0%.
    [3, "丙县", 20, 11, "65.0%", 3],
    [4, "丁县", 10, 2, "20.0%", 4],
    ["合计", null, 170, 103, "60.6%", null],
  ];

  it("reads 投资进度 as the rate and the 位次 as nothing, so a slipped rate is found and the ranks are no sum", () => {
    const [t] = tables(progress);
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(2)).toEqual(["budget", "actual", "rate", null]);
    const r = run(progress, [], "2023-06-30");
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["E5"]);
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("another wording: 投资完成进度 and 完成进度 beside 计划投资 and 已完成投资, with a 排名", () => {
    const other: Cell[][] = [
      ["单位：万元", null, null, null, null],
      ["项目名称", "年度计划投资", "已完成投资", "投资完成进度", "排名"],
      ["甲项目", 5000, 2500, "50.00%", 2],
      // 900 / 1,200 = 75.00%, typed 57.00%.
      ["乙项目", 1200, 900, "57.00%", 1],
      ["丙项目", 800, 200, "25.00%", 3],
    ];
    const [t] = tables(other);
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1)).toEqual(["budget", "actual", "rate", null]);
    expect(ruleCells(run(other), "execution.rate-mismatch")).toEqual(["D4"]);

    const done = other.map((row, i) => (i === 1 ? ["项目名称", "年度计划投资", "完成投资", "完成进度", "名次"] : row));
    const [d] = tables(done);
    expect(fields(d).slice(1)).toEqual(["budget", "actual", "rate", null]);
    expect(ruleCells(run(done), "execution.rate-mismatch")).toEqual(["D4"]);
  });

  it("guard: a 投资进度 column stating 正常 / 滞后 in words stays unread", () => {
    const words = progress.map((row, i) => (i < 2 ? row : [...row.slice(0, 4), i === 6 ? null : i % 2 ? "滞后" : "正常", row[5]]));
    const [t] = tables(words);
    expect(t.kind).toBe("execution");
    expect(fields(t)[4]).toBeNull();
    expect(ruleCells(run(words, [], "2023-06-30"), "execution.rate-mismatch")).toEqual([]);
  });
});

describe("execution: a 其中 part whose unmarked next line is the line's other piece (其中：公务用车运行费, then 公务用车购置费) (learn l108b)", () => {
  it("reads the unmarked 购置费 as the car line's second part: the 合计 first adds the line, the line is checked against both", () => {
    const values: Cell[][] = [
      ["某局2022年“三公”经费预算", null],
      [null, "单位：万元"],
      ["项目", "预算数"],
      ["合计", 12.6],
      ["因公出国（境）费", 0],
      ["公务接待费", 6.8],
      // 3.8 + 1.6 = 5.4, typed 5.8; the 合计 adds 5.8 as typed.
      ["公务用车购置及运行费", 5.8],
      ["其中：公务用车运行费", 3.8],
      ["公务用车购置费", 1.6],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual(["B7"]);
  });

  it("another wording: 购置 first under 其中, the unmarked 运行维护费 after it, the 合计 at the foot, two columns", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null],
      ["项目", "预算数", "执行数"],
      ["公务接待费", 10, 12],
      ["公务用车购置及运行维护费", 30, 25],
      ["其中：公务用车购置费", 20, 15],
      // 20 + 10 = 30 budgeted; 15 + 8 = 23 spent, typed 25.
      ["公务用车运行维护费", 10, 8],
      ["因公出国（境）费", 5, 5],
      ["合计", 45, 42],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual(["C4"]);
  });

  it("guard: an unmarked line after a 其中 part that is no piece of the line's name stays a line, added into the 合计", () => {
    const values: Cell[][] = [
      ["单位：万元", null],
      ["项目", "预算数"],
      ["合计", 14.2],
      ["公务接待费", 6.8],
      ["公务用车购置及运行费", 5.8],
      ["其中：公务用车运行费", 3.8],
      ["会议费", 1.6],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual([]);
  });

  it("guard: two unmarked lines after a line whose name they do not piece together stay lines", () => {
    const values: Cell[][] = [
      ["单位：万元", null],
      ["项目", "预算数"],
      ["合计", 12.6],
      ["公务用车购置及运行费", 5.8],
      ["公务接待费", 6.8],
      ["因公出国（境）费", 0],
    ];
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual([]);
  });
});

describe("the fund a catalog's directions are paid from, and the kinds beside an allocation's places, are the category", () => {
  // 资金渠道 (the fund each direction is paid from, a few repeated) left of the directions sorts them.
  it("reads a catalog's 资金渠道 column, a few funds repeated, as the category", () => {
    const values: Cell[][] = [
      ["某市专项资金支持方向及标准", null, null, null],
      ["序号", "资金渠道", "支持方向", "支持标准"],
      [1, "工业发展专项资金", "技术改造", "对技术改造项目给予最高不超过200万元补助"],
      [2, "工业发展专项资金", "品牌建设", "对品牌建设给予最高不超过30万元奖励"],
      [3, "中小企业发展专项资金", "创业孵化", "对孵化平台给予最高不超过80万元奖补"],
      [4, "中小企业发展专项资金", "融资担保", "对担保机构给予最高不超过50万元补助"],
    ];
    const [t] = tables(values) as CatalogTable[];
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["seq", "category", "item", "standard"]);
    expect(t.items.map((i) => i.category)).toEqual(["工业发展专项资金", "工业发展专项资金", "中小企业发展专项资金", "中小企业发展专项资金"]);
  });

  it("another wording: 资金来源渠道 beside 扶持项目 and a cap column", () => {
    const values: Cell[][] = [
      ["编号", "资金来源渠道", "扶持项目", "补贴上限（万元）"],
      ["A1", "省级资金", "设备购置补助", 100],
      ["A2", "省级资金", "研发投入奖励", 50],
      ["A3", "市级资金", "人才引进补贴", 20],
      ["A4", "市级资金", "展会参展补贴", 10],
      ["A5", "市级资金", "认证奖励", 5],
    ];
    const [t] = tables(values) as CatalogTable[];
    expect(t.kind).toBe("catalog");
    expect(fields(t)[1]).toBe("category");
    expect(fields(t)[2]).toBe("item");
  });

  it("guard: a 资金渠道 column stating amounts stays unread as the category", () => {
    const values: Cell[][] = [
      ["序号", "资金渠道", "支持方向", "支持标准"],
      [1, "省级50万元", "技术改造", "对技术改造项目给予最高不超过200万元补助"],
      [2, "省级50万元", "品牌建设", "对品牌建设给予最高不超过30万元奖励"],
      [3, "市级20万元", "创业孵化", "对孵化平台给予最高不超过80万元奖补"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("catalog");
    expect(fields(t)[1]).not.toBe("category");
  });

  // 品种 (蔬菜, 柑橘 …) beside the counties, a few repeated, with a 小计 after each kind's counties.
  const byKind: Cell[][] = [
    ["某年农产品产地初加工补助资金分配表", null, null, null],
    [null, null, null, "单位：万元"],
    ["序号", "县（市）", "品种", "补助资金"],
    [1, "甲县", "蔬菜", 300],
    [2, "乙县", "蔬菜", 200],
    [null, "蔬菜小计", null, 500],
    [3, "丙县", "柑橘", 150],
    [4, "丁县", "柑橘", 250],
    // 150 + 250 = 400, typed 410.
    [null, "柑橘小计", null, 410],
    ["合计", null, null, 900],
  ];

  it("reads a 品种 column beside an allocation's counties as the category, the 小计 checked", () => {
    const [t] = tables(byKind, ["A1:D1", "A10:C10"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "category", "amount"]);
    expect(ruleCells(run(byKind, ["A1:D1", "A10:C10"]), "composition.total-mismatch")).toEqual(["D9"]);
  });

  it("another wording: 作物 right of 县区, and 品类 so too", () => {
    for (const head of ["作物", "品类"]) {
      const values: Cell[][] = [
        ["县区", head, "分配资金（万元）"],
        ["甲区", "水稻", 120],
        ["乙区", "水稻", 80],
        ["丙县", "小麦", 60],
        ["丁县", "小麦", 40],
        ["戊县", "玉米", 30],
        ["合计", null, 330],
      ];
      const [t] = tables(values);
      expect(t.kind).toBe("composition");
      expect(fields(t)).toEqual(["item", "category", "amount"]);
    }
  });

  it("guard: a 品种 column in a register of applicants keeps its reading", () => {
    const values: Cell[][] = [
      ["序号", "申请人", "身份证号码", "品种", "数量（亩）", "补贴金额（元）"],
      [1, "张三", "110101199003071234", "蔬菜", 10, 1000],
      [2, "李四", "110101198505062345", "蔬菜", 8, 800],
      [3, "王五", "110101197712013456", "柑橘", 12, 1200],
      [4, "赵六", "110101196809084567", "柑橘", 5, 500],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)[3]).not.toBe("category");
  });
});

describe("register: the lead firm (牵头单位) beside its credit code is the enterprise, its consortium the project, the central support the base", () => {
  it("牵头企业 | 统一社会信用代码 | 所在镇 | 创新联合体名称: the lead firm is paid, the consortium is its project", () => {
    const values: Cell[][] = [
      ["某市创新联合体拟支持名单", null, null, null, null, null, null],
      ["序号", "牵头企业", "统一社会信用代码", "所在镇", "创新联合体名称", "支持事项", "支持金额（万元）"],
      [1, "甲半导体设备有限公司", "91320583MA1N8F3K4E", "甲镇", "半导体装备创新联合体", "省级创新联合体支持", 200],
      [2, "乙医疗器械有限公司", "91320583MAC3RT6Q0E", "乙镇", "医疗器械创新联合体", "市级创新联合体支持", 100],
      [3, "丙光电科技有限公司", "91320583MA27WY5L91", "丙镇", "显示材料创新联合体", "市级创新联合体支持", 100],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "creditCode", "registeredIn", "project", "item", "approved"]);
  });

  it("another order and wording: 联合体名称 | 牵头单位 | 信用代码, the lead unit still the enterprise", () => {
    const values: Cell[][] = [
      ["某县联合体奖励名单", null, null, null, null],
      ["序号", "联合体名称", "牵头单位", "信用代码", "奖励金额（万元）"],
      [1, "新材料产业联合体", "甲新材料有限公司", "91320583MA1N8F3K4E", 50],
      [2, "智能装备产业联合体", "乙智能装备有限公司", "91320583MAC3RT6Q0E", 30],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "project", "enterprise", "creditCode", "approved"]);
  });

  it("guard: a 牵头单位 of departments with no credit code beside it is no applicant", () => {
    const values: Cell[][] = [
      ["某县项目资金安排表", null, null, null],
      ["序号", "项目名称", "牵头单位", "补助金额（万元）"],
      [1, "图书馆改造项目", "县文旅局", 50],
      [2, "农村道路养护项目", "县交通局", 30],
    ];
    for (const t of tables(values)) expect(fields(t)).not.toContain("enterprise");
  });

  const matching = (name: string, rate: number, cap: number, base: string) => ({
    name: "目录",
    origin: "file" as const,
    items: [{ name, code: null, category: null, capType: "rate" as const, capAmount: cap, rate, base, document: null, year: null }],
  });

  it("牵头单位 | 统一社会信用代码 | … | 中央支持额度 | 省级补助: a 20% match of central support, at most 100万元, checked", () => {
    const values: Cell[][] = [
      ["2022年工业互联网领域专项资金支持项目省级补助拟支持名单", null, null, null, null, null, null],
      [null, null, null, null, null, null, "单位：万元"],
      ["序号", "牵头单位", "统一社会信用代码", "所在市（地）", "项目名称", "中央支持额度", "省级补助"],
      [1, "甲智造科技有限公司", "91230109MA18X7K2PT", "哈尔滨市", "装备制造工业互联网平台项目", 300, 60],
      // 20% × 450 = 90, granted 95.
      [2, "乙重装数联科技有限公司", "91230200MA1C0G8R34", "齐齐哈尔市", "远程运维服务平台项目", 450, 95],
      // 20% × 700 = 140, capped at 100, granted 120.
      [3, "丙农机云科技有限公司", "91230800MA1B6P2T4K", "佳木斯市", "工业互联网安全监测项目", 700, 120],
      [4, "丁石化云联信息技术有限公司", "91230600MA1BQ4D720", "大庆市", "标识解析二级节点项目", 800, 100],
    ];
    const [t] = tables(values);
    expect(fields(t)[1]).toBe("enterprise");
    const r = audit({ sheets: [grid(values)], catalog: matching("工业互联网领域专项资金支持项目省级补助", 0.2, 1_000_000, "中央支持额度"), settings: { today: "2022-12-31" } });
    const read = r.tables[0];
    expect(read.columns.map((c) => c.field)).toEqual(["seq", "enterprise", "creditCode", "registeredIn", "project", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["G5"]);
    expect(ruleCells(r, "cap.exceeded")).toEqual(["G6"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("another wording: 牵头方 | 社会信用代码 | 项目 | 中央资金（万元） | 市级配套资金（万元）, a 30% match checked", () => {
    const values: Cell[][] = [
      ["某市智能制造项目市级配套补助名单", null, null, null, null, null],
      ["序号", "牵头方", "社会信用代码", "项目", "中央资金（万元）", "市级配套资金（万元）"],
      [1, "甲机械有限公司", "91230109MA18X7K2PT", "数字化车间项目", 100, 30],
      // 30% × 100 = 30, granted 40.
      [2, "乙电子有限公司", "91230200MA1C0G8R34", "智能工厂项目", 100, 40],
    ];
    const r = audit({ sheets: [grid(values)], catalog: matching("智能制造项目市级配套补助", 0.3, 500_000, "中央资金"), settings: { today: "2022-12-31" } });
    expect(r.tables[0].columns.map((c) => c.field)).toEqual(["seq", "enterprise", "creditCode", "project", "base", "approved"]);
    expect(ruleCells(r, "cap.rate-exceeded")).toEqual(["F4"]);
  });

  it("guard: with the catalog's item a fixed sum, the central support is no base", () => {
    const values: Cell[][] = [
      ["某市工业互联网项目奖励名单", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "牵头单位", "统一社会信用代码", "项目名称", "中央支持额度", "奖励金额"],
      [1, "甲智造科技有限公司", "91230109MA18X7K2PT", "平台项目", 300, 50],
      [2, "乙重装数联科技有限公司", "91230200MA1C0G8R34", "运维项目", 450, 50],
    ];
    const items = [{ name: "工业互联网项目奖励", code: null, category: null, capType: "fixed" as const, capAmount: 500_000, rate: null, base: null, document: null, year: null }];
    const r = audit({ sheets: [grid(values)], catalog: { name: "目录", origin: "file" as const, items }, settings: { today: "2022-12-31" } });
    expect(r.tables[0].columns.map((c) => c.field)).toEqual(["seq", "enterprise", "creditCode", "project", null, "approved"]);
  });
});

describe("composition: a 小计 right after the places, then kinds of money mostly blank", () => {
  // Counties, each its 小计 and figures in one or two kinds of award (the rest blank), a 合计 at the foot.
  const kinds: Cell[][] = [
    ["附件1", null, null, null, null],
    ["某市某年专项资金分配表", null, null, null, null],
    [null, null, null, null, "单位：万元"],
    ["县（市、区）", "小计", "甲类认证奖励", "乙类产品认证奖励", "丙类认证奖励"],
    ["甲区", 5, null, 5, null],
    ["乙区", 4, 4, null, null],
    // 8 + 5 = 13, typed 14.
    ["丙市", 14, 8, 5, null],
    ["丁县", 18, 4, 4, 10],
    // The 小计 column's lines as typed add up to 41; the 合计 states 40.
    ["合计", 40, 16, 14, 10],
  ];

  it("reads the 小计 as the amount and each kind as its part, and finds the slipped line and its foot", () => {
    const [t] = tables(kinds, ["A2:E2"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount", "amount"]);
    expect(t.columns.filter((c) => c.part?.of === 1).map((c) => c.col)).toEqual([2, 3, 4]);
    expect(ruleCells(run(kinds, ["A2:E2"]), "composition.total-mismatch").sort()).toEqual(["B7", "B9"]);
  });

  it("another wording: towns, a 小计 then subsidies by kind, no annex line", () => {
    const other: Cell[][] = [
      ["某县某年补助资金分配表", null, null, null],
      ["乡镇", "小计", "设施补助", "机具补贴"],
      ["甲镇", 30, 30, null],
      ["乙镇", 12, null, 12],
      ["丙镇", 25, 10, 15],
      ["合计", 67, 40, 27],
    ];
    const [t] = tables(other);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount"]);
    expect(t.columns.filter((c) => c.part?.of === 1).map((c) => c.col)).toEqual([2, 3]);
    expect(ruleCells(run(other), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: the 合计 column last keeps its reading, the kinds before it its parts", () => {
    const last: Cell[][] = [
      ["某市某年专项资金分配表", null, null, null],
      [null, null, null, "单位：万元"],
      ["县（市、区）", "甲类认证奖励", "乙类认证奖励", "合计"],
      ["甲区", 5, null, 5],
      ["乙区", 4, 6, 10],
      ["合计", 9, 6, 15],
    ];
    const [t] = tables(last);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", "amount", "amount"]);
    expect(t.columns[3].part).toBeUndefined();
    expect(t.columns.filter((c) => c.part?.of === 3).map((c) => c.col)).toEqual([1, 2]);
    expect(ruleCells(run(last), "composition.total-mismatch")).toEqual([]);
  });
});

describe("execution: a budget cell holding a dash (—, 无, 不适用) is no budget, not one of 0", () => {
  // A balance final account: transfer lines have no budget of their own (—); spending on them is measured against nothing.
  const balance = (mark: Cell): Cell[][] => [
    ["某市2020年一般公共预算收支决算表", null, null, null],
    [null, null, null, "单位：万元"],
    ["支出项目", "预算数", "决算数", "完成预算%"],
    ["一般公共预算支出", 2000, 1990, 99.5],
    ["上解上级支出", mark, 100, null],
    ["债务还本支出", mark, 180, null],
    ["支出总计", null, 2270, null],
  ];

  it("reports no overspending on lines whose budget is a dash", () => {
    const r = run(balance("—"));
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "input.unreadable-value")).toEqual([]);
  });

  it("another wording: 无 and 不适用 under 年度预算 | 实际支出 | 执行率, with a line whose budget is 无 and nothing spent", () => {
    const other: Cell[][] = [
      ["某县2022年专项资金预算执行情况表", null, null, null],
      ["单位：元", null, null, null],
      ["项目", "年度预算", "实际支出", "执行率"],
      ["农业发展资金", 50000, 49000, "98%"],
      ["调出资金", "无", 3000, "—"],
      ["补助下级支出", "不适用", 8000, null],
      ["其他支出", "无", 0, null],
    ];
    const r = run(other, [], "2022-12-31");
    for (const rule of ["execution.overspent", "execution.no-spending", "execution.behind-schedule", "execution.rate-mismatch"]) {
      expect(ruleCells(r, rule)).toEqual([]);
    }
  });

  it("a dash in a budget column across categories (预算数 by category) is no budget either", () => {
    const across: Cell[][] = [
      ["某单位2021年支出决算表", null, null, null, null, null, null],
      ["单位：万元", null, null, null, null, null, null],
      ["项目", "预算数", null, null, "决算数", null, null],
      [null, "合计", "基本支出", "项目支出", "合计", "基本支出", "项目支出"],
      ["甲项目", 100, 100, "—", 130, 100, 30],
      ["乙项目", 80, 40, 40, 80, 40, 40],
    ];
    const merges = ["A3:A4", "B3:D3", "E3:G3"];
    const r = run(across, merges, "2021-12-31");
    expect(ruleCells(r, "execution.overspent").filter((c) => c === "G5")).toEqual([]);
  });

  it("guard: a budget typed 0 with spending stays overspent", () => {
    expect(ruleCells(run(balance(0)), "execution.overspent")).toEqual(["C5", "C6"]);
  });

  it("guard: a dash in the rate column beside a budget stays silent, the line still measured", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "预算数", "决算数", "完成预算%"],
      ["甲支出", 100, 99, "—"],
      ["乙支出", 50, 60, "—"],
    ];
    const r = run(values, [], "2021-12-31");
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "input.unreadable-value")).toEqual([]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["C4"]);
  });
});

describe("a plan of projects under a 拟安排 / 安排 title: the body after the project carries it out", () => {
  it("reads 县区 | 项目名称 | 项目单位 | 拟安排资金 as an allocation by project, its 合计 checked", () => {
    const values: Cell[][] = [
      ["某市第一批某某专项资金拟安排项目表", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "县区", "项目名称", "项目单位", "拟安排资金"],
      [1, "甲区", "防潮堤项目", "甲区管委会", 500],
      [2, "乙县", "智能化改造项目", "乙县某某机械有限公司", 300],
      [3, "甲区", "冷链物流中心项目", "甲区某某物流有限公司", 250],
      [4, "丙县", "生态农业示范园项目", "丙县某某农业有限公司", 150],
      // 500 + 300 + 250 + 150 = 1,200; typed 1,100.
      ["合计", null, null, null, 1100],
    ];
    const [t] = tables(values, ["A1:E1", "A8:D8"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "category", "item", null, "amount"]);
    const r = run(values, ["A1:E1", "A8:D8"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E8"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("another wording: 项目名称 | 承担单位 | 安排资金 under a …资金安排项目表 title, no county", () => {
    const values: Cell[][] = [
      ["某省某某发展专项资金安排项目表", null, null, null],
      ["单位：万元", null, null, null],
      ["序号", "项目名称", "承担单位", "安排资金"],
      [1, "海水养殖苗种繁育基地", "某某水产科技有限公司", 120],
      [2, "检测认证公共服务平台", "某某检测中心", 80],
      [3, "新材料中试基地", "某某新材料有限公司", 100],
      ["合计", null, null, 300],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", null, "amount"]);
    const r = run(values);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual([]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("guard: firms first with their credit codes under a 拟安排 title stay a register of awards", () => {
    const values: Cell[][] = [
      ["某市某某奖励资金拟安排项目表", null, null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "项目名称", "拟安排资金（万元）"],
      [1, "某某机械有限公司", "91370500MA3C4XKW1T", "智能化改造项目", 50],
      [2, "某某物流有限公司", "91370500MA3C4XKW2R", "冷链物流项目", 30],
      [3, "某某农业有限公司", "91370500MA3C4XKW3P", "生态农业项目", 20],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 4)).toEqual(["enterprise", "creditCode", "project"]);
  });

  it("guard: a title naming the money arranged, no projects (…资金拟安排表), keeps 承担单位 beside its city as the payee", () => {
    const values: Cell[][] = [
      ["某省某某计划项目资金拟安排表", null, null, null, null],
      ["序号", "项目名称", "承担单位", "所在地市", "拟安排资金（万元）"],
      [1, "电驱系统关键技术研究", "某省汽车工程研究院", "甲市", 800],
      [2, "海洋牧场智能装备研发", "某海洋大学", "乙市", 650],
      [3, "先进陶瓷材料制备技术研究", "某新材料有限公司", "丙市", 700],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1)).toEqual(["project", "enterprise", "registeredIn", "approved"]);
  });

  it("guard: 项目名称 | 项目单位 | 资助金额 under no plan's title keeps the body as the payee", () => {
    const values: Cell[][] = [
      ["某市科技项目资助名单", null, null, null],
      ["序号", "项目名称", "项目单位", "资助金额（万元）"],
      [1, "新型传感器研发", "某某电子有限公司", 50],
      [2, "智能装备研发", "某某装备有限公司", 30],
      [3, "生物医药研发", "某某医药有限公司", 20],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1)).toEqual(["project", "enterprise", "approved"]);
  });
});

describe("composition: money set at the year's start (年初安排) is an allocation's amount", () => {
  it("reads 投向领域 | 年初安排 | 主要用途 as an allocation by area and sees its 合计 slip", () => {
    const values: Cell[][] = [
      ["某省某某重点任务专项资金安排情况表", null, null, null],
      [null, null, null, "单位：亿元"],
      ["序号", "投向领域", "年初安排", "主要用途"],
      [1, "产业发展", 30, "支持产业园区提质增效，建设8个主平台"],
      [2, "基础设施建设", 20, "市政设施和农村公路"],
      [3, "公共服务提升", 15, "教育、医疗服务能力建设"],
      ["合计", null, 60, null],
    ];
    const [t] = tables(values, ["A1:D1", "A7:B7"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "amount", null]);
    const r = run(values, ["A1:D1", "A7:B7"]);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["C7"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("another wording: 支出方向 | 年度安排数, the total agreeing", () => {
    const values: Cell[][] = [
      ["某市某某资金分配表", null, null],
      ["单位：万元", null, null],
      ["序号", "支出方向", "年度安排数"],
      [1, "农田建设", 500],
      [2, "种业振兴", 300],
      [3, "冷链物流", 200],
      ["合计", null, 1000],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: 年初安排 beside money spent stays an execution table's budget", () => {
    const values: Cell[][] = [
      ["单位：万元", null, null, null],
      ["项目", "年初安排", "已支出", "支出进度"],
      ["甲类资金", 200, 80, "40.0%"],
      ["乙类资金", 100, 90, "90.0%"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(1, 3)).toEqual(["initialBudget", "actual"]);
  });
});

describe("targets: the weights line names its total before the points (权重分值90分，其中…)", () => {
  const head: Cell[][] = [
    ["某项目绩效目标表", null, null, null, null, null, null],
    ["项目名称", "某管理经费", null, null, null, null, null],
    ["主管部门", "某局", null, null, null, null, null],
  ];
  const header: Cell[] = ["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位", "分值"];
  // 20 + 20 + 10 = 50 (产出) + 25 (效益) + 10 (满意度) = 85.
  const body: Cell[][] = [
    ["产出指标", "数量指标", "检查次数", "≥", 24, "次", 20],
    ["产出指标", "质量指标", "完成率", "=", 100, "%", 20],
    ["产出指标", "成本指标", "总成本", "≤", 3, "万元", 10],
    ["效益指标", "社会效益指标", "回收量增长率", "≥", 2, "%", 25],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥", 90, "%", 10],
  ];
  const merges = ["A1:G1", "B2:G2", "B3:G3", "A4:G4"];
  const at = (heading: string): Cell[][] => [...head, [heading, null, null, null, null, null, null], header, ...body];

  it("reports 85 against 权重分值90分 stated with the levels' points, at the weights line", () => {
    const values = at("绩效指标（权重分值90分，其中产出指标权重分值50分，效益指标权重分值30分，满意度指标权重分值10分）");
    expect(tables(values, merges).some((t) => t.kind === "targets")).toBe(true);
    expect(ruleCells(run(values, merges), "selfeval.weights")).toEqual(["A4"]);
  });

  it("another wording (年度绩效指标（总分值：100分）, unmerged) is read as its total", () => {
    const plain = merges.filter((m) => m !== "A4:G4");
    expect(ruleCells(run(at("年度绩效指标（总分值：100分）"), plain), "selfeval.weights")).toEqual(["A4"]);
    expect(ruleCells(run(at("年度绩效指标（分值85分）"), plain), "selfeval.weights")).toEqual([]);
  });

  it("guard: points agreeing with the weights line (权重分值85分，其中…) stay silent", () => {
    const values = at("绩效指标（权重分值85分，其中产出指标权重分值50分，效益指标权重分值25分，满意度指标权重分值10分）");
    expect(ruleCells(run(values, merges), "selfeval.weights")).toEqual([]);
  });
});

describe("register: an applied-for kind (申报类别) of kinds of firm in a list with no money is the category", () => {
  // A recognition-style summary of nominees (序号 | 区（市）县 | 企业名称 | 统一社会信用代码 | 申报类别 | 联系人), no amount:
  // each firm's 申报类别 (某某“双百”企业 / 某某示范企业) names the kind of firm it is put forward as, sorting the firms.
  const nominees = (heading: string, kinds: [string, string], money = false): Cell[][] => [
    ["某市支持某某企业开拓市场资金奖励项目推荐汇总表", null, null, null, null, ...(money ? [null] : [])],
    ["序号", "区（市）县", "企业名称", "统一社会信用代码", heading, ...(money ? ["奖励金额（万元）"] : ["联系人"])],
    [1, "甲区", "甲数字科技有限公司", "91510104MA6BW3K79A", kinds[0], money ? 20 : "王某"],
    [2, "乙区", "乙智联科技有限公司", "91510105MA62T8XQ41", kinds[1], money ? 20 : "李某"],
    [3, "丙区", "丙数据服务有限公司", "91510107MA6C1PR359", kinds[0], money ? 20 : "张某"],
    [4, "丁区", "丁文创科技有限公司", "91510108MA69UK2D8D", kinds[1], money ? 20 : "刘某"],
    [5, "戊区", "戊软件有限公司", "91510106MA6BK5QW3F", kinds[1], money ? 20 : "陈某"],
  ];

  it("申报类别 新经济“双百”企业 / 新经济示范企业: the category", () => {
    const r = run(nominees("申报类别", ["新经济“双百”企业", "新经济示范企业"]), ["A1:F1"]);
    const t = r.tables[0];
    expect(t.kind).toBe("register");
    expect(fields(t)[4]).toBe("category");
  });

  it("another wording: 专项类别 专精特新“小巨人”企业 / 省级专精特新企业: the category", () => {
    const r = run(nominees("专项类别", ["专精特新“小巨人”企业", "省级专精特新企业"]), ["A1:F1"]);
    expect(fields(r.tables[0])[4]).toBe("category");
  });

  it("guard: an applied-for kind naming undertakings (绿色化技术改造 / 创新能力提升) stays the item", () => {
    const r = run(nominees("申报类别", ["绿色化技术改造", "创新能力提升"]), ["A1:F1"]);
    expect(fields(r.tables[0])[4]).toBe("item");
  });

  it("guard: beside an award's money the applied-for kind of firm stays the item", () => {
    const r = run(nominees("申报类别", ["新经济“双百”企业", "新经济示范企业"], true), ["A1:F1"]);
    expect(fields(r.tables[0])[4]).toBe("item");
  });
});

describe("composition: a 资金来源 column of a few sources repeated beside projects is their category", () => {
  // An allocation by project (序号 | 项目名称 | 资金来源 | 资金规模 | 项目实施单位): the source each project's money comes from
  // (中央 / 自治区 / 中央、自治区), a few repeated, sorts the projects as a 资金级次 does.
  const plan = (heading: string, sources: string[]): Cell[][] => [
    ["某县2025年财政衔接推进乡村振兴补助资金分配表", null, null, null, null],
    ["序号", "项目名称", heading, "资金规模（万元）", "项目实施单位"],
    ["5个项目合计", null, null, 500, null],
    [1, "甲镇屠宰场项目", sources[0], 100, "甲镇人民政府"],
    [2, "乙镇食品加工厂项目", sources[1], 100, "乙镇人民政府"],
    [3, "丙乡苗圃基地项目", sources[1], 100, "丙乡人民政府"],
    [4, "丁镇供水管网改造项目", sources[2], 100, "丁镇人民政府"],
    [5, "戊镇道路硬化项目", sources[2], 100, "戊镇人民政府"],
  ];

  it("资金来源 中央 / 自治区 / 中央、自治区: the category, the line the project", () => {
    const values = plan("资金来源", ["中央、自治区", "中央", "自治区"]);
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 4)).toEqual(["item", "category", "amount"]);
    expect(ruleCells(run(values, ["A3:C3"]), "composition.total-mismatch")).toEqual([]);
  });

  it("another wording: 资金来源 中央资金 / 省级资金 / 市级资金: the category", () => {
    const [t] = tables(plan("资金来源", ["中央资金", "省级资金", "市级资金"]));
    expect(fields(t).slice(1, 4)).toEqual(["item", "category", "amount"]);
  });

  it("guard: one source on every line sorts nothing", () => {
    const [t] = tables(plan("资金来源", ["中央", "中央", "中央"]));
    expect(fields(t)[2]).toBe(null);
  });

  it("guard: towns left of the projects keep the category; the sources beside them stay unread", () => {
    const values: Cell[][] = [
      ["某县资金分配表", null, null, null, null],
      ["序号", "乡镇", "项目名称", "资金来源", "分配资金（万元）"],
      [1, "甲镇", "道路项目", "专项债券", 100],
      [2, "乙镇", "车间项目", "专项债券", 100],
      [3, "丙乡", "饮水项目", "省补助资金", 100],
      [4, "丁乡", "危房改造", "省补助资金", 100],
    ];
    const [t] = tables(values);
    expect(fields(t).slice(1, 4)).toEqual(["category", "item", null]);
  });
});

describe("composition: a total investment over 预算内 sources closed by 自筹, and a Corps regiment's projects", () => {
  const partOf = (t: RecognisedTable, col: number) => t.columns.find((c) => c.col === col)?.part?.of;

  it("总投资 over 资金来源 (中央预算内投资 | 省级预算内投资 | 自筹资金) is the amount, every source its part", () => {
    const values: Cell[][] = [
      ["某市2016年中央预算内投资社会事业项目下达情况表", null, null, null, null, null, null],
      ["单位：万元", null, null, null, null, null, null],
      ["序号", "项目类别", "项目个数", "总投资", "资金来源", null, null],
      [null, null, null, null, "中央预算内投资", "省级预算内投资", "自筹资金"],
      [1, "教育", 18, 1000, 700, 200, 100],
      [2, "卫生", 9, 500, 330, 150, 50],
      ["合计", null, 27, 1500, 1000, 350, 150],
    ];
    const merges = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(t.columns.find((c) => c.col === 3)?.aside).toBeFalsy();
    expect([4, 5, 6].map((c) => partOf(t, c))).toEqual([3, 3, 3]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["D6", "E7"]);
  });

  it("another wording: 计划总投资 over 中央预算内资金 | 省预算内资金 | 企业自筹", () => {
    const values: Cell[][] = [
      ["序号", "项目名称", "计划总投资（万元）", "资金来源", null, null],
      [null, null, null, "中央预算内资金", "省预算内资金", "企业自筹"],
      [1, "养老服务中心", 800, 500, 200, 100],
      [2, "社区卫生服务站", 400, 250, 100, 50],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:F1"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect([3, 4, 5].map((c) => partOf(t, c))).toEqual([2, 2, 2]);
  });

  it("guard: 预算内 sources that are levels of government with no 自筹 keep the fund as the amount", () => {
    const values: Cell[][] = [
      ["某省2019年某某专项中央预算内投资计划表", null, null, null, null, null],
      ["序号", "市", "总投资", "资金来源", null, null],
      [null, null, null, "中央预算内投资", "省财政专项", "市县投资"],
      [1, "甲市", 1000, 800, 120, 80],
      [2, "乙市", 600, 480, 70, 50],
      ["合计", null, 1600, 1280, 190, 130],
    ];
    const merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    const d = t.columns.find((c) => c.col === 3);
    expect(d?.field).toBe("amount");
    expect(d?.part).toBeUndefined();
  });

  it("a plan of projects under the Corps' regiments (实施单位 | 项目名称 | 任务类别), total row first, is an allocation", () => {
    const values: Cell[][] = [
      ["2026年某某补助资金分配方案及项目名称", null, null, null, null],
      ["序号", "实施单位", "项目名称", "任务类别", "下达资金（万元）"],
      ["合计", null, null, null, 1000],
      [1, "四团", "设施农业大棚提升项目", "少数民族发展任务", 400],
      [2, "四团", "连队道路硬化项目", "以工代赈任务", 200],
      [3, "十四团", "保鲜库建设项目", "少数民族发展任务", 300],
      [4, "十四团", "农田渠系配套项目", "以工代赈任务", 110],
    ];
    const merges = ["A1:E1", "A3:D3"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", null, "item", "category", "amount"]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E3"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
    expect(ruleCells(r, "register.duplicate")).toEqual([]);
  });

  it("another wording: 第一师五团 | 项目名称 | 资金类别 | 安排资金, total at the foot", () => {
    const values: Cell[][] = [
      ["序号", "实施单位", "项目名称", "资金类别", "安排资金（万元）"],
      [1, "第一师五团", "特色林果保鲜库", "衔接资金", 300],
      [2, "第一师五团", "渠系配套工程", "以工代赈", 120],
      [3, "第一师六团", "农产品加工车间", "衔接资金", 200],
      ["合计", null, null, null, 620],
    ];
    const [t] = tables(values, ["A5:D5"]);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 4)).toEqual([null, "item", "category"]);
  });

  it("guard: firms named before their projects with a category stay a register of awards", () => {
    const values: Cell[][] = [
      ["序号", "实施单位", "项目名称", "项目类别", "补助资金（万元）"],
      [1, "甲农业开发有限公司", "蔬菜大棚建设", "设施农业", 120],
      [2, "乙种植专业合作社", "冷库建设", "仓储保鲜", 80],
      [3, "丙食品有限公司", "加工车间改造", "农产品加工", 60],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(1, 3)).toEqual(["enterprise", "project"]);
  });
});

describe("execution: 会议费 and 培训费 shown beside the 三公 lines are no part of a 三公 合计", () => {
  const sections = (total: string, meeting: string, training: string, totalActual: number, numbered = true): Cell[][] => [
    ["某单位2022年度部门决算表", null, null],
    ["一般公共预算财政拨款三公经费、会议费、培训费支出决算表", null, null],
    [null, null, "单位：万元"],
    ["项目", "预算数", "决算数"],
    [total, 20, totalActual],
    [numbered ? "1.因公出国（境）费" : "因公出国（境）费", 2, 1.5],
    [numbered ? "2.公务用车购置及运行费" : "公务用车购置及运行费", 13, 12],
    [numbered ? "3.公务接待费" : "公务接待费", 5, 4],
    [meeting, 3, 2.9],
    [training, 6, 5.8],
  ];

  it("一、“三公”经费合计 then 二、会议费, 三、培训费: the 合计 sums its 三公 lines only", () => {
    const r = run(sections("一、“三公”经费合计", "二、会议费", "三、培训费", 17.5));
    expect(ruleCells(r, "execution.total-mismatch")).toEqual([]);
  });

  it("another wording (“三公”经费支出合计, no line numbered): a true slip in the 三公 合计 is still found", () => {
    const r = run(sections("“三公”经费支出合计", "会议费", "培训费", 18.5, false));
    expect(ruleCells(r, "execution.total-mismatch")).toEqual(["C5"]);
  });

  it("guard: a 合计 naming 会议费 and 培训费 too sums them", () => {
    const ok = run(sections("三公经费、会议费、培训费合计", "会议费", "培训费", 17.5, false));
    expect(ruleCells(ok, "execution.total-mismatch")).toEqual(["B5", "C5"]);
    const values = sections("三公经费、会议费、培训费合计", "会议费", "培训费", 26.2, false);
    values[4][1] = 29;
    expect(ruleCells(run(values), "execution.total-mismatch")).toEqual([]);
  });
});

describe("execution: revenue for the months so far beside the same months of last year", () => {
  it("reads 2024年1-9月 as the outcome and 2023年1-9月 as last year's comparison, no budget", () => {
    const values: Cell[][] = [
      ["某市2024年1-9月各县一般公共预算收入情况", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["地区", "2024年1-9月", "2023年1-9月", "增减", "增幅%"],
      ["全市", 86000, 80000, 6000, "7.5%"],
      ["其中：甲县", 21000, 20000, 1000, "5.0%"],
      ["乙县", 18000, 19000, -1000, "-5.3%"],
      ["丙县", 15000, 12000, 3000, "25.0%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "actual", null, null, null]);
    expect(t.columns[1].year).toBe(2024);
    const r = run(values);
    expect(ruleCells(r, "execution.overspent")).toEqual([]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual([]);
  });

  it("reads the same shape by revenue line with no change column (2022年1-11月 | 2021年1-11月 | 增长%)", () => {
    const values: Cell[][] = [
      ["某县2022年1-11月财政收入完成情况", null, null, null],
      ["项目", "2022年1-11月", "2021年1-11月", "增长%"],
      ["财政总收入", 52000, 50000, "4.0%"],
      ["税收收入", 30000, 31000, "-3.2%"],
      ["非税收入", 22000, 19000, "15.8%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "actual", null, null]);
    expect(ruleCells(run(values), "execution.overspent")).toEqual([]);
  });

  it("guard: a catalog of places and their caps keeps its reading", () => {
    const values: Cell[][] = [
      ["某省各市补贴政策一览表", null, null, null],
      ["地区", "支持标准", "最高金额（万元）", "补贴比例"],
      ["甲市", "按设备投资额给予补助", 200, "10%"],
      ["乙市", "按设备投资额给予补助", 150, "8%"],
      ["丙市", "按研发投入给予奖励", 100, "5%"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("catalog");
    expect((t as CatalogTable).items.length).toBe(3);
  });

  it("guard: a budget beside the months so far keeps the budget and reads the months as the outcome", () => {
    const values: Cell[][] = [
      ["某县2023年上半年一般公共预算收入执行情况", null, null, null],
      ["项目", "年初预算", "1-6月完成", "完成预算%"],
      ["一般公共预算收入", 100000, 52000, "52.0%"],
      ["税收收入", 70000, 36000, "51.4%"],
      ["非税收入", 30000, 16000, "53.3%"],
    ];
    const [t] = tables(values) as ExecutionTable[];
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "initialBudget", "actual", "rate"]);
  });
});

describe("a money-less list of firms applying for a fund (…专项资金申报企业初审名单: 企业名称 | 统一社会信用代码, no money)", () => {
  // huangpi-2021 (hundred-and-sixteenth holdout): the title's 资金 named the fund the firms applied to, and was taken
  // for a list giving money whose money column went unread, so the list was not found and its bad code unseen.
  it("is a register under …资金申报企业初审名单 with 所在街乡, 项目名称 and a 备注 of 符合; the bad code is found", () => {
    const values: Cell[][] = [
      ["某区2021年工业技术改造专项资金申报企业初审名单", null, null, null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "所在街乡", "项目名称", "备注"],
      [1, "某市甲光电有限公司", "91330782MA2HK7Q3LB", "甲街道", "精密加工智能制造改造项目", "符合"],
      // Its check character is H, not J.
      [2, "某市乙汽车部件有限公司", "91330784MA2KR1T6PJ", "乙街道", "模具车间改造项目", "符合"],
      [3, "某市丙装备有限公司", "91330783MA2JD5W8NH", "丙街道", "智能工厂改造升级项目", "符合"],
      ["公示时间：2021年2月20日—2月25日。如有异议，请向某区经信局反映。", null, null, null, null, null],
    ];
    const merges = ["A1:F1", "A6:F6"];
    const [t, ...rest] = tables(values, merges);
    expect(rest).toEqual([]);
    expect(t.kind).toBe("register");
    expect(t.range.r0).toBe(1);
    expect(t.range.r1).toBe(4);
    expect(fields(t).slice(1, 3)).toEqual(["enterprise", "creditCode"]);
    const r = run(values, merges);
    expect(ruleCells(r, "register.invalid-credit-code")).toEqual(["C4"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("so is a 补助资金申请单位名单 with the code first and a repeat", () => {
    const values: Cell[][] = [
      ["2022年度某市中小企业发展补助资金申请单位名单", null, null],
      ["统一社会信用代码", "单位名称", "所在地"],
      ["91441900MA55X2R7HH", "东莞庚辛精密模具有限公司", "东莞市"],
      ["91441900MA56Y3T8JW", "东莞壬癸电子科技有限公司", "东莞市"],
      ["91441900MA55X2R7HH", "东莞庚辛精密模具有限公司", "东莞市"],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(0, 2)).toEqual(["creditCode", "enterprise"]);
    expect(ruleCells(run(values), "register.duplicate")).toEqual(["B5"]);
  });

  it("guard: a title giving money after the applying (…资金申报企业拟奖励名单) still finds no money-less register", () => {
    const values: Cell[][] = [
      ["某区2021年专项资金申报企业拟奖励名单", null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "备注"],
      [1, "某市甲光电有限公司", "91330782MA2HK7Q3LB", "符合"],
      [2, "某市丙装备有限公司", "91330783MA2JD5W8NH", "符合"],
    ];
    expect(tables(values).filter((t) => t.kind === "register")).toEqual([]);
  });
});

describe("composition: a project investment plan, 总投资 over its sources closed by local money, the title naming no fund", () => {
  const parts = (t: RecognisedTable) => t.columns.map((c) => (c.part ? `${c.part.of}${c.part.exhaustive ? "!" : "?"}` : null));

  it("reads 总投资 as the amount, 中央财政…资金 | 地方投资 under 资金来源 as all of it", () => {
    const values: Cell[][] = [
      ["某州节水灌溉示范项目投资计划表", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["序号", "县（市）", "总投资", "资金来源", null],
      [null, null, null, "中央财政水利资金", "地方投资"],
      ["", "合计", 5000, 4000, 1000],
      [1, "甲县", 2000, 1600, 400],
      [2, "乙县", 3100, 2400, 600],
    ];
    const merges = ["A1:E1", "A2:E2", "A3:A4", "B3:B4", "C3:C4", "D3:E3"];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "amount", "amount", "amount"]);
    expect(parts(t)).toEqual([null, null, null, "2!", "2!"]);
    expect(t.columns[2].aside).toBeFalsy();
    // 乙县 3100 against 2400 + 600; the 合计 against 2000 + 3100.
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["C5", "C7"]);
  });

  it("reads the same with 地方配套 last and 省级财政…资金 first, the total at the foot", () => {
    const values: Cell[][] = [
      ["某市高标准农田建设项目投资计划", null, null, null, null],
      [null, null, null, null, "单位：万元"],
      ["序号", "项目县", "计划总投资", "资金来源", null],
      [null, null, null, "省级财政专项资金", "地方配套"],
      [1, "甲县", 900, 700, 200],
      [2, "乙县", 600, 450, 150],
      ["合计", null, 1500, 1150, 350],
    ];
    const merges = ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "D3:E3"];
    const [t] = tables(values, merges);
    expect(fields(t).slice(2)).toEqual(["amount", "amount", "amount"]);
    expect(parts(t).slice(2)).toEqual([null, "2!", "2!"]);
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: a title naming the first source's fund (中央预算内投资计划表) keeps that fund the amount", () => {
    const values: Cell[][] = [
      ["某市2013年中央预算内投资计划表", null, null, null, null],
      ["单位：万元", null, null, null, null],
      ["序号", "县（区）", "总投资", "资金来源", null],
      [null, null, null, "中央预算内专项资金", "地方投资"],
      [1, "甲县", 1620, 1296, 324],
      [2, "乙县", 960, 768, 192],
      ["合计", null, 2580, 2064, 516],
    ];
    const merges = ["A1:E1", "A2:E2", "A3:A4", "B3:B4", "C3:C4", "D3:E3"];
    const [t] = tables(values, merges);
    expect(t.columns[2].aside).toBe(true);
    expect(t.columns[3].part).toBeUndefined();
  });
});

describe("catalog: objects an award goes to (奖补对象) beside their standards in prose", () => {
  const sheet = (values: Cell[][], name: string, merges: string[] = []) => grid(values, merges, name);
  const runBoth = (standards: Cell[][], list: Cell[][]) =>
    audit({ sheets: [sheet(standards, "补助标准"), sheet(list, "分配表")], settings: { today: "2023-12-31" } });
  const list: Cell[][] = [
    ["某市2021年奖补资金分配明细表", null, null, null, null],
    ["序号", "县（市、区）", "奖补对象", "奖补类别", "奖补资金（万元）"],
    [1, "东湖县", "东湖县", "先进县", 3000],
    [2, "北城区", "河口镇", "先进乡（镇）", 200],
    [3, "南山县", "南山县茶叶现代农业园区", "四星级园区", 900],
    [4, "西岭县", "西岭县蔬菜现代农业园区", "三星级园区", 600],
  ];

  it("序号 | 类别 | 奖补对象 | 补助标准 (每个一次性奖补…万元): a catalog, its objects the items, an award over its standard found", () => {
    const standards: Cell[][] = [
      ["某省奖补资金补助标准", null, null, null],
      ["序号", "类别", "奖补对象", "补助标准"],
      [1, "先进县乡", "先进县", "每个一次性奖补3000万元"],
      [2, "先进县乡", "先进乡（镇）", "每个一次性奖补200万元"],
      [3, "星级园区", "四星级园区", "每园一次性奖补800万元"],
      [4, "星级园区", "三星级园区", "每园一次性奖补600万元"],
    ];
    const [t] = tables(standards);
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["seq", "category", "item", "standard"]);
    const r = runBoth(standards, list);
    expect(r.findings.filter((f) => f.rule === "cap.exceeded").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["分配表!E5"]);
    expect(r.findings.filter((f) => f.rule === "cap.unknown-policy")).toEqual([]);
  });

  it("other wording and shape: 奖补对象 | 奖补标准 with 补差 and 每家奖励, no number or category", () => {
    const standards: Cell[][] = [
      ["奖补对象", "奖补标准"],
      ["先进县", "每个奖励3000万元"],
      ["先进乡（镇）", "每家奖励200万元"],
      ["四星级园区", "补差800万元"],
      ["三星级园区", "每园奖补600万元"],
    ];
    const [t] = tables(standards) as CatalogTable[];
    expect(t.kind).toBe("catalog");
    expect(fields(t)).toEqual(["item", "standard"]);
    expect(t.items.length).toBe(4);
    const r = runBoth(standards, list);
    expect(r.findings.filter((f) => f.rule === "cap.exceeded").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["分配表!E5"]);
  });

  it("guard: firms paid under 奖补对象 beside a figure standard and the money stay a register", () => {
    const values: Cell[][] = [
      ["某县2023年企业奖补资金分配表", null, null, null],
      ["序号", "奖补对象", "奖补标准（万元）", "奖补资金（万元）"],
      [1, "某某农业发展有限公司", 10, 10],
      [2, "某某食品有限公司", 10, 10],
      [3, "某某茶叶专业合作社", 5, 5],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
  });
});

describe("register: a higher level's grant (国拨经费, 中央财政拨款) beside the sum matched to it (拟匹配金额, 配套资金) is its base", () => {
  // A local match of a national grant is reckoned on that grant: the grant is the base, the match the award,
  // whether or not the match's heading names its own level.
  it("经费 over 国拨经费 | 拟匹配金额: the national grant is the base, the match the award", () => {
    const values: Cell[][] = [
      ["2023年度国家科技计划项目地方匹配资金拟匹配项目名单", null, null, null, null, null],
      ["单位：万元", null, null, null, null, null],
      ["序号", "国家项目编号", "项目名称", "承担单位", "经费", null],
      [null, null, null, null, "国拨经费", "拟匹配金额"],
      [1, "2023YFA0100100", "甲技术研究", "甲科技有限公司", 1000, 200],
      [2, "2023YFB0200200", "乙装备研制", "乙装备有限公司", 500, 100],
      [3, "2023YFC0300300", "丙材料研究", "丙材料有限公司", 300, 60],
    ];
    const r = run(values, ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"]);
    expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(fields(r.tables[0])).toEqual(["seq", null, "project", "enterprise", "base", "approved"]);
  });

  it("资金 over 中央财政拨款 | 区级配套资金, and flat 国拨经费（万元） | 匹配金额（万元）: the same, in other words", () => {
    const merged: Cell[][] = [
      ["2022年度国家重点研发计划项目区级配套资金名单", null, null, null, null],
      ["序号", "项目名称", "承担单位", "资金（万元）", null],
      [null, null, null, "中央财政拨款", "区级配套资金"],
      [1, "甲技术研究", "甲科技有限公司", 800, 80],
      [2, "乙装备研制", "乙装备有限公司", 500, 50],
    ];
    expect(fields(run(merged, ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "D2:E2"]).tables[0])).toEqual(["seq", "project", "enterprise", "base", "approved"]);
    const flat: Cell[][] = [
      ["项目名称", "承担单位", "国拨经费（万元）", "匹配金额（万元）"],
      ["甲技术研究", "甲科技有限公司", 600, 120],
      ["乙装备研制", "乙装备有限公司", 400, 80],
    ];
    expect(fields(run(flat).tables[0])).toEqual(["project", "enterprise", "base", "approved"]);
  });

  it("guards: 国拨经费 beside an award not named a match stays unread; two matches name no base", () => {
    const award: Cell[][] = [
      ["项目名称", "承担单位", "国拨经费（万元）", "补助金额（万元）"],
      ["甲技术研究", "甲科技有限公司", 600, 120],
      ["乙装备研制", "乙装备有限公司", 400, 80],
    ];
    expect(fields(run(award).tables[0])).toEqual(["project", "enterprise", null, "approved"]);
    const twoMatches: Cell[][] = [
      ["项目名称", "承担单位", "拟匹配金额（万元）", "已匹配金额（万元）"],
      ["甲技术研究", "甲科技有限公司", 120, 60],
      ["乙装备研制", "乙装备有限公司", 80, 40],
    ];
    expect(fields(run(twoMatches).tables[0])).not.toContain("base");
  });
});

describe("targets: a cost indicator named for a total (…资金总额) is an indicator, its 分值 counted", () => {
  // Under a side label stating the points (年度绩效指标（90分）, merged down the indicators), a 成本指标 naming the
  // money it caps (中央及省级专项资金总额 ≤…万元) ends in a total's word but states a target: it is a line of the
  // table, and its 分值 count towards the stated total.
  const sideLabelled = (label: string, cost: string, costWeight: number): Cell[][] => [
    ["某工程绩效目标表", null, null, null, null, null],
    ["主管部门", "某厅", null, "实施单位", "某县", null],
    [label, "一级指标", "二级指标", "三级指标", "指标值", "分值"],
    [null, "产出指标", "数量指标", "覆盖县数", "10个", 20],
    [null, null, "质量指标", "验收合格率", "100%", 20],
    [null, null, "成本指标", cost, "≤5000万元", costWeight],
    [null, "效益指标", "社会效益指标", "集中供水率", "≥90%", 30],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 20],
  ];
  const sideMerges = ["A1:F1", "B2:C2", "E2:F2", "A3:A8", "B4:B6"];

  it("reports 95 against 年度绩效指标（90分） with 中央及省级专项资金总额 scored 5, at the label", () => {
    const values = sideLabelled("年度绩效指标（90分）", "中央及省级专项资金总额", 5);
    const t = tables(values, sideMerges).find((x) => x.kind === "targets") as unknown as { rows: { name: string }[] };
    expect(t.rows.map((r) => r.name)).toContain("中央及省级专项资金总额");
    expect(ruleCells(run(values, sideMerges), "selfeval.weights")).toEqual(["A3"]);
  });

  it("another wording (项目资金合计, 绩效指标（100分）) counts the same way", () => {
    expect(ruleCells(run(sideLabelled("绩效指标（100分）", "项目资金合计", 15), sideMerges), "selfeval.weights")).toEqual(["A3"]);
    expect(ruleCells(run(sideLabelled("绩效指标（100分）", "项目资金合计", 10), sideMerges), "selfeval.weights")).toEqual([]);
  });

  it("guard: a 合计 line of the 分值 under the indicators stays a total, not an indicator", () => {
    const values: Cell[][] = [
      ...sideLabelled("指标（总分90分）", "单位成本", 0).slice(0, 8),
      [null, "合计", null, null, null, 90],
    ];
    values[5][5] = null;
    const merges = ["A1:F1", "B2:C2", "E2:F2", "A3:A9", "B4:B6"];
    const t = tables(values, merges).find((x) => x.kind === "targets") as unknown as { rows: { name: string }[] };
    expect(t.rows.map((r) => r.name)).not.toContain("合计");
    expect(ruleCells(run(values, merges), "selfeval.weights")).toEqual([]);
  });
});

describe("composition: short-named tasks before a column describing their works", () => {
  it("reads 建设任务 as the lines and leaves 主要建设内容 (works described at length) unread", () => {
    const values: Cell[][] = [
      ["某盟生态治理工程年度投资计划表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["序号", "建设任务", "主要建设内容", "总投资", "其中", null],
      [null, null, null, null, "中央预算内投资", "地方配套"],
      [null, "合计", null, 3000, 2100, 900],
      ["一", "造林任务", "人工造林2万亩，封山育林1.5万亩，退化林修复0.8万亩", 1500, 1000, 500],
      ["二", "草地任务", "围栏封育30万亩，人工饲草地1万亩，舍饲棚圈2万平方米", 1200, 900, 300],
      ["三", "管理费", null, 300, 200, 100],
    ];
    const [t] = tables(values, ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"]);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 3)).toEqual(["seq", "item", null]);
    expect(ruleCells(run(values, ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"]), "composition.total-mismatch")).toEqual([]);
  });

  it("reads 任务 as the lines beside 实施内容, the total slip reported", () => {
    const values: Cell[][] = [
      ["某县水土保持项目资金安排表", null, null, null],
      ["任务", "实施内容", "总投资（万元）", "备注"],
      ["合计", null, 900, null],
      ["坡耕地治理", "治理坡耕地面积1200亩，修建田间道路3.5公里，配套排水沟2公里", 400, null],
      ["小流域治理", "综合治理小流域面积12平方公里，新建谷坊20座，栽植水保林300亩", 350, null],
      ["监测设施", "新建水土保持监测点2处，购置监测设备一批并接入省级平台", 100, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 2)).toEqual(["item", null]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["C3"]);
  });

  it("guard: a few tasks repeated beside the works named apart keep the works as the lines", () => {
    const values: Cell[][] = [
      ["某县生态治理资金安排表", null, null],
      ["任务", "建设内容", "金额（万元）"],
      ["造林", "甲镇人工造林", 100],
      ["造林", "乙镇人工造林", 120],
      ["草原", "丙镇围栏封育", 80],
      ["草原", "丁镇人工种草", 60],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)[1]).toBe("item");
  });

  it("guard: a batch left of its content keeps the batch as the line", () => {
    const values: Cell[][] = [
      ["某市项目投资计划表", null, null],
      ["批次", "建设内容", "总投资（万元）"],
      ["第一批", "新建污水管网12公里，改造雨污分流3公里", 500],
      ["第二批", "新建提升泵站2座，改造老旧管网5公里", 300],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(0, 2)).toEqual(["item", null]);
  });
});

describe("composition: money sent down to villages under an allocation's title, the project, code and goal merged down", () => {
  const merged = ["A1:H1", "F3:F6", "G3:G6", "H3:H6"];
  const demo: Cell[][] = [
    ["某市2024年乡村振兴专项资金提前下达分配方案", null, null, null, null, null, null, null],
    ["序号", "镇街", "示范村名称", "类型", "下拨金额（万元）", "项目名称", "功能类科目", "绩效目标"],
    [1, "甲街道", "东山村", "2023年示范村", 300, "乡村振兴专项资金", "[2130126]农村社会事业", "完成当年度示范村建设项目，人居环境明显改善。"],
    [2, "乙镇", "西湖社区", "2023年示范村", 250, null, null, null],
    [3, "乙镇", "南北片", "2022年示范村", 120.5, null, null, null],
    [4, "丙镇", "北溪社区", "2022年示范村", 99.5, null, null, null],
    ["合计", null, null, null, 800, null, null, null],
  ];

  it("reads the villages headed 示范村名称 as the lines, whatever their names end in, and checks the foot", () => {
    const [t] = tables(demo, merged);
    expect(t.kind).toBe("composition");
    expect(fields(t)[2]).toBe("item");
    expect(fields(t)[4]).toBe("amount");
    const r = run(demo, merged);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E7"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith("register."))).toEqual([]);
  });

  it("reads communities paid under a 资金分配表 as lines though no heading names them villages", () => {
    const values: Cell[][] = [
      ["某区2023年美丽乡村建设资金分配表", null, null],
      ["镇街", "补助对象", "分配金额（万元）"],
      ["甲镇", "红星社区", 50],
      ["甲镇", "向阳村", 40],
      ["乙街道", "新民社区", 30],
      ["合计", null, 120],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });

  it("guard: the same villages under a 示范村名单 stay a register of them", () => {
    const values = demo.map((row, i) => (i === 0 ? ["某市2024年示范村名单", ...row.slice(1)] : row));
    const [t] = tables(values, merged);
    expect(t.kind).toBe("register");
  });

  it("guard: firms paid under an allocation's title stay a register of firms", () => {
    const values: Cell[][] = [
      ["某市2024年工业专项资金分配方案", null, null],
      ["镇街", "企业名称", "下拨金额（万元）"],
      ["甲镇", "某某机械有限公司", 50],
      ["乙镇", "某某电子有限公司", 40],
      ["合计", null, 90],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("register");
  });
});

describe("register: 所属 + a level of place (所属设区市 | 所属县（市、区）) names where the firm is, one place", () => {
  const placed = (values: Cell[][], district: string, merges: string[] = []) =>
    audit({
      sheets: [grid(values, merges)],
      settings: { today: "2024-12-31", district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });
  const within = (t: RecognisedTable) => t.columns.map((c) => c.within ?? null);

  it("序号 | 企业名称 | 所属设区市 | 所属县（市、区） with no money: the city and county one place, found at the city", () => {
    const values: Cell[][] = [
      ["浙江省2023年拟认定科技型中小企业名单", null, null, null],
      ["序号", "企业名称", "所属设区市", "所属县（市、区）"],
      [1, "甲智能装备有限公司", "杭州市", "余杭区"],
      [2, "乙新材料有限公司", "宁波市", "慈溪市"],
      [3, "丙电子科技有限公司", "苏州市", "昆山市"],
      [4, "丁生物医药有限公司", "温州市", "瑞安市"],
    ];
    const r = placed(values, "浙江省", ["A1:D1"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "registeredIn"]);
    expect(within(t)).toEqual([null, null, null, 2]);
    // 苏州市昆山市 lies in 江苏: one finding, at the city's cell, none for a tax place.
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["C5"]);
  });

  it("序号 | 所在设区市 | 所在县（区） | 企业名称 | 补助金额: the places left of the firm, one place", () => {
    const values: Cell[][] = [
      ["2023年安徽省专精特新企业补助名单", null, null, null, null],
      ["序号", "所在设区市", "所在县（区）", "企业名称", "补助金额（万元）"],
      [1, "合肥市", "肥西县", "甲精密机械有限公司", 30],
      [2, "芜湖市", "鸠江区", "乙汽车部件有限公司", 30],
      [3, "南京市", "江宁区", "丙光电有限公司", 20],
    ];
    const r = placed(values, "安徽省", ["A1:E1"]);
    const [t] = r.tables;
    expect(t.kind).toBe("register");
    expect(fields(t).slice(0, 4)).toEqual(["seq", "registeredIn", "registeredIn", "enterprise"]);
    expect(within(t)).toEqual([null, null, 1, null, null]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["B5"]);
  });

  it("所属地区 | 所属县（市、区） read as the city and its county, not a tax place", () => {
    const values: Cell[][] = [
      ["2023年某省拟认定企业名单", null, null, null],
      ["序号", "企业名称", "所属地区", "所属县（市、区）"],
      [1, "甲智能装备有限公司", "杭州市", "余杭区"],
      [2, "乙新材料有限公司", "宁波市", "慈溪市"],
      [3, "丙电子科技有限公司", "温州市", "瑞安市"],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "registeredIn"]);
    expect(within(t)).toEqual([null, null, null, 2]);
  });

  it("guard: 所属设区市 beside 纳税地 stays two places, the tax one judged on its own", () => {
    const values: Cell[][] = [
      ["序号", "企业名称", "所属设区市", "纳税地", "扶持金额（万元）"],
      [1, "甲科技有限公司", "杭州市", "杭州市", 10],
      [2, "乙科技有限公司", "宁波市", "上海市", 10],
    ];
    const r = placed(values, "浙江省");
    const [t] = r.tables;
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "taxRegisteredIn", "approved"]);
    expect(within(t)).toEqual([null, null, null, null, null]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["D3"]);
  });
});

describe("composition: money by year, the years as lines, a total column over its 其中 sources", () => {
  const merges = ["A3:A4", "B3:B4", "C3:D3"];
  it("reads 年度 | 合计 | 其中 中央 | 省级 by year as a composition, both total slips reported", () => {
    const values: Cell[][] = [
      ["某省2021—2023年衔接资金投入情况表", null, null, null],
      [null, null, null, "单位：亿元"],
      ["年度", "合计", "其中", null],
      [null, null, "中央资金", "省级资金"],
      ["2021年", 30, 20, 10],
      ["2022年", 33, 21, 12],
      ["2023年", 35, 22, 12],
      ["合计", 97, 63, 34],
    ];
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)[0]).toBe("item");
    expect(ruleCells(run(values, merges), "composition.total-mismatch").sort()).toEqual(["B7", "B8"]);
  });

  it("reads a 年份 column of bare years with 资金总额 and its sources, no 其中 row, the slipped foot reported", () => {
    const values: Cell[][] = [
      ["某市三年专项资金投入表（单位：万元）", null, null, null],
      ["年份", "资金总额", "中央补助", "市级配套"],
      [2022, 500, 300, 200],
      [2023, 610, 400, 210],
      ["合计", 1120, 700, 410],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    // The foot misses both its sources and the years: one cell, however many ways it is found wrong.
    expect([...new Set(ruleCells(run(values), "composition.total-mismatch"))]).toEqual(["B5"]);
  });

  it("guard: final accounts by year (年度 | 预算数 | 决算数) stay an execution table", () => {
    const values: Cell[][] = [
      ["某单位“三公”经费决算情况表", null, null],
      ["单位：万元", null, null],
      ["年度", "预算数", "决算数"],
      ["2021年", 50, 45],
      ["2022年", 48, 40],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("execution");
  });
});

describe("register: a money-less list of counties or towns under the city holding each, with a kind column (learn l120d)", () => {
  const checked = (values: Cell[][], merges: string[], district: string) =>
    audit({
      sheets: [grid(values, merges)],
      settings: { today: "2023-12-31", district },
      geography: geographyFor(district, index(), (p) => readAsset(p)),
    });

  it("序号 | 市（州） | 县（市、区） | 类别 under …先进县和…进位县名单: the counties are its bodies, an outside city and a repeat caught", () => {
    const values: Cell[][] = [
      ["贵州省2020年度县域经济发展先进县和进步县名单", null, null, null],
      ["序号", "市（州）", "县（市、区）", "类别"],
      [1, "遵义市", "仁怀市", "先进县"],
      [2, "毕节市", "威宁县", "先进县"],
      [3, "昭通市", "盘州市", "先进县"],
      [4, "黔南布依族苗族自治州", "福泉市", "进步县"],
      [5, "毕节市", "威宁县", "先进县"],
    ];
    const r = checked(values, ["A1:D1"], "贵州省");
    const t = r.tables[0];
    expect(t?.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "registeredIn", "enterprise", "category"]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual(["B5"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["C7"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("县（市、区） | 所属市 | 类型 under …县（市、区）名单, the county first: the same reading, a repeat caught", () => {
    const values: Cell[][] = [
      ["四川省2022年度县域经济发展强县（市、区）名单", null, null, null],
      ["序号", "县（市、区）", "所属市", "类型"],
      [1, "双流区", "成都市", "强县"],
      [2, "江油市", "绵阳市", "强县"],
      [3, "射洪市", "遂宁市", "先进县"],
      [4, "西昌市", "凉山彝族自治州", "先进县"],
      [5, "江油市", "绵阳市", "强县"],
    ];
    const r = checked(values, ["A1:D1"], "四川省");
    const t = r.tables[0];
    expect(t?.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "enterprise", "registeredIn", "category"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B7"]);
    expect(ruleCells(r, "register.ineligible-location")).toEqual([]);
  });

  it("guard: firms by county under a …企业名单 keep the firm as the body, the county its place", () => {
    const values: Cell[][] = [
      ["某市2022年农业产业化龙头企业名单", null, null, null],
      ["序号", "县（市、区）", "企业名称", "主导产业"],
      [1, "甲县", "甲县绿源农业有限公司", "粮油"],
      [2, "乙县", "乙县丰达食品有限公司", "畜禽"],
      [3, "甲县", "甲县山泉茶业有限公司", "茶叶"],
    ];
    const t = tables(values, ["A1:D1"]).find((x) => x.kind === "register");
    expect(t && fields(t).slice(1, 3)).toEqual(["registeredIn", "enterprise"]);
  });

  it("guard: a bare list of county names under such a title stays no table", () => {
    const values: Cell[][] = [
      ["某省2021年度县域经济先进县名单", null],
      ["序号", "县（市、区）"],
      [1, "甲县"],
      [2, "乙县"],
      [3, "丙县"],
    ];
    expect(tables(values, ["A1:B1"]).filter((t) => t.kind === "register")).toEqual([]);
  });

  it("guard: counties under their city with money in the title (…奖励资金分配表) keep the allocation's reading", () => {
    const values: Cell[][] = [
      ["某省2021年度县域经济先进县奖励资金分配表", null, null, null],
      [null, null, null, "单位：万元"],
      ["序号", "市（州）", "县（市、区）", "奖励资金"],
      [1, "甲市", "甲县", 500],
      [2, "甲市", "乙县", 300],
      [3, "乙市", "丙县", 200],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t?.kind).toBe("composition");
    expect(fields(t)[2]).toBe("item");
  });
});

describe("composition: areas named before a column listing what each takes in", () => {
  it("reads 重点片区 as the lines and leaves 涉及行政村 (villages listed) unread, the slipped line reported", () => {
    const values: Cell[][] = [
      ["某市重点片区典型村培育资金分配方案", null, null, null, null, null],
      ["序号", "重点片区", "涉及行政村", "村数（个）", "补贴标准（万元/村）", "下拨资金（万元）"],
      [1, "东—西片区", "东村、西村", 2, 150, 300],
      [2, "南—北片区", "南村、北村", 2, 150, 200],
      [3, "上—下片区", "上村、下村", 2, 150, 300],
      ["合计", null, null, 6, null, 800],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", null, "quantity", "unitAmount", "amount"]);
    expect(ruleCells(run(values), "composition.line-mismatch")).toEqual(["F4"]);
  });

  it("reads 片区名称 as the lines beside 包含村, one village named on one line", () => {
    const values: Cell[][] = [
      ["某县乡村振兴示范片区资金分配表", null, null],
      ["片区名称", "包含村", "分配资金（万元）"],
      ["河东片区", "甲村、乙村、丙村", 300],
      ["河西片区", "丁村", 100],
      ["山南片区", "戊村，己村", 200],
      ["合计", null, 600],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", null, "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });

  it("reads 区域 as the lines beside 覆盖乡镇", () => {
    const values: Cell[][] = [
      ["某市流域治理资金分配表", null, null],
      ["区域", "覆盖乡镇", "安排资金（万元）"],
      ["上游区域", "甲镇、乙镇", 500],
      ["中游区域", "丙镇、丁镇、戊镇", 400],
      ["下游区域", "己镇", 300],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", null, "amount"]);
  });

  it("reads 板块 (no heading word of a line) as the lines beside 涉及村, the total slip reported", () => {
    const values: Cell[][] = [
      ["某区农业板块资金分配表", null, null],
      ["板块", "涉及村", "分配资金（万元）"],
      ["东部板块", "甲村、乙村", 100],
      ["西部板块", "丙村、丁村", 200],
      ["北部板块", "戊村", 50],
      ["合计", null, 400],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", null, "amount"]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["C6"]);
  });

  it("guard: a text column right of 板块 naming no listing keeps being read as the line", () => {
    const values: Cell[][] = [
      ["某区农业板块资金分配表", null, null],
      ["板块", "村", "分配资金（万元）"],
      ["东部板块", "甲村", 100],
      ["东部板块", "乙村", 200],
      ["西部板块", "丙村", 50],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "amount"]);
  });

  it("guard: villages one a line right of their towns are still the lines", () => {
    const values: Cell[][] = [
      ["某县美丽乡村建设资金分配表", null, null],
      ["乡镇", "行政村", "补助资金（万元）"],
      ["甲镇", "东村", 50],
      ["甲镇", "西村", 60],
      ["乙镇", "南村", 40],
      ["乙镇", "北村", 70],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["category", "item", "amount"]);
  });
});

describe("composition: a balance left beside a total and its sources is no part of it", () => {
  it("reads 结余资金 after 实发资金合计 | its sources as a further column, its foot still checked", () => {
    const values: Cell[][] = [
      ["某市困难儿童生活补助资金发放情况表", null, null, null, null, null],
      ["县(市、区)", "实发人数(人)", "实发资金合计(万元)", "中央和省级补助资金(万元)", "县级配套资金(万元)", "结余资金(万元)"],
      ["甲县", 120, 30.5, 28, 2.5, 1.2],
      ["乙县", 80, 20, 19, 1, 0.6],
      ["丙县", 60, 15.2, 15.2, 0, 0.9],
      ["合计", 260, 65.7, 62.2, 3.5, 3.7],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(t.columns[5].field).toBe("amount");
    expect(t.columns[5].part).toBeUndefined();
    expect(t.columns[3].part?.of).toBe(2);
    // 1.2 + 0.6 + 0.9 = 2.70, typed 3.70: the balance's own foot is checked.
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["F6"]);
  });

  it("another wording (支出合计 | 中央补助 | 省级补助 | 剩余资金) keeps the sources' slip and no false one", () => {
    const values: Cell[][] = [
      ["某县项目资金支出情况表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["项目名称", "支出合计", "中央补助", "省级补助", "剩余资金", "备注"],
      ["道路改造", 100, 60, 40, 5, null],
      ["水渠修缮", 80, 50, 20, 10, null],
      ["合计", 180, 110, 60, 15, null],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(t.columns[4].part).toBeUndefined();
    // 水渠修缮 80 where 50 + 20 = 70; the 剩余资金 10 would have hidden it.
    expect(t.columns[4].field).toBe("amount");
    // The row slip, and the foot 180 against its lines (100 + 80) agreeing but not its sources (110 + 60).
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["B5", "B6"]);
  });

  it("guard: a third source after the total (县级配套, no balance) stays one of its parts", () => {
    const values: Cell[][] = [
      ["某县补助资金安排表", null, null, null, null],
      ["县(市、区)", "资金合计(万元)", "中央资金(万元)", "省级资金(万元)", "县级配套资金(万元)"],
      ["甲县", 50, 30, 15, 5],
      ["乙县", 30, 20, 8, 2],
      ["合计", 80, 50, 23, 7],
    ];
    const [t] = tables(values);
    expect(t.kind).toBe("composition");
    expect(t.columns.slice(2).map((c) => c.part?.of)).toEqual([1, 1, 1]);
    expect(ruleCells(run(values), "composition.total-mismatch")).toEqual([]);
  });
});

describe("register: a list of industrial clusters with their place and leading body (learn l120e)", () => {
  const read = (t: RecognisedTable) => t.columns.map((c) => c.field);

  it("序号 | 集群名称 | 所在地区 | 牵头单位（集群促进机构） under …集群公示名单: the clusters are its bodies, the leading body unread", () => {
    const values: Cell[][] = [
      ["附件", null, null, null],
      ["某年某省先进制造业集群公示名单", null, null, null],
      ["序号", "集群名称", "所在地区", "牵头单位（集群促进机构）"],
      [1, "甲市新能源汽车产业集群", "甲市", "甲市新能源汽车产业发展促进中心"],
      [2, "甲市智能传感器产业集群", "甲市", "甲市传感谷发展服务中心"],
      [3, "乙市高端轴承产业集群", "乙市", "乙市轴承产业协会"],
      [4, "甲市新能源汽车产业集群", "甲市", "甲市汽车行业协会"],
    ];
    const [t] = tables(values, ["A2:D2"]);
    expect(t.kind).toBe("register");
    expect(read(t)).toEqual(["seq", "enterprise", "registeredIn", null]);
    const r = run(values, ["A2:D2"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["B7"]);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual([]);
  });

  it("other wording and shape: 产业集群名称 | 所在地 | 促进机构 under …集群培育名单, no 序号, nothing to report", () => {
    const values: Cell[][] = [
      ["某省战略性新兴产业集群培育名单", null, null],
      ["产业集群名称", "所在地", "促进机构"],
      ["甲市纺织服装产业集群", "甲市", "甲市纺织服装行业协会"],
      ["乙县化工新材料产业集群", "乙县", "乙县化工新材料产业联盟"],
      ["丙区电子信息产业集群", "丙区", "丙区电子信息产业促进会"],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(t.kind).toBe("register");
    expect(read(t)).toEqual(["enterprise", "registeredIn", null]);
    // No district set: the default's places are judged, so only repeats and caps are looked at here.
    expect(run(values, ["A1:C1"]).findings.filter((f) => f.rule === "register.duplicate" || f.rule.startsWith("cap."))).toEqual([]);
  });

  it("guard: cluster names beside their leading body alone (no place) stay unread", () => {
    const values: Cell[][] = [
      ["某省产业集群名单", null, null],
      ["序号", "集群名称", "牵头单位"],
      [1, "甲市纺织服装产业集群", "甲市纺织服装行业协会"],
      [2, "乙县化工新材料产业集群", "乙县化工新材料产业联盟"],
      [3, "甲市纺织服装产业集群", "甲市服装商会"],
    ];
    expect(tables(values, ["A1:C1"]).filter((t) => t.kind === "register")).toEqual([]);
  });

  it("guard: money allocated among counties' clusters (…集群奖补资金分配表: 所在县区 | 集群名称) is no register", () => {
    const values: Cell[][] = [
      ["某省产业集群奖补资金分配表", null, null, null],
      ["序号", "所在地区", "集群名称", "奖补资金（万元）"],
      [1, "甲市", "甲市纺织服装产业集群", 100],
      [2, "乙县", "乙县化工新材料产业集群", 100],
      ["合计", null, null, 200],
    ];
    expect(tables(values, ["A1:D1"]).map((t) => t.kind)).not.toContain("register");
  });
});

describe("register: the kind of thing each payee put in service, beside its count and money", () => {
  const list = (kindHeading: string, kinds: string[]): Cell[][] => [
    ["某市2024年度新能源车辆推广应用补助资金拟补助名单", null, null, null, null],
    ["申报单位", "统一社会信用代码", kindHeading, "推广数量（辆）", "拟补助资金（万元）"],
    ["甲运输有限公司", "91210213MA0Y4N7C23", kinds[0], 10, 300],
    ["乙公交有限公司", "91210211MA0X6P8D5A", kinds[1], 20, 400],
    ["丙环卫有限公司", "91210204MA0U8T3F1F", kinds[2], 6, 150],
    ["丁冷链有限公司", "91210212MA0T5K6H3Y", kinds[3], 15, 120],
  ];

  it("reads 车辆种类 (a kind of vehicle on each row) as the category, the amounts unchecked once", () => {
    const values = list("车辆种类", ["重型运输车", "大中型客车", "洗扫车", "轻型厢式货车"]);
    const [t] = tables(values);
    expect(t.kind).toBe("register");
    expect(fields(t).slice(0, 3)).toEqual(["enterprise", "creditCode", "category"]);
    const r = run(values);
    expect(ruleCells(r, "cap.unknown-policy")).toEqual(["E3"]);
  });

  it("reads 设备类别 and 车型 alike, a kind repeated or not", () => {
    for (const h of ["设备类别", "车型"]) {
      const values = list(h, ["洗扫车", "洗扫车", "吸尘车", "清障车"]);
      const [t] = tables(values);
      expect(fields(t)[2]).toBe("category");
      expect(ruleCells(run(values), "cap.unknown-policy")).toEqual(["E3"]);
    }
  });

  it("guard: a kind column whose values are catalog items is the item", () => {
    const values = list("车辆种类", ["燃料电池客车推广补助", "燃料电池客车推广补助", "燃料电池货车推广补助", "燃料电池货车推广补助"]);
    const catalog = {
      name: "目录",
      origin: "file" as const,
      items: ["燃料电池客车推广补助", "燃料电池货车推广补助"].map((name) => ({ name, code: null, category: null, capType: "max" as const, capAmount: 3_500_000, rate: null, document: null, year: null })),
    };
    const r = audit({ sheets: [grid(values)], catalog, settings: { today: "2024-12-31" } });
    const t = r.tables.find((x) => x.kind === "register");
    expect(t && fields(t)[2]).toBe("item");
    expect(ruleCells(r, "cap.exceeded")).toEqual(["E4"]);
  });

  it("guard: an award's kind (奖补类别) and a project's name keep their readings", () => {
    const values: Cell[][] = [
      ["某市2024年度工业发展资金拟奖补名单", null, null, null],
      ["申报单位", "项目名称", "奖补类别", "拟补助资金（万元）"],
      ["甲运输有限公司", "氢能重卡购置项目", "技术改造奖补", 300],
      ["乙公交有限公司", "燃料电池客车更新项目", "首台套奖励", 400],
    ];
    const [t] = tables(values);
    expect(fields(t)).toEqual(["enterprise", "project", "item", "approved"]);
  });
});

describe("composition: each kind's projects listed beside their count, the kind the line", () => {
  const summary = (heads: string[], lists: string[], counts: number[]): Cell[][] => [
    ["某市2023年度集中开工项目投资情况表", null, null, null, null, null],
    [null, null, null, null, null, "单位：亿元"],
    ["序号", ...heads],
    ["一", "产业项目", lists[0], counts[0], 19.17, 11.12],
    ["二", "民生项目", lists[1], counts[1], 35.59, 3.36],
    ["三", "基础设施项目", lists[2], counts[2], 7.1, 2.7],
    ["合计", null, null, counts[0] + counts[1] + counts[2], 61.86, 17.45],
  ];
  const lists = [
    "甲产业园二期（研发中心、检测平台）、乙基地（一期）、丙供气系统、丁科研中心",
    "甲消防站、乙公墓修建工程（二期）、丙幼儿园分园、丁医院建设工程、戊教育工程、己村水美乡村工程",
    "甲海岛生态修复、乙污水处理工程、丙路网工程（一期）",
  ];

  it("reads 项目类别 as the line, not 主要项目 (several projects a cell) beside 项目个数", () => {
    const values = summary(["项目类别", "主要项目", "项目个数", "总投资", "年度计划投资"], lists, [5, 6, 3]);
    const [t] = tables(values, ["A1:F1", "A7:C7"]);
    expect(t.kind).toBe("composition");
    expect(fields(t).slice(1, 4)).toEqual(["item", null, "quantity"]);
    // The amounts still add up: only the planned 合计 is off (3.36 typed for 3.63).
    expect(ruleCells(run(values, ["A1:F1", "A7:C7"]), "composition.total-mismatch")).toEqual(["F7"]);
  });

  it("reads 类型 beside 包含项目 | 个数 (names split by 、 in each) alike", () => {
    const short = ["甲园区、乙基地、丙系统", "甲站、乙工程、丙分园、丁工程", "甲修复、乙工程、丙路网"];
    const values = summary(["类型", "包含项目", "个数", "总投资", "年度计划投资"], short, [3, 4, 3]);
    const [t] = tables(values, ["A1:F1", "A7:C7"]);
    expect(fields(t).slice(1, 4)).toEqual(["item", null, "quantity"]);
  });

  it("guard: one project a cell (no listing) keeps the project the line, the kind its category", () => {
    const one = ["甲产业园二期（研发中心、检测平台）", "乙公墓修建工程（二期）", "丙路网工程（一期）"];
    const values = summary(["项目类别", "主要项目", "项目个数", "总投资", "年度计划投资"], one, [1, 1, 1]);
    const [t] = tables(values, ["A1:F1", "A7:C7"]);
    expect(fields(t).slice(1, 4)).toEqual(["category", "item", "quantity"]);
  });

  it("guard: more names listed than the count counts keeps the reading (the count is of something else)", () => {
    const values = summary(["项目类别", "主要项目", "项目个数", "总投资", "年度计划投资"], lists, [2, 2, 2]);
    const [t] = tables(values, ["A1:F1", "A7:C7"]);
    expect(fields(t).slice(1, 4)).toEqual(["category", "item", "quantity"]);
  });
});

describe("composition: a heading joining two levels of place names the lines, each a place written whole", () => {
  it("reads 乡镇、村 before 金额 | 建设项目 | 补助金额 as the lines, the works none, and checks the 合计 under both", () => {
    const values: Cell[][] = [
      ["附件1", null, null, null],
      ["2020年某市专项扶贫资金安排表", null, null, null],
      ["乡镇、村", "金额", "建设项目", "补助金额"],
      ["甲镇乙村", 4.5, "修复拦水坝3座，水圳350米。", 4.5],
      ["甲镇丙村", 3.5, "新建蓄水池及修复自来水管道。", 3.5],
      ["丁镇戊村", 4.5, "长约1公里，宽3.5米的道路硬化。", 4.5],
      ["合计", 12, null, 12],
    ];
    const [t] = tables(values, ["A2:D2"]);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["item", "amount", null, "amount"]);
    const r = run(values, ["A2:D2"]);
    expect(ruleCells(r, "composition.total-mismatch").sort()).toEqual(["B7", "D7"]);
    expect(ruleCells(r, "composition.line-mismatch")).toEqual([]);
  });

  it("reads 镇（村）, 乡镇/村 and 县、乡 alike, after a 序号 and before the works", () => {
    for (const [head, names] of [
      ["镇（村）", ["甲镇乙村", "丙镇丁村", "丙镇戊村"]],
      ["乡镇/村", ["甲镇乙村", "丙镇丁村", "丙镇戊村"]],
      ["县、乡", ["甲县乙乡", "甲县丙镇", "丁县戊乡"]],
    ] as [string, string[]][]) {
      const values: Cell[][] = [
        ["单位：万元", null, null, null],
        ["序号", head, "补助资金", "建设内容"],
        [1, names[0], 10, "修路1公里"],
        [2, names[1], 20, "修渠200米"],
        [3, names[2], 5, "建蓄水池1座"],
        ["合计", null, 30, null],
      ];
      const [t] = tables(values);
      expect(fields(t)).toEqual(["seq", "item", "amount", null]);
      expect(ruleCells(run(values), "composition.total-mismatch")).toEqual(["C6"]);
    }
  });

  it("guard: projects named left of the money keep the lines, a village beside each no line", () => {
    const values: Cell[][] = [
      ["某镇2021年项目资金分配表", null, null],
      ["乡镇、村", "项目名称", "金额"],
      ["甲镇乙村", "乙村道路硬化项目", 1],
      ["甲镇丙村", "丙村水渠修复项目", 2],
      ["丁镇戊村", "戊村蓄水池项目", 3],
    ];
    const [t] = tables(values);
    expect(fields(t)[1]).toBe("item");
    expect(fields(t)[0]).not.toBe("item");
  });

  it("guard: works under a joined heading, no cell a place written whole, are no lines", () => {
    const values: Cell[][] = [
      ["某市2021年资金分配表", null, null],
      ["乡镇、村", "金额", "建设项目"],
      ["修复拦水坝", 4.5, "甲镇乙村"],
      ["新建蓄水池", 3.5, "甲镇丙村"],
      ["道路硬化", 4.5, "丁镇戊村"],
    ];
    const [t] = tables(values);
    expect(fields(t)[2]).toBe("item");
    expect(fields(t)[0]).not.toBe("item");
  });
});

describe("execution: money done against its plan by kind, beside a count and a ratio proven by its values", () => {
  it("reads 计划补贴资金 | 已落实补贴资金 | 使用比例 (fractions) as an execution, its overspend and wrong ratio found", () => {
    const values: Cell[][] = [
      ["某县2015年农机购置补贴资金落实情况表", null, null, null, null, null],
      ["序号", "机具类别", "补贴机具（台）", "计划补贴资金", "已落实补贴资金", "使用比例"],
      [1, "甲类机械", 100, 500, 520, 1.04],
      [2, "乙类机械", 20, 200, 180, 0.9],
      [3, "丙类机械", 30, 300, 294, 0.88],
      ["合计", null, 150, 1000, 994, 0.994],
    ];
    const [t] = tables(values, ["A1:F1"]);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["seq", "category", null, "budget", "actual", "rate"]);
    const r = run(values, ["A1:F1"]);
    expect(ruleCells(r, "execution.overspent")).toEqual(["E3"]);
    expect(ruleCells(r, "execution.rate-mismatch")).toEqual(["F5"]);
  });

  it("reads 年度计划资金 | 已拨付补贴资金 | 落实比例（%） (percent figures) alike", () => {
    const values: Cell[][] = [
      ["某区补贴资金进展情况表（单位：万元）", null, null, null, null],
      ["补贴类别", "补助户数（户）", "年度计划资金", "已拨付补贴资金", "落实比例（%）"],
      ["甲类", 40, 80, 60, 75],
      ["乙类", 10, 50, 45, 90],
      ["丙类", 25, 120, 30, 25],
      ["合计", 75, 250, 135, 54],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(2)).toEqual(["budget", "actual", "rate"]);
    expect(ruleCells(run(values, ["A1:E1"]), "execution.rate-mismatch")).toEqual([]);
  });

  it("guard: a plan and a part of it (其中：中央资金) with their ratio stays a composition", () => {
    const values: Cell[][] = [
      ["某县2015年项目资金计划表", null, null, null, null],
      ["序号", "项目类别", "计划资金", "其中：中央资金", "中央资金比例"],
      [1, "甲类", 500, 400, 0.8],
      [2, "乙类", 200, 100, 0.5],
      [3, "丙类", 300, 150, 0.5],
      ["合计", null, 1000, 650, 0.65],
    ];
    expect(tables(values, ["A1:E1"]).map((t) => t.kind)).not.toContain("execution");
  });
});

describe("execution: the place each project lies in, beside the projects of an investment-progress table", () => {
  const progress = (placeHeading: string, places: string[]): Cell[][] => [
    ["某市2023年民生实事项目1-3月份进展情况表", null, null, null, null, null, null],
    [null, null, null, null, null, null, "单位：万元"],
    ["序号", "项目名称", placeHeading, "年度计划投资", "1-3月完成投资", "投资完成进度", "开工情况"],
    [1, "甲文体广场", places[0], 30, 30, "100.0%", "已开工"],
    [2, "乙健身中心", places[1], 60, 48, "80.0%", "已开工"],
    [3, "丙健身步道", places[2], 20, 8, "40.0%", "已开工"],
    [4, "丁健身广场", places[3], 15, 0, "0.0%", "未开工"],
    ["合计", null, null, 125, 96, "76.8%", "4个"],
  ];

  it("reads 所在县（市、区） as the group of the projects, each project still a line", () => {
    const values = progress("所在县（市、区）", ["甲区", "乙市", "丙县", "乙市"]);
    const [t] = tables(values, ["A1:G1"]);
    expect(t.kind).toBe("execution");
    expect(fields(t).slice(0, 6)).toEqual(["seq", "category", "level", "budget", "actual", "rate"]);
    expect(ruleCells(run(values, ["A1:G1"], "2023-03-31"), "execution.no-spending")).toEqual(["E7"]);
  });

  it("reads 所在地, 所在县区 and a bare 县区 alike, a place on every line or repeated", () => {
    for (const [h, places] of [
      ["所在地", ["甲区", "乙市", "丙县", "丁区"]],
      ["所在县区", ["甲区", "甲区", "丙县", "丙县"]],
      ["县区", ["甲区", "乙市", "乙市", "丁区"]],
    ] as const) {
      const [t] = tables(progress(h, [...places]), ["A1:G1"]);
      expect(t.kind).toBe("execution");
      expect(fields(t).slice(1, 3)).toEqual(["category", "level"]);
    }
  });

  it("guard: counties with no project column beside (县区 | 下达资金 | 已拨付资金) stay the lines", () => {
    const values: Cell[][] = [
      ["某市2023年某专项资金拨付情况表", null, null, null],
      ["县区", "下达资金", "已拨付资金", "拨付进度"],
      ["甲区", 100, 80, "80.0%"],
      ["乙市", 200, 150, "75.0%"],
      ["丙县", 50, 50, "100.0%"],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("execution");
    expect(fields(t)).toEqual(["category", "budget", "actual", "rate"]);
  });
});

describe("register: the body running a named show or event (展会名称 | 举办单位) right of it is the payee, the show its project", () => {
  // A fund for shows, events or contests lists each one by name, then the body holding it (举办单位, 主办单位, 承办单位,
  // 运营单位), then its figures and award. The thing named is what the award is for; the body right of it is paid.
  // Organisers may be firms, associations or centres: the headings decide, not the values.
  it("序号 | 展会名称 | 举办单位 | 届次 | 标准展位数（个） | 资助类别 | 资助金额（万元）", () => {
    const values: Cell[][] = [
      ["泉州市会展专项资金资助项目表", null, null, null, null, null, null],
      ["序号", "展会名称", "举办单位", "届次", "标准展位数（个）", "资助类别", "资助金额（万元）"],
      [1, "中国（泉州）国际石材博览会", "泉州海丝会展有限公司", "第3届", 900, "展览资助", 120],
      [2, "海峡（泉州）茶具博览会", "泉州茶具展览有限公司", "第2届", 500, "展览资助", 80],
      [3, "泉州国际车展", "泉州刺桐车展服务有限公司", "第6届", 1100, "展览资助", 150],
      ["合计", null, null, null, 2500, null, 350],
    ];
    const [t] = tables(values, ["A1:G1", "A6:D6"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "project", "enterprise", null, null, "item", "approved"]);
  });

  it("序号 | 活动名称 | 主办单位 | 补助金额（万元）, the organisers no firms", () => {
    const values: Cell[][] = [
      ["2024年度某区文体活动补助资金公示", null, null, null],
      ["序号", "活动名称", "主办单位", "补助金额（万元）"],
      [1, "某区半程马拉松", "某区体育总会", 20],
      [2, "某区非遗展演周", "某区文化艺术中心", 8],
      [3, "某区读书节", "某区图书馆学会", 5],
    ];
    const [t] = tables(values, ["A1:D1"]);
    expect(t.kind).toBe("register");
    expect(fields(t)).toEqual(["seq", "project", "enterprise", "approved"]);
  });

  it("赛事名称 | 承办单位 | 补助金额（万元）", () => {
    const values: Cell[][] = [
      ["2023年某市体育赛事扶持资金拟资助名单", null, null],
      ["赛事名称", "承办单位", "补助金额（万元）"],
      ["某市围棋公开赛", "某市棋院文化发展有限公司", 15],
      ["某湖自行车邀请赛", "某市骑行运动俱乐部", 12],
      ["某市龙舟赛", "某市水上运动协会", 9],
    ];
    const [t] = tables(values, ["A1:C1"]);
    expect(fields(t)).toEqual(["project", "enterprise", "approved"]);
  });

  it("guard: an exhibitor named (企业名称) before the show keeps the payee; the show's organiser right of it stays unread", () => {
    const values: Cell[][] = [
      ["2023年某区企业参展补助名单", null, null, null, null],
      ["企业名称", "展会名称", "主办单位", "补助类别", "补助金额（万元）"],
      ["某区精密机械有限公司", "中国国际工业博览会", "某国际展览有限公司", "境内参展", 3],
      ["某区纺织科技有限公司", "中国国际纺织面料博览会", "某纺织工业协会", "境内参展", 2.5],
      ["某区电子有限公司", "电子展", "某电子商会", "境外参展", 2],
    ];
    const [t] = tables(values, ["A1:E1"]);
    expect(fields(t)).toEqual(["enterprise", "project", null, "item", "approved"]);
  });
});

describe("composition: projects beside a money column named by the fund itself (彩票公益金)", () => {
  const projects = (title: string, money: string, place: string): Cell[][] => [
    [title, null, null, null, null, null],
    ["单位：万元", null, null, null, null, null],
    ["序号", "项目名称", place, "建设内容", money, "实施进度"],
    [1, "甲镇储窖交易市场项目", "甲镇", "储窖及交易大厅", 360, "已开工"],
    [2, "乙村移民新村项目", "乙村", "住房及配套设施", 240, "开工前准备"],
    [3, "丙镇肉羊育肥基地项目", "丙镇", "棚圈、饲草料库", 450, "已完成选址设计"],
    ["合计", null, null, null, 1100, null],
  ];
  const merges = ["A1:F1", "A2:F2", "A7:D7"];

  it("reads 彩票公益金 as each project's amount, the progress text as no field, and checks the 合计", () => {
    const values = projects("某旗革命老区整村推进彩票公益金项目表", "彩票公益金", "实施地点");
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)).toEqual(["seq", "item", "category", null, "amount", null]);
    const r = run(values, merges);
    expect(ruleCells(r, "composition.total-mismatch")).toEqual(["E7"]);
    expect(ruleCells(r, "input.unreadable-value")).toEqual([]);
  });

  it("reads 中央专项彩票公益金（万元） under a title naming no fund, beside 建设地点, alike", () => {
    const values = projects("某县2024年项目表", "中央专项彩票公益金（万元）", "建设地点");
    values[6][4] = 1050;
    const [t] = tables(values, merges);
    expect(t.kind).toBe("composition");
    expect(fields(t)[4]).toBe("amount");
    expect(ruleCells(run(values, merges), "composition.total-mismatch")).toEqual([]);
  });

  it("reads 专项资金 and 衔接资金 beside the same projects alike", () => {
    for (const money of ["专项资金", "衔接资金"]) {
      const [t] = tables(projects("某县项目表", money, "实施地点"), merges);
      expect(t.kind).toBe("composition");
      expect(fields(t)[4]).toBe("amount");
    }
  });

  it("guard: 彩票公益金 beside 已支出 | 支出进度 stays an execution table", () => {
    const values: Cell[][] = [
      ["某县彩票公益金项目资金使用情况表", null, null, null],
      ["项目名称", "中央专项彩票公益金", "已支出", "支出进度"],
      ["甲村道路", 100, 80, "80.0%"],
      ["乙村广场", 200, 150, "75.0%"],
      ["丙村水渠", 50, 50, "100.0%"],
    ];
    expect(tables(values, ["A1:D1"]).map((t) => t.kind)).toEqual(["execution"]);
  });
});

describe("register: a prize level (一等奖, 金奖) is the rows' category, not their item", () => {
  it("reads 奖项 written on each prize's first row as the category, so a project listed again under another prize is a duplicate", () => {
    const values: Cell[][] = [
      ["某省首届某某杯创新大赛获奖名单", null, null, null, null, null],
      ["序号", "奖项", "项目名称", "获奖单位", "统一社会信用代码", "所在地"],
      [1, "一等奖", "甲技术", "甲科技有限公司", null, "甲市"],
      [2, null, "乙技术", "乙材料有限公司", null, "乙市"],
      [1, "二等奖", "丙技术", "丙电机有限公司", null, "丙市"],
      [2, null, "丁技术", "丁云数科技有限公司", null, "甲市"],
      [3, null, "甲技术", "甲科技有限公司", null, "甲市"],
    ];
    const merges = ["A1:F1", "B3:B4", "B5:B7"];
    const r = run(values, merges);
    expect(r.tables[0].kind).toBe("register");
    expect(fields(r.tables[0]).slice(1, 4)).toEqual(["category", "project", "enterprise"]);
    expect(ruleCells(r, "register.duplicate")).toEqual(["D7"]);
  });

  it("reads 获奖等级 of 金奖 / 银奖 / 优秀奖, written on every row, as the category too", () => {
    const values: Cell[][] = [
      ["某市工业设计大赛获奖企业名单", null, null, null],
      ["序号", "企业名称", "作品名称", "获奖等级"],
      [1, "甲设计有限公司", "甲作品", "金奖"],
      [2, "乙设计有限公司", "乙作品", "银奖"],
      [3, "丙设计有限公司", "丙作品", "银奖"],
      [4, "丁设计有限公司", "丁作品", "优秀奖"],
      [5, "戊设计有限公司", "戊作品", "优秀奖"],
    ];
    expect(fields(run(values, ["A1:D1"]).tables[0])).toEqual(["seq", "enterprise", "project", "category"]);
  });

  it("guard: a named award and its level (德国iF设计奖金奖) beside the money stays the item", () => {
    const values: Cell[][] = [
      ["某市工业设计扶持计划拟资助项目公示表", null, null, null, null],
      ["序号", "申报单位", "获奖作品", "获奖奖项", "拟资助金额（万元）"],
      [1, "甲设计有限公司", "甲作品", "德国iF设计奖金奖", 50],
      [2, "乙设计有限公司", "乙作品", "中国优秀工业设计奖金奖", 30],
      [3, "丙设计有限公司", "丙作品", "德国iF设计奖金奖", 50],
    ];
    expect(fields(run(values, ["A1:E1"]).tables[0])[3]).toBe("item");
  });
});
