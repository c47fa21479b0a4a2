/**
 * 政策目录: the catalog the cap checks used (the workbook's own, else the built-in one), by
 * category. A button inserts the built-in catalog as a new sheet staff can edit; the next run
 * then uses the workbook's catalog.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { BUILTIN_CATALOG } from "../../core/catalog/builtin";
import type { CatalogItem } from "../../core/catalog/types";
import { capTypeLabel, formatRate, formatYuan } from "../../core/i18n/messages";
import type { Lang } from "../../core/settings";
import type { Translate } from "../i18n";
import { usePane } from "../pane-context";
import { usePaneStyles } from "../styles";
import { SafeText } from "../components/SafeText";

const useStyles = makeStyles({
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, paddingBlock: tokens.spacingVerticalXS },
  name: { fontWeight: tokens.fontWeightSemibold },
});

function capText(i: CatalogItem, t: Translate, lang: Lang): string {
  if (i.capType === null) return t("catalog.noCap");
  if (i.capType === "rate") {
    const rate = i.rate !== null ? t("catalog.rateOf", { rate: formatRate(i.rate, lang) }) : "";
    const max = i.capAmount !== null ? t("catalog.rateMax", { amount: formatYuan(i.capAmount, lang) }) : "";
    return `${capTypeLabel("rate", lang)} ${rate}${max}`;
  }
  return i.capAmount !== null
    ? t("catalog.capAmount", { type: capTypeLabel(i.capType, lang), amount: formatYuan(i.capAmount, lang) })
    : capTypeLabel(i.capType, lang);
}

export function CatalogPanel() {
  const { t, lang, result, gateway, act, running } = usePane();
  const ps = usePaneStyles();
  const s = useStyles();
  const catalog = result?.catalog ?? BUILTIN_CATALOG;
  const categories: { name: string; items: CatalogItem[] }[] = [];
  for (const i of catalog.items) {
    const name = i.category ?? "—";
    let c = categories.find((x) => x.name === name);
    if (!c) categories.push((c = { name, items: [] }));
    c.items.push(i);
  }
  return (
    <>
      <section className={ps.section} aria-labelledby="catalog-title">
        <h2 id="catalog-title" className={ps.heading}>
          {t("catalog.title")}
        </h2>
        {!result && <p className={ps.muted}>{t("catalog.none")}</p>}
        <p data-testid="catalog-source">
          <SafeText text={t("catalog.source", { origin: t(`catalog.origin.${catalog.origin}`), name: catalog.name })} /> ·{" "}
          {t("catalog.items", { n: catalog.items.length })}
        </p>
        <div>
          <Button
            icon={<TableAddRegular />}
            disabled={running}
            onClick={() =>
              void act(async () => {
                const sheet = await gateway.insertCatalog(BUILTIN_CATALOG, lang);
                return t("catalog.inserted", { sheet });
              })
            }
          >
            {t("catalog.insert")}
          </Button>
        </div>
        <p className={ps.muted}>{t("catalog.insertHint")}</p>
      </section>
      <Accordion multiple collapsible defaultOpenItems={categories.map((c) => c.name)}>
        {categories.map((c) => (
          <AccordionItem key={c.name} value={c.name}>
            <AccordionHeader size="small">
              <SafeText text={t("catalog.category", { name: c.name, n: c.items.length })} />
            </AccordionHeader>
            <AccordionPanel>
              <ul className={ps.list}>
                {c.items.map((i, k) => (
                  <li key={k} className={s.item}>
                    <div className={s.name}>
                      <SafeText text={`${i.code ? `${i.code} ` : ""}${i.name}`} />
                    </div>
                    <div>{capText(i, t, lang)}</div>
                    <div className={ps.muted}>
                      <SafeText
                        text={`${i.year !== null ? t("catalog.year", { year: i.year }) : t("catalog.everyYear")}${i.document ? ` · ${i.document}` : ""}${i.source ? ` · ${i.source.sheet}!${i.source.cell}` : ""}`}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}
