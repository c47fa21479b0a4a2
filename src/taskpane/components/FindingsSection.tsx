/** A panel's findings under a heading (each panel shows the findings of its own rules). */
import type { ReactNode } from "react";
import type { Finding } from "../../core/findings";
import { usePaneStyles } from "../styles";
import { FindingsList } from "./FindingsList";

/** `id` names the panel: it prefixes the heading's and the groups' element ids. */
export function FindingsSection(props: { id: string; title: string; findings: readonly Finding[]; children?: ReactNode }) {
  const ps = usePaneStyles();
  const headingId = `${props.id}-findings`;
  return (
    <section className={ps.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={ps.heading}>
        {props.title}
      </h2>
      {props.children}
      <FindingsList findings={props.findings} idPrefix={props.id} />
    </section>
  );
}
