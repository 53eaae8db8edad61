import { Body1, Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { EvaluationsAdmin } from "./evaluations/EvaluationsAdmin";
import { Gatherings, Members, PlanImport, Tasks, type Editing } from "./networks/PlanSections";
import { OpenScreenAdmin } from "./openScreen/OpenScreenAdmin";
import { ReportsAdmin } from "./reports/ReportsAdmin";
import type { Api, Me } from "./shared/api";
import { errorText } from "./shared/errors";
import { useI18n } from "./shared/i18n";
import { useLoad } from "./shared/useLoad";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  tabs: { flexWrap: "wrap" }, // seven sections: on a phone they wrap instead of widening the page
});

type Section = "reports" | "evaluations" | "openScreen" | "gatherings" | "tasks" | "members" | "plan";

/**
 * The organizers' workspace: one section per feature (reports, evaluations, open screen, and the network's plan item by
 * item and as a whole, whose edits are guarded by the plan's version). openLink opens a Teams link (through Teams inside Teams).
 */
export function AdminShell({ api, me, openLink }: { api: Api; me: Me; openLink?: (url: string) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [networkId, setNetworkId] = useState(me.organizes[0]?.networkId ?? "");
  const [section, setSection] = useState<Section>("reports");
  const { data: state, error: loadError, reload: load } = useLoad(() => api.exportPlan(networkId), [api, networkId]);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const network = me.organizes.find((n) => n.networkId === networkId);

  const reload = useCallback(() => { setFailure(null); return load(); }, [load]);
  const error = failure ?? (loadError ? errorText(loadError, t) : null);
  useEffect(() => setFailure(null), [networkId]);

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
      {me.organizes.length > 1 && (
        <Field label={t("admin.network")}>
          <Dropdown value={network?.networkName ?? ""} selectedOptions={[networkId]} onOptionSelect={(_, d) => setNetworkId(d.optionValue ?? "")}>
            {me.organizes.map((n) => <Option key={n.networkId} value={n.networkId}>{n.networkName}</Option>)}
          </Dropdown>
        </Field>
      )}
      {network && <Body1>{network.networkName}</Body1>}
      <TabList className={styles.tabs} selectedValue={section} onTabSelect={(_, d) => { setSection(d.value as Section); setEditing(null); }}>
        <Tab value="reports">{t("admin.section.reports")}</Tab>
        <Tab value="evaluations">{t("admin.section.evaluations")}</Tab>
        <Tab value="openScreen">{t("admin.section.openScreen")}</Tab>
        <Tab value="gatherings">{t("admin.gatherings")}</Tab>
        <Tab value="tasks">{t("admin.tasks")}</Tab>
        <Tab value="members">{t("admin.members")}</Tab>
        <Tab value="plan">{t("admin.section.plan")}</Tab>
      </TabList>
      {error && <MessageBar intent="error"><MessageBarBody>{error} <Button size="small" onClick={() => void reload()}>{t("app.retry")}</Button></MessageBarBody></MessageBar>}
      {!plan && !error && <Spinner label={t("app.loading")} />}
      {section === "reports" && networkId && <ReportsAdmin api={api} networkId={networkId} />}
      {section === "evaluations" && networkId && <EvaluationsAdmin api={api} networkId={networkId} plan={plan ?? null} put={put} remove={removeOrThrow} />}
      {section === "openScreen" && networkId && <OpenScreenAdmin api={api} networkId={networkId} openLink={openLink} />}
      {plan && section === "gatherings" && <Gatherings plan={plan} editing={editing} setEditing={setEditing} put={put} remove={remove} />}
      {plan && section === "tasks" && <Tasks plan={plan} editing={editing} setEditing={setEditing} put={put} remove={remove} />}
      {plan && section === "members" && <Members plan={plan} editing={editing} setEditing={setEditing} put={put} remove={remove} />}
      {plan && section === "plan" && <PlanImport api={api} networkId={networkId} state={state!} onSaved={reload} />}
    </div>
  );
}
