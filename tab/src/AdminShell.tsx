import { Body1, Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import { AttendanceAdmin } from "./attendance/AttendanceAdmin";
import { FollowUpsAdmin } from "./followUps/FollowUpsAdmin";
import { HealthAdmin } from "./health/HealthAdmin";
import { MeasuresAdmin } from "./reports/MeasuresAdmin";
import { EvaluationsAdmin } from "./evaluations/EvaluationsAdmin";
import { NewNetwork } from "./networks/NewNetwork";
import { Gatherings, Members, PlanImport, Tasks, type Editing } from "./networks/PlanSections";
import { OpenScreenAdmin } from "./openScreen/OpenScreenAdmin";
import { PrivacyAdmin } from "./privacy/PrivacyAdmin";
import { ReportsAdmin } from "./reports/ReportsAdmin";
import { ProgressPlansAdmin } from "./tasks/ProgressPlansAdmin";
import type { Api, Me, PlanSaved } from "./shared/api";
import { errorText } from "./shared/errors";
import { useI18n } from "./shared/i18n";
import { useLoad } from "./shared/useLoad";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  head: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
  tabs: { flexWrap: "wrap" }, // seven sections: on a phone they wrap instead of widening the page
});

type Section = "reports" | "measures" | "health" | "progress" | "followUps" | "evaluations" | "openScreen" | "attendance" | "gatherings" | "tasks" | "members" | "plan" | "privacy";

/**
 * The organizers' workspace: one section per feature (reports, evaluations, open screen, and the network's plan item by
 * item and as a whole, whose edits are guarded by the plan's version). openLink opens a Teams link (through Teams inside Teams).
 */
export function AdminShell({ api, me, openLink, openStage, onNetworksChanged }: {
  api: Api; me: Me; openLink?: (url: string) => void;
  /** Opens a page big: Teams' stage view, or a window. */
  openStage?: (url: string, title: string) => void;
  /** A network was started here: ask again which networks the user organizes. */
  onNetworksChanged?: () => Promise<void>;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [networkId, setNetworkId] = useState(me.organizes[0]?.networkId ?? "");
  const [section, setSection] = useState<Section>("reports");
  const { data: state, error: loadError, reload: load } = useLoad(() => (networkId ? api.exportPlan(networkId) : Promise.resolve(null)), [api, networkId]);
  const [starting, setStarting] = useState(me.organizes.length === 0);
  const [started, setStarted] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const network = me.organizes.find((n) => n.networkId === networkId);

  const reload = useCallback(() => { setFailure(null); return load(); }, [load]);
  const error = failure ?? (loadError ? errorText(loadError, t) : null);
  useEffect(() => setFailure(null), [networkId]);

  async function onStarted(saved: PlanSaved, name: string) {
    await onNetworksChanged?.();
    setStarting(false);
    setStarted(name);
    setEditing(null);
    setNetworkId(saved.networkId);
    setSection("gatherings");
  }

  async function put(segment: string, id: string | number, item: object) {
    await api.putItem(networkId, segment, id, item, state!.version);
    setEditing(null);
    await reload();
  }

  async function removeOrThrow(segment: string, id: string | number) {
    await api.deleteItem(networkId, segment, id, state!.version);
    await reload();
  }

  async function remove(segment: string, id: string | number) {
    try {
      await removeOrThrow(segment, id);
    } catch (e) {
      setFailure(errorText(e, t, { withDetail: true }));
    }
  }

  const plan = state?.plan;
  return (
    <div className={styles.page}>
      <Title3 as="h1">{t("admin.title")}</Title3>
      <div className={styles.head}>
        {me.organizes.length > 1 && (
          <Field label={t("admin.network")}>
            <Dropdown value={network?.networkName ?? ""} selectedOptions={[networkId]} onOptionSelect={(_, d) => setNetworkId(d.optionValue ?? "")}>
              {me.organizes.map((n) => <Option key={n.networkId} value={n.networkId}>{n.networkName}</Option>)}
            </Dropdown>
          </Field>
        )}
        {me.organizes.length === 1 && network && <Body1>{network.networkName}</Body1>}
        {!starting && <Button icon={<AddRegular />} onClick={() => { setStarting(true); setStarted(null); }}>{t("admin.new.open")}</Button>}
      </div>
      {me.organizes.length === 0 && <Body1>{t("admin.new.none")}</Body1>}
      {started && <MessageBar intent="success"><MessageBarBody>{t("admin.new.created", { name: started })}</MessageBarBody></MessageBar>}
      {starting && <NewNetwork api={api} networks={me.organizes} template={networkId || null} onStarted={onStarted} onCancel={() => setStarting(false)} />}
      {networkId && (
        <>
          <TabList className={styles.tabs} selectedValue={section} onTabSelect={(_, d) => { setSection(d.value as Section); setEditing(null); }}>
            <Tab value="reports">{t("admin.section.reports")}</Tab>
            <Tab value="measures">{t("admin.section.measures")}</Tab>
            <Tab value="health">{t("admin.section.health")}</Tab>
            <Tab value="progress">{t("admin.section.progress")}</Tab>
            <Tab value="followUps">{t("admin.section.followUps")}</Tab>
            <Tab value="evaluations">{t("admin.section.evaluations")}</Tab>
            <Tab value="openScreen">{t("admin.section.openScreen")}</Tab>
            <Tab value="attendance">{t("admin.section.attendance")}</Tab>
            <Tab value="gatherings">{t("admin.gatherings")}</Tab>
            <Tab value="tasks">{t("admin.tasks")}</Tab>
            <Tab value="members">{t("admin.members")}</Tab>
            <Tab value="plan">{t("admin.section.plan")}</Tab>
            <Tab value="privacy">{t("admin.section.privacy")}</Tab>
          </TabList>
          {error && <MessageBar intent="error"><MessageBarBody>{error} <Button size="small" onClick={() => void reload()}>{t("app.retry")}</Button></MessageBarBody></MessageBar>}
          {!plan && !error && <Spinner label={t("app.loading")} />}
          {section === "reports" && <ReportsAdmin api={api} networkId={networkId} />}
          {section === "evaluations" && <EvaluationsAdmin api={api} networkId={networkId} plan={plan ?? null} put={put} remove={removeOrThrow}
            openNow={async (number) => { await api.openEvaluation(networkId, number, state!.version); await reload(); }} openStage={openStage} />}
          {section === "openScreen" && <OpenScreenAdmin api={api} networkId={networkId} openLink={openLink} />}
          {section === "attendance" && <AttendanceAdmin api={api} networkId={networkId} />}
          {section === "progress" && <ProgressPlansAdmin api={api} networkId={networkId} />}
          {section === "measures" && <MeasuresAdmin api={api} networkId={networkId} />}
          {section === "health" && <HealthAdmin api={api} networkId={networkId} goTo={(s) => { setSection(s); setEditing(null); }} />}
          {section === "followUps" && <FollowUpsAdmin api={api} networkId={networkId} openLink={openLink} />}
          {plan && section === "gatherings" && <Gatherings plan={plan} editing={editing} setEditing={setEditing} put={put} remove={remove} />}
          {plan && section === "tasks" && <Tasks plan={plan} editing={editing} setEditing={setEditing} put={put} remove={remove} />}
          {plan && section === "members" && <Members plan={plan} editing={editing} setEditing={setEditing} put={put} remove={remove} />}
          {plan && section === "plan" && <PlanImport api={api} networkId={networkId} state={state!} onSaved={reload} />}
          {section === "privacy" && <PrivacyAdmin api={api} networkId={networkId} />}
        </>
      )}
    </div>
  );
}
