import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/setup/custom-functions-runtime.ts", "test/setup/testing-library.ts"],
    // Generous: a test waits for a result, never races a clock. CI runs the suite beside busy
    // loops (.ci/run) to prove that a loaded machine only makes it slower, not red.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
