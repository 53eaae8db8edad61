import {
  Badge, Button, Caption1, Card, Field, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import { AddRegular, ArrowDownloadRegular, DeleteRegular, EditRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Api, Issue, PlanDocument, PlanMember } from "../shared/api";
import { describeError, issueText } from "../shared/errors";
import { ItemForm, type FieldSpec } from "../shared/forms";
import { useI18n, type TextKey } from "../shared/i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "180px", display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

/** Which item of the plan is being edited (a new one: the id it will get), or none. */
export type Editing = { kind: "gatherings" | "tasks" | "members"; id: string | number | null } | null;

/**
 * The network's plan in the organizers' workspace, item by item: gatherings, tasks, teams' members with roles, and the
 * whole plan exported or imported. Every edit is guarded by the plan's version; the host's errors show next to the field.
 */
export interface SectionProps {
  plan: PlanDocument;
  editing: Editing;
  setEditing(e: Editing): void;
  put(segment: string, id: string | number, item: object): Promise<void>;
  remove(segment: string, id: string | number): Promise<void>;
}

function Row({ title, detail, onEdit, onDelete, badges }: { title: string; detail: string; onEdit(): void; onDelete(): void; badges?: string[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Card>
      <div className={styles.row}>
        <div className={styles.grow}>
          <Text weight="semibold">{title}</Text>
          <Caption1 className={styles.muted}>{detail}</Caption1>
          {badges && <div className={styles.badges}>{badges.map((b) => <Badge key={b} appearance="tint">{b}</Badge>)}</div>}
        </div>
        <Button icon={<EditRegular />} onClick={onEdit} aria-label={`${t("admin.edit")}: ${title}`}>{t("admin.edit")}</Button>
        <Button icon={<DeleteRegular />} appearance="subtle" onClick={() => { if (window.confirm(t("admin.confirmDelete"))) onDelete(); }} aria-label={`${t("admin.delete")}: ${title}`} />
      </div>
    </Card>
  );
}

export function Gatherings({ plan, editing, setEditing, put, remove }: SectionProps) {
  const styles = useStyles();
  const { t, local } = useI18n();
  const fields: FieldSpec[] = [
    { name: "number", label: "admin.gathering.number", kind: "number", readOnly: true },
    { name: "start", label: "admin.gathering.start", kind: "datetime", required: true },
    { name: "end", label: "admin.gathering.end", kind: "datetime", required: true },
    { name: "mode", label: "admin.gathering.mode", kind: "select", options: [{ value: "physical", label: t("plan.mode.physical") }, { value: "digital", label: t("plan.mode.digital") }] },
    { name: "place", label: "admin.gathering.place" },
    { name: "meetingUrl", label: "admin.gathering.meetingUrl" },
    { name: "theme", label: "admin.gathering.theme", kind: "textarea", required: true },
  ];
  const next = Math.max(0, ...plan.gatherings.map((g) => g.number)) + 1;
  const form = (number: number) => {
    const g = plan.gatherings.find((x) => x.number === number);
    return (
      <ItemForm key={number} testId="gathering-form" fields={fields}
        initial={{ number: String(number), start: g?.start ?? "", end: g?.end ?? "", mode: g?.mode ?? "physical", place: g?.place ?? "", meetingUrl: String(g?.meetingUrl ?? ""), theme: g?.theme ?? "" }}
        onCancel={() => setEditing(null)}
        onSave={(v) => put("gatherings", number, { ...(g ?? {}), number, start: v.start, end: v.end, mode: v.mode, place: str(v.place), meetingUrl: str(v.meetingUrl), theme: String(v.theme).trim() })} />
    );
  };
  return (
    <section className={styles.list} aria-label={t("admin.gatherings")}>
      {plan.gatherings.map((g) => editing?.kind === "gatherings" && editing.id === g.number ? form(g.number) : (
        <Row key={g.number} title={`${t("plan.next.number", { number: g.number })} · ${local(g.start)}`}
          detail={`${t(`plan.mode.${g.mode}` as TextKey)}${g.place ? `, ${g.place}` : ""} · ${g.theme}`}
          onEdit={() => setEditing({ kind: "gatherings", id: g.number })} onDelete={() => void remove("gatherings", g.number)} />
      ))}
      {editing?.kind === "gatherings" && editing.id === next ? form(next)
        : <Button icon={<AddRegular />} onClick={() => setEditing({ kind: "gatherings", id: next })}>{t("admin.gathering.add")}</Button>}
    </section>
  );
}

export function Tasks({ plan, editing, setEditing, put, remove }: SectionProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const numbers = plan.gatherings.map((g) => ({ value: String(g.number), label: t("plan.next.number", { number: g.number }) }));
  const fields: FieldSpec[] = [
    { name: "id", label: "admin.task.id", required: true },
    { name: "title", label: "admin.task.title", required: true },
    { name: "givenAt", label: "admin.task.givenAt", kind: "select", options: numbers },
    { name: "dueBefore", label: "admin.task.dueBefore", kind: "select", options: [{ value: "", label: t("admin.task.nextGathering") }, ...numbers] },
    { name: "description", label: "admin.task.description", kind: "textarea" },
  ];
  const form = (id: string | null) => {
    const task = plan.tasks.find((x) => x.id === id);
    return (
      <ItemForm key={id ?? "new"} testId="task-form" fields={id ? fields.map((f) => (f.name === "id" ? { ...f, readOnly: true } : f)) : fields}
        initial={{ id: task?.id ?? "", title: task?.title ?? "", givenAt: String(task?.givenAt ?? plan.gatherings[0]?.number ?? 1), dueBefore: task?.dueBefore ? String(task.dueBefore) : "", description: task?.description ?? "" }}
        onCancel={() => setEditing(null)}
        onSave={(v) => put("tasks", String(v.id).trim(), {
          ...(task ?? {}), title: String(v.title).trim(), description: str(v.description), givenAt: Number(v.givenAt),
          dueBefore: v.dueBefore ? Number(v.dueBefore) : null,
        })} />
    );
  };
  return (
    <section className={styles.list} aria-label={t("admin.tasks")}>
      {plan.tasks.map((task) => editing?.kind === "tasks" && editing.id === task.id ? form(task.id) : (
        <Row key={task.id} title={task.title} detail={t("plan.tasks.fromRemoved", { number: task.givenAt })}
          onEdit={() => setEditing({ kind: "tasks", id: task.id })} onDelete={() => void remove("tasks", task.id)} />
      ))}
      {editing?.kind === "tasks" && editing.id === null ? form(null)
        : <Button icon={<AddRegular />} onClick={() => setEditing({ kind: "tasks", id: null })}>{t("admin.task.add")}</Button>}
    </section>
  );
}

export function Members({ plan, editing, setEditing, put, remove }: SectionProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [teamId, setTeamId] = useState(plan.teams[0]?.id ?? "");
  const team = plan.teams.find((x) => x.id === teamId);
  const fields: FieldSpec[] = [
    { name: "name", label: "admin.member.name", required: true },
    { name: "email", label: "admin.member.email" },
    { name: "roles", label: "admin.member.roles", kind: "roles" },
  ];
  const teamFields = (members: PlanMember[]): FieldSpec[] => [
    { name: "name", label: "admin.team.name", required: true },
    { name: "unit", label: "admin.team.unit" },
    { name: "municipality", label: "admin.team.municipality", kind: "select", options: plan.municipalities.map((m) => ({ value: m.id, label: m.name })) },
    { name: "contactPerson", label: "admin.team.contactPerson", kind: "select", options: [{ value: "", label: t("task.nobody") }, ...members.map((m) => ({ value: m.id, label: m.name }))] },
    { name: "advisor", label: "admin.team.advisor", kind: "select", options: [{ value: "", label: t("task.nobody") }, ...(plan.organizers ?? []).map((o) => ({ value: o.id, label: o.name }))] },
  ];
  const form = (member: PlanMember | null) => (
    <ItemForm key={member?.id ?? "new"} testId="member-form" fields={fields}
      initial={{ name: member?.name ?? "", email: member?.email ?? "", roles: member?.roles ?? [] }}
      onCancel={() => setEditing(null)}
      onSave={(v) => {
        const id = member?.id ?? `${teamId}-${slug(String(v.name))}`;
        return put("members", id, { ...(member ?? {}), team: teamId, name: String(v.name).trim(), email: str(v.email), roles: v.roles });
      }} />
  );
  const teamForm = (existing: typeof team | null) => (
    <ItemForm key={existing?.id ?? "new-team"} testId="team-form" fields={teamFields(existing?.members ?? [])}
      initial={{ name: existing?.name ?? "", unit: existing?.unit ?? "", municipality: existing?.municipality ?? plan.municipalities[0]?.id ?? "", contactPerson: existing?.contactPerson ?? "", advisor: existing?.advisor ?? "" }}
      onCancel={() => setEditing(null)}
      onSave={async (v) => {
        const id = existing?.id ?? slug(String(v.name));
        const { members: _kept, ...rest } = existing ?? { members: undefined };
        await put("teams", id, { ...rest, municipality: v.municipality, name: String(v.name).trim(), unit: str(v.unit), contactPerson: str(v.contactPerson), advisor: str(v.advisor) });
        setTeamId(id);
      }} />
  );
  const editingTeam = editing?.kind === "members" && typeof editing.id === "string" && editing.id.startsWith("team:");
  return (
    <section className={styles.list} aria-label={t("admin.members")}>
      <div className={styles.row}>
        <Field label={t("plan.team")} className={styles.grow}>
          <Select value={teamId} onChange={(_, d) => { setTeamId(d.value); setEditing(null); }}>
            {plan.teams.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </Select>
        </Field>
        {team && <Button icon={<EditRegular />} onClick={() => setEditing({ kind: "members", id: `team:${team.id}` })}>{t("admin.team.edit")}</Button>}
        <Button icon={<AddRegular />} onClick={() => setEditing({ kind: "members", id: "team:" })}>{t("admin.team.add")}</Button>
      </div>
      {editingTeam && teamForm(editing!.id === "team:" ? null : team)}
      {(team?.members ?? []).map((m) => editing?.kind === "members" && editing.id === m.id ? form(m) : (
        <Row key={m.id} title={m.name} detail={m.email ?? ""} badges={(m.roles ?? []).map((r) => t(`role.${r}` as TextKey))}
          onEdit={() => setEditing({ kind: "members", id: m.id })} onDelete={() => void remove("members", m.id)} />
      ))}
      {editing?.kind === "members" && editing.id === null ? form(null)
        : <Button icon={<AddRegular />} onClick={() => setEditing({ kind: "members", id: null })}>{t("admin.member.add")}</Button>}
    </section>
  );
}

export function PlanImport({ api, networkId, state, onSaved }: { api: Api; networkId: string; state: { plan: PlanDocument; version: string }; onSaved(): Promise<void> }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<{ text: string; issues: Issue[] } | null>(null);
  const [saved, setSaved] = useState<Issue[] | null>(null);
  const [saving, setSaving] = useState(false);

  function download() {
    const url = URL.createObjectURL(new Blob([JSON.stringify(state.plan, null, 2)], { type: "application/json" }));
    const a = Object.assign(document.createElement("a"), { href: url, download: `${networkId}.json` });
    a.click();
    URL.revokeObjectURL(url);
  }

  async function upload() {
    setSaving(true);
    setSaved(null);
    try {
      const result = await api.importPlan(text, state.version);
      setProblem(null);
      setSaved(result.warnings);
      await onSaved();
    } catch (e) {
      setProblem(describeError(e, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className={styles.list} aria-label={t("admin.section.plan")}>
      <div className={styles.row}>
        <Button icon={<ArrowDownloadRegular />} onClick={download}>{t("admin.plan.export")}</Button>
        <Button onClick={() => setText(JSON.stringify(state.plan, null, 2))}>{t("admin.plan.edit")}</Button>
        <input type="file" accept="application/json,.json" aria-label={t("admin.plan.file")}
          onChange={async (e) => { const f = e.target.files?.[0]; if (f) setText(await f.text()); }} />
      </div>
      <Field label={t("admin.plan.json")} hint={t("admin.plan.hint")}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={14} resize="vertical" textarea={{ spellCheck: false, style: { fontFamily: "monospace" } }} />
      </Field>
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <Text weight="semibold">{problem.text}</Text>
            <ul>{problem.issues.map((i) => <li key={i.path + (i.code ?? i.message)}><code>{i.path}</code>: {issueText(i, t)}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent={saved.length > 0 ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <Text weight="semibold">{t(saved.length === 0 ? "admin.plan.saved" : saved.length === 1 ? "admin.plan.savedWithNote" : "admin.plan.savedWithNotes", { count: saved.length })}</Text>
            {saved.length > 0 && <ul>{saved.map((w) => <li key={w.path + (w.code ?? w.message)}>{issueText(w, t)}</li>)}</ul>}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={saving || !text.trim()} onClick={() => void upload()}>{saving ? t("task.saving") : t("admin.plan.import")}</Button>
      </div>
    </section>
  );
}

function str(value: string | string[] | undefined): string | null {
  const s = String(value ?? "").trim();
  return s.length > 0 ? s : null;
}

/** An id made from a name (lower-case letters, digits and hyphens, as the host's ids are). */
export function slug(name: string, fallback = "person"): string {
  return name.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ø/g, "o").replace(/æ/g, "ae").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 63).replace(/-$/, "") || fallback;
}
