import {
  Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens,
} from "@fluentui/react-components";
import type { OpenScreenSession } from "../shared/api";
import { useI18n } from "../shared/i18n";
import { useSessionFormat } from "./openScreenFormat";
import { ScrollRegion } from "../shared/ScrollRegion";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { width: "auto", minWidth: "min(100%, 360px)", tableLayout: "auto" },
  date: { whiteSpace: "nowrap", "@media (max-width: 480px)": { whiteSpace: "normal" } },
  topic: { minWidth: "7em", "@media (max-width: 480px)": { minWidth: "5em" } },
  figure: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, whiteSpace: "nowrap" },
  value: { minWidth: "2ch", textAlign: "end" },
  track: {
    display: "inline-block", width: "80px", height: "10px", borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground4, overflow: "hidden",
    "@media (max-width: 480px)": { display: "none" }, // phones: the numbers alone, so every column fits
  },
  yes: { display: "block", height: "100%", backgroundColor: tokens.colorNeutralForeground3 },
  came: { display: "block", height: "100%", backgroundColor: tokens.colorBrandBackground },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Attendance over time: every held (past, not cancelled) session, oldest first, with how many said they would come and
 * how many came. A table, so it reads the same to everyone; the bars beside the figures are decoration (aria-hidden).
 */
export function OpenScreenTrend({ sessions }: { sessions: OpenScreenSession[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const format = useSessionFormat();
  const held = sessions.filter((s) => s.state === "past" && s.ended); // over, not cancelled
  if (held.length === 0) return <Caption1 className={styles.muted}>{t("openScreen.trend.none")}</Caption1>;
  const most = Math.max(1, ...held.map((s) => Math.max(s.rsvp.yes, s.attendance?.count ?? 0)));
  const figure = (value: number | null, bar: string) => (
    <span className={styles.figure}>
      <span className={styles.value}>{value ?? "–"}</span>
      <span className={styles.track} aria-hidden>{value !== null && <span className={bar} style={{ width: `${(100 * value) / most}%` }} />}</span>
    </span>
  );
  return (
    <>
      <Caption1 className={styles.muted}>{t("openScreen.trend.caption")}</Caption1>
      <ScrollRegion className={styles.scroll} label={t("openScreen.trend.title")}>
        <Table size="small" className={styles.table} aria-label={t("openScreen.trend.title")} data-testid="open-screen-trend">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("openScreen.trend.date")}</TableHeaderCell>
              <TableHeaderCell>{t("openScreen.trend.topic")}</TableHeaderCell>
              <TableHeaderCell>{t("openScreen.trend.yes")}</TableHeaderCell>
              <TableHeaderCell>{t("openScreen.trend.came")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {held.map((s) => (
              <TableRow key={s.id}>
                <TableCell className={styles.date}>{format.date(s)}</TableCell>
                <TableCell className={styles.topic}>{s.topic}</TableCell>
                <TableCell>{figure(s.rsvp.yes, styles.yes)}</TableCell>
                <TableCell>{figure(s.attendance?.count ?? null, styles.came)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
}
