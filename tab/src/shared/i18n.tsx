import { createContext, useContext } from "react";
import nb from "../locales/nb-NO.json";

export type Lang = "nb" | "en";
export type TextKey = keyof typeof nb;

// Bokmål is built in; English loads when the locale asks for it (main.tsx), so most people download one language.
// Until it has loaded, English texts fall back to bokmål.
const texts: Partial<Record<Lang, Record<TextKey, string>>> = { nb };

/** Loads a language's texts (once); call before creating an I18n for it. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === "en" && !texts.en) texts.en = (await import("../locales/en.json")).default;
}

/** Norwegian bokmål first: English only when the Teams (or browser) locale asks for it. */
export function pickLang(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "nb";
}

export interface I18n {
  lang: Lang;
  t(key: TextKey, vars?: Record<string, string | number>): string;
  date(iso: string, withTime?: boolean): string;
  day(iso: string): string;
  /** A number with at most the given decimals, in the language's style ("4,1"). */
  number(value: number, maxDecimals?: number): string;
  /** A mean, always with one decimal ("4,0" beside "3,7"). */
  mean(value: number): string;
  /** A plan's local date and time ("2023-04-27T11:00", no zone) as people read it: "torsdag 27. april 2023 kl. 11:00". */
  local(localIso: string): string;
  /** A share 0..1 as a whole percent ("78 %"). */
  percent(share: number): string;
  /** A deadline: "at the end of a day" (local midnight) reads as that day; anything else with its time. */
  deadline(iso: string): string;
  /** Whole local days from now until the instant's local date (negative when past). */
  daysUntil(iso: string, now?: Date): number;
}

export function createI18n(lang: Lang, timeZone = "Europe/Oslo"): I18n {
  const locale = lang === "nb" ? "nb-NO" : "en-GB";
  const dateFormat = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "long", year: "numeric" });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const dayFormat = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short" });
  const localDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  return {
    lang,
    t: (key, vars) => ((texts[lang] ?? nb)[key] ?? nb[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`)),
    date: (iso, withTime = false) => (withTime ? dateTimeFormat : dateFormat).format(new Date(iso)),
    number: (value, maxDecimals = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value),
    mean: (value) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value),
    // The plan's times are local already: read as UTC and shown in UTC, so no zone moves them.
    local: (localIso) => new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })
      .format(new Date(`${localIso.slice(0, 16)}Z`)),
    percent: (share) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share),
    day: (isoDate) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    deadline: (iso) => {
      const at = new Date(iso);
      const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
      return time === "00:00" ? dateFormat.format(new Date(at.getTime() - 60_000)) : dateTimeFormat.format(at);
    },
    daysUntil: (iso, now = new Date()) => Math.round((Date.parse(localDay(new Date(iso))) - Date.parse(localDay(now))) / 86_400_000),
  };
}

export const I18nContext = createContext<I18n>(createI18n("nb"));

export const useI18n = () => useContext(I18nContext);
