import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AdminShell } from "../AdminShell";
import { createApi, type EvaluationResults, type PlanDocument } from "../shared/api";
import { createI18n, I18nContext, type Lang } from "../shared/i18n";
import { fakeFetch, me } from "../test/fakeApi";

const organizer = { ...me, teams: [], organizes: [{ networkId: "nord", networkName: "Mentorprogram Nord" }] };
const gathering = (number: number, start: string) => ({ number, theme: `Tema ${number}`, start, end: start, mode: "physical" as const, place: null });
const doc: PlanDocument = {
  id: "nord", name: "Mentorprogram Nord", municipalities: [{ id: "tromso", name: "Tromsø" }], teams: [], tasks: [],
  gatherings: [gathering(1, "2022-09-01T11:00"), gathering(2, "2022-11-25T09:00"), gathering(3, "2023-04-26T11:00"), gathering(4, "2023-09-20T11:00")],
  evaluationItems: [
    { id: "motivasjon", kind: "likert", text: { nb: "Et mentorprogram vil styrke min kommune.", en: "A mentor program will strengthen my municipality." }, stable: true, gatherings: null },
    { id: "forstar-metoden", kind: "likert", text: { nb: "Jeg forstår metoden.", en: "I understand the method." }, stable: false, gatherings: [1] },
  ],
};

const stats = (counts: number[], dontKnow: number, mean: number) => ({ n: counts.reduce((a, b) => a + b, 0) + dontKnow, counts, dontKnow, mean });
const results = (lang: Lang): EvaluationResults => ({
  minimumGroup: 3,
  trendItemId: "motivasjon",
  municipalities: [{ id: "tromso", name: "Tromsø" }, { id: "hammerfest", name: "Hammerfest" }, { id: "dyroy", name: "Dyrøy" }],
  items: [
    { id: "motivasjon", kind: "likert", text: lang === "en" ? "A mentor program will strengthen my municipality." : "Et mentorprogram vil styrke min kommune.", stable: true, gatherings: null },
    { id: "tidsbruk", kind: "hours", text: lang === "en" ? "Hours spent" : "Timer brukt", stable: true, gatherings: null },
    { id: "mest-nyttig", kind: "text", text: lang === "en" ? "What was most useful?" : "Hva var mest nyttig?", stable: true, gatherings: null },
    { id: "bor-endres", kind: "text", text: lang === "en" ? "What should be changed?" : "Hva bør endres?", stable: true, gatherings: null },
  ],
  gatherings: [
    { number: 1, start: "2022-09-01T11:00:00+02:00", opens: "2022-09-02T13:00:00+02:00", closes: "2022-09-09T13:00:00+02:00", state: "closed",
      respondents: 31, invited: 40, suppressed: false, items: [], texts: {} },
    { number: 2, start: "2022-11-25T09:00:00+01:00", opens: "2022-11-25T15:00:00+01:00", closes: "2022-12-02T15:00:00+01:00", state: "closed",
      respondents: 2, invited: 40, suppressed: true, items: [], texts: {} },
    { number: 3, start: "2023-04-26T11:00:00+02:00", opens: "2023-04-27T13:00:00+02:00", closes: "2023-05-04T13:00:00+02:00", state: "open",
      respondents: 20, invited: 40, suppressed: false,
      items: [
        { itemId: "motivasjon", network: stats([0, 1, 3, 9, 6], 1, 4.05), municipalities: [
          { municipalityId: "tromso", suppressed: false, statistics: stats([0, 1, 2, 5, 4], 1, 4.0) },
          { municipalityId: "hammerfest", suppressed: false, statistics: stats([0, 0, 1, 4, 2], 0, 4.14) },
          { municipalityId: "dyroy", suppressed: true, statistics: null },
        ] },
        { itemId: "tidsbruk", network: { n: 18, counts: [], dontKnow: 0, mean: 6.5 }, municipalities: [
          { municipalityId: "tromso", suppressed: false, statistics: { n: 11, counts: [], dontKnow: 0, mean: 7.2 } },
          { municipalityId: "hammerfest", suppressed: false, statistics: { n: 7, counts: [], dontKnow: 0, mean: 5.4 } },
          { municipalityId: "dyroy", suppressed: false, statistics: null },
        ] },
      ],
      texts: { "mest-nyttig": ["Erfaringsdelingen mellom kommunene."], "bor-endres": [] } },
    { number: 4, start: "2023-09-20T11:00:00+02:00", opens: "2023-09-21T13:00:00+02:00", closes: "2023-09-28T13:00:00+02:00", state: "notYet",
      respondents: 0, invited: 40, suppressed: false, items: [], texts: {} },
  ],
  trends: [
    { itemId: "motivasjon",
      network: [{ gathering: 1, mean: 3.6, n: 30 }, { gathering: 2, mean: null, n: 2 }, { gathering: 3, mean: 4.05, n: 20 }],
      municipalities: {
        tromso: [{ gathering: 1, mean: 3.8, n: 12 }, { gathering: 2, mean: null, n: 0 }, { gathering: 3, mean: 4.0, n: 13 }],
        hammerfest: [{ gathering: 1, mean: 3.4, n: 10 }, { gathering: 2, mean: 3.5, n: 4 }, { gathering: 3, mean: 4.14, n: 7 }],
        dyroy: [{ gathering: 1, mean: null, n: 0 }, { gathering: 2, mean: null, n: 0 }, { gathering: 3, mean: null, n: 0 }],
      } },
    { itemId: "tidsbruk", network: [{ gathering: 1, mean: 4, n: 29 }, { gathering: 2, mean: null, n: 2 }, { gathering: 3, mean: 6.5, n: 18 }], municipalities: {} },
  ],
});

