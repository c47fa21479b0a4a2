/**
 * Passes after the best-first assignment that move a field from one column to another, by the
 * kind's field definitions (FieldDef.grouping, over, supersededBy, alone, notAfter, aside) and by
 * merges. The kind stays as read; only which column holds which field changes.
 */
import { isBlank, type Cell } from "../grid";
import { headerKey } from "../text";
import { valueFit } from "./fit";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef, OnlyWith } from "../kinds/define";
import { firstLevel, lastLevel, type ColumnEvidence, type ColumnRead } from "./base";
import { type ColumnLabels, cellText, type Scored, facts, leafOf, labelKey, round, scoredEvidence } from "./headerLabels";
import { textsOf } from "./groupColumns";

/** A grouping column (FieldDef.grouping: 地区) gives its field to the next column right of it naming the field too. */
export function finerRight(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], c0: number): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    if (!def.grouping) continue;
    const i = columns.findIndex((c) => c.field === field);
    const key = i >= 0 ? leafOf(labels[i])?.h.key : undefined;
    if (key === undefined || !def.grouping.includes(key)) continue;
    const s = all.find((x) => x.field === field && x.col > columns[i].col && columns[x.col - c0].field === null);
    if (!s) continue;
    const to = columns[s.col - c0];
    to.field = field;
    to.evidence = scoredEvidence(labels[s.col - c0], s);
    columns[i].field = null;
    delete columns[i].evidence;
  }
}

/**
 * A naming heading merged over several columns (二级指标 over 数量指标 | 培训人次): the first column
 * groups (fewer distinct values, written once per group), the last holds the names, the deepest
 * level. The field read on the first moves to the last when no field was read there.
 */
export function deepestUnderMerge(
  kind: AnyKind,
  labels: ColumnLabels[],
  columns: ColumnRead[],
  sample: { values: Cell[][] },
  c0: number,
): void {
  const distinct = (i: number) => new Set(sample.values[i].filter((v) => !isBlank(v)).map(cellText)).size;
  columns.forEach((col, i) => {
    const def = col.field ? (kind.fields[col.field as keyof typeof kind.fields] as FieldDef) : undefined;
    if (def?.value !== "label") return;
    const leaf = leafOf(labels[i]);
    const g = leaf?.group;
    if (!g || g.c0 !== col.col || g.c1 <= g.c0) return;
    const j = g.c1 - c0;
    if (j >= columns.length || columns[j].field !== null) return;
    if (distinct(j) <= distinct(i)) return;
    columns[j].field = col.field;
    if (col.evidence) columns[j].evidence = col.evidence;
    col.field = null;
    delete col.evidence;
  });
}

/**
 * A body over its lines (FieldDef.over): of two columns that both name the line, a body's or a
 * place's (部门, 市县/单位名称) left of one that is neither (项目名称) is the grouping field and the
 * other the line, whichever won the line, unless a column names the grouping field itself (项目类别).
 * Read after the kind is scored, so the kind stays as read.
 */
export function bodiesOver(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], c0: number): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule) continue;
    const named = new Map<number, Scored>();
    for (const s of all) if (s.field === rule.field && !named.has(s.col)) named.set(s.col, s);
    const cols = [...named.keys()].sort((x, y) => x - y);
    const isBody = (col: number) => rule.words.some((w) => columns[col - c0].header.includes(w));
    // A text column right of the figures (地县 | 资金合计 | … | 支出方向 统筹整合) remarks on the lines, it names none.
    const firstFigure = columns.findIndex((c) => c.field !== null && (kind.fields as Record<string, FieldDef>)[c.field]?.value === "amount");
    const free = (col: number) =>
      (columns[col - c0].field === null || columns[col - c0].field === rule.field) && (firstFigure < 0 || col - c0 < firstFigure);
    // A 单位 over units of measure (个, 台, 人次 beside 数量) is no body: its values name nothing.
    const names = (col: number) => named.get(col)?.fit !== 0;
    const body = cols.find((col) => isBody(col) && free(col) && names(col));
    const bodyWord = (col: number) => (rule.bodies ?? []).some((w) => columns[col - c0].header.includes(w));
    const isPlace = (col: number) => isBody(col) && !bodyWord(col);
    // A line that is neither; else, under a place, the body beside it (县（区） | 实施单位), not one
    // under 其中 (其中：获扶持资金最多的项目 over 项目单位及名称: an example of the place's, no line).
    const line =
      body === undefined
        ? undefined
        : (cols.find((col) => col > body && !isBody(col) && free(col)) ??
          (isPlace(body) ? cols.find((col) => col > body && bodyWord(col) && !facts(labels[col - c0]).part && free(col)) : undefined));
    if (body === undefined || line === undefined) continue;
    const read = (col: number, f: Field, how: ColumnEvidence["how"]) => {
      const s = named.get(col) as Scored;
      columns[col - c0].field = f;
      columns[col - c0].evidence = scoredEvidence(labels[col - c0], s, how);
    };
    // A column naming this field itself (实施单位 | 项目名称 | 任务类别) keeps it: the projects are still the lines, the
    // body running them left of them no line of its own, unread here.
    if (columns.some((c) => c.field === field)) {
      if (columns[body - c0].field !== rule.field || columns[line - c0].field !== null || !bodyWord(body)) continue;
      columns[body - c0].field = null;
      delete columns[body - c0].evidence;
      read(line, rule.field as Field, named.get(line)?.how ?? "contains");
      continue;
    }
    read(body, field, "contains");
    read(line, rule.field as Field, named.get(line)?.how ?? "contains");
  }
}

/**
 * A use of money left of whom it is passed to (FieldDef.useOverRecipient: 资金用途 | 分配对象): the use
 * groups the recipients, whichever of the two won the line, when no column holds the grouping field
 * and no other column the line.
 */
