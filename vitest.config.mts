import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/setup/custom-functions-runtime.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
