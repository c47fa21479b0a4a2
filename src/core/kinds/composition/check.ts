/**
 * Budget composition (预算构成明细): each line's amount against unit x quantity, every subtotal and
 * total against its own lines (in every amount column), parts (其中) against their whole, and the
 * whole against the approved budget. Sums allow the rounding of the figures as displayed, so a
 * total of 2-decimal 万元 figures never gives a false error.
 */
import type { Finding } from "../../findings";
import { gapVerdict, lineGap, roundFen, roundingAllowance } from "../../measures";
import type { AuditSettings } from "../../settings";
import { nameKey } from "../../text";
import type { Figure } from "../../tables/base";
import { EXACT_DECIMALS, columnPrecision, quantityAllowance, shownDecimals, sumAllowance } from "../../tables/structure";
import { columnUnit, decimalsInYuan } from "../../rules/tableUnits";
import { UNIT_FACTOR, type Unit } from "../../units";
import { approvedMismatch, lineMismatch, lineRounded, totalMismatch } from "./rules";
import { mainAmount, measureGroups, rowTotalAfterGroups, sourcesOfAside, sourcesOfWhole } from "./read";
import type { CompositionLine, CompositionTable, CompositionTotal } from "./types";

/** A unit amount headed as a standard (补贴标准, 奖励标准, 定额) rather than a price or an average. */
const STANDARD = /标准|定额/;