export function useOverRecipient(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[]): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.useOverRecipient;
    if (!rule || columns.some((c) => c.field === field)) continue;
    const free = (c: ColumnRead) => c.field === null || c.field === rule.field;
    const leaf = (c: ColumnRead) => lastLevel(c.header);
    const ri = columns.findIndex((c) => free(c) && rule.recipients.some((w) => leaf(c).includes(w)));
    const ui = columns.findIndex((c, i) => i < ri && free(c) && rule.uses.some((w) => leaf(c).includes(w)));
    if (ri < 0 || ui < 0) continue;
    if (columns.some((c, i) => c.field === rule.field && i !== ri && i !== ui)) continue;
    const read = (i: number, f: Field, words: readonly string[]) => {
      columns[i].field = f;
      columns[i].evidence = { key: labelKey(labels[i]), word: words.find((w) => leaf(columns[i]).includes(w)) ?? null, how: "contains", score: 0, fit: null };
    };
    read(ui, field, rule.uses);
    read(ri, rule.field as Field, rule.recipients);
  }
}

/** A heading less its bracketed notes (`重点村（30%）` → 重点村). */
const bare = (h: string) => lastLevel(h).replace(/[（(][^（）()]*[）)]/g, "").trim();

/**
 * The line's name written under its kind (重点村 | 一般村, each row's village under one of them): two or more adjacent
 * columns no heading word reads, headed by kinds of one thing (their headings end alike: 村), text on every row in
 * exactly one of them, are one column of names, the line (FieldDef.over's field), read where the first is blank.
 */
export function nameUnderKind(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule) continue;
    const line = rule.field as Field;
    const free = (c: ColumnRead) => (c.field === null || c.field === field || c.field === line) && (!c.evidence || c.evidence.how === "values");
    const texts = (i: number) => sample.values[i].every((v) => isBlank(v) || (typeof v === "string" && !/\d/.test(v)));
    const head = (j: number) => bare(columns[j].header);
    for (let i = 0; i + 1 < columns.length; i++) {
      if (!free(columns[i]) || !texts(i) || head(i).length < 2) continue;
      // Kinds of one thing: their headings end alike (重点村 | 一般村), each its own.
      const end = head(i).slice(-1);
      let k = i;
      while (k + 1 < columns.length && free(columns[k + 1]) && texts(k + 1) && head(k + 1).length >= 2 && head(k + 1).slice(-1) === end) k++;
      if (k === i) continue;
      const run = columns.slice(i, k + 1);
      const kinds = new Set(run.map((_, j) => head(i + j))).size === run.length;
      const rows = sample.values[i].length;
      let named = 0;
      let exclusive = kinds;
      for (let r = 0; r < rows && exclusive; r++) {
        const written = run.filter((_, j) => !isBlank(sample.values[i + j][r])).length;
        if (written > 1) exclusive = false;
        if (written === 1) named++;
      }
      const used = run.every((_, j) => sample.values[i + j].some((v) => !isBlank(v)));
      if (!exclusive || !used || named < 3) {
        i = k;
        continue;
      }
      if (columns.some((c, j) => c.field === line && (j < i || j > k))) return;
      run.forEach((c, j) => {
        c.field = line;
        c.evidence = { key: labelKey(labels[i + j]), word: null, how: "values", score: 0, fit: null };
        if (j > 0) c.nameOf = columns[i].col;
      });
      return;
    }
  }
}

const VILLAGE = /(村|社区)$/;

/**
 * A place no field's words name (乡镇, 乡（镇）) left of the lines (乡镇 | 项目名称 | 分配资金): the town
 * each project is in groups the projects, as a county left of its units does (FieldDef.over), when
 * its cells name places (text, two or more) and no column holds the grouping field yet.
 */
export function placeOverLine(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule || columns.some((c) => c.field === field)) continue;
    const li = columns.findIndex((c) => c.field === rule.field);
    const isPlace = (c: ColumnRead) => rule.words.some((w) => c.header.includes(w));
    // A line that is itself a place is grouped only when it is the narrowest (镇街 | 村名称: a town over its villages).
    const narrowest = (c: ColumnRead) => (rule.narrowest ?? []).some((w) => c.header.includes(w));
    if (li < 0 || (isPlace(columns[li]) && !narrowest(columns[li]))) continue;
    const names = (i: number) => {
      const own = sample.values[i].filter((v) => !isBlank(v));
      return own.length >= 2 && own.every((v) => typeof v === "string" && !/\d/.test(v));
    };
    // Villages named in their cells (坡扒村) group the projects right of them (村 | 项目名称) as a town does.
    const projects = (def.projectsByPlace ?? []).includes(labelKey(labels[li]));
    const village = (i: number) => projects && sample.values[i].every((v) => isBlank(v) || VILLAGE.test(cellText(v)));
    const at = columns.findIndex((c, i) => i < li && c.field === null && isPlace(c) && (!narrowest(c) || village(i)) && names(i));
    if (at < 0) continue;
    columns[at].field = field;
    columns[at].evidence = { key: labelKey(labels[at]), word: rule.words.find((w) => columns[at].header.includes(w)) ?? null, how: "contains", score: 0, fit: null };
  }
}

/**
 * A label merged down the body over several lines, in a column no field's words name (专项资金 over
 * A 邮轮经济 | A01…A06): a block grouping the lines right of it, as a place over its units is
 * (FieldDef.over), when its cells are text, fewer apart than the lines, and no column holds the
 * grouping field yet.
 */
export function labelMergedDown(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; down?: boolean[] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule || columns.some((c) => c.field === field)) continue;
    // The lines: the column naming them, else (扶持对象 naming a catalog's items) the first one read.
    const named = columns.findIndex((c) => c.field === rule.field);
    const li = named >= 0 ? named : columns.findIndex((c) => c.field !== null);
    if (li < 0) continue;
    const lines = new Set(sample.values[li].filter((v) => !isBlank(v)).map(cellText)).size;
    const at = columns.findIndex((c, i) => {
      if (i >= li || c.field !== null || !sample.down?.[i]) return false;
      const own = sample.values[i].filter((v) => !isBlank(v));
      return own.length >= 2 && own.every((v) => typeof v === "string") && new Set(own.map(cellText)).size < lines;
    });
    if (at < 0) continue;
    columns[at].field = field;
    // Read by how its values lie (merged down over the lines), not by a heading word: --explain says so.
    columns[at].evidence = { key: labelKey(labels[at]), word: null, how: "values", score: 0, fit: null };
  }
}

