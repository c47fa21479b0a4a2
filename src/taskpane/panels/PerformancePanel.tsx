/**
 * 绩效: each 项目支出绩效自评表 — its budget block (stated rate and score beside the computed
 * ones), its indicators with whether each target was met, its total — and the fund's own
 * performance targets with the value the workbook's data gives beside the stated one. The figures
 * are the core's performanceView; which stated value disagrees is what the findings say.
 */
import { useMemo } from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, RuleId } from "../../core/findings";
import { formatRate, formatYuan } from "../../core/i18n/messages";
import { performanceView, type FundLineView, type IndicatorView, type SelfevalFormView, type TargetIndicatorView } from "../../core/performanceView";
import { usePane } from "../pane-context";
import { usePaneStyles, useToneStyles } from "../styles";
import { CellLink } from "../components/CellLink";
import { FindingButtons } from "../components/FindingButton";
import { FindingsSection } from "../components/FindingsSection";
import { SafeText } from "../components/SafeText";

const useStyles = makeStyles({
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    paddingBlock: tokens.spacingVerticalXS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  part: { paddingInlineStart: tokens.spacingHorizontalL },
  name: { fontWeight: tokens.fontWeightSemibold },
  line: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
});

/** A score as forms write it: 9.2, 12.5, 100 (at most two decimals, no trailing zeros). */
export function scoreText(n: number | null): string {
  return n === null ? "—" : String(Math.round(n * 100) / 100);
}

/** Findings of these rules on this row of the form. */
function on(findings: readonly Finding[], row: number, rules: readonly RuleId[]): Finding[] {
  return findings.filter((f) => f.row === row && rules.includes(f.rule));
}

function StatedComputed(props: { label: string; stated: string; computed: string; wrong: boolean; testId: string }) {
  const { t } = usePane();
  const tone = useToneStyles();
  const s = useStyles();
  return (
    <div className={s.line} data-testid={props.testId} data-wrong={props.wrong}>
      <span>{props.label}</span>
      <span className={props.wrong ? tone.error : undefined}>{t("perf.statedComputed", { stated: props.stated, computed: props.computed })}</span>
      {props.wrong && (
        <Badge appearance="tint" color="danger" size="small">
          {t("perf.disagree")}
        </Badge>
      )}
    </div>
  );
}

function FundLine({ line, form }: { line: FundLineView; form: SelfevalFormView }) {
  const { t, lang } = usePane();
  const ps = usePaneStyles();
  const s = useStyles();
  const rateWrong = on(form.findings, line.row, ["selfeval.rate-mismatch"]).length > 0;
  const scoreWrong = on(form.findings, line.row, ["selfeval.score-mismatch"]).length > 0;
  const yuan = (n: number | null) => (n === null ? "—" : formatYuan(n, lang));
  const rate = (n: number | null) => (n === null ? "—" : formatRate(n, lang));
  return (
    <li className={`${s.item} ${line.part ? s.part : ""}`} data-fund-row={line.row + 1}>
      <span className={s.name}>
        <SafeText text={line.label} />
      </span>
      <dl className={ps.facts}>
        <dt>{t("perf.line.budget")}</dt>
        <dd className={ps.number}>{yuan(line.budget)}</dd>
        <dt>{t("perf.line.actual")}</dt>
        <dd className={ps.number}>{yuan(line.actual)}</dd>
      </dl>
      {(line.rate !== null || line.statedRate !== null) && (
        <StatedComputed label={t("perf.line.rate")} stated={rate(line.statedRate)} computed={rate(line.rate)} wrong={rateWrong} testId="perf-rate" />
      )}
      {line.weight !== null && (
        <>
          <div className={ps.muted}>{t("perf.line.weight", { weight: scoreText(line.weight) })}</div>
          <StatedComputed
            label={t("perf.line.score")}
            stated={scoreText(line.score)}
            computed={scoreText(line.computedScore)}
            wrong={scoreWrong}
            testId="perf-score"
          />
        </>
      )}
    </li>
  );
}

function Met({ met }: { met: boolean | null }) {
  const { t } = usePane();
  if (met === null)
    return (
      <Badge appearance="outline" color="subtle" size="small" data-met="unknown">
        {t("perf.met.unknown")}
      </Badge>
    );
  return (
    <Badge appearance="tint" color={met ? "success" : "danger"} size="small" data-met={String(met)}>
      {t(met ? "perf.met.yes" : "perf.met.no")}
    </Badge>
  );
}

function Indicator({ i, form }: { i: IndicatorView; form: SelfevalFormView }) {
  const { t } = usePane();
  const ps = usePaneStyles();
  const s = useStyles();
  const levels = [i.level1, i.level2].filter((x): x is string => !!x).join(" · ");
  return (
    <li className={s.item} data-indicator-row={i.row + 1}>
      {levels && (
        <span className={ps.muted}>
          <SafeText text={levels} />
        </span>
      )}
      <div className={s.line}>
        <span className={s.name}>
          <SafeText text={i.name} />
        </span>
        <Met met={i.met} />
      </div>
      <span>
        <SafeText text={t("perf.indicator.values", { target: i.target ?? "—", actual: i.actual ?? "—" })} />
      </span>
      <span>{t("perf.indicator.score", { weight: scoreText(i.weight), score: scoreText(i.score) })}</span>
      {i.reason && (
        <span className={ps.muted}>
          <SafeText text={t("perf.reason", { reason: i.reason })} />
        </span>
      )}
      <span className={ps.muted}>
        <CellLink sheet={form.sheet} cell={i.cell} />
      </span>
      <FindingButtons findings={form.findings.filter((f) => f.row === i.row)} />
    </li>
  );
}

