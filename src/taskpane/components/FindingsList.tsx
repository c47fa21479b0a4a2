/**
 * Findings grouped by rule (most serious first), with filters. Each finding is a button
 * (FindingButton): a click, Enter or Space selects its cell in the workbook. Messages are rendered in the pane's language
 * from the finding's params, so switching language re-renders them.
 */
import { useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  Select,
  makeStyles,
} from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import type { Finding, RuleId, Severity } from "../../core/findings";
import { SEVERITIES } from "../../core/findings";
import { formatMessage, ruleTitle, severityLabel } from "../../core/i18n/messages";
import { usePane } from "../pane-context";
import { filterChoices, filterFindings, groupFindings, NO_FILTER, type FindingFilter } from "../findings-view";
import { usePaneStyles } from "../styles";
import { visibleText } from "../visible-text";
import { SeverityIcon } from "./SeverityIcon";
import { FindingButton } from "./FindingButton";

const PAGE = 100;

const useStyles = makeStyles({
  header: { minWidth: 0, overflowWrap: "anywhere" },
  panel: { marginInlineStart: 0, marginInlineEnd: 0 },
});

export function FindingsList({ findings, idPrefix }: { findings: readonly Finding[]; idPrefix: string }) {
  const { lang, t } = usePane();
  const ps = usePaneStyles();
  const s = useStyles();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [closed, setClosed] = useState<ReadonlySet<RuleId>>(new Set());
  const [limits, setLimits] = useState<Partial<Record<RuleId, number>>>({});

  const render = useMemo(() => {
    const cache = new Map<Finding, string>();
    return (f: Finding) => {
      let m = cache.get(f);
      if (m === undefined) {
        m = formatMessage(f.rule, f.params, lang);
        cache.set(f, m);
      }
      return m;
    };
  }, [lang]);
  const choices = useMemo(() => filterChoices(findings), [findings]);
  const shown = useMemo(
    () => filterFindings(findings, filter, (f) => `${ruleTitle(f.rule, lang)} ${render(f)}`),
    [findings, filter, render, lang]
  );
  const groups = useMemo(() => groupFindings(shown), [shown]);

  const set = <K extends keyof FindingFilter>(k: K, v: FindingFilter[K]) => setFilter((f) => ({ ...f, [k]: v }));

  return (
    <div className={ps.section}>
      <div className={ps.formGrid}>
        <Field label={t("findings.filterSeverity")} size="small">
          <Select size="small" value={filter.severity} onChange={(_, d) => set("severity", d.value as Severity | "all")}>
            <option value="all">{t("findings.all")}</option>
            {SEVERITIES.map((sev) => (
              <option key={sev} value={sev}>
                {severityLabel(sev, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("findings.filterRule")} size="small">
          <Select size="small" value={filter.rule} onChange={(_, d) => set("rule", d.value as RuleId | "all")}>
            <option value="all">{t("findings.all")}</option>
            {choices.rules.map((r) => (
              <option key={r} value={r}>
                {ruleTitle(r, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("findings.filterSheet")} size="small">
          <Select size="small" value={filter.sheet} onChange={(_, d) => set("sheet", d.value)}>
            <option value="all">{t("findings.all")}</option>
            {choices.sheets.map((sh) => (
              <option key={sh} value={sh}>
                {visibleText(sh)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("findings.filterText")} size="small">
          <Input
            size="small"
            type="search"
            contentBefore={<SearchRegular aria-hidden />}
            placeholder={t("findings.filterTextPlaceholder")}
            value={filter.text}
            onChange={(_, d) => set("text", d.value)}
          />
        </Field>
      </div>
      <div className={ps.muted} role="status" aria-live="polite">
        {t("findings.shown", { shown: shown.length, total: findings.length })}
      </div>
      {groups.length === 0 ? (
        <p className={ps.muted}>{findings.length === 0 ? t("overview.noFindings") : t("findings.noneMatch")}</p>
      ) : (
        <Accordion
          multiple
          collapsible
          openItems={groups.map((g) => g.rule).filter((r) => !closed.has(r))}
          onToggle={(_, d) => {
            // Groups open unless the user closed them; groups filtered out keep their state.
            const open = new Set(d.openItems as RuleId[]);
            const next = new Set([...closed].filter((r) => !groups.some((g) => g.rule === r)));
            for (const g of groups) if (!open.has(g.rule)) next.add(g.rule);
            setClosed(next);
          }}
        >
          {groups.map((g) => {
            const limit = limits[g.rule] ?? PAGE;
            const more = g.findings.length - limit;
            return (
              <AccordionItem key={g.rule} value={g.rule}>
                <AccordionHeader size="small" icon={<SeverityIcon severity={g.severity} />}>
                  <span className={s.header}>
                    {t("findings.groupTitle", {
                      severity: severityLabel(g.severity, lang),
                      rule: ruleTitle(g.rule, lang),
                      n: g.findings.length,
                    })}
                  </span>
                </AccordionHeader>
                <AccordionPanel className={s.panel}>
                  <ul className={ps.list} id={`${idPrefix}-${g.rule}`}>
                    {g.findings.slice(0, limit).map((f, i) => (
                      <li key={`${f.sheet}!${f.cell}!${i}`}>
                        <FindingButton finding={f} message={render(f)} />
                      </li>
                    ))}
                  </ul>
                  {more > 0 && (
                    <Button
                      appearance="subtle"
                      size="small"
                      onClick={() => setLimits((l) => ({ ...l, [g.rule]: limit + PAGE }))}
                    >
                      {t("findings.more", { n: Math.min(more, PAGE) })}
                    </Button>
                  )}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </div>
  );
}
