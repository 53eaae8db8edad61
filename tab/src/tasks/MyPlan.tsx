import { useMemo, useState } from "react";
import type { Api, Label, Me, ReportSection, TeamPlan } from "../shared/api";
import { ErrorBar } from "../shared/ErrorBar";
import { createI18n, I18nContext, useI18n, type TextKey } from "../shared/i18n";
import { Badge, Button, Field, MessageBar, Panel, Select, Spinner, icons } from "../shared/kit";
import { progressStateColor } from "./progressPlan";
import { TaskCard } from "./TaskCard";
import { openOutsideTeams } from "../shared/teams";
import { useLoad } from "../shared/useLoad";

const teamKey = (networkId: string, teamId: string) => `${networkId}/${teamId}`;
const lastTeamKey = "teamsmentor.lastTeam";

/** "Min plan": the user's team (a switcher when in several), the next gathering, the status report and the tasks. */
export function MyPlan({ api, me, openLink = openOutsideTeams }: { api: Api; me: Me; openLink?: (url: string) => void }) {
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
      <MessageBar intent="info" title={<h2 className="tm-subtitle">{t(me.organizes.length > 0 ? "plan.organizerNoTeam.title" : "plan.noTeam.title")}</h2>}>
        {t(me.organizes.length > 0 ? "plan.organizerNoTeam.body" : "plan.noTeam.body")}
      </MessageBar>
    );
  }

  return (
    <I18nContext.Provider value={zoned}>
      <div className="tm-stack">
        {me.teams.length > 1 && (
          <Field label={t("plan.team")}>
            {(control) => (
              <Select
                {...control}
                aria-label={t("plan.chooseTeam")}
                value={selected ?? ""}
                options={me.teams.map((x) => ({ value: teamKey(x.networkId, x.teamId), label: `${x.teamName} (${x.networkName})` }))}
                onChange={(value) => { setSelected(value); localStorage.setItem(lastTeamKey, value); }}
              />
            )}
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
  const { t, date, deadline, daysUntil } = useI18n();
  const next = plan.nextGathering;
  const days = next ? daysUntil(next.start, new Date(plan.now)) : 0;
  const when = !next ? "" : Date.parse(next.start) <= Date.parse(plan.now) ? t("plan.next.ongoing")
    : days <= 0 ? t("plan.next.today") : days === 1 ? t("plan.next.tomorrow") : t("plan.next.inDays", { days });
  const report = plan.statusReport;

  return (
    <>
      <div className="tm-heading">
        <h1 className="tm-title">{plan.teamName}</h1>
        <p className="tm-caption tm-muted">{`${plan.municipality} · ${plan.networkName}`}</p>
      </div>
      <div className="tm-cards">
        <Panel testId="next-gathering" header={<h2 className="tm-subtitle">{t("plan.next.title")}</h2>}>
          {next ? (
            <>
              <span className="tm-strong">{`${t("plan.next.number", { number: next.number })} · ${date(next.start, true)}`}</span>
              <span className="tm-caption">{`${t(`plan.mode.${next.mode}` as TextKey)}${next.place ? `, ${next.place}` : ""} · ${when}`}</span>
              <p>{next.theme}</p>
            </>
          ) : <p>{t("plan.next.none")}</p>}
        </Panel>
        {plan.progressPlan && (
          <Panel testId="progress-plan" header={<h2 className="tm-subtitle">{t("plan.progress.title", { number: plan.progressPlan.nextGathering })}</h2>}>
            <span>{t("plan.progress.deadline", { date: deadline(plan.progressPlan.deadline) })}</span>
            <Badge color={progressStateColor[plan.progressPlan.state]}>
              {t(`progress.state.${plan.progressPlan.state}` as TextKey)}
            </Badge>
            <span className="tm-caption tm-muted">{t("plan.progress.how", { number: plan.progressPlan.gathering })}</span>
          </Panel>
        )}
        {plan.evaluation && (
          <Panel testId="open-evaluation" header={<h2 className="tm-subtitle">{t("plan.evaluation.title", { number: plan.evaluation.gathering })}</h2>}>
            <span>{t("plan.evaluation.closes", { date: date(plan.evaluation.closes, true) })}</span>
            <Badge color={plan.evaluation.answered ? "success" : "informative"}>
              {t(plan.evaluation.answered ? "plan.evaluation.answered" : "plan.evaluation.notAnswered")}
            </Badge>
            {plan.evaluation.chatUrl ? (
              <Button appearance={plan.evaluation.answered ? "secondary" : "primary"} icon={icons.chat} onClick={() => openLink(plan.evaluation!.chatUrl!)}>
                {t(plan.evaluation.answered ? "plan.evaluation.change" : "plan.evaluation.answer")}
              </Button>
            ) : <span className="tm-caption tm-muted">{t("plan.evaluation.whereCard")}</span>}
            <span className="tm-caption tm-muted">{t("plan.evaluation.anonymous")}</span>
          </Panel>
        )}
        {plan.openScreen && (
          <Panel testId="next-open-screen" header={<h2 className="tm-subtitle">{t("plan.openScreen.title")}</h2>}>
            <span className="tm-strong">{plan.openScreen.topic}</span>
            <span className="tm-caption">{date(plan.openScreen.start, true)}</span>
            {plan.openScreen.joinUrl && (
              <Button icon={icons.open} onClick={() => openLink(plan.openScreen!.joinUrl!)}>{t("plan.openScreen.join")}</Button>
            )}
          </Panel>
        )}
        {plan.followUp && (
          <Panel testId="next-follow-up" header={<h2 className="tm-subtitle">{t("plan.followUp.title")}</h2>}>
            <span className="tm-strong">{t("plan.followUp.with", { advisor: plan.followUp.advisor ?? "–" })}</span>
            <span className="tm-caption">{date(plan.followUp.start, true)} · {t(`followUp.mode.${plan.followUp.mode}` as TextKey)}</span>
            {plan.followUp.state === "newTimeProposed" && <span className="tm-caption">{t("plan.followUp.newTimeProposed")}</span>}
            {plan.followUp.joinUrl && (
              <Button icon={icons.open} onClick={() => openLink(plan.followUp!.joinUrl!)}>{t("plan.openScreen.join")}</Button>
            )}
          </Panel>
        )}
        {report && (
          <Panel testId="status-report" header={<h2 className="tm-subtitle">{t("plan.report.title")}</h2>}>
            <span>{t("plan.report.deadline", { date: deadline(report.deadline) })}</span>
            <Badge color={report.state === "submitted" ? "success" : report.state === "draft" ? "warning" : "informative"}>
              {t(`plan.report.${report.state}` as TextKey)}
            </Badge>
            {report.by && report.at && (
              <span className="tm-caption">{t(report.state === "submitted" ? "plan.report.submittedBy" : "plan.report.savedBy", { name: report.by, date: date(report.at, true) })}</span>
            )}
            {report.cardUrl && (
              <Button appearance="primary" icon={icons.open} onClick={() => openLink(report.cardUrl!)}>
                {t(report.state === "submitted" ? "plan.report.openCardSubmitted" : "plan.report.openCard")}
              </Button>
            )}
            {report.chatUrl && (
              <Button appearance={report.cardUrl ? "secondary" : "primary"} icon={icons.chat} onClick={() => openLink(report.chatUrl!)}>
                {t("plan.report.openChat")}
              </Button>
            )}
            {!report.cardUrl && !report.chatUrl && (
              <span className="tm-caption tm-muted">
                {!report.hasChannel ? t("plan.report.noChannel")
                  : report.cardPostsAt && Date.parse(report.cardPostsAt) > Date.parse(plan.now) ? t("plan.report.cardComes", { date: date(report.cardPostsAt) })
                  : t("plan.report.cardSoon")}
              </span>
            )}
            {(report.sections?.length ?? 0) > 0 && <ReportSections sections={report.sections!} />}
          </Panel>
        )}
      </div>

      <h2 className="tm-subtitle">{t("plan.tasks.title")}</h2>
      {plan.groups.length === 0 && <p>{t("plan.tasks.none")}</p>}
      {plan.groups.map((group) => (
        <section key={group.givenAt} className="tm-tasks" aria-label={group.gathering
          ? t("plan.tasks.fromGathering", { number: group.givenAt, date: date(group.gathering.start) })
          : t("plan.tasks.fromRemoved", { number: group.givenAt })}>
          <h3 className="tm-strong">
            {group.gathering ? t("plan.tasks.fromGathering", { number: group.givenAt, date: date(group.gathering.start) }) : t("plan.tasks.fromRemoved", { number: group.givenAt })}
          </h3>
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
  const i18n = useI18n();
  const { t } = i18n;
  const label = (l: Label) => (i18n.lang === "nb" ? l.nb : l.en);
  return (
    <div data-testid="report-sections" className="tm-sections">
      {sections.map((s) => (
        <section key={s.section} aria-label={t(`plan.report.section.${s.section}` as TextKey)}>
          <span className="tm-strong">{t(`plan.report.section.${s.section}` as TextKey)}</span>{" "}
          <Badge appearance="outline" color={s.done ? "success" : "warning"}>{s.done ? t("plan.report.sectionDone") : t("plan.report.sectionOpen")}</Badge>
          {!s.done && <span className="tm-caption tm-block tm-muted">{t("plan.report.sectionMissing", { what: s.missing.map(label).join(", ") })}</span>}
          {s.answers.map((a, i) => (
            <span className="tm-caption tm-block" key={i}>
              <span className="tm-strong">{`${label(a.label)}: `}</span>
              {a.outcome ? t(`report.outcome.${a.outcome}` as TextKey) : a.value}
              {a.comment ? ` (${a.comment})` : ""}
              {a.link && <>{" "}<a className="tm-link" href={a.link} target="_blank" rel="noreferrer">{t("report.link")}</a></>}
            </span>
          ))}
        </section>
      ))}
    </div>
  );
}
