/** The progress bar on stderr: only on a terminal, redrawn in place, erased when done. */
import type { Lang } from "../core/settings";
import { TEXT } from "./strings";

export interface Progress {
  update(done: number, findings: number): void;
  clear(): void;
}

export const NO_PROGRESS: Progress = { update() {}, clear() {} };

export function progressBar(stream: { write(s: string): unknown }, total: number, lang: Lang, now: () => number = Date.now): Progress {
  const started = now();
  let drawn = false;
  let last = 0;
  return {
    update(done, findings) {
      const t = now();
      if (done < total && t - last < 100) return;
      last = t;
      const width = 24;
      const filled = Math.round((done / total) * width);
      const elapsed = (t - started) / 1000;
      const left = done > 0 ? (elapsed / done) * (total - done) : NaN;
      const leftText = Number.isFinite(left) ? (left >= 60 ? `${Math.round(left / 60)} min` : `${Math.ceil(left)} s`) : "…";
      stream.write(`\r\u001b[2K[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${TEXT[lang].progress(done, total, findings, leftText)}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write("\r\u001b[2K");
      drawn = false;
    },
  };
}
