import {
  Badge, Body1, Button, Caption1, Checkbox, Dropdown, Field, Input, MessageBar, MessageBarActions, MessageBarBody,
  MessageBarTitle, Option, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { ApiError, type Api, type Issue, type Person, type Step, type Task, type TaskProgress, type TaskState } from "../shared/api";
import { errorText, issueText } from "../shared/errors";
import { useI18n, type TextKey } from "../shared/i18n";
import { Panel } from "../shared/Panel";

const useStyles = makeStyles({
  card: { width: "100%", boxSizing: "border-box" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  grow: { flexGrow: 1, minWidth: "140px" },
  step: {
    display: "grid", gap: tokens.spacingHorizontalS, alignItems: "end",
    gridTemplateColumns: "auto minmax(160px, 1fr) minmax(120px, 180px) 150px auto",
    "@media (max-width: 600px)": { gridTemplateColumns: "auto 1fr auto", "& > .owner, & > .due": { gridColumn: "2 / 3" } },
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const states: TaskState[] = ["notStarted", "inProgress", "done"];

interface Props {
  api: Api;
  networkId: string;
  teamId: string;
  task: Task;
  members: Person[];
  /** The host's clock: a task past its due time and not done is marked overdue. */
  now: string;
  onSaved(task: Task): void;
}

/** One task with the team's status, owner and progress-plan steps. Status saves at once; other edits on "Lagre". */
export function TaskCard({ api, networkId, teamId, task, members, now, onSaved }: Props) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const [draft, setDraft] = useState<TaskProgress>(() => progressOf(task));
  const [base, setBase] = useState<Task>(task);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<Issue[]>([]);
  const [conflict, setConflict] = useState<Task | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(progressOf(base));
  const overdue = !!task.due && Date.parse(task.due) < Date.parse(now) && base.state !== "done";
  const nameOf = (id: string | null) => members.find((m) => m.id === id)?.name ?? "";
  const errorAt = (path: string) => { const issue = errors.find((e) => e.path === path); return issue && issueText(issue, t); };

  async function save(progress: TaskProgress, version: string | null) {
    setSaving(true);
    setSaved(false);
    setFailure(null);
    try {
      const result = await api.saveTask(networkId, teamId, task.id, progress, version);
      setBase(result);
      setDraft(progressOf(result));
      setErrors([]);
      setConflict(null);
      setSaved(true);
      onSaved(result);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412 && error.problem.current) {
        setConflict(error.problem.current); // keep the user's draft for a retry
      } else if (error instanceof ApiError && error.status === 400) {
        setErrors(error.problem.errors ?? []);
      } else {
        setFailure(errorText(error, t));
      }
    } finally {
      setSaving(false);
    }
  }

  const update = (change: Partial<TaskProgress>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  };
  const updateStep = (index: number, change: Partial<Step>) =>
    update({ steps: draft.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) });

  return (
    <Panel className={styles.card} testId={`task-${task.id}`}
      header={<Text weight="semibold" as="h4">{task.title}</Text>}
      description={<Caption1 className={styles.muted}>{task.due ? t("task.due", { date: date(task.due) }) : t("task.noDue")}</Caption1>}
      action={overdue ? <Badge appearance="filled" color="danger">{t("task.overdue")}</Badge> : undefined}
    >
      {task.description && <Body1>{task.description}</Body1>}
      <div className={styles.row}>
        <Field label={t("task.state")} className={styles.grow}>
          <Dropdown
            value={t(`task.state.${draft.state}` as TextKey)}
            selectedOptions={[draft.state]}
            disabled={saving || conflict !== null}
            onOptionSelect={(_, data) => {
              const next = { ...draft, state: data.optionValue as TaskState };
              setDraft(next);
              void save(next, base.version);
            }}
          >
            {states.map((s) => <Option key={s} value={s}>{t(`task.state.${s}` as TextKey)}</Option>)}
          </Dropdown>
        </Field>
        <Field label={t("task.owner")} className={styles.grow} validationMessage={errorAt("ownerMemberId")}>
          <Dropdown
            value={nameOf(draft.ownerMemberId) || t("task.nobody")}
            selectedOptions={draft.ownerMemberId ? [draft.ownerMemberId] : [""]}
            onOptionSelect={(_, data) => update({ ownerMemberId: data.optionValue || null })}
          >
            <Option value="">{t("task.nobody")}</Option>
            {members.map((m) => <Option key={m.id} value={m.id}>{m.name}</Option>)}
          </Dropdown>
        </Field>
      </div>

      <Text weight="semibold" as="h5">{t("task.steps")}</Text>
      {draft.steps.length === 0 && <Caption1 className={styles.muted}>{t("task.steps.none")}</Caption1>}
      {draft.steps.map((step, i) => (
        <div key={step.id} className={styles.step} data-testid="step">
          <Checkbox aria-label={t("task.step.done")} checked={step.done} onChange={(_, d) => updateStep(i, { done: d.checked === true })} />
          <Field label={t("task.step.text")} validationMessage={errorAt(`steps[${i}].text`)}>
            <Input value={step.text} maxLength={300} onChange={(_, d) => updateStep(i, { text: d.value })} />
          </Field>
          <Field label={t("task.step.owner")} className="owner" validationMessage={errorAt(`steps[${i}].ownerMemberId`)}>
            <Dropdown
              value={nameOf(step.ownerMemberId) || t("task.nobody")}
              selectedOptions={step.ownerMemberId ? [step.ownerMemberId] : [""]}
              onOptionSelect={(_, d) => updateStep(i, { ownerMemberId: d.optionValue || null })}
            >
              <Option value="">{t("task.nobody")}</Option>
              {members.map((m) => <Option key={m.id} value={m.id}>{m.name}</Option>)}
            </Dropdown>
          </Field>
          <Field label={t("task.step.due")} className="due">
            <Input type="date" value={step.dueDate ?? ""} onChange={(_, d) => updateStep(i, { dueDate: d.value || null })} />
          </Field>
          <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t("task.step.remove")} title={t("task.step.remove")}
            onClick={() => update({ steps: draft.steps.filter((_, j) => j !== i) })} />
        </div>
      ))}
      <div className={styles.actions}>
        <Button icon={<AddRegular />} onClick={() => update({ steps: [...draft.steps, { id: newId(), text: "", ownerMemberId: null, dueDate: null, done: false }] })}>
          {t("task.steps.add")}
        </Button>
        {dirty && !conflict && (
          <>
            <Button appearance="primary" disabled={saving} onClick={() => void save(draft, base.version)}>{saving ? t("task.saving") : t("task.save")}</Button>
            <Button disabled={saving} onClick={() => { setDraft(progressOf(base)); setErrors([]); }}>{t("task.cancel")}</Button>
          </>
        )}
        {saved && !dirty && <Caption1 role="status">{t("task.saved")}</Caption1>}
      </div>

      {errors.length > 0 && <MessageBar intent="error"><MessageBarBody>{t("task.invalid")}</MessageBarBody></MessageBar>}
      {failure && <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      {conflict && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("task.conflict.title")}</MessageBarTitle>
            {t("task.conflict.body", { state: t(`task.state.${conflict.state}` as TextKey), steps: conflict.steps.length })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={saving} onClick={() => void save(draft, conflict.version)}>{t("task.conflict.keepMine")}</Button>
            <Button disabled={saving} onClick={() => { setBase(conflict); setDraft(progressOf(conflict)); setConflict(null); onSaved(conflict); }}>
              {t("task.conflict.takeTheirs")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </Panel>
  );
}

function progressOf(task: Task): TaskProgress {
  return { state: task.state, ownerMemberId: task.ownerMemberId, steps: task.steps };
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.().replaceAll("-", "").slice(0, 12) ?? Math.random().toString(36).slice(2, 14);
}
