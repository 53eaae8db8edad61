import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createApi, type Task } from "../shared/api";
import { createI18n, I18nContext, type Lang } from "../shared/i18n";
import { MyPlan } from "./MyPlan";
import { fakeFetch, me, plan, task } from "../test/fakeApi";

const planPath = "GET /api/tab/networks/nord/teams/sone-1/plan";
const taskPath = "PUT /api/tab/networks/nord/teams/sone-1/tasks/malinger";

function renderPlan(routes: Parameters<typeof fakeFetch>[0], lang: Lang = "nb", who = me, openLink?: (url: string) => void) {
  const fake = fakeFetch(routes);
  const api = createApi({ kind: "dev", headers: async () => ({ "X-TeamsMentor-Dev-User": "oid-hanne" }) }, fake.impl);
  render(
    <I18nContext.Provider value={createI18n(lang)}>
      <MyPlan api={api} me={who} openLink={openLink} />
    </I18nContext.Provider>,
  );
  return fake;
}

describe("MyPlan", () => {
  it("shows what is asked now: the open evaluation (answered or not), the next open screen and follow-up, and overdue tasks by the app's clock", async () => {
    const opened = vi.fn();
    const now = "2023-04-27T12:00:00+00:00"; // after the task's due time (the start of gathering 3)
    renderPlan({
      [planPath]: () => ({ status: 200, body: {
        ...plan, now,
        evaluation: { gathering: 3, closes: "2023-05-04T11:00:00+00:00", answered: false, chatUrl: "https://teams.microsoft.com/l/chat/0/0?users=28%3Aapp&message=evaluering" },
        openScreen: { topic: "Mentorsamtalen", start: "2023-05-03T12:00:00+00:00", end: "2023-05-03T13:00:00+00:00", joinUrl: "https://teams.microsoft.com/l/meetup-join/x" },
        followUp: { start: "2023-05-10T08:00:00+00:00", end: "2023-05-10T08:45:00+00:00", mode: "link", joinUrl: "https://teams.microsoft.com/l/meetup-join/f", advisor: "Ragnhild Sørvik", state: "booked" },
        groups: plan.groups.map((g) => ({ ...g, tasks: g.tasks.map((x) => ({ ...x, due: "2023-04-26T09:00:00+00:00", state: "inProgress" as const })) })),
      } }),
    }, "nb", me, opened);

    const evaluation = await screen.findByTestId("open-evaluation");
    expect(evaluation.textContent).toContain("Evaluering av samling 3");
    expect(evaluation.textContent).toContain("Åpen til 4. mai 2023 kl. 13:00.");
    expect(within(evaluation).getByText("Ikke besvart ennå")).toBeTruthy();
    expect(evaluation.textContent).toContain("Til evalueringen stenger, vet TeamsMentor om du har svart"); // honest about when it is anonymous
    await userEvent.click(within(evaluation).getByRole("button", { name: "Svar i chatten med TeamsMentor" }));
    expect(opened).toHaveBeenCalledWith("https://teams.microsoft.com/l/chat/0/0?users=28%3Aapp&message=evaluering");
    const session = screen.getByTestId("next-open-screen");
    expect(session.textContent).toContain("Mentorsamtalen");
    expect(session.textContent).toContain("3. mai 2023 kl. 14:00");
    const followUp = screen.getByTestId("next-follow-up");
    expect(followUp.textContent).toContain("Samtale med Ragnhild Sørvik");
    expect(followUp.textContent).toContain("10. mai 2023 kl. 10:00 · Møte på lenke");
    await userEvent.click(within(followUp).getByRole("button"));
    expect(opened).toHaveBeenCalledWith("https://teams.microsoft.com/l/meetup-join/f");
    expect(within(screen.getByTestId(`task-${task.id}`)).getByText("Forfalt")).toBeTruthy();
  });

  it("shows the next gathering with days left by the app's clock, the report deadline in Oslo time, and the tasks by gathering", async () => {
    renderPlan({ [planPath]: () => ({ status: 200, body: plan }) });

    const next = await screen.findByTestId("next-gathering");
    expect(next.textContent).toContain("Samling 3 · 26. april 2023");
    expect(next.textContent).toContain("Fysisk, Tromsø · om 14 dager");
    expect(screen.getByTestId("status-report").textContent).toContain("Frist 18. april 2023");
    expect(screen.getByTestId("status-report").textContent).toContain("Ikke påbegynt");
    expect(screen.getByRole("region", { name: "Fra samling 2 (25. november 2022)" })).toBeTruthy();
    expect(screen.getByText("Gjennomfør målinger")).toBeTruthy();
  });

  it("shows who saved the report and opens its card in the channel; says when the card comes, or that the channel is missing", async () => {
    const cardUrl = "https://teams.microsoft.com/l/message/19%3Asone1%40thread.tacv2/1700000000123?tenantId=t&parentMessageId=1700000000123";
    const opened: string[] = [];
    renderPlan({ [planPath]: () => ({ status: 200, body: { ...plan, statusReport: { ...plan.statusReport, state: "draft", by: "Silje Rognli", at: "2023-04-12T08:30:00+00:00", cardUrl, hasChannel: true } } }) },
      "nb", me, (url) => opened.push(url));
    const card = await screen.findByTestId("status-report");
    expect(card.textContent).toContain("Sist lagret av Silje Rognli 12. april 2023");
    await userEvent.click(within(card).getByRole("button", { name: "Fyll ut rapporten i kanalen" }));
    expect(opened).toEqual([cardUrl]);
  });

  it("opens the chat with TeamsMentor with «rapport» typed, where the report card comes 1:1", async () => {
    const chatUrl = "https://teams.microsoft.com/l/chat/0/0?users=28%3Aapp&message=rapport";
    const opened: string[] = [];
    renderPlan({ [planPath]: () => ({ status: 200, body: { ...plan, statusReport: { ...plan.statusReport, hasChannel: false, chatUrl } } }) }, "nb", me, (url) => opened.push(url));
    const card = await screen.findByTestId("status-report");
    await userEvent.click(within(card).getByRole("button", { name: "Fyll ut i chatten med TeamsMentor" }));
    expect(opened).toEqual([chatUrl]);
    expect(card.textContent).not.toContain("ingen kanal"); // reachable 1:1: no "missing channel" hint
  });

  it("shows the report as saved, section by section: done, or what is missing, with the answers and the document link", async () => {
    const sections = [
      { section: "tasks", done: true, missing: [], answers: [{ label: { nb: "Målinger", en: "Measurements" }, value: null, outcome: "partly", comment: "HR teller", link: "https://nord.sharepoint.com/plan.docx" }] },
      { section: "goals", done: false, missing: [{ nb: "Tiltak", en: "Measures" }, { nb: "Måloppnåelse", en: "Goal achievement" }], answers: [{ label: { nb: "Delmål", en: "Sub-goals" }, value: "Mentor til alle" }] },
      { section: "hours", done: true, missing: [], answers: [{ label: { nb: "Timer teamet har brukt", en: "Hours" }, value: "7.5" }] },
    ];
    renderPlan({ [planPath]: () => ({ status: 200, body: { ...plan, statusReport: { ...plan.statusReport, state: "draft", sections } } }) });
    const view = await screen.findByTestId("report-sections");
    expect(within(view).getByRole("region", { name: "Oppgavene" }).textContent).toContain("FerdigMålinger: Delvis (HR teller)");
    expect(within(view).getByRole("link", { name: "Dokument" }).getAttribute("href")).toBe("https://nord.sharepoint.com/plan.docx");
    expect(within(view).getByRole("region", { name: "Mål og tiltak" }).textContent).toContain("Mangler noeMangler: Tiltak, MåloppnåelseDelmål: Mentor til alle");
  });

  it("until the card is in the channel, says when it comes (or that the team has no channel)", async () => {
    renderPlan({ [planPath]: () => ({ status: 200, body: { ...plan, now: "2023-04-01T07:00:00+00:00", statusReport: { ...plan.statusReport, hasChannel: true, cardPostsAt: "2023-04-12T07:00:00+00:00" } } }) });
    expect((await screen.findByTestId("status-report")).textContent).toContain("Rapportkortet kommer i teamets kanal 12. april 2023.");
    expect(screen.queryByRole("button", { name: /i kanalen/ })).toBeNull();
  });

  it("says the team has no channel yet when none is linked", async () => {
    renderPlan({ [planPath]: () => ({ status: 200, body: { ...plan, statusReport: { ...plan.statusReport, hasChannel: false } } }) });
    expect((await screen.findByTestId("status-report")).textContent).toContain("Teamet har ingen kanal koblet ennå");
  });

  it("in English when the locale asks for it", async () => {
    renderPlan({ [planPath]: () => ({ status: 200, body: plan }) }, "en");
    expect((await screen.findByTestId("next-gathering")).textContent).toContain("Gathering 3 · 26 April 2023");
    expect(screen.getByTestId("status-report").textContent).toContain("Due 18 April 2023");
    expect(screen.getByTestId("status-report").textContent).toContain("Not started");
  });

  it("saves a status change at once, creating the team's progress (If-None-Match: *)", async () => {
    const saved: Task = { ...task, state: "done", version: "W/\"1\"" };
    const fake = renderPlan({ [planPath]: () => ({ status: 200, body: plan }), [taskPath]: () => ({ status: 200, body: saved }) });
    const card = await screen.findByTestId("task-malinger");

    await userEvent.selectOptions(within(card).getByRole("combobox", { name: "Status" }), "Ferdig");

    await within(card).findByText("Lagret");
    const put = fake.calls.find((c) => c.method === "PUT")!;
    expect(put.headers["If-None-Match"]).toBe("*");
    expect(put.body).toEqual({ state: "done", ownerMemberId: null, steps: [] });
  });

  it("saves a status changed again while the first change saves after it, on the version it returned", async () => {
    let release: () => void = () => {};
    const first = new Promise<void>((resolve) => { release = resolve; });
    let version = 0;
    const fake = renderPlan({
      [planPath]: () => ({ status: 200, body: plan }),
      [taskPath]: async (call) => {
        if (version === 0) await first;
        version++;
        return { status: 200, body: { ...task, ...(call.body as object), version: `W/"${version}"` } };
      },
    });
    const card = await screen.findByTestId("task-malinger");
    const status = within(card).getByRole("combobox", { name: "Status" }) as HTMLSelectElement;

    await userEvent.selectOptions(status, "Pågår"); // arrow keys on a closed select step through the states like this
    await userEvent.selectOptions(status, "Ferdig");
    expect(status.value).toBe("done"); // still enabled, showing the latest choice
    release();

    await waitFor(() => expect(fake.calls.filter((c) => c.method === "PUT")).toHaveLength(2));
    const [one, two] = fake.calls.filter((c) => c.method === "PUT");
    expect([(one.body as { state: string }).state, (two.body as { state: string }).state]).toEqual(["inProgress", "done"]);
    expect(two.headers["If-Match"]).toBe("W/\"1\"");
    await within(card).findByText("Lagret");
    expect(status.value).toBe("done");
  });

  it("keeps the user's steps after a conflicting edit and saves them on top of the other version when asked", async () => {
    const theirs: Task = { ...task, state: "inProgress", version: "W/\"2\"", steps: [{ id: "x", text: "Deres steg", ownerMemberId: null, dueDate: null, done: false }] };
    let attempt = 0;
    const fake = renderPlan({
      [planPath]: () => ({ status: 200, body: plan }),
      [taskPath]: (call) => (++attempt === 1
        ? { status: 412, body: { title: "Changed by someone else", current: theirs } }
        : { status: 200, body: { ...theirs, ...(call.body as object), version: "W/\"3\"" } }),
    });
    const card = await screen.findByTestId("task-malinger");

    await userEvent.click(within(card).getByRole("button", { name: "Legg til steg" }));
    await userEvent.type(within(card).getByRole("textbox", { name: "Hva" }), "Be HR om tall");
    await userEvent.click(within(card).getByRole("button", { name: "Lagre" }));

    const alert = await within(card).findByRole("alert");
    expect(alert.textContent).toContain("Noen andre har endret oppgaven");
    expect(alert.textContent).toContain("«Pågår» og 1 steg");
    expect((within(card).getByRole("textbox", { name: "Hva" }) as HTMLInputElement).value).toBe("Be HR om tall");

    await userEvent.click(within(alert).getByRole("button", { name: "Lagre mine endringer likevel" }));
    await within(card).findByText("Lagret");
    const retry = fake.calls.filter((c) => c.method === "PUT")[1];
    expect(retry.headers["If-Match"]).toBe("W/\"2\"");
    expect((retry.body as { steps: { text: string }[] }).steps.map((s) => s.text)).toEqual(["Be HR om tall"]);
  });

  it("shows what is wrong next to the field when the host refuses the input", async () => {
    renderPlan({
      [planPath]: () => ({ status: 200, body: plan }),
      [taskPath]: () => ({ status: 400, body: { title: "Invalid progress", errors: [{ path: "steps[0].text", message: "Write what is to be done.", code: "task.stepTextRequired" }] } }),
    });
    const card = await screen.findByTestId("task-malinger");
    await userEvent.click(within(card).getByRole("button", { name: "Legg til steg" }));
    await userEvent.click(within(card).getByRole("button", { name: "Lagre" }));

    expect(await within(card).findByText("Skriv hva som skal gjøres.")).toBeTruthy();
    expect(within(card).getByText("Rett opp det som er markert, og lagre igjen.")).toBeTruthy();
  });

  it("explains what to do when the user is on no team", () => {
    renderPlan({}, "nb", { ...me, teams: [] });
    expect(screen.getByText("Du er ikke knyttet til et team ennå")).toBeTruthy();
  });

  it("says so when the team is not the user's (403)", async () => {
    renderPlan({ [planPath]: () => ({ status: 403, body: { title: "Not your team" } }) });
    await waitFor(() => expect(screen.getByText("Du har ikke tilgang til dette.")).toBeTruthy());
  });
});
