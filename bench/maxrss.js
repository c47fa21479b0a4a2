// Preloaded into a measured child process (`node --require bench/maxrss.js …`): at exit it
// writes the process's peak resident memory (KB) to the file named by BENCH_MAXRSS_FILE.
"use strict";
process.on("exit", () => {
  const f = process.env.BENCH_MAXRSS_FILE;
  if (f) require("fs").writeFileSync(f, String(process.resourceUsage().maxRSS));
});
