/** The run button on every panel, with the read scope, progress while running, and cancel. */
import { Button, Field, ProgressBar, Select, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, PlayRegular } from "@fluentui/react-icons";
import type { ReadScope } from "../../workbook-gateway";
import { usePane } from "../pane-context";
import type { RunPhase } from "../run-audit";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  scope: { minWidth: "120px", flexGrow: 1 },
  progress: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
});

const SCOPES: readonly ReadScope[] = ["all", "active", "selection"];

export function RunBar(props: {
  phase: RunPhase | null;
  scope: ReadScope;
  onScope: (s: ReadScope) => void;
  onCancel: () => void;
}) {
  const { t, run, running, result } = usePane();
  const s = useStyles();
  const { phase } = props;
  const status =
    phase?.phase === "reading"
      ? phase.total > 0
        ? t("run.reading", { done: phase.done, total: phase.total })
        : t("run.readingStart")
      : t("run.auditing");
  return (
    <div className={s.root}>
      <div className={s.controls}>
        <Field label={t("run.scope")} size="small" className={s.scope}>
          <Select size="small" value={props.scope} onChange={(_, d) => props.onScope(d.value as ReadScope)} disabled={running}>
            {SCOPES.map((sc) => (
              <option key={sc} value={sc}>
                {t(`scope.${sc}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" icon={<PlayRegular />} onClick={() => void run(props.scope)} disabled={running}>
          {result ? t("run.again") : t("run.all")}
        </Button>
      </div>
      {running && (
        <div className={s.progress} role="status" aria-live="polite">
          <Field className={s.grow} validationMessage={status} validationState="none">
            <ProgressBar
              aria-label={status}
              value={phase?.phase === "reading" && phase.total > 0 ? phase.done / phase.total : undefined}
            />
          </Field>
          <Button icon={<DismissRegular />} onClick={props.onCancel}>
            {t("run.cancel")}
          </Button>
        </div>
      )}
    </div>
  );
}