export function checkComposition(t: CompositionTable, settings: AuditSettings): Finding[] {
  const out: Finding[] = [];
  const lang = settings.lang;
  const sheet = t.sheet;
  const precision = columnPrecision(allFigures(t));
  // A column typed in whole numbers (20, 15 万元, no number format hiding decimals) states the
  // amounts decided, as an allocation or a budget does: they add up exactly, not within rounding.
  // So is money proven to be a count times the standard its group's heading states.
  const prec = (f: Figure) => (f.exact || (!f.formatted && (precision.get(f.col) ?? 0) === 0) ? EXACT_DECIMALS : shownDecimals(f, precision));
  const unitOf = (f: Figure) => columnUnit(t, f.col);
  const header = (col: number) => t.columns.find((c) => c.col === col)?.header ?? null;
  // Half a unit of an amount's last decimal as shown, in 元.
  const ownRounding = (f: Figure) => roundFen((0.5 * UNIT_FACTOR[unitOf(f)]) / Math.pow(10, shownDecimals(f, precision)));

  const product = (line: CompositionLine, amount: Figure, unitAmount: Figure, quantity: Figure, blocks: CompositionLine["blockProducts"] = []): void => {
    // A standard (奖励标准（万元/户）, 补贴标准（元/公斤）) is the policy's own figure, exact: only the amount's own
    // rounding as shown is allowed, never a rounded average's over the quantity (±0.005 元/公斤 × 15,280 公斤 would hide
    // 76 元). An average (均价) may be rounded.
    const standard = STANDARD.test(header(unitAmount.col) ?? "") && blocks.every((b) => STANDARD.test(header(b.unitAmount.col) ?? ""));
    const own = ownRounding(amount);
    const decimals = (u: Figure) => (standard ? EXACT_DECIMALS : decimalsInYuan(t, u));
    // Further counted blocks paid into the same money (500㎡以下 beside 500㎡以上): their products are added to the line's own.
    const others = roundFen(blocks.reduce((s, b) => s + roundFen(b.unitAmount.value * b.quantity.value), 0));
    const base = lineGap(amount.value - others, unitAmount.value, quantity.value, decimals(unitAmount));
    const allowance = blocks.reduce((s, b) => s + roundingAllowance(b.quantity.value, decimals(b.unitAmount)), base.allowance);
    const gap = blocks.length === 0 ? base : { ...base, expected: roundFen(base.expected + others), allowance, verdict: gapVerdict(base.gap, allowance, 0.005) };
    // An amount shown rounded (0.86 万元 for 8,641.50 元) agrees with the product within its own rounding, whatever the
    // unit amount's; past it, an average's rounding over the quantity comes on top of the amount's own.
    // (An amount shown to the fen adds nothing.)
    const coarse = own > 0.01 ? own : 0;
    const g = standard || (coarse > 0 && Math.abs(gap.gap) <= coarse + 0.005)
      ? { ...gap, allowance: own, verdict: Math.abs(gap.gap) <= own + 0.005 ? "exact" : "mismatch" }
      : { ...gap, allowance: gap.allowance + coarse, verdict: gap.verdict === "mismatch" && Math.abs(gap.gap) <= gap.allowance + coarse + 0.005 ? "rounded" : gap.verdict };
    if (g.verdict === "exact") return;
    const rule = g.verdict === "rounded" ? lineRounded : lineMismatch;
    out.push(
      rule.at(
        { sheet, cell: amount.cell, row: amount.row },
        {
          item: line.item,
          category: line.category,
          amount: amount.value,
          unitAmount: unitAmount.value,
          quantity: quantity.value,
          expected: g.expected,
          gap: g.gap,
          allowance: roundFen(g.allowance),
          ...(standard ? { stated: 1 } : {}),
          ...(blocks.length > 0 ? { others } : {}),
        },
        lang,
        amount.value,
        g.expected,
      ),
    );
  };
  for (const line of t.lines) {
    const { amount, unitAmount, quantity } = line;
    if (amount && unitAmount && quantity) product(line, amount, unitAmount, quantity, line.blockProducts);
    // Each further group's money against its own quantity × unit amount (其他蔬菜 beside 绿叶菜).
    for (const p of line.groupProducts ?? []) product(line, p.amount, p.unitAmount, p.quantity);
  }

  // A group's money against its count times the standard its heading states: the standard is exact, so only the
  // rounding of the amount as displayed is allowed.
  for (const line of t.lines) {
    for (const { amount, quantity, standard } of line.byStandard ?? []) {
      const allowance = ownRounding(amount);
      const g = lineGap(amount.value, standard, quantity, EXACT_DECIMALS);
      if (Math.abs(g.gap) <= allowance + 0.005) continue;
      out.push(
        lineMismatch.at(
          { sheet, cell: amount.cell, row: amount.row },
          { item: line.item, category: line.category, amount: amount.value, unitAmount: standard, quantity, expected: g.expected, gap: g.gap, allowance, stated: 1 },
          lang,
          amount.value,
          g.expected,
        ),
      );
    }
  }

  // Every amount column: the main one, then each part column.
  const partCols = partColumns(t);
  const measures: { col: number | null; pick: (r: CompositionLine | CompositionTotal) => Figure | null }[] = [
    // A sum merged over several lines (CompositionLine.shared) counts once towards the totals over them.
    { col: null, pick: (r) => r.amount ?? ("shared" in r ? (r.shared ?? null) : null) },
    ...partCols.map((c) => ({ col: c as number | null, pick: (r: CompositionLine | CompositionTotal) => r.parts?.[c] ?? null })),
  ];
  const counted = t.lines.filter((l) => l.partOf === undefined);
  const members = memberships(t, counted);
  const own = (x: CompositionTotal) => members.get(x) ?? [];
  for (const m of measures) {
    for (const total of t.totals) {
      const stated = m.pick(total);
      const figs = (members.get(total) ?? []).map(m.pick).filter((f): f is Figure => f !== null);
      // No member with a readable figure: nothing to compare (the unreadable cells are reported).
      if (!stated || figs.length === 0) continue;
      let sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
      if (Math.abs(stated.value - sum) <= sumAllowance(stated, figs, unitOf, prec)) continue;
      // A whole broken down several ways (按投资性质分, 按项目领域分): each list against it alone, the first that
      // does not add up reported with its own sum.
      if (total.breakdowns) {
        const byRow = new Map(counted.map((l) => [l.row, l]));
        const slipped = total.breakdowns
          .map((rows) => rows.map((r) => byRow.get(r)).filter((l): l is CompositionLine => !!l).map(m.pick).filter((f): f is Figure => f !== null))
          .filter((list) => list.length > 0)
          .map((list) => ({ list, sum: roundFen(list.reduce((s, f) => s + f.value, 0)) }))
          .find((x) => Math.abs(stated.value - x.sum) > sumAllowance(stated, x.list, unitOf, prec));
        if (!slipped) continue;
        sum = slipped.sum;
      }
      // A grand total may add the subtotals as stated or every line: either way is the office's own
      // sum, and a wrong subtotal is reported once, at the subtotal.
      const all = total.scope === "table" || !total.children ? allLinesOf(t, counted, total, members) : null;
      if (all) {
        const lineFigs = all.map(m.pick).filter((f): f is Figure => f !== null);
        const lineSum = roundFen(lineFigs.reduce((s, f) => s + f.value, 0));
        if (lineFigs.length > 0 && Math.abs(stated.value - lineSum) <= sumAllowance(stated, lineFigs, unitOf, prec)) continue;
        // Over three levels an office may add each subtotal's own members as typed, one level down (合计 over directions,
        // each direction's kinds): every member alike, never a mix, so a slip in a direction stays at the direction.
        const down = oneLevelDown(own(total), members).map(m.pick).filter((f): f is Figure => f !== null);
        const downSum = roundFen(down.reduce((s, f) => s + f.value, 0));
        if (down.length > 0 && Math.abs(stated.value - downSum) <= sumAllowance(stated, down, unitOf, prec)) continue;
        if (lineFigs.length > 0) sum = lineSum;
      }
      out.push(
        totalMismatch.at(
          { sheet, cell: stated.cell, row: stated.row },
          {
            label: total.label,
            // A category heading stating its subtotal is labelled by the category itself.
            category: total.scope === "category" && total.category !== total.label ? total.category : null,
            stated: stated.value,
            sum,
            gap: roundFen(stated.value - sum),
            column: m.col === null ? null : header(m.col),
          },
          lang,
          stated.value,
          sum,
        ),
      );
    }
  }

  // A total's part already found wrong against its own lines is reported once: not again as the
  // whole's parts across when, with that part as its lines add up, the row agrees.
  const reported = new Map(out.filter((f) => f.rule === totalMismatch.id && f.expected !== undefined).map((f) => [f.cell, f.expected as number]));
  out.push(...checkPartColumns(t, unitOf, prec, lang, reported));
  out.push(...checkPartRows(t, unitOf, prec, lang));
  out.push(...checkListed(t, unitOf, lang));
  out.push(...checkMeasureColumns(t, prec, lang, members));
  out.push(...checkQuantityTotals(t, prec, lang, members));

  const approved = t.approvedBudget?.value ?? settings.approvedBudget;
  const figs = counted.map((l) => l.amount).filter((f): f is Figure => f !== null);
  if (approved !== undefined && Number.isFinite(approved) && figs.length > 0) {
    const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
    const allowance = figs.length > 0 ? sumAllowance(figs[0], figs.slice(1), unitOf, prec) : 0.005;
    if (Math.abs(sum - approved) > allowance) {
      // The finding sits on the table's total when it states one, else on the last line's amount.
      const total = t.totals.find((x) => x.scope === "table" && x.amount);
      const last = [...counted].reverse().find((l) => l.amount);
      const cell = total?.amount?.cell ?? last?.amount?.cell ?? t.lines[t.lines.length - 1].itemCell;
      // The figure's own row: a line of a block read on (panels.ts) keeps its place in the list as its row.
      const row = total?.amount?.row ?? last?.amount?.row ?? t.lines[t.lines.length - 1].row;
      out.push(
        approvedMismatch.at(
          { sheet, cell, row },
          { sum, approved, approvedText: t.approvedBudget?.text ?? null, gap: roundFen(sum - approved) },
          lang,
          sum,
          approved,
        ),
      );
    }
  }
  return out;
}


