import { Button, Checkbox, Field, FieldContextProvider, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Issue } from "./api";
import { describeError, issueText } from "./errors";
import { useI18n, type TextKey } from "./i18n";

export interface FieldSpec {
  name: string;
  label: TextKey;
  /** roles: the role checkboxes; checks: a checkbox per option (a list of values). */
  kind?: "text" | "textarea" | "date" | "datetime" | "number" | "select" | "roles" | "checks";
  options?: { value: string; label: string }[];
  required?: boolean;
  readOnly?: boolean;
}

export type Values = Record<string, string | string[]>;

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalM, gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))" },
  wide: { gridColumn: "1 / -1" },
  roles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, gridColumn: "1 / -1" },
});

export const roleNames = ["leader", "contactPerson", "hr", "unionRep", "mentor", "mentee"] as const;

/**
 * One item of the plan as a form. Saving sends the values; the host validates the whole plan, and its errors are shown
 * next to the field they name (by the last part of their JSON path) or above the buttons; the values stay as typed.
 */
export function ItemForm({ fields, initial, onSave, onCancel, testId }: {
  fields: FieldSpec[];
  initial: Values;
  onSave(values: Values): Promise<void>;
  onCancel(): void;
  testId?: string;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(initial);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ text: string; issues: Issue[] } | null>(null);
  const fieldOf = (path: string) => path.replace(/\[\d+\]/g, "").split(".").pop() ?? "";
  const issuesFor = (name: string) => problem?.issues.filter((i) => fieldOf(i.path) === name) ?? [];
  const other = problem?.issues.filter((i) => !fields.some((f) => f.name === fieldOf(i.path))) ?? [];
  const set = (name: string, value: string | string[]) => setValues((v) => ({ ...v, [name]: value }));

  async function save() {
    const missing = fields.filter((f) => f.required && !String(values[f.name] ?? "").trim());
    if (missing.length > 0) {
      setProblem({ text: t("admin.form.invalid"), issues: missing.map((f) => ({ path: f.name, message: t("admin.form.required") })) });
      return;
    }
    setSaving(true);
    try {
      await onSave(values);
      setProblem(null);
    } catch (e) {
      setProblem(describeError(e, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className={styles.form} data-testid={testId} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {fields.map((f) => {
        const message = issuesFor(f.name).map((i) => issueText(i, t)).join(" ") || undefined;
        const value = values[f.name] ?? "";
        const common = { "aria-label": t(f.label) };
        return (
          <Field key={f.name} label={t(f.label)} required={f.required} validationMessage={message}
            className={f.kind === "textarea" || f.kind === "roles" || f.kind === "checks" ? styles.wide : undefined}>
            {f.kind === "textarea" ? <Textarea {...common} value={String(value)} resize="vertical" onChange={(_, d) => set(f.name, d.value)} />
              : f.kind === "select" ? (
                <Select {...common} value={String(value)} onChange={(_, d) => set(f.name, d.value)}>
                  {f.options!.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </Select>
              ) : f.kind === "roles" || f.kind === "checks" ? (
                <div className={styles.roles} role="group" aria-label={t(f.label)}>
                  {/* Without the Field's context: it would give every checkbox the same id and label. */}
                  <FieldContextProvider value={undefined}>
                    {(f.kind === "roles" ? roleNames.map((r) => ({ value: r, label: t(`role.${r}` as TextKey) })) : f.options!).map((o) => (
                      <Checkbox key={o.value} label={o.label} checked={(value as string[]).includes(o.value)}
                        onChange={(_, d) => set(f.name, d.checked ? [...(value as string[]), o.value] : (value as string[]).filter((x) => x !== o.value))} />
                    ))}
                  </FieldContextProvider>
                </div>
              ) : (
                <Input {...common} value={String(value)} readOnly={f.readOnly}
                  type={f.kind === "datetime" ? "datetime-local" : f.kind === "date" ? "date" : f.kind === "number" ? "number" : "text"}
                  onChange={(_, d) => set(f.name, d.value)} />
              )}
          </Field>
        );
      })}
      {problem && (
        <MessageBar intent="error" layout="multiline" className={styles.wide} role="alert">
          <MessageBarBody>
            <MessageBarTitle>{problem.text}</MessageBarTitle>
            {other.map((i) => <div key={i.path + i.message}>{`${i.path}: ${issueText(i, t)}`}</div>)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>{saving ? t("task.saving") : t("task.save")}</Button>
        <Button onClick={onCancel} disabled={saving}>{t("admin.form.cancel")}</Button>
      </div>
    </form>
  );
}
