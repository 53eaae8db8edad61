import { errorText } from "./errors";
import { useI18n } from "./i18n";
import { MessageBar } from "./kit";

/** A failed load as an error bar (what {@link errorText} says). */
export function ErrorBar({ error }: { error: unknown }) {
  const { t } = useI18n();
  return <MessageBar intent="error">{errorText(error, t)}</MessageBar>;
}
