import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "./App";
import type { Host } from "./shared/teams";
import { fakeFetch, me, plan } from "./test/fakeApi";

const outsideTeams: Host = { inTeams: false, locale: "nb-NO", theme: "default", onThemeChange: () => {}, openLink: () => {}, openStage: () => {} };
const people = [
  { objectId: "oid-ragnhild", name: "Ragnhild Sørvik", description: "Mentorprogram Nord", organizer: true },
  { objectId: "oid-hanne", name: "Hanne Solbakken", description: "Tromsø hjemmetjeneste sone 1", organizer: false },
];

describe("App outside Teams", () => {
  it("offers the demo people when the host allows dev sign-in, and acts as the one picked", async () => {
    const fake = fakeFetch({
      "GET /api/tab/dev/people": () => ({ status: 200, body: people }),
      "GET /api/tab/me": () => ({ status: 200, body: me }),
      "GET /api/tab/networks/nord/teams/sone-1/plan": () => ({ status: 200, body: plan }),
    });
    render(<App host={outsideTeams} fetchImpl={fake.impl} />);

    await userEvent.click(await screen.findByRole("button", { name: /Hanne Solbakken/ }));

    expect(await screen.findByRole("heading", { name: "Tromsø hjemmetjeneste sone 1" })).toBeTruthy();
    expect(fake.calls.find((c) => c.path === "/api/tab/me")!.headers["X-TeamsMentor-Dev-User"]).toBe("oid-hanne");
    expect(screen.queryByRole("tab", { name: "Arrangør" })).toBeNull(); // a member gets no organizer workspace
  });

  it("says to open Teams when the host has no dev sign-in (production)", async () => {
    const fake = fakeFetch({});
    render(<App host={outsideTeams} fetchImpl={fake.impl} />);
    expect(await screen.findByText("Åpne TeamsMentor i Microsoft Teams for å se planen din.")).toBeTruthy();
  });

  it("gives organizers their workspace", async () => {
    sessionStorage.setItem("teamsmentor.devUser", "oid-ragnhild");
    const fake = fakeFetch({
      "GET /api/tab/me": () => ({ status: 200, body: { ...me, name: "Ragnhild Sørvik", teams: [], organizes: [{ networkId: "nord", networkName: "Mentorprogram Nord" }] } }),
    });
    render(<App host={outsideTeams} fetchImpl={fake.impl} />);

    // An organizer lands on the workspace, not on an empty Min plan.
    expect(await screen.findByRole("heading", { name: "Arrangør" }, { timeout: 5000 })).toBeTruthy(); // Fluent and the workspace load lazily
    expect(screen.getByRole("tab", { name: "Arrangør", selected: true })).toBeTruthy();
    expect(screen.getByText("Mentorprogram Nord")).toBeTruthy();
    await userEvent.click(screen.getByRole("tab", { name: "Min plan" }));
    expect(await screen.findByText("Du er arrangør, ikke med i et team")).toBeTruthy(); // not "ask an organizer"
  });
});
