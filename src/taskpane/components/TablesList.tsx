/**
 * The tables the checks recognised: where each is, what kind, which unit, and how each column was
 * read. The user can read a column as another field; the correction is kept in the workbook.
 * 识别依据 (Why) shows each column's reading with the words that decided it (the core's explain()).
 */
import { useMemo, useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { QuestionCircleRegular } from "@fluentui/react-icons";
import { explain, type ExplainedTable } from "../../core/explain";
import { columnLetters, rangeA1 } from "../../core/grid";
import { tableKey } from "../table-key";
import { fieldLabel, kindLabel } from "../../core/kinds/index";
import type { Field, RecognisedTable } from "../../core/tables/types";
import { FIELDS_BY_KIND, setColumnField } from "../column-mappings";
import { usePane } from "../pane-context";
import { usePaneStyles } from "../styles";
import { capitalise } from "../text";
import { visibleText } from "../visible-text";
import { SafeText } from "./SafeText";

const useStyles = makeStyles({
  head: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  where: { fontWeight: tokens.fontWeightSemibold },
  column: {
    display: "grid",
    gridTemplateColumns: "2.5em minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  letter: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  header: { overflowWrap: "anywhere" },
  select: { gridColumn: "2", minWidth: 0 },
  why: { gridColumn: "2", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** The 识别依据 toggle: shows or hides the evidence under each column of one table. */
function WhyToggle(props: { open: boolean; onToggle: () => void; controls: string }) {
  const { t } = usePane();
  return (
    <Button size="small" appearance="subtle" icon={<QuestionCircleRegular />} aria-expanded={props.open} aria-controls={props.controls} onClick={props.onToggle}>
      {props.open ? t("table.whyHide") : t("table.why")}
    </Button>
  );
}


export function TablesList({ tables }: { tables: readonly RecognisedTable[] }) {
  const { t, lang, mappings, saveMappings, running } = usePane();
  const ps = usePaneStyles();
  const s = useStyles();
  // The recognised tables come first in explain()'s list, in the same order.
  const explained = useMemo<ExplainedTable[]>(() => explain({ tables: [...tables], candidates: [] }, lang), [tables, lang]);
  const [why, setWhy] = useState<ReadonlySet<string>>(new Set());
  return (
    <Accordion multiple collapsible>
      {tables.map((table, ti) => {
        const key = tableKey(table);
        const showWhy = why.has(key);
        const reasons = explained[ti]?.columns ?? [];
        return (
          <AccordionItem key={key} value={key} data-table={`${table.sheet}!${rangeA1(table.range)}`} data-kind={table.kind} data-unit={table.unit}>
            <AccordionHeader size="small">
              <span className={s.head}>
                <span className={s.where}>
                  <SafeText text={table.sheet} /> · {rangeA1(table.range)}
                </span>
                <span>
                  {kindLabel(table.kind, lang)} · {t("table.unitIs", { unit: t(`unit.${table.unit}`) })}
                  {table.manual ? ` · ${t("table.manual")}` : ""}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <dl className={ps.facts}>
                <dt>{t("table.sheet")}</dt>
                <dd>
                  <SafeText text={table.sheet} />
                </dd>
                <dt>{t("table.range")}</dt>
                <dd>{rangeA1(table.range)}</dd>
                <dt>{t("table.kind")}</dt>
                <dd>{kindLabel(table.kind, lang)}</dd>
                <dt>{t("table.unit")}</dt>
                <dd>
                  {t("table.unitWithSource", {
                    unit: t(`unit.${table.unit}`),
                    source: t(`table.unitFrom.${table.unitSource}`),
                  })}
                </dd>
                {table.caption && (
                  <>
                    <dt>{t("table.caption")}</dt>
                    <dd>
                      <SafeText text={table.caption} />
                    </dd>
                  </>
                )}
                <dt>{t("table.headerRows")}</dt>
                <dd>{table.headerRows}</dd>
              </dl>
              <h4 className={ps.subheading}>{t("table.columns")}</h4>
              <div>
                <WhyToggle
                  open={showWhy}
                  controls={`columns-${key}`}
                  onToggle={() =>
                    setWhy((w) => {
                      const n = new Set(w);
                      if (!n.delete(key)) n.add(key);
                      return n;
                    })
                  }
                />
              </div>
              <ul className={ps.list} id={`columns-${key}`}>
                {table.columns.map((c, ci) => {
                  const letter = columnLetters(c.col);
                  const label = t("mapping.fieldFor", { column: letter, header: visibleText(c.header) || "—" });
                  return (
                    <li key={c.col} className={s.column} data-column={letter} data-header={c.header}>
                      <span className={s.letter}>{letter}</span>
                      <span className={s.header}>
                        {c.header ? <SafeText text={c.header} /> : "—"}
                        {c.year ? ` · ${c.year}` : ""}
                        {c.manual ? (
                          <>
                            {" "}
                            <Badge appearance="tint" size="small" color="informative">
                              {t("mapping.manualMark")}
                            </Badge>
                          </>
                        ) : null}
                      </span>
                      <Select
                        className={s.select}
                        size="small"
                        aria-label={label}
                        value={c.field ?? ""}
                        disabled={running}
                        onChange={(_, d) =>
                          void saveMappings(setColumnField(mappings, table, c.col, d.value === "" ? null : (d.value as Field)))
                        }
                      >
                        <option value="">{t("mapping.unused")}</option>
                        {FIELDS_BY_KIND[table.kind].map((f) => (
                          <option key={f} value={f}>
                            {capitalise(fieldLabel(table.kind, f, lang))}
                          </option>
                        ))}
                      </Select>
                      {showWhy && (
                        <span className={s.why} data-why={letter}>
                          <SafeText text={c.field ? reasons[ci]?.why || t("table.whyNone") : t("table.whyUnused")} />
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
