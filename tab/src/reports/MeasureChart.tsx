import { makeStyles, tokens } from "@fluentui/react-components";
import type { Measure, MeasurePoint } from "../shared/api";
import { niceScale, useWidth } from "../shared/chart";
import { useI18n } from "../shared/i18n";

export interface MeasureSeries { id: string; name: string; points: MeasurePoint[]; bold?: boolean; color: string; dash?: string }

const useStyles = makeStyles({
  chart: { width: "100%", minWidth: 0 },
  svg: { display: "block", overflow: "visible" },
});

/** A measure's value as people read it: a ratio in per cent, a count whole, a number or likert with one decimal. */
export function useMeasureFormat() {
  const { number } = useI18n();
  return (measure: Pick<Measure, "kind">, value: number) => (measure.kind === "ratio" ? `${number(value * 100, 0)} %` : number(value, measure.kind === "count" ? 0 : 1));
}

/**
 * One measure as a line chart (hand-written SVG, like the evaluation trend): a line per series across the gatherings,
 * the target or reference as a dashed line with its label, each point's value on hover (its title), and a flagged
 * point (the second step in a row against the good direction) ringed in the danger colour. Small (a small multiple)
 * without axis titles.
 */
export function MeasureChart({ measure, gatherings, series, small = false, label }: {
  measure: Measure; gatherings: number[]; series: MeasureSeries[]; small?: boolean; label: string;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const format = useMeasureFormat();
  const [ref, width] = useWidth(small ? 240 : 640);
  const scale = measure.kind === "ratio" ? 100 : 1;
  const values = series.flatMap((s) => s.points.map((p) => p.value * scale)).concat(measure.target != null ? [measure.target * scale] : []);
  const [low, high, ticks]: [number, number, number[]] = measure.kind === "likert" ? [1, 5, [1, 2, 3, 4, 5]] : niceScale(Math.max(0, ...values));
  const height = small ? 140 : width < 480 ? 220 : 280;
  const m = { left: small ? 30 : 44, right: small ? 8 : 16, top: 10, bottom: small ? 20 : 30 };
  const plotW = Math.max(1, width - m.left - m.right);
  const plotH = height - m.top - m.bottom;
  const step = gatherings.length > 1 ? plotW / (gatherings.length - 1) : 0;
  const x = (g: number) => m.left + (gatherings.length > 1 ? gatherings.indexOf(g) * step : plotW / 2);
  const y = (v: number) => m.top + plotH * (1 - (v * scale - low) / (high - low || 1));
  const tick = (v: number) => (measure.kind === "ratio" ? `${v} %` : String(v));

  return (
    <div ref={ref} className={styles.chart}>
      <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className={styles.svg}>
        <title>{label}</title>
        <g style={{ fontSize: small ? "10px" : "12px", fill: tokens.colorNeutralForeground3 }}>
          {ticks.filter((_, i) => !small || i % 2 === 0 || ticks.length <= 3).map((v) => (
            <g key={v}>
              <line x1={m.left} x2={m.left + plotW} y1={y(v / scale)} y2={y(v / scale)} style={{ stroke: tokens.colorNeutralStroke2, strokeWidth: 1 }} />
              <text x={m.left - 6} y={y(v / scale)} textAnchor="end" dominantBaseline="middle">{tick(v)}</text>
            </g>
          ))}
          {gatherings.map((g) => (
            <text key={g} x={x(g)} y={m.top + plotH + (small ? 14 : 18)} textAnchor="middle">{small || width < 480 ? g : t("plan.next.number", { number: g })}</text>
          ))}
        </g>
        {measure.target != null && (
          <g data-testid="measure-target">
            <line x1={m.left} x2={m.left + plotW} y1={y(measure.target)} y2={y(measure.target)}
              style={{ stroke: tokens.colorPaletteRedForeground1, strokeWidth: 1.5, strokeDasharray: "6 4" }} />
            {!small && measure.targetLabel && (
              <text x={m.left + plotW} y={y(measure.target) - 6} textAnchor="end" style={{ fontSize: "12px", fill: tokens.colorPaletteRedForeground1 }}>
                {`${measure.targetLabel} (${format(measure, measure.target)})`}
              </text>
            )}
          </g>
        )}
        {series.map((s) => {
          const points = [...s.points].filter((p) => gatherings.includes(p.gathering)).sort((a, b) => a.gathering - b.gathering);
          return (
            <g key={s.id} data-series={s.id} style={{ stroke: s.color, fill: s.color }}>
              {points.length > 1 && (
                <path d={points.map((p, i) => `${i ? "L" : "M"}${x(p.gathering)},${y(p.value)}`).join(" ")}
                  style={{ fill: "none", strokeWidth: s.bold ? 3.5 : 1.75, strokeDasharray: s.dash || undefined, strokeLinejoin: "round" }} />
              )}
              {points.map((p) => (
                <g key={p.gathering} data-gathering={p.gathering} data-flagged={p.flagged || undefined}>
                  <circle cx={x(p.gathering)} cy={y(p.value)} r={s.bold ? 5 : 3.5} style={{ strokeWidth: 0 }}>
                    <title>{`${s.name}, ${t("plan.next.number", { number: p.gathering })}: ${format(measure, p.value)}${p.flagged ? ` – ${t("measure.flagged")}` : ""}`}</title>
                  </circle>
                  {p.flagged && <circle cx={x(p.gathering)} cy={y(p.value)} r={9} style={{ fill: "none", stroke: tokens.colorPaletteRedForeground1, strokeWidth: 2 }} />}
                </g>
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
