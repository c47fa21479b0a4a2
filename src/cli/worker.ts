/** A worker thread checking the workbooks the pool sends it, one at a time. */
import { parentPort } from "worker_threads";
import { checkFile, type FileJob } from "./checkFile";

if (parentPort) {
  const port = parentPort;
  port.on("message", (msg: { id: number; job: FileJob }) => {
    checkFile(msg.job).then(
      (outcome) => port.postMessage({ id: msg.id, outcome }),
      (e: unknown) =>
        port.postMessage({
          id: msg.id,
          outcome: { ok: false, path: msg.job.path, label: msg.job.label, error: String(e instanceof Error ? e.message : e), kind: "input" },
        })
    );
  });
}
