import { Caption1, Checkbox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { EvaluationItemKind, TrendPoint } from "../shared/api";
import { useI18n } from "../shared/i18n";
import { Swatch, lineColors as colors, niceScale, useWidth } from "../shared/chart";
import { ScrollRegion } from "../shared/ScrollRegion";

export interface Series { id: string; name: string; points: TrendPoint[] }

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  chart: { width: "100%", minWidth: 0 },
  svg: { display: "block", overflow: "visible" },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, border: "none", margin: 0, padding: 0 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  summary: { cursor: "pointer", color: tokens.colorBrandForegroundLink, padding: `${tokens.spacingVerticalXS} 0` },
  table: { width: "auto", minWidth: "min(100%, 360px)", tableLayout: "auto" },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  network: { display: "inline-flex", alignItems: "center", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, fontWeight: tokens.fontWeightSemibold },
});

const dashes = ["", "6 4", "2 3", "10 4 2 4"];
const networkColor = tokens.colorBrandForeground1;

/**
 * The trend of one stable item as a line chart (hand-written SVG): the network (bold) and each municipality across the
 * gatherings. Points without a mean (too few answers) are left out, so the line has a gap. The same figures are in a
 * table for screen readers and for anyone who wants the numbers.
 */
export function TrendChart({ title, kind, gatherings, network, municipalities, minimumGroup }: {
  title: string; kind: EvaluationItemKind; gatherings: number[]; network: Series; municipalities: Series[]; minimumGroup: number;
}) {
  const styles = useStyles();
  const { t, number, mean } = useI18n();
  const [ref, width] = useWidth(640);
  const [hidden, setHidden] = useState<string[]>([]);
  const all = [network, ...municipalities];
  const means = all.flatMap((s) => s.points.map((p) => p.mean)).filter((m): m is number => m !== null);
  const [low, high, ticks]: [number, number, number[]] = kind === "hours" ? niceScale(Math.max(0, ...means)) : [1, 5, [1, 2, 3, 4, 5]];
  const height = width < 480 ? 220 : 280;
  // Room for half an x label at each end: "Samling 7" when there is space, else "7" and the axis title below.
  const long = gatherings.length < 2 || (width - 80) / (gatherings.length - 1) >= 80;
  const m = { left: long ? 40 : 32, right: long ? 36 : 16, top: 12, bottom: 36 };
  const plotW = Math.max(1, width - m.left - m.right);
  const plotH = height - m.top - m.bottom;
  const step = gatherings.length > 1 ? plotW / (gatherings.length - 1) : 0;
  const x = (g: number) => m.left + (gatherings.length > 1 ? gatherings.indexOf(g) * step : plotW / 2);
  const y = (v: number) => m.top + plotH * (1 - (v - low) / (high - low));
  const opened = network.points.map((p) => p.gathering);
  const fmt = (p: TrendPoint | undefined) => (p?.mean == null ? null : mean(p.mean));
  const summary = t("eval.trend.summary", {
    item: title.trim().endsWith(".") ? title.trim() : `${title.trim()}.`,
    points: network.points.map((p) => t("eval.trend.point", { number: p.gathering, mean: fmt(p) ?? t("eval.trend.noFigure") })).join("; ") || t("eval.trend.noFigure"),
  });

  const line = (s: Series, color: string, bold: boolean, dash: string) => {
    const segments: TrendPoint[][] = [];
    let current: TrendPoint[] = [];
    for (const p of [...s.points].sort((a, b) => a.gathering - b.gathering)) {
      if (p.mean === null || !gatherings.includes(p.gathering)) { if (current.length) segments.push(current); current = []; } else current.push(p);
    }
    if (current.length) segments.push(current);
    return (
      <g key={s.id} data-series={s.id} style={{ stroke: color, fill: color }}>
        {segments.filter((seg) => seg.length > 1).map((seg) => (
          <path key={seg[0].gathering} d={seg.map((p, i) => `${i ? "L" : "M"}${x(p.gathering)},${y(p.mean!)}`).join(" ")}
            style={{ fill: "none", strokeWidth: bold ? 3.5 : 1.75, strokeDasharray: dash || undefined, strokeLinejoin: "round" }} />
        ))}
        {segments.flat().map((p) => (
          <circle key={p.gathering} data-gathering={p.gathering} cx={x(p.gathering)} cy={y(p.mean!)} r={bold ? 5 : 3.5} style={{ strokeWidth: 0 }}>
            <title>{`${s.name}, ${t("plan.next.number", { number: p.gathering })}: ${fmt(p)} (n = ${p.n})`}</title>
          </circle>
        ))}
      </g>
    );
  };

  return (
    <div className={styles.root}>
      <div ref={ref} className={styles.chart}>
        <svg role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className={styles.svg}>
          <title>{summary}</title>
          <g style={{ fontSize: "12px", fill: tokens.colorNeutralForeground3 }}>
            {ticks.map((v) => (
              <g key={v}>
                <line x1={m.left} x2={m.left + plotW} y1={y(v)} y2={y(v)} style={{ stroke: tokens.colorNeutralStroke2, strokeWidth: 1 }} />
                <text x={m.left - 8} y={y(v)} textAnchor="end" dominantBaseline="middle">{number(v)}</text>
              </g>
            ))}
            {gatherings.map((g) => (
              <text key={g} x={x(g)} y={m.top + plotH + 18} textAnchor="middle">{long ? t("plan.next.number", { number: g }) : g}</text>
            ))}
            {!long && <text x={m.left + plotW / 2} y={height - 2} textAnchor="middle">{t("eval.trend.axis")}</text>}
          </g>
          {municipalities.map((s, i) => !hidden.includes(s.id) && line(s, colors[i % colors.length], false, dashes[Math.floor(i / 2) % dashes.length]))}
          {line(network, networkColor, true, "")}
        </svg>
      </div>
      <fieldset className={styles.legend}>
        <legend className={styles.muted}>{t("eval.trend.series")}</legend>
        <span className={styles.network}><Swatch color={networkColor} bold dash="" />{network.name}</span>
        {municipalities.map((s, i) => (
          <Checkbox key={s.id} checked={!hidden.includes(s.id)} label={<><Swatch color={colors[i % colors.length]} dash={dashes[Math.floor(i / 2) % dashes.length]} />{s.name}</>}
            onChange={(_, d) => setHidden((h) => (d.checked ? h.filter((id) => id !== s.id) : [...h, s.id]))} />
        ))}
      </fieldset>
      <Caption1 className={styles.muted}>{`${kind === "hours" ? t("eval.trend.hours") + ". " : ""}${t("eval.trend.caption", { minimum: minimumGroup })}`}</Caption1>
      <details>
        <summary className={styles.summary}>{t("eval.trend.table")}</summary>
        <ScrollRegion className={styles.scroll} label={`${t("eval.trend.title")}: ${title}`}>
          <Table size="small" className={styles.table} aria-label={`${t("eval.trend.title")}: ${title}`} data-testid="trend-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("eval.results.municipality")}</TableHeaderCell>
                {opened.map((g) => <TableHeaderCell key={g} className={styles.num}>{t("plan.next.number", { number: g })}</TableHeaderCell>)}
              </TableRow>
            </TableHeader>
            <TableBody>
              {all.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{s.name}</TableCell>
                  {opened.map((g) => {
                    const p = s.points.find((q) => q.gathering === g);
                    return <TableCell key={g} className={styles.num}>{fmt(p) === null ? "–" : `${fmt(p)} (${p!.n})`}</TableCell>;
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
        <Caption1 className={styles.muted}>{t("eval.trend.tableCaption", { minimum: minimumGroup })}</Caption1>
      </details>
    </div>
  );
}