function allFigures(t: CompositionTable): Figure[] {
  const out: Figure[] = [];
  const add = (r: CompositionLine | CompositionTotal) => {
    if (r.amount) out.push(r.amount);
    if (r.parts) for (const f of Object.values(r.parts)) if (f) out.push(f);
    if (r.measures) for (const f of Object.values(r.measures)) if (f) out.push(f);
  };
  t.lines.forEach(add);
  t.totals.forEach(add);
  return out;
}

/** The amount columns besides the main one: parts of another, and other groups' own amounts. */
function partColumns(t: CompositionTable): number[] {
  const main = mainAmount(t.columns);
  const rowTotal = rowTotalAfterGroups(t.columns)?.col;
  return t.columns.filter((c) => c.field === "amount" && c.col !== main && !c.groupTotal && (c.part || c.group !== undefined || c.col === rowTotal)).map((c) => c.col);
}

/**
 * What each total sums. A subtotal: its outline children; else its category's lines; else the
 * lines since the last total; else (`设备合计` under `生产设备合计` and `检测设备合计`) the subtotals
 * before it. A 合计: every line and subtotal no subtotal already covers, so an error inside a
 * subtotal is reported once, at the subtotal, and no line is added twice.
 */
function memberships(t: CompositionTable, counted: CompositionLine[]): Map<CompositionTotal, (CompositionLine | CompositionTotal)[]> {
  const out = new Map<CompositionTotal, (CompositionLine | CompositionTotal)[]>();
  const covered = new Set<CompositionLine | CompositionTotal>();
  let previousTotalRow = -1;
  // Subtotals that head their groups (`小计` on the first row, the lines under it): when the first
  // subtotal comes before every line, each one sums the lines after it up to the next total.
  const firstSub = t.totals.find((x) => x.scope === "category");
  const leading = firstSub !== undefined && counted.length > 0 && counted.every((l) => l.row > firstSub.row);
  for (const total of t.totals) {
    if (total.scope === "table") {
      previousTotalRow = total.row;
      continue;
    }
    let members: (CompositionLine | CompositionTotal)[] = [];
    if (t.lines.some((l) => l.partOf === total.row)) {
      // `一、原材料小计` followed by its `其中：` rows: the parts are checked against it, not lines before it.
      members = [];
    } else if (total.children) {
      const rows = new Set(total.children);
      // A group's total stands on its first line's row (县 | 合计 merged down beside its towns): never its own member.
      members = [...counted.filter((l) => rows.has(l.row)), ...t.totals.filter((x) => x !== total && rows.has(x.row))];
    } else {
      if (total.category) {
        const key = nameKey(total.category);
        members = counted.filter((l) => l.category !== null && nameKey(l.category) === key && !covered.has(l));
      }
      if (members.length === 0 && leading) {
        const next = t.totals.find((x) => x.row > total.row)?.row ?? Infinity;
        members = counted.filter((l) => l.row > total.row && l.row < next && !covered.has(l));
      }
      if (members.length === 0) members = counted.filter((l) => l.row > previousTotalRow && l.row < total.row && !covered.has(l));
      if (members.length === 0)
        members = t.totals.filter((x) => x.row < total.row && x.scope === "category" && x.parent === undefined && !covered.has(x));
      previousTotalRow = total.row;
    }
    for (const m of members) covered.add(m);
    out.set(total, members);
  }
  for (const total of t.totals) {
    if (total.scope !== "table") continue;
    out.set(total, [
      ...counted.filter((l) => l.parent === undefined && !covered.has(l)),
      ...t.totals.filter((x) => x.scope === "category" && x.parent === undefined && !covered.has(x)),
    ]);
  }
  return out;
}

