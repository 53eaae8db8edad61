import {
  Badge, Body1, Button, Caption1, Dropdown, Field, Link, MessageBar, MessageBarBody, Option, Spinner, Subtitle2, Text, Title3, makeStyles, tokens,
} from "@fluentui/react-components";
import { ChatRegular, OpenRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Api, Label, Me, ReportSection, TeamPlan } from "../shared/api";
import { ErrorBar } from "../shared/ErrorBar";
import { createI18n, I18nContext, useI18n, type TextKey } from "../shared/i18n";
import { progressStateColor } from "./progressPlan";
import { TaskCard } from "./TaskCard";
import { Panel } from "../shared/Panel";
import { openOutsideTeams } from "../shared/teams";
import { useLoad } from "../shared/useLoad";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  cards: { display: "grid", gap: tokens.spacingHorizontalL, gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))" },
  tasks: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
  heading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  badge: { alignSelf: "flex-start" },
  sections: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

const teamKey = (networkId: string, teamId: string) => `${networkId}/${teamId}`;
const lastTeamKey = "teamsmentor.lastTeam";

/** "Min plan": the user's team (a switcher when in several), the next gathering, the status report and the tasks. */
export function MyPlan({ api, me, openLink = openOutsideTeams }: { api: Api; me: Me; openLink?: (url: string) => void }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const [selected, setSelected] = useState(() => {
    const last = localStorage.getItem(lastTeamKey);
    const known = me.teams.find((x) => teamKey(x.networkId, x.teamId) === last) ?? me.teams[0];
    return known ? teamKey(known.networkId, known.teamId) : null;
  });
  const team = me.teams.find((x) => teamKey(x.networkId, x.teamId) === selected);
  const { data: plan, error, setData: setPlan } = useLoad<TeamPlan | null>(
    () => (team ? api.plan(team.networkId, team.teamId) : Promise.resolve(null)), [api, team?.networkId, team?.teamId]);

  // Dates in the network's time zone (Europe/Oslo), in the user's language.
  const zoned = useMemo(() => createI18n(i18n.lang, plan?.timeZone ?? "Europe/Oslo"), [i18n.lang, plan?.timeZone]);

  if (me.teams.length === 0) {
    return (
      <MessageBar intent="info" layout="multiline">
        {me.organizes.length > 0
          ? <MessageBarBody><Subtitle2 as="h2">{t("plan.organizerNoTeam.title")}</Subtitle2><br />{t("plan.organizerNoTeam.body")}</MessageBarBody>
          : <MessageBarBody><Subtitle2 as="h2">{t("plan.noTeam.title")}</Subtitle2><br />{t("plan.noTeam.body")}</MessageBarBody>}
      </MessageBar>
    );
  }

  return (
    <I18nContext.Provider value={zoned}>
      <div className={styles.page}>
        {me.teams.length > 1 && (
          <Field label={t("plan.team")}>
            <Dropdown
              aria-label={t("plan.chooseTeam")}
              value={team ? `${team.teamName} (${team.networkName})` : ""}
              selectedOptions={selected ? [selected] : []}
              onOptionSelect={(_, d) => { setSelected(d.optionValue ?? null); localStorage.setItem(lastTeamKey, d.optionValue ?? ""); }}
            >
              {me.teams.map((x) => (
                <Option key={teamKey(x.networkId, x.teamId)} value={teamKey(x.networkId, x.teamId)}>{`${x.teamName} (${x.networkName})`}</Option>
              ))}
            </Dropdown>
          </Field>
        )}
        {error ? <ErrorBar error={error} /> : null}
        {!plan && !error && <Spinner label={t("app.loading")} />}
        {plan && <PlanView api={api} plan={plan} onChanged={setPlan} openLink={openLink} />}
      </div>
    </I18nContext.Provider>
  );
}