/**
 * A place below a county right of a line read as the county (县（市、区） | 合计 | 镇（乡） | 乡镇类型 | 补助资金): the
 * towns are the lines, the county their group, when the town column's heading is a finer place's whole name
 * (FieldDef.over's `finer`; not 乡镇类型, which describes each town), its cells name places, more of them than the
 * counties, and no column holds the grouping field yet.
 */
export function finerPlaceRight(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; down?: boolean[] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule?.finer || columns.some((c) => c.field === field)) continue;
    const li = columns.findIndex((c) => c.field === rule.field);
    if (li < 0) continue;
    const leaf = (c: ColumnRead) => lastLevel(c.header).replace(/[（(][^（）()]*[）)]/g, "").replace(/名称$/, "").trim();
    const finer = (c: ColumnRead) => (rule.finer ?? []).includes(leaf(c));
    // The line must be a place above the finer ones (县, 市县), not itself a town or a village.
    if (!rule.words.some((w) => columns[li].header.includes(w)) || finer(columns[li])) continue;
    const distinct = (i: number) => new Set(sample.values[i].filter((v) => !isBlank(v)).map(cellText)).size;
    const names = (i: number) => {
      const own = sample.values[i].filter((v) => !isBlank(v));
      return own.length >= 2 && own.every((v) => typeof v === "string" && !/\d/.test(v));
    };
    // So is any place just right of a line merged down over it (区域 | 县（市、区）, the area's 小计 among its counties).
    const under = (c: ColumnRead, i: number) => finer(c) || (i === li + 1 && !!sample.down?.[li] && rule.words.some((w) => c.header.includes(w)));
    const at = columns.findIndex((c, i) => i > li && c.field === null && under(c, i) && names(i) && distinct(i) > distinct(li));
    if (at < 0) continue;
    columns[at].field = rule.field as Field;
    columns[at].evidence = { key: labelKey(labels[at]), word: leaf(columns[at]), how: "contains", score: 0, fit: null };
    columns[li].field = field;
    if (columns[li].evidence) columns[li].evidence = { ...columns[li].evidence, how: "values" };
  }
}

/**
 * A group's own total merged down beside it (县 | 合计 | 镇 | 补助资金, the county and its 合计 merged over its towns'
 * rows): the money column between the group and the line states each group's sum of its lines' money, no line's money
 * of its own, and the money right of the line is the lines' amount, no part of it. Read when the group is merged down
 * and the money column too.
 */
/** A heading that is a total and nothing more (合计, 小计, 总计). */
const TOTAL_ALONE = /^(合计|小计|总计)([（(][^（）()]*[）)])?$/;

export function groupTotalBeside(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; down?: boolean[] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule) continue;
    const gi = columns.findIndex((c) => c.field === field);
    const li = columns.findIndex((c) => c.field === rule.field);
    if (gi < 0 || li <= gi || !sample.down?.[gi]) continue;
    const money = (c: ColumnRead) => c.field !== null && (kind.fields as Record<string, FieldDef>)[c.field]?.value === "amount";
    // A heading of a total alone (小计, 合计) names no field of its own; there, its figures make it the group's money.
    const totalHeading = (c: ColumnRead, i: number) =>
      c.field === null && TOTAL_ALONE.test(c.header.trim()) && sample.values[i].some((v) => typeof v === "number");
    const ti = columns.findIndex((c, i) => i > gi && i < li && ((money(c) && !c.part) || totalHeading(c, i)) && sample.down?.[i]);
    const lineMoney = columns.findIndex((c, i) => i > li && money(c));
    if (ti < 0 || lineMoney < 0) continue;
    if (columns[ti].field === null) {
      columns[ti].field = columns[lineMoney].field;
      columns[ti].evidence = { key: labelKey(labels[ti]), word: null, how: "values", score: 0, fit: null };
    }
    if (columns[ti].field !== columns[lineMoney].field) continue;
    columns[ti].groupTotal = true;
    for (const c of columns) if (c.part?.of === columns[ti].col) delete c.part;
  }
}

/**
 * A figure superseded by a later one (FieldDef.supersededBy): of two columns that both name the
 * field, a plain one (预算数) left of one with the later figure's words (调整预算数) is the field as
 * first stated and the other the field, whichever won it, within one column group and year. Read
 * after the kind is scored, so the kind stays as read.
 */
export function superseded(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], c0: number): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.supersededBy;
    if (!rule) continue;
    const later = (c: ColumnRead) => rule.words.some((w) => c.header.includes(w));
    const named = new Map<number, Scored>();
    for (const s of all) if (s.field === rule.field && !named.has(s.col)) named.set(s.col, s);
    for (const plain of columns) {
      if (plain.field !== rule.field || plain.part || plain.aside || later(plain)) continue;
      const same = (c: ColumnRead) => c.group === plain.group && c.year === plain.year;
      if (columns.some((c) => c.field === field && same(c))) continue;
      const next = columns.find((c) => c.col > plain.col && same(c) && !c.part && later(c) && named.has(c.col) && (c.field === null || c.field === rule.field));
      if (!next) continue;
      const s = named.get(next.col) as Scored;
      plain.field = field;
      next.field = rule.field as Field;
      next.evidence = scoredEvidence(labels[next.col - c0], s);
    }
  }
}

/**
 * A year's columns holding one field alone, left of a later year's holding it beside a budget
 * (FieldDef.earlierYear), or of the title's own year holding it (2021年决算数 | 2022年决算数 under a
 * 2022 title): last year's figure for comparison, unread. Beside a later year's budget alone (2016年执行数 |
 * 2017年预算数, blank; 2021年决算数 | 2022年预算数, filled) it is last year's outcome, no spending of that budget:
 * read, this year's lines would look unspent.
 */
