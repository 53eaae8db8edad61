import { Component, Suspense, type ReactNode } from "react";
import { useI18n } from "./i18n";
import { Button, Spinner } from "./kit";

/**
 * A part of the tab loaded on first use (React.lazy): a spinner while it comes, and when its file cannot be loaded
 * (the app updated meanwhile, so the old file is gone, or the network dropped) a message and a reload, not a blank tab.
 */
export function Lazy({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <LoadBoundary failed={<div role="alert" className="tm-stack-s"><p>{t("app.loadFailed")}</p><div><Button onClick={() => window.location.reload()}>{t("app.reload")}</Button></div></div>}>
      <Suspense fallback={<Spinner label={t("app.loading")} />}>{children}</Suspense>
    </LoadBoundary>
  );
}

class LoadBoundary extends Component<{ failed: ReactNode; children: ReactNode }, { error: boolean }> {
  state = { error: false };

  static getDerivedStateFromError() {
    return { error: true };
  }

  render() {
    return this.state.error ? this.props.failed : this.props.children;
  }
}
