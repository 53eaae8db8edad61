import {
  Badge, Body1, Button, Card, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Api } from "../shared/api";
import { errorText } from "../shared/errors";
import { useI18n, type TextKey } from "../shared/i18n";
import { ScrollRegion } from "../shared/ScrollRegion";
import { useLoad } from "../shared/useLoad";
import { progressStateColor } from "./progressPlan";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * Every team's progress plan (fremdriftsplan) for every gathering period: its state by the app's clock, and one team's
 * plan (the steps per task) when its cell is opened. Organizers of the network only.
 */
export function ProgressPlansAdmin({ api, networkId }: { api: Api; networkId: string }) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const { data, error } = useLoad(() => api.progressPlans(networkId), [api, networkId]);
  const [open, setOpen] = useState<{ team: string; gathering: number } | null>(null);

  if (error) return <Body1 role="alert">{errorText(error, t)}</Body1>;
  if (!data) return <Spinner label={t("app.loading")} />;
  const team = data.teams.find((x) => x.id === open?.team);
  const shown = team?.plans.find((p) => p.gathering === open?.gathering);
  const title = (id: string) => data.tasks.find((x) => x.id === id)?.title ?? id;

  return (
    <section className={styles.page} aria-label={t("admin.section.progress")}>
      <Subtitle2 as="h2">{t("progress.admin.title")}</Subtitle2>
      <Body1 className={styles.muted}>{t("progress.admin.intro")}</Body1>
      <ScrollRegion label={t("progress.admin.title")}>
        <Table size="small" aria-label={t("progress.admin.title")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("progress.admin.team")}</TableHeaderCell>
              {data.periods.map((p) => (
                <TableHeaderCell key={p.gathering}>{t("progress.admin.period", { from: p.gathering, to: p.gathering + 1 })}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.teams.map((x) => (
              <TableRow key={x.id} data-testid={`progress-${x.id}`}>
                <TableCell><Text weight="semibold">{x.name}</Text></TableCell>
                {x.plans.map((p) => (
                  <TableCell key={p.gathering}>
                    {p.state === "notDue" ? <Badge appearance="outline" color="informative">{t("progress.state.notDue")}</Badge> : (
                      <Button size="small" appearance="transparent" onClick={() => setOpen({ team: x.id, gathering: p.gathering })}
                        aria-label={t("progress.admin.show", { state: t(`progress.state.${p.state}` as TextKey), team: x.name, number: p.gathering + 1 })}>
                        <Badge appearance="tint" color={progressStateColor[p.state]}>{t(`progress.state.${p.state}` as TextKey)}</Badge>
                      </Button>
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {team && shown && (
        <Card className={styles.detail} data-testid="progress-detail">
          <Subtitle2 as="h3">{`${team.name} · ${t("plan.progress.title", { number: shown.gathering + 1 })}`}</Subtitle2>
          {shown.tasks.map((task) => (
            <div key={task.taskId}>
              <Text weight="semibold">{title(task.taskId)}</Text>
              {task.steps.length === 0 ? <Body1 className={styles.muted}>{t("progress.admin.noSteps")}</Body1> : (
                <ul className={styles.steps}>
                  {task.steps.map((s, i) => (
                    <li key={i}>{t("progress.admin.step", { text: s.text, owner: s.owner ?? t("progress.admin.nobody"), date: s.dueDate ? date(s.dueDate) : t("progress.admin.noDate") })}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          <div><Button onClick={() => setOpen(null)}>{t("progress.admin.close")}</Button></div>
        </Card>
      )}
    </section>
  );
}
