// Preloaded into a command-line run by run-cli-measured.ts (`node --require`): when the process
// exits, its peak resident memory (kB) is written to the file named in EC_REVIEW_PEAK_MEMORY_FILE.
const { writeFileSync } = require("node:fs");
const target = process.env.EC_REVIEW_PEAK_MEMORY_FILE;
if (target) {
  process.on("exit", () => {
    try {
      writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      // The measurement is best effort; a missing file fails the test that asked for it.
    }
  });
}
