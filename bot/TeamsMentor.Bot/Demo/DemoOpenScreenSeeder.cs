using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Bot.Demo;

/// <summary>
/// Gives the demo networks open-screen history (Development only, after the plans are imported, once per network).
/// Mentorprogram Nord gets its real sessions (the final report: «Åpen skjerm ble gjennomført 02.03.23, 07.02.24,
/// 02.03.24 og 13.09.24»; 2 March 2024 was a Saturday, read here as the Monday after, 4 March), with invented topics,
/// answers and attendance that grows over the period («det tok seg opp gjennom perioden»); sessions after the demo
/// clock have answers only. Another network gets a session a month and a fortnight before the clock and one a week
/// ahead. Seeded: the same on every run.
/// </summary>
internal sealed class DemoOpenScreenSeeder(
    IOptions<DemoOptions> options,
    INetworkRepository networks,
    IOpenScreenRepository sessions,
    TimeProvider time,
    ILogger<DemoOpenScreenSeeder> logger) : IHostedService
{
    private static readonly (int DaysFromNow, string Topic, string Description)[] Sessions =
    [
        (-28, "Rekruttering av mentorer", "Hvordan finner og spør vi de rette mentorene? Ta med spørsmål og erfaringer."),
        (-14, "Mentorsamtalen: struktur og tema", "Vi går gjennom samtaleguiden og svarer på spørsmål."),
        (7, "Forberedelse til neste samling", "Statusrapporten, oppgavene og hva dere vil ta opp på samlingen."),
    ];

    /// <summary>Mentorprogram Nord's own sessions: the date, an invented topic, and the share of participants who came.</summary>
    private static readonly (DateOnly Day, string Topic, string Description, double Turnout)[] Nord =
    [
        (new(2023, 3, 2), "Målinger og søknad om midler", "Spørsmål om målingene og søknaden til Statsforvalteren: ta med det dere står fast på.", 0.08),
        (new(2024, 2, 7), "Spredning: hvordan komme i gang", "Erfaringer så langt og første tanker om spredning til flere enheter.", 0.13),
        (new(2024, 3, 4), "Planen for spredning og implementering", "Vi ser på utkastene til plan og svarer på spørsmål før samling 6.", 0.2),
        (new(2024, 9, 13), "Sluttrapporten og veien videre", "Hva skal stå i sluttrapporten, og hvordan holder vi ordningen i gang etter læringsnettverket?", 0.27),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.PlanFiles.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var plan in await networks.GetAllPlansAsync(cancellationToken))
        {
            if ((await sessions.ListSessionsAsync(plan.Network.Id, cancellationToken)).Count > 0 || plan.Members.Count == 0)
            {
                continue;
            }

            var random = new Random(BitConverter.ToInt32(Hash(plan.Network.Id)) & 0x7fffffff);
            var n = 0;
            var today = NetworkClock.LocalDate(now, plan.Network.Zone);
            var planned = plan.Network.Id == "mentorprogram-nord"
                ? Nord
                : [.. Sessions.Select(x => (today.AddDays(x.DaysFromNow), x.Topic, x.Description, 0.2))];
            foreach (var (day, topic, description, turnout) in planned)
            {
                var session = new OpenScreenSession
                {
                    Id = Convert.ToHexStringLower(Hash($"{plan.Network.Id}|open-screen|{n++}"))[..20],
                    Start = NetworkClock.At(day, new TimeOnly(14, 0), plan.Network.Zone),
                    DurationMinutes = 60,
                    Topic = topic,
                    Description = description,
                    JoinUrl = $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_demo{n}%40thread.v2/0",
                    ChangedAt = NetworkClock.At(day.AddDays(-10), new TimeOnly(9, 0), plan.Network.Zone),
                };
                await sessions.SaveSessionAsync(plan.Network.Id, session, null, cancellationToken);
                var past = session.Start < now;
                // The share who came is the session's turnout, most of them said "yes" (some "maybe"); about half as many
                // again answered and stayed away. A session still ahead has about two thirds of those answers so far.
                var order = plan.Members.OrderBy(_ => random.Next()).ToList();
                var coming = (int)Math.Round(order.Count * turnout);
                var present = new List<string>();
                foreach (var (member, i) in order.Take(past ? coming + (coming / 2) : coming).Select((m, i) => (m, i)))
                {
                    var came = i < coming;
                    var choice = came ? (random.NextDouble() < 0.8 ? RsvpChoice.Yes : RsvpChoice.Maybe) : (random.NextDouble() < 0.5 ? RsvpChoice.Maybe : RsvpChoice.No);
                    await sessions.SetRsvpAsync(plan.Network.Id, session.Id,
                        new OpenScreenRsvp(member.AadObjectId ?? $"demo-{member.Id}", member.Id, choice, session.ChangedAt.AddDays(1)), cancellationToken);
                    if (past && came)
                    {
                        present.Add(member.Id);
                    }
                }

                if (past)
                {
                    await sessions.SaveAttendanceAsync(plan.Network.Id, session.Id, new OpenScreenAttendance(present, session.End.AddMinutes(10), AttendanceSource.Manual), cancellationToken);
                }
            }

            DemoLog.OpenScreenSeeded(logger, plan.Network.Id, planned.Length);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static byte[] Hash(string text) => System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
}
