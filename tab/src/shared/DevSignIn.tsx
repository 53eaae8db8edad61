import { Badge, Body1, Button, Caption1, Input, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DevPerson } from "./api";
import { useI18n } from "./i18n";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalS, gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))", padding: 0, listStyle: "none" },
  person: { width: "100%", justifyContent: "flex-start", textAlign: "start", height: "auto", padding: tokens.spacingVerticalS },
  text: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
});

/** Development only: pick a demo person to act as (the host offers the list only when dev sign-in is on). */
export function DevSignIn({ people, onPick }: { people: DevPerson[]; onPick(person: DevPerson): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [filter, setFilter] = useState("");
  const shown = people.filter((p) => `${p.name} ${p.description}`.toLocaleLowerCase().includes(filter.toLocaleLowerCase()));
  return (
    <main>
      <Title3 as="h1">{t("signin.title")}</Title3>
      <Body1 as="p">{t("signin.intro")}</Body1>
      <Input aria-label={t("signin.filter")} placeholder={t("signin.filter")} value={filter} onChange={(_, d) => setFilter(d.value)} />
      <ul className={styles.list}>
        {shown.map((p) => (
          <li key={p.objectId}>
            <Button className={styles.person} onClick={() => onPick(p)}>
              <span className={styles.text}>
                <span>{p.name} {p.organizer && <Badge appearance="tint">{t("signin.organizer")}</Badge>}</span>
                <Caption1>{p.description}</Caption1>
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </main>
  );
}
