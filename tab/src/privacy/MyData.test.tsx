import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createApi } from "../shared/api";
import { createI18n, I18nContext } from "../shared/i18n";
import { fakeFetch } from "../test/fakeApi";
import { MyData } from "./MyData";

describe("MyData", () => {
  it("says what is stored with the privacy page, and shows the person's own data table by table", async () => {
    const fake = fakeFetch({
      "GET /api/tab/privacy/mine": () => ({ status: 200, body: {
        rowCount: 3,
        tables: [
          { table: "Networks", what: { nb: "Nettverkets plan", en: "The network's plan" }, rows: [{}, {}] },
          { table: "LanguagePreferences", what: { nb: "Språket du har valgt", en: "Your language" }, rows: [{}] },
        ],
      } }),
    });
    const api = createApi({ kind: "dev", headers: async () => ({ "X-TeamsMentor-Dev-User": "oid-hanne" }) }, fake.impl);
    render(<I18nContext.Provider value={createI18n("nb")}><MyData api={api} /></I18nContext.Provider>);

    const panel = screen.getByTestId("my-data");
    expect(panel.textContent).toContain("TeamsMentor lagrer navnet ditt");
    expect(within(panel).getByRole("link", { name: "Les mer om personvern" }).getAttribute("href")).toBe("/tab/privacy.html");
    await userEvent.click(within(panel).getByRole("button", { name: "Vis mine data" }));

    expect(await within(panel).findByText("TeamsMentor har 3 oppføringer om deg:")).toBeTruthy();
    expect(within(panel).getByText("Nettverkets plan (2)")).toBeTruthy();
    expect(within(panel).getByText("Språket du har valgt (1)")).toBeTruthy();
  });
});
