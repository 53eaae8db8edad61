import {
  Badge, Body1, Button, Caption1, Card, CardHeader, Link, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { Fragment, useState } from "react";
import { errorText } from "../shared/errors";
import { saveFile, type Api, type CellState, type MatrixCell, type ReportDetail } from "../shared/api";
import { useI18n, type TextKey } from "../shared/i18n";
import { ScrollRegion } from "../shared/ScrollRegion";
import { Snapshots } from "./Snapshots";
import { useLoad } from "../shared/useLoad";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  /** The team column stays in view while the gatherings scroll (phone width). */
  sticky: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, minWidth: "140px", maxWidth: "180px" },
  cell: { minWidth: "104px", verticalAlign: "top" },
  /** Columns as wide as their content (not squeezed to the screen): the container scrolls instead. */
  matrix: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  pill: { whiteSpace: "nowrap" },
  stack: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  /** Label and answer side by side; a long answer (a link, the figures) wraps inside its column instead of widening the page. */
  facts: {
    display: "grid", gridTemplateColumns: "minmax(96px, 40%) minmax(0, 1fr)", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    "& > *": { minWidth: 0, overflowWrap: "break-word", hyphens: "auto" },
  },
});

const colors: Record<CellState, "success" | "warning" | "informative" | "danger" | "brand"> = {
  notDue: "informative", open: "brand", draft: "warning", submitted: "success", missing: "danger", notAsked: "informative",
};
const outcome: Record<string, TextKey> = { done: "report.outcome.done", partly: "report.outcome.partly", notYet: "report.outcome.notYet" };