/**
 * A total's members with each subtotal among them replaced by its own members as typed (a line, or a subtotal with
 * no members of its own, stays): every member taken one level down alike.
 */
function oneLevelDown(
  own: (CompositionLine | CompositionTotal)[],
  members: Map<CompositionTotal, (CompositionLine | CompositionTotal)[]>,
): (CompositionLine | CompositionTotal)[] {
  return own.flatMap((m) => ("item" in m ? [m] : (members.get(m) ?? []).length > 0 ? (members.get(m) ?? []) : [m]));
}

/**
 * The lines a total stands for when its members are subtotals: every line under them. Null when
 * its members are lines already.
 */
function allLinesOf(
  t: CompositionTable,
  counted: CompositionLine[],
  total: CompositionTotal,
  members: Map<CompositionTotal, (CompositionLine | CompositionTotal)[]>,
): CompositionLine[] | null {
  const own = members.get(total) ?? [];
  if (!own.some((m) => !("item" in m))) return null;
  const out = new Set<CompositionLine>();
  const add = (m: CompositionLine | CompositionTotal) => {
    if ("item" in m) out.add(m);
    else for (const x of members.get(m) ?? []) add(x);
  };
  own.forEach(add);
  // Lines under a subtotal with no members of its own (its 其中 parts stand for it) are not known:
  // then only the whole table's lines can be compared.
  if (total.scope === "table") for (const l of counted) if (l.parent === undefined) out.add(l);
  void t;
  return [...out];
}

