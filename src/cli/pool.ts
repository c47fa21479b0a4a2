/**
 * Several workbooks at once: up to `jobs` worker threads, each checking one file at a time;
 * outcomes are handed back in the order the files were given, whatever order they finish in.
 * One job (or one file) runs in this thread: no worker start-up to pay.
 */
import * as path from "path";
import { Worker } from "worker_threads";
import { checkFile, type FileJob, type FileOutcome } from "./checkFile";

export interface PoolEvents {
  /** A file finished (in any order): for the progress bar. */
  done?(outcome: FileOutcome, finished: number): void;
  /** The next outcome in the given order is ready: for output and for freeing memory early. */
  inOrder?(outcome: FileOutcome, index: number): void;
}

export async function runAll(jobs: FileJob[], threads: number, ev: PoolEvents = {}): Promise<FileOutcome[]> {
  const results: (FileOutcome | undefined)[] = new Array(jobs.length);
  let finished = 0;
  let emitted = 0;
  const settle = (i: number, o: FileOutcome): void => {
    results[i] = o;
    finished++;
    ev.done?.(o, finished);
    while (emitted < jobs.length && results[emitted] !== undefined) {
      ev.inOrder?.(results[emitted] as FileOutcome, emitted);
      emitted++;
    }
  };
  const n = Math.max(1, Math.min(threads, jobs.length));
  if (n === 1) {
    for (let i = 0; i < jobs.length; i++) settle(i, await checkFile(jobs[i]));
    return results as FileOutcome[];
  }
  let next = 0;
  // Compiled: lib/cli/worker.js beside this file; under ts-jest the sources run, the worker is lib's.
  const script = __filename.endsWith(".ts") ? path.join(__dirname, "..", "..", "lib", "cli", "worker.js") : path.join(__dirname, "worker.js");
  await Promise.all(
    Array.from({ length: n }, async () => {
      let worker = new Worker(script);
      worker.unref();
      try {
        while (next < jobs.length) {
          const i = next++;
          const { outcome, dead } = await runOn(worker, i, jobs[i]);
          settle(i, outcome);
          if (dead) {
            worker = new Worker(script);
            worker.unref();
          }
        }
      } finally {
        await worker.terminate();
      }
    })
  );
  return results as FileOutcome[];
}

function runOn(worker: Worker, id: number, job: FileJob): Promise<{ outcome: FileOutcome; dead: boolean }> {
  return new Promise((resolve) => {
    const fail = (message: string): void =>
      resolve({ outcome: { ok: false, path: job.path, label: job.label, error: message, kind: "input" }, dead: true });
    const onMessage = (msg: { id: number; outcome: FileOutcome }): void => {
      if (msg.id !== id) return;
      cleanup();
      resolve({ outcome: msg.outcome, dead: false });
    };
    const onError = (e: Error): void => {
      cleanup();
      fail(e.message.split("\n")[0]);
    };
    // A worker that dies (out of memory, killed) gives its file an entry, never a hang.
    const onExit = (code: number): void => {
      cleanup();
      fail(`worker stopped (exit ${code})`);
    };
    const cleanup = (): void => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, job });
  });
}