export function earlierYear(kind: AnyKind, columns: ColumnRead[], titleYear: number | null = null): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.earlierYear;
    if (!rule) continue;
    const ofYear = (y: number) => columns.filter((c) => c.year === y && c.field !== null);
    const later = (y: number) =>
      columns.some((c) => c.year !== undefined && c.year > y && c.field === field && ofYear(c.year).some((d) => rule.beside.includes(d.field as string))) ||
      (titleYear !== null && y < titleYear && columns.some((c) => c.year === titleYear && c.field === field));
    const laterBudget = (y: number) =>
      columns.some((c) => c.year !== undefined && c.year > y && ofYear(c.year).every((d) => rule.beside.includes(d.field as string)) && rule.beside.includes(c.field as string));
    for (const c of columns) {
      if (c.field !== field || c.year === undefined) continue;
      if (!ofYear(c.year).every((d) => d.field === field) || !(later(c.year) || laterBudget(c.year))) continue;
      c.field = null;
      delete c.evidence;
      delete c.part;
    }
  }
}

/** An earlier year's column of a field read alone by year (FieldDef.earlierAside): a further column of the latest year. */
export function earlierAside(kind: AnyKind, columns: ColumnRead[]): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    if (!def.earlierAside) continue;
    // Nothing measured beside (no spending, rate or other figure): a budget's own table.
    const figure = (c: ColumnRead) => {
      const v = (kind.fields[c.field as keyof typeof kind.fields] as FieldDef | undefined)?.value;
      return v === "amount" || v === "rate";
    };
    const read = columns.filter((c) => c.field !== null && figure(c));
    if (read.length < 2 || read.some((c) => c.field !== field || c.year === undefined || c.group !== undefined)) continue;
    // A year's block may break its whole into parts (合计 | 因公出国 | 公务用车 …, 2016年 then 2017年): one
    // whole a year, each part under a whole of its own year; the earlier block is named by its heading.
    const wholes = read.filter((c) => !c.part);
    const years = wholes.map((c) => c.year as number);
    if (new Set(years).size !== years.length || years.length < 2) continue;
    const yearOf = new Map(read.map((c) => [c.col, c.year]));
    if (read.some((c) => c.part && yearOf.get(c.part.of) !== c.year)) continue;
    const latest = Math.max(...years);
    const blocked = read.length > wholes.length;
    for (const c of read) {
      if (c.year === latest) continue;
      c.aside = true;
      c.group = blocked ? firstLevel(c.header) : lastLevel(c.header);
      c.year = latest;
    }
  }
}

/** A field read with none of the fields beside it that would make it another (FieldDef.alone): read as this one. */
export function alone(kind: AnyKind, columns: ColumnRead[]): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.alone;
    if (!rule || columns.some((c) => (c.field === field && !c.aside) || (c.field !== null && rule.without.includes(c.field)))) continue;
    const needed = rule.with;
    if (needed && !columns.some((c) => c.field !== null && needed.includes(c.field))) continue;
    for (const c of columns) if (c.field === rule.field && (!rule.words || rule.words.some((w) => c.header.includes(w)))) c.field = field;
  }
}

/**
 * Columns read by an increase on another year (FieldDef.increase: 比上年增加) beside a column of the field read otherwise
 * (截至9月中旬, 金额): the change on that money, unread. Alone they are the field, the composition of what was added.
 */
export function increaseAlone(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[]): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const words = def.increase;
    if (!words) continue;
    const byIncrease = (c: ColumnRead) => {
      const cl = labels.find((l) => l.col === c.col);
      const leaf = cl ? leafOf(cl) : null;
      return !!leaf && words.includes(leaf.h.key);
    };
    const read = columns.filter((c) => c.field === field);
    if (!read.some((c) => !byIncrease(c))) continue;
    for (const c of read) {
      if (!byIncrease(c)) continue;
      c.field = null;
      delete c.evidence;
      delete c.part;
    }
  }
}

/** A field's columns under a plan's title, nothing beside them spent or measured (FieldDef.planned): this one's. */
export function planned(kind: AnyKind, columns: ColumnRead[], title: string): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.planned;
    if (!rule || !rule.title.some((w) => title.includes(w)) || rule.not.some((w) => title.includes(w))) continue;
    const moved = columns.filter((c) => c.field === rule.field);
    if (moved.length === 0 || columns.some((c) => c.field === field || (c.field !== null && rule.without.includes(c.field)))) continue;
    if (moved.some((c) => rule.spent.some((w) => c.header.includes(w)))) continue;
    for (const c of moved) c.field = field;
  }
}

/**
 * A line's name shared by its lines (乡镇 | 村 | 项目名称, one project for every village): the money
 * goes to each place, so the narrowest place naming every line apart (FieldDef.over's words) is the
 * line, the shared name describes it, and the place left of that groups the lines when no column
 * does yet.
 */
export function placesApart(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  const filled = (i: number) => sample.values[i].filter((v) => !isBlank(v)).map(cellText);
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule) continue;
    const isPlace = (c: ColumnRead) => rule.words.some((w) => c.header.includes(w));
    const read = (i: number, f: Field) => {
      columns[i].field = f;
      columns[i].evidence = { key: labelKey(labels[i]), word: rule.words.find((w) => columns[i].header.includes(w)) ?? null, how: "contains", score: 0, fit: null };
    };
    const li = columns.findIndex((c) => c.field === rule.field);
    if (li < 0 || isPlace(columns[li])) continue;
    const shared = new Set(filled(li)).size;
    let at = -1;
    for (let i = li - 1; i >= 0 && at < 0; i--) {
      const c = columns[i];
      // A place read as grouping the lines (bodiesOver: 县（市、区） left of 资金用途) that names each
      // line apart groups none: the groups, if any, are the category rows above its lines.
      if ((c.field !== null && c.field !== field) || !isPlace(c)) continue;
      const own = filled(i);
      if (own.length >= 2 && new Set(own).size === own.length && shared < own.length) at = i;
    }
    if (at < 0) continue;
    const line = columns[li];
    read(at, rule.field as Field);
    line.field = null;
    delete line.evidence;
    if (columns.some((c) => c.field === field)) continue;
    for (let i = at - 1; i >= 0; i--) {
      if (columns[i].field !== null || !isPlace(columns[i])) continue;
      read(i, field);
      break;
    }
  }
}

