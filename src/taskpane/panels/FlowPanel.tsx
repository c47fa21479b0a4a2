/**
 * 资金对账: per year, for the fund and each category, the four stages of the money — budget →
 * awards due → paid → reported spending — as bars on one scale, the gaps between them in words
 * and figures, the cells they come from and the findings on them (each selects its cell). The
 * figures are the core's moneyFlowView; the panel only lays them out.
 */
import { useMemo, useState, type ReactNode } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { formatYuan } from "../../core/i18n/messages";
import { moneyFlowView, type FlowRowView, type MoneyFlowView } from "../../core/flowView";
import type { Lang } from "../../core/settings";
import type { Translate } from "../i18n";
import { usePane } from "../pane-context";
import { usePaneStyles, useToneStyles } from "../styles";
import { BarChart, type Bar } from "../components/BarChart";
import { CellLink } from "../components/CellLink";
import { FindingButtons } from "../components/FindingButton";
import { FindingsSection } from "../components/FindingsSection";
import { SafeText } from "../components/SafeText";
import { SeverityIcon } from "../components/SeverityIcon";
import { severityRank, type Severity } from "../../core/findings";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS, minWidth: 0, overflowWrap: "anywhere" },
  headText: { display: "flex", flexDirection: "column", minWidth: 0 },
  gaps: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

export type Stage = "budget" | "due" | "paid" | "reported";
export const STAGES: readonly Stage[] = ["budget", "due", "paid", "reported"];

type Gap = { key: "overBudget" | "paidVsReported"; text: string; tone: "ok" | "error" | "warning" | null };

/** The gaps between the stages, in words: over or within the budget; paid against reported. */
export function gapsOf(r: FlowRowView, t: Translate, lang: Lang): Gap[] {
  const yuan = (n: number) => formatYuan(Math.abs(n), lang);
  const budget: Gap =
    r.overBudget === null
      ? { key: "overBudget", text: t(r.budget === null ? "flow.gap.noBudget" : "flow.gap.noDue"), tone: null }
      : r.overBudget > 0
        ? { key: "overBudget", text: t("flow.gap.overBudget", { amount: yuan(r.overBudget) }), tone: "error" }
        : { key: "overBudget", text: t("flow.gap.withinBudget", { amount: yuan(r.overBudget) }), tone: "ok" };
  const paid: Gap =
    r.paidVsReported === null
      ? { key: "paidVsReported", text: t(r.paid === null ? "flow.gap.noPaid" : "flow.gap.noReported"), tone: null }
      : r.paidVsReported === 0
        ? { key: "paidVsReported", text: t("flow.gap.paidEqual"), tone: "ok" }
        : {
            key: "paidVsReported",
            text: t(r.paidVsReported > 0 ? "flow.gap.paidMore" : "flow.gap.paidLess", { amount: yuan(r.paidVsReported) }),
            tone: "error",
          };
  return [budget, paid];
}

function bars(r: FlowRowView, t: Translate, lang: Lang, asOf: string): Bar[] {
  const value = (n: number | null) => (n === null ? t("flow.noData") : formatYuan(n, lang));
  const cell = (c: FlowRowView["budgetCell"]): ReactNode => (c ? <CellLink sheet={c.sheet} cell={c.cell} /> : null);
  return [
    { key: "budget", label: t("flow.stage.budget"), value: r.budget, valueText: value(r.budget), tone: "brand", detail: cell(r.budgetCell) },
    {
      key: "due",
      label: t("flow.stage.due"),
      value: r.due,
      valueText: value(r.due),
      tone: r.overBudget !== null && r.overBudget > 0 ? "error" : "brand",
      detail:
        r.due === null
          ? undefined
          : t("flow.dueDetail", { fresh: formatYuan(r.dueNew ?? 0, lang), instalments: formatYuan(r.dueInstalments ?? 0, lang) }),
    },
    {
      key: "paid",
      label: t("flow.stage.paid"),
      value: r.paid,
      valueText: value(r.paid),
      tone: r.paidVsReported !== null && r.paidVsReported !== 0 ? "error" : "ok",
      detail: r.paid === null ? undefined : t("flow.payments", { n: r.payments, date: asOf }),
    },
    { key: "reported", label: t("flow.stage.reported"), value: r.reported, valueText: value(r.reported), tone: "neutral", detail: cell(r.reportedCell) },
  ];
}

