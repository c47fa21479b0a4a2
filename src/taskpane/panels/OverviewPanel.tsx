/**
 * 总览: findings by severity, the tables found (how their columns were read, and why), the near
 * misses (and, when nothing was recognised, the nearest one and what it lacked), every finding.
 */
import { Suspense, lazy } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITIES } from "../../core/findings";
import { severityLabel } from "../../core/i18n/messages";
import { usePane } from "../pane-context";
import { usePaneStyles, useToneStyles } from "../styles";
import { FindingsSection } from "../components/FindingsSection";
import { FindingActions } from "../components/FindingActions";
import { RangePicker } from "../components/RangePicker";
import { SeverityIcon } from "../components/SeverityIcon";
import { AsOfLine } from "../components/AsOfLine";

// The tables' readings and the near misses (with the core's explain) load once a check has a
// result: the pane's first paint need not carry them (its initial JavaScript has a 300 KB budget).
const TablesList = lazy(() => import("../components/TablesList").then((m) => ({ default: m.TablesList })));
const NearMisses = lazy(() => import("../components/NearMisses").then((m) => ({ default: m.NearMisses })));
const NearestCandidate = lazy(() => import("../components/NearMisses").then((m) => ({ default: m.NearestCandidate })));

const useStyles = makeStyles({
  tiles: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", columnGap: tokens.spacingHorizontalS },
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  count: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  label: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

export function OverviewPanel() {
  const { t, lang, result } = usePane();
  const ps = usePaneStyles();
  const tone = useToneStyles();
  const s = useStyles();
  if (!result) {
    return (
      <div className={ps.section}>
        <p>{t("run.none")}</p>
        <h2 className={ps.heading}>{t("mapping.pick")}</h2>
        <RangePicker />
      </div>
    );
  }
  return (
    <>
      <section className={ps.section} aria-labelledby="overview-summary">
        <h2 id="overview-summary" className={ps.heading}>
          {t("overview.summary")}
        </h2>
        <AsOfLine />
        <div className={s.tiles}>
          {SEVERITIES.map((sev) => (
            <div key={sev} className={s.tile} data-severity={sev}>
              <span className={`${s.count} ${tone[sev]}`}>{result.summary[sev]}</span>
              <span className={s.label}>
                <SeverityIcon severity={sev} />
                {severityLabel(sev, lang)}
              </span>
            </div>
          ))}
        </div>
      </section>
      <section className={ps.section} aria-labelledby="overview-tables">
        <h2 id="overview-tables" className={ps.heading}>
          {t("overview.tablesHeading", { n: result.tables.length })}
        </h2>
        <Suspense fallback={null}>
          {result.tables.length === 0 ? (
            <>
              <p>{t("overview.noTables")}</p>
              <NearestCandidate candidates={result.candidates} />
            </>
          ) : (
            <TablesList tables={result.tables} />
          )}
        </Suspense>
      </section>
      {result.candidates.length > 0 && (
        <section className={ps.section} aria-labelledby="overview-near">
          <h2 id="overview-near" className={ps.heading}>
            {t("overview.nearHeading", { n: result.candidates.length })}
          </h2>
          <p className={ps.muted}>{t("overview.nearIntro")}</p>
          <Suspense fallback={null}>
            <NearMisses candidates={result.candidates} />
          </Suspense>
        </section>
      )}
      <section className={ps.section} aria-labelledby="overview-pick">
        <h2 id="overview-pick" className={ps.heading}>
          {t("mapping.pick")}
        </h2>
        <RangePicker />
      </section>
      <FindingsSection id="overview" title={t("overview.findings")} findings={result.findings}>
        <FindingActions />
      </FindingsSection>
    </>
  );
}
