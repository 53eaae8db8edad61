import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { errorText } from "./errors";
import { useI18n } from "./i18n";

/** A failed load as an error bar (what {@link errorText} says). */
export function ErrorBar({ error }: { error: unknown }) {
  const { t } = useI18n();
  return <MessageBar intent="error"><MessageBarBody>{errorText(error, t)}</MessageBarBody></MessageBar>;
}
