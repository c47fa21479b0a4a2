/** ANSI colour for the text report: only on a terminal, and never when NO_COLOR is set. */
import type { Severity } from "../core/findings";

export interface Paint {
  severity(s: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (code: string) => (t: string) => `\u001b[${code}m${t}\u001b[0m`;

export function paint(enabled: boolean): Paint {
  if (!enabled) return { severity: (_s, t) => t, dim: (t) => t, bold: (t) => t };
  const sev: Record<Severity, (t: string) => string> = { error: wrap("31;1"), warning: wrap("33"), info: wrap("36") };
  return { severity: (s, t) => sev[s](t), dim: wrap("2"), bold: wrap("1") };
}

export function colourWanted(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && env.NO_COLOR === undefined;
}
