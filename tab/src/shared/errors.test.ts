import { describe, expect, it } from "vitest";
import { ApiError } from "./api";
import { describeError, errorText } from "./errors";
import { createI18n } from "./i18n";

const { t } = createI18n("nb");

describe("errorText", () => {
  it("says what each status means for the user, in their language", () => {
    expect(errorText(new TypeError("fetch failed"), t)).toBe(t("app.offline"));
    expect(errorText(new ApiError(0, { title: "offline" }), t)).toBe(t("app.offline"));
    expect(errorText(new ApiError(401), t)).toBe(t("app.signInExpired"));
    expect(errorText(new ApiError(403, { title: "Organizers only", detail: "Only the network's organizers can see this." }), t)).toBe(t("app.notAllowed"));
    expect(errorText(new ApiError(412, { title: "The plan has changed" }), t)).toBe(t("admin.form.conflict"));
    expect(errorText(new ApiError(503, { title: "Storage failed" }), t)).toBe(t("app.error", { status: 503 }));
  });

  it("says the host's refusal in the user's language from its problem code, never the host's English prose", () => {
    const unreachable = new ApiError(409, { title: "Cannot be reached", detail: "Senja cannot be reached yet: no linked channel.", code: "report.nudge.unreachable", args: { team: "Senja" } });
    expect(errorText(unreachable, t)).toBe("Senja kan ikke nås ennå: ingen kanal er koblet, og ingen i teamet kan appen skrive til 1:1.");
    expect(errorText(unreachable, createI18n("en").t)).toBe("Senja cannot be reached yet: no channel is linked, and no one on the team can be messaged 1:1 by the app.");
    // No code, or one the tab has no text for: what the status means, not the English detail.
    expect(errorText(new ApiError(409, { detail: "The session is already over." }), t)).toBe(t("app.error", { status: 409 }));
    expect(errorText(new ApiError(400, { detail: "Export as 'xlsx' or 'csv'.", code: "no.such.code" }), t)).toBe(t("admin.form.invalid"));
    const invalid = describeError(new ApiError(400, { detail: "2 errors", code: "plan.invalid", errors: [{ path: "$.teams[0].name", message: "Mangler" }] }), t);
    expect(invalid.text).toBe("Planen ble ikke lagret. Rett opp det som er markert.");
    expect(invalid.issues).toEqual([{ path: "$.teams[0].name", message: "Mangler" }]);
  });

  it("puts what the status means first and the code's reason after it when the view asks for both", () => {
    const refused = new ApiError(403, { detail: "Only the network's organizers.", code: "access.organizersOnly" });
    expect(errorText(refused, t)).toBe("Bare arrangørene av nettverket kan gjøre dette.");
    expect(errorText(refused, t, { withDetail: true })).toBe(`${t("app.notAllowed")} Bare arrangørene av nettverket kan gjøre dette.`);
    expect(errorText(new ApiError(0), t)).toBe(t("app.offline"));
    expect(errorText(new ApiError(401, { code: "access.organizersOnly" }), t)).toBe(t("app.signInExpired"));
  });
});
