import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  panel: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: "border-box",
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4, border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`, // a border in high contrast
  },
  header: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
});

/**
 * A card-like section of Min plan: Fluent's card look without the Card component, whose focus management (tabster)
 * and weight a member's phone would download for panels that are not interactive themselves.
 */
export function Panel({ header, description, action, className, children, testId }: {
  header: ReactNode; description?: ReactNode; action?: ReactNode; className?: string; children?: ReactNode; testId?: string;
}) {
  const styles = useStyles();
  return (
    <section className={mergeClasses(styles.panel, className)} data-testid={testId}>
      <div className={styles.header}>
        <div className={styles.titles}>{header}{description}</div>
        {action}
      </div>
      {children}
    </section>
  );
}
