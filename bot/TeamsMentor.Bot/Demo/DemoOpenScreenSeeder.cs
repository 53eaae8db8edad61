using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Bot.Demo;

/// <summary>
/// Gives the demo networks open-screen history (Development only, after the plans are imported, once per network): a
/// session a month before the demo clock and one a fortnight before, with invented answers and attendance, and one a
/// week ahead with a few answers, so the organizers' workspace has something to show. Seeded: the same on every run.
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
            foreach (var (days, topic, description) in Sessions)
            {
                var day = NetworkClock.LocalDate(now, plan.Network.Zone).AddDays(days);
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
                var present = new List<string>();
                foreach (var member in plan.Members.Where(m => random.NextDouble() < (past ? 0.45 : 0.25)))
                {
                    var choice = random.NextDouble() switch { < 0.6 => RsvpChoice.Yes, < 0.85 => RsvpChoice.Maybe, _ => RsvpChoice.No };
                    var aad = member.AadObjectId ?? $"demo-{member.Id}";
                    await sessions.SetRsvpAsync(plan.Network.Id, session.Id, new OpenScreenRsvp(aad, member.Id, choice, session.ChangedAt.AddDays(1)), cancellationToken);
                    if (past && (choice == RsvpChoice.Yes ? random.NextDouble() < 0.85 : random.NextDouble() < 0.3))
                    {
                        present.Add(member.Id);
                    }
                }

                if (past)
                {
                    await sessions.SaveAttendanceAsync(plan.Network.Id, session.Id, new OpenScreenAttendance(present, session.End.AddMinutes(10), AttendanceSource.Manual), cancellationToken);
                }
            }

            DemoLog.OpenScreenSeeded(logger, plan.Network.Id, Sessions.Length);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static byte[] Hash(string text) => System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
}