/**
 * What an award goes to (FieldDef.over's `awarded`: 奖补对象), unread, right after a place unread or read as the line
 * (县（市、区） | 奖补对象 村, 乡镇 | 奖补对象): it names the line, the place its group.
 */
export function awardedRightOfPlace(kind: AnyKind, columns: ColumnRead[]): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule?.awarded || columns.some((c) => c.field === field)) continue;
    const ai = columns.findIndex((c) => c.field === null && rule.awarded?.includes(headerKey(c.header)));
    if (ai < 1) continue;
    const place = columns[ai - 1];
    if ((place.field !== null && place.field !== rule.field) || !rule.words.some((w) => place.header.includes(w))) continue;
    if (place.field === null && columns.some((c) => c.field === rule.field)) continue;
    place.field = field;
    columns[ai].field = rule.field as Field;
  }
}

/**
 * A line's kind shared by its lines right of the places it is paid to (乡镇 | 奖补对象 贫困行政村 / 贫困乡, 个数 × 标准): the
 * place written on every row, nearly each apart, is the line and the few kinds repeated down its right group the lines.
 * Read when a place left of the line was read as grouping it (FieldDef.over) and the line names at most half as many apart.
 */
export function kindsRightOfPlaces(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }): void {
  const filled = (i: number) => sample.values[i].filter((v) => !isBlank(v)).map(cellText);
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule) continue;
    const gi = columns.findIndex((c) => c.field === field);
    const li = columns.findIndex((c) => c.field === rule.field);
    if (gi < 0 || li !== gi + 1 || !rule.words.some((w) => columns[gi].header.includes(w))) continue;
    const places = filled(gi);
    const kinds = filled(li);
    if (kinds.length < 3 || places.length !== kinds.length) continue;
    const apart = new Set(places).size;
    const few = new Set(kinds).size;
    if (few * 2 > kinds.length || apart < 0.75 * places.length || apart <= few) continue;
    const [group, line] = [columns[gi], columns[li]];
    group.field = rule.field as Field;
    line.field = field;
    [group.evidence, line.evidence] = [line.evidence, group.evidence];
  }
}

/**
 * A place merged down over the kinds of what it is paid for (镇（街） over 类别 城镇低保 / 农村低保 / 特困人员, then the next
 * town): the kinds read as the grouping field (FieldDef.over), a few repeated in every town, sort the lines; the place, unread
 * and just left of them, is each line's — the line, as a town beside one kind a row is (kindsRightOfPlaces). Kinds named
 * apart (a town's villages) name the lines themselves and keep their reading.
 */
export function placeMergedOverKinds(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; down?: boolean[] }): void {
  const filled = (i: number) => sample.values[i].filter((v) => !isBlank(v));
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.over;
    if (!rule || columns.some((c) => c.field === rule.field)) continue;
    const gi = columns.findIndex((c) => c.field === field);
    if (gi < 1 || columns.filter((c) => c.field === field).length !== 1) continue;
    const pi = gi - 1;
    const place = columns[pi];
    if (place.field !== null || place.part || place.manual || !sample.down?.[pi] || !rule.words.some((w) => place.header.includes(w))) continue;
    const places = filled(pi);
    const kinds = filled(gi);
    if (kinds.length < 4 || places.length !== kinds.length || [...places, ...kinds].some((v) => typeof v !== "string" || /\d/.test(v))) continue;
    const apart = new Set(places.map(cellText)).size;
    const few = new Set(kinds.map(cellText)).size;
    // Kinds repeated (twice each on average) under more than one place: kinds sorting the places' lines.
    if (apart < 2 || few < 2 || few * 2 > kinds.length) continue;
    place.field = rule.field as Field;
    place.evidence = { key: labelKey(labels[pi]), word: rule.words.find((w) => place.header.includes(w)) ?? null, how: "values", score: 0, fit: null };
  }
}

/** A field whose heading names it only left of another field's column (FieldDef.notAfter) is unread right of it. */
export function dropNamedAfter(kind: AnyKind, columns: ColumnRead[], title = ""): void {
  const count = (fs: readonly string[] | undefined) => columns.filter((c) => c.field !== null && !!fs?.includes(c.field)).length;
  for (const col of columns) {
    const def = col.field ? (kind.fields[col.field as keyof typeof kind.fields] as FieldDef) : undefined;
    const rule = def?.notAfter?.find((r) => r.words.some((w) => col.evidence?.key.includes(w)) && (!r.titled || r.titled.words.some((w) => title.includes(w))));
    if (!rule || !col.evidence) continue;
    const named = rule.titled
      ? columns.some((c) => c !== col && c.field !== null && rule.titled?.beside.includes(c.field))
      : columns.some((c) => c.field === rule.field && c.col < col.col);
    if (!named) continue;
    if (count(rule.unless) > 0) continue;
    const paid = count(rule.paying?.fields);
    if (rule.paying && (paid > 1 || (paid === 1 && count(rule.paying.against) > 0))) continue;
    // Under a title naming a plan's projects (…拟安排项目表) the sums are the plan's, no award to the bodies.
    const award = rule.award?.planned?.some((w) => title.includes(w)) ? undefined : rule.award;
    const rest = (i: number) => {
      const head = lastLevel(columns[i + 1]?.header ?? "");
      return !!award?.rest.some((w) => head.endsWith(w));
    };
    if (award && columns.some((c, i) => c.field !== null && award.fields.includes(c.field) && !rest(i))) continue;
    col.field = null;
    delete col.evidence;
  }
}

