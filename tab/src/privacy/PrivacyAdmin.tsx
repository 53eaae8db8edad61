import {
  Body1, Button, Card, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, Spinner,
  Subtitle2, makeStyles, tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DeleteRegular, SearchRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { saveFile, type Api, type PersonHit } from "../shared/api";
import { errorText } from "../shared/errors";
import { useI18n } from "../shared/i18n";
import { useLoad } from "../shared/useLoad";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  hit: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * «Personvern» in the organizers' workspace: when retention erases the network's members (and the archive to keep
 * first), and one person's data found by name, downloaded, or erased from this network after a confirmation.
 */
export function PrivacyAdmin({ api, networkId }: { api: Api; networkId: string }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { data: retention, error } = useLoad(() => api.retention(networkId), [api, networkId]);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<PersonHit[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [erasing, setErasing] = useState<PersonHit | null>(null);
  const [working, setWorking] = useState(false);

  async function run(work: () => Promise<void>) {
    setFailure(null);
    setDone(null);
    try {
      await work();
    } catch (e) {
      setFailure(errorText(e, t));
    }
  }

  async function erase(hit: PersonHit) {
    setWorking(true);
    await run(async () => {
      const result = await api.erasePerson(networkId, hit.person);
      setDone(result.remaining > 0 ? t("privacy.admin.remaining", { count: result.remaining })
        : t("privacy.admin.erased", { name: hit.name, deleted: result.deleted, changed: result.changed }));
      setHits((list) => { const left = list?.filter((h) => h.person !== hit.person) ?? []; return left.length > 0 ? left : null; });
    });
    setWorking(false);
    setErasing(null);
  }

  if (error) return <Body1 role="alert">{errorText(error, t)}</Body1>;
  if (!retention) return <Spinner label={t("app.loading")} />;
  const purged = new Date(retention.purgeAt).getTime() <= Date.now() && retention.members === 0;
  return (
    <div className={styles.page}>
      <Body1>
        {purged ? t("privacy.admin.retentionDone", { purgeAt: i18n.date(retention.purgeAt) })
          : t("privacy.admin.retention", { purgeAt: i18n.date(retention.purgeAt), months: retention.months, end: i18n.date(`${retention.end}T12:00:00Z`), warnAt: i18n.date(retention.warnAt) })}
      </Body1>
      <div className={styles.row}>
        <Button icon={<ArrowDownloadRegular />} onClick={() => void run(async () => saveFile(await api.archive(networkId)))}>{t("privacy.admin.archive")}</Button>
      </div>
      <Subtitle2 as="h2">{t("privacy.admin.findTitle")}</Subtitle2>
      <Body1 className={styles.muted}>{t("privacy.admin.findHelp")}</Body1>
      <form className={styles.row} onSubmit={(e) => { e.preventDefault(); void run(async () => setHits(await api.findPeople(networkId, query.trim()))); }}>
        <Field label={t("privacy.admin.query")}>
          <Input value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
        <Button type="submit" icon={<SearchRegular />}>{t("privacy.admin.search")}</Button>
      </form>
      {failure && <MessageBar intent="error" role="alert"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      {done && <MessageBar intent="success"><MessageBarBody>{done}</MessageBarBody></MessageBar>}
      {hits?.length === 0 && <Body1>{t("privacy.admin.none")}</Body1>}
      {hits?.map((hit) => (
        <Card key={hit.person} className={styles.hit}>
          <Subtitle2 as="h3">{hit.name}</Subtitle2>
          <Body1 className={styles.muted}>
            {[hit.email, ...hit.places.map((p) => (p.organizer ? t("privacy.admin.organizer") : p.teamName ?? ""))].filter(Boolean).join(" · ")}
          </Body1>
          <div className={styles.row}>
            <Button icon={<ArrowDownloadRegular />} onClick={() => void run(async () => saveFile(await api.exportPerson(networkId, hit.person)))}>
              {t("privacy.admin.export")}
            </Button>
            <Button icon={<DeleteRegular />} onClick={() => setErasing(hit)}>{t("privacy.admin.erase")}</Button>
          </div>
        </Card>
      ))}
      <Dialog modalType="alert" open={erasing !== null} onOpenChange={(_, d) => { if (!d.open && !working) setErasing(null); }}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{erasing && t("privacy.admin.confirmTitle", { name: erasing.name })}</DialogTitle>
            <DialogContent>{t("privacy.admin.confirmText")}</DialogContent>
            <DialogActions>
              <Button appearance="primary" disabledFocusable={working} onClick={() => erasing && void erase(erasing)}>{t("privacy.admin.confirm")}</Button>
              <Button disabledFocusable={working} onClick={() => setErasing(null)}>{t("privacy.admin.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
