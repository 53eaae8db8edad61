// The tab API (bot/TeamsMentor.Bot: Access, Tasks, Networks, Reports, Evaluations, OpenScreen): typed calls with the caller's credentials.

export type TaskState = "notStarted" | "inProgress" | "done";
export type GatheringMode = "physical" | "digital";

export interface MyTeam { networkId: string; networkName: string; teamId: string; teamName: string; municipality: string }
export interface MyNetwork { networkId: string; networkName: string }
export interface Me { objectId: string; name: string | null; isAdministrator: boolean; teams: MyTeam[]; organizes: MyNetwork[] }

export interface Gathering { number: number; theme: string; start: string; end: string; mode: GatheringMode; place: string | null }
export interface StatusReport {
  gathering: number; deadline: string; state: "notStarted" | "draft" | "submitted";
  /** Who sent it in (submitted) or saved it last (draft), and when. */
  by?: string | null; at?: string | null;
  /** A Teams link to the report card in the team's channel once it is there; until then when it comes. */
  cardUrl?: string | null; cardPostsAt?: string | null; hasChannel?: boolean;
  /** Opens the person's chat with the app with «rapport» typed: the report card comes there (while the report is open). */
  chatUrl?: string | null;
  /** The report as saved, read-only, section by section: done, or the labels of what is missing; the answers. */
  sections?: ReportSection[];
}
export interface Label { nb: string; en: string }
export interface ReportSection {
  section: "tasks" | "goals" | "hours" | "figures" | "final" | "other"; done: boolean; missing: Label[];
  answers: { label: Label; value: string | null; outcome?: "done" | "partly" | "notYet" | null; comment?: string | null; link?: string | null }[];
}
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
  /** The evaluation open now: until when, whether you have answered, and a link to your chat with the app. */
  evaluation?: { gathering: number; closes: string; answered: boolean; chatUrl: string | null } | null;
  /** The next open screen the team is invited to. */
  openScreen?: { topic: string; start: string; end: string; joinUrl: string | null } | null;
  /** The team's next follow-up with its advisor (never the organizers' notes). */
  followUp?: { start: string; end: string; mode: FollowUpMode; joinUrl: string | null; advisor: string | null; state: FollowUpState } | null;
  /** The team's progress plan for the period it plans in now. */
  progressPlan?: { gathering: number; nextGathering: number; deadline: string; closes: string; state: ProgressPlanState } | null;
}
export type ProgressPlanState = "notDue" | "open" | "draft" | "made" | "missing";
export interface ProgressPlansOverview {
  periods: { gathering: number; opens: string; deadline: string; closes: string; taskIds: string[] }[];
  tasks: { id: string; title: string; givenAt: number }[];
  teams: { id: string; name: string; municipality: string; plans: { gathering: number; state: ProgressPlanState;
    tasks: { taskId: string; steps: { text: string; owner: string | null; dueDate: string | null; done: boolean }[] }[] }[] }[];
  now: string;
}
export interface TaskProgress { state: TaskState; ownerMemberId: string | null; steps: Step[] }
export interface DevPerson { objectId: string; name: string; description: string; organizer: boolean }
/** A problem the host found in a plan: where (a JSON path), its English message, and for a warning a code the tab says in the user's language. */
export interface Issue { path: string; message: string; code?: string; args?: Record<string, string | number> }

