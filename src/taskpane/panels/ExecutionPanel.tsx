/**
 * 执行率: execution rates by year and by category against time progress (序时进度) at the as-of
 * date, with the as-of date and tolerance as controls (changing them runs the checks again).
 */
import { useState } from "react";
import { Badge, Button, Field, Input, Select } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { rangeA1 } from "../../core/grid";
import { formatRate, formatYuan, statusLabel } from "../../core/i18n/messages";
import type { SpendingStatus } from "../../core/measures";
import type { ExecutionTable } from "../../core/tables/types";
import { executionView, type ExecutionCellView, type ExecutionYearTotalView } from "../../core/views";
import { parseIsoDate, parseTolerance } from "../pane-settings";
import { usePane } from "../pane-context";
import { tableKey } from "../table-key";
import { usePaneStyles } from "../styles";
import { BarChart, type Bar, type BarTone } from "../components/BarChart";
import { FindingsSection } from "../components/FindingsSection";
import { SafeText } from "../components/SafeText";
import { findingsOfRules } from "../findings-view";
import type { Translate } from "../i18n";
import type { Lang } from "../../core/settings";

const TONE: Record<SpendingStatus, BarTone> = { normal: "ok", behind: "warning", overspent: "error", "no-spending": "warning" };
const BADGE: Record<SpendingStatus, "success" | "warning" | "danger"> = {
  normal: "success",
  behind: "warning",
  overspent: "danger",
  "no-spending": "warning",
};

function Status({ status }: { status: SpendingStatus | null }) {
  const { t, lang } = usePane();
  if (status === null)
    return (
      <Badge appearance="outline" color="subtle" size="small">
        {t("execution.noBudget")}
      </Badge>
    );
  return (
    <Badge appearance="tint" color={BADGE[status]} size="small" data-status={status}>
      {statusLabel(status, lang)}
    </Badge>
  );
}

/** One bar: a row's year, or a year's total (which states no rate of its own). */
function bar(key: string, label: string, c: ExecutionCellView | ExecutionYearTotalView, t: Translate, lang: Lang): Bar {
  const statedRate = "statedRate" in c ? c.statedRate : null;
  const amounts =
    c.budget !== null
      ? t("execution.amounts", { actual: formatYuan(c.actual ?? 0, lang), budget: formatYuan(c.budget, lang) })
      : c.actual !== null
        ? t("execution.actualOnly", { actual: formatYuan(c.actual, lang) })
        : t("execution.noBudget");
  return {
    key,
    label,
    value: c.rate,
    valueText: c.rate === null ? "—" : formatRate(c.rate, lang),
    tone: c.status ? TONE[c.status] : "neutral",
    marker: c.progress,
    detail: (
      <>
        <Status status={c.status} /> {amounts}
        {statedRate !== null ? ` · ${t("execution.statedRate", { rate: formatRate(statedRate, lang) })}` : ""}
      </>
    ),
  };
}

