import { lazy, useEffect, useMemo, useState } from "react";
import { createApi, devPeople, type Credentials, type DevPerson, type Fetch, type Me } from "./shared/api";
import { ErrorBar } from "./shared/ErrorBar";
import { Lazy } from "./shared/Lazy";
import { createI18n, I18nContext, pickLang } from "./shared/i18n";
import { Button, Spinner } from "./shared/kit";
import { devCredentials, devUserKey, teamsCredentials, type Host, type ThemeName } from "./shared/teams";
import { useLoad } from "./shared/useLoad";
import { MyData } from "./privacy/MyData";
import { MyPlan } from "./tasks/MyPlan";

// Loaded when first shown: a member on her phone downloads only what Min plan needs (no Fluent UI: see kit.tsx).
const loadWorkspace = () => import("./AdminShell");
const AdminShell = lazy(() => loadWorkspace().then((m) => ({ default: m.AdminShell })));
const LiveResults = lazy(() => import("./evaluations/LiveResults").then((m) => ({ default: m.LiveResults })));
const OrganizerNav = lazy(() => import("./OrganizerNav").then((m) => ({ default: m.OrganizerNav })));
const DevSignIn = lazy(() => import("./shared/DevSignIn").then((m) => ({ default: m.DevSignIn })));
const FluentRoot = lazy(() => import("./shared/FluentRoot").then((m) => ({ default: m.FluentRoot })));

export function App({ host, fetchImpl }: { host: Host; fetchImpl?: Fetch }) {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  // The kit's colours follow html[data-theme]; the Fluent parts get the same theme through FluentRoot.
  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);
  const i18n = useMemo(() => createI18n(pickLang(host.locale)), [host.locale]);
  return (
    <I18nContext.Provider value={i18n}>
      <Shell host={host} theme={theme} fetchImpl={fetchImpl} />
    </I18nContext.Provider>
  );
}

/** The big-screen page (`/tab/live?network=…&gathering=…`), opened from «Evaluering»; null on every other page. */
function livePage(): { networkId: string; gathering: number } | null {
  if (!window.location.pathname.replace(/\/$/, "").endsWith("/live")) return null;
  const query = new URLSearchParams(window.location.search);
  const gathering = Number(query.get("gathering"));
  const networkId = query.get("network");
  return networkId && Number.isInteger(gathering) && gathering > 0 ? { networkId, gathering } : null;
}

function Shell({ host, theme, fetchImpl }: { host: Host; theme: ThemeName; fetchImpl?: Fetch }) {
  const live = useMemo(livePage, []);
  const i18n = useMemo(() => createI18n(pickLang(host.locale)), [host.locale]);
  const { t } = i18n;
  const [credentials, setCredentials] = useState<Credentials | null>(() => {
    if (host.inTeams) return teamsCredentials;
    const dev = sessionStorage.getItem(devUserKey);
    return dev ? devCredentials(dev) : null;
  });
  // The first screen: the organizer workspace for organizers, Min plan for everyone else (null: not chosen yet).
  const [view, setView] = useState<"plan" | "admin" | null>(null);
  const api = useMemo(() => (credentials ? createApi(credentials, fetchImpl) : null), [credentials, fetchImpl]);
  // Signed in: who the user is. Outside Teams and not signed in: the demo people to sign in as (null list: not offered).
  const { data: me, error, reload } = useLoad<Me | null>(() => (api ? api.me() : Promise.resolve(null)), [api]);
  // An organizer's workspace starts loading with Fluent UI, not after it.
  useEffect(() => { if (me && (me.organizes.length > 0 || me.isAdministrator)) void loadWorkspace().catch(() => {}); }, [me]);
  const { data: people } = useLoad<{ list: DevPerson[] | null } | null>(
    () => (api ? Promise.resolve(null) : devPeople(fetchImpl).then((list) => ({ list }))), [api, fetchImpl]);

  let body;
  if (!credentials) {
    body = people === null ? <Spinner label={t("app.loading")} />
      : people.list === null ? <p>{t("signin.outsideTeams")}</p>
      : <DevSignIn people={people.list} onPick={(p) => { sessionStorage.setItem(devUserKey, p.objectId); setCredentials(devCredentials(p.objectId)); }} />;
  } else if (error) {
    body = <><ErrorBar error={error} /><div><Button onClick={() => void reload()}>{t("app.retry")}</Button></div></>;
  } else if (!me || !api) {
    body = <Spinner label={t("app.loading")} />;
  } else if (live) {
    // The whole screen, nothing else.
    return <Lazy><FluentRoot theme={theme}><LiveResults api={api} networkId={live.networkId} gathering={live.gathering} /></FluentRoot></Lazy>;
  } else {
    const organizer = me.organizes.length > 0 || me.isAdministrator; // an administrator may start the first network
    const shown = view ?? (organizer ? "admin" : "plan");
    const page = (
      <>
        <div className="tm-bar">
          {organizer ? (
            <OrganizerNav shown={shown} onShow={setView} />
          ) : <span />}
          {credentials.kind === "dev" && (
            <Button appearance="subtle" onClick={() => { sessionStorage.removeItem(devUserKey); setView(null); setCredentials(null); }}>
              {`${me.name ?? ""} · ${t("signin.signOut")}`}
            </Button>
          )}
        </div>
        {shown === "admin" && organizer ? <AdminShell api={api} me={me} openLink={host.openLink} openStage={host.openStage} onNetworksChanged={reload} /> : <MyPlan api={api} me={me} openLink={host.openLink} />}
        <MyData api={api} />
      </>
    );
    // An organizer's page is made with Fluent (the workspace and its tab bar); a member's is not.
    body = organizer ? <FluentRoot theme={theme}><div className="tm-stack">{page}</div></FluentRoot> : page;
  }

  return (
    <div className="tm-root">
      <div className="tm-content"><Lazy>{body}</Lazy></div>
    </div>
  );
}