/** What the API answered when it did not say yes: the status, and its problem details (RFC 9457). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; code?: string; args?: Record<string, string | number>; errors?: Issue[]; current?: Task } = {},
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

/** The network plan document as the admin API exports it (plans/README.md has the format). */
export interface PlanDocument {
  id: string;
  name: string;
  municipalities: { id: string; name: string }[];
  organizers?: { id: string; name: string; email?: string | null; aadObjectId?: string | null }[];
  gatherings: PlanGathering[];
  teams: PlanTeam[];
  tasks: PlanTask[];
  evaluationItems?: PlanEvaluationItem[];
  [key: string]: unknown;
}
export interface PlanGathering { number: number; theme: string; start: string; end: string; mode: GatheringMode; place?: string | null; [key: string]: unknown }
export interface PlanTask { id: string; title: string; description?: string | null; givenAt: number; dueBefore?: number | null; dueAt?: string | null }
export interface PlanMember { id: string; name: string; email?: string | null; roles?: string[]; guest?: boolean; aadObjectId?: string | null }
export interface PlanTeam { id: string; municipality: string; name: string; unit?: string | null; contactPerson?: string | null; advisor?: string | null; members?: PlanMember[] }
export type FollowUpMode = "teams" | "link" | "phone";
export type FollowUpState = "booked" | "accepted" | "newTimeProposed" | "held" | "cancelled";
export type EvaluationItemKind = "likert" | "rating" | "hours" | "text";
/** An item of the evaluation bank: stable ones are asked at every gathering (their trend is followed), the others at the listed gatherings. */
export interface PlanEvaluationItem {
  id: string; kind: EvaluationItemKind; text: { nb: string; en?: string | null }; stable: boolean; gatherings?: number[] | null; [key: string]: unknown;
}
export interface PlanSaved { networkId: string; version: string; warnings: Issue[] }
export interface LiveEvaluation {
  gathering: number; theme: string; start: string; state: "notYet" | "open" | "closed";
  respondents: number; invited: number; minimumGroup: number; shownAt: number;
  items: { id: string; kind: EvaluationItemKind; text: string; statistics: EvaluationStatistics | null }[];
  /** The short link (and its QR code as SVG) that opens a chat with the app, or null when the app id is not configured. */
  answerUrl: string | null; qrSvg: string | null;
}
/** Follow-ups (veiledning) per period between two gatherings, for the organizers (with their own notes). */
export interface FollowUpsOverview {
  periods: { gathering: number; from: string; to: string; reminderAt: string | null }[];
  currentPeriod: number | null;
  teams: { id: string; name: string; municipality: string; advisorId: string | null; advisor: string | null; contact: string | null; contactReachable: boolean }[];
  followUps: FollowUp[];
  organizers: { id: string; name: string }[];
  meetingsConfigured: boolean;
  now: string;
}
export interface FollowUp {
  id: string; teamId: string; period: number; mode: FollowUpMode; start: string; end: string; durationMinutes: number; state: FollowUpState; held: boolean;
  advisorId: string | null; joinUrl: string | null; proposedStart: string | null; notes: string | null; bookedBy: string; version: string;
}
export interface FollowUpBooking { id: string; teamId: string; mode: FollowUpMode; start: string; durationMinutes: number; joinUrl?: string | null; notes?: string | null }
/** Every measure of the status report over the gatherings (a ratio as a fraction), per network, municipality and team. */
export interface MeasureOverview {
  gatherings: { number: number; start: string }[];
  measures: Measure[];
}
export type MeasureKind = "number" | "count" | "likert" | "ratio";
export interface MeasurePoint { gathering: number; value: number; flagged: boolean }
export interface Measure {
  id: string; kind: MeasureKind; text: string; definition: string | null; direction: "none" | "up" | "down"; target: number | null; targetLabel: string | null;
  network: MeasurePoint[];
  municipalities: { id: string; name: string; municipalityId: string | null; points: MeasurePoint[] }[];
  teams: { id: string; name: string; municipalityId: string | null; points: MeasurePoint[] }[];
}
/** A gathering's reports as frozen at its deadline, and what has changed since. */
export interface ReportSnapshot {
  gathering: number; frozenAt: string;
  reports: { teamId: string; team: string; state: ReportState; submittedBy: string | null; submittedAt: string | null; answers: { item: string; label: string; value: string | null }[] }[];
  changes: { teamId: string; team: string; item: string; label: string; before: string | null; after: string | null }[];
}
/** Every team this period, and whether (and why) it has stalled. */
export interface NetworkHealth {
  lastGathering: number | null;
  nextGathering: { number: number; theme: string; start: string } | null;
  progressPeriod: number | null;
  stalledAfterDays: number;
  teams: TeamHealth[];
  now: string;
}
export type StalledReason = "noActivity" | "reportMissing" | "progressPlanMissing" | "noFollowUp" | "tasksOverdue";
export interface TeamHealth {
  id: string; name: string; municipality: string; advisor: string | null;
  report: "notAsked" | "notStarted" | "draft" | "submitted" | "missing" | null; reportBy: string | null; reportAt: string | null;
  progressPlan: ProgressPlanState | null; followUp: "notInAPeriod" | "notYet" | "missing" | "booked" | "held"; followUpAt: string | null;
  overdueTasks: number; overdue: string[]; lastActivity: string | null; stalled: boolean; reasons: StalledReason[]; quietDays: number | null;
}
export interface AttendanceOverview {
  municipalities: { id: string; name: string }[];
  teams: { id: string; name: string; municipalityId: string; members: { id: string; name: string }[] }[];
  gatherings: {
    number: number; theme: string; start: string; mode: GatheringMode; started: boolean; recordedAt: string | null; memberIds: string[]; canImport: boolean;
    turnout: { gathering: number; recorded: boolean; present: number; members: number; municipalities: { municipalityId: string; present: number; members: number }[] };
  }[];
}
export interface NewNetwork { id: string; name: string; start: string; template: string | null; withTeams: boolean }