/** Part columns against their whole, row by row: equal for a 合计 group, at most the whole for 其中. */
function checkPartColumns(
  t: CompositionTable,
  unitOf: (f: Figure) => Unit,
  prec: (f: Figure) => number,
  lang: AuditSettings["lang"],
  reported: ReadonlyMap<string, number>,
): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<number, { cols: number[]; exhaustive: boolean }>();
  for (const c of t.columns) {
    if (!c.part || c.field !== "amount") continue;
    const g = groups.get(c.part.of) ?? { cols: [], exhaustive: c.part.exhaustive };
    g.cols.push(c.col);
    groups.set(c.part.of, g);
  }
  // A row total after column groups sums the groups' money, the main amount among it.
  const rowTotal = rowTotalAfterGroups(t.columns);
  if (rowTotal) groups.set(rowTotal.col, { cols: rowTotal.parts, exhaustive: true });
  // A project's sources beside its total investment, the rest among them, are all of it.
  const sources = sourcesOfAside(t.columns);
  if (sources) groups.set(sources.col, { cols: sources.parts, exhaustive: true });
  // A fund's money beside the sources it comes from (资金规模 | 资金来源 over 中央 | 省级 | 县级): all of it.
  const own = groups.size === 0 ? sourcesOfWhole(t.columns) : null;
  if (own) groups.set(own.col, { cols: own.parts, exhaustive: true });
  if (groups.size === 0) return out;
  const mainCol = mainAmount(t.columns);
  const rows: (CompositionLine | CompositionTotal)[] = [...t.lines, ...t.totals];
  const pick = (r: CompositionLine | CompositionTotal, c: number) => (c === mainCol ? r.amount : (r.parts?.[c] ?? null));
  // 其中 columns adding up to their whole on (nearly) every row are all of it (分配资金 over its directions): a row
  // whose parts differ either way is a slip. One share alone (其中：中央), or parts adding up on few rows, stay "at most".
  const learned = new Set<number>();
  for (const [of, g] of groups) {
    if (g.exhaustive || g.cols.length < 2) continue;
    let agree = 0;
    let compared = 0;
    // Learned from the lines alone: a foot may carry a slip of its own.
    for (const r of t.lines) {
      const whole = pick(r, of);
      const figs = g.cols.map((c) => pick(r, c)).filter((f): f is Figure => f !== null);
      if (!whole || figs.length < 2) continue;
      compared++;
      const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
      if (Math.abs(whole.value - sum) <= sumAllowance(whole, figs, unitOf, prec)) agree++;
    }
    if (agree >= 4 && agree >= compared * 0.8) {
      g.exhaustive = true;
      learned.add(of);
    }
  }
  // One total split two ways, its parts on both sides of it (集中 | 分散 | 合计 | 供养资金 | 护理补贴), two or more
  // each: each side adds up to it on its own, never to it together.
  const splits: [number, { cols: number[]; exhaustive: boolean }][] = [];
  for (const [of, g] of groups) {
    const before = g.cols.filter((c) => c < of);
    const after = g.cols.filter((c) => c > of);
    if (g.exhaustive && before.length >= 2 && after.length >= 2) splits.push([of, { ...g, cols: before }], [of, { ...g, cols: after }]);
    else splits.push([of, g]);
  }
  const said = new Set<string>();
  for (const r of rows) {
    for (const [of, g] of splits) {
      const whole = pick(r, of);
      const figs = g.cols.map((c) => pick(r, c)).filter((f): f is Figure => f !== null);
      if (!whole || figs.length === 0) continue;
      const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
      const allowance = sumAllowance(whole, figs, unitOf, prec);
      const wrong = (x: number) => (g.exhaustive ? Math.abs(whole.value - x) > allowance : x > whole.value + allowance);
      if (!wrong(sum)) continue;
      // A total row's part already reported against its lines, alone making the row wrong, is not reported again
      // across the row, whether or not the whole has a slip of its own down its column.
      if (!("item" in r) && figs.some((f) => reported.has(f.cell))) {
        const asLines = roundFen(figs.reduce((s, f) => s + (reported.get(f.cell) ?? f.value), 0));
        if (!wrong(asLines)) continue;
      }
      // A foot already found wrong down its column is reported once there, not again across.
      if (learned.has(of) && reported.has(whole.cell)) continue;
      // Both splits of one total wrong at a row: one slip of the total, said once.
      if (said.has(whole.cell)) continue;
      said.add(whole.cell);
      const label = "item" in r ? r.item : r.label;
      out.push(
        totalMismatch.at(
          { sheet: t.sheet, cell: whole.cell, row: whole.row },
          {
            label,
            category: null,
            stated: whole.value,
            sum,
            gap: roundFen(whole.value - sum),
            column: t.columns.find((c) => c.col === of)?.header ?? null,
            parts: "columns",
          },
          lang,
          whole.value,
          sum,
        ),
      );
    }
  }
  return out;
}

