/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Built into the bot host's wwwroot/tab, which serves it at /tab (TabStaticFiles.cs).
export default defineConfig({
  base: "/tab/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../bot/TeamsMentor.Bot/wwwroot/tab", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3978" },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    setupFiles: ["src/test/setup.ts"],
  },
});
