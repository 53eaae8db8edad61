import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AdminShell } from "./AdminShell";
import { createApi, type PlanDocument } from "./shared/api";
import { createI18n, I18nContext } from "./shared/i18n";
import { fakeFetch, me } from "./test/fakeApi";

const organizer = { ...me, teams: [], organizes: [{ networkId: "nord", networkName: "Mentorprogram Nord" }] };
const doc: PlanDocument = {
  id: "nord", name: "Mentorprogram Nord", municipalities: [{ id: "tromso", name: "Tromsø" }],
  gatherings: [{ number: 1, theme: "Oppstart", start: "2022-09-01T11:00", end: "2022-09-02T13:00", mode: "physical", place: "Tromsø" }],
  teams: [{ id: "sone-1", municipality: "tromso", name: "Sone 1", members: [{ id: "sone-1-hanne", name: "Hanne Solbakken", roles: ["leader"] }] }],
  tasks: [],
};

function renderAdmin(routes: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch({
    "GET /api/tab/admin/networks/nord/plan": () => ({ status: 200, body: doc, headers: { ETag: "W/\"v1\"" } }),
    ...routes,
  });
  const api = createApi({ kind: "dev", headers: async () => ({}) }, fake.impl);
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nContext.Provider value={createI18n("nb")}>
        <AdminShell api={api} me={organizer} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return fake;
}

