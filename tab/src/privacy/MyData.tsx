import { useState } from "react";
import { saveFile, type Api, type MyData as Data } from "../shared/api";
import { errorText } from "../shared/errors";
import { useI18n } from "../shared/i18n";
import { Button, MessageBar, Panel, Spinner } from "../shared/kit";

/**
 * On every first screen: what TeamsMentor stores, in a sentence, with the privacy page; and «Mine data», everything it
 * holds about the signed-in person, table by table, to read here or download as JSON. Native elements only (Min plan
 * loads no Fluent UI).
 */
export function MyData({ api }: { api: Api }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [data, setData] = useState<Data | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (e) {
      setFailure(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel testId="my-data" header={<h2 className="tm-subtitle">{t("privacy.title")}</h2>}
      description={<p className="tm-muted">{t("privacy.stored")} <a href="/tab/privacy.html" target="_blank" rel="noreferrer">{t("privacy.readMore")}</a></p>}>
      <div className="tm-row">
        <Button onClick={() => void run(async () => setData(await api.myData()))} disabled={busy}>{t("privacy.show")}</Button>
        <Button onClick={() => void run(async () => saveFile(await api.myDataFile()))} disabled={busy}>{t("privacy.download")}</Button>
      </div>
      {busy && <Spinner label={t("app.loading")} />}
      {failure && <MessageBar intent="error">{failure}</MessageBar>}
      {data && (
        <div>
          <p>{t("privacy.rows", { count: data.rowCount })}</p>
          <ul>
            {data.tables.map((table) => (
              <li key={table.table}>{t("privacy.table", { what: i18n.lang === "en" ? table.what.en : table.what.nb, count: table.rows.length })}</li>
            ))}
          </ul>
        </div>
      )}
    </Panel>
  );
}
