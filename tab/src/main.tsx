import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./shared/teams";
import { loadLanguage, pickLang } from "./shared/i18n";
import { loadTheme } from "./shared/themes";

const host = await detectHost();
// The first screen in its language and theme (bokmål and light if they cannot load).
await Promise.all([loadLanguage(pickLang(host.locale)), loadTheme(host.theme)].map((p) => p.catch(() => undefined)));
document.documentElement.lang = host.locale.toLowerCase().startsWith("en") ? "en" : "nb";
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