describe("the organizer workspace", () => {
  it("starts a network from an empty plan: the id made from the name, no template; a taken id is said in Norwegian", async () => {
    let taken = true;
    const fake = renderAdmin({
      "POST /api/tab/admin/networks/new": () => taken
        ? { status: 409, body: { title: "The id is taken", detail: "There is already a network 'mentorprogram-sor'.", code: "network.idTaken", args: { id: "mentorprogram-sor" } } }
        : { status: 200, body: { networkId: "mentorprogram-sor-2", version: "v1", warnings: [] } },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Nytt nettverk" }));
    const form = screen.getByTestId("new-network-form");
    await userEvent.type(within(form).getByRole("textbox", { name: "Navn" }), "Mentorprogram Sør");
    await userEvent.type(within(form).getByLabelText("Startdato"), "2025-09-01");
    await userEvent.selectOptions(within(form).getByLabelText("Mal"), "");
    await userEvent.click(within(form).getByRole("checkbox", { name: "Ta med kommuner og team (uten medlemmer)" }));
    await userEvent.click(within(form).getByRole("button", { name: "Lagre" }));

    expect(await within(form).findByText("Det finnes allerede et nettverk med id-en «mentorprogram-sor». Velg en annen.")).toBeTruthy();
    const sent = fake.calls.find((c) => c.method === "POST")!;
    expect(sent.body).toEqual({ id: "mentorprogram-sor", name: "Mentorprogram Sør", start: "2025-09-01", template: null, withTeams: false }); // no teams without a template

    taken = false;
    await userEvent.type(within(form).getByRole("textbox", { name: /^Id/ }), "mentorprogram-sor-2");
    await userEvent.click(within(form).getByRole("button", { name: "Lagre" }));
    expect(await screen.findByText("Mentorprogram Sør er startet. Se over samlingene, og legg til team og medlemmer.")).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === "POST").map((c) => (c.body as { id: string }).id)).toEqual(["mentorprogram-sor", "mentorprogram-sor-2"]);
  });

  it("adds a gathering in plan format, guarded by the plan's version", async () => {
    const fake = renderAdmin({ "PUT /api/tab/admin/networks/nord/gatherings/2": () => ({ status: 200, body: { networkId: "nord", version: "v2", warnings: [] } }) });
    await userEvent.click(await screen.findByRole("tab", { name: "Samlinger" }));
    await userEvent.click(await screen.findByRole("button", { name: "Ny samling" }));
    const form = screen.getByTestId("gathering-form");
    await userEvent.type(within(form).getByLabelText("Starter"), "2022-11-25T09:00");
    await userEvent.type(within(form).getByLabelText("Slutter"), "2022-11-25T15:00");
    await userEvent.selectOptions(within(form).getByLabelText("Møteform"), "digital");
    await userEvent.type(within(form).getByLabelText("Tema"), "Mål og målinger");
    await userEvent.click(within(form).getByRole("button", { name: "Lagre" }));

    await screen.findByRole("button", { name: "Ny samling" }); // the form closed after the save
    const put = fake.calls.find((c) => c.method === "PUT")!;
    expect(put.headers["If-Match"]).toBe("W/\"v1\"");
    expect(put.body).toEqual({ number: 2, start: "2022-11-25T09:00", end: "2022-11-25T15:00", mode: "digital", place: null, meetingUrl: null, theme: "Mål og målinger" });
    expect(fake.calls.filter((c) => c.path.endsWith("/plan")).length).toBe(2); // reloaded after the save
  });

  it("shows the host's validation errors next to the field and keeps what was typed", async () => {
    renderAdmin({
      "PUT /api/tab/admin/networks/nord/gatherings/1": () => ({
        status: 400,
        body: { title: "The plan is not valid", errors: [{ path: "$.gatherings[0].end", message: "Gathering 1 ends before it starts.", code: "gathering.endsBeforeStart", args: { number: 1 } }] },
      }),
    });
    await userEvent.click(await screen.findByRole("tab", { name: "Samlinger" }));
    await userEvent.click(await screen.findByRole("button", { name: /Endre: Samling 1/ }));
    const form = screen.getByTestId("gathering-form");
    const end = within(form).getByLabelText("Slutter") as HTMLInputElement;
    await userEvent.clear(end);
    await userEvent.type(end, "2022-08-01T10:00");
    await userEvent.click(within(form).getByRole("button", { name: "Lagre" }));

    expect(await within(form).findByText("Samling 1 slutter før den begynner.")).toBeTruthy();
    expect(within(form).queryByText(/ends before/)).toBeNull(); // never the host's English
    expect(within(form).getByText("Planen ble ikke lagret. Rett opp det som er markert.")).toBeTruthy();
    expect((within(form).getByLabelText("Slutter") as HTMLInputElement).value).toBe("2022-08-01T10:00");
  });

  it("lists every error of an imported plan with where it is", async () => {
    renderAdmin({
      "POST /api/tab/admin/networks": () => ({
        status: 400,
        body: { title: "The plan is not valid", errors: [{ path: "$.teams[0].municipality", message: "Unknown municipality 'bodo'.", code: "team.unknownMunicipality", args: { value: "bodo" } }] },
      }),
    });
    await userEvent.click(await screen.findByRole("tab", { name: "Nettverksplan" }));
    await userEvent.click(screen.getByRole("button", { name: "Rediger planen her" }));
    await userEvent.click(screen.getByRole("button", { name: "Importer planen" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("$.teams[0].municipality: Ukjent kommune «bodo».");
  });

  it("says a saved plan's notes in the user's language, from the host's codes", async () => {
    renderAdmin({
      "POST /api/tab/admin/networks": () => ({
        status: 200,
        body: { networkId: "nord", version: "v2", warnings: [
          { path: "$.teams[6].members", message: "Dyrøy has no union representative (tillitsvalgt).", code: "team.noUnionRepresentative", args: { team: "Dyrøy" } },
          { path: "$.gatherings[2].place", message: "Gathering 3 is physical but has no place.", code: "gathering.noPlace", args: { number: 3 } },
        ] },
      }),
    });
    await userEvent.click(await screen.findByRole("tab", { name: "Nettverksplan" }));
    await userEvent.click(screen.getByRole("button", { name: "Rediger planen her" }));
    await userEvent.click(screen.getByRole("button", { name: "Importer planen" }));

    expect(await screen.findByText("Planen er lagret. Se over 2 merknader:")).toBeTruthy();
    expect(screen.getByText("Dyrøy har ingen tillitsvalgt.")).toBeTruthy();
    expect(screen.getByText("Samling 3 er fysisk, men har ikke noe sted.")).toBeTruthy();
    expect(screen.queryByText(/union representative/)).toBeNull(); // never the host's English
  });

  it("changes a team's name and contact person without sending its members (the host keeps them)", async () => {
    const fake = renderAdmin({ "PUT /api/tab/admin/networks/nord/teams/sone-1": () => ({ status: 200, body: { networkId: "nord", version: "v2", warnings: [] } }) });
    await userEvent.click(await screen.findByRole("tab", { name: "Team og medlemmer" }));
    await userEvent.click(screen.getByRole("button", { name: "Endre teamet" }));
    const form = screen.getByTestId("team-form");
    await userEvent.clear(within(form).getByLabelText("Teamets navn"));
    await userEvent.type(within(form).getByLabelText("Teamets navn"), "Tromsø sone 1");
    await userEvent.selectOptions(within(form).getByLabelText("Kontaktperson"), "sone-1-hanne");
    await userEvent.click(within(form).getByRole("button", { name: "Lagre" }));

    await screen.findByRole("button", { name: "Endre teamet" });
    const put = fake.calls.find((c) => c.method === "PUT")!;
    expect(put.body).toEqual({ id: "sone-1", municipality: "tromso", name: "Tromsø sone 1", unit: null, contactPerson: "sone-1-hanne", advisor: null });
  });

  it("shows the report matrix, one report in full, and the figures per municipality with turnover above the reference marked", async () => {
    const cell = (gathering: number, state: string, more: object = {}) =>
      ({ gathering, state, late: false, hasDraft: false, submittedBy: null, submittedAt: null, reopened: false, ...more });
    renderAdmin({
      "GET /api/tab/admin/networks/nord/reports/snapshots": () => ({ status: 200, body: { snapshots: [{ gathering: 2, frozenAt: "2022-11-24T23:00:00+00:00" }] } }),
      "GET /api/tab/admin/networks/nord/reports/snapshots/2?locale=nb-NO": () => ({ status: 200, body: {
        gathering: 2, frozenAt: "2022-11-24T23:00:00+00:00",
        reports: [{ teamId: "sone-1", team: "Tromsø sone 1", state: "submitted", submittedBy: "Hanne Solbakken", submittedAt: "2022-11-20T10:00:00+00:00", answers: [] }],
        changes: [{ teamId: "sone-1", team: "Tromsø sone 1", item: "hours", label: "Timer", before: "12", after: "14" }],
      } }),
      "GET /api/tab/admin/networks/nord/reports": () => ({ status: 200, body: {
        gatherings: [{ number: 1, start: "2022-09-01T09:00:00+00:00", deadline: "2022-08-31T22:00:00+00:00" }],
        teams: [
          { id: "sone-1", name: "Sone 1", municipality: "Tromsø", nudgeBlocked: null,
            cells: [cell(1, "submitted", { submittedBy: "Hanne", submittedAt: "2022-08-30T10:00:00+00:00", late: true, reopened: true })] },
          { id: "sone-2", name: "Sone 2", municipality: "Tromsø", nudgeBlocked: null, cells: [cell(1, "open")] },
          { id: "senja", name: "Senja", municipality: "Senja", nudgeBlocked: "unreachable", cells: [cell(1, "notAsked")] },
        ],
        figures: {
          municipalities: [
            { municipalityId: "tromso", name: "Tromsø", teams: 4, teamsReporting: 1, mentors: 6, mentorsTrained: 4, newHiresWithMentor: 9, newHiresWithMentorQuit: 4, turnover: 4 / 9, fromGatherings: [1] },
            { municipalityId: "senja", name: "Senja", teams: 1, teamsReporting: 0, mentors: 0, mentorsTrained: 0, newHiresWithMentor: 0, newHiresWithMentorQuit: 0, turnover: null, fromGatherings: [] },
          ],
          network: { municipalityId: "", name: "Mentorprogram Nord", teams: 7, teamsReporting: 1, mentors: 6, mentorsTrained: 4, newHiresWithMentor: 9, newHiresWithMentorQuit: 4, turnover: 4 / 9, fromGatherings: [1] },
          nationalTurnoverReference: 0.3,
        },
        open: 1,
      } }),
      "POST /api/tab/admin/networks/nord/reports/sone-2/1/nudge": () => ({ status: 202, body: { waveId: "status-nudge:nord:1:sone-2:202208291000", alreadyQueued: false } }),
      "GET /api/tab/admin/networks/nord/reports/sone-1/1": () => ({ status: 200, body: {
        teamId: "sone-1", teamName: "Sone 1", gathering: 1, taskTitles: { malinger: "Målinger" }, ownItems: [{ id: "kurs-holdt", nb: "Kurs holdt", en: "Courses held" }],
        report: { state: "submitted", subGoals: "Mentor til alle", measures: null, goalAchievement: 3, goalAchievementText: null, hours: 12.5, freeText: null,
          submittedBy: "Hanne", submittedAt: "2022-08-30T10:00:00+00:00", lastEditedBy: "Hanne", lastEditedAt: null,
          figures: { mentors: 6, mentorsTrained: 4, newHiresWithMentor: 9, newHiresWithMentorQuit: 4 }, values: { "kurs-holdt": "2" }, notKnown: [],
          tasks: [{ taskId: "malinger", outcome: "partly", comment: "HR teller", links: ["https://nord.sharepoint.com/sites/mentor/plan.docx"] }] },
      } }),
    });

    const figures = await screen.findByTestId("figures-table");
    expect(figures.textContent).toContain("1/4");
    const turnover = within(figures).getAllByText(/44,4\s?%/)[0];
    expect(turnover.className).not.toBe(""); // above the national ~30 %: marked
    expect(screen.getByText(/nasjonalt er den rundt 30\s?%/)).toBeTruthy();
    const senja = within(figures).getByText("Senja").closest("tr")!;
    expect(senja.textContent).toBe("Senja0/1–––––Ingen tall ennå"); // nothing reported: "–", not "0 mentors"

    // Gathering 2's reports as frozen at the deadline, who sent them, and what changed after a reopen.
    const snapshot = await screen.findByTestId("snapshots");
    expect(await within(snapshot).findByText("Frosset 25. november 2022 kl. 00:00")).toBeTruthy();
    expect(snapshot.textContent).toContain("Hanne Solbakken, 20. november 2022 kl. 11:00");
    expect(within(snapshot).getByTestId("snapshot-changes").textContent).toBe("Tromsø sone 1: Timer – 12 → 14");

    expect(screen.queryByRole("button", { name: "Purr nå: Sone 1" })).toBeNull(); // its report is in
    expect(screen.queryByRole("button", { name: "Purr nå: Senja" })).toBeNull(); // no channel: says why instead
    expect(screen.getByText("Kan ikke nås ennå")).toBeTruthy();
    expect(screen.getByText("Ikke spurt")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Purr nå: Sone 2" }));
    expect(await screen.findByText("Påminnelse sendt til kanalen")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Sone 1, Samling 1: Sendt inn (for sent, gjenåpnet)" }));
    const detail = await screen.findByTestId("report-detail");
    expect(detail.textContent).toContain("Målinger");
    expect(detail.textContent).toContain("Delvis: HR teller");
    expect(detail.textContent).toContain("Sendt inn av Hanne");
    expect(detail.textContent).toContain("Kurs holdt2"); // the plan's own question, under its label
    expect(detail.textContent).toContain("Timer12,5"); // the team's hours in Norwegian number format
    expect(within(detail).getByRole("link", { name: "https://nord.sharepoint.com/sites/mentor/plan.docx" }).getAttribute("href")).toBe("https://nord.sharepoint.com/sites/mentor/plan.docx");
  });
  it("downloads every report as .xlsx and the drafted network report as .docx with the host's file names, and says why when the host refuses", async () => {
    const matrix = {
      gatherings: [], teams: [], open: null,
      figures: { municipalities: [], network: { municipalityId: "", name: "Mentorprogram Nord", teams: 0, teamsReporting: 0, mentors: 0, mentorsTrained: 0, newHiresWithMentor: 0, newHiresWithMentorQuit: 0, turnover: null, fromGatherings: [] }, nationalTurnoverReference: 0.3 },
    };
    const { calls } = renderAdmin({
      "GET /api/tab/admin/networks/nord/reports": () => ({ status: 200, body: matrix }),
      "GET /api/tab/admin/networks/nord/reports/snapshots": () => ({ status: 200, body: { snapshots: [] } }),
      "GET /api/tab/admin/networks/nord/reports/export?format=xlsx&locale=nb-NO": () => ({ status: 200, body: "xlsx-bytes",
        headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": "attachment; filename=statusrapporter-nord-2023-04-12.xlsx; filename*=UTF-8''statusrapporter-nord-2023-04-12.xlsx" } }),
      "GET /api/tab/admin/networks/nord/reports/export?format=csv&locale=nb-NO": () => ({ status: 403, body: { title: "Organizers only" } }),
      "GET /api/tab/admin/networks/nord/report.docx": () => ({ status: 200, body: "docx-bytes",
        headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Content-Disposition": "attachment; filename=sluttrapport-nord-2024-11-15.docx" } }),
    });
    const created = vi.fn((_: Blob) => "blob:export");
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });

    await userEvent.click(await screen.findByRole("button", { name: "Last ned alle rapporter (Excel)" }));
    await vi.waitFor(() => expect(clicked).toEqual(["statusrapporter-nord-2023-04-12.xlsx"]));
    expect(await created.mock.calls[0][0].text()).toBe('"xlsx-bytes"');
    expect(calls.some((c) => c.path.endsWith("format=xlsx&locale=nb-NO"))).toBe(true);

    await userEvent.click(screen.getByRole("button", { name: "Lag utkast til nettverkets sluttrapport (Word)" }));
    await vi.waitFor(() => expect(clicked).toEqual(["statusrapporter-nord-2023-04-12.xlsx", "sluttrapport-nord-2024-11-15.docx"]));

    await userEvent.click(screen.getByRole("button", { name: "Last ned som CSV" }));
    expect((await screen.findByRole("alert")).textContent).not.toBe("");
    expect(clicked).toHaveLength(2);
    click.mockRestore();
  });
});
