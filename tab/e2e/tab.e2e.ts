import { mkdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

// The tab in Debian's chromium against the real host and Azurite (see host.ts): what a member and an organizer see and
// may do, and that the API refuses the rest. Screenshots go to artifacts/screenshots.
const base = inject("baseUrl");
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

async function signIn(name: string, viewport = { width: 1280, height: 900 }, theme = "default"): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${base}/tab/?lang=nb-NO&theme=${theme}`);
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
    await card.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Ferdig" }).click();
    await card.getByText("Lagret").waitFor();

    await page.reload();
    await expect.poll(() => page.getByTestId("task-malinger").getByRole("combobox", { name: "Status" }).innerText()).toBe("Ferdig");
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

  it("an organizer changes the next gathering and the member's plan shows it", async () => {
    const organizer = { "X-TeamsMentor-Dev-User": oid("Ragnhild Sørvik") };
    const exported = await api(`/api/tab/admin/networks/mentorprogram-nord/plan`, organizer);
    expect(exported.status).toBe(200);
    const plan = await exported.json();
    const gathering = plan.gatherings.find((g: { number: number }) => g.number === 3);
    const saved = await api(`/api/tab/admin/networks/mentorprogram-nord/gatherings/3`, organizer, {
      method: "PUT",
      headers: { "Content-Type": "application/json", "If-Match": exported.headers.get("ETag")! },
      body: JSON.stringify({ ...gathering, theme: "Omsorg for mentorene", start: "2023-04-27T11:00", end: "2023-04-28T13:00" }),
    });
    expect(saved.status).toBe(200);

    const page = await signIn("Hanne Solbakken");
    const next = page.getByTestId("next-gathering");
    await expect.poll(() => next.innerText()).toContain("Omsorg for mentorene");
    expect(await next.innerText()).toContain("Samling 3 · 27. april 2023");
    expect(await next.innerText()).toContain("om 15 dager");
    await page.close();

    const organizerPage = await signIn("Ragnhild Sørvik");
    await organizerPage.getByRole("tab", { name: "Arrangør" }).click();
    await organizerPage.getByRole("heading", { name: "Arrangør" }).waitFor();
    await organizerPage.close();
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
});

/** A well-formed RS256 token with a made-up signature (forged), expiring in the given seconds (negative: expired). */
function jwt(expiresIn: number): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: "RS256", typ: "JWT", kid: "made-up" })}.${b64({ oid: "x", tid: "y", aud: "z", iss: "https://login.microsoftonline.com/y/v2.0", nbf: now - 7200, exp: now + expiresIn })}.${Buffer.from("not a signature").toString("base64url")}`;
}
