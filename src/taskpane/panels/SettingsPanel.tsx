/**
 * 设置: language, district (picked from the country's divisions: DistrictPicker), tolerance,
 * time-progress method, disbursement deadline, as-of date.
 * Saved in the workbook's document settings (they travel with the file). Fields keep the text
 * as typed; a value that is not usable is explained and not saved.
 */
import { useState } from "react";
import { Button, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import type { Lang, ProgressMethod } from "../../core/settings";
import { LANGS, LANG_NAMES } from "../i18n";
import { readForm, toForm, type SettingsForm, type SettingsProblems } from "../pane-settings";
import { usePane } from "../pane-context";
import { usePaneStyles } from "../styles";
import { DistrictPicker } from "../components/DistrictPicker";

export function SettingsPanel() {
  const { t, settings, saveSettings, running } = usePane();
  const ps = usePaneStyles();
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [problems, setProblems] = useState<SettingsProblems>({});

  const set = <K extends keyof SettingsForm>(k: K, v: SettingsForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    // Typing in a field clears its complaint until the next save.
    setProblems((p) => ({ ...p, [k]: undefined }));
  };
  const save = (f: SettingsForm) => {
    const read = readForm(f);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems({});
    void saveSettings(read.settings);
  };
  const fieldState = (k: keyof SettingsProblems) => {
    const problem = problems[k];
    return problem
      ? { validationState: "error" as const, validationMessage: t(`settings.${problem}`) }
      : { validationState: "none" as const };
  };

  return (
    <form
      className={ps.section}
      aria-labelledby="settings-title"
      onSubmit={(e) => {
        e.preventDefault();
        save(form);
      }}
    >
      <h2 id="settings-title" className={ps.heading}>
        {t("settings.title")}
      </h2>
      <p className={ps.muted}>{t("settings.travel")}</p>
      <Field label={t("settings.lang")}>
        <Select
          value={form.lang}
          onChange={(_, d) => {
            const lang = d.value as Lang;
            setForm((f) => ({ ...f, lang }));
            // The language applies at once (it changes no finding, only how the pane reads),
            // without saving other fields still being edited.
            void saveSettings({ ...settings, lang });
          }}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
      <DistrictPicker
        value={form.district}
        onChange={(v) => set("district", v)}
        problem={problems.district ? t(`settings.${problems.district}`) : undefined}
        disabled={running}
      />
      <Field label={t("settings.tolerance")} {...fieldState("tolerance")}>
        <Input inputMode="decimal" value={form.tolerance} onChange={(_, d) => set("tolerance", d.value)} />
      </Field>
      <Field label={t("settings.method")}>
        <RadioGroup value={form.progressMethod} onChange={(_, d) => set("progressMethod", d.value as ProgressMethod)}>
          <Radio value="month" label={t("settings.method.month")} />
          <Radio value="day" label={t("settings.method.day")} />
        </RadioGroup>
      </Field>
      <Field label={t("settings.deadline")} {...fieldState("disbursementDeadline")}>
        <Input value={form.disbursementDeadline} placeholder="11-30" onChange={(_, d) => set("disbursementDeadline", d.value)} />
      </Field>
      <Field label={t("settings.asOf")} {...fieldState("asOf")}>
        <Input type="date" value={form.asOf} onChange={(_, d) => set("asOf", d.value)} />
      </Field>
      <div>
        <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={running}>
          {t("settings.save")}
        </Button>
      </div>
    </form>
  );
}