/** A column of government bodies left of the projects they run (FieldDef.bodiesRunning) is unread. */
export function dropBodiesRunning(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }, title: string): void {
  columns.forEach((col, i) => {
    const def = col.field ? (kind.fields[col.field as keyof typeof kind.fields] as FieldDef) : undefined;
    const rule = def?.bodiesRunning;
    if (!rule) return;
    const read = (fs: readonly string[], from = 0, to = columns.length, headed?: readonly string[]) =>
      columns.some((c, j) => j >= from && j < to && c.field !== null && fs.includes(c.field) && (!headed || headed.some((w) => c.header.includes(w))));
    const a = rule.after;
    const after = !!a && (a.bodies.some((w) => col.header.includes(w)) ? read(a.fields, 0, i) : read(a.fields, 0, i, a.headed));
    if (!(read(rule.beside, i + 1) || after) || read(rule.unless)) return;
    const filled = (j: number) => textsOf(sample, j).map((v) => v.replace(/\s+/g, ""));
    const own = filled(i);
    const g = rule.graded;
    const graded = (j: number) => {
      const grades = filled(j);
      const named = !!g && g.named.some((w) => title.includes(w) || columns[j].header.includes(w));
      return !!g && named && columns[j].field === g.field && grades.length >= 2 && grades.every((v) => g.values.test(v));
    };
    const bodies = own.every((v) => rule.values.test(v)) || (!!g && !own.some((v) => g.not.some((e) => v.endsWith(e))) && columns.some((_, j) => graded(j)));
    if (own.length < 2 || !bodies) return;
    col.field = null;
    delete col.evidence;
  });
}

/**
 * The names a township government's town may go by (某县甲乙镇人民政府 → 甲乙镇): what follows its county or city,
 * 人民政府 dropped, at any of the places a county's or city's name may end (德清县新市镇: 新市镇, not 镇); a bare
 * 城镇 or 乡镇 names no town.
 */
function townsOf(body: string): string[] {
  const name = body.replace(/人民政府$/, "");
  const cuts = [0, ...[...name].flatMap((ch, i) => ("省市州盟区县旗".includes(ch) ? [i + 1] : []))];
  return cuts.map((i) => name.slice(i)).filter((t) => t.length >= 2 && !/^(城|乡|集)?[镇乡]$|^[城乡集]镇$/.test(t));
}

/** A column of township governments right of their own towns' projects (FieldDef.townsRunning) is unread. */
export function dropTownsRunning(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }): void {
  columns.forEach((col, i) => {
    const def = col.field ? (kind.fields[col.field as keyof typeof kind.fields] as FieldDef) : undefined;
    const rule = def?.townsRunning;
    if (!rule) return;
    const p = columns.findIndex((c, j) => j < i && c.field !== null && rule.after.includes(c.field));
    if (p < 0 || columns.some((c) => c.field !== null && rule.unless.includes(c.field))) return;
    const rest = (j: number) => rule.rest.some((w) => lastLevel(columns[j + 1]?.header ?? "").includes(w));
    if (columns.some((c, j) => c.field !== null && rule.award.includes(c.field) && !rest(j))) return;
    let rows = 0;
    for (let r = 0; r < sample.values[i].length; r++) {
      const v = sample.values[i][r];
      if (isBlank(v)) continue;
      const body = cellText(v).replace(/\s+/g, "");
      const project = cellText(sample.values[p][r] ?? null).replace(/\s+/g, "");
      if (!rule.values.test(body) || !townsOf(body).some((t) => project.includes(t))) return;
      rows++;
    }
    if (rows === 0) return;
    col.field = null;
    delete col.evidence;
  });
}

/** Share of a column's filled values that are text closing on one of `ends` (0 when none is filled). */
export function endingShare(values: readonly Cell[], ends: readonly string[]): number {
  const own = values.filter((v) => !isBlank(v));
  if (own.length === 0) return 0;
  return own.filter((v) => typeof v === "string" && ends.some((w) => v.trim().endsWith(w))).length / own.length;
}

/**
 * An object read as this field beside firms (FieldDef.objectOfFirm: 景区名称 | 运营单位 …有限公司): the firms'
 * column, read by no heading word (unread, or read from its values only), becomes the field and the object
 * its `field` (the firm's project) when that is free, else unread.
 */
export function objectOfFirm(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], sample: { values: Cell[][] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.objectOfFirm;
    if (!rule) continue;
    const at = columns.findIndex((c) => c.field === field);
    if (at < 0) continue;
    const key = columns[at].evidence?.key ?? "";
    const word = columns[at].evidence?.word ?? "";
    const named = rule.named !== undefined && rule.named.words.includes(word) && key !== word && columns.some((c) => rule.named?.beside.includes(c.field ?? ""));
    if (!(named || rule.objects.some((w) => key.includes(w))) || rule.bodies.some((w) => key.includes(w))) continue;
    if (endingShare(sample.values[at], rule.ends) >= 0.5) continue;
    const firms = columns.findIndex((c, i) => i !== at && (c.field === null || c.evidence?.how === "values") && endingShare(sample.values[i], rule.ends) >= 0.8);
    // A named object's holder stands right of it (专利名称 | 专利权人); a firm column left of it heads the row itself.
    if (firms < 0 || (named && !rule.objects.some((w) => key.includes(w)) && firms < at)) continue;
    const s = all.find((x) => x.col === columns[firms].col && x.field === field);
    const to = columns[firms];
    to.field = field;
    to.evidence = s
      ? scoredEvidence(labels[firms], s)
      : { key: labelKey(labels[firms]), word: null, how: "values", score: 0, fit: null };
    const object = columns[at];
    if (columns.some((c) => c.field === rule.field)) {
      object.field = null;
      delete object.evidence;
    } else {
      object.field = rule.field as Field;
      if (object.evidence) object.evidence = { ...object.evidence, how: "values" };
    }
  }
}

/**
 * A thing held named left of the body holding it (FieldDef.heldBy: 展会名称 | 举办单位): the body's column, read as
 * nothing or the field, becomes the field and the thing its `field` (the body's project) when that is free, else
 * unread. Another column reading the field (企业名称 before the show) keeps it: the body there is someone else.
 */
