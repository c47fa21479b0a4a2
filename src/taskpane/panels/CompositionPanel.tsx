/** 预算构成: lines by category with subtotals and shares, the total against the approved budget. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, tokens } from "@fluentui/react-components";
import { rangeA1 } from "../../core/grid";
import { formatRate, formatYuan, groupNumber, ruleTitle } from "../../core/i18n/messages";
import type { CompositionTable } from "../../core/tables/types";
import { compositionView, type CompositionLineView } from "../../core/views";
import { usePane } from "../pane-context";
import { tableKey } from "../table-key";
import { usePaneStyles, useToneStyles } from "../styles";
import { BarChart } from "../components/BarChart";
import { FindingsSection } from "../components/FindingsSection";
import { SafeText } from "../components/SafeText";
import { findingsOfRules } from "../findings-view";

const useStyles = makeStyles({
  total: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  head: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  line: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, paddingBlock: tokens.spacingVerticalXS },
  lineHead: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
});

function Verdict({ v }: { v: CompositionLineView["verdict"] }) {
  const { t, lang } = usePane();
  if (v === null) return null;
  if (v === "exact")
    return (
      <Badge appearance="tint" color="success" size="small">
        {t("composition.verdict.exact")}
      </Badge>
    );
  return (
    <Badge appearance="tint" color={v === "rounded" ? "informative" : "danger"} size="small">
      {ruleTitle(v === "rounded" ? "composition.line-rounded" : "composition.line-mismatch", lang)}
    </Badge>
  );
}

function CompositionTableView({ table, index }: { table: CompositionTable; index: number }) {
  const { t, lang, result } = usePane();
  const ps = usePaneStyles();
  const tone = useToneStyles();
  const s = useStyles();
  const view = compositionView(table, result?.settings.approvedBudget);
  const name = (n: string | null) => n ?? t("composition.uncategorised");
  const headingId = `composition-${index}`;
  return (
    <section className={ps.section} aria-labelledby={headingId} data-table={`${table.sheet}!${rangeA1(table.range)}`}>
      <h2 id={headingId} className={ps.heading}>
        <SafeText text={t("composition.table", { sheet: table.sheet, range: rangeA1(table.range) })} />
      </h2>
      <p data-testid="composition-counts">
        {t("composition.linesInCategories", { lines: view.lineCount, categories: view.categories.length })}
      </p>
      <dl className={ps.facts}>
        <dt>{t("composition.total")}</dt>
        <dd className={s.total} data-testid="composition-sum">
          {formatYuan(view.sum, lang)}
        </dd>
        {view.statedTotal !== null && (
          <>
            <dt>{t("composition.statedTotal")}</dt>
            <dd>{formatYuan(view.statedTotal, lang)}</dd>
          </>
        )}
        <dt>{t("composition.approved")}</dt>
        <dd data-testid="composition-approved">{view.approved !== null ? formatYuan(view.approved, lang) : t("composition.noApproved")}</dd>
      </dl>
      {view.approvedGap !== null && (
        <p className={view.approvedGap === 0 ? tone.ok : tone.error} data-testid="composition-verdict">
          {view.approvedGap === 0
            ? t("composition.equal")
            : t("composition.notEqual", { gap: formatYuan(view.approvedGap, lang) })}
        </p>
      )}
      <BarChart
        caption={t("composition.chart")}
        bars={view.categories.map((c, i) => ({
          key: `${i}`,
          label: name(c.name),
          value: c.share,
          valueText: c.share === null ? "—" : formatRate(c.share, lang),
          tone: "brand",
          detail: formatYuan(c.subtotal, lang),
        }))}
      />
      <h3 className={ps.subheading}>{t("composition.lines")}</h3>
      <Accordion multiple collapsible>
        {view.categories.map((c, i) => (
          <AccordionItem key={i} value={String(i)}>
            <AccordionHeader size="small">
              <span className={s.head}>
                <span>
                  <SafeText text={name(c.name)} />
                </span>
                <span className={ps.muted}>
                  {t("composition.subtotalShare", {
                    amount: formatYuan(c.subtotal, lang),
                    share: c.share === null ? "—" : formatRate(c.share, lang),
                  })}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={ps.list}>
                {c.lines.map((l) => (
                  <li key={l.row} className={s.line} data-row={l.row + 1}>
                    <div className={s.lineHead}>
                      <span>
                        <SafeText text={l.item} />
                      </span>
                      <Verdict v={l.verdict} />
                    </div>
                    <div className={ps.number}>{l.amount !== null ? formatYuan(l.amount, lang) : "—"}</div>
                    {l.unitAmount !== null && l.quantity !== null && l.expected !== null && (
                      <div className={ps.muted}>
                        {t("composition.lineDetail", {
                          unit: formatYuan(l.unitAmount, lang),
                          quantity: groupNumber(l.quantity),
                          expected: formatYuan(l.expected, lang),
                        })}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

export function CompositionPanel() {
  const { t, result } = usePane();
  if (!result) return <p>{t("run.none")}</p>;
  const tables = result.tables.filter((x): x is CompositionTable => x.kind === "composition");
  return (
    <>
      {tables.length === 0 && <p>{t("composition.none")}</p>}
      {tables.map((table, i) => (
        <CompositionTableView key={tableKey(table)} table={table} index={i} />
      ))}
      <FindingsSection id="composition" title={t("composition.findings")} findings={findingsOfRules(result.findings, ["composition."])} />
    </>
  );
}
