import type { ProgressPlanState } from "../shared/api";

/** The badge colour of a progress plan's state, the same in Min plan and the workspace. */
export const progressStateColor: Record<ProgressPlanState, "informative" | "warning" | "success" | "danger"> = {
  notDue: "informative", open: "informative", draft: "warning", made: "success", missing: "danger",
};
