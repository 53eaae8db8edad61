import { Body1, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Api, MyNetwork, PlanSaved } from "../shared/api";
import { ItemForm, type FieldSpec } from "../shared/forms";
import { useI18n } from "../shared/i18n";
import { slug } from "./PlanSections";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

const empty = "";

/**
 * Starts a network from a network the organizer runs as a template (moved to the new start date, without people or
 * answers) or from an empty plan. The host validates it as an import would and makes the caller its organizer.
 */
export function NewNetwork({ api, networks, template, onStarted, onCancel }: {
  api: Api;
  /** The networks the user organizes: the templates she may use. */
  networks: MyNetwork[];
  /** The template chosen first (the network shown in the workspace), or none. */
  template: string | null;
  onStarted(saved: PlanSaved, name: string): Promise<void>;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const fields: FieldSpec[] = [
    { name: "name", label: "admin.new.name", required: true },
    { name: "id", label: "admin.new.id" },
    { name: "start", label: "admin.new.start", kind: "date", required: true },
    {
      name: "template", label: "admin.new.template", kind: "select",
      options: [...networks.map((n) => ({ value: n.networkId, label: n.networkName })), { value: empty, label: t("admin.new.empty") }],
    },
    { name: "withTeams", label: "admin.new.teams", kind: "checks", options: [{ value: "yes", label: t("admin.new.withTeams") }] },
  ];
  return (
    <Card className={styles.card} role="region" aria-label={t("admin.new.title")}>
      <Subtitle2 as="h2">{t("admin.new.title")}</Subtitle2>
      <Body1>{t("admin.new.intro")}</Body1>
      <ItemForm testId="new-network-form" fields={fields} onCancel={onCancel}
        initial={{ name: "", id: "", start: "", template: template ?? empty, withTeams: [] }}
        onSave={async (v) => {
          const name = String(v.name).trim();
          const template = String(v.template) || null;
          const saved = await api.startNetwork({
            id: String(v.id).trim() || slug(name, "nettverk"), name, start: String(v.start), template,
            withTeams: template !== null && (v.withTeams as string[]).includes("yes"),
          });
          await onStarted(saved, name);
        }} />
    </Card>
  );
}
