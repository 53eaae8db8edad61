import { teamsLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeName } from "./teams";

// The light theme is built in; the dark and high-contrast ones load when asked for, so a member in the light theme
// downloads neither (each is a set of a few hundred tokens).
const loaded = new Map<ThemeName, Theme>([["default", teamsLightTheme]]);

/** The theme if it has loaded (the light one always has). */
export const loadedTheme = (name: ThemeName): Theme | undefined => loaded.get(name);

export async function loadTheme(name: ThemeName): Promise<Theme> {
  const known = loaded.get(name);
  if (known) return known;
  const theme = name === "dark" ? (await import("./themeDark")).teamsDarkTheme : (await import("./themeContrast")).teamsHighContrastTheme;
  loaded.set(name, theme);
  return theme;
}
