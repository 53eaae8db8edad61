import { Badge, Body1, Button, Caption1, Card, Link, Subtitle2, Text, makeStyles, mergeClasses, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import { CalendarAddRegular, DismissCircleRegular, PeopleCheckmarkRegular, VideoRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { OpenScreenSession } from "../shared/api";
import { useI18n } from "../shared/i18n";
import { useSessionFormat } from "./openScreenFormat";

const useStyles = makeStyles({
  card: { minWidth: 0 },
  cancelled: { color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground3 },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  title: { margin: 0, overflowWrap: "anywhere" },
  facts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  link: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minHeight: "32px" }, // a touch target on phones
});

/**
 * One open-screen session: when, what, who is invited and what they answered, and (past) who came. Upcoming ones can
 * be cancelled and past ones get their attendance recorded; a cancelled one is greyed with a badge and has neither.
 */
export function OpenScreenSessionCard({ session, onCancel, onRecord, openLink }: {
  session: OpenScreenSession;
  onCancel?(): void;
  onRecord?(): void;
  openLink(url: string): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const format = useSessionFormat();
  const restoreFocus = useRestoreFocusTarget(); // the dialogs it opens give focus back here
  const cancelled = session.state === "cancelled";
  // The host calls a session "past" once it has started: until it ends it can still be joined.
  const notOver = !cancelled && !session.ended;
  const ongoing = notOver && session.started;
  const headingId = `open-screen-${session.id}-topic`;
  const link = (url: string, label: string, icon: ReactNode) => (
    <Link className={styles.link} href={url} target="_blank" rel="noopener noreferrer" aria-label={`${label}: ${session.topic}`}
      onClick={(e) => { e.preventDefault(); openLink(url); }}>
      {icon}{label}
    </Link>
  );
  const attendance = session.attendance;
  return (
    <Card className={mergeClasses(styles.card, cancelled && styles.cancelled)} data-testid={`open-screen-${session.id}`}
      aria-labelledby={headingId} role="article">
      <div className={styles.head}>
        <Subtitle2 as="h4" id={headingId} className={styles.title} tabIndex={-1}>{session.topic}</Subtitle2>
        {cancelled && <Badge appearance="filled" color="subtle">{t("openScreen.cancelled")}</Badge>}
        {ongoing && <Badge appearance="tint" color="brand">{t("openScreen.ongoing")}</Badge>}
      </div>
      <div className={styles.facts}>
        <Text weight="semibold">{format.when(session)}</Text>
        {session.description && <Body1>{session.description}</Body1>}
        <Caption1 className={styles.muted}>{t("openScreen.invited", { teams: format.teams(session) })}</Caption1>
        <Caption1 data-testid="rsvp">{t("openScreen.rsvp", { ...session.rsvp })}</Caption1>
        {session.state === "past" && (
          <Text data-testid="attendance" weight={attendance ? "semibold" : "regular"} className={attendance ? undefined : styles.muted}>
            {attendance
              ? `${t("openScreen.attended", { count: attendance.count })}${attendance.source === "meetingReport" ? ` · ${t("openScreen.attendance.fromTeams")}` : ""}`
              : t("openScreen.attendance.none")}
          </Text>
        )}
      </div>
      {!cancelled && (
        <div className={styles.actions}>
          {notOver && session.joinUrl && link(session.joinUrl, t("openScreen.join"), <VideoRegular aria-hidden />)}
          {notOver && link(new URL(session.calendarUrl, window.location.origin).href, t("openScreen.calendar"), <CalendarAddRegular aria-hidden />)}
          {onRecord && (
            <Button {...restoreFocus} icon={<PeopleCheckmarkRegular />} onClick={onRecord} aria-label={`${t("openScreen.attendance.record")}: ${session.topic}`}>
              {t("openScreen.attendance.record")}
            </Button>
          )}
          {onCancel && (
            <Button {...restoreFocus} icon={<DismissCircleRegular />} onClick={onCancel} aria-label={`${t("openScreen.cancel")}: ${session.topic}`}>
              {t("openScreen.cancel")}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
