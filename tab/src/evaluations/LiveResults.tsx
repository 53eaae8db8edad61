import { Body1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useEffect } from "react";
import type { Api, LiveEvaluation } from "../shared/api";
import { errorText } from "../shared/errors";
import { useI18n } from "../shared/i18n";
import { useLoad } from "../shared/useLoad";

/** How often the big screen asks again: answers show within a few seconds. */
export const liveRefreshMs = 3000;

const useStyles = makeStyles({
  page: {
    minHeight: "100vh", boxSizing: "border-box", padding: "clamp(16px, 3vw, 48px)", display: "grid", gap: "clamp(16px, 3vw, 40px)",
    gridTemplateColumns: "minmax(0, 1fr) auto", alignItems: "start", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
    lineHeight: 1.3, // the large type needs room (Fluent's line heights are fixed pixels)
    "@media (max-width: 700px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  title: { fontSize: "clamp(24px, 3.2vw, 48px)", fontWeight: 700, lineHeight: 1.2, margin: 0 },
  theme: { fontSize: "clamp(18px, 2vw, 30px)", margin: 0, color: tokens.colorNeutralForeground2 },
  count: { fontSize: "clamp(40px, 7vw, 110px)", fontWeight: 700, lineHeight: 1, margin: 0 },
  items: { display: "flex", flexDirection: "column", gap: "clamp(16px, 2.5vw, 36px)", listStyleType: "none", margin: 0, padding: 0 },
  item: { display: "flex", flexDirection: "column", gap: "8px" },
  text: { fontSize: "clamp(18px, 2.2vw, 34px)", fontWeight: 600, margin: 0 },
  figures: { fontSize: "clamp(16px, 1.8vw, 28px)", margin: 0 },
  bars: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr) auto", gap: "6px 12px", alignItems: "center", fontSize: "clamp(16px, 1.6vw, 26px)" },
  bar: { height: "clamp(14px, 1.6vw, 26px)", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusMedium, minWidth: "2px" },
  waiting: { fontSize: "clamp(16px, 1.8vw, 28px)", color: tokens.colorNeutralForeground2, margin: 0 },
  side: { display: "flex", flexDirection: "column", alignItems: "center", gap: "12px", maxWidth: "min(420px, 90vw)", textAlign: "center" },
  qr: { width: "clamp(180px, 22vw, 380px)", height: "auto", backgroundColor: "#ffffff", padding: "12px", borderRadius: tokens.borderRadiusLarge },
  link: { fontSize: "clamp(18px, 2vw, 32px)", fontWeight: 700, wordBreak: "break-all" },
});

/**
 * The evaluation on the big screen in the room (Teams' stage view, or a window of its own; F11 for full screen): how
 * many have answered, and each statement's distribution and mean once enough have answered. The host's figures move
 * only in steps of the small-group minimum, and no free text is ever shown here. A QR code and a short link open a
 * chat with the app for those it could not reach 1:1.
 */
export function LiveResults({ api, networkId, gathering }: { api: Api; networkId: string; gathering: number }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const locale = i18n.lang === "en" ? "en-US" : "nb-NO";
  const { data, error, reload } = useLoad<LiveEvaluation>(() => api.liveEvaluation(networkId, gathering, locale), [api, networkId, gathering, locale]);
  useEffect(() => {
    const timer = window.setInterval(() => void reload(), liveRefreshMs);
    return () => window.clearInterval(timer);
  }, [reload]);

  if (!data) return error ? <Body1 role="alert">{errorText(error, t)}</Body1> : <Spinner label={t("app.loading")} />;
  return (
    <main className={styles.page} aria-label={t("live.title")}>
      <div className={styles.items}>
        <div>
          <h1 className={styles.title}>{t("live.heading", { number: data.gathering })}</h1>
          <p className={styles.theme}>{data.theme}</p>
        </div>
        {/* The count is announced as it changes; the figures are not (they would talk over the room). */}
        <p className={styles.count} role="status" data-testid="live-count">
          {t(data.respondents === 1 ? "live.answeredOne" : "live.answered", { count: data.respondents })}
        </p>
        {data.state === "notYet" && <p className={styles.waiting}>{t("live.notYet")}</p>}
        {data.state === "closed" && <p className={styles.waiting}>{t("live.closed")}</p>}
        {error ? <Body1 role="alert">{errorText(error, t)}</Body1> : null}
        <ul className={styles.items}>
          {data.items.map((item) => (
            <li key={item.id} className={styles.item} data-testid={`live-${item.id}`}>
              <p className={styles.text}>{item.text}</p>
              {!item.statistics ? <p className={styles.waiting}>{t("live.waiting", { minimum: data.minimumGroup })}</p> : (
                <>
                  <p className={styles.figures}>
                    {t(item.kind === "hours" ? "live.meanHours" : "live.mean", { mean: item.statistics.mean === null ? "–" : i18n.mean(item.statistics.mean), n: item.statistics.n })}
                  </p>
                  {item.kind !== "hours" && <Bars counts={item.statistics.counts} dontKnow={item.statistics.dontKnow} />}
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
      {data.answerUrl && data.qrSvg && (
        <aside className={styles.side} aria-label={t("live.scan")}>
          <img className={styles.qr} src={`data:image/svg+xml;base64,${btoa(data.qrSvg)}`} alt={t("live.qrAlt", { url: data.answerUrl })} />
          <p className={styles.figures}>{t("live.scan")}</p>
          <p className={styles.link}>{data.answerUrl.replace(/^https?:\/\//, "")}</p>
        </aside>
      )}
    </main>
  );
}

/** One bar per answer 1-5 (and "don't know"), long as its share, with the count beside it. */
function Bars({ counts, dontKnow }: { counts: number[]; dontKnow: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  const rows = [...counts.map((c, i) => ({ label: String(i + 1), count: c })), ...(dontKnow > 0 ? [{ label: t("live.dontKnow"), count: dontKnow }] : [])];
  const most = Math.max(1, ...rows.map((r) => r.count));
  return (
    <div className={styles.bars} role="img" aria-label={t("eval.results.distribution", { counts: rows.map((r) => `${r.label}: ${r.count}`).join(", ") })}>
      {rows.map((r) => (
        <Fragment key={r.label}>
          <span aria-hidden="true">{r.label}</span>
          <span aria-hidden="true"><span className={styles.bar} style={{ display: "block", width: `${(r.count / most) * 100}%` }} /></span>
          <span aria-hidden="true">{r.count}</span>
        </Fragment>
      ))}
    </div>
  );
}
