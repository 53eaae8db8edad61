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

  it("gives the host's reason for a refused change, and lists the issues it named", () => {
    expect(errorText(new ApiError(409, { title: "Conflict", detail: "Økten er allerede over." }), t)).toBe("Økten er allerede over.");
    expect(errorText(new ApiError(400, { detail: "Velg xlsx eller csv." }), t)).toBe("Velg xlsx eller csv.");
    const invalid = describeError(new ApiError(400, { detail: "2 feil", errors: [{ path: "$.teams[0].name", message: "Mangler" }] }), t);
    expect(invalid.text).toBe(t("admin.form.invalid"));
    expect(invalid.issues).toEqual([{ path: "$.teams[0].name", message: "Mangler" }]);
  });

  it("puts the host's words first, or after the meaning, when the view asks for them", () => {
    const refused = new ApiError(403, { detail: "Bare arrangører i nettverket." });
    expect(errorText(refused, t, { hostWords: true })).toBe("Bare arrangører i nettverket.");
    expect(errorText(refused, t, { withDetail: true })).toBe(`${t("app.notAllowed")} Bare arrangører i nettverket.`);
    expect(errorText(new ApiError(0), t, { hostWords: true })).toBe(t("app.offline"));
  });
});