export type ReportState = "notStarted" | "draft" | "submitted";
/** Where a report stands in the organizers' matrix (the server's ReportCell). */
export type CellState = "notDue" | "open" | "draft" | "submitted" | "missing" | "notAsked";
export interface MatrixCell {
  gathering: number; state: CellState; late: boolean; hasDraft: boolean; submittedBy: string | null; submittedAt: string | null; reopened: boolean;
}
export interface FiguresRow {
  municipalityId: string; name: string; teams: number; teamsReporting: number; mentors: number; mentorsTrained: number;
  newHiresWithMentor: number; newHiresWithMentorQuit: number; turnover: number | null;
  /** The gatherings the figures come from; empty when nothing is reported (the counts are then shown as "–"). */
  fromGatherings: number[];
}
export interface ReportMatrix {
  gatherings: { number: number; start: string; deadline: string }[];
  /** nudgeBlocked: why "nudge now" cannot reach the team ("unreachable": no channel, nobody reachable 1:1), or null. */
  teams: { id: string; name: string; municipality: string; cells: MatrixCell[]; nudgeBlocked: string | null }[];
  figures: { municipalities: FiguresRow[]; network: FiguresRow; nationalTurnoverReference: number };
  /** The gathering whose reports can still be sent (the one to nudge about), or null. */
  open: number | null;
}
export interface ReportDetail {
  teamId: string; teamName: string; gathering: number; taskTitles: Record<string, string>;
  /** Labels of the plan's own questions (the report's values). */
  ownItems?: { id: string; nb: string; en: string }[];
  report: {
    state: ReportState; subGoals: string | null; measures: string | null; goalAchievement: number | null; goalAchievementText: string | null;
    hours: number | null; freeText: string | null; submittedBy: string | null; submittedAt: string | null; lastEditedBy: string | null; lastEditedAt: string | null;
    figures: { mentors: number; mentorsTrained: number; newHiresWithMentor: number; newHiresWithMentorQuit: number } | null;
    tasks: { taskId: string; outcome: "notYet" | "partly" | "done"; comment: string | null; links?: string[] }[];
    /** Answers to the plan's own questions; the items answered "no figures yet". */
    values?: Record<string, string>; notKnown?: string[];
  };
}

/** One group's answers to one item: n includes "vet ikke"; counts are for the scores 1-5 (empty for hours); mean is hours for hours items. */
export interface EvaluationStatistics { n: number; counts: number[]; dontKnow: number; mean: number | null }
export interface EvaluationItemResult {
  itemId: string;
  /** Null when fewer than the minimum answered it in the whole network. */
  network: EvaluationStatistics | null;
  /** statistics null and suppressed false: nobody from there answered it. */
  municipalities: { municipalityId: string; suppressed: boolean; statistics: EvaluationStatistics | null }[];
}
export interface EvaluationGathering {
  number: number; start: string; opens: string; closes: string; state: "notYet" | "open" | "closed";
  /** Under way by the host's clock, its evaluation not open yet: an organizer may open it now. */
  canOpenNow?: boolean;
  respondents: number; invited: number; suppressed: boolean;
  items: EvaluationItemResult[];
  texts: Record<string, string[]>;
}
export interface TrendPoint { gathering: number; mean: number | null; n: number }
export interface ItemTrend { itemId: string; network: TrendPoint[]; municipalities: Record<string, TrendPoint[]> }
/** The organizers' evaluation results: every gathering, and the trend of every stable item (groups below minimumGroup left out). */
export interface EvaluationResults {
  minimumGroup: number;
  trendItemId: string | null;
  municipalities: { id: string; name: string }[];
  items: { id: string; kind: EvaluationItemKind; text: string; stable: boolean; gatherings: number[] | null }[];
  gatherings: EvaluationGathering[];
  trends: ItemTrend[];
}

