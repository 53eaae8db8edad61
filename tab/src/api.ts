// The tab API (bot/TeamsMentor.Bot/MyPlan, Tab): typed calls with the caller's credentials.

export type TaskState = "notStarted" | "inProgress" | "done";
export type GatheringMode = "physical" | "digital";

export interface MyTeam { networkId: string; networkName: string; teamId: string; teamName: string; municipality: string }
export interface MyNetwork { networkId: string; networkName: string }
export interface Me { objectId: string; name: string | null; isAdministrator: boolean; teams: MyTeam[]; organizes: MyNetwork[] }

export interface Gathering { number: number; theme: string; start: string; end: string; mode: GatheringMode; place: string | null }
export interface StatusReport { gathering: number; deadline: string; state: "notStarted" | "draft" | "submitted" }
export interface Step { id: string; text: string; ownerMemberId: string | null; dueDate: string | null; done: boolean }
export interface Task {
  id: string; title: string; description: string | null; givenAt: number; due: string | null;
  state: TaskState; ownerMemberId: string | null; steps: Step[]; version: string | null;
}
export interface TaskGroup { gathering: Gathering | null; givenAt: number; tasks: Task[] }
export interface Person { id: string; name: string }
export interface TeamPlan {
  networkId: string; networkName: string; teamId: string; teamName: string; municipality: string; timeZone: string;
  nextGathering: Gathering | null; statusReport: StatusReport | null; groups: TaskGroup[]; members: Person[]; now: string;
}
export interface TaskProgress { state: TaskState; ownerMemberId: string | null; steps: Step[] }
export interface DevPerson { objectId: string; name: string; description: string; organizer: boolean }
export interface Issue { path: string; message: string }

/** What the API answered when it did not say yes: the status, and its problem details (RFC 9457). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; errors?: Issue[]; current?: Task } = {},
  ) {
    super(problem.title ?? `HTTP ${status}`);
  }
}

/** How requests are signed: a Teams SSO token, or (Development only) the dev sign-in header. */
export interface Credentials {
  kind: "teams" | "dev";
  headers(): Promise<Record<string, string>>;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function createApi(credentials: Credentials, fetchImpl: Fetch = (i, init) => fetch(i, init)) {
  async function call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json", ...(await credentials.headers()), ...extra };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await fetchImpl(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, { title: "offline" });
    }
    const text = await response.text();
    const json = text ? safeParse(text) : undefined;
    if (!response.ok) throw new ApiError(response.status, (json as ApiError["problem"]) ?? {});
    return json as T;
  }

  const team = (networkId: string, teamId: string) =>
    `/api/tab/networks/${encodeURIComponent(networkId)}/teams/${encodeURIComponent(teamId)}`;

  return {
    me: () => call<Me>("GET", "/api/tab/me"),
    plan: (networkId: string, teamId: string) => call<TeamPlan>("GET", `${team(networkId, teamId)}/plan`),
    saveTask: (networkId: string, teamId: string, taskId: string, progress: TaskProgress, version: string | null) =>
      call<Task>("PUT", `${team(networkId, teamId)}/tasks/${encodeURIComponent(taskId)}`, progress,
        version ? { "If-Match": version } : { "If-None-Match": "*" }),
  };
}

export type Api = ReturnType<typeof createApi>;

/** The people the Development sign-in offers; null when the host does not allow it (production). */
export async function devPeople(fetchImpl: Fetch = (i, init) => fetch(i, init)): Promise<DevPerson[] | null> {
  try {
    const response = await fetchImpl("/api/tab/dev/people", { headers: { Accept: "application/json" } });
    return response.ok ? ((await response.json()) as DevPerson[]) : null;
  } catch {
    return null;
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
