/** The icon of a severity, coloured; decorative (the label is always written next to it). */
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import type { Severity } from "../../core/findings";
import { useToneStyles } from "../styles";

export function SeverityIcon({ severity }: { severity: Severity }) {
  const tone = useToneStyles();
  const props = { "aria-hidden": true as const, className: tone[severity] };
  if (severity === "error") return <ErrorCircleRegular {...props} />;
  if (severity === "warning") return <WarningRegular {...props} />;
  return <InfoRegular {...props} />;
}