/**
 * A total column of quantities against its part columns (补贴面积 小计 = 确权 + 二轮承包), row by row, within the rounding
 * its figures show; counted plainly, never in a money unit. A total row differing across only by its members' own
 * differences (each reported at its row) is not reported again.
 */
function checkMeasureColumns(
  t: CompositionTable,
  prec: (f: Figure) => number,
  lang: AuditSettings["lang"],
  members: Map<CompositionTotal, (CompositionLine | CompositionTotal)[]>,
): Finding[] {
  const out: Finding[] = [];
  for (const g of measureGroups(t.columns)) {
    const across = (r: CompositionLine | CompositionTotal) => {
      const whole = r.measures?.[g.col] ?? null;
      const figs = g.parts.map((c) => r.measures?.[c] ?? null).filter((f): f is Figure => f !== null);
      if (!whole || figs.length === 0) return null;
      const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
      return { whole, sum, gap: roundFen(whole.value - sum), allowance: quantityAllowance(whole, figs, prec) };
    };
    for (const r of [...t.lines, ...t.totals]) {
      const a = across(r);
      if (!a || Math.abs(a.gap) <= a.allowance) continue;
      if (!("item" in r)) {
        const inherited = roundFen((members.get(r) ?? []).reduce((s, m) => s + (across(m)?.gap ?? 0), 0));
        if (Math.abs(a.gap - inherited) <= a.allowance) continue;
      }
      out.push(
        totalMismatch.at(
          { sheet: t.sheet, cell: a.whole.cell, row: a.whole.row },
          {
            label: "item" in r ? r.item : r.label,
            category: null,
            stated: a.whole.value,
            sum: a.sum,
            gap: a.gap,
            column: t.columns.find((c) => c.col === g.col)?.header ?? null,
            parts: "quantities",
            measure: g.measure ?? "",
          },
          lang,
          a.whole.value,
          a.sum,
        ),
      );
    }
  }
  return out;
}

/**
 * A table of quantities with no money at all (a plan's 建设任务（亩） by project): each total's quantity against its
 * lines', within the rounding its figures show, reported in its measure. With money, the money's totals are checked.
 */
