import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A table wider than a phone: its columns as wide as their content (not squeezed to the screen), the box around it
 * scrolls sideways instead of the page, and the first column (the team) stays in view. Pills keep to one line.
 */
export const useWideTableStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  sticky: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, minWidth: "120px", maxWidth: "180px" },
  cell: { verticalAlign: "top" },
  pill: { whiteSpace: "nowrap" },
});
