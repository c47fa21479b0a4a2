/** 上限核查: the register, findings per cap and register rule, amounts above their caps, the catalog in use. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { BookRegular } from "@fluentui/react-icons";
import { RULES, RULE_IDS, type Finding } from "../../core/findings";
import { rangeA1 } from "../../core/grid";
import { formatYuan, kindLabel, ruleTitle, severityLabel } from "../../core/i18n/messages";
import { capExcess } from "../../core/measures";
import type { RegisterTable } from "../../core/tables/types";
import { usePane } from "../pane-context";
import { usePaneStyles } from "../styles";
import { findingsOfRules } from "../findings-view";
import { FindingsSection } from "../components/FindingsSection";
import { SeverityIcon } from "../components/SeverityIcon";
import { SafeText } from "../components/SafeText";

/** The rules this panel is about: the caps, and the register's own checks. */
const CAP_PREFIXES = ["cap.", "register."] as const;
const CAP_RULES = RULE_IDS.filter((r) => CAP_PREFIXES.some((p) => r.startsWith(p)));

const useStyles = makeStyles({
  rule: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  count: { marginInlineStart: "auto", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  over: {
    display: "block",
    width: "100%",
    textAlign: "start",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  who: { fontWeight: tokens.fontWeightSemibold },
});

function OverCap({ f }: { f: Finding }) {
  const { t, lang, gateway, act } = usePane();
  const s = useStyles();
  const who = [f.params.enterprise, f.params.item].filter((x) => x !== null && x !== undefined && x !== "").join(" · ");
  // Cap findings always carry the amount (actual) and the binding limit (expected), in 元.
  const amount = f.actual ?? 0;
  const cap = f.expected ?? 0;
  return (
    <button type="button" className={s.over} data-finding={`${f.sheet}!${f.cell}`} onClick={() => void act(() => gateway.select(f.sheet, f.cell))}>
      <span className={s.who}>
        <SafeText text={f.sheet} />!{f.cell} <SafeText text={who} />
      </span>
      <br />
      {t("caps.amountVsCap", { amount: formatYuan(amount, lang), cap: formatYuan(cap, lang), over: formatYuan(capExcess(amount, cap), lang) })}
    </button>
  );
}

export function CapsPanel() {
  const { t, lang, result, goToTab } = usePane();
  const ps = usePaneStyles();
  const s = useStyles();
  if (!result) return <p>{t("run.none")}</p>;
  const registers = result.tables.filter((x): x is RegisterTable => x.kind === "register");
  const findings = findingsOfRules(result.findings, CAP_PREFIXES);
  const over = findings.filter((f) => f.rule === "cap.exceeded" || f.rule === "cap.rate-exceeded");
  const count = (r: string) => findings.filter((f) => f.rule === r).length;
  return (
    <>
      <section className={ps.section} aria-labelledby="caps-register">
        <h2 id="caps-register" className={ps.heading}>
          {kindLabel("register", lang)}
        </h2>
        {registers.length === 0 ? (
          <p>{t("caps.noRegister")}</p>
        ) : (
          <ul className={ps.list}>
            {registers.map((r) => (
              <li key={`${r.sheet}!${rangeA1(r.range)}`}>
                <SafeText text={t("caps.table", { sheet: r.sheet, range: rangeA1(r.range), n: r.rows.length })} />
              </li>
            ))}
          </ul>
        )}
        <p className={ps.muted}>
          <SafeText text={t("caps.catalogInUse", { name: result.catalog.name, count: result.catalog.items.length })} />{" "}
          <Button size="small" appearance="transparent" icon={<BookRegular />} onClick={() => goToTab("catalog")}>
            {t("caps.showCatalog")}
          </Button>
        </p>
      </section>
      <section className={ps.section} aria-labelledby="caps-rules">
        <h2 id="caps-rules" className={ps.heading}>
          {t("caps.byRule")}
        </h2>
        <ul className={ps.list}>
          {CAP_RULES.map((r) => (
            <li key={r} className={s.rule} data-rule={r}>
              <SeverityIcon severity={RULES[r]} />
              <span>
                {ruleTitle(r, lang)}
                <span className={ps.muted}> · {severityLabel(RULES[r], lang)}</span>
              </span>
              <span className={s.count}>{count(r)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className={ps.section} aria-labelledby="caps-over">
        <h2 id="caps-over" className={ps.heading}>
          {t("caps.againstCaps")}
        </h2>
        {over.length === 0 ? (
          <p>{t("caps.noCapFindings")}</p>
        ) : (
          <ul className={ps.list} data-testid="over-cap">
            {over.map((f, i) => (
              <li key={i}>
                <OverCap f={f} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <FindingsSection id="caps" title={t("caps.findings")} findings={findings} />
    </>
  );
}
