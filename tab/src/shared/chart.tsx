import { tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState } from "react";

/** Small pieces the tab's hand-written SVG charts share. */

/** The series' colours: Fluent palette tokens (CSS variables), so the lines follow the theme (light, dark, high contrast). */
export const lineColors = [
  tokens.colorPaletteBerryForeground1, tokens.colorPaletteDarkOrangeForeground1, tokens.colorPaletteGreenForeground1, tokens.colorPalettePurpleForeground2,
  tokens.colorPaletteTealForeground2, tokens.colorPaletteMarigoldForeground1, tokens.colorPaletteCranberryForeground2, tokens.colorPaletteBrownForeground2,
];

export function Swatch({ color, dash, bold = false }: { color: string; dash: string; bold?: boolean }) {
  return (
    <svg width="24" height="10" aria-hidden="true" style={{ marginInlineEnd: 6, verticalAlign: "middle" }}>
      <line x1="0" x2="24" y1="5" y2="5" style={{ stroke: color, strokeWidth: bold ? 3.5 : 2, strokeDasharray: dash || undefined }} />
    </svg>
  );
}

/** 0 to a round number above the highest value, with four or five steps. */
export function niceScale(max: number): [number, number, number[]] {
  const raw = Math.max(max, 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw)!;
  const top = Math.ceil(max / step) * step || step * 4;
  return [0, top, Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step)];
}

/** The element's width in CSS pixels (the chart is drawn at its real size, so text stays legible at phone width). */
export function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => { if (element.clientWidth > 0) setWidth(Math.floor(element.clientWidth)); };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
