import { app, authentication, stageView } from "@microsoft/teams-js";
import type { Credentials } from "./api";

export type ThemeName = "default" | "dark" | "contrast";

export interface Host {
  inTeams: boolean;
  locale: string;
  theme: ThemeName;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** Opens a link: through Teams inside Teams (a Teams deep link must not load in the tab's frame), else a new window. */
  openLink(url: string): void;
  /** Opens a page of the tab big: Teams' stage view inside Teams (it can be popped out), else a new window. */
  openStage(url: string, title: string): void;
}

/** A link in a new window (outside Teams). */
export const openOutsideTeams = (url: string) => { window.open(url, "_blank", "noopener,noreferrer"); };

/**
 * One of the tab's own pages in a new window (outside Teams): with its opener, so the window starts with a copy of this
 * one's session (the development sign-in). Only for this origin's pages.
 */
const openOwnPage = (url: string) => {
  if (new URL(url, window.location.href).origin !== window.location.origin) return openOutsideTeams(url);
  window.open(url, "_blank");
};

/**
 * Are we inside Teams? Initializes teams-js if so. Always asked, also in a top-level window: Teams on phones runs tabs
 * in a web view, not a frame. Outside Teams it fails or times out (sooner when not framed).
 */
export async function detectHost(): Promise<Host> {
  const query = new URLSearchParams(window.location.search);
  const fallback: Host = {
    inTeams: false,
    locale: query.get("lang") ?? navigator.language ?? "nb-NO",
    theme: asTheme(query.get("theme")) ?? (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "default"),
    onThemeChange: () => {},
    openLink: openOutsideTeams,
    openStage: openOwnPage,
  };
  const timeoutMs = window.parent === window ? 1500 : 5000;
  try {
    await Promise.race([app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs))]);
    const context = await app.getContext();
    app.notifySuccess();
    return {
      inTeams: true,
      locale: context.app.locale,
      theme: asTheme(context.app.theme) ?? "default",
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((t) => handler(asTheme(t) ?? "default")),
      openLink: (url) => { app.openLink(url).catch(() => openOutsideTeams(url)); },
      openStage: (url, title) => {
        const appId = context.app.appId?.toString();
        const open = appId && stageView.isSupported()
          ? stageView.open({ appId, contentUrl: url, websiteUrl: url, title, threadId: context.chat?.id ?? context.channel?.id })
          : Promise.reject(new Error("no stage view"));
        open.catch(() => openOwnPage(url));
      },
    };
  } catch {
    return fallback;
  }
}

/** Teams SSO: a token for the tab's app registration, from the Teams client. */
export const teamsCredentials: Credentials = {
  kind: "teams",
  headers: async () => ({ Authorization: `Bearer ${await authentication.getAuthToken()}` }),
};

export const devUserKey = "teamsmentor.devUser";

/** Development only: act as a demo person (the host refuses this header unless Tab:DangerouslyAllowDevSignIn). */
export function devCredentials(objectId: string): Credentials {
  return { kind: "dev", headers: async () => ({ "X-TeamsMentor-Dev-User": objectId }) };
}

function asTheme(value: string | null | undefined): ThemeName | undefined {
  return value === "dark" || value === "contrast" || value === "default" ? value : undefined;
}
