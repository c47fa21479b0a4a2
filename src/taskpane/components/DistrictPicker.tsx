/**
 * The area the fund serves, picked from the country's divisions: a search (闵行 / 310112 /
 * 上海市闵行区) and province → city → district lists; a city or a province may be chosen for a
 * city's or province's fund. The list (assets/geo/index.json, 114 KB) is fetched from the add-in's
 * own host only when the picker is opened. What is stored is the setting as before: the shortest
 * name that reads back as the chosen area (district-search.ts). If the list cannot be loaded, the
 * name can still be typed.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Button,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ChevronUpRegular, LocationRegular } from "@fluentui/react-icons";
import { areaOf, DistrictError } from "../../core/geo/geography";
import type { GeoIndex } from "../../core/geo/geoIndex";
import { loadGeoIndex } from "../../office/geo-index";
import { choiceByCode, choiceOf, searchAreas, settingFor, type AreaChoice, type AreaLevel } from "../district-search";
import { usePane } from "../pane-context";
import { usePaneStyles, useToneStyles } from "../styles";
import { SafeText } from "./SafeText";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  combobox: { width: "100%", minWidth: 0 },
  code: { color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums", marginInlineStart: tokens.spacingHorizontalXS },
});

type Status = { kind: "closed" } | { kind: "loading" } | { kind: "ready"; index: GeoIndex } | { kind: "failed" };

const key = (c: AreaChoice) => `${c.level}:${c.code}`;

export function DistrictPicker(props: {
  value: string;
  onChange: (setting: string) => void;
  /** The form's complaint about the field (nothing chosen), if any. */
  problem?: string;
  disabled?: boolean;
}) {
  const { t, lang } = usePane();
  const ps = usePaneStyles();
  const tone = useToneStyles();
  const s = useStyles();
  const [status, setStatus] = useState<Status>({ kind: "closed" });
  const [query, setQuery] = useState("");
  /** The search's list is open while there is something to show (also after a paste, which opens no list by itself). */
  const [listOpen, setListOpen] = useState(false);
  const open = status.kind !== "closed";
  const index = status.kind === "ready" ? status.index : null;

  useEffect(() => {
    if (status.kind !== "loading") return;
    let live = true;
    loadGeoIndex().then(
      (index) => live && setStatus({ kind: "ready", index }),
      () => live && setStatus({ kind: "failed" })
    );
    return () => {
      live = false;
    };
  }, [status.kind]);

  const chosen = useMemo(() => (index ? choiceOf(index, props.value) : null), [index, props.value]);
  /** Why the setting names no area (the core's own words), once the list is there to tell. */
  const wrong = useMemo(() => {
    if (!index || chosen || props.value.trim() === "") return null;
    try {
      areaOf(props.value, index);
      return null;
    } catch (e) {
      return e instanceof DistrictError ? e.text[lang] : null;
    }
  }, [index, chosen, props.value, lang]);
  const results = useMemo(() => (index ? searchAreas(index, query) : []), [index, query]);

  const pick = (c: AreaChoice | null) => {
    if (!index || !c) return;
    props.onChange(settingFor(index, c));
  };
  const pickCode = (level: AreaLevel, code: string) => index && pick(choiceByCode(index, level, code));

  const levelName = (l: AreaLevel) => t(`district.level.${l}`);
  const current = chosen
    ? t("district.reads", { setting: props.value, label: chosen.label, code: chosen.code6 })
    : t("district.current", { setting: props.value || "—" });

  // The lists follow the chosen area; a municipality's cities are unnamed, so its districts come straight after it.
  const provinceCode = chosen?.province ?? "";
  const cities = index && provinceCode ? index.citiesOf(provinceCode) : [];
  const named = cities.filter((c) => !c.placeholder);
  const cityCode = chosen && chosen.level !== "province" && named.some((c) => c.code === chosen.city) ? (chosen.city ?? "") : "";
  const districts = index ? (named.length === 0 ? cities.flatMap((c) => index.districtsOf(c.code)) : cityCode ? index.districtsOf(cityCode) : []) : [];

  return (
    <div className={s.group} role="group" aria-labelledby="district-label">
      <span id="district-label" className={s.label}>
        {t("settings.district")}
      </span>
      <span className={ps.muted}>{t("district.hint")}</span>
      <span data-testid="district-current" data-code={chosen?.code6 ?? ""}>
        <SafeText text={current} />
      </span>
      {wrong && (
        <span className={tone.error} role="alert">
          <SafeText text={wrong} />
        </span>
      )}
      {props.problem && (
        <span className={tone.error} role="alert">
          {props.problem}
        </span>
      )}
      <div>
        <Button
          icon={open ? <ChevronUpRegular /> : <LocationRegular />}
          aria-expanded={open}
          aria-controls="district-picker"
          disabled={props.disabled}
          onClick={() => setStatus(open ? { kind: "closed" } : { kind: "loading" })}
        >
          {open ? t("district.close") : t("district.choose")}
        </Button>
      </div>
      {open && (
        <div id="district-picker" className={s.group}>
          {status.kind === "loading" && <Spinner size="small" label={t("district.loading")} />}
          {status.kind === "failed" && (
            <>
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t("district.loadFailed")}</MessageBarBody>
              </MessageBar>
              <Field label={t("district.typeName")}>
                <Input value={props.value} onChange={(_, d) => props.onChange(d.value)} disabled={props.disabled} />
              </Field>
            </>
          )}
          {index && (
            <>
              <Field label={t("district.search")} hint={query && results.length === 0 ? t("district.noMatch") : undefined}>
                <Combobox
                  className={s.combobox}
                  freeform
                  placeholder={t("district.searchPlaceholder")}
                  value={query}
                  disabled={props.disabled}
                  open={listOpen && results.length > 0}
                  onOpenChange={(_, d) => setListOpen(d.open)}
                  onChange={(e) => {
                    setQuery(e.target.value);
                    setListOpen(true);
                  }}
                  onOptionSelect={(_, d) => {
                    // Typing over a chosen option also reports a "selection" of nothing: the text stays.
                    const c = results.find((r) => key(r) === d.optionValue);
                    if (!c) return;
                    pick(c);
                    setQuery(c.label);
                    setListOpen(false);
                  }}
                >
                  {results.map((c) => (
                    <Option key={key(c)} value={key(c)} text={c.label}>
                      <span>
                        {c.label}{" "}
                        <span className={s.code}>
                          {c.code6} · {levelName(c.level)}
                        </span>
                      </span>
                    </Option>
                  ))}
                </Combobox>
              </Field>
              <div className={ps.formGrid}>
                <Field label={t("district.province")} size="small">
                  <Select size="small" value={provinceCode} disabled={props.disabled} onChange={(_, d) => d.value && pickCode("province", d.value)}>
                    {!provinceCode && <option value="">{t("district.any")}</option>}
                    {index.provinces.map((p) => (
                      <option key={p.code} value={p.code}>
                        {p.name}
                      </option>
                    ))}
                  </Select>
                </Field>
                {named.length > 0 && (
                  <Field label={t("district.city")} size="small">
                    <Select
                      size="small"
                      value={cityCode}
                      disabled={props.disabled}
                      onChange={(_, d) => (d.value ? pickCode("city", d.value) : pickCode("province", provinceCode))}
                    >
                      <option value="">{t("district.wholeProvince")}</option>
                      {named.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                )}
                {districts.length > 0 && (
                  <Field label={t("district.district")} size="small">
                    <Select
                      size="small"
                      value={chosen?.level === "district" ? chosen.code : ""}
                      disabled={props.disabled}
                      onChange={(_, d) =>
                        d.value ? pickCode("district", d.value) : cityCode ? pickCode("city", cityCode) : pickCode("province", provinceCode)
                      }
                    >
                      <option value="">{named.length > 0 ? t("district.wholeCity") : t("district.wholeProvince")}</option>
                      {districts.map((x) => (
                        <option key={x.code} value={x.code}>
                          {x.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                )}
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