export function heldBy(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[]): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.heldBy;
    if (!rule) continue;
    const keys = labels.map((l) => labelKey(l));
    const at = keys.findIndex((k, i) => rule.objects.some((w) => k.includes(w)) && (columns[i].field === field || columns[i].field === rule.field || columns[i].field === null));
    if (at < 0) continue;
    const body = keys.findIndex((k, i) => i > at && rule.bodies.some((w) => k === w || k === `${w}名称`));
    if (body < 0 || (columns[body].field !== null && columns[body].field !== field)) continue;
    if (columns.some((c, i) => i !== at && i !== body && c.field === field)) continue;
    const to = columns[body];
    const s = all.find((x) => x.col === to.col && x.field === field);
    to.field = field;
    to.evidence = s ? scoredEvidence(labels[body], s) : { key: keys[body], word: null, how: "contains", score: 0, fit: null };
    const thing = columns[at];
    if (columns.some((c, i) => i !== at && c.field === rule.field)) {
      thing.field = null;
      delete thing.evidence;
    } else if (thing.field !== rule.field) {
      const p = all.find((x) => x.col === thing.col && x.field === rule.field);
      thing.field = rule.field as Field;
      thing.evidence = p ? scoredEvidence(labels[at], p) : { key: keys[at], word: null, how: "contains", score: 0, fit: null };
    }
  }
}

/**
 * Readings dropWithout would unread whatever is picked: a heading word of FieldDef.onlyWith when no column
 * could read any of its fields or payments (牵头单位 with no credit code anywhere). Left out before the
 * fields are handed out, they take the field from no column the title or other words give it (集群名称
 * under a list of clusters).
 */
export function withoutHope(kind: AnyKind, all: Scored[]): void {
  const can = new Set(all.map((s) => s.field as string));
  const hopeless = (s: Scored): boolean => {
    const def = kind.fields[s.field as keyof typeof kind.fields] as FieldDef | undefined;
    const rules = def?.onlyWith === undefined ? [] : Array.isArray(def.onlyWith) ? def.onlyWith : [def.onlyWith as OnlyWith];
    const word = s.match?.word;
    const rule = !word || s.how === "title" ? undefined : rules.find((r) => r.words.includes(word));
    return !!rule && !rule.fields.some((f: string) => can.has(f)) && !(rule.paying ?? []).some((f: string) => can.has(f));
  };
  for (let i = all.length - 1; i >= 0; i--) if (hopeless(all[i])) all.splice(i, 1);
}

/**
 * A field named by one of FieldDef.onlyWith's words is unread unless the table reads one of its
 * fields and none of `unless`, or one of `paying`.
 */
export function dropWithout(kind: AnyKind, columns: ColumnRead[]): void {
  for (const col of columns) {
    const def = col.field ? (kind.fields[col.field as keyof typeof kind.fields] as FieldDef) : undefined;
    const rules = def?.onlyWith === undefined ? [] : Array.isArray(def.onlyWith) ? def.onlyWith : [def.onlyWith as OnlyWith];
    const word = col.evidence?.word;
    // A heading the title lends (a pilot village list's 村: whom the list rewards) names the field outright.
    const rule = !word || col.evidence?.how === "title" ? undefined : rules.find((r) => r.words.includes(word));
    if (!rule) continue;
    const read = (fs: readonly string[] | undefined) => columns.some((c) => c.field !== null && !!fs?.includes(c.field));
    if (read(rule.paying) || (read(rule.fields) && !read(rule.unless))) continue;
    col.field = null;
    delete col.evidence;
  }
}

/**
 * A single month named alone (7月完成数, 9月份支出) is that month's figure, as 本月 is: the months to date are
 * written as a range (1-7月, taken off the key) or run to a point (7月底, 7月末, 截至7月) or say 累计.
 */
const ONE_MONTH = /^(?:1[0-2]|[1-9])月(?!份?(?:[底末止初中上下旬]|累计))份?/;
/**
 * A total over a count of years (4年合计, 三年总计), not a year (2022年合计 starts with four digits): the money of all
 * the years, each the yearly figure beside it, written as 多年合计 for the words to name.
 */
const YEARS_COUNT = /^(?:[1-9]\d?|[一二两三四五六七八九十]{1,2})年(?=合计|总计)/;
const asideKey = (key: string) => key.replace(ONE_MONTH, "本月").replace(YEARS_COUNT, "多年");
const overYears = (key: string) => YEARS_COUNT.test(key);

/**
 * A field's further columns (FieldDef.aside: 项目总投资 beside 衔接资金) leave the main reading to
 * the first other column of the field: each becomes a column group of its own, checked on its own.
 */
export function setAside(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], c0: number): void {
  const defOf = (c: ColumnRead) => (c.field ? (kind.fields[c.field as keyof typeof kind.fields] as FieldDef) : undefined);
  // With money per measure read, the investment is the line's unit × quantity: the main amount.
  if (columns.some((c) => defOf(c)?.byUnit === "perMeasure")) return;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const words = def.aside;
    if (!words) continue;
    const named = (c: ColumnRead) => words.some((w) => asideKey(c.evidence?.key ?? "").includes(w));
    // Within each column group on its own (收入 | 支出, each over 当月 | 累计).
    const groups = new Set(columns.filter((c) => c.field === field).map((c) => c.group));
    for (const group of groups) {
      // The main column may be one `alone` turns into the field (行政经费 beside the 三公 budget's 合计).
      const own = columns.filter((c) => (c.field === field || (c.field === def.alone?.field && c.field !== null)) && c.group === group);
      // Beside the years one by one (2019年 | 2020年 | 4年合计) the years' total is theirs across the row, no further column.
      const byYear = own.some((c) => c.year !== undefined);
      const isAside = (c: ColumnRead) => named(c) && !(byYear && overYears(c.evidence?.key ?? ""));
      const main = own.find((c) => !isAside(c));
      const aside = own.filter(isAside);
      if (!main || aside.length === 0) continue;
      const asideAt = new Set(aside.map((c) => c.col));
      // The investment split under 其中 into its sources (预计总投资 | 其中：财政奖补 | 筹资筹劳 | 村集体):
      // it is the whole and they its parts, as any 其中 list.
      // So is the investment followed by its sources (总投资 | 中央投资 | 省级匹配), their exhaustive whole.
      const underQizhong = (c: ColumnRead) => (facts(labels[c.col - c0]).part || !!c.part?.exhaustive) && !!c.part && asideAt.has(c.part.of);
      if (own.every((c) => isAside(c) || underQizhong(c))) continue;
      if (main.part && asideAt.has(main.part.of)) delete main.part;
      for (const c of aside) {
        delete c.part;
        c.aside = true;
        const leaf = lastLevel(c.header);
        c.group = group === undefined ? leaf : `${group}${leaf}`;
      }
    }
  }
}

