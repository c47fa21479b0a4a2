/**
 * Header rows that looked like a table but lacked a required column (the audit's candidates): when
 * nothing was recognised, the nearest one is named with what it lacked; every near miss can be
 * opened to see the columns that were found (the core's describeCandidate and explain()).
 */
import { useMemo } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describeCandidate, explain, nearestCandidate } from "../../core/explain";
import type { Candidate } from "../../core/tables/header";
import { usePane } from "../pane-context";
import { usePaneStyles } from "../styles";
import { SafeText } from "./SafeText";

/** The nearest candidate, named with what it lacked (shown when no table was recognised). */
export function NearestCandidate({ candidates }: { candidates: readonly Candidate[] }) {
  const { t, lang } = usePane();
  const nearest = nearestCandidate(candidates);
  if (!nearest) return <p>{t("overview.noCandidate")}</p>;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="nearest-candidate">
      <MessageBarBody>
        <MessageBarTitle>{t("overview.nearest")}</MessageBarTitle>
        <SafeText text={describeCandidate(nearest, lang)} />
        <br />
        {t("overview.nearestHint")}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Every near miss, each with the columns found in it. */
export function NearMisses({ candidates }: { candidates: readonly Candidate[] }) {
  const { t, lang } = usePane();
  const ps = usePaneStyles();
  const misses = useMemo(() => explain({ tables: [], candidates: [...candidates] }, lang), [candidates, lang]);
  if (misses.length === 0) return null;
  return (
    <Accordion multiple collapsible>
      {misses.map((m, i) => (
        <AccordionItem key={i} value={String(i)} data-candidate={`${m.sheet}!${m.where}`}>
          <AccordionHeader size="small">
            <span style={{ minWidth: 0, overflowWrap: "anywhere" }}>
              <SafeText text={m.lacking ?? `${m.kindName}? ${m.sheet} ${m.where}`} />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <p className={ps.muted}>{t("overview.candidateFound")}</p>
            <ul className={ps.list}>
              {m.columns.map((c, k) => (
                <li key={k}>{c.reading}</li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
