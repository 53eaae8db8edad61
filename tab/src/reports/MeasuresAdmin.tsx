import {
  Body1, Caption1, Card, Field, Select, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Api, MeasurePoint } from "../shared/api";
import { errorText } from "../shared/errors";
import { useI18n, type TextKey } from "../shared/i18n";
import { ScrollRegion } from "../shared/ScrollRegion";
import { useLoad } from "../shared/useLoad";
import { lineColors as colors } from "../shared/chart";
import { useWideTableStyles } from "../shared/wideTable";
import { MeasureChart, useMeasureFormat, type MeasureSeries } from "./MeasureChart";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
  pick: { maxWidth: "420px", width: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))", gap: tokens.spacingHorizontalM },
  small: { padding: tokens.spacingHorizontalS, minWidth: 0 },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  flag: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});


/**
 * The report's measures over the gatherings (måltall): one measure at a time as a chart of the network (bold) and each
 * municipality with the target or reference line, the same figures in a table (flagged values marked), and the small
 * multiples: every team's series for the measure side by side on one scale. A flag marks a series that has moved
 * against the measure's good direction two periods in a row. Organizers of the network only.
 */
export function MeasuresAdmin({ api, networkId }: { api: Api; networkId: string }) {
  const styles = useStyles();
  const wide = useWideTableStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const locale = i18n.lang === "en" ? "en-US" : "nb-NO";
  const { data, error } = useLoad(() => api.measures(networkId, locale), [api, networkId, locale]);
  const [chosen, setChosen] = useState<string | null>(null);
  const format = useMeasureFormat();

  if (error) return <Body1 role="alert">{errorText(error, t)}</Body1>;
  if (!data) return <Spinner label={t("app.loading")} />;
  if (data.measures.length === 0) return <Body1>{t("measure.none")}</Body1>;
  const measure = data.measures.find((x) => x.id === chosen) ?? data.measures.find((x) => x.id === "turnover") ?? data.measures[0];
  // The gatherings from the first with a figure to the last (the network's points cover every team's).
  const reported = measure.network.map((p) => p.gathering);
  const shown = data.gatherings.map((g) => g.number).filter((g) => g >= Math.min(...reported) && g <= Math.max(...reported));
  const networkSeries: MeasureSeries = { id: "network", name: t("measure.network"), points: measure.network, bold: true, color: tokens.colorBrandForeground1 };
  const municipalitySeries: MeasureSeries[] = measure.municipalities.map((s, i) => ({ ...s, color: colors[i % colors.length] })); // solid: the dashed line is the target
  const rows = [networkSeries, ...municipalitySeries, ...measure.teams.map((s) => ({ ...s, color: "" }))];
  const flags = measure.teams.flatMap((s) => s.points.filter((p) => p.flagged).map((p) => ({ team: s.name, gathering: p.gathering })));
  const direction = measure.direction === "none" ? "" : t(`measure.direction.${measure.direction}` as TextKey);
  const cell = (p: MeasurePoint | undefined) => (p ? `${format(measure, p.value)}${p.flagged ? " ⚠" : ""}` : "–");

  return (
    <section className={styles.page} aria-label={t("admin.section.measures")}>
      <Subtitle2 as="h2">{t("measure.title")}</Subtitle2>
      <Body1 className={styles.muted}>{t("measure.intro")}</Body1>
      <Field label={t("measure.pick")} className={styles.pick}>
        <Select className={styles.select} select={{ className: styles.select }} value={measure.id} onChange={(_, d) => setChosen(d.value)}>
          {data.measures.map((x) => <option key={x.id} value={x.id}>{x.text}</option>)}
        </Select>
      </Field>
      <Card data-testid="measure-chart">
        <Subtitle2 as="h3">{measure.text}</Subtitle2>
        {measure.definition && <Caption1 className={styles.muted}>{measure.definition}</Caption1>}
        <Caption1 className={styles.muted}>
          {[direction, measure.target != null ? t("measure.target", { label: measure.targetLabel ?? "", value: format(measure, measure.target) }) : ""].filter(Boolean).join(" · ")}
        </Caption1>
        {shown.length === 0 ? <Body1>{t("measure.noValues")}</Body1> : (
          <MeasureChart measure={measure} gatherings={shown} series={[...municipalitySeries, networkSeries]}
            label={t("measure.chartLabel", { measure: measure.text, values: measure.network.map((p) => `${t("plan.next.number", { number: p.gathering })}: ${format(measure, p.value)}`).join("; ") || t("measure.noValues") })} />
        )}
        <div className={styles.legend} aria-hidden="true">
          {[networkSeries, ...municipalitySeries].map((s) => <Caption1 key={s.id} style={{ color: s.color, fontWeight: s.bold ? 600 : 400 }}>{`— ${s.name}`}</Caption1>)}
        </div>
      </Card>
      {flags.length > 0 && (
        <Card data-testid="measure-flags">
          <Text weight="semibold">{t("measure.flagsTitle")}</Text>
          {flags.map((f) => <Body1 key={`${f.team}-${f.gathering}`} className={styles.flag}>{t("measure.flagLine", { team: f.team, number: f.gathering, direction: direction })}</Body1>)}
        </Card>
      )}
      <details open>
        <summary>{t("measure.table")}</summary>
        <ScrollRegion className={wide.scroll} label={t("measure.table")}>
          <Table size="small" className={wide.table} aria-label={`${t("measure.table")}: ${measure.text}`} data-testid="measure-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={wide.sticky}>{t("measure.series")}</TableHeaderCell>
                {shown.map((g) => <TableHeaderCell key={g} className={styles.num}>{t("plan.next.number", { number: g })}</TableHeaderCell>)}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((s) => (
                <TableRow key={s.id} data-testid={`measure-row-${s.id}`}>
                  <TableCell className={wide.sticky}>{s.name}</TableCell>
                  {shown.map((g) => {
                    const p = s.points.find((q) => q.gathering === g);
                    return <TableCell key={g} className={p?.flagged ? `${styles.num} ${styles.flag}` : styles.num}>{cell(p)}</TableCell>;
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      </details>
      <Subtitle2 as="h3">{t("measure.multiples", { measure: measure.text })}</Subtitle2>
      <div className={styles.grid} data-testid="measure-multiples">
        {measure.teams.map((team) => (
          <Card key={team.id} className={styles.small}>
            <Text size={200} weight="semibold">{team.name}</Text>
            {team.points.length === 0 ? <Caption1 className={styles.muted}>{t("measure.noValues")}</Caption1> : (
              <MeasureChart small measure={measure} gatherings={shown} series={[{ ...team, color: tokens.colorBrandForeground1, bold: true }]}
                label={t("measure.chartLabel", { measure: `${measure.text}, ${team.name}`, values: team.points.map((p) => `${t("plan.next.number", { number: p.gathering })}: ${format(measure, p.value)}`).join("; ") })} />
            )}
          </Card>
        ))}
      </div>
    </section>
  );
}