function FormView({ form, index }: { form: SelfevalFormView; index: number }) {
  const { t } = usePane();
  const ps = usePaneStyles();
  const s = useStyles();
  const headingId = `perf-form-${index}`;
  const title = [form.sheet, form.project, form.year !== null ? t("perf.year", { year: form.year }) : null].filter(Boolean).join(" · ");
  const totalWrong = form.total.stated !== null && form.total.computed !== null && Math.abs(form.total.stated - form.total.computed) > 0.005;
  const fundRows = new Set(form.funds.map((f) => f.row));
  const indicatorRows = new Set(form.indicators.map((i) => i.row));
  // Findings not shown beside a line or an indicator (weights, the total) come under the form.
  const rest = form.findings.filter((f) => !indicatorRows.has(f.row) && !(fundRows.has(f.row) && f.rule !== "selfeval.weights"));
  return (
    <section className={ps.section} aria-labelledby={headingId} data-form={form.sheet}>
      <h2 id={headingId} className={ps.heading}>
        <SafeText text={title} />
      </h2>
      <h3 className={ps.subheading}>{t("perf.budget")}</h3>
      <ul className={ps.list}>
        {form.funds.map((l) => (
          <FundLine key={l.row} line={l} form={form} />
        ))}
      </ul>
      <FindingButtons findings={form.findings.filter((f) => fundRows.has(f.row) && f.rule !== "selfeval.weights")} />
      <h3 className={ps.subheading}>{t("perf.indicators")}</h3>
      {form.indicators.length === 0 ? (
        <p className={ps.muted}>{t("perf.noIndicators")}</p>
      ) : (
        <ul className={ps.list}>
          {form.indicators.map((i) => (
            <Indicator key={i.row} i={i} form={form} />
          ))}
        </ul>
      )}
      <div className={s.item} data-testid="perf-total">
        <StatedComputed
          label={t("perf.total")}
          stated={scoreText(form.total.stated)}
          computed={scoreText(form.total.computed)}
          wrong={totalWrong}
          testId="perf-total-score"
        />
      </div>
      <FindingButtons findings={rest} />
    </section>
  );
}

function Target({ x }: { x: TargetIndicatorView }) {
  const { t, lang } = usePane();
  const ps = usePaneStyles();
  const tone = useToneStyles();
  const s = useStyles();
  const computed =
    x.computed === null
      ? t("perf.target.notMeasured")
      : t("perf.target.computed", { value: formatRate(x.computed, lang) }) +
        (x.basis ? t("perf.target.basis", { count: x.basis.count, of: x.basis.of }) : "") +
        // Payments due by the deadline, or a year not yet ended: the value so far, not judged.
        (x.final ? "" : t("perf.target.soFar"));
  return (
    <li className={s.item} data-target-row={x.row + 1} data-contradicted={x.contradicted}>
      {x.type && (
        <span className={ps.muted}>
          <SafeText text={x.type} />
        </span>
      )}
      <div className={s.line}>
        <span className={s.name}>
          <SafeText text={x.name} />
        </span>
        {x.final && <Met met={x.met} />}
        {x.contradicted && (
          <Badge appearance="tint" color="warning" size="small">
            {t("perf.target.contradicted")}
          </Badge>
        )}
      </div>
      <dl className={ps.facts}>
        <dt>{t("perf.target.target")}</dt>
        <dd>
          <SafeText text={x.target ?? "—"} />
        </dd>
        <dt>{t("perf.target.computedLabel")}</dt>
        <dd data-testid="target-computed">{computed}</dd>
        <dt>{t("perf.target.stated")}</dt>
        <dd className={x.contradicted ? tone.warning : undefined} data-testid="target-stated">
          <SafeText text={x.stated ?? "—"} />
          {x.statedCell && (
            <>
              {" · "}
              <CellLink sheet={x.sheet} cell={x.statedCell} />
            </>
          )}
        </dd>
      </dl>
    </li>
  );
}

/** The fund's own targets: target, computed and stated side by side; a contradicted one is marked. */
export function TargetsList({ targets }: { targets: readonly TargetIndicatorView[] }) {
  const { t } = usePane();
  const ps = usePaneStyles();
  return (
    <section className={ps.section} aria-labelledby="perf-targets" data-testid="perf-targets">
      <h2 id="perf-targets" className={ps.heading}>
        {t("perf.targets")}
      </h2>
      <p className={ps.muted}>{t("perf.targetsIntro")}</p>
      <ul className={ps.list}>
        {targets.map((x) => (
          <Target key={`${x.sheet}!${x.row}`} x={x} />
        ))}
      </ul>
    </section>
  );
}

export function PerformancePanel() {
  const { t, result } = usePane();
  const view = useMemo(
    () =>
      result
        ? performanceView({ tables: result.tables, catalog: result.catalog, asOf: result.asOf, settings: result.settings, findings: result.findings })
        : null,
    [result]
  );
  if (!result || !view) return <p>{t("run.none")}</p>;
  return (
    <>
      {view.forms.length === 0 && view.targets.length === 0 && <p>{t("perf.none")}</p>}
      {view.forms.map((f, i) => (
        <FormView key={`${f.sheet}-${i}`} form={f} index={i} />
      ))}
      {view.targets.length > 0 && <TargetsList targets={view.targets} />}
      <FindingsSection id="performance" title={t("perf.findings")} findings={view.findings} />
    </>
  );
}
