// Preloaded into a measured child process (`node --require bench/maxrss.js …`): at exit it
// writes the process's peak resident memory (KB) and CPU time of all its threads (ms, user +
// system) to the file named by BENCH_MAXRSS_FILE.
"use strict";
process.on("exit", () => {
  const f = process.env.BENCH_MAXRSS_FILE;
  if (!f) return;
  const u = process.resourceUsage();
  require("fs").writeFileSync(f, `${u.maxRSS} ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}`);
});
