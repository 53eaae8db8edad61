import {
  Badge, Body1, Button, Card, Field, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell,
  TableRow, Text, Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import { CalendarAddRegular, OpenRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Api, FollowUp, FollowUpMode, FollowUpsOverview } from "../shared/api";
import { errorText } from "../shared/errors";
import { ItemForm, type FieldSpec } from "../shared/forms";
import { useI18n, type TextKey } from "../shared/i18n";
import { ScrollRegion } from "../shared/ScrollRegion";
import { useLoad } from "../shared/useLoad";
import { useWideTableStyles } from "../shared/wideTable";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  reasons: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, maxWidth: "260px" },
  muted: { color: tokens.colorNeutralForeground3 },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  period: { maxWidth: "420px", width: "100%", minWidth: 0 },
  /** The period's name can be long: the drop-down keeps to the screen and cuts it rather than widening the page. */
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

type Team = FollowUpsOverview["teams"][number];

/** A new follow-up's id: 20 lower-case hex digits, so that a form sent twice books once. */
function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The colour of a follow-up's state badge (the text says it too). */
function stateColor(f: FollowUp): "success" | "warning" | "informative" | "subtle" {
  if (f.held) return "success";
  if (f.state === "newTimeProposed") return "warning";
  if (f.state === "cancelled") return "subtle";
  return "informative";
}

/**
 * Follow-ups (veiledning) between the gatherings: for the chosen period each team's advisor, contact person and
 * follow-up (booked, answered, held), booking one (a Teams meeting, a pasted link) or logging a call, and one
 * follow-up's notes (the organizers' own) and what can be done with it. Organizers of the network only.
 */
