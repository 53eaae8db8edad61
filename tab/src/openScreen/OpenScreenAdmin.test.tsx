import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AdminShell } from "../AdminShell";
import { createApi, type OpenScreenDetail, type OpenScreenPerson, type OpenScreenSession, type PlanDocument } from "../shared/api";
import { createI18n, I18nContext, type Lang } from "../shared/i18n";
import { fakeFetch, me } from "../test/fakeApi";

const organizer = { ...me, teams: [], organizes: [{ networkId: "nord", networkName: "Mentorprogram Nord" }] };
const doc: PlanDocument = { id: "nord", name: "Mentorprogram Nord", municipalities: [], gatherings: [], teams: [], tasks: [] };
const base = "/api/tab/admin/networks/nord/openScreen";

// The host's clock, which decides started/ended (the same instant the tests set as the browser's, further down).
const hostNow = Date.parse("2023-05-12T10:00:00+02:00");
const session = (id: string, topic: string, start: string, end: string, more: Partial<OpenScreenSession> = {}): OpenScreenSession => ({
  id, topic, description: null, start, end, durationMinutes: 60, joinUrl: null, calendarUrl: `/openscreen/nord/${id}.ics`, createdByGraph: true,
  state: "past", started: Date.parse(start) <= hostNow, ended: Date.parse(end) <= hostNow, allTeams: true, teams: [{ id: "nord-bodo", name: "Bodø" }, { id: "nord-tromso", name: "Tromsø" }],
  rsvp: { yes: 0, maybe: 0, no: 0 }, attendance: null, version: `W/"${id}"`, ...more,
});

// "Now" is Friday 12 May 2023, 10:00 in Oslo.
const recruiting = session("s-rekruttering", "Rekruttering av mentorer", "2023-05-10T12:00:00+02:00", "2023-05-10T13:00:00+02:00",
  { rsvp: { yes: 3, maybe: 1, no: 0 }, attendance: { count: 4, source: "manual", recordedAt: "2023-05-10T13:05:00+00:00" } });
const sessions: OpenScreenSession[] = [
  session("s-oppstart", "Oppstart", "2023-04-19T12:00:00+02:00", "2023-04-19T13:00:00+02:00", { rsvp: { yes: 2, maybe: 0, no: 1 } }),
  session("s-avlyst", "Avlyst tema", "2023-05-03T12:00:00+02:00", "2023-05-03T13:00:00+02:00", { state: "cancelled", rsvp: { yes: 6, maybe: 0, no: 0 } }),
  recruiting,
  session("s-na", "Spørsmål og svar", "2023-05-12T09:30:00+02:00", "2023-05-12T10:30:00+02:00", // started: "past" to the host
    { joinUrl: "https://teams.microsoft.com/l/meetup-join/na", rsvp: { yes: 1, maybe: 0, no: 0 } }),
  session("s-mal", "Mål og tiltak", "2023-05-24T12:00:00+02:00", "2023-05-24T13:00:00+02:00", {
    state: "upcoming", allTeams: false, teams: [{ id: "nord-bodo", name: "Bodø" }, { id: "nord-tromso", name: "Tromsø" }],
    rsvp: { yes: 5, maybe: 2, no: 1 }, joinUrl: "https://teams.microsoft.com/l/meetup-join/mal", description: "Ta med spørsmål",
  }),
  session("s-sporretime", "Spørretime", "2023-06-07T14:00:00+02:00", "2023-06-07T15:30:00+02:00", { state: "upcoming", durationMinutes: 90 }),
  session("s-sommer", "Sommeravslutning", "2023-06-14T12:00:00+02:00", "2023-06-14T13:00:00+02:00", { state: "cancelled" }),
];

const person = (memberId: string, name: string, team: "bodo" | "tromso", rsvp: OpenScreenPerson["rsvp"], attended: boolean): OpenScreenPerson =>
  ({ memberId, name, teamId: `nord-${team}`, teamName: team === "bodo" ? "Bodø" : "Tromsø", rsvp, attended });
const people = [person("m1", "Mari Hansen", "bodo", "yes", true), person("m2", "Per Olsen", "bodo", "maybe", false), person("m3", "Ane Berg", "tromso", null, true)];
const detail = (s: OpenScreenSession, who = people): OpenScreenDetail => ({ session: s, people: who });

function renderOpenScreen(routes: Parameters<typeof fakeFetch>[0] = {}, lang: Lang = "nb", list: unknown = { meetingsConfigured: false, sessions }) {
  const fake = fakeFetch({
    "GET /api/tab/admin/networks/nord/plan": () => ({ status: 200, body: doc, headers: { ETag: "W/\"v1\"" } }),
    [`GET ${base}`]: () => ({ status: 200, body: list }),
    [`GET ${base}/s-rekruttering`]: () => ({ status: 200, body: detail(recruiting) }),
    ...routes,
  });
  const openLink = vi.fn();
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nContext.Provider value={createI18n(lang)}>
        <AdminShell api={createApi({ kind: "dev", headers: async () => ({}) }, fake.impl)} me={organizer} openLink={openLink} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return { ...fake, openLink };
}

