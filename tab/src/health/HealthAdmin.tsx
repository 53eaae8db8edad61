import {
  Badge, Body1, Button, Card, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { Fragment, useState } from "react";
import type { Api, StalledReason, TeamHealth } from "../shared/api";
import { errorText } from "../shared/errors";
import { useI18n, type TextKey } from "../shared/i18n";
import { ScrollRegion } from "../shared/ScrollRegion";
import { useLoad } from "../shared/useLoad";
import { useWideTableStyles } from "../shared/wideTable";
import { progressStateColor } from "../tasks/progressPlan";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  name: { justifyContent: "flex-start", textAlign: "start", minWidth: 0, paddingInlineStart: 0 },
  reasons: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, maxWidth: "260px" },
  muted: { color: tokens.colorNeutralForeground3 },
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS },
  links: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  summary: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
});

export type HealthSection = "reports" | "progress" | "followUps";

const reportColor = { notAsked: "informative", notStarted: "informative", draft: "warning", submitted: "success", missing: "danger" } as const;
const followUpColor = { notInAPeriod: "informative", notYet: "informative", missing: "danger", booked: "warning", held: "success" } as const;

/**
 * The network's health this period: every team's status report, progress plan, follow-up, overdue tasks and last
 * activity, stalled teams first with the reasons; a line opens the team's details and links to the views behind them.
 * Evaluation answers never count as activity. Organizers of the network only.
 */
export function HealthAdmin({ api, networkId, goTo }: { api: Api; networkId: string; goTo(section: HealthSection): void }) {
  const styles = useStyles();
  const wide = useWideTableStyles();
  const { t, date } = useI18n();
  const { data, error } = useLoad(() => api.health(networkId), [api, networkId]);
  const [open, setOpen] = useState<string | null>(null);

  if (error) return <Body1 role="alert">{errorText(error, t)}</Body1>;
  if (!data) return <Spinner label={t("app.loading")} />;
  const teams = [...data.teams].sort((a, b) => Number(b.stalled) - Number(a.stalled));
  const stalled = teams.filter((x) => x.stalled).length;
  const reason = (team: TeamHealth, r: StalledReason) => t(`health.reason.${r}` as TextKey, { days: team.quietDays ?? 0, count: team.overdueTasks });

  return (
    <section className={styles.page} aria-label={t("admin.section.health")}>
      <Subtitle2 as="h2">{t("health.title")}</Subtitle2>
      <Body1 className={styles.muted}>
        {data.nextGathering
          ? t("health.period", { last: data.lastGathering ?? 0, next: data.nextGathering.number, date: date(data.nextGathering.start) })
          : t("health.over")}
        {" "}{t("health.stalledRule", { days: data.stalledAfterDays })}
      </Body1>
      <div className={styles.summary} data-testid="health-summary">
        <Text weight="semibold">{stalled === 0 ? t("health.noneStalled") : t("health.someStalled", { count: stalled, teams: teams.length })}</Text>
      </div>
      <ScrollRegion className={wide.scroll} label={t("health.title")}>
        <Table size="small" className={wide.table} aria-label={t("health.title")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={wide.sticky}>{t("health.team")}</TableHeaderCell>
              <TableHeaderCell>{t("health.status")}</TableHeaderCell>
              <TableHeaderCell>{data.nextGathering ? t("health.report", { number: data.nextGathering.number }) : t("health.reportNone")}</TableHeaderCell>
              <TableHeaderCell>{data.progressPeriod ? t("health.plan", { number: data.progressPeriod }) : t("health.planNone")}</TableHeaderCell>
              <TableHeaderCell>{t("health.followUp")}</TableHeaderCell>
              <TableHeaderCell>{t("health.overdue")}</TableHeaderCell>
              <TableHeaderCell>{t("health.lastActivity")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {teams.map((team) => (
              <Fragment key={team.id}>
                <TableRow data-testid={`health-${team.id}`} className={wide.cell}>
                  <TableCell className={wide.sticky}>
                    <Button className={styles.name} appearance="transparent" size="small" icon={open === team.id ? <ChevronDownRegular /> : <ChevronRightRegular />}
                      aria-expanded={open === team.id} onClick={() => setOpen(open === team.id ? null : team.id)}>
                      {team.name}
                    </Button>
                  </TableCell>
                  <TableCell>
                    {team.stalled
                      ? <div className={styles.reasons}><Badge className={wide.pill} appearance="filled" color="danger">{t("health.stalled")}</Badge><span>{team.reasons.map((r) => reason(team, r)).join(", ")}</span></div>
                      : <Badge className={wide.pill} appearance="tint" color="success">{t("health.ok")}</Badge>}
                  </TableCell>
                  <TableCell>{team.report && <Badge className={wide.pill} appearance="tint" color={reportColor[team.report]}>{t(`health.reportState.${team.report}` as TextKey)}</Badge>}</TableCell>
                  <TableCell>{team.progressPlan && <Badge className={wide.pill} appearance="tint" color={progressStateColor[team.progressPlan]}>{t(`progress.state.${team.progressPlan}` as TextKey)}</Badge>}</TableCell>
                  <TableCell><Badge className={wide.pill} appearance="tint" color={followUpColor[team.followUp]}>{t(`health.followUpState.${team.followUp}` as TextKey)}</Badge></TableCell>
                  <TableCell>{team.overdueTasks > 0 ? t("health.overdueCount", { count: team.overdueTasks }) : "–"}</TableCell>
                  <TableCell className={wide.pill}>{team.lastActivity ? date(team.lastActivity) : t("health.never")}</TableCell>
                </TableRow>
                {open === team.id && (
                  <TableRow>
                    <TableCell colSpan={7}>
                      <Card className={styles.detail} data-testid={`health-detail-${team.id}`}>
                        <Text>{t("health.detail.advisor", { name: team.advisor ?? t("followUp.noAdvisor") })}</Text>
                        {team.reportBy && team.reportAt && <Text>{t("health.detail.report", { name: team.reportBy, date: date(team.reportAt, true) })}</Text>}
                        {team.followUpAt && <Text>{t("health.detail.followUp", { date: date(team.followUpAt, true) })}</Text>}
                        {team.overdue.length > 0 && <Text>{t("health.detail.overdue", { tasks: team.overdue.join(", ") })}</Text>}
                        <div className={styles.links}>
                          <Button size="small" onClick={() => goTo("reports")}>{t("health.open.reports")}</Button>
                          <Button size="small" onClick={() => goTo("progress")}>{t("health.open.progress")}</Button>
                          <Button size="small" onClick={() => goTo("followUps")}>{t("health.open.followUps")}</Button>
                        </div>
                      </Card>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </section>
  );
}
