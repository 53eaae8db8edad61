import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./shared/teams";

const host = await detectHost();
document.documentElement.lang = host.locale.toLowerCase().startsWith("en") ? "en" : "nb";
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
