import { useRef, useState } from "react";
import { ApiError, type Api, type Issue, type Person, type Step, type Task, type TaskProgress, type TaskState } from "../shared/api";
import { errorText, issueText } from "../shared/errors";
import { useI18n, type TextKey } from "../shared/i18n";
import { Badge, Button, Checkbox, Field, MessageBar, Panel, Select, TextInput, icons } from "../shared/kit";

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

/**
 * One task with the team's status, owner and progress-plan steps. Status saves at once; other edits on "Lagre". A status
 * changed again while the first change saves (arrow keys step through the states) is saved after it, on its version.
 */
export function TaskCard({ api, networkId, teamId, task, members, now, onSaved }: Props) {
  const { t, date } = useI18n();
  const [draft, setDraft] = useState<TaskProgress>(() => progressOf(task));
  const [base, setBase] = useState<Task>(task);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<Issue[]>([]);
  const [conflict, setConflict] = useState<Task | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const inFlight = useRef(false);
  const queued = useRef<TaskProgress | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(progressOf(base));
  const overdue = !!task.due && Date.parse(task.due) < Date.parse(now) && base.state !== "done";
  const owners = [{ value: "", label: t("task.nobody") }, ...members.map((m) => ({ value: m.id, label: m.name }))];
  const errorAt = (path: string) => { const issue = errors.find((e) => e.path === path); return issue && issueText(issue, t); };

  async function save(progress: TaskProgress, version: string | null) {
    if (inFlight.current) {
      queued.current = progress; // saved when the save in flight is done, on the version it returns
      return;
    }

    inFlight.current = true;
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
      const next = queued.current;
      queued.current = null;
      if (next && JSON.stringify(next) !== JSON.stringify(progressOf(result))) {
        setDraft(next);
        inFlight.current = false;
        await save(next, result.version);
        return;
      }
    } catch (error) {
      queued.current = null;
      if (error instanceof ApiError && error.status === 412 && error.problem.current) {
        setConflict(error.problem.current); // keep the user's draft for a retry
      } else if (error instanceof ApiError && error.status === 400) {
        setErrors(error.problem.errors ?? []);
      } else {
        setFailure(errorText(error, t));
      }
    } finally {
      inFlight.current = false;
      setSaving(inFlight.current);
    }
  }

  const update = (change: Partial<TaskProgress>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  };
  const updateStep = (index: number, change: Partial<Step>) =>
    update({ steps: draft.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) });

  return (
    <Panel testId={`task-${task.id}`}
      header={<h4 className="tm-strong">{task.title}</h4>}
      description={<span className="tm-caption tm-muted">{task.due ? t("task.due", { date: date(task.due) }) : t("task.noDue")}</span>}
      action={overdue ? <Badge appearance="filled" color="danger">{t("task.overdue")}</Badge> : undefined}
    >
      {task.description && <p>{task.description}</p>}
      <div className="tm-row">
        <Field label={t("task.state")} className="tm-grow">
          {(control) => (
            <Select
              {...control}
              value={draft.state}
              disabled={conflict !== null}
              options={states.map((s) => ({ value: s, label: t(`task.state.${s}` as TextKey) }))}
              onChange={(value) => {
                const next = { ...draft, state: value as TaskState };
                setSaved(false);
                setDraft(next);
                void save(next, base.version);
              }}
            />
          )}
        </Field>
        <Field label={t("task.owner")} className="tm-grow" error={errorAt("ownerMemberId")}>
          {(control) => (
            <Select {...control} value={draft.ownerMemberId ?? ""} options={owners} onChange={(value) => update({ ownerMemberId: value || null })} />
          )}
        </Field>
      </div>

      <h5 className="tm-strong">{t("task.steps")}</h5>
      {draft.steps.length === 0 && <span className="tm-caption tm-muted">{t("task.steps.none")}</span>}
      {draft.steps.map((step, i) => (
        <div key={step.id} className="tm-step" data-testid="step">
          <Checkbox label={t("task.step.done")} checked={step.done} onChange={(done) => updateStep(i, { done })} />
          <Field label={t("task.step.text")} error={errorAt(`steps[${i}].text`)}>
            {(control) => <TextInput {...control} value={step.text} maxLength={300} onChange={(text) => updateStep(i, { text })} />}
          </Field>
          <Field label={t("task.step.owner")} className="tm-owner" error={errorAt(`steps[${i}].ownerMemberId`)}>
            {(control) => <Select {...control} value={step.ownerMemberId ?? ""} options={owners} onChange={(value) => updateStep(i, { ownerMemberId: value || null })} />}
          </Field>
          <Field label={t("task.step.due")} className="tm-due">
            {(control) => <TextInput {...control} type="date" value={step.dueDate ?? ""} onChange={(value) => updateStep(i, { dueDate: value || null })} />}
          </Field>
          <Button appearance="subtle" icon={icons.remove} aria-label={t("task.step.remove")} title={t("task.step.remove")}
            onClick={() => update({ steps: draft.steps.filter((_, j) => j !== i) })} />
        </div>
      ))}
      <div className="tm-plan-buttons">
        <Button icon={icons.add} onClick={() => update({ steps: [...draft.steps, { id: newId(), text: "", ownerMemberId: null, dueDate: null, done: false }] })}>
          {t("task.steps.add")}
        </Button>
        {dirty && !conflict && (
          <>
            <Button appearance="primary" disabled={saving} onClick={() => void save(draft, base.version)}>{saving ? t("task.saving") : t("task.save")}</Button>
            <Button disabled={saving} onClick={() => { setDraft(progressOf(base)); setErrors([]); }}>{t("task.cancel")}</Button>
          </>
        )}
        {saved && !dirty && <span className="tm-caption" role="status">{t("task.saved")}</span>}
      </div>

      {errors.length > 0 && <MessageBar intent="error">{t("task.invalid")}</MessageBar>}
      {failure && <MessageBar intent="error">{failure}</MessageBar>}
      {conflict && (
        <MessageBar
          intent="warning"
          title={t("task.conflict.title")}
          actions={(
            <>
              <Button appearance="primary" disabled={saving} onClick={() => void save(draft, conflict.version)}>{t("task.conflict.keepMine")}</Button>
              <Button disabled={saving} onClick={() => { setBase(conflict); setDraft(progressOf(conflict)); setConflict(null); onSaved(conflict); }}>
                {t("task.conflict.takeTheirs")}
              </Button>
            </>
          )}
        >
          {t("task.conflict.body", { state: t(`task.state.${conflict.state}` as TextKey), steps: conflict.steps.length })}
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
