using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.OpenScreen;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>Open-screen sessions, RSVPs and attendance on a real Azurite: versions guard changes, one RSVP per person.</summary>
[Collection(StorageCollection.Name)]
public sealed class OpenScreenRepositoryTests(AzuriteFixture azurite)
{
    private const string Network = "mentorprogram-nord";
    private static readonly DateTimeOffset At = new(2023, 5, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = AzuriteFixture.UniquePrefix();

    private OpenScreenRepository Create() => new(new TableProvider(new TableServiceClient(azurite.ConnectionString), Options.Create(new StorageOptions { TablePrefix = _prefix })));

    private static OpenScreenSession Session(string id, DateTimeOffset start) => new()
    {
        Id = id, Start = start, DurationMinutes = 60, Topic = "Rekruttering", Description = "Spørsmål/svar", TeamIds = ["nord-bodo", "nord-dyroy"],
        JoinUrl = "https://teams.microsoft.com/l/meetup-join/x", MeetingEventId = "AAMk1", ScheduledBy = "aad-org", ChangedAt = At, Revision = 0,
    };

    [Fact]
    public async Task SaveSession_RoundTripsAndListsByStart()
    {
        var repo = Create();
        await repo.SaveSessionAsync(Network, Session("later", At.AddDays(9)), null, CancellationToken.None);
        var (outcome, version) = await repo.SaveSessionAsync(Network, Session("sooner", At.AddDays(8)), null, CancellationToken.None);

        Assert.Equal(WriteOutcome.Saved, outcome);
        var list = await repo.ListSessionsAsync(Network, CancellationToken.None);
        Assert.Equal(["sooner", "later"], list.Select(s => s.Value.Id));
        Assert.Equal(Session("sooner", At.AddDays(8)) with { TeamIds = list[0].Value.TeamIds }, list[0].Value);
        Assert.Equal(["nord-bodo", "nord-dyroy"], list[0].Value.TeamIds);
        Assert.Equal(version, list[0].Version);
    }

    [Fact]
    public async Task SaveSession_StaleVersion_Conflict()
    {
        var repo = Create();
        var (_, v1) = await repo.SaveSessionAsync(Network, Session("s1", At.AddDays(8)), null, CancellationToken.None);
        var (_, v2) = await repo.SaveSessionAsync(Network, Session("s1", At.AddDays(8)) with { Revision = 1 }, v1, CancellationToken.None);

        Assert.Equal(WriteOutcome.Conflict, (await repo.SaveSessionAsync(Network, Session("s1", At.AddDays(8)) with { Revision = 2 }, v1, CancellationToken.None)).Outcome);
        Assert.Equal(WriteOutcome.Conflict, (await repo.SaveSessionAsync(Network, Session("s1", At), null, CancellationToken.None)).Outcome);
        var stored = await repo.GetSessionAsync(Network, "s1", CancellationToken.None);
        Assert.Equal(1, stored!.Value.Revision);
        Assert.Equal(v2, stored.Version);
    }

    [Fact]
    public async Task SetRsvp_LatestAnswerPerPersonAndSession()
    {
        var repo = Create();
        await repo.SetRsvpAsync(Network, "s1", new OpenScreenRsvp("AAD-MARI", "mari", RsvpChoice.Maybe, At), CancellationToken.None);
        await repo.SetRsvpAsync(Network, "s1", new OpenScreenRsvp("aad-mari", "mari", RsvpChoice.Yes, At.AddMinutes(5)), CancellationToken.None);
        await repo.SetRsvpAsync(Network, "s1", new OpenScreenRsvp("aad-jonas", "jonas", RsvpChoice.No, At), CancellationToken.None);
        await repo.SetRsvpAsync(Network, "s10", new OpenScreenRsvp("aad-mari", "mari", RsvpChoice.No, At), CancellationToken.None);

        var one = await repo.ListRsvpsAsync(Network, "s1", CancellationToken.None);
        Assert.Equal(["s1"], one.Keys);
        Assert.Equal(new RsvpCounts(1, 0, 1), RsvpCounts.From(one["s1"]));
        var all = await repo.ListRsvpsAsync(Network, null, CancellationToken.None);
        Assert.Equal(["s1", "s10"], all.Keys.Order());
        Assert.Equal(RsvpChoice.No, Assert.Single(all["s10"]).Choice);
    }

    [Fact]
    public async Task SaveAttendance_ReplacesAndLists()
    {
        var repo = Create();
        await repo.SaveAttendanceAsync(Network, "s1", new OpenScreenAttendance(["mari"], At, AttendanceSource.Manual), CancellationToken.None);
        await repo.SaveAttendanceAsync(Network, "s1", new OpenScreenAttendance(["mari", "jonas"], At.AddHours(1), AttendanceSource.MeetingReport), CancellationToken.None);

        var attendance = Assert.Single(await repo.ListAttendanceAsync(Network, CancellationToken.None));
        Assert.Equal("s1", attendance.Key);
        Assert.Equal(["mari", "jonas"], attendance.Value.MemberIds);
        Assert.Equal(AttendanceSource.MeetingReport, attendance.Value.Source);
    }
}
