import { defineConfig } from "vitest/config";

// Browser end-to-end tests: the real host (a child process) on Azurite, driven by playwright-core in Debian's chromium.
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/host.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