/**
 * The thing a measure counts, whatever time it is counted over: bed-months (床/次, 床·月) and beds a month (元/床/月)
 * count beds alike, approved beds in 张 do not.
 */
function sameThing(a: string | undefined, b: string | undefined): boolean {
  const thing = (m: string) => m.split(/[/·]/)[0];
  return a !== undefined && b !== undefined && (a === b || thing(a) === thing(b));
}

/**
 * A standard stating its measure (补贴标准（元/千瓦时）, 元/亩) is paid per that measure: the field
 * counted by measure (FieldDef.byUnit `measure`) is the column counted in it (补贴电量（千瓦时）), not
 * another count beside it (户数), which is left unread. Only an unread column the field scored moves.
 */
export function countedInStandardsMeasure(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], c0: number): void {
  const defOf = (f: string | null) => (f ? (kind.fields[f as keyof typeof kind.fields] as FieldDef | undefined) : undefined);
  const per = columns.find((c) => defOf(c.field)?.byUnit === "perMeasure" && !!c.measure);
  if (!per) return;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    if (def.byUnit !== "measure") continue;
    const held = columns.find((c) => c.field === field && !c.part);
    if (sameThing(held?.measure, per.measure)) continue;
    const s = all.find((x) => x.field === field && columns[x.col - c0].field === null && sameThing(columns[x.col - c0].measure, per.measure));
    if (!s) continue;
    const to = columns[s.col - c0];
    to.field = field;
    to.evidence = scoredEvidence(labels[s.col - c0], s);
    if (held) {
      held.field = null;
      delete held.evidence;
    }
  }
}

/**
 * A confirmed measure beside a head count (FieldDef.measuredOver: 应补贴户数 | 核定小麦面积): the field read from the count
 * moves to the measure's column, when that column is unread, names itself confirmed (FieldDef.confirmed: what a standard
 * is paid on) and holds counts; the count is left unread. An area merely stated (面积（亩）) leaves the households the quantity.
 */
export function measuredOverCount(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; formats?: (string | null)[][] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.measuredOver;
    if (!rule) continue;
    const key = (i: number) => leafOf(labels[i])?.h.key ?? "";
    const at = columns.findIndex((c) => c.field === field && !c.part);
    if (at < 0 || !rule.counts.some((w) => key(at).endsWith(w))) continue;
    for (let i = 0; i < columns.length; i++) {
      const k = key(i);
      if (columns[i].field !== null || columns[i].group !== columns[at].group) continue;
      if (!rule.measures.some((w) => k.endsWith(w)) || !def.confirmed?.some((w) => k.includes(w))) continue;
      const fit = valueFit(def.value, sample.values[i], sample.formats?.[i]);
      if (fit === null || fit < 0.8) continue;
      columns[i].field = field;
      columns[i].evidence = { key: labelKey(labels[i]), word: rule.measures.find((w) => k.endsWith(w)) ?? null, how: "ends", score: 0.6, fit: round(fit) };
      columns[at].field = null;
      delete columns[at].evidence;
      break;
    }
  }
}

/**
 * A scale whose unit column beside it differs line by line (建设规模 | 计量单位 over 万平方米, 座) adds up to nothing and,
 * with no standard read, prices nothing: the field counted by measure moves to an unread count it scored (项目个数, 户数).
 */
export function countOverMixedScale(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], all: readonly Scored[], c0: number, sample: { values: Cell[][] }): void {
  const defOf = (f: string | null) => (f ? (kind.fields[f as keyof typeof kind.fields] as FieldDef | undefined) : undefined);
  if (columns.some((c) => defOf(c.field)?.byUnit === "perMeasure")) return;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    if (def.byUnit !== "measure") continue;
    const at = columns.findIndex((c) => c.field === field && !c.part);
    // The unit's own column (单位, 计量单位), not an office's (责任单位); none when the scale states its unit (万平方米).
    if (at < 0 || columns[at + 1]?.field !== null || leafOf(labels[at])?.h.measure || !/^(计量|度量)?单位$/.test(leafOf(labels[at + 1])?.h.key ?? "")) continue;
    if (new Set(sample.values[at + 1].filter((v) => typeof v === "string" && v.trim())).size < 2) continue;
    const s = all.find((x) => x.field === field && x.col - c0 !== at + 1 && columns[x.col - c0].field === null && columns[x.col - c0].group === columns[at].group);
    if (!s) continue;
    columns[s.col - c0].field = field;
    columns[s.col - c0].evidence = scoredEvidence(labels[s.col - c0], s);
    columns[at].field = null;
    delete columns[at].evidence;
  }
}

/**
 * A fund named by its heading (FieldDef.namedFund: 衔接资金（中央和省级）) left of the spending, in a
 * table reading the spending and its rate but no budget: the nearest such unread column holding
 * amounts is the budget they are measured against.
 */
export function namedFund(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; formats?: (string | null)[][] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.namedFund;
    if (!rule || columns.some((c) => c.field === field || (!!c.field && !!rule.unless?.includes(c.field)))) continue;
    if (!rule.with.every((f) => columns.some((c) => c.field === f))) continue;
    const at = columns.findIndex((c) => c.field === rule.leftOf && !c.part);
    for (let i = at - 1; i >= 0; i--) {
      const key = leafOf(labels[i])?.h.key ?? "";
      if (columns[i].field !== null || columns[i].group !== columns[at].group) continue;
      if (!rule.heads.some((w) => key.endsWith(w)) || rule.not?.some((w) => key.includes(w))) continue;
      const fit = valueFit(def.value, sample.values[i], sample.formats?.[i]);
      if (fit === null || fit < 0.8) continue;
      columns[i].field = field;
      columns[i].evidence = { key: labelKey(labels[i]), word: rule.heads.find((w) => key.endsWith(w)) ?? null, how: "ends", score: 0.6, fit: round(fit) };
      break;
    }
  }
}