export function FollowUpsAdmin({ api, networkId, openLink }: { api: Api; networkId: string; openLink?: (url: string) => void }) {
  const styles = useStyles();
  const wide = useWideTableStyles();
  const { t, date } = useI18n();
  const { data, error, setData, reload } = useLoad(() => api.followUps(networkId), [api, networkId]);
  const [chosen, setChosen] = useState<number | null>(null);
  const [booking, setBooking] = useState<Team | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (error) return <Body1 role="alert">{errorText(error, t)}</Body1>;
  if (!data) return <Spinner label={t("app.loading")} />;
  const period = chosen ?? data.currentPeriod ?? data.periods.at(-1)?.gathering ?? null;
  const range = data.periods.find((p) => p.gathering === period);
  const inPeriod = data.followUps.filter((f) => f.period === period);
  const open = data.followUps.find((f) => f.id === openId) ?? null;
  const mode = (m: FollowUpMode) => t(`followUp.mode.${m}` as TextKey);
  const stateText = (f: FollowUp) => (f.held ? t("followUp.state.held") : t(`followUp.state.${f.state}` as TextKey));
  const replace = (saved: FollowUp) =>
    setData((d) => d && { ...d, followUps: [...d.followUps.filter((f) => f.id !== saved.id), saved].sort((a, b) => a.start.localeCompare(b.start)) });

  return (
    <section className={styles.page} aria-label={t("admin.section.followUps")}>
      <Subtitle2 as="h2">{t("followUp.title")}</Subtitle2>
      <Body1 className={styles.muted}>{t("followUp.intro")}</Body1>
      {data.periods.length > 0 && (
        <Field label={t("followUp.period")} className={styles.period}>
          <Select className={styles.select} select={{ className: styles.select }} value={String(period ?? "")} onChange={(_, d) => { setChosen(Number(d.value)); setOpenId(null); setBooking(null); }}>
            {data.periods.map((p) => (
              <option key={p.gathering} value={p.gathering}>
                {t("followUp.periodName", { number: p.gathering, next: p.gathering + 1, from: date(p.from), to: date(p.to) })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {range?.reminderAt && new Date(range.reminderAt) > new Date(data.now) && <Caption>{t("followUp.reminderAt", { date: date(range.reminderAt, true) })}</Caption>}
      {notice && <MessageBar intent="success"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      <ScrollRegion className={wide.scroll} label={t("followUp.title")}>
        <Table size="small" className={wide.table} aria-label={t("followUp.title")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={wide.sticky}>{t("followUp.team")}</TableHeaderCell>
              <TableHeaderCell>{t("followUp.advisor")}</TableHeaderCell>
              <TableHeaderCell>{t("followUp.contact")}</TableHeaderCell>
              <TableHeaderCell>{t("followUp.column")}</TableHeaderCell>
              <TableHeaderCell>{t("followUp.actions")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.teams.map((team) => {
              const mine = inPeriod.filter((f) => f.teamId === team.id && f.state !== "cancelled");
              return (
                <TableRow key={team.id} data-testid={`follow-up-${team.id}`} className={wide.cell}>
                  <TableCell className={wide.sticky}>{team.name}</TableCell>
                  <TableCell>{team.advisor ?? <span className={styles.muted}>{t("followUp.noAdvisor")}</span>}</TableCell>
                  <TableCell>{team.contact ?? <span className={styles.muted}>{t("followUp.noContact")}</span>}</TableCell>
                  <TableCell>
                    {mine.length === 0 ? <span className={styles.muted}>{t("followUp.none")}</span> : mine.map((f) => (
                      <Button key={f.id} size="small" appearance="transparent" onClick={() => { setOpenId(f.id); setBooking(null); }}
                        aria-label={t("followUp.openFor", { text: `${stateText(f)} ${date(f.start, true)} · ${mode(f.mode)}`, team: team.name })}>
                        <Badge className={wide.pill} appearance="tint" color={stateColor(f)}>{stateText(f)}</Badge>&nbsp;{`${date(f.start, true)} · ${mode(f.mode)}`}
                      </Button>
                    ))}
                  </TableCell>
                  <TableCell>
                    <Button size="small" icon={<CalendarAddRegular />} aria-label={t("followUp.bookFor", { team: team.name })}
                      onClick={() => { setBooking(team); setOpenId(null); setNotice(null); }}>
                      {t("followUp.book")}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </ScrollRegion>
      {booking && (
        <Card className={styles.card} data-testid="follow-up-form">
          <Subtitle2 as="h3">{t("followUp.bookTitle", { team: booking.name })}</Subtitle2>
          {!booking.contactReachable && <Caption>{t("followUp.contactUnreachable")}</Caption>}
          <BookForm key={booking.id} api={api} networkId={networkId} team={booking} meetings={data.meetingsConfigured}
            onBooked={(saved, invited) => {
              replace(saved);
              setBooking(null);
              setNotice(saved.mode === "phone" ? t("followUp.logged") : invited ? t("followUp.bookedInvited") : t("followUp.bookedNotInvited"));
            }}
            onCancel={() => setBooking(null)} />
        </Card>
      )}
      {open && (
        <FollowUpDetail key={open.id + open.version} api={api} networkId={networkId} followUp={open} now={data.now} team={data.teams.find((x) => x.id === open.teamId)!}
          onSaved={replace} onStale={() => void reload()} onClose={() => setOpenId(null)} openLink={openLink} />
      )}
    </section>
  );
}

function Caption({ children }: { children: React.ReactNode }) {
  const styles = useStyles();
  return <Body1 className={styles.muted}>{children}</Body1>;
}

/** Booking (Teams meeting or pasted link, ahead) or logging (a call held): the host checks the period and the time. */
function BookForm({ api, networkId, team, meetings, onBooked, onCancel }: {
  api: Api; networkId: string; team: Team; meetings: boolean; onBooked(f: FollowUp, invited: boolean): void; onCancel(): void;
}) {
  const { t } = useI18n();
  const [id] = useState(newId);
  const modes: FollowUpMode[] = meetings ? ["teams", "link", "phone"] : ["link", "phone"];
  const fields: FieldSpec[] = [
    { name: "mode", label: "followUp.mode", kind: "select", options: modes.map((m) => ({ value: m, label: t(`followUp.modeChoice.${m}` as TextKey) })) },
    { name: "start", label: "followUp.start", kind: "datetime", required: true },
    { name: "durationMinutes", label: "followUp.duration", kind: "number", required: true },
    { name: "joinUrl", label: "followUp.joinUrl" },
    { name: "notes", label: "followUp.notes", kind: "textarea" },
  ];
  return (
    <ItemForm testId="follow-up-book" fields={fields} initial={{ mode: modes[0], start: "", durationMinutes: "45", joinUrl: "", notes: "" }}
      onCancel={onCancel}
      onSave={async (v) => {
        const saved = await api.bookFollowUp(networkId, {
          id, teamId: team.id, mode: v.mode as FollowUpMode, start: String(v.start), durationMinutes: Number(v.durationMinutes),
          joinUrl: String(v.joinUrl).trim() || null, notes: String(v.notes).trim() || null,
        });
        onBooked(saved.followUp, saved.invited);
      }} />
  );
}

/** One follow-up: when, how, its state and the contact person's proposal, the organizers' notes, and held (once its time has come by the app's clock) / cancel / move to the proposed time. */
function FollowUpDetail({ api, networkId, followUp, now, team, onSaved, onStale, onClose, openLink }: {
  api: Api; networkId: string; followUp: FollowUp; now: string; team: Team; onSaved(f: FollowUp): void; onStale(): void; onClose(): void; openLink?: (url: string) => void;
}) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const [notes, setNotes] = useState(followUp.notes ?? "");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const active = followUp.state !== "cancelled" && !followUp.held;

  async function change(action: "notes" | "held" | "cancel" | "move", extra: { start?: string } = {}) {
    setBusy(true);
    setFailure(null);
    try {
      onSaved((await api.changeFollowUp(networkId, followUp, { action, notes, ...extra })).followUp);
    } catch (e) {
      setFailure(errorText(e, t));
      onStale();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className={styles.card} data-testid="follow-up-detail">
      <Subtitle2 as="h3">{t("followUp.detailTitle", { team: team.name })}</Subtitle2>
      <Text>{`${date(followUp.start, true)} · ${t(`followUp.mode.${followUp.mode}` as TextKey)} · ${t("followUp.minutes", { minutes: followUp.durationMinutes })}`}</Text>
      <Text>{followUp.held ? t("followUp.state.held") : t(`followUp.state.${followUp.state}` as TextKey)}</Text>
      {followUp.proposedStart && followUp.state === "newTimeProposed" && (
        <Text weight="semibold">{t("followUp.proposed", { date: date(followUp.proposedStart, true) })}</Text>
      )}
      <Caption>{t("followUp.bookedBy", { name: followUp.bookedBy })}</Caption>
      <Field label={t("followUp.notes")} hint={t("followUp.notesHint")}>
        <Textarea value={notes} resize="vertical" maxLength={2000} onChange={(_, d) => setNotes(d.value)} />
      </Field>
      {failure && <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void change("notes")}>{t("followUp.saveNotes")}</Button>
        {active && new Date(followUp.start) <= new Date(now) && <Button disabled={busy} onClick={() => void change("held")}>{t("followUp.markHeld")}</Button>}
        {followUp.state === "newTimeProposed" && followUp.proposedStart && (
          <Button disabled={busy} onClick={() => void change("move", { start: followUp.proposedStart! })}>{t("followUp.moveToProposed")}</Button>
        )}
        {active && <Button disabled={busy} onClick={() => void change("cancel")}>{t("followUp.cancel")}</Button>}
        {active && followUp.joinUrl && openLink && <Button icon={<OpenRegular />} onClick={() => openLink(followUp.joinUrl!)}>{t("plan.openScreen.join")}</Button>}
        <Button disabled={busy} onClick={onClose}>{t("followUp.close")}</Button>
      </div>
    </Card>
  );
}
