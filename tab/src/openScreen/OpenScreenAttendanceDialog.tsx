import {
  Badge, Button, Caption1, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
  Spinner, makeStyles, tokens,
} from "@fluentui/react-components";
import { CloudArrowDownRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { Api, OpenScreenDetail, OpenScreenPerson, OpenScreenSession, Rsvp } from "../shared/api";
import { useI18n, type TextKey } from "../shared/i18n";
import { useLoad } from "../shared/useLoad";
import { errorText } from "../shared/errors";
import { useSessionFormat } from "./openScreenFormat";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  team: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  person: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  badge: { marginInlineStart: "auto" }, // stays at the end when a long name wraps it to its own line
  muted: { color: tokens.colorNeutralForeground3 },
});

const rsvpBadge: Record<Rsvp | "none", { text: TextKey; color: "success" | "warning" | "danger" | "informative" }> = {
  yes: { text: "openScreen.rsvp.yes", color: "success" },
  maybe: { text: "openScreen.rsvp.maybe", color: "warning" },
  no: { text: "openScreen.rsvp.no", color: "danger" },
  none: { text: "openScreen.rsvp.none", color: "informative" },
};

/**
 * Who came to a past session: the people of the invited teams with a checkbox each (ticked when recorded as there) and
 * what they answered the invitation. Saving replaces the record; "Hent fra Teams" fills it from the meeting's report.
 */
export function OpenScreenAttendanceDialog({ api, networkId, session, meetingsConfigured, onImported, onSaved, onClose }: {
  api: Api;
  networkId: string;
  session: OpenScreenSession | null;
  meetingsConfigured: boolean;
  onImported(session: OpenScreenSession): void;
  onSaved(session: OpenScreenSession): void;
  onClose(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const format = useSessionFormat();
  const id = session?.id;
  const loaded = useLoad<OpenScreenDetail | null>(() => (id ? api.openScreenSession(networkId, id) : Promise.resolve(null)), [api, networkId, id]);
  const detail = loaded.data;
  const [ticked, setTicked] = useState<string[] | null>(null); // null: as recorded
  const checked = ticked ?? (detail ? detail.people.filter((p) => p.attended).map((p) => p.memberId) : []);
  const [working, setWorking] = useState<"save" | "import" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const error = failure ?? (loaded.error ? errorText(loaded.error, t) : null);

  useEffect(() => { setFailure(null); setStatus(""); setTicked(null); }, [id]);

  async function run(kind: "save" | "import") {
    setWorking(kind);
    setFailure(null);
    setStatus("");
    try {
      if (kind === "save") {
        const memberIds = detail!.people.filter((p) => checked.includes(p.memberId)).map((p) => p.memberId);
        onSaved((await api.saveOpenScreenAttendance(networkId, id!, memberIds)).session);
      } else {
        const d = await api.importOpenScreenAttendance(networkId, id!);
        loaded.setData(d);
        setTicked(null); // as the report recorded it
        setStatus(t("openScreen.attendance.imported", { count: d.session.attendance?.count ?? d.people.filter((p) => p.attended).length }));
        onImported(d.session);
      }
    } catch (e) {
      setFailure(errorText(e, t));
    } finally {
      setWorking(null);
    }
  }

  const teams = groupByTeam(detail?.people ?? []);
  return (
    <Dialog open={session !== null} onOpenChange={(_, d) => { if (!d.open && !working) onClose(); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{session && t("openScreen.attendance.title", { topic: session.topic })}</DialogTitle>
          <DialogContent className={styles.content}>
            {session && <Caption1 className={styles.muted}>{format.when(session)}</Caption1>}
            {!detail && !error && <Spinner size="small" label={t("app.loading")} />}
            {detail && <Caption1>{t("openScreen.attendance.hint")}</Caption1>}
            {detail && detail.people.length === 0 && <Caption1>{t("openScreen.attendance.nobody")}</Caption1>}
            {teams.map(([teamName, people]) => (
              <fieldset key={people[0].teamId} className={styles.team}>
                <legend className={styles.legend}>{teamName}</legend>
                {people.map((p) => {
                  const badge = rsvpBadge[p.rsvp ?? "none"];
                  return (
                    <div key={p.memberId} className={styles.person}>
                      <Checkbox label={p.name} checked={checked.includes(p.memberId)}
                        onChange={(_, d) => setTicked(d.checked ? [...checked, p.memberId] : checked.filter((x) => x !== p.memberId))} />
                      <Badge className={styles.badge} appearance="tint" color={badge.color} size="small">{t(badge.text)}</Badge>
                    </div>
                  );
                })}
              </fieldset>
            ))}
            {detail && detail.people.length > 0 && (
              <Caption1 data-testid="attendance-count">{t("openScreen.attendance.selected", { count: checked.length, total: detail.people.length })}</Caption1>
            )}
            {error && <MessageBar intent="error" layout="multiline" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
            <div role="status" aria-live="polite">{status && <MessageBar intent="success" layout="multiline"><MessageBarBody>{status}</MessageBarBody></MessageBar>}</div>
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" disabledFocusable={!detail || working !== null} onClick={() => void run("save")}>
              {working === "save" ? t("task.saving") : t("task.save")}
            </Button>
            {meetingsConfigured && (
              <Button icon={<CloudArrowDownRegular />} disabledFocusable={!detail || working !== null} onClick={() => void run("import")}>
                {working === "import" ? t("openScreen.attendance.importing") : t("openScreen.attendance.import")}
              </Button>
            )}
            <Button disabledFocusable={working !== null} onClick={onClose}>{t("openScreen.attendance.close")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The people (sorted by team, then name) as one group per team, in that order. */
function groupByTeam(people: OpenScreenPerson[]): [string, OpenScreenPerson[]][] {
  const groups = new Map<string, [string, OpenScreenPerson[]]>();
  for (const p of people) {
    const group = groups.get(p.teamId) ?? [p.teamName, []];
    group[1].push(p);
    groups.set(p.teamId, group);
  }
  return [...groups.values()];
}
