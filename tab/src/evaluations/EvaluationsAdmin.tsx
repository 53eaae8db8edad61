import { Body1, Button, Caption1, Card, Field, Select, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, ShareScreenStartRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { errorText } from "../shared/errors";
import { saveFile, type Api, type PlanDocument } from "../shared/api";
import { EvaluationItems } from "./EvaluationItems";
import { GatheringResults } from "./GatheringResults";
import { useI18n } from "../shared/i18n";
import { useLoad } from "../shared/useLoad";
import { TrendChart } from "./TrendChart";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, minWidth: 0 },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  picker: { maxWidth: "640px", minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" }, // long questions: the select shrinks, not the page
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The big-screen page of a gathering's evaluation, in the user's language. */
function liveUrl(networkId: string, number: number, lang: string): string {
  const query = new URLSearchParams({ network: networkId, gathering: String(number), lang: lang === "en" ? "en-US" : "nb-NO" });
  return `${window.location.origin}/tab/live?${query}`;
}

/**
 * The organizers' evaluation view: the trend of the stable items across the gatherings, one gathering's results, the
 * exports, and the question bank. Every figure comes from the host with small groups already left out.
 */
export function EvaluationsAdmin({ api, networkId, plan, put, remove, openNow, openStage }: {
  api: Api;
  networkId: string;
  plan: PlanDocument | null;
  put(segment: string, id: string, item: object): Promise<void>;
  remove(segment: string, id: string): Promise<void>;
  /** Opens a gathering's evaluation now (in the room). */
  openNow?(number: number): Promise<void>;
  /** Opens a page big (Teams' stage view, or a window). */
  openStage?(url: string, title: string): void;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const locale = i18n.lang === "en" ? "en-US" : "nb-NO";
  const { data: results, error, reload } = useLoad(() => api.evaluations(networkId, locale), [api, networkId, locale]);
  const [itemId, setItemId] = useState<string | null>(null);
  const [number, setNumber] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [opening, setOpening] = useState<{ number: number; text: string; failed: boolean } | null>(null);

  async function open(number: number) {
    try {
      await openNow!(number);
      setOpening({ number, text: t("eval.openNow.done"), failed: false });
      await reload();
    } catch (e) {
      setOpening({ number, text: errorText(e, t, { withDetail: true }), failed: true });
    }
  }

  async function exportAs(format: "xlsx" | "csv") {
    setExporting(true);
    setExportError(null);
    try {
      saveFile(await api.exportEvaluations(networkId, format, locale));
    } catch (e) {
      setExportError(errorText(e, t));
    } finally {
      setExporting(false);
    }
  }

  const bank = plan && (
    <EvaluationItems plan={plan}
      // The question bank changed: the results' texts and items may differ.
      put={async (s, id, item) => { await put(s, id, item); void reload(); }}
      remove={async (s, id) => { await remove(s, id); void reload(); }} />
  );
  if (error) return <div className={styles.page}><Body1 role="alert">{errorText(error, t)}</Body1>{bank}</div>;
  if (!results) return <Spinner label={t("eval.loading")} />;

  const opened = results.gatherings.filter((g) => g.state !== "notYet");
  const latest = [...opened].reverse().find((g) => g.respondents > 0) ?? opened[opened.length - 1];
  const gathering = opened.find((g) => g.number === number) ?? latest;
  const trend = results.trends.find((x) => x.itemId === itemId) ?? results.trends.find((x) => x.itemId === results.trendItemId) ?? results.trends[0];
  const itemText = (id: string) => results.items.find((i) => i.id === id)?.text ?? id;
  const network = t("eval.trend.network");

  const inTheRoom = openNow ? results.gatherings.filter((g) => g.canOpenNow) : [];
  return (
    <section className={styles.page} aria-label={t("admin.section.evaluations")}>
      {inTheRoom.map((g) => (
        <Card key={g.number} className={styles.part}>
          <Subtitle2 as="h2">{`${t("plan.next.number", { number: g.number })} · ${i18n.date(g.start)}`}</Subtitle2>
          <Body1>{t("eval.openNow.hint")}</Body1>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void open(g.number)}>{t("eval.openNow")}</Button>
          </div>
        </Card>
      ))}
      {opening && <Body1 role={opening.failed ? "alert" : "status"}>{opening.text}</Body1>}
      {openStage && results.gatherings.filter((g) => g.state === "open" || g.canOpenNow).map((g) => (
        <div key={`live-${g.number}`} className={styles.actions}>
          <Button icon={<ShareScreenStartRegular />} onClick={() => openStage(liveUrl(networkId, g.number, i18n.lang), t("live.heading", { number: g.number }))}>
            {`${t("live.open")}: ${t("plan.next.number", { number: g.number })}`}
          </Button>
        </div>
      ))}
      <div className={styles.part}>
        <Subtitle2 as="h2">{t("eval.trend.title")}</Subtitle2>
        {!trend ? <Body1>{t("eval.trend.noItem")}</Body1> : opened.length === 0 ? <Body1>{t("eval.trend.none")}</Body1> : (
          <Card>
            {results.trends.length > 1 && (
              <Field label={t("eval.trend.item")} className={styles.picker}>
                <Select value={trend.itemId} onChange={(_, d) => setItemId(d.value)}>
                  {results.trends.map((x) => <option key={x.itemId} value={x.itemId}>{itemText(x.itemId)}</option>)}
                </Select>
              </Field>
            )}
            <Subtitle2 as="h3">{itemText(trend.itemId)}</Subtitle2>
            <TrendChart key={trend.itemId} title={itemText(trend.itemId)} kind={results.items.find((i) => i.id === trend.itemId)?.kind ?? "likert"}
              gatherings={results.gatherings.map((g) => g.number)} minimumGroup={results.minimumGroup}
              network={{ id: "network", name: network, points: trend.network }}
              municipalities={results.municipalities.map((m) => ({ id: m.id, name: m.name, points: trend.municipalities[m.id] ?? [] }))} />
          </Card>
        )}
      </div>

      <div className={styles.part}>
        <Subtitle2 as="h2">{t("eval.results.title")}</Subtitle2>
        <div className={styles.actions}>
          <Button icon={<ArrowDownloadRegular />} disabled={exporting} onClick={() => void exportAs("xlsx")}>{t("eval.export.xlsx")}</Button>
          <Button icon={<ArrowDownloadRegular />} disabled={exporting} onClick={() => void exportAs("csv")}>{t("eval.export.csv")}</Button>
          {exporting && <Spinner size="tiny" label={t("report.export.working")} />}
        </div>
        {exportError && <Body1 role="alert">{exportError}</Body1>}
        {!gathering ? <Body1>{t("eval.trend.none")}</Body1> : (
          <>
            <Field label={t("eval.results.gathering")} className={styles.picker}>
              <Select value={String(gathering.number)} onChange={(_, d) => setNumber(Number(d.value))}>
                {opened.map((g) => <option key={g.number} value={g.number}>{`${t("plan.next.number", { number: g.number })} · ${i18n.date(g.start)}`}</option>)}
              </Select>
            </Field>
            <Caption1 className={styles.muted}>
              {t(gathering.state === "open" ? "eval.results.open" : "eval.results.closed", { date: i18n.date(gathering.closes, true) })}
            </Caption1>
            <GatheringResults results={results} gathering={gathering} />
          </>
        )}
      </div>

      {bank}
    </section>
  );
}