/** Åpen skjerm: a voluntary Teams drop-in meeting between gatherings, scheduled by an organizer through the bot. */
export type OpenScreenState = "upcoming" | "past" | "cancelled";
export type Rsvp = "yes" | "maybe" | "no";
export interface OpenScreenSession {
  id: string; topic: string; description: string | null; start: string; end: string; durationMinutes: number;
  /** The Teams meeting's join link; null when the meeting was not created (or not yet). */
  joinUrl: string | null;
  /** The session as an .ics file, a path on the host. */
  calendarUrl: string;
  createdByGraph: boolean;
  state: OpenScreenState;
  /** Started / ended by the host's clock (never the browser's: the demo host runs in the past). */
  started: boolean;
  ended: boolean;
  /** Invited: every team of the network, or the listed ones (teams lists them all either way). */
  allTeams: boolean;
  teams: { id: string; name: string }[];
  rsvp: { yes: number; maybe: number; no: number };
  /** Who came, once recorded: by an organizer (manual) or from the Teams meeting's attendance report. */
  attendance: { count: number; source: "manual" | "meetingReport"; recordedAt: string } | null;
  version: string | null;
}
/** The network's sessions (sorted by start) and whether Teams meetings can be created and read (Graph configured). */
export interface OpenScreenList { meetingsConfigured: boolean; sessions: OpenScreenSession[] }
export interface OpenScreenPerson { memberId: string; name: string; teamId: string; teamName: string; rsvp: Rsvp | null; attended: boolean }
/** One session with the people of its invited teams (sorted by team, then name). */
export interface OpenScreenDetail { session: OpenScreenSession; people: OpenScreenPerson[] }

/** A person found by the privacy search: the key to export or erase them by, and where they are (where the caller may look). */
export interface PersonHit {
  person: string; name: string; email: string | null; knownToTeams: boolean;
  places: { networkId: string; networkName: string; teamId: string | null; teamName: string | null; organizer: boolean }[];
}
/** What an erasure did: rows deleted and rewritten, per table; whether the shared rows went; what still names the person (0). */
export interface Erasure { eventId: string; deleted: number; changed: number; shared: boolean; remaining: number; tables: Record<string, { deleted: number; changed: number }> }
/** When a network's members' personal data goes (retention), and how many members are left. */
export interface Retention { end: string; warnAt: string; purgeAt: string; months: number; members: number; payloadDays: number }
/** A person's own data: every row that names her, per table with what the table is. */
export interface MyData { rowCount: number; tables: { table: string; what: Label; rows: unknown[] }[] }

