import { useState } from "react";
import type { DevPerson } from "./api";
import { useI18n } from "./i18n";
import { Badge, Button, TextInput } from "./kit";

/** Development only: pick a demo person to act as (the host offers the list only when dev sign-in is on). */
export function DevSignIn({ people, onPick }: { people: DevPerson[]; onPick(person: DevPerson): void }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState("");
  const shown = people.filter((p) => `${p.name} ${p.description}`.toLocaleLowerCase().includes(filter.toLocaleLowerCase()));
  return (
    <main className="tm-stack-s">
      <h1 className="tm-title">{t("signin.title")}</h1>
      <p>{t("signin.intro")}</p>
      <TextInput type="search" aria-label={t("signin.filter")} placeholder={t("signin.filter")} value={filter} onChange={setFilter} />
      <ul className="tm-people">
        {shown.map((p) => (
          <li key={p.objectId}>
            <Button className="tm-person" onClick={() => onPick(p)}>
              <span>
                <span>{p.name} {p.organizer && <Badge color="informative">{t("signin.organizer")}</Badge>}</span>
                <span className="tm-caption">{p.description}</span>
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </main>
  );
}
