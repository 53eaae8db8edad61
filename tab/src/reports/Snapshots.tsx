import {
  Body1, Caption1, Card, Field, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Api, ReportSnapshot } from "../shared/api";
import { errorText } from "../shared/errors";
import { useI18n, type TextKey } from "../shared/i18n";
import { ScrollRegion } from "../shared/ScrollRegion";
import { useLoad } from "../shared/useLoad";
import { useWideTableStyles } from "../shared/wideTable";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  pick: { maxWidth: "320px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The reports as they were frozen at a gathering's deadline, and what has changed since (after an organizer reopened
 * one): who sent each report is named now, so a person who has been erased is no longer named.
 */
export function Snapshots({ api, networkId }: { api: Api; networkId: string }) {
  const styles = useStyles();
  const wide = useWideTableStyles();
  const i18n = useI18n();
  const { t, date } = i18n;
  const locale = i18n.lang === "en" ? "en-US" : "nb-NO";
  const { data: list, error } = useLoad(() => api.snapshots(networkId), [api, networkId]);
  const [chosen, setChosen] = useState<number | null>(null);
  const latest = list?.snapshots.at(-1)?.gathering ?? null;
  const gathering = chosen ?? latest;
  const { data: snapshot, error: snapshotError } = useLoad<ReportSnapshot | null>(
    () => (gathering === null ? Promise.resolve(null) : api.snapshot(networkId, gathering, locale)), [api, networkId, gathering, locale]);

  if (error) return <Body1 role="alert">{errorText(error, t)}</Body1>;
  if (!list || list.snapshots.length === 0) return null;
  return (
    <Card className={styles.card} data-testid="snapshots">
      <Subtitle2 as="h3">{t("snapshot.title")}</Subtitle2>
      <Caption1 className={styles.muted}>{t("snapshot.intro")}</Caption1>
      <Field label={t("snapshot.pick")} className={styles.pick}>
        <Select value={String(gathering ?? "")} onChange={(_, d) => setChosen(Number(d.value))}>
          {list.snapshots.map((s) => <option key={s.gathering} value={s.gathering}>{t("plan.next.number", { number: s.gathering })}</option>)}
        </Select>
      </Field>
      {snapshotError ? <Body1 role="alert">{errorText(snapshotError, t)}</Body1> : null}
      {snapshot && (
        <>
          <Caption1>{t("snapshot.frozenAt", { date: date(snapshot.frozenAt, true) })}</Caption1>
          <ScrollRegion className={wide.scroll} label={t("snapshot.title")}>
            <Table size="small" className={wide.table} aria-label={t("snapshot.tableLabel", { number: snapshot.gathering })}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={wide.sticky}>{t("snapshot.team")}</TableHeaderCell>
                  <TableHeaderCell>{t("snapshot.state")}</TableHeaderCell>
                  <TableHeaderCell>{t("snapshot.submittedBy")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {snapshot.reports.length === 0 && <TableRow><TableCell colSpan={3}>{t("snapshot.none")}</TableCell></TableRow>}
                {snapshot.reports.map((r) => (
                  <TableRow key={r.teamId}>
                    <TableCell className={wide.sticky}>{r.team}</TableCell>
                    <TableCell>{t(`plan.report.${r.state}` as TextKey)}</TableCell>
                    <TableCell>{r.state === "submitted" ? `${r.submittedBy ?? t("snapshot.noOne")}${r.submittedAt ? `, ${date(r.submittedAt, true)}` : ""}` : "–"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
          <Subtitle2 as="h4">{t("snapshot.changes")}</Subtitle2>
          {snapshot.changes.length === 0 ? <Body1>{t("snapshot.noChanges")}</Body1> : (
            <ul data-testid="snapshot-changes">
              {snapshot.changes.map((c) => (
                <li key={`${c.teamId}-${c.item}`}>{t("snapshot.change", { team: c.team, label: c.label, before: c.before ?? "–", after: c.after ?? "–" })}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </Card>
  );
}