function ExecutionTableView({ table, index }: { table: ExecutionTable; index: number }) {
  const { t, lang, result } = usePane();
  const ps = usePaneStyles();
  const years = [...new Set(table.rows.flatMap((r) => r.years.map((y) => y.year)))];
  const latest = years.length > 0 ? Math.max(...years) : null;
  const [year, setYear] = useState<number | null>(latest);
  if (!result) return null;
  const view = executionView(table, result.asOf, result.settings);
  const headingId = `execution-${index}`;
  const layout = t(table.layout === "by-year" ? "execution.byYear" : "execution.byCategory");
  const heading = (
    <h2 id={headingId} className={ps.heading}>
      <SafeText text={t("execution.table", { sheet: table.sheet, range: rangeA1(table.range), layout })} />
    </h2>
  );
  const legend = t("execution.legend", { tolerance: result.settings.tolerance });

  if (view.layout === "by-year") {
    const bars = view.rows.flatMap((r) => r.years.map((c) => bar(`${r.row}-${c.year}`, r.label, c, t, lang)));
    return (
      <section className={ps.section} aria-labelledby={headingId} data-table={`${table.sheet}!${rangeA1(table.range)}`}>
        {heading}
        <ul className={ps.list}>
          {view.totals.map((y) => (
            <li key={y.year} className={ps.muted}>
              {t("execution.yearProgress", { year: y.year, rate: formatRate(y.progress, lang) })}
            </li>
          ))}
        </ul>
        <BarChart caption={t("execution.chartByYear")} bars={bars} minScale={1} legend={legend} />
      </section>
    );
  }

  const shown = year ?? latest;
  const total = view.totals.find((y) => y.year === shown);
  const group = table.groupBudgets.find((g) => g.year === shown);
  const bars = view.rows.flatMap((r) =>
    r.years.filter((c) => c.year === shown).map((c) => bar(`${r.row}`, r.label, c, t, lang))
  );
  if (total) bars.push(bar("total", t("execution.total"), total, t, lang));
  return (
    <section className={ps.section} aria-labelledby={headingId} data-table={`${table.sheet}!${rangeA1(table.range)}`}>
      {heading}
      {years.length > 1 && (
        <Field label={t("execution.year")} size="small">
          <Select size="small" value={String(shown)} onChange={(_, d) => setYear(Number(d.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {total && (
        <p data-testid="execution-progress">
          {t("execution.progress", { rate: formatRate(total.progress, lang) })} · {t("run.asOf", { date: view.asOf })}
        </p>
      )}
      {group && <p className={ps.muted}>{t("execution.groupBudget", { amount: formatYuan(group.figure.value, lang) })}</p>}
      <BarChart caption={t("execution.chart", { year: String(shown) })} bars={bars} minScale={1} legend={legend} />
    </section>
  );
}

/** As-of date and tolerance as typed; the panel remounts it (by key) when either changes elsewhere. */
function ExecutionControls({ initialAsOf }: { initialAsOf: string }) {
  const { t, settings, saveSettings, running } = usePane();
  const ps = usePaneStyles();
  const [asOf, setAsOf] = useState(initialAsOf);
  const [tolerance, setTolerance] = useState(String(settings.tolerance));
  const [tried, setTried] = useState(false);
  const date = parseIsoDate(asOf);
  const tol = parseTolerance(tolerance);
  const apply = () => {
    setTried(true);
    if (!date || tol === null) return;
    void saveSettings({ ...settings, asOf: date, tolerance: tol });
  };
  return (
    <div className={ps.formGrid}>
      <Field
        label={t("execution.asOf")}
        size="small"
        validationState={tried && !date ? "error" : "none"}
        validationMessage={tried && !date ? t("settings.invalidDate") : undefined}
      >
        <Input size="small" type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      <Field
        label={t("execution.tolerance")}
        size="small"
        validationState={tried && tol === null ? "error" : "none"}
        validationMessage={tried && tol === null ? t("settings.invalidTolerance") : undefined}
      >
        <Input size="small" inputMode="decimal" value={tolerance} onChange={(_, d) => setTolerance(d.value)} />
      </Field>
      <Button icon={<ArrowSyncRegular />} onClick={apply} disabled={running}>
        {t("execution.apply")}
      </Button>
    </div>
  );
}

export function ExecutionPanel() {
  const { t, result, settings } = usePane();
  const ps = usePaneStyles();
  if (!result) return <p>{t("run.none")}</p>;
  // The date the user chose, else the one the last run used.
  const asOf = settings.asOf ?? result.asOf;
  const tables = result.tables.filter((x): x is ExecutionTable => x.kind === "execution");
  return (
    <>
      <section className={ps.section} aria-label={t("execution.title")}>
        <ExecutionControls key={`${asOf}|${settings.tolerance}`} initialAsOf={asOf} />
      </section>
      {tables.length === 0 && <p>{t("execution.none")}</p>}
      {tables.map((table, i) => (
        <ExecutionTableView key={tableKey(table)} table={table} index={i} />
      ))}
      <FindingsSection id="execution" title={t("execution.findings")} findings={findingsOfRules(result.findings, ["execution."])} />
    </>
  );
}
