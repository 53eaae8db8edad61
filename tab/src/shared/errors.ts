import { ApiError, type Issue } from "./api";
import type { I18n } from "./i18n";

/** A failed call in the user's words, and every issue the host listed (each with the JSON path of what it is about). */
export interface DescribedError { text: string; issues: Issue[] }

/**
 * The one way the tab turns a failed call into text, in the user's language:
 * no answer → offline; 401 → sign in again; 403 → not allowed; 412 → someone else changed it meanwhile; 400 with
 * issues → fix what is marked; 400 or 409 without → the host's own words (problem+json detail); anything else →
 * "something went wrong (status)". Options for where the host's reason matters: `hostWords` puts the host's detail
 * first for every status (the workspace's refusals: "the session is already over"); `withDetail` adds it after the
 * text when it says more (a refused deletion).
 */
export function describeError(error: unknown, t: I18n["t"], options: ErrorTextOptions = {}): DescribedError {
  if (!(error instanceof ApiError)) return { text: t("app.offline"), issues: [] };
  const { detail } = error.problem;
  const described = byStatus(error, t);
  if (error.status === 0 || !detail) return described;
  if (options.hostWords) return { ...described, text: detail };
  return options.withDetail && !described.text.includes(detail) ? { ...described, text: `${described.text} ${detail}` } : described;
}

/** Just the text of {@link describeError}. */
export function errorText(error: unknown, t: I18n["t"], options: ErrorTextOptions = {}): string {
  return describeError(error, t, options).text;
}

export interface ErrorTextOptions { hostWords?: boolean; withDetail?: boolean }

function byStatus(error: ApiError, t: I18n["t"]): DescribedError {
  const { detail, title, errors } = error.problem;
  const issues = errors ?? [];
  switch (error.status) {
    case 0: return { text: t("app.offline"), issues };
    case 400: return { text: issues.length > 0 ? t("admin.form.invalid") : detail ?? t("admin.form.invalid"), issues };
    case 401: return { text: t("app.signInExpired"), issues };
    case 403: return { text: t("app.notAllowed"), issues };
    case 409: return { text: detail ?? title ?? t("admin.form.invalid"), issues };
    case 412: return { text: t("admin.form.conflict"), issues };
    default: return { text: t("app.error", { status: error.status }), issues };
  }
}