async function open(name = "Åpen skjerm") {
  await userEvent.click(await screen.findByRole("tab", { name }));
}

const part = (heading: string) => screen.getByRole("heading", { name: heading }).parentElement!;
const topics = (element: HTMLElement) => within(element).queryAllByRole("article").map((a) => within(a).getByRole("heading").textContent);
const card = (id: string) => screen.getByTestId(`open-screen-${id}`);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] }); // only the clock
  vi.setSystemTime(new Date("2023-05-12T10:00:00+02:00"));
  // jsdom lays nothing out, so Fluent's focus manager (tabster) takes every element for hidden: a dialog could not put
  // focus on its first button, would not become the active modal, and would hide itself from screen readers. As in a
  // browser, then: an element in the document is laid out, and the page has a size.
  vi.spyOn(HTMLElement.prototype, "offsetParent", "get").mockImplementation(function (this: HTMLElement) { return this.parentElement; });
  vi.spyOn(document.body, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 1024, 768));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("the organizers' open-screen view", () => {
  it("splits the sessions into upcoming (soonest first) and earlier (newest first), with when, who, answers and attendance", async () => {
    const { openLink, calls } = renderOpenScreen();
    await open();
    await screen.findByRole("heading", { name: "Kommende" });
    expect(calls.some((c) => c.method === "GET" && c.path === base)).toBe(true);
    expect(topics(part("Kommende"))).toEqual(["Mål og tiltak", "Spørretime", "Sommeravslutning"]);
    expect(topics(part("Tidligere"))).toEqual(["Spørsmål og svar", "Rekruttering av mentorer", "Avlyst tema", "Oppstart"]);

    const mal = card("s-mal");
    expect(mal.textContent).toContain("onsdag 24. mai kl. 12:00–13:00");
    expect(mal.textContent).toContain("Ta med spørsmål");
    expect(mal.textContent).toContain("Invitert: Bodø, Tromsø");
    expect(within(mal).getByTestId("rsvp").textContent).toBe("5 kommer · 2 kanskje · 1 kan ikke");
    const join = within(mal).getByRole("link", { name: "Bli med: Mål og tiltak" });
    expect(join.getAttribute("href")).toBe("https://teams.microsoft.com/l/meetup-join/mal");
    expect(join.getAttribute("target")).toBe("_blank");
    await userEvent.click(join);
    expect(openLink).toHaveBeenCalledWith("https://teams.microsoft.com/l/meetup-join/mal"); // through Teams inside Teams
    expect(within(mal).getByRole("link", { name: "Legg i kalender: Mål og tiltak" }).getAttribute("href")).toMatch(/\/openscreen\/nord\/s-mal\.ics$/);
    expect(within(mal).getByRole("button", { name: "Avlys: Mål og tiltak" })).toBeTruthy();

    const questions = card("s-sporretime");
    expect(questions.textContent).toContain("onsdag 7. juni kl. 14:00–15:30");
    expect(within(questions).queryByRole("link", { name: /Bli med/ })).toBeNull(); // no Teams meeting
    expect(within(questions).getByRole("link", { name: /Legg i kalender/ })).toBeTruthy();

    for (const id of ["s-sommer", "s-avlyst"]) {
      expect(within(card(id)).getByText("Avlyst")).toBeTruthy();
      expect(within(card(id)).queryAllByRole("button")).toHaveLength(0);
    }

    const past = card("s-rekruttering");
    expect(past.textContent).toContain("Invitert: Alle team");
    expect(within(past).getByTestId("rsvp").textContent).toBe("3 kommer · 1 kanskje · 0 kan ikke");
    expect(within(past).getByTestId("attendance").textContent).toBe("4 deltok");
    expect(within(past).queryByRole("button", { name: /Avlys/ })).toBeNull();
    expect(within(past).getByRole("button", { name: "Registrer oppmøte: Rekruttering av mentorer" })).toBeTruthy();
    expect(within(card("s-oppstart")).getByTestId("attendance").textContent).toBe("Oppmøte ikke registrert");
    expect(within(card("s-oppstart")).queryAllByRole("link")).toHaveLength(0); // over: nothing to join
    const now = card("s-na"); // started, not over: still joinable, no longer cancellable
    expect(within(now).getByText("Pågår nå")).toBeTruthy();
    expect(within(now).getByRole("link", { name: "Bli med: Spørsmål og svar" })).toBeTruthy();
    expect(within(now).queryByRole("button", { name: /Avlys/ })).toBeNull();

    const trend = screen.getByRole("table", { name: "Oppmøte over tid" });
    expect([...trend.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["Dato", "Tema", "Sa ja", "Deltok"]);
    expect(within(trend).getAllByRole("row").slice(1).map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)))
      .toEqual([["19. apr.", "Oppstart", "2", "–"], ["10. mai", "Rekruttering av mentorer", "3", "4"]]); // held and over only, oldest first
  });

  it("cancels a session only after confirmation, and shows the host's reason when it refuses", async () => {
    const cancelled = { ...sessions.find((s) => s.id === "s-mal")!, state: "cancelled" as const };
    const { calls } = renderOpenScreen({
      [`POST ${base}/s-mal/cancel`]: () => ({ status: 200, body: detail(cancelled) }),
      [`POST ${base}/s-sporretime/cancel`]: () => ({ status: 409, body: { title: "Already started", detail: "English prose", code: "openScreen.alreadyStarted" } }),
    });
    await open();
    await userEvent.click(await screen.findByRole("button", { name: "Avlys: Mål og tiltak" }));
    let dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("«Mål og tiltak» onsdag 24. mai kl. 12:00–13:00 blir avlyst");
    await userEvent.click(within(dialog).getByRole("button", { name: "Behold økten" }));
    await vi.waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0);
    const trigger = await screen.findByRole("button", { name: "Avlys: Mål og tiltak" });

    await userEvent.click(trigger);
    await userEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Avlys økten" }));
    await vi.waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(calls.filter((c) => c.method === "POST").map((c) => [c.path, c.body])).toEqual([[`${base}/s-mal/cancel`, undefined]]);
    await vi.waitFor(() => expect(screen.getByRole("status").textContent).toBe("«Mål og tiltak» er avlyst.")); // read out once the dialog has closed
    expect(within(card("s-mal")).getByText("Avlyst")).toBeTruthy();
    expect(within(card("s-mal")).queryByRole("button", { name: /Avlys/ })).toBeNull();
    expect(document.activeElement).toBe(within(card("s-mal")).getByRole("heading", { name: "Mål og tiltak" })); // its button is gone

    await userEvent.click(screen.getByRole("button", { name: "Avlys: Spørretime" }));
    dialog = await screen.findByRole("alertdialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Avlys økten" }));
    expect((await within(dialog).findByRole("alert")).textContent).toBe("Økten har allerede startet og kan ikke avlyses.");
    expect(within(card("s-sporretime")).queryByText("Avlyst")).toBeNull();
  });

  it("records attendance: ticks prefilled from the record, each person's answer shown, and exactly the ticked ids saved", async () => {
    const saved = { ...recruiting, attendance: { count: 2, source: "manual" as const, recordedAt: "2023-05-12T08:00:00+00:00" } };
    const { calls } = renderOpenScreen({ [`PUT ${base}/s-rekruttering/attendance`]: () => ({ status: 200, body: detail(saved) }) });
    await open();
    await userEvent.click(await screen.findByRole("button", { name: "Registrer oppmøte: Rekruttering av mentorer" }));
    const dialog = await screen.findByRole("dialog");
    const box = (name: string) => within(dialog).getByRole("checkbox", { name }) as HTMLInputElement;
    await vi.waitFor(() => expect(box("Mari Hansen").checked).toBe(true));
    expect([box("Per Olsen").checked, box("Ane Berg").checked]).toEqual([false, true]);
    const bodo = within(dialog).getByRole("group", { name: "Bodø" });
    expect(within(bodo).getAllByRole("checkbox").map((c) => c.closest("div")!.textContent)).toEqual(["Mari HansenKommer", "Per OlsenKanskje"]);
    expect(within(within(dialog).getByRole("group", { name: "Tromsø" })).getByText("Ikke svart")).toBeTruthy();
    expect(within(dialog).queryByRole("button", { name: "Hent fra Teams" })).toBeNull(); // meetings not configured

    await userEvent.click(box("Mari Hansen"));
    await userEvent.click(box("Per Olsen"));
    await userEvent.click(box("Mari Hansen")); // ticked again: the ids go in list order, not click order
    await userEvent.click(box("Ane Berg"));
    expect(within(dialog).getByTestId("attendance-count").textContent).toBe("2 av 3 krysset av");
    await userEvent.click(within(dialog).getByRole("button", { name: "Lagre" }));

    await vi.waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    const put = calls.find((c) => c.method === "PUT")!;
    expect(put.path).toBe(`${base}/s-rekruttering/attendance`);
    expect(put.body).toEqual({ memberIds: ["m1", "m2"] });
    await vi.waitFor(() => expect(screen.getByRole("status").textContent).toBe("Oppmøtet på «Rekruttering av mentorer» er lagret: 2 deltok.")); // read out once the dialog has closed
    expect(within(card("s-rekruttering")).getByTestId("attendance").textContent).toBe("2 deltok");
  });

  it("gets the attendance from Teams when meetings are configured, and says why when it is not available", async () => {
    let tries = 0;
    const imported = { ...recruiting, attendance: { count: 1, source: "meetingReport" as const, recordedAt: "2023-05-12T08:00:00+00:00" } };
    const importedPeople = people.map((p) => ({ ...p, attended: p.memberId === "m2" }));
    const { calls } = renderOpenScreen({
      [`POST ${base}/s-rekruttering/attendance/import`]: () => (++tries === 1
        ? { status: 409, body: { title: "No attendance report", detail: "English prose", code: "openScreen.noAttendanceReport" } }
        : { status: 200, body: detail(imported, importedPeople) }),
    }, "nb", { meetingsConfigured: true, sessions });
    await open();
    await userEvent.click(await screen.findByRole("button", { name: "Registrer oppmøte: Rekruttering av mentorer" }));
    const dialog = await screen.findByRole("dialog");
    const importButton = await within(dialog).findByRole("button", { name: "Hent fra Teams" });
    await vi.waitFor(() => expect(importButton.hasAttribute("disabled")).toBe(false));
    await userEvent.click(importButton);
    expect((await within(dialog).findByRole("alert")).textContent).toBe(
      "Teams har ingen oppmøterapport for møtet (ennå). Den kommer noen minutter etter møtet, og bare for møter arrangørkontoen eier. Kryss av for hånd.");
    expect((within(dialog).getByRole("checkbox", { name: "Mari Hansen" }) as HTMLInputElement).checked).toBe(true); // unchanged

    await userEvent.click(within(dialog).getByRole("button", { name: "Hent fra Teams" }));
    await vi.waitFor(() => expect(within(dialog).queryByRole("alert")).toBeNull());
    expect(within(dialog).getByRole("status").textContent).toContain("Hentet fra Teams-møtets deltakerrapport: 1 deltok.");
    expect(within(dialog).getAllByRole("checkbox").map((c) => (c as HTMLInputElement).checked)).toEqual([false, true, false]);
    expect(calls.filter((c) => c.path.endsWith("/import")).map((c) => [c.method, c.body])).toEqual([["POST", undefined], ["POST", undefined]]);
    expect(within(card("s-rekruttering")).getByTestId("attendance").textContent).toBe("1 deltok · hentet fra Teams");
  });

  it("speaks English when the locale is English", async () => {
    renderOpenScreen({}, "en");
    await open("Open screen");
    expect(await screen.findByRole("heading", { name: "Upcoming" })).toBeTruthy();
    expect(topics(part("Earlier"))).toEqual(["Spørsmål og svar", "Rekruttering av mentorer", "Avlyst tema", "Oppstart"]);
    expect(card("s-mal").textContent).toContain("Wednesday 24 May, 12:00–13:00");
    expect(within(card("s-mal")).getByTestId("rsvp").textContent).toBe("5 coming · 2 maybe · 1 can't come");
    expect(within(card("s-mal")).getByRole("link", { name: "Join: Mål og tiltak" })).toBeTruthy();
    expect(within(card("s-mal")).getByRole("button", { name: "Cancel session: Mål og tiltak" })).toBeTruthy();
    expect(card("s-rekruttering").textContent).toContain("Invited: All teams");
    expect(within(card("s-oppstart")).getByTestId("attendance").textContent).toBe("Attendance not recorded");
    expect(within(card("s-sommer")).getByText("Cancelled")).toBeTruthy();
    expect(screen.getByRole("table", { name: "Attendance over time" })).toBeTruthy();
    expect(screen.getAllByRole("button", { name: /^Record attendance: / })).toHaveLength(3);
  });

  it("tells the organizer how to schedule the first session when there are none", async () => {
    renderOpenScreen({}, "nb", { meetingsConfigured: true, sessions: [] });
    await open();
    const empty = await screen.findByTestId("open-screen-empty");
    expect(empty.textContent).toContain("Ingen økter med åpen skjerm ennå");
    expect(empty.textContent).toContain("Skriv «åpen skjerm» til TeamsMentor i Teams, i personlig chat eller i arrangørkanalen");
    expect(screen.getByRole("heading", { name: "Åpen skjerm" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Kommende" })).toBeNull();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows the host's reason when the sessions cannot be loaded, and tries again", async () => {
    let tries = 0;
    renderOpenScreen({
      [`GET ${base}`]: () => (++tries === 1 ? { status: 403, body: { title: "Organizers only", detail: "English prose", code: "access.organizersOnly" } } : { status: 200, body: { meetingsConfigured: false, sessions } }),
    });
    await open();
    expect((await screen.findByRole("alert")).textContent).toBe("Bare arrangørene av nettverket kan gjøre dette.");
    await userEvent.click(screen.getByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByRole("heading", { name: "Kommende" })).toBeTruthy();
  });
});
