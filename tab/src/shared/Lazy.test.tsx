import { render, screen } from "@testing-library/react";
import { lazy } from "react";
import { describe, expect, it, vi } from "vitest";
import { createI18n, I18nContext } from "./i18n";
import { Lazy } from "./Lazy";

describe("Lazy", () => {
  it("shows the part once its file has loaded", async () => {
    const Part = lazy(async () => ({ default: () => <p>Arrangør</p> }));
    render(<Lazy><Part /></Lazy>);
    expect(await screen.findByText("Arrangør")).toBeTruthy();
  });

  it("says so and offers a reload when the file cannot be loaded, instead of a blank tab", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {}); // React reports the caught error
    const Part = lazy(() => Promise.reject(new TypeError("Failed to fetch dynamically imported module")));
    render(<I18nContext.Provider value={createI18n("nb")}><Lazy><Part /></Lazy></I18nContext.Provider>);
    expect((await screen.findByRole("alert")).textContent).toContain("kunne ikke lastes");
    expect(screen.getByRole("button", { name: "Last inn på nytt" })).toBeTruthy();
    quiet.mockRestore();
  });
});
