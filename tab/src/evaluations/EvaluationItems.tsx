import { Badge, Button, Caption1, Card, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular, EditRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { errorText } from "../shared/errors";
import { ItemForm, type FieldSpec, type Values } from "../shared/forms";
import type { EvaluationItemKind, PlanDocument, PlanEvaluationItem } from "../shared/api";
import { useI18n, type TextKey } from "../shared/i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  grow: { flexGrow: 1, flexBasis: "240px", minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const kinds: EvaluationItemKind[] = ["likert", "rating", "hours", "text"];
const segment = "evaluationItems";

/**
 * The plan's evaluation questions: stable ones (asked at every gathering, never deleted here) and gathering-specific
 * ones, which organizers add, change and delete. Every save goes through the plan's version like the other items.
 */
export function EvaluationItems({ plan, put, remove }: {
  plan: PlanDocument;
  put(segment: string, id: string, item: object): Promise<void>;
  remove(segment: string, id: string): Promise<void>;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<string | null>(null); // an item id, "" for a new one
  const [error, setError] = useState<string | null>(null);
  const items = plan.evaluationItems ?? [];
  const text = (i: PlanEvaluationItem) => (lang === "en" && i.text.en ? i.text.en : i.text.nb);

  async function del(item: PlanEvaluationItem) {
    if (!window.confirm(t("admin.confirmDelete"))) return;
    setError(null);
    try {
      await remove(segment, item.id);
    } catch (e) {
      setError(errorText(e, t, { withDetail: true }));
    }
  }

  const form = (item: PlanEvaluationItem | null) => {
    const stable = item?.stable ?? false;
    const fields: FieldSpec[] = [
      { name: "id", label: "eval.items.id", required: true, readOnly: item !== null },
      { name: "kind", label: "eval.items.kind", kind: "select", options: kinds.map((k) => ({ value: k, label: t(`eval.kind.${k}` as TextKey) })) },
      { name: "nb", label: "eval.items.textNb", kind: "textarea", required: true },
      { name: "en", label: "eval.items.textEn", kind: "textarea" },
    ];
    if (!stable) {
      fields.push({
        name: "gatherings", label: "eval.items.gatherings", kind: "checks", required: true,
        options: plan.gatherings.map((g) => ({ value: String(g.number), label: t("plan.next.number", { number: g.number }) })),
      });
    }
    const save = (v: Values) => {
      const en = String(v.en ?? "").trim();
      const gatherings = stable ? null : (v.gatherings as string[]).map(Number).sort((a, b) => a - b);
      return put(segment, String(v.id).trim(), {
        ...(item ?? {}), kind: v.kind, text: { nb: String(v.nb).trim(), en: en || null }, stable, gatherings,
      }).then(() => setEditing(null));
    };
    return (
      <ItemForm key={item?.id ?? "new"} testId="evaluation-item-form" fields={fields} onCancel={() => setEditing(null)} onSave={save}
        initial={{
          id: item?.id ?? "", kind: item?.kind ?? "likert", nb: item?.text.nb ?? "", en: item?.text.en ?? "",
          gatherings: (item?.gatherings ?? []).map(String),
        }} />
    );
  };

  return (
    <section className={styles.list} aria-labelledby="evaluation-items-title">
      <Subtitle2 as="h2" id="evaluation-items-title">{t("eval.items.title")}</Subtitle2>
      <Caption1 className={styles.muted}>{t("eval.items.hint")}</Caption1>
      {error && <MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      {items.length === 0 && <Text>{t("eval.items.none")}</Text>}
      {items.map((item) => editing === item.id ? form(item) : (
        <Card key={item.id} data-testid={`evaluation-item-${item.id}`}>
          <div className={styles.row}>
            <div className={styles.grow}>
              <Text weight="semibold">{text(item)}</Text>
              <div className={styles.badges}>
                <Badge appearance="outline">{t(`eval.kind.${item.kind}` as TextKey)}</Badge>
                {item.stable ? <Badge appearance="tint" color="brand">{t("eval.items.stable")}</Badge>
                  : <Badge appearance="tint" color="informative">{t("eval.items.at", { numbers: (item.gatherings ?? []).join(", ") })}</Badge>}
                <Caption1 className={styles.muted}>{item.id}</Caption1>
              </div>
            </div>
            <Button icon={<EditRegular />} onClick={() => setEditing(item.id)} aria-label={`${t("admin.edit")}: ${text(item)}`}>{t("admin.edit")}</Button>
            {!item.stable && (
              <Button icon={<DeleteRegular />} appearance="subtle" onClick={() => void del(item)} aria-label={`${t("admin.delete")}: ${text(item)}`} />
            )}
          </div>
        </Card>
      ))}
      {editing === "" ? form(null) : <Button icon={<AddRegular />} onClick={() => setEditing("")}>{t("eval.items.add")}</Button>}
    </section>
  );
}