function renderEvaluations(routes: Parameters<typeof fakeFetch>[0] = {}, lang: Lang = "nb") {
  const locale = lang === "en" ? "en-US" : "nb-NO";
  const fake = fakeFetch({
    "GET /api/tab/admin/networks/nord/plan": () => ({ status: 200, body: doc, headers: { ETag: "W/\"v1\"" } }),
    [`GET /api/tab/admin/networks/nord/evaluations?locale=${locale}`]: () => ({ status: 200, body: results(lang) }),
    ...routes,
  });
  const api = createApi({ kind: "dev", headers: async () => ({}) }, fake.impl);
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nContext.Provider value={createI18n(lang)}>
        <AdminShell api={api} me={organizer} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return fake;
}

async function open(name = "Evaluering") {
  await userEvent.click(await screen.findByRole("tab", { name }));
}

describe("the organizers' evaluation view", () => {
  it("opens a gathering's evaluation in the room when the host says it is under way, with the plan's version", async () => {
    let underWay = true;
    const fake = renderEvaluations({
      "GET /api/tab/admin/networks/nord/evaluations?locale=nb-NO": () => ({ status: 200, body: { ...results("nb"),
        gatherings: results("nb").gatherings.map((g) => (g.number === 4 ? { ...g, canOpenNow: underWay, state: underWay ? "notYet" : "open" } : g)) } }),
      "POST /api/tab/admin/networks/nord/gatherings/4/evaluation/open": () => { underWay = false; return { status: 200, body: { networkId: "nord", version: "W/\"v2\"", warnings: [] } }; },
    });
    await open();
    expect(await screen.findByText(/Samlingen er i gang\. Åpner du evalueringen nå/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Åpne evalueringen nå" }));

    expect(await screen.findByText("Evalueringen er åpnet. Kortet sendes nå.")).toBeTruthy();
    expect(fake.calls.find((c) => c.method === "POST")!.headers["If-Match"]).toBe("W/\"v1\"");
    expect(screen.queryByRole("button", { name: "Åpne evalueringen nå" })).toBeNull(); // reloaded: open now
  });

  it("shows the latest gathering's response rate, distribution, mean and n, with small municipalities suppressed", async () => {
    renderEvaluations();
    await open();
    expect((await screen.findByTestId("response-rate")).textContent).toMatch(/^20 av 40 svarte \(50\s?%\)$/);
    const motivation = screen.getByTestId("result-motivasjon");
    expect(within(motivation).getByTestId("distribution").textContent).toBe("1: 02: 13: 34: 95: 6");
    expect(within(motivation).getByRole("img", { name: "Fordeling: 1: 0, 2: 1, 3: 3, 4: 9, 5: 6" })).toBeTruthy();
    expect(motivation.textContent).toContain("Snitt 4,1 · n = 20 · Vet ikke: 1");
    const rows = within(within(motivation).getByRole("table", { name: /Per kommune/ })).getAllByRole("row");
    expect([...rows[1].querySelectorAll("td")].map((td) => td.textContent)).toEqual(["Tromsø", "4,0", "13", "0", "1", "2", "5", "4", "1"]); // mean (always one decimal), n, 1-5, don't know
    expect(rows[3].textContent).toBe("Dyrøyfærre enn 3 svar"); // no figures at all
    const hours = screen.getByTestId("result-tidsbruk");
    expect(hours.textContent).toContain("6,5 timer i snitt · n = 18");
    expect(within(hours).getByText("ingen svar")).toBeTruthy(); // nobody from Dyrøy answered it
    expect(screen.getByRole("list", { name: "Hva var mest nyttig?" }).textContent).toBe("Erfaringsdelingen mellom kommunene.");
    expect(screen.getByText("Ingen har skrevet noe her.")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Åpen skjerm" })).toBeTruthy(); // its own section, no longer a placeholder
    expect(screen.queryByText("Kommer senere")).toBeNull();
    expect(screen.queryByRole("heading", { name: "Evalueringer" })).toBeNull();
  });

  it("shows only the count and a message for a gathering with fewer than 3 answers", async () => {
    renderEvaluations();
    await open();
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "Samling" }), "2");
    expect(screen.getByTestId("response-rate").textContent).toMatch(/^2 av 40 svarte \(5\s?%\)$/);
    expect(screen.getByText(/Færre enn 3 har svart, så resultatene vises ikke/)).toBeTruthy();
    expect(screen.queryByTestId("result-motivasjon")).toBeNull();
    expect(within(screen.getByRole("combobox", { name: "Samling" })).queryByRole("option", { name: /Samling 4/ })).toBeNull(); // not opened yet
  });

  it("draws the trend with a gap where the mean is missing, says why, and has the same figures in a table", async () => {
    renderEvaluations();
    await open();
    const chart = await screen.findByRole("img", { name: /^Et mentorprogram vil styrke min kommune\. Hele nettverket: samling 1: 3,6; samling 2: ingen tall; samling 3: 4,1\.$/ });
    const points = (series: string) => [...chart.querySelectorAll(`[data-series="${series}"] circle`)].map((c) => c.getAttribute("data-gathering"));
    expect(points("network")).toEqual(["1", "3"]); // no point for gathering 2
    expect(chart.querySelectorAll('[data-series="network"] path')).toHaveLength(0); // and no line across the gap
    expect(points("hammerfest")).toEqual(["1", "2", "3"]);
    expect(chart.querySelectorAll('[data-series="hammerfest"] path')).toHaveLength(1);
    expect(points("dyroy")).toEqual([]);
    expect(chart.textContent).toContain("Samling 4"); // the axis shows the whole plan
    expect(screen.getByText(/Grupper med færre enn 3 svar vises ikke/)).toBeTruthy();

    const table = screen.getByTestId("trend-table");
    expect([...table.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["Kommune", "Samling 1", "Samling 2", "Samling 3"]);
    const row = (name: string) => [...within(table).getByText(name).closest("tr")!.querySelectorAll("td")].map((td) => td.textContent);
    expect(row("Hele nettverket")).toEqual(["Hele nettverket", "3,6 (30)", "–", "4,1 (20)"]);
    expect(row("Dyrøy")).toEqual(["Dyrøy", "–", "–", "–"]);

    await userEvent.click(screen.getByRole("checkbox", { name: "Hammerfest" }));
    expect(chart.querySelector('[data-series="hammerfest"]')).toBeNull(); // toggled off
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Spørsmål" }), "tidsbruk");
    expect(await screen.findByRole("img", { name: /^Timer brukt\. Hele nettverket: samling 1: 4,0;/ })).toBeTruthy();
  });

  it("speaks English when the locale is English", async () => {
    renderEvaluations({}, "en");
    await open("Evaluations");
    expect((await screen.findByTestId("response-rate")).textContent).toMatch(/^20 of 40 answered \(50\s?%\)$/);
    expect(screen.getByRole("img", { name: /The whole network: gathering 1: 3\.6; gathering 2: no figure; gathering 3: 4\.1\.$/ })).toBeTruthy();
    expect(screen.getByText(/Groups with fewer than 3 answers are not shown/)).toBeTruthy();
    expect(screen.getAllByText("fewer than 3 answers").length).toBeGreaterThan(0);
    expect(screen.getByText("Stable (asked at every gathering)")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download Excel (.xlsx)" })).toBeTruthy();
  });

  it("downloads the results as .xlsx and .csv in the user's language", async () => {
    const file = (name: string) => () => ({ status: 200, body: "bytes", headers: { "Content-Disposition": `attachment; filename=${name}` } });
    const { calls } = renderEvaluations({
      "GET /api/tab/admin/networks/nord/evaluations/export?format=xlsx&locale=nb-NO": file("evaluering-nord.xlsx"),
      "GET /api/tab/admin/networks/nord/evaluations/export?format=csv&locale=nb-NO": file("evaluering-nord.csv"),
    });
    Object.assign(URL, { createObjectURL: vi.fn(() => "blob:export"), revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
    await open();
    await userEvent.click(await screen.findByRole("button", { name: "Last ned Excel (.xlsx)" }));
    await vi.waitFor(() => expect(clicked).toEqual(["evaluering-nord.xlsx"]));
    await userEvent.click(screen.getByRole("button", { name: "Last ned CSV" }));
    await vi.waitFor(() => expect(clicked).toEqual(["evaluering-nord.xlsx", "evaluering-nord.csv"]));
    expect(calls.filter((c) => c.path.includes("/export")).map((c) => c.path)).toEqual([
      "/api/tab/admin/networks/nord/evaluations/export?format=xlsx&locale=nb-NO",
      "/api/tab/admin/networks/nord/evaluations/export?format=csv&locale=nb-NO",
    ]);
    click.mockRestore();
  });

  it("adds a question for one gathering in plan format, guarded by the plan's version", async () => {
    const fake = renderEvaluations({ "PUT /api/tab/admin/networks/nord/evaluationItems/samarbeid": () => ({ status: 200, body: { networkId: "nord", version: "W/\"v2\"", warnings: [] } }) });
    await open();
    expect(within(await screen.findByTestId("evaluation-item-motivasjon")).getByText("Fast (stilles hver samling)")).toBeTruthy();
    expect(within(screen.getByTestId("evaluation-item-forstar-metoden")).getByText("Samling 1")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Nytt spørsmål for en samling" }));
    const form = screen.getByTestId("evaluation-item-form");
    await userEvent.type(within(form).getByLabelText("Id (kort, uten mellomrom)"), "samarbeid");
    await userEvent.selectOptions(within(form).getByLabelText("Type"), "rating");
    await userEvent.type(within(form).getByLabelText("Tekst (bokmål)"), "Hvordan fungerer samarbeidet med HR?");
    await userEvent.click(within(form).getByRole("checkbox", { name: "Samling 3" }));
    await userEvent.click(within(form).getByRole("button", { name: "Lagre" }));

    await screen.findByRole("button", { name: "Nytt spørsmål for en samling" }); // the form closed
    const put = fake.calls.find((c) => c.method === "PUT")!;
    expect(put.headers["If-Match"]).toBe("W/\"v1\"");
    expect(put.body).toEqual({ kind: "rating", text: { nb: "Hvordan fungerer samarbeidet med HR?", en: null }, stable: false, gatherings: [3] });
    await vi.waitFor(() => expect(fake.calls.filter((c) => c.path.startsWith("/api/tab/admin/networks/nord/evaluations?")).length).toBe(2)); // results reloaded
  });

  it("says the host's reason (from its problem code) when it refuses a change or a deletion, and offers no deletion of a stable question", async () => {
    const detail = "«motivasjon» er stilt ved hver samling siden samling 1: typen kan ikke endres";
    renderEvaluations({
      "PUT /api/tab/admin/networks/nord/evaluationItems/motivasjon": () => ({ status: 400, body: { title: "The change cannot be made", detail: "English prose",
        code: "evaluation.stableChange", args: { item: "motivasjon", first: 1 } } }),
      "DELETE /api/tab/admin/networks/nord/evaluationItems/forstar-metoden": () => ({ status: 400, body: { title: "The change cannot be made", detail: "English prose",
        code: "plan.changeNotPossible" } }),
    });
    await open();
    const stable = await screen.findByTestId("evaluation-item-motivasjon");
    expect(within(stable).queryByRole("button", { name: /Slett/ })).toBeNull();
    await userEvent.click(within(stable).getByRole("button", { name: /Endre/ }));
    const form = screen.getByTestId("evaluation-item-form");
    expect(within(form).queryByRole("group", { name: "Stilles på" })).toBeNull(); // stable: asked every time
    await userEvent.selectOptions(within(form).getByLabelText("Type"), "rating");
    await userEvent.click(within(form).getByRole("button", { name: "Lagre" }));
    expect((await within(form).findByRole("alert")).textContent).toContain(detail);
    expect((within(form).getByLabelText("Type") as HTMLSelectElement).value).toBe("rating"); // kept as chosen

    vi.spyOn(window, "confirm").mockReturnValue(true);
    await userEvent.click(within(screen.getByTestId("evaluation-item-forstar-metoden")).getByRole("button", { name: /Slett/ }));
    // "withDetail": what went wrong, then why (in the user's language; "English prose" never shows).
    expect((await screen.findByText(/det den gjelder, finnes ikke lenger/)).textContent).toContain("Endringen kan ikke gjøres");
    expect(screen.queryByText(/English prose/)).toBeNull();
    vi.restoreAllMocks();
  });
});
