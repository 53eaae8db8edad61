import { Body1, Caption1, Card, CardHeader, Dropdown, Field, Option, Subtitle2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Me } from "./api";
import { useI18n, type TextKey } from "./i18n";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  cards: { display: "grid", gap: tokens.spacingHorizontalL, gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const sections: { key: TextKey; ready: boolean }[] = [
  { key: "admin.section.plan", ready: false },
  { key: "admin.section.reports", ready: false },
  { key: "admin.section.evaluations", ready: false },
  { key: "admin.section.openScreen", ready: false },
];

/** The organizers' workspace: one network at a time; its sections come with the issues that build them. */
export function AdminShell({ me }: { me: Me }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [networkId, setNetworkId] = useState(me.organizes[0]?.networkId ?? "");
  const network = me.organizes.find((n) => n.networkId === networkId);
  return (
    <div className={styles.page}>
      <Title3 as="h1">{t("admin.title")}</Title3>
      {me.organizes.length > 1 && (
        <Field label={t("admin.network")}>
          <Dropdown value={network?.networkName ?? ""} selectedOptions={[networkId]} onOptionSelect={(_, d) => setNetworkId(d.optionValue ?? "")}>
            {me.organizes.map((n) => <Option key={n.networkId} value={n.networkId}>{n.networkName}</Option>)}
          </Dropdown>
        </Field>
      )}
      {network && <Body1>{network.networkName}</Body1>}
      <div className={styles.cards}>
        {sections.map((s) => (
          <Card key={s.key}>
            <CardHeader header={<Subtitle2 as="h2">{t(s.key)}</Subtitle2>} description={s.ready ? undefined : <Caption1 className={styles.muted}>{t("admin.comingLater")}</Caption1>} />
          </Card>
        ))}
      </div>
    </div>
  );
}
