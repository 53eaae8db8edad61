import { Tab, TabList } from "@fluentui/react-components";
import { useI18n } from "./shared/i18n";

/** The switch between Min plan and the organizer workspace (organizers only, so loaded with the workspace). */
export function OrganizerNav({ shown, onShow }: { shown: "plan" | "admin"; onShow: (view: "plan" | "admin") => void }) {
  const { t } = useI18n();
  return (
    <TabList selectedValue={shown} onTabSelect={(_, d) => onShow(d.value as "plan" | "admin")}>
      <Tab value="plan">{t("nav.plan")}</Tab>
      <Tab value="admin">{t("nav.admin")}</Tab>
    </TabList>
  );
}
