import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { ThemeName } from "./teams";
import { loadedTheme, loadTheme } from "./themes";

/**
 * Fluent UI's provider in the Teams theme, for the parts made with Fluent (the organizer workspace, the big screen):
 * loaded with them, so a member's Min plan (native elements, kit.tsx) never downloads it. Shows its children once
 * the theme has loaded (the light one is built in), so a dark workspace does not flash light.
 */
export function FluentRoot({ theme: name, children }: { theme: ThemeName; children: ReactNode }) {
  const [theme, setTheme] = useState<Theme | undefined>(() => loadedTheme(name));
  useEffect(() => {
    let current = true;
    void loadTheme(name).then((loaded) => current && setTheme(loaded), () => {});
    return () => { current = false; };
  }, [name]);
  return theme ? <FluentProvider theme={theme} style={{ backgroundColor: "transparent" }}>{children}</FluentProvider> : null;
}
