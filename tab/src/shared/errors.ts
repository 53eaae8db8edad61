import { ApiError, type Issue } from "./api";
import type { I18n, TextKey } from "./i18n";

/** A failed call in the user's words, and every issue the host listed (each with the JSON path of what it is about). */
export interface DescribedError { text: string; issues: Issue[] }

/**
 * The one way the tab turns a failed call into text, in the user's language, never the host's English prose: the
 * host's problem code when the tab has a text for it (`problem.{code}`, with the problem's `args`), else what the status
 * means: no answer → offline; 401 → sign in again; 403 → not allowed; 412 → someone else changed it meanwhile; 400 →
 * fix what is marked; anything else → "something went wrong (status)". `withDetail` puts the status's meaning first
 * and the code's text after it (a refused deletion: "not saved" and why).
 */
export function describeError(error: unknown, t: I18n["t"], options: ErrorTextOptions = {}): DescribedError {
  if (!(error instanceof ApiError)) return { text: t("app.offline"), issues: [] };
  const described = byStatus(error, t);
  const reason = codeText(error, t);
  if (error.status === 0 || error.status === 401 || !reason) return described;
  return options.withDetail && !described.text.includes(reason) ? { ...described, text: `${described.text} ${reason}` } : { ...described, text: reason };
}

/** Just the text of {@link describeError}. */
export function errorText(error: unknown, t: I18n["t"], options: ErrorTextOptions = {}): string {
  return describeError(error, t, options).text;
}

/** The tab's text for the host's problem code (with its args), or null when there is no code or no text for it. */
function codeText(error: ApiError, t: I18n["t"]): string | null {
  return textFor("problem", error.problem.code, error.problem.args, t);
}

/** The tab's text for a code the host sent (`{prefix}.{code}`), or null when there is none or the tab has no text for it. */
function textFor(prefix: string, code: string | undefined, args: Record<string, string | number> | undefined, t: I18n["t"]): string | null {
  if (!code) return null;
  const key = `${prefix}.${code}` as TextKey;
  const text = t(key, args);
  return text === key ? null : text; // t gives the key back when it has no text
}

export interface ErrorTextOptions { withDetail?: boolean }

function byStatus(error: ApiError, t: I18n["t"]): DescribedError {
  const issues = error.problem.errors ?? [];
  switch (error.status) {
    case 0: return { text: t("app.offline"), issues };
    case 400: return { text: t("admin.form.invalid"), issues };
    case 401: return { text: t("app.signInExpired"), issues };
    case 403: return { text: t("app.notAllowed"), issues };
    case 412: return { text: t("admin.form.conflict"), issues };
    default: return { text: t("app.error", { status: error.status }), issues };
  }
}

/** A plan issue in the user's language when the host gave it a code the tab knows (`issue.{code}`), else its message. */
export function issueText(issue: Issue, t: I18n["t"]): string {
  return textFor("issue", issue.code, issue.args, t) ?? issue.message;
}
