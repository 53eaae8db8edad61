import type { Fetch, Me, Task, TeamPlan } from "../shared/api";

export interface Call { method: string; path: string; headers: Record<string, string>; body: unknown }

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/** A fetch that answers like the host's tab API from a table of handlers (an answer, or a promise of one: a slow host), recording every call. */
export function fakeFetch(routes: Record<string, (call: Call) => Answer | Promise<Answer>>) {
  const calls: Call[] = [];
  const impl: Fetch = async (path, init) => {
    const call: Call = {
      method: init?.method ?? "GET",
      path,
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const handler = routes[`${call.method} ${path}`];
    const answer = handler ? await handler(call) : { status: 404, body: { title: "Not found" } };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { "Content-Type": "application/json", ...answer.headers } });
  };
  return { impl, calls };
}

export const me: Me = {
  objectId: "oid-hanne",
  name: "Hanne Solbakken",
  isAdministrator: false,
  teams: [{ networkId: "nord", networkName: "Mentorprogram Nord", teamId: "sone-1", teamName: "Tromsø hjemmetjeneste sone 1", municipality: "Tromsø" }],
  organizes: [],
};

export const task: Task = {
  id: "malinger", title: "Gjennomfør målinger", description: "Tell mentorer og nyansatte.", givenAt: 2, due: "2023-04-26T09:00:00+00:00",
  state: "notStarted", ownerMemberId: null, steps: [], version: null,
};

export const plan: TeamPlan = {
  networkId: "nord", networkName: "Mentorprogram Nord", teamId: "sone-1", teamName: "Tromsø hjemmetjeneste sone 1", municipality: "Tromsø",
  timeZone: "Europe/Oslo",
  nextGathering: { number: 3, theme: "Mentorprogram i praksis", start: "2023-04-26T09:00:00+00:00", end: "2023-04-27T11:00:00+00:00", mode: "physical", place: "Tromsø" },
  statusReport: { gathering: 3, deadline: "2023-04-18T22:00:00+00:00", state: "notStarted" },
  groups: [{ gathering: { number: 2, theme: "Mål", start: "2022-11-25T08:00:00+00:00", end: "2022-11-25T14:00:00+00:00", mode: "digital", place: null }, givenAt: 2, tasks: [task] }],
  members: [{ id: "sone-1-hanne", name: "Hanne Solbakken" }, { id: "sone-1-silje", name: "Silje Rognli" }],
  now: "2023-04-12T07:00:00+00:00",
};
