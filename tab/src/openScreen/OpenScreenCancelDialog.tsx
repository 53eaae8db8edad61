import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
} from "@fluentui/react-components";
import { useState } from "react";
import type { OpenScreenSession } from "../shared/api";
import { useI18n } from "../shared/i18n";
import { errorText } from "../shared/errors";
import { useSessionFormat } from "./openScreenFormat";

/** Asks before a session is cancelled (it cannot be undone); the host's refusal (409: it is over) stays in the dialog. */
export function OpenScreenCancelDialog({ session, cancel, onClose }: {
  session: OpenScreenSession | null;
  /** Cancels it and closes the dialog; throws when the host refuses. */
  cancel(session: OpenScreenSession): Promise<void>;
  onClose(): void;
}) {
  const { t } = useI18n();
  const format = useSessionFormat();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    setWorking(true);
    setError(null);
    try {
      await cancel(session!);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setWorking(false);
    }
  }

  return (
    <Dialog modalType="alert" open={session !== null} onOpenChange={(_, d) => { if (!d.open && !working) close(); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("openScreen.cancel.title")}</DialogTitle>
          <DialogContent>
            {session && t("openScreen.cancel.body", { topic: session.topic, when: format.when(session) })}
            {error && <MessageBar intent="error" layout="multiline" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={working} onClick={() => void confirm()}>
              {working ? t("openScreen.cancel.working") : t("openScreen.cancel.confirm")}
            </Button>
            <Button disabledFocusable={working} onClick={close}>{t("openScreen.cancel.keep")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
