/** What the pane can do with the findings in the workbook: fill the cells, undo that, write the report sheet. */
import { Toolbar, ToolbarButton } from "@fluentui/react-components";
import { DocumentTableRegular, EraserRegular, HighlightRegular } from "@fluentui/react-icons";
import { usePane } from "../pane-context";

export function FindingActions() {
  const { t, gateway, result, lang, act, running } = usePane();
  const none = !result || running;
  return (
    <Toolbar aria-label={t("findings.title")} size="small" style={{ flexWrap: "wrap", paddingInline: 0 }}>
      <ToolbarButton
        icon={<HighlightRegular />}
        disabled={none || result.findings.length === 0}
        onClick={() =>
          void act(async () => {
            if (!result) return;
            // Without notes (no ExcelApi 1.18) the gateway writes the report sheet from `result` and says so.
            const out = await gateway.highlight(result.findings, { notes: true, lang, report: result });
            return [t("findings.highlighted", { n: new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`)).size }), out.notice].filter(Boolean).join(" ");
          })
        }
      >
        {t("findings.highlight")}
      </ToolbarButton>
      <ToolbarButton
        icon={<EraserRegular />}
        disabled={running}
        onClick={() =>
          void act(async () => {
            const out = await gateway.clearHighlights();
            return [t("findings.cleared"), out.notice].filter(Boolean).join(" ");
          })
        }
      >
        {t("findings.clear")}
      </ToolbarButton>
      <ToolbarButton
        icon={<DocumentTableRegular />}
        disabled={none}
        onClick={() =>
          void act(async () => {
            if (!result) return;
            const sheet = await gateway.writeReport(result, lang);
            return t("findings.reportWritten", { sheet });
          })
        }
      >
        {t("findings.report")}
      </ToolbarButton>
    </Toolbar>
  );
}
