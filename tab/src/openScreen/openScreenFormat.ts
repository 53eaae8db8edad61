import { useMemo } from "react";
import type { OpenScreenSession } from "../shared/api";
import { useI18n } from "../shared/i18n";

/** Open-screen sessions are scheduled in Norwegian time (the bot's scheduling form), whatever the organizer's device says. */
export const openScreenTimeZone = "Europe/Oslo";

export interface SessionFormat {
  /** "onsdag 10. mai kl. 12:00–13:00" (with the year when it is not this year). */
  when(session: OpenScreenSession): string;
  /** "10. mai" (with the year when it is not this year): for the table over time. */
  date(session: OpenScreenSession): string;
  /** The invited teams: "Alle team", or their names. */
  teams(session: OpenScreenSession): string;
}

export function useSessionFormat(): SessionFormat {
  const { lang, t } = useI18n();
  return useMemo(() => {
    const locale = lang === "en" ? "en-GB" : "nb-NO";
    const timeZone = openScreenTimeZone;
    const year = (d: Date) => new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(d);
    const withYear = (d: Date) => (year(d) === year(new Date()) ? {} : { year: "numeric" as const });
    const day = (d: Date) => new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", ...withYear(d) }).format(d);
    const time = new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    return {
      when: (s) => {
        const start = new Date(s.start);
        return t("openScreen.when", { day: day(start), time: time.formatRange(start, new Date(s.end)) });
      },
      date: (s) => new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "short", ...withYear(new Date(s.start)) }).format(new Date(s.start)),
      teams: (s) => (s.allTeams ? t("openScreen.allTeams") : s.teams.map((x) => x.name).join(", ")),
    };
  }, [lang, t]);
}