function PlanView({ api, plan, onChanged, openLink }: { api: Api; plan: TeamPlan; onChanged(plan: TeamPlan): void; openLink(url: string): void }) {
  const styles = useStyles();
  const { t, date, deadline, daysUntil } = useI18n();
  const next = plan.nextGathering;
  const days = next ? daysUntil(next.start, new Date(plan.now)) : 0;
  const when = !next ? "" : Date.parse(next.start) <= Date.parse(plan.now) ? t("plan.next.ongoing")
    : days <= 0 ? t("plan.next.today") : days === 1 ? t("plan.next.tomorrow") : t("plan.next.inDays", { days });
  const report = plan.statusReport;

  return (
    <>
      <div className={styles.heading}>
        <Title3 as="h1">{plan.teamName}</Title3>
        <Caption1 className={styles.muted} as="p">{`${plan.municipality} · ${plan.networkName}`}</Caption1>
      </div>
      <div className={styles.cards}>
        <Panel testId="next-gathering" header={<Subtitle2 as="h2">{t("plan.next.title")}</Subtitle2>}>
          {next ? (
            <>
              <Text weight="semibold">{`${t("plan.next.number", { number: next.number })} · ${date(next.start, true)}`}</Text>
              <Caption1>{`${t(`plan.mode.${next.mode}` as TextKey)}${next.place ? `, ${next.place}` : ""} · ${when}`}</Caption1>
              <Body1>{next.theme}</Body1>
            </>
          ) : <Body1>{t("plan.next.none")}</Body1>}
        </Panel>
        {plan.progressPlan && (
          <Panel testId="progress-plan" header={<Subtitle2 as="h2">{t("plan.progress.title", { number: plan.progressPlan.nextGathering })}</Subtitle2>}>
            <Text>{t("plan.progress.deadline", { date: deadline(plan.progressPlan.deadline) })}</Text>
            <Badge className={styles.badge} appearance="tint" color={progressStateColor[plan.progressPlan.state]}>
              {t(`progress.state.${plan.progressPlan.state}` as TextKey)}
            </Badge>
            <Caption1 className={styles.muted}>{t("plan.progress.how", { number: plan.progressPlan.gathering })}</Caption1>
          </Panel>
        )}
        {plan.evaluation && (
          <Panel testId="open-evaluation" header={<Subtitle2 as="h2">{t("plan.evaluation.title", { number: plan.evaluation.gathering })}</Subtitle2>}>
            <Text>{t("plan.evaluation.closes", { date: date(plan.evaluation.closes, true) })}</Text>
            <Badge className={styles.badge} appearance="tint" color={plan.evaluation.answered ? "success" : "informative"}>
              {t(plan.evaluation.answered ? "plan.evaluation.answered" : "plan.evaluation.notAnswered")}
            </Badge>
            {plan.evaluation.chatUrl ? (
              <Button appearance={plan.evaluation.answered ? "secondary" : "primary"} icon={<ChatRegular />} onClick={() => openLink(plan.evaluation!.chatUrl!)}>
                {t(plan.evaluation.answered ? "plan.evaluation.change" : "plan.evaluation.answer")}
              </Button>
            ) : <Caption1 className={styles.muted}>{t("plan.evaluation.whereCard")}</Caption1>}
          </Panel>
        )}
        {plan.openScreen && (
          <Panel testId="next-open-screen" header={<Subtitle2 as="h2">{t("plan.openScreen.title")}</Subtitle2>}>
            <Text weight="semibold">{plan.openScreen.topic}</Text>
            <Caption1>{date(plan.openScreen.start, true)}</Caption1>
            {plan.openScreen.joinUrl && (
              <Button icon={<OpenRegular />} onClick={() => openLink(plan.openScreen!.joinUrl!)}>{t("plan.openScreen.join")}</Button>
            )}
          </Panel>
        )}
        {plan.followUp && (
          <Panel testId="next-follow-up" header={<Subtitle2 as="h2">{t("plan.followUp.title")}</Subtitle2>}>
            <Text weight="semibold">{t("plan.followUp.with", { advisor: plan.followUp.advisor ?? "–" })}</Text>
            <Caption1>{date(plan.followUp.start, true)} · {t(`followUp.mode.${plan.followUp.mode}` as TextKey)}</Caption1>
            {plan.followUp.state === "newTimeProposed" && <Caption1>{t("plan.followUp.newTimeProposed")}</Caption1>}
            {plan.followUp.joinUrl && (
              <Button icon={<OpenRegular />} onClick={() => openLink(plan.followUp!.joinUrl!)}>{t("plan.openScreen.join")}</Button>
            )}
          </Panel>
        )}
        {report && (
          <Panel testId="status-report" header={<Subtitle2 as="h2">{t("plan.report.title")}</Subtitle2>}>
            <Text>{t("plan.report.deadline", { date: deadline(report.deadline) })}</Text>
            <Badge className={styles.badge} appearance="tint" color={report.state === "submitted" ? "success" : report.state === "draft" ? "warning" : "informative"}>
              {t(`plan.report.${report.state}` as TextKey)}
            </Badge>
            {report.by && report.at && (
              <Caption1>{t(report.state === "submitted" ? "plan.report.submittedBy" : "plan.report.savedBy", { name: report.by, date: date(report.at, true) })}</Caption1>
            )}
            {report.cardUrl && (
              <Button appearance="primary" icon={<OpenRegular />} onClick={() => openLink(report.cardUrl!)}>
                {t(report.state === "submitted" ? "plan.report.openCardSubmitted" : "plan.report.openCard")}
              </Button>
            )}
            {report.chatUrl && (
              <Button appearance={report.cardUrl ? "secondary" : "primary"} icon={<ChatRegular />} onClick={() => openLink(report.chatUrl!)}>
                {t("plan.report.openChat")}
              </Button>
            )}
            {!report.cardUrl && !report.chatUrl && (
              <Caption1 className={styles.muted}>
                {!report.hasChannel ? t("plan.report.noChannel")
                  : report.cardPostsAt && Date.parse(report.cardPostsAt) > Date.parse(plan.now) ? t("plan.report.cardComes", { date: date(report.cardPostsAt) })
                  : t("plan.report.cardSoon")}
              </Caption1>
            )}
            {(report.sections?.length ?? 0) > 0 && <ReportSections sections={report.sections!} />}
          </Panel>
        )}
      </div>

      <Subtitle2 as="h2">{t("plan.tasks.title")}</Subtitle2>
      {plan.groups.length === 0 && <Body1>{t("plan.tasks.none")}</Body1>}
      {plan.groups.map((group) => (
        <section key={group.givenAt} className={styles.tasks} aria-label={group.gathering
          ? t("plan.tasks.fromGathering", { number: group.givenAt, date: date(group.gathering.start) })
          : t("plan.tasks.fromRemoved", { number: group.givenAt })}>
          <Text weight="semibold" as="h3">
            {group.gathering ? t("plan.tasks.fromGathering", { number: group.givenAt, date: date(group.gathering.start) }) : t("plan.tasks.fromRemoved", { number: group.givenAt })}
          </Text>
          {group.tasks.map((task) => (
            <TaskCard
              key={task.id}
              api={api}
              networkId={plan.networkId}
              teamId={plan.teamId}
              task={task}
              members={plan.members}
              now={plan.now}
              onSaved={(saved) => onChanged({
                ...plan,
                groups: plan.groups.map((g) => ({ ...g, tasks: g.tasks.map((x) => (x.id === saved.id ? saved : x)) })),
              })}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/** The report as saved, read-only, section by section (it is filled in on the card): done, or what is missing. */
function ReportSections({ sections }: { sections: ReportSection[] }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const label = (l: Label) => (i18n.lang === "nb" ? l.nb : l.en);
  return (
    <div data-testid="report-sections" className={styles.sections}>
      {sections.map((s) => (
        <section key={s.section} aria-label={t(`plan.report.section.${s.section}` as TextKey)}>
          <Text weight="semibold">{t(`plan.report.section.${s.section}` as TextKey)}</Text>{" "}
          <Badge appearance="outline" color={s.done ? "success" : "warning"}>{s.done ? t("plan.report.sectionDone") : t("plan.report.sectionOpen")}</Badge>
          {!s.done && <Caption1 block className={styles.muted}>{t("plan.report.sectionMissing", { what: s.missing.map(label).join(", ") })}</Caption1>}
          {s.answers.map((a, i) => (
            <Caption1 block key={i}>
              <Text weight="semibold" size={200}>{`${label(a.label)}: `}</Text>
              {a.outcome ? t(`report.outcome.${a.outcome}` as TextKey) : a.value}
              {a.comment ? ` (${a.comment})` : ""}
              {a.link && <>{" "}<Link href={a.link} target="_blank" rel="noreferrer">{t("report.link")}</Link></>}
            </Caption1>
          ))}
        </section>
      ))}
    </div>
  );
}