export function createApi(credentials: Credentials, fetchImpl: Fetch = (i, init) => fetch(i, init)) {
  async function call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
    return (await callWithVersion<T>(method, path, body, extra)).value;
  }

  async function callWithVersion<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}, raw = false): Promise<{ value: T; version: string }> {
    const headers: Record<string, string> = { Accept: "application/json", ...(await credentials.headers()), ...extra };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await fetchImpl(path, { method, headers, body: body === undefined ? undefined : raw ? String(body) : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, { title: "offline" });
    }
    const text = await response.text();
    const json = text ? safeParse(text) : undefined;
    if (!response.ok) throw new ApiError(response.status, (json as ApiError["problem"]) ?? {});
    return { value: json as T, version: response.headers.get("ETag") ?? "" };
  }

  /** A file from the API (an export): the bytes and the name the host gives it. */
  async function download(path: string, fallbackName: string): Promise<{ blob: Blob; fileName: string }> {
    let response: Response;
    try {
      response = await fetchImpl(path, { method: "GET", headers: { ...(await credentials.headers()) } });
    } catch {
      throw new ApiError(0, { title: "offline" });
    }
    if (!response.ok) {
      const text = await response.text();
      throw new ApiError(response.status, ((text ? safeParse(text) : undefined) as ApiError["problem"]) ?? {});
    }
    const disposition = response.headers.get("Content-Disposition") ?? "";
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
    return { blob: await response.blob(), fileName: encoded ? decodeURIComponent(encoded) : plain ?? fallbackName };
  }

  const team = (networkId: string, teamId: string) =>
    `/api/tab/networks/${encodeURIComponent(networkId)}/teams/${encodeURIComponent(teamId)}`;

  const admin = (networkId: string) => `/api/tab/admin/networks/${encodeURIComponent(networkId)}`;

  return {
    me: () => call<Me>("GET", "/api/tab/me"),
    /** The plan document and its version (send it back as If-Match with every edit). */
    exportPlan: async (networkId: string) => {
      const { value, version } = await callWithVersion<PlanDocument>("GET", `${admin(networkId)}/plan`);
      return { plan: value, version };
    },
    /** The big screen's figures for a gathering's evaluation (a snapshot that moves in steps of the small-group minimum). */
    liveEvaluation: (networkId: string, number: number, locale: string) =>
      call<LiveEvaluation>("GET", `${admin(networkId)}/evaluations/${number}/live?locale=${encodeURIComponent(locale)}`),
    /** Opens a gathering's evaluation now (in the room); guarded by the plan's version like every plan edit. */
    openEvaluation: (networkId: string, number: number, version: string) =>
      call<PlanSaved>("POST", `${admin(networkId)}/gatherings/${number}/evaluation/open`, undefined, { "If-Match": version }),
    /** Starts a network: from a template network's plan (moved to the start date, without people) or empty; the caller becomes its organizer. */
    startNetwork: (body: NewNetwork) => call<PlanSaved>("POST", "/api/tab/admin/networks/new", body),
    /** Adds or changes one item (segment: gatherings, teams, tasks, members, evaluationItems) in plan format. */
    putItem: (networkId: string, segment: string, id: string | number, item: object, version: string) =>
      call<PlanSaved>("PUT", `${admin(networkId)}/${segment}/${encodeURIComponent(String(id))}`, item, { "If-Match": version }),
    deleteItem: (networkId: string, segment: string, id: string | number, version: string) =>
      call<PlanSaved>("DELETE", `${admin(networkId)}/${segment}/${encodeURIComponent(String(id))}`, undefined, { "If-Match": version }),
    reportMatrix: (networkId: string) => call<ReportMatrix>("GET", `${admin(networkId)}/reports`),
    reportDetail: (networkId: string, teamId: string, gathering: number) =>
      call<ReportDetail>("GET", `${admin(networkId)}/reports/${encodeURIComponent(teamId)}/${gathering}`),
    nudge: (networkId: string, teamId: string, gathering: number) =>
      call<{ waveId: string; alreadyQueued: boolean }>("POST", `${admin(networkId)}/reports/${encodeURIComponent(teamId)}/${gathering}/nudge`),
    /** Every status report as a spreadsheet (.xlsx: reports, tasks, figures) or .csv, with labels in the given language. */
    myData: () => call<MyData>("GET", "/api/tab/privacy/mine"),
    myDataFile: () => download("/api/tab/privacy/mine", "mine-data.json"),
    findPeople: (networkId: string, query: string) =>
      call<PersonHit[]>("GET", `/api/tab/privacy/people?networkId=${encodeURIComponent(networkId)}&q=${encodeURIComponent(query)}`),
    exportPerson: (networkId: string, person: string) =>
      download(`/api/tab/privacy/people/export?networkId=${encodeURIComponent(networkId)}&person=${encodeURIComponent(person)}`, "personopplysninger.json"),
    erasePerson: (networkId: string, person: string) => call<Erasure>("POST", "/api/tab/privacy/people/erase", { person, networkId }),
    retention: (networkId: string) => call<Retention>("GET", `/api/tab/privacy/networks/${encodeURIComponent(networkId)}`),
    archive: (networkId: string) => download(`/api/tab/privacy/networks/${encodeURIComponent(networkId)}/archive`, `arkiv-${networkId}.json`),
    exportReports: (networkId: string, format: "xlsx" | "csv", locale: string) =>
      download(`${admin(networkId)}/reports/export?format=${format}&locale=${encodeURIComponent(locale)}`, `${networkId}.${format}`),
    /** The network's report drafted as a Word document in bokmål: figures, charts, every team's sluttrapport, places for own text. */
    networkReport: (networkId: string) => download(`${admin(networkId)}/report.docx`, `sluttrapport-${networkId}.docx`),
    /** The evaluation results (organizers only), item texts in the given language. */
    evaluations: (networkId: string, locale: string) =>
      call<EvaluationResults>("GET", `${admin(networkId)}/evaluations?locale=${encodeURIComponent(locale)}`),
    /** Every team's progress plan per gathering period, with its state and steps. */
    progressPlans: (networkId: string) => call<ProgressPlansOverview>("GET", `${admin(networkId)}/progressPlans`),
    /** The gatherings whose reports are frozen (their deadline has passed). */
    snapshots: (networkId: string) => call<{ snapshots: { gathering: number; frozenAt: string }[] }>("GET", `${admin(networkId)}/reports/snapshots`),
    /** One gathering's frozen reports and the changes since. */
    snapshot: (networkId: string, gathering: number, locale: string) =>
      call<ReportSnapshot>("GET", `${admin(networkId)}/reports/snapshots/${gathering}?locale=${encodeURIComponent(locale)}`),
    /** Every measure over the gatherings per network, municipality and team, with its flags; texts in the given language. */
    measures: (networkId: string, locale: string) => call<MeasureOverview>("GET", `${admin(networkId)}/measures?locale=${encodeURIComponent(locale)}`),
    /** Every team this period: report, progress plan, follow-up, overdue tasks, last activity, stalled and why. */
    health: (networkId: string) => call<NetworkHealth>("GET", `${admin(networkId)}/health`),
    /** Every period's follow-ups, each team's advisor and contact person. */
    followUps: (networkId: string) => call<FollowUpsOverview>("GET", `${admin(networkId)}/followUps`),
    /** Books a follow-up (a Teams meeting, a pasted link) or logs one held by phone; the same id twice books once. */
    bookFollowUp: (networkId: string, booking: FollowUpBooking) =>
      call<{ followUp: FollowUp; invited: boolean }>("POST", `${admin(networkId)}/followUps`, booking),
    /** Notes, held, cancel or move (a new start): at the version read (412 when it changed meanwhile). */
    changeFollowUp: (networkId: string, followUp: FollowUp, change: { action: "notes" | "held" | "cancel" | "move"; notes?: string | null; start?: string; durationMinutes?: number }) =>
      call<{ followUp: FollowUp; invited: boolean }>("PUT", `${admin(networkId)}/followUps/${encodeURIComponent(followUp.id)}`, change, { "If-Match": followUp.version }),
    /** Who came to each gathering, and the turnout per gathering and municipality. */
    attendance: (networkId: string) => call<AttendanceOverview>("GET", `${admin(networkId)}/attendance`),
    /** Replaces who came to a gathering (once it has started). */
    saveAttendance: (networkId: string, number: number, memberIds: string[]) =>
      call<AttendanceOverview>("PUT", `${admin(networkId)}/attendance/${number}`, { memberIds }),
    /** Who came to a digital gathering, from its Teams meeting's attendance report (409 with the reason when it cannot). */
    importAttendance: (networkId: string, number: number) => call<AttendanceOverview>("POST", `${admin(networkId)}/attendance/${number}/import`),
    exportAttendance: (networkId: string, format: "xlsx" | "csv", locale: string) =>
      download(`${admin(networkId)}/attendance/export?format=${format}&locale=${encodeURIComponent(locale)}`, `${networkId}-oppmote.${format}`),
    /** Every gathering's evaluation results as a spreadsheet (.xlsx) or .csv, with labels in the given language. */
    exportEvaluations: (networkId: string, format: "xlsx" | "csv", locale: string) =>
      download(`${admin(networkId)}/evaluations/export?format=${format}&locale=${encodeURIComponent(locale)}`, `${networkId}-evaluering.${format}`),
    /** Åpen skjerm: every session of the network (organizers only). */
    openScreen: (networkId: string) => call<OpenScreenList>("GET", `${admin(networkId)}/openScreen`),
    openScreenSession: (networkId: string, sessionId: string) =>
      call<OpenScreenDetail>("GET", `${admin(networkId)}/openScreen/${encodeURIComponent(sessionId)}`),
    /** Cancels a session that is not over (409 when it is). */
    cancelOpenScreen: (networkId: string, sessionId: string) =>
      call<OpenScreenDetail>("POST", `${admin(networkId)}/openScreen/${encodeURIComponent(sessionId)}/cancel`),
    /** Records who came (replacing what was recorded): 400 before the session started, 409 when it was cancelled. */
    saveOpenScreenAttendance: (networkId: string, sessionId: string, memberIds: string[]) =>
      call<OpenScreenDetail>("PUT", `${admin(networkId)}/openScreen/${encodeURIComponent(sessionId)}/attendance`, { memberIds }),
    /** Fills the attendance from the Teams meeting's attendance report (409 with the reason when it cannot). */
    importOpenScreenAttendance: (networkId: string, sessionId: string) =>
      call<OpenScreenDetail>("POST", `${admin(networkId)}/openScreen/${encodeURIComponent(sessionId)}/attendance/import`),
    /** Replaces the plan with a whole document (JSON text as typed or uploaded). */
    importPlan: (json: string, version: string | null) =>
      callWithVersion<PlanSaved>("POST", "/api/tab/admin/networks", json, version ? { "If-Match": version, "Content-Type": "application/json" } : { "Content-Type": "application/json" }, true)
        .then((r) => r.value),
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

/** Hands a downloaded file to the browser as a save (a temporary object URL, revoked after a while). */
export function saveFile({ blob, fileName }: { blob: Blob; fileName: string }) {
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement("a"), { href: url, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