function worst(r: FlowRowView): Severity | null {
  let w: Severity | null = null;
  for (const f of r.findings) if (w === null || severityRank(f.severity) < severityRank(w)) w = f.severity;
  return w;
}

/** One row (the fund or a category): its four stages on one scale, the gaps, the findings. */
function FlowRow({ row, asOf }: { row: FlowRowView; asOf: string }) {
  const { t, lang } = usePane();
  const ps = usePaneStyles();
  const tone = useToneStyles();
  const s = useStyles();
  return (
    <div className={s.row}>
      <BarChart caption={t("flow.chart")} bars={bars(row, t, lang, asOf)} minScale={1} />
      <ul className={s.gaps} aria-label={t("flow.gaps")}>
        {gapsOf(row, t, lang).map((g) => (
          <li key={g.key} data-gap={g.key} className={g.tone ? tone[g.tone] : ps.muted}>
            {g.text}
          </li>
        ))}
      </ul>
      <FindingButtons findings={row.findings} />
    </div>
  );
}

function YearView({ view, year }: { view: MoneyFlowView; year: number }) {
  const { t } = usePane();
  const ps = usePaneStyles();
  const s = useStyles();
  const y = view.years.find((x) => x.year === year);
  if (!y) return null;
  const fundName = t("flow.fund", { year });
  return (
    <>
      <section className={ps.section} aria-labelledby="flow-fund" data-flow-row="fund" data-year={year}>
        <h3 id="flow-fund" className={ps.subheading}>
          {fundName}
        </h3>
        <FlowRow row={y.fund} asOf={view.asOf} />
      </section>
      {y.categories.length > 0 && (
        <section className={ps.section} aria-labelledby="flow-categories">
          <h3 id="flow-categories" className={ps.subheading}>
            {t("flow.categories", { year })}
          </h3>
          <Accordion multiple collapsible defaultOpenItems={y.categories.flatMap((c, i) => (c.findings.length > 0 ? [String(i)] : []))}>
            {y.categories.map((c, i) => {
              const name = c.category ?? "—";
              const w = worst(c);
              return (
                <AccordionItem key={`${year}-${name}`} value={String(i)} data-flow-row={name} data-year={year}>
                  <AccordionHeader size="small" icon={w ? <SeverityIcon severity={w} /> : undefined}>
                    <span className={s.headText}>
                      <SafeText text={name} />
                      {c.findings.length > 0 && <span className={ps.muted}>{t("flow.rowFindings", { n: c.findings.length })}</span>}
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <FlowRow row={c} asOf={view.asOf} />
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </section>
      )}
    </>
  );
}

export function FlowPanel() {
  const { t, result } = usePane();
  const ps = usePaneStyles();
  const view = useMemo(
    () => (result ? moneyFlowView({ tables: result.tables, catalog: result.catalog, asOf: result.asOf, findings: result.findings }) : null),
    [result]
  );
  const [year, setYear] = useState<number | null>(null);
  if (!result || !view) return <p>{t("run.none")}</p>;
  const years = view.years.map((y) => y.year);
  // The as-of date's year first (the year being reconciled), else the latest.
  const asOfYear = Number(view.asOf.slice(0, 4));
  const shown = year !== null && years.includes(year) ? year : years.includes(asOfYear) ? asOfYear : (years[0] ?? null);
  return (
    <>
      <section className={ps.section} aria-labelledby="flow-title">
        <h2 id="flow-title" className={ps.heading}>
          {t("flow.title")}
        </h2>
        <p className={ps.muted}>{t("flow.intro")}</p>
        <p data-testid="flow-paid-from" data-paid-from={view.paidFrom ?? "none"}>
          {t(`flow.paidFrom.${view.paidFrom ?? "none"}`, { date: view.asOf })}
        </p>
        {years.length === 0 && <p>{t("flow.none")}</p>}
        {years.length > 1 && (
          <Field label={t("flow.year")} size="small">
            <Select size="small" value={String(shown)} onChange={(_, d) => setYear(Number(d.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </section>
      {shown !== null && <YearView key={shown} view={view} year={shown} />}
      <FindingsSection id="flow" title={t("flow.findings")} findings={view.findings} />
    </>
  );
}
