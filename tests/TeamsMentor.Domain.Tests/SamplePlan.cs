using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Tests;

/// <summary>A small plan built in code: two teams, three gatherings in Europe/Oslo (invented people).</summary>
internal static class SamplePlan
{
    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTimeOffset Local(int y, int mo, int d, int h = 0, int mi = 0) => NetworkClock.ToInstant(new DateTime(y, mo, d, h, mi, 0), Oslo);

    public static NetworkPlan Create(params Gathering[] gatherings)
    {
        gatherings = gatherings.Length > 0 ? gatherings :
        [
            Gathering(1, Local(2022, 9, 1, 11), Local(2022, 9, 2, 13)),
            Gathering(2, Local(2022, 11, 25, 9), Local(2022, 11, 25, 15), GatheringMode.Digital),
            Gathering(3, Local(2023, 4, 26, 11), Local(2023, 4, 27, 13)),
        ];
        return new NetworkPlan
        {
            Network = new LearningNetwork
            {
                Id = "nord",
                Name = "Mentorprogram Nord",
                Start = new DateOnly(2022, 9, 1),
                End = new DateOnly(2024, 11, 30),
                Organizers = [new Organizer("org-a", "Astrid Arrangør", AadObjectId: "aad-org-a")],
                Municipalities = [new Municipality("tromso", "Tromsø"), new Municipality("dyroy", "Dyrøy")],
            },
            Gatherings = gatherings,
            Teams =
            [
                new NetworkTeam { Id = "tromso-sone-1", MunicipalityId = "tromso", Name = "Tromsø sone 1", ContactPersonId = "per" },
                new NetworkTeam { Id = "dyroy", MunicipalityId = "dyroy", Name = "Dyrøy" },
            ],
            Members =
            [
                new Member { Id = "per", TeamId = "tromso-sone-1", Name = "Per Leder", Roles = TeamRoles.Leader | TeamRoles.ContactPerson },
                new Member { Id = "siri", TeamId = "tromso-sone-1", Name = "Siri Tillitsvalgt", Roles = TeamRoles.UnionRep },
                new Member { Id = "ola", TeamId = "dyroy", Name = "Ola Mentor", Roles = TeamRoles.Mentor | TeamRoles.Leader },
            ],
            Tasks =
            [
                new TaskItem { Id = "prosjektplan", Title = "Lag lokal prosjektplan", GivenAt = 1 },
                new TaskItem { Id = "rekrutter", Title = "Rekrutter mentorer", GivenAt = 1, DueBefore = 3 },
            ],
            EvaluationItems =
            [
                new EvaluationItem { Id = "motivasjon", Kind = EvaluationItemKind.Likert, TextNb = "Et mentorprogram vil styrke …", Stable = true },
            ],
        };
    }

    public static Gathering Gathering(int number, DateTimeOffset start, DateTimeOffset end, GatheringMode mode = GatheringMode.Physical) =>
        new() { Number = number, Theme = "Tema " + number, Start = start, End = end, Mode = mode, Place = mode == GatheringMode.Physical ? "Tromsø" : null };
}
