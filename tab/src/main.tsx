import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./shared/teams";
import { loadLanguage, pickLang } from "./shared/i18n";

const host = await detectHost();
// The first screen in its language (bokmål if English cannot load) and theme.
await loadLanguage(pickLang(host.locale)).catch(() => undefined);
document.documentElement.lang = host.locale.toLowerCase().startsWith("en") ? "en" : "nb";
document.documentElement.dataset.theme = host.theme;
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
