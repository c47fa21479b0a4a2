/** The as-of date the last run used, and where it came from (setting, table, today). */
import { usePane } from "../pane-context";
import { usePaneStyles } from "../styles";

export function AsOfLine() {
  const { t, result } = usePane();
  const ps = usePaneStyles();
  if (!result) return null;
  return (
    <p className={ps.muted} data-as-of={result.asOf}>
      {t("run.asOf", { date: result.asOf })} {t(`asOfSource.${result.asOfSource}`)}
    </p>
  );
}
