import {
  Caption1, Card, MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import type { EvaluationGathering, EvaluationItemResult, EvaluationResults, EvaluationStatistics } from "../shared/api";
import { useI18n } from "../shared/i18n";
import { ScrollRegion } from "../shared/ScrollRegion";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: {
    display: "flex", height: "20px", borderRadius: tokens.borderRadiusMedium, overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground4, maxWidth: "480px",
  },
  counts: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalM}`, listStyle: "none", margin: 0, padding: 0 },
  swatch: { display: "inline-block", width: "10px", height: "10px", borderRadius: "2px", marginInlineEnd: tokens.spacingHorizontalXS },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { width: "auto", minWidth: "min(100%, 360px)", tableLayout: "auto" },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  texts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

// From disagree (1) to agree (5): theme tokens, so the bar has contrast in light and dark.
const scale = [
  tokens.colorPaletteRedBackground3, tokens.colorPaletteDarkOrangeBackground3, tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteLightGreenBackground3, tokens.colorPaletteGreenBackground3,
];

/** One gathering's evaluation: how many answered, each scored item (network and per municipality), and the free texts. */
export function GatheringResults({ results, gathering }: { results: EvaluationResults; gathering: EvaluationGathering }) {
  const styles = useStyles();
  const { t, percent } = useI18n();
  const minimum = results.minimumGroup;
  const textItems = results.items.filter((i) => i.kind === "text" && gathering.texts[i.id] !== undefined);
  return (
    <div className={styles.list}>
      <Text weight="semibold" data-testid="response-rate">
        {gathering.invited > 0
          ? t("eval.results.rate", { respondents: gathering.respondents, invited: gathering.invited, percent: percent(gathering.respondents / gathering.invited) })
          : t("eval.results.count", { respondents: gathering.respondents })}
      </Text>
      {gathering.suppressed ? (
        <MessageBar intent="info"><MessageBarBody>{t("eval.results.suppressed", { minimum })}</MessageBarBody></MessageBar>
      ) : (
        <>
          {gathering.items.map((r) => <ItemResult key={r.itemId} results={results} result={r} />)}
          {textItems.length > 0 && <Subtitle2 as="h3">{t("eval.results.texts")}</Subtitle2>}
          {textItems.map((item) => (
            <Card key={item.id} className={styles.item}>
              <Text as="h4" weight="semibold">{item.text}</Text>
              {gathering.texts[item.id].length === 0 ? <Caption1 className={styles.muted}>{t("eval.results.noTexts")}</Caption1> : (
                <ul className={styles.texts} aria-label={item.text}>
                  {gathering.texts[item.id].map((text, i) => <li key={i}>{text}</li>)}
                </ul>
              )}
            </Card>
          ))}
        </>
      )}
    </div>
  );
}

function ItemResult({ results, result }: { results: EvaluationResults; result: EvaluationItemResult }) {
  const styles = useStyles();
  const { t, mean } = useI18n();
  const item = results.items.find((i) => i.id === result.itemId);
  const kind = item?.kind ?? "likert";
  const hours = kind === "hours";
  const fewer = t("eval.results.fewer", { minimum: results.minimumGroup });
  const name = (id: string) => results.municipalities.find((m) => m.id === id)?.name ?? id;
  const columns = hours ? 2 : kind === "likert" ? 8 : 7;
  // Mean and n first: on a phone they stay in view, and the counts scroll.
  const cells = (s: EvaluationStatistics) => (
    <>
      <TableCell className={styles.num}>{s.mean === null ? "–" : mean(s.mean)}</TableCell>
      <TableCell className={styles.num}>{s.n}</TableCell>
      {!hours && s.counts.map((c, i) => <TableCell key={i} className={styles.num}>{c}</TableCell>)}
      {kind === "likert" && <TableCell className={styles.num}>{s.dontKnow}</TableCell>}
    </>
  );
  const network = result.network;
  return (
    <Card className={styles.item} data-testid={`result-${result.itemId}`}>
      <Text as="h3" weight="semibold">{item?.text ?? result.itemId}</Text>
      {(kind === "likert" || kind === "rating") && <Caption1 className={styles.muted}>{t(kind === "likert" ? "eval.scale.likert" : "eval.scale.rating")}</Caption1>}
      {network === null ? <Text className={styles.muted}>{fewer}</Text> : (
        <>
          {!hours && <Distribution counts={network.counts} />}
          <Text>
            {t(hours ? "eval.results.summaryHours" : "eval.results.summary", { mean: network.mean === null ? "–" : mean(network.mean), n: network.n })}
            {kind === "likert" && ` · ${t("eval.results.dontKnowCount", { count: network.dontKnow })}`}
          </Text>
        </>
      )}
      <ScrollRegion className={styles.scroll} label={t("eval.results.byMunicipality", { item: item?.text ?? result.itemId })}>
        <Table size="extra-small" className={styles.table} aria-label={t("eval.results.byMunicipality", { item: item?.text ?? result.itemId })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("eval.results.municipality")}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t(hours ? "eval.results.meanHours" : "eval.results.mean")}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>n</TableHeaderCell>
              {!hours && [1, 2, 3, 4, 5].map((v) => <TableHeaderCell key={v} className={styles.num}>{v}</TableHeaderCell>)}
              {kind === "likert" && <TableHeaderCell className={styles.num}>{t("eval.results.dontKnow")}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.municipalities.map((m) => (
              <TableRow key={m.municipalityId}>
                <TableCell>{name(m.municipalityId)}</TableCell>
                {m.statistics ? cells(m.statistics)
                  : <TableCell colSpan={columns} className={styles.muted}>{m.suppressed ? fewer : t("eval.results.noAnswers")}</TableCell>}
              </TableRow>
            ))}
            <TableRow>
              <TableCell><Text weight="semibold">{t("eval.trend.network")}</Text></TableCell>
              {network ? cells(network) : <TableCell colSpan={columns} className={styles.muted}>{fewer}</TableCell>}
            </TableRow>
          </TableBody>
        </Table>
      </ScrollRegion>
    </Card>
  );
}

/** The answers 1-5 as one stacked bar, with the counts written out beside their colours. */
function Distribution({ counts }: { counts: number[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const total = counts.reduce((a, b) => a + b, 0);
  const text = counts.map((c, i) => `${i + 1}: ${c}`).join(", ");
  return (
    <>
      <div className={styles.bar} role="img" aria-label={t("eval.results.distribution", { counts: text })}>
        {counts.map((c, i) => c > 0 && <span key={i} style={{ width: `${(c / total) * 100}%`, backgroundColor: scale[i] }} />)}
      </div>
      <ul className={styles.counts} aria-hidden="true" data-testid="distribution">
        {counts.map((c, i) => (
          <li key={i}><span className={styles.swatch} style={{ backgroundColor: scale[i] }} />{`${i + 1}: ${c}`}</li>
        ))}
      </ul>
    </>
  );
}
