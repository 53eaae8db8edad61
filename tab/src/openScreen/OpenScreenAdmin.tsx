import { Body1, Button, Caption1, Card, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Api, OpenScreenSession } from "../shared/api";
import { useI18n } from "../shared/i18n";
import { useLoad } from "../shared/useLoad";
import { OpenScreenAttendanceDialog } from "./OpenScreenAttendanceDialog";
import { OpenScreenCancelDialog } from "./OpenScreenCancelDialog";
import { errorText } from "../shared/errors";
import { OpenScreenSessionCard } from "./OpenScreenSessionCard";
import { OpenScreenTrend } from "./OpenScreenTrend";
import { openOutsideTeams } from "../shared/teams";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, minWidth: 0 },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  cards: { display: "grid", gap: tokens.spacingHorizontalL, gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 300px), 1fr))" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The organizers' open-screen view (åpen skjerm: voluntary Teams drop-in meetings between the gatherings, scheduled by
 * writing «åpen skjerm» to the bot): the upcoming sessions (cancel one), the past ones (record who came), and the
 * attendance over time.
 */
export function OpenScreenAdmin({ api, networkId, openLink = openOutsideTeams }: { api: Api; networkId: string; openLink?: (url: string) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { data: list, error, reload, setData: setList } = useLoad(() => api.openScreen(networkId), [api, networkId]);
  const [cancelling, setCancelling] = useState<OpenScreenSession | null>(null);
  const [recording, setRecording] = useState<OpenScreenSession | null>(null);
  const [status, setStatus] = useState("");
  const live = useRef<HTMLDivElement>(null);

  const replace = (session: OpenScreenSession) =>
    setList((l) => l && { ...l, sessions: l.sessions.map((s) => (s.id === session.id ? session : s)) });

  async function cancel(session: OpenScreenSession) {
    const detail = await api.cancelOpenScreen(networkId, session.id);
    replace(detail.session);
    setCancelling(null);
    // Its cancel button is gone with the dialog: focus goes to the session (now marked cancelled) instead of the page.
    announce(t("openScreen.cancel.done", { topic: detail.session.topic }), () => document.getElementById(`open-screen-${session.id}-topic`)?.focus());
  }

  /** Says how it went once the dialog has closed: while a dialog is open the page is aria-hidden, and a change there is not read out. */
  function announce(text: string, then?: () => void, tries = 40) {
    if (tries > 0 && live.current?.closest("[aria-hidden=true]")) {
      setTimeout(() => announce(text, then, tries - 1), 25);
      return;
    }
    setStatus(text);
    then?.();
  }

  const heading = <Subtitle2 as="h2">{t("admin.section.openScreen")}</Subtitle2>;
  const region = (
    <div role="status" aria-live="polite" ref={live}>
      {status && <MessageBar intent="success" layout="multiline"><MessageBarBody>{status}</MessageBarBody></MessageBar>}
    </div>
  );
  if (error) {
    return (
      <section className={styles.part} aria-label={t("admin.section.openScreen")}>
        {heading}
        <Body1 role="alert">{errorText(error, t)}</Body1>
        <div><Button onClick={() => void reload()}>{t("app.retry")}</Button></div>
      </section>
    );
  }
  if (!list) return <Spinner label={t("openScreen.loading")} />;

  // Cancelled sessions stay where their start puts them; the others where the host says (its clock, not the browser's).
  const isUpcoming = (s: OpenScreenSession) => s.state === "upcoming" || (s.state === "cancelled" && !s.started);
  const upcoming = list.sessions.filter(isUpcoming);
  const past = list.sessions.filter((s) => !isUpcoming(s)).reverse(); // newest first

  const part = (title: string, sessions: OpenScreenSession[], none: string) => (
    <div className={styles.part}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {sessions.length === 0 ? <Caption1 className={styles.muted}>{none}</Caption1> : (
        <div className={styles.cards}>
          {sessions.map((s) => (
            <OpenScreenSessionCard key={s.id} session={s} openLink={openLink}
              onCancel={s.state === "upcoming" ? () => { setStatus(""); setCancelling(s); } : undefined}
              onRecord={s.state === "past" ? () => { setStatus(""); setRecording(s); } : undefined} />
          ))}
        </div>
      )}
    </div>
  );

  return (
    <section className={styles.page} aria-label={t("admin.section.openScreen")}>
      <div className={styles.part}>
        {heading}
        {list.sessions.length > 0 && <Caption1 className={styles.muted}>{t("openScreen.hint")}</Caption1>}
        {region}
      </div>
      {list.sessions.length === 0 ? (
        <Card data-testid="open-screen-empty">
          <Text weight="semibold">{t("openScreen.empty.title")}</Text>
          <Body1>{t("openScreen.empty.body")}</Body1>
        </Card>
      ) : (
        <>
          {part(t("openScreen.upcoming"), upcoming, t("openScreen.upcoming.none"))}
          {part(t("openScreen.past"), past, t("openScreen.past.none"))}
          <div className={styles.part}>
            <Subtitle2 as="h3">{t("openScreen.trend.title")}</Subtitle2>
            <OpenScreenTrend sessions={list.sessions} />
          </div>
        </>
      )}

      <OpenScreenCancelDialog session={cancelling} cancel={cancel} onClose={() => setCancelling(null)} />
      <OpenScreenAttendanceDialog api={api} networkId={networkId} session={recording} meetingsConfigured={list.meetingsConfigured}
        onImported={replace}
        onSaved={(s) => {
          replace(s);
          setRecording(null);
          announce(t("openScreen.attendance.saved", { topic: s.topic, count: s.attendance?.count ?? 0 }));
        }}
        onClose={() => setRecording(null)} />
    </section>
  );
}