function checkQuantityTotals(
  t: CompositionTable,
  prec: (f: Figure) => number,
  lang: AuditSettings["lang"],
  members: Map<CompositionTotal, (CompositionLine | CompositionTotal)[]>,
): Finding[] {
  const out: Finding[] = [];
  const col = t.columns.find((c) => c.field === "quantity" && !c.part);
  if (!col || t.columns.some((c) => c.field === "amount" || c.field === "unitAmount")) return out;
  for (const total of t.totals) {
    const stated = total.quantity;
    const figs = (members.get(total) ?? []).map((r) => r.quantity).filter((f): f is Figure => f !== null);
    if (!stated || figs.length === 0) continue;
    const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
    const gap = roundFen(stated.value - sum);
    if (Math.abs(gap) <= quantityAllowance(stated, figs, prec)) continue;
    out.push(
      totalMismatch.at(
        { sheet: t.sheet, cell: stated.cell, row: stated.row },
        { label: total.label, category: null, stated: stated.value, sum, gap, column: col.header ?? null, parts: "lines", measure: col.measure ?? "" },
        lang,
        stated.value,
        sum,
      ),
    );
  }
  return out;
}

/** `其中：` rows: together never more than the line they are part of; equal to a total they are all of. */
function checkPartRows(
  t: CompositionTable,
  unitOf: (f: Figure) => Unit,
  prec: (f: Figure) => number,
  lang: AuditSettings["lang"],
): Finding[] {
  const out: Finding[] = [];
  const byWhole = new Map<number, Figure[]>();
  for (const l of t.lines) {
    if (l.partOf === undefined || !l.amount) continue;
    const list = byWhole.get(l.partOf) ?? [];
    list.push(l.amount);
    byWhole.set(l.partOf, list);
  }
  for (const [row, figs] of byWhole) {
    const whole = t.lines.find((l) => l.row === row) ?? t.totals.find((x) => x.row === row);
    const stated = whole?.amount;
    if (!whole || !stated) continue;
    const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
    const allowance = sumAllowance(stated, figs, unitOf, prec);
    const exhaustive = whole.exhaustiveParts === true;
    if (exhaustive ? Math.abs(stated.value - sum) <= allowance : sum <= stated.value + allowance) continue;
    out.push(
      totalMismatch.at(
        { sheet: t.sheet, cell: stated.cell, row: stated.row },
        {
          label: "item" in whole ? whole.item : whole.label,
          category: null,
          stated: stated.value,
          sum,
          gap: roundFen(stated.value - sum),
          // A subtotal's 其中 rows are its lines (小计 … 与明细之和不符), a total's or a line's its sources.
          ...(exhaustive && !("item" in whole) && whole.scope === "category" ? {} : { parts: exhaustive ? "sources" : "rows" }),
        },
        lang,
        stated.value,
        sum,
      ),
    );
  }
  return out;
}

/**
 * A text amount with the parts it is made of listed in brackets after it (`620万(甲300万元,乙320万元)`): the list
 * is all of the amount. Whole figures state the amounts decided and add up exactly; otherwise each figure may be
 * rounded by half its last digit as written.
 */
function checkListed(t: CompositionTable, unitOf: (f: Figure) => Unit, lang: AuditSettings["lang"]): Finding[] {
  const out: Finding[] = [];
  const half = (decimals: number, unit: Unit) => (0.5 * UNIT_FACTOR[unit]) / Math.pow(10, decimals);
  for (const r of [...t.lines, ...t.totals]) {
    for (const f of [r.amount, ...Object.values(r.parts ?? {})]) {
      if (!f?.listed) continue;
      const sum = roundFen(f.listed.reduce((s, p) => s + p.value, 0));
      const whole = f.decimals === 0 && f.listed.every((p) => p.decimals === 0);
      const allowance = whole ? 0.005 : f.listed.reduce((s, p) => s + half(p.decimals, p.unit), half(f.decimals, unitOf(f)));
      if (Math.abs(f.value - sum) <= allowance) continue;
      out.push(
        totalMismatch.at(
          { sheet: t.sheet, cell: f.cell, row: f.row },
          { label: "item" in r ? r.item : r.label, category: null, stated: f.value, sum, gap: roundFen(f.value - sum), parts: "listed" },
          lang,
          f.value,
          sum,
        ),
      );
    }
  }
  return out;
}
