import { Button, FluentProvider, Spinner, Text, makeStyles, teamsLightTheme, tokens } from "@fluentui/react-components";
import { lazy, useEffect, useMemo, useState } from "react";
import { createApi, devPeople, type Credentials, type DevPerson, type Fetch, type Me } from "./shared/api";
import { ErrorBar } from "./shared/ErrorBar";
import { Lazy } from "./shared/Lazy";
import { createI18n, I18nContext, pickLang } from "./shared/i18n";
import { devCredentials, devUserKey, teamsCredentials, type Host, type ThemeName } from "./shared/teams";
import { loadedTheme, loadTheme } from "./shared/themes";
import { useLoad } from "./shared/useLoad";
import { MyPlan } from "./tasks/MyPlan";

// Loaded when first shown: a member on her phone downloads only what Min plan needs.
const AdminShell = lazy(() => import("./AdminShell").then((m) => ({ default: m.AdminShell })));
const LiveResults = lazy(() => import("./evaluations/LiveResults").then((m) => ({ default: m.LiveResults })));
const OrganizerNav = lazy(() => import("./OrganizerNav").then((m) => ({ default: m.OrganizerNav })));
const DevSignIn = lazy(() => import("./shared/DevSignIn").then((m) => ({ default: m.DevSignIn })));

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box", padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, backgroundColor: tokens.colorNeutralBackground2 },
  content: { maxWidth: "1100px", margin: "0 auto", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  bar: { display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function App({ host, fetchImpl }: { host: Host; fetchImpl?: Fetch }) {
  const [themeName, setThemeName] = useState<ThemeName>(host.theme);
  // main.tsx loads the first theme before rendering; a change in Teams shows the one before until the new one is in.
  const [theme, setTheme] = useState(() => loadedTheme(host.theme) ?? teamsLightTheme);
  useEffect(() => host.onThemeChange(setThemeName), [host]);
  useEffect(() => {
    let current = true;
    void loadTheme(themeName).then((loaded) => current && setTheme(loaded), () => {});
    return () => { current = false; };
  }, [themeName]);
  const i18n = useMemo(() => createI18n(pickLang(host.locale)), [host.locale]);
  return (
    <FluentProvider theme={theme}>
      <I18nContext.Provider value={i18n}>
        <Shell host={host} fetchImpl={fetchImpl} />
      </I18nContext.Provider>
    </FluentProvider>
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

function Shell({ host, fetchImpl }: { host: Host; fetchImpl?: Fetch }) {
  const styles = useStyles();
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
  const { data: people } = useLoad<{ list: DevPerson[] | null } | null>(
    () => (api ? Promise.resolve(null) : devPeople(fetchImpl).then((list) => ({ list }))), [api, fetchImpl]);

  let body;
  if (!credentials) {
    body = people === null ? <Spinner label={t("app.loading")} />
      : people.list === null ? <Text>{t("signin.outsideTeams")}</Text>
      : <DevSignIn people={people.list} onPick={(p) => { sessionStorage.setItem(devUserKey, p.objectId); setCredentials(devCredentials(p.objectId)); }} />;
  } else if (error) {
    body = <><ErrorBar error={error} /><Button onClick={() => void reload()}>{t("app.retry")}</Button></>;
  } else if (!me || !api) {
    body = <Spinner label={t("app.loading")} />;
  } else if (live) {
    // The whole screen, nothing else.
    return <Lazy><LiveResults api={api} networkId={live.networkId} gathering={live.gathering} /></Lazy>;
  } else {
    const organizer = me.organizes.length > 0 || me.isAdministrator; // an administrator may start the first network
    const shown = view ?? (organizer ? "admin" : "plan");
    body = (
      <>
        <div className={styles.bar}>
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
      </>
    );
  }

  return (
    <div className={styles.root}>
      <div className={styles.content}><Lazy>{body}</Lazy></div>
    </div>
  );
}
