import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadLanguage } from "../shared/i18n";

await loadLanguage("en"); // main.tsx loads it when the locale asks; the tests use both languages

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

// jsdom has no ResizeObserver (Fluent's TabList measures itself); browsers do. It never fires here.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
