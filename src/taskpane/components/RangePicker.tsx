/**
 * Ranges picked by hand: when a table is not recognised, the user types its range and kind; the
 * mapping is kept in the workbook and handed to every audit. Also lists (and removes) the
 * mappings made so far.
 */
import { useEffect, useState } from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { TABLE_KINDS, kindLabel, type TableKind } from "../../core/kinds/index";
import { addPickedRange, normaliseRange, removeMapping } from "../column-mappings";
import { usePane } from "../pane-context";
import { usePaneStyles } from "../styles";
import { visibleText } from "../visible-text";
import { SafeText } from "./SafeText";

const useStyles = makeStyles({
  mapping: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export function RangePicker() {
  const { t, lang, gateway, sheets, mappings, saveMappings, running } = usePane();
  const ps = usePaneStyles();
  const s = useStyles();
  // Before a first read the sheet names come from the workbook; after it, from the grids read.
  const [workbookNames, setWorkbookNames] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [range, setRange] = useState("");
  const [kind, setKind] = useState<TableKind>("register");
  const [headerRows, setHeaderRows] = useState(1);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (sheets) return;
    let live = true;
    gateway.sheetNames().then(
      (n) => live && setWorkbookNames(n),
      () => undefined // no names: the user can still run the checks
    );
    return () => {
      live = false;
    };
  }, [gateway, sheets]);

  const names = sheets ? sheets.map((g) => g.name) : workbookNames;
  const chosenSheet = sheet || names[0] || "";

  const add = () => {
    const r = normaliseRange(range);
    setInvalid(!r);
    if (!r || !chosenSheet) return;
    void saveMappings(addPickedRange(mappings, { sheet: chosenSheet, range: r, kind, headerRows }));
  };

  return (
    <div className={ps.section}>
      <p className={ps.muted}>{t("mapping.pickHint")}</p>
      <div className={ps.formGrid}>
        <Field label={t("table.sheet")} size="small">
          <Select size="small" value={chosenSheet} onChange={(_, d) => setSheet(d.value)}>
            {names.map((n) => (
              <option key={n} value={n}>
                {visibleText(n)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t("mapping.range")}
          size="small"
          validationState={invalid ? "error" : "none"}
          validationMessage={invalid ? t("mapping.rangeInvalid") : undefined}
        >
          <Input
            size="small"
            value={range}
            onChange={(_, d) => {
              setRange(d.value);
              setInvalid(false);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") add();
            }}
          />
        </Field>
        <Field label={t("table.kind")} size="small">
          <Select size="small" value={kind} onChange={(_, d) => setKind(d.value as TableKind)}>
            {TABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("table.headerRows")} size="small">
          <Select size="small" value={String(headerRows)} onChange={(_, d) => setHeaderRows(Number(d.value))}>
            <option value="1">1</option>
            <option value="2">2</option>
          </Select>
        </Field>
      </div>
      <div>
        <Button icon={<AddRegular />} onClick={add} disabled={running || !chosenSheet}>
          {t("mapping.add")}
        </Button>
      </div>
      {mappings.length > 0 && (
        <>
          <h4 className={ps.subheading}>{t("mapping.list")}</h4>
          <ul className={ps.list}>
            {mappings.map((m, i) => {
              const columns = Object.keys(m.columns).length;
              const columnsText = t("mapping.columnsOnly", { n: columns });
              // A picked range: range · kind (· columns set by hand); else only columns of a detected table.
              const what = m.range ? [m.range, m.kind ? kindLabel(m.kind, lang) : null].filter(Boolean).join(" · ") : columnsText;
              return (
                <li key={i} className={s.mapping}>
                  <span className={ps.grow}>
                    <SafeText text={`${m.sheet} · ${what}`} />
                    {m.range && columns > 0 ? ` · ${columnsText}` : ""}
                  </span>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t("mapping.removeLabel", { sheet: visibleText(m.sheet), what })}
                    disabled={running}
                    onClick={() => void saveMappings(removeMapping(mappings, i))}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