/** The organizers' report overview: the matrix (teams × gatherings), one report in full, and the figures table. */
export function ReportsAdmin({ api, networkId }: { api: Api; networkId: string }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { data: matrix, error: loadError } = useLoad(() => api.reportMatrix(networkId), [api, networkId]);
  const [failure, setFailure] = useState<string | null>(null);
  const [detail, setDetail] = useState<ReportDetail | null>(null);
  const [nudged, setNudged] = useState<Record<string, string>>({});
  const [exporting, setExporting] = useState<"xlsx" | "csv" | "docx" | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const percent = (v: number | null) => (v === null ? "–" : new Intl.NumberFormat(i18n.lang === "nb" ? "nb-NO" : "en-GB", { style: "percent", maximumFractionDigits: 1 }).format(v));

  async function nudge(teamId: string, gathering: number) {
    try {
      await api.nudge(networkId, teamId, gathering);
      setNudged((n) => ({ ...n, [teamId]: t("report.nudged") }));
    } catch (e) {
      setNudged((n) => ({ ...n, [teamId]: errorText(e, t) }));
    }
  }

  async function exportAs(format: "xlsx" | "csv" | "docx") {
    setExporting(format);
    setExportError(null);
    try {
      saveFile(format === "docx" ? await api.networkReport(networkId) : await api.exportReports(networkId, format, i18n.lang === "nb" ? "nb-NO" : "en"));
    } catch (e) {
      setExportError(errorText(e, t));
    } finally {
      setExporting(null);
    }
  }

  async function open(teamId: string, gathering: number) {
    try {
      setDetail(await api.reportDetail(networkId, teamId, gathering));
    } catch (e) {
      setFailure(errorText(e, t));
    }
  }

  /** What a cell adds under its state: late, a draft behind "missing", reopened. */
  function cellNote(c: MatrixCell): string | null {
    const notes = [
      c.late ? t("report.cell.late") : null,
      c.state === "missing" && c.hasDraft ? t("report.cell.withDraft") : null,
      c.reopened ? t("report.cell.reopened") : null,
    ].filter((n): n is string => n !== null);
    return notes.length > 0 ? notes.join(", ") : null;
  }

  function cellLabel(c: MatrixCell): string {
    const note = cellNote(c);
    return note ? `${t(`report.cell.${c.state}` as TextKey)} (${note})` : t(`report.cell.${c.state}` as TextKey);
  }

  const error = failure ?? (loadError ? errorText(loadError, t) : null);
  if (error) return <Body1>{error}</Body1>;
  if (!matrix) return <Spinner label={t("app.loading")} />;
  const reference = matrix.figures.nationalTurnoverReference;
  return (
    <section className={styles.list} aria-label={t("admin.section.reports")}>
      <Subtitle2 as="h2">{t("report.matrix")}</Subtitle2>
      <div className={styles.actions}>
        <Button icon={<ArrowDownloadRegular />} disabled={exporting !== null} onClick={() => void exportAs("xlsx")}>{t("report.export.xlsx")}</Button>
        <Button icon={<ArrowDownloadRegular />} disabled={exporting !== null} onClick={() => void exportAs("csv")}>{t("report.export.csv")}</Button>
        <Button icon={<DocumentTextRegular />} disabled={exporting !== null} onClick={() => void exportAs("docx")}>{t("report.export.docx")}</Button>
        {exporting && <Spinner size="tiny" label={t("report.export.working")} />}
      </div>
      {exportError && <Body1 role="alert">{exportError}</Body1>}
      <ScrollRegion className={styles.scroll} label={t("report.matrix")}>
        <Table size="small" aria-label={t("report.matrix")} className={styles.matrix}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.sticky}>{t("plan.team")}</TableHeaderCell>
              {matrix.gatherings.map((g) => <TableHeaderCell key={g.number} className={styles.cell}>{t("plan.next.number", { number: g.number })}</TableHeaderCell>)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {matrix.teams.map((team) => (
              <TableRow key={team.id}>
                <TableCell className={styles.sticky}><Text weight="semibold">{team.name}</Text><br /><Caption1>{team.municipality}</Caption1></TableCell>
                {team.cells.map((c) => (
                  <TableCell key={c.gathering} className={styles.cell}>
                    <div className={styles.stack}>
                      {c.state === "submitted" || c.hasDraft ? (
                        <Button size="small" appearance="transparent" onClick={() => void open(team.id, c.gathering)}
                          aria-label={`${team.name}, ${t("plan.next.number", { number: c.gathering })}: ${cellLabel(c)}`}>
                          <Badge className={styles.pill} appearance="tint" color={colors[c.state]}>{t(`report.cell.${c.state}` as TextKey)}</Badge>
                        </Button>
                      ) : (
                        <Badge className={styles.pill} appearance="outline" color={colors[c.state]}>{t(`report.cell.${c.state}` as TextKey)}</Badge>
                      )}
                      {cellNote(c) && <Caption1>{cellNote(c)}</Caption1>}
                      {c.gathering === matrix.open && c.state !== "submitted" && (
                        team.nudgeBlocked ? <Caption1>{t("report.nudge.unreachableShort")}</Caption1>
                          : nudged[team.id] ? <Caption1 role="status">{nudged[team.id]}</Caption1>
                            : <Button size="small" onClick={() => void nudge(team.id, c.gathering)} aria-label={`${t("report.nudge")}: ${team.name}`}>{t("report.nudge")}</Button>
                      )}
                    </div>
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <Caption1>{t("report.legend")}</Caption1>
      {matrix.open !== null && matrix.teams.some((x) => x.nudgeBlocked) && <Caption1>{t("report.nudge.unreachable")}</Caption1>}

      {detail && (
        <Card data-testid="report-detail">
          <CardHeader header={<Subtitle2 as="h3">{`${detail.teamName} · ${t("plan.next.number", { number: detail.gathering })}`}</Subtitle2>}
            description={<Caption1>{detail.report.submittedBy && detail.report.submittedAt
              ? t("report.submittedBy", { name: detail.report.submittedBy, date: i18n.date(detail.report.submittedAt, true) })
              : t(`plan.report.${detail.report.state}` as TextKey)}</Caption1>} />
          <div className={styles.facts}>
            {detail.report.tasks.map((x) => (
              <Fact key={x.taskId} title={detail.taskTitles[x.taskId] ?? x.taskId} value={`${t(outcome[x.outcome])}${x.comment ? `: ${x.comment}` : ""}`} />
            ))}
            <Fact title={t("report.subGoals")} value={detail.report.subGoals} />
            <Fact title={t("report.measures")} value={detail.report.measures} />
            <Fact title={t("report.goalAchievement")} value={[detail.report.goalAchievement, detail.report.goalAchievementText].filter((v) => v !== null && v !== "").join(" · ")} />
            <Fact title={t("report.hours")} value={detail.report.hours === null ? null : new Intl.NumberFormat(i18n.lang === "nb" ? "nb-NO" : "en-GB").format(detail.report.hours)} />
            {detail.report.figures && (
              <Fact title={t("report.figures")} value={t("report.figuresText", { ...detail.report.figures })} />
            )}
            {!detail.report.figures && (detail.report.notKnown?.length ?? 0) > 0 && <Fact title={t("report.figures")} value={t("report.figuresNotKnown")} />}
            {Object.entries(detail.report.values ?? {}).map(([id, value]) => {
              const item = detail.ownItems?.find((i) => i.id === id);
              return <Fact key={id} title={item ? (i18n.lang === "nb" ? item.nb : item.en) : id} value={value} />;
            })}
            {detail.report.tasks.flatMap((x) => (x.links ?? []).map((link) => (
              <Fragment key={`${x.taskId}-${link}`}>
                <Text weight="semibold">{`${t("report.link")}: ${detail.taskTitles[x.taskId] ?? x.taskId}`}</Text>
                <Link href={link} target="_blank" rel="noreferrer">{link}</Link>
              </Fragment>
            )))}
            <Fact title={t("report.freeText")} value={detail.report.freeText} />
          </div>
          <Button onClick={() => setDetail(null)}>{t("report.close")}</Button>
        </Card>
      )}

      <Subtitle2 as="h2">{t("report.figuresTable")}</Subtitle2>
      <Caption1>{t("report.figuresHint", { reference: percent(reference) })}</Caption1>
      <ScrollRegion className={styles.scroll} label={t("report.figuresTable")}>
        <Table size="small" aria-label={t("report.figuresTable")} data-testid="figures-table" className={styles.matrix}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.sticky}>{t("admin.team.municipality")}</TableHeaderCell>
              <TableHeaderCell>{t("report.col.teams")}</TableHeaderCell>
              <TableHeaderCell>{t("report.col.mentors")}</TableHeaderCell>
              <TableHeaderCell>{t("report.col.trained")}</TableHeaderCell>
              <TableHeaderCell>{t("report.col.newHires")}</TableHeaderCell>
              <TableHeaderCell>{t("report.col.quit")}</TableHeaderCell>
              <TableHeaderCell>{t("report.col.turnover")}</TableHeaderCell>
              <TableHeaderCell>{t("report.col.from")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...matrix.figures.municipalities, matrix.figures.network].map((r) => (
              <TableRow key={r.municipalityId || "network"}>
                <TableCell className={styles.sticky}><Text weight={r.municipalityId ? "regular" : "semibold"}>{r.name}</Text></TableCell>
                <TableCell className={styles.num}>{`${r.teamsReporting}/${r.teams}`}</TableCell>
                <TableCell className={styles.num}>{count(r, r.mentors)}</TableCell>
                <TableCell className={styles.num}>{count(r, r.mentorsTrained)}</TableCell>
                <TableCell className={styles.num}>{count(r, r.newHiresWithMentor)}</TableCell>
                <TableCell className={styles.num}>{count(r, r.newHiresWithMentorQuit)}</TableCell>
                <TableCell className={styles.num}>
                  <span className={r.turnover !== null && r.turnover > reference ? styles.over : undefined}>{percent(r.turnover)}</span>
                </TableCell>
                <TableCell>{r.fromGatherings.length === 0 ? <Caption1>{t("report.col.none")}</Caption1> : r.fromGatherings.join(", ")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <Snapshots api={api} networkId={networkId} />
    </section>
  );
}

/** A count from the figures table, or "–" when none of the row's teams has reported figures (not 0). */
function count(row: { teamsReporting: number }, value: number): string {
  return row.teamsReporting === 0 ? "–" : String(value);
}

function Fact({ title, value }: { title: string; value: string | null }) {
  if (!value) return null;
  return (<><Text weight="semibold">{title}</Text><Text>{value}</Text></>);
}
