import {
  Body1, Button, Card, Checkbox, MessageBar, MessageBarBody, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, PeopleCheckmarkRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { saveFile, type Api, type AttendanceOverview } from "../shared/api";
import { errorText } from "../shared/errors";
import { useI18n } from "../shared/i18n";
import { ScrollRegion } from "../shared/ScrollRegion";
import { useLoad } from "../shared/useLoad";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  team: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Gathering = AttendanceOverview["gatherings"][number];

/**
 * Attendance at the gatherings: the turnout per gathering and municipality ("x av y", from the members on the plan),
 * who came ticked per team once a gathering has started, and the export. Organizers of the network only.
 */
export function AttendanceAdmin({ api, networkId }: { api: Api; networkId: string }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const locale = i18n.lang === "en" ? "en-US" : "nb-NO";
  const { data, error, setData } = useLoad(() => api.attendance(networkId), [api, networkId]);
  const [editing, setEditing] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function exportAs(format: "xlsx" | "csv") {
    setFailure(null);
    try {
      saveFile(await api.exportAttendance(networkId, format, locale));
    } catch (e) {
      setFailure(errorText(e, t));
    }
  }

  async function importFrom(number: number) {
    setFailure(null);
    try {
      setData(await api.importAttendance(networkId, number));
    } catch (e) {
      setFailure(errorText(e, t));
    }
  }

  if (error) return <Body1 role="alert">{errorText(error, t)}</Body1>;
  if (!data) return <Spinner label={t("app.loading")} />;
  const cell = (present: number, members: number, recorded: boolean) => (recorded ? t("attendance.of", { present, members }) : "–");
  const gathering = data.gatherings.find((g) => g.number === editing);

  return (
    <section className={styles.page} aria-label={t("admin.section.attendance")}>
      <Subtitle2 as="h2">{t("attendance.title")}</Subtitle2>
      <Body1 className={styles.muted}>{t("attendance.intro")}</Body1>
      <div className={styles.actions}>
        <Button icon={<ArrowDownloadRegular />} onClick={() => void exportAs("xlsx")}>{t("eval.export.xlsx")}</Button>
        <Button icon={<ArrowDownloadRegular />} onClick={() => void exportAs("csv")}>{t("eval.export.csv")}</Button>
      </div>
      {failure && <Body1 role="alert">{failure}</Body1>}
      <ScrollRegion label={t("attendance.title")}>
        <Table size="small" aria-label={t("attendance.title")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("attendance.gathering")}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t("attendance.network")}</TableHeaderCell>
              {data.municipalities.map((m) => <TableHeaderCell key={m.id} className={styles.num}>{m.name}</TableHeaderCell>)}
              <TableHeaderCell>{t("attendance.recordColumn")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.gatherings.map((g) => (
              <TableRow key={g.number} data-testid={`attendance-${g.number}`}>
                <TableCell>{`${t("plan.next.number", { number: g.number })} · ${i18n.date(g.start)}`}</TableCell>
                <TableCell className={styles.num}>{cell(g.turnout.present, g.turnout.members, g.turnout.recorded)}</TableCell>
                {data.municipalities.map((m) => {
                  const x = g.turnout.municipalities.find((y) => y.municipalityId === m.id);
                  return <TableCell key={m.id} className={styles.num}>{x ? cell(x.present, x.members, g.turnout.recorded) : "–"}</TableCell>;
                })}
                <TableCell>
                  {g.started && (
                    <Button size="small" icon={<PeopleCheckmarkRegular />} aria-label={t("attendance.recordFor", { number: g.number })} onClick={() => setEditing(g.number)}>
                      {t("attendance.record")}
                    </Button>
                  )}
                  {g.started && g.canImport && (
                    <Button size="small" icon={<ArrowDownloadRegular />} aria-label={t("attendance.importFor", { number: g.number })} onClick={() => void importFrom(g.number)}>
                      {t("attendance.import")}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {gathering && (
        <AttendanceForm key={gathering.number} api={api} networkId={networkId} overview={data} gathering={gathering}
          onSaved={(saved) => { setData(saved); setEditing(null); }} onCancel={() => setEditing(null)} />
      )}
    </section>
  );
}

/** Who came to one gathering: a checkbox per member, grouped by team; saving replaces the record. */
function AttendanceForm({ api, networkId, overview, gathering, onSaved, onCancel }: {
  api: Api; networkId: string; overview: AttendanceOverview; gathering: Gathering; onSaved(o: AttendanceOverview): void; onCancel(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [ticked, setTicked] = useState<string[]>(gathering.memberIds);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function save() {
    setSaving(true);
    setFailure(null);
    try {
      onSaved(await api.saveAttendance(networkId, gathering.number, ticked));
    } catch (e) {
      setFailure(errorText(e, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card className={styles.form} data-testid="attendance-form">
      <Subtitle2 as="h3">{t("attendance.formTitle", { number: gathering.number })}</Subtitle2>
      {overview.teams.map((team) => (
        <fieldset key={team.id} className={styles.team}>
          <legend className={styles.legend}>{team.name}</legend>
          {team.members.map((m) => (
            <Checkbox key={m.id} label={m.name} checked={ticked.includes(m.id)}
              onChange={(_, d) => setTicked((x) => (d.checked ? [...x, m.id] : x.filter((id) => id !== m.id)))} />
          ))}
        </fieldset>
      ))}
      {failure && <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={saving} onClick={() => void save()}>{saving ? t("task.saving") : t("task.save")}</Button>
        <Button disabled={saving} onClick={onCancel}>{t("admin.form.cancel")}</Button>
        <span className={styles.muted}>{t("attendance.count", { count: ticked.length })}</span>
      </div>
    </Card>
  );
}
