import { mkdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { wcagViolations } from "./axe";

// The tab in Debian's chromium against the real host and Azurite (see host.ts): what a member and an organizer see and
// may do, and that the API refuses the rest. Screenshots go to artifacts/screenshots.
const base = inject("baseUrl");
const history = inject("historyUrl"); // the same demo at 16 October 2024, two years of reports behind it
const shots = fileURLToPath(new URL("../../artifacts/screenshots/", import.meta.url));
const network = "/api/tab/networks/mentorprogram-nord";
let browser: Browser;
let people: { objectId: string; name: string; organizer: boolean }[];
const oid = (name: string) => people.find((p) => p.name === name)!.objectId;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  people = await (await fetch(`${base}/api/tab/dev/people`)).json();
});

afterAll(async () => {
  await browser?.close();
});

async function signIn(name: string, viewport = { width: 1280, height: 900 }, theme = "default", at = base): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${at}/tab/?lang=nb-NO&theme=${theme}`);
  await page.getByRole("button", { name: new RegExp(name) }).click();
  return page;
}

function api(path: string, headers: Record<string, string>, init: RequestInit = {}) {
  return fetch(`${base}${path}`, { ...init, headers: { Accept: "application/json", ...headers, ...(init.headers as Record<string, string>) } });
}

describe("the personal tab in a browser", () => {
  it("a member sees only her team's plan, changes a task's status, reloads and still sees it", async () => {
    const page = await signIn("Hanne Solbakken");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Tromsø hjemmetjeneste sone 1");
    expect(await page.getByRole("combobox", { name: "Velg team" }).count()).toBe(0); // one team: no switcher
    expect(await page.getByRole("tab", { name: "Arrangør" }).count()).toBe(0); // no organizer workspace

    const card = page.getByTestId("task-malinger");
    await card.getByRole("combobox", { name: "Status" }).selectOption({ label: "Ferdig" });
    await card.getByText("Lagret").waitFor();

    await page.reload();
    await expect.poll(() => page.getByTestId("task-malinger").getByRole("combobox", { name: "Status" }).inputValue()).toBe("done");
    await page.close();
  });

  it("a non-organizer gets 403 from the admin API and another team's plan; a forged or expired token gets 401", async () => {
    const hanne = { "X-TeamsMentor-Dev-User": oid("Hanne Solbakken") };
    expect((await api(`/api/tab/admin/networks/mentorprogram-nord/plan`, hanne)).status).toBe(403);
    expect((await api(`${network}/teams/tromso-sone-2/plan`, hanne)).status).toBe(403);
    expect((await api(`${network}/teams/tromso-sone-1/plan`, hanne)).status).toBe(200);

    expect((await api(`${network}/teams/tromso-sone-1/plan`, { Authorization: `Bearer ${jwt(3600)}` })).status).toBe(401);
    expect((await api(`${network}/teams/tromso-sone-1/plan`, { Authorization: `Bearer ${jwt(-3600)}` })).status).toBe(401);
    expect((await api(`/api/tab/me`, {})).status).toBe(401);
  });

  it("an organizer changes the next gathering in the workspace and the member's plan shows it", async () => {
    const organizer = await signIn("Ragnhild Sørvik");
    await organizer.getByRole("tab", { name: "Arrangør" }).click();
    await organizer.getByRole("tab", { name: "Samlinger" }).click();
    await organizer.getByRole("button", { name: /Endre: Samling 3/ }).click();
    const form = organizer.getByTestId("gathering-form");
    await form.getByLabel("Starter").fill("2023-04-27T11:00");
    await form.getByLabel("Slutter").fill("2023-04-26T13:00"); // before the start: refused, input kept
    await form.getByRole("textbox", { name: "Tema" }).fill("Omsorg for mentorene");
    await form.getByRole("button", { name: "Lagre" }).click();
    await form.getByText("Planen ble ikke lagret. Rett opp det som er markert.").waitFor();
    expect(await form.getByLabel("Slutter").inputValue()).toBe("2023-04-26T13:00");
    await organizer.screenshot({ path: `${shots}organizer-gathering-error.png`, fullPage: true });

    await form.getByLabel("Slutter").fill("2023-04-28T13:00");
    await form.getByRole("button", { name: "Lagre" }).click();
    await organizer.getByRole("button", { name: /Endre: Samling 3 · torsdag 27\. april 2023 kl\. 11:00/ }).waitFor();
    await organizer.close();

    const page = await signIn("Hanne Solbakken");
    const next = page.getByTestId("next-gathering");
    await expect.poll(() => next.innerText()).toContain("Omsorg for mentorene");
    expect(await next.innerText()).toContain("Samling 3 · 27. april 2023");
    expect(await next.innerText()).toContain("om 15 dager");
    await page.close();
  });

  it("an organizer opens Evaluering and sees the motivation trend across the gatherings (screenshots)", async () => {
    // Desktop in the light theme, phone in the dark one.
    for (const [file, viewport, theme] of [["evaluation-trend", { width: 1280, height: 900 }, "default"], ["evaluation-trend-phone-dark", { width: 360, height: 780 }, "dark"]] as const) {
      const page = await signIn("Ragnhild Sørvik", viewport, theme);
      await page.getByRole("tab", { name: "Arrangør" }).click();
      await page.getByRole("tab", { name: "Evaluering" }).click();
      // The demo seeder answered gatherings 1 and 2 (closed before Demo:Now): two network points, each with a mean.
      const chart = page.getByRole("img", { name: /Hele nettverket: samling 1: \d/ });
      await chart.waitFor();
      expect(await chart.getAttribute("aria-label")).toMatch(/samling 1: \d(,\d)?; samling 2: \d(,\d)?/);
      expect(await chart.locator('[data-series="network"] circle').count()).toBeGreaterThanOrEqual(2);
      expect(await page.getByTestId("trend-table").locator("tr").first().textContent()).toContain("Samling 2"); // folded away: textContent
      await expect.poll(() => page.getByTestId("response-rate").innerText()).toMatch(/^\d+ av \d+ svarte \(\d+\s?%\)$/);
      await page.screenshot({ path: `${shots}${file}.png`, fullPage: true });
      expect(statSync(`${shots}${file}.png`).size).toBeGreaterThan(20_000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.close();
    }
  });

  it("an organizer reads the report matrix at phone and desktop width: true states, the team column stays in view (screenshots)", async () => {
    for (const [file, viewport, theme] of [["report-matrix", { width: 1280, height: 900 }, "default"], ["report-matrix-phone", { width: 390, height: 844 }, "default"], ["report-matrix-phone-dark", { width: 390, height: 844 }, "dark"]] as const) {
      const page = await signIn("Ragnhild Sørvik", viewport, theme);
      await page.getByRole("tab", { name: "Arrangør" }).click();
      await page.getByRole("tab", { name: "Statusrapporter" }).click();
      const matrix = page.getByRole("table", { name: "Statusrapporter per team og samling" });
      await matrix.waitFor();
      // The demo network came (by the demo clock) after gatherings 1 and 2: nobody was asked for those, and the table says so.
      const first = matrix.locator("tbody tr").first();
      expect(await first.locator("td").nth(1).innerText()).toContain("Ikke spurt");
      expect(await page.getByText("Ikke påbegynt").count()).toBe(0);
      expect(await page.getByTestId("figures-table").innerText()).toMatch(/–/);
      await page.screenshot({ path: `${shots}${file}.png`, fullPage: true });
      expect(statSync(`${shots}${file}.png`).size).toBeGreaterThan(20_000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // Headers and pills do not overlap: everything drawn in a cell lies inside that cell's box.
      for (const table of [matrix, page.getByTestId("figures-table")]) {
        const overflowing = await table.evaluate((t) => [...t.querySelectorAll("td, th")].flatMap((cell) => {
          const box = cell.getBoundingClientRect();
          return [...cell.querySelectorAll("*")].map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1))
            .map(() => cell.textContent);
        }));
        expect(overflowing).toEqual([]);
      }
      // Scrolled to the last gathering, the team names are still where they were.
      const name = first.locator("td").first();
      const before = (await name.boundingBox())!.x;
      const scrolled = await matrix.evaluate((table) => { const box = table.parentElement!; box.scrollLeft = box.scrollWidth; return box.scrollLeft; });
      if (viewport.width < 500) expect(scrolled).toBeGreaterThan(100); // at phone width the gatherings do scroll
      expect(Math.abs((await name.boundingBox())!.x - before)).toBeLessThan(2);
      await page.close();
    }
  });

  it("an organizer follows the measures over two years: turnover against the national reference, the table, every team side by side, the reports frozen at a deadline, and the drafted report in one click (screenshots)", async () => {
    for (const [file, viewport] of [["measures", { width: 1280, height: 900 }], ["measures-phone", { width: 390, height: 844 }]] as const) {
      const page = await signIn("Ragnhild Sørvik", viewport, "default", history);
      await page.getByRole("tab", { name: "Arrangør" }).click();
      await page.getByRole("tab", { name: "Måltall" }).click();
      const chart = page.getByTestId("measure-chart");
      await chart.waitFor();
      // Turnover first: the national reference drawn with its label, a point per gathering with figures (3 to 6).
      expect(await chart.innerText()).toContain("Turnover blant nytilsatte med mentor");
      expect(await chart.innerText()).toContain("Lavere er bedre");
      expect(await chart.locator("[data-testid=measure-target]").count()).toBe(1);
      expect(await chart.locator("[data-series=network] [data-gathering]").count()).toBe(4);
      const title = await chart.locator("[data-series=network] [data-gathering='6'] title").textContent();
      expect(title).toMatch(/^Nettverket, Samling 6: \d+ %/);
      // The same figures in the table, the network's turnover at gathering 6 as the figures table has it.
      const row = page.getByTestId("measure-row-network");
      expect(await row.innerText()).toContain(title!.split(": ")[1]);
      // Every team side by side on one scale.
      expect(await page.getByTestId("measure-multiples").locator("svg[role=img]").count()).toBe(7);
      // Another measure from the list: mentors, higher is better.
      await page.getByRole("combobox", { name: "Måltall" }).selectOption("mentors");
      expect(await page.getByTestId("measure-chart").innerText()).toContain("Høyere er bedre");
      await page.getByRole("combobox", { name: "Måltall" }).selectOption("turnover");
      await page.screenshot({ path: `${shots}${file}.png`, fullPage: true });
      expect(statSync(`${shots}${file}.png`).size).toBeGreaterThan(20_000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // Under Statusrapporter: the reports of gathering 6 as frozen at their deadline (reading freezes what is due).
      await page.getByRole("tab", { name: "Statusrapporter" }).click();
      const snapshots = page.getByTestId("snapshots");
      await snapshots.waitFor();
      await snapshots.getByRole("table").locator("tbody tr").nth(6).waitFor(); // the gathering's reports come after the list of snapshots
      expect(await snapshots.innerText()).toMatch(/Frosset \d+\. /);
      expect(await snapshots.getByRole("table").locator("tbody tr").count()).toBe(7);
      if (viewport.width > 500) {
        // One click drafts the network's report as a Word document (its contents: NetworkReportTests).
        const [download] = await Promise.all([page.waitForEvent("download"),
          page.getByRole("button", { name: "Lag utkast til nettverkets sluttrapport (Word)" }).click()]);
        expect(download.suggestedFilename()).toMatch(/^sluttrapport-mentorprogram-nord-2024-10-\d\d\.docx$/);
        await download.saveAs(`${shots}network-report.docx`);
        expect(readFileSync(`${shots}network-report.docx`).subarray(0, 2).toString()).toBe("PK");
      }
      await page.close();
    }
  });

  it("an organizer opens Helse: Dyrøy has stalled and says why, its line opens the details and leads to Veiledning (screenshots)", async () => {
    for (const [file, viewport] of [["health", { width: 1280, height: 900 }], ["health-phone", { width: 390, height: 844 }]] as const) {
      const page = await signIn("Ragnhild Sørvik", viewport);
      await page.getByRole("tab", { name: "Arrangør" }).click();
      await page.getByRole("tab", { name: "Helse" }).click();
      const dyroy = page.getByTestId("health-dyroy");
      await dyroy.waitFor();
      // 12 April 2023, the period after gathering 2: the demo's Dyrøy made no progress plan and had no follow-up.
      expect(await dyroy.innerText()).toContain("Stoppet opp");
      expect(await dyroy.innerText()).toContain("fremdriftsplanen mangler");
      expect(await dyroy.innerText()).toContain("ingen veiledning denne perioden");
      expect(await page.getByTestId("health-tromso-sone-1").innerText()).toContain("I gang");
      expect(await page.getByTestId("health-summary").innerText()).toMatch(/1 av 7 team har stoppet opp/);
      // Stalled teams come first.
      expect(await page.locator("tbody tr").first().getAttribute("data-testid")).toBe("health-dyroy");
      await dyroy.getByRole("button", { name: /Dyrøy/ }).click();
      const detail = page.getByTestId("health-detail-dyroy");
      expect(await detail.innerText()).toContain("Veileder: Eirik Nyheim");
      await page.screenshot({ path: `${shots}${file}.png`, fullPage: true });
      expect(statSync(`${shots}${file}.png`).size).toBeGreaterThan(20_000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await detail.getByRole("button", { name: "Åpne veiledningen" }).click();
      const row = page.getByTestId("follow-up-dyroy");
      await row.waitFor();
      expect(await row.innerText()).toContain("Ingen avtalt ennå");
      expect(await page.getByTestId("follow-up-tromso-sone-1").innerText()).toMatch(/Holdt|Avtalt/);
      await page.close();
    }
  });

  it("an organizer opens Åpen skjerm, sees the sessions and records who came (screenshots)", async () => {
    for (const [file, viewport, theme] of [["open-screen", { width: 1280, height: 900 }, "default"], ["open-screen-phone-dark", { width: 360, height: 780 }, "dark"]] as const) {
      const page = await signIn("Ragnhild Sørvik", viewport, theme);
      await page.getByRole("tab", { name: "Arrangør" }).click();
      await page.getByRole("tab", { name: "Åpen skjerm" }).click();
      // The demo seeder made Nord's real sessions: 2 March 2023 is past (answers and attendance), the three in 2024 ahead.
      await page.getByText("Sluttrapporten og veien videre").first().waitFor();
      // Upcoming by the host's (demo) clock, though long past by the browser's: it can be joined and added to a calendar.
      expect(await page.getByRole("link", { name: /: Sluttrapporten og veien videre$/ }).count()).toBe(2);
      await expect.poll(async () => (await page.getByText(/\d+ kommer · \d+ kanskje · \d+ kan ikke/).count())).toBeGreaterThanOrEqual(3);
      expect(await page.getByText(/\d+ deltok/).count()).toBeGreaterThanOrEqual(1);
      await page.screenshot({ path: `${shots}${file}.png`, fullPage: true });
      expect(statSync(`${shots}${file}.png`).size).toBeGreaterThan(20_000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.close();
    }

    // Record attendance for the latest past session: one more person ticked, saved, and the API has it.
    const page = await signIn("Ragnhild Sørvik");
    await page.getByRole("tab", { name: "Arrangør" }).click();
    await page.getByRole("tab", { name: "Åpen skjerm" }).click();
    await page.getByRole("button", { name: /Registrer oppmøte/ }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("checkbox").first().waitFor(); // the people load after the dialog opens
    const unticked = dialog.getByRole("checkbox", { checked: false }).first();
    const before = await dialog.getByRole("checkbox", { checked: true }).count();
    await unticked.check();
    await dialog.getByRole("button", { name: "Lagre" }).click();
    await expect.poll(() => page.getByText(/Oppmøtet på «.+» er lagret: \d+ deltok\./).count()).toBe(1);
    const headers = { "X-TeamsMentor-Dev-User": oid("Ragnhild Sørvik") };
    const overview = await (await api("/api/tab/admin/networks/mentorprogram-nord/openScreen", headers)).json();
    const counts = overview.sessions.filter((s: { state: string }) => s.state === "past").map((s: { attendance: { count: number } | null }) => s.attendance?.count);
    expect(counts).toContain(before + 1);
    await page.close();
  });

  it("privacy: a member reads what is stored and her own data; an organizer sees when retention erases the network, finds a person, downloads and erases her", async () => {
    const member = await signIn("Hanne Solbakken");
    const mine = member.getByTestId("my-data");
    await mine.getByText(/TeamsMentor lagrer navnet ditt/).waitFor();
    await mine.getByRole("button", { name: "Vis mine data" }).click();
    await mine.getByText(/TeamsMentor har \d+ oppføringer om deg:/).waitFor();
    expect(await mine.getByText(/Nettverkets plan: medlemskap i et team/).count()).toBe(1);
    const [file] = await Promise.all([member.waitForEvent("download"), mine.getByRole("button", { name: "Last ned mine data (JSON)" }).click()]);
    expect(file.suggestedFilename()).toBe("mine-data.json");
    await member.close();

    // Someone no other test signs in as or answers for (the live test takes the first members of the list).
    const erased = people.filter((p) => !p.organizer).at(-1)!;
    const surname = erased.name.split(" ").at(-1)!;
    const page = await signIn("Ragnhild Sørvik");
    await page.getByRole("tab", { name: "Arrangør" }).click();
    await page.getByRole("tab", { name: "Personvern" }).click();
    await page.getByText(/Deltakernes personopplysninger slettes automatisk 1\. desember 2025, 12 måneder etter at nettverket sluttet/).waitFor();
    await page.getByLabel("Navn eller e-post").fill(erased.name);
    await page.getByRole("button", { name: "Søk" }).click();
    await page.getByRole("heading", { name: erased.name }).waitFor();
    const [exported] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Last ned data" }).click()]);
    expect(exported.suggestedFilename()).toBe("personopplysninger.json");
    await page.getByRole("button", { name: "Slett …" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Slett for godt" }).click();
    await page.getByText(new RegExp(`${erased.name} er slettet fra nettverket: \\d+ oppføringer slettet, \\d+ endret\\.`)).waitFor();
    await page.screenshot({ path: `${shots}privacy.png`, fullPage: true });
    const headers = { "X-TeamsMentor-Dev-User": oid("Ragnhild Sørvik") };
    const hits = await (await api(`/api/tab/privacy/people?networkId=mentorprogram-nord&q=${encodeURIComponent(surname)}`, headers)).json();
    expect(hits.some((h: { name: string }) => h.name === erased.name)).toBe(false);
    await page.close();
  });

  it("serves the about, privacy and terms pages the Teams manifest links to (not cached for a year)", async () => {
    for (const [page, text] of [["about", "TeamsMentor er en app"], ["privacy", "Personvern i TeamsMentor"], ["terms", "Vilkår for bruk"]]) {
      const response = await fetch(`${base}/tab/${page}.html`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/html");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain(text);
    }
    // The about page links the accessibility statement; with no published address configured, the link leads to the draft.
    expect(await (await fetch(`${base}/tab/about.html`)).text()).toContain('<a href="tilgjengelighet">Tilgjengelighetserklæring</a>');
    const statement = await fetch(`${base}/tab/tilgjengelighet`);
    expect(statement.url).toBe(`${base}/tab/accessibility.html`);
    expect(await statement.text()).toContain("Tilgjengelighetserklæring for TeamsMentor");
  });

  it("looks right at phone and desktop width, light and dark (screenshots)", async () => {
    for (const [size, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 900 }]] as const) {
      for (const theme of ["default", "dark"]) {
        const page = await signIn("Hanne Solbakken", viewport, theme);
        await page.getByTestId("task-malinger").waitFor();
        const file = `${shots}min-plan-${size}-${theme === "default" ? "light" : "dark"}.png`;
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(20_000);
        // Nothing wider than the screen: the plan works at phone width without sideways scrolling.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await page.close();
      }
    }
  });
  it("every screen passes axe-core's WCAG 2.1 A/AA rules at phone and desktop width, and a subset in dark and high contrast", async () => {
    const found: string[] = [];
    const check = async (page: Page, screen: string) => {
      for (const v of await wcagViolations(page)) found.push(`${screen}: ${v.id} (${v.impact}) ${v.help} – ${v.nodes.join(" | ")}`);
    };
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      const member = await signIn("Hanne Solbakken", viewport);
      await member.getByTestId("task-malinger").waitFor();
      await check(member, `Min plan ${viewport.width}`);
      await member.close();

      const organizer = await signIn("Ragnhild Sørvik", viewport);
      await organizer.getByRole("tab", { name: "Statusrapporter" }).waitFor();
      for (const tab of ["Statusrapporter", "Måltall", "Helse", "Fremdriftsplaner", "Veiledning", "Evaluering", "Åpen skjerm", "Oppmøte", "Samlinger", "Oppgaver", "Team og medlemmer", "Nettverksplan", "Personvern"]) {
        await organizer.getByRole("tab", { name: tab }).click();
        await organizer.waitForLoadState("networkidle");
        await organizer.waitForTimeout(300);
        await check(organizer, `${tab} ${viewport.width}`);
      }
      await organizer.close();
    }

    // Dark and high contrast (Teams' other themes): a named subset, at phone width, to keep the run short.
    for (const theme of ["dark", "contrast"]) {
      const member = await signIn("Hanne Solbakken", { width: 390, height: 844 }, theme);
      await member.getByTestId("task-malinger").waitFor();
      await check(member, `Min plan ${theme}`);
      await member.close();
      const organizer = await signIn("Ragnhild Sørvik", { width: 390, height: 844 }, theme);
      for (const tab of ["Statusrapporter", "Evaluering", "Åpen skjerm"]) {
        await organizer.getByRole("tab", { name: tab }).click();
        await organizer.waitForLoadState("networkidle");
        await organizer.waitForTimeout(300);
        await check(organizer, `${tab} ${theme}`);
      }
      await organizer.close();
    }
    expect(found).toEqual([]);
  });
  it("works by keyboard alone: a task's status in Min plan, the report matrix and a report, attendance in Åpen skjerm", async () => {
    /** Presses Tab (or Shift+Tab) at most 80 times until the focused element satisfies the check; fails the test if it never does. */
    const tabTo = async (page: Page, what: string, check: (el: Element) => boolean, backwards = false) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
        if (await page.evaluate((source) => { const el = document.activeElement; return !!el && (0, eval)(source)(el); }, `(${check.toString()})`)) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };

    // Min plan: a task's status, changed and saved without the mouse.
    const member = await signIn("Hanne Solbakken", { width: 390, height: 844 });
    await member.getByTestId("task-malinger").waitFor();
    await tabTo(member, "the task's status", (el) => el.tagName === "SELECT"
      && (el as HTMLSelectElement).options[0]?.value === "notStarted" && !!el.closest('[data-testid="task-malinger"]'));
    // A closed select steps through its options with the arrow keys; each step saves, the next on the version before it.
    // To the other end from where it stands (an earlier test may have set it to «Ferdig»).
    const target = (await member.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === "done" ? "notStarted" : "done";
    for (let i = 0; i < 3 && (await member.evaluate(() => (document.activeElement as HTMLSelectElement).value)) !== target; i++) {
      await member.keyboard.press(target === "done" ? "ArrowDown" : "ArrowUp");
    }
    const status = member.getByTestId("task-malinger").getByRole("combobox", { name: "Status" });
    expect(await status.inputValue()).toBe(target);
    await member.getByTestId("task-malinger").getByText("Lagret").waitFor();
    // The last step's save is in: the API has it (on a busy machine it may come a moment after the first «Lagret»).
    const hanne = { "X-TeamsMentor-Dev-User": oid("Hanne Solbakken") };
    const stored = async () => ((await (await api(`${network}/teams/tromso-sone-1/plan`, hanne)).json()) as { groups: { tasks: { id: string; state: string }[] }[] })
      .groups.flatMap((g) => g.tasks).find((x) => x.id === "malinger")?.state;
    await expect.poll(stored, { timeout: 10_000 }).toBe(target);
    await member.reload();
    await expect.poll(() => status.inputValue()).toBe(target);
    await member.close();

    // The report matrix: its scrolling region reached and scrolled by keys, a submitted report opened and closed.
    const organizer = await signIn("Ragnhild Sørvik", { width: 390, height: 844 });
    const region = organizer.getByRole("region", { name: "Statusrapporter per team og samling" });
    await region.waitFor();
    await tabTo(organizer, "the matrix", (el) => el.getAttribute("role") === "region" && el.getAttribute("aria-label") === "Statusrapporter per team og samling");
    for (let i = 0; i < 8; i++) await organizer.keyboard.press("ArrowRight");
    expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await tabTo(organizer, "a submitted report", (el) => el.tagName === "BUTTON" && (el.getAttribute("aria-label") ?? "").includes("Sendt inn"));
    await organizer.keyboard.press("Enter");
    await organizer.getByTestId("report-detail").waitFor();
    await tabTo(organizer, "Lukk", (el) => el.tagName === "BUTTON" && el.textContent === "Lukk");
    await organizer.keyboard.press("Enter");
    await expect.poll(() => organizer.getByTestId("report-detail").count()).toBe(0);

    // Åpen skjerm: back up to the workspace's tabs (one tab stop; the arrow keys move between them, Enter selects), then a
    // session's attendance ticked and saved.
    await tabTo(organizer, "the workspace's tabs", (el) => el.getAttribute("role") === "tab" && el.getAttribute("aria-selected") === "true"
      && (el.textContent ?? "").startsWith("Statusrapporter"), true);
    for (let i = 0; i < 8 && !(await organizer.evaluate(() => document.activeElement?.textContent ?? "")).startsWith("Åpen skjerm"); i++) {
      await organizer.keyboard.press("ArrowRight");
    }
    await organizer.keyboard.press("Enter");
    await organizer.getByRole("tab", { name: "Åpen skjerm", selected: true }).waitFor();
    await organizer.getByRole("button", { name: /Registrer oppmøte/ }).first().waitFor(); // the sessions have loaded
    await tabTo(organizer, "Registrer oppmøte", (el) => el.tagName === "BUTTON" && (el.textContent ?? "").includes("Registrer oppmøte"));
    await organizer.keyboard.press("Enter");
    const dialog = organizer.getByRole("dialog");
    await dialog.getByRole("checkbox").first().waitFor();
    await tabTo(organizer, "a person's checkbox", (el) => el.getAttribute("type") === "checkbox");
    await organizer.keyboard.press("Space");
    await tabTo(organizer, "Lagre", (el) => el.tagName === "BUTTON" && el.textContent === "Lagre");
    await organizer.keyboard.press("Enter");
    await expect.poll(() => organizer.getByText(/Oppmøtet på «.+» er lagret: \d+ deltok\./).count()).toBe(1);
    await organizer.close();
  });

  it("an organizer ticks who came to gathering 2, team by team (the demo recorded gathering 1), and sees the turnout per municipality (screenshot)", async () => {
    const organizer = await signIn("Ragnhild Sørvik");
    await organizer.getByRole("tab", { name: "Oppmøte" }).click();
    await organizer.getByRole("button", { name: "Registrer oppmøte på samling 2" }).click();
    const form = organizer.getByTestId("attendance-form");
    await form.getByRole("group", { name: "Tromsø hjemmetjeneste sone 1" }).getByRole("checkbox", { name: "Hanne Solbakken" }).check();
    await form.getByRole("group", { name: "Dyrøy" }).getByRole("checkbox").first().check();
    await form.getByRole("button", { name: "Lagre" }).click();
    const row = organizer.getByTestId("attendance-2");
    expect(await organizer.getByTestId("attendance-1").innerText()).toMatch(/\d+ av \d+/); // the demo's record of gathering 1
    await expect.poll(() => row.innerText()).toMatch(/2 av \d+/);
    expect(await organizer.getByRole("button", { name: "Registrer oppmøte på samling 4" }).count()).toBe(0); // not started by the app's clock
    await organizer.screenshot({ path: `${shots}organizer-attendance.png`, fullPage: true });
    await organizer.close();
  });

  // Last: the networks started here make Ragnhild an organizer of three, which the tests above do not expect.
  it("an organizer starts a network from Nord's plan and one from an empty plan; every section of the empty one opens (axe)", async () => {
    const found: string[] = [];
    const organizer = await signIn("Ragnhild Sørvik");
    await organizer.getByRole("button", { name: "Nytt nettverk" }).click();
    const form = organizer.getByTestId("new-network-form");
    for (const v of await wcagViolations(organizer)) found.push(`new network form: ${v.id} ${v.nodes.join(" | ")}`);
    await form.getByRole("textbox", { name: "Navn", exact: true }).fill("Mentorprogram Sør");
    await form.getByLabel("Startdato").fill("2025-09-01");
    expect(await form.getByLabel("Mal").inputValue()).toBe("mentorprogram-nord"); // the network on screen
    await form.getByRole("button", { name: "Lagre" }).click();

    await organizer.getByText("Mentorprogram Sør er startet. Se over samlingene, og legg til team og medlemmer.").waitFor();
    await organizer.getByRole("tab", { name: "Samlinger", selected: true }).waitFor();
    // Nord's first gathering (Thursday 1 September 2022 at 11:00) moved by whole weeks to the new start: same weekday and time.
    await organizer.getByRole("button", { name: /Endre: Samling 1 · torsdag 4\. september 2025 kl\. 11:00/ }).waitFor();
    await organizer.screenshot({ path: `${shots}organizer-new-network.png`, fullPage: true });

    await organizer.getByRole("button", { name: "Nytt nettverk" }).click();
    await form.getByRole("textbox", { name: "Navn", exact: true }).fill("Testnettverk uten mal");
    await form.getByLabel("Startdato").fill("2026-01-05");
    await form.getByLabel("Mal").selectOption({ label: "Tom plan (to år, ingen samlinger ennå)" });
    await form.getByRole("button", { name: "Lagre" }).click();
    await organizer.getByText("Testnettverk uten mal er startet. Se over samlingene, og legg til team og medlemmer.").waitFor();
    for (const tab of ["Statusrapporter", "Evaluering", "Åpen skjerm", "Samlinger", "Oppgaver", "Team og medlemmer", "Nettverksplan"]) {
      await organizer.getByRole("tab", { name: tab }).click();
      await organizer.waitForLoadState("networkidle");
      await organizer.waitForTimeout(300);
      expect(await organizer.getByText(/Noe gikk galt|Something went wrong/).count(), tab).toBe(0);
      for (const v of await wcagViolations(organizer)) found.push(`${tab} (empty network): ${v.id} ${v.nodes.join(" | ")}`);
    }
    await organizer.close();
    expect(found).toEqual([]);
  });

  // Last: it moves the demo clock on to gathering 3 (26 April 2023), which the tests above do not expect.
  it("in the room: the organizer opens the evaluation now and puts the live results on the big screen; they follow the answers (screenshots)", async () => {
    // 27 April 2023 12:00: gathering 3 is under way (also as moved by the test above, 27-28 April).
    expect((await fetch(`${base}/api/dev/clock/advance?hours=363`, { method: "POST" })).ok).toBe(true);
    const organizer = await signIn("Ragnhild Sørvik");
    // Nord is her first network by name, so the workspace shows it (also after the networks started above).
    await organizer.getByRole("tab", { name: "Evaluering" }).click();
    await organizer.getByRole("button", { name: "Åpne evalueringen nå" }).click();
    await organizer.getByText("Evalueringen er åpnet. Kortet sendes nå.").waitFor();

    const [screen] = await Promise.all([
      organizer.context().waitForEvent("page"),
      organizer.getByRole("button", { name: "Vis på storskjerm: Samling 3" }).click(),
    ]);
    await screen.setViewportSize({ width: 1280, height: 800 });
    const count = screen.getByTestId("live-count");
    await expect.poll(() => count.innerText(), { timeout: 15_000 }).toBe("0 har svart");
    const motivation = screen.getByTestId("live-motivasjon");
    expect(await motivation.innerText()).toContain("Vises når minst 3 har svart.");

    const members = people.filter((p) => !p.organizer).slice(0, 4);
    const answer = async (person: { objectId: string; name: string }, score: string) => {
      const response = await fetch(`${base}/api/messages`, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          type: "invoke", name: "adaptiveCard/action", id: `e2e-${person.objectId}-${score}`, channelId: "msteams", serviceUrl: "https://smba.trafficmanager.net/emea/",
          from: { id: `29:${person.objectId}`, name: person.name, aadObjectId: person.objectId },
          recipient: { id: "28:teamsmentor", name: "TeamsMentor" },
          conversation: { conversationType: "personal", id: `a:e2e-${person.objectId}`, tenantId: "e2e-tenant" },
          channelData: { tenant: { id: "e2e-tenant" } }, locale: "nb-NO",
          value: { action: { type: "Action.Execute", verb: "evaluation.submit", data: { network: "mentorprogram-nord", gathering: 3, "eval.motivasjon": score, "eval.innhold": "4" } }, trigger: "manual" },
        }),
      });
      expect(response.status).toBe(200);
    };
    await answer(members[0], "5");
    await answer(members[1], "4");
    await expect.poll(() => count.innerText(), { timeout: 10_000 }).toBe("2 har svart"); // within a few seconds, by itself
    expect(await motivation.innerText()).toContain("Vises når minst 3 har svart.");
    await answer(members[2], "4");
    await expect.poll(() => motivation.innerText(), { timeout: 10_000 }).toContain("Snitt 4,3 · 3 svar");
    await answer(members[3], "1"); // a fourth: counted, but the figures wait for two more
    await expect.poll(() => count.innerText(), { timeout: 10_000 }).toBe("4 har svart");
    expect(await motivation.innerText()).toContain("Snitt 4,3 · 3 svar");
    expect(await screen.getByText(/Plakatvandringen|Hva var mest nyttig/).count()).toBe(0); // no free text on the big screen
    // No app id in this host, so no QR code: LiveEvaluationTests checks the code and its short link.
    expect(await screen.getByRole("img", { name: /QR/ }).count()).toBe(0);
    const found = (await wcagViolations(screen)).map((v) => `${v.id} ${v.nodes.join(" | ")}`);
    await screen.screenshot({ path: `${shots}live-results-desktop.png`, fullPage: true });
    await screen.setViewportSize({ width: 390, height: 844 });
    await screen.screenshot({ path: `${shots}live-results-phone.png`, fullPage: true });
    expect(found).toEqual([]);
    await screen.close();
    await organizer.close();
  });
});

/** A well-formed RS256 token with a made-up signature (forged), expiring in the given seconds (negative: expired). */
function jwt(expiresIn: number): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: "RS256", typ: "JWT", kid: "made-up" })}.${b64({ oid: "x", tid: "y", aud: "z", iss: "https://login.microsoftonline.com/y/v2.0", nbf: now - 7200, exp: now + expiresIn })}.${Buffer.from("not a signature").toString("base64url")}`;
}
