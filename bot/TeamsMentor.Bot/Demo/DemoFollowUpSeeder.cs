using Microsoft.Extensions.Options;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Demo;

/// <summary>
/// Gives the demo networks their follow-ups (Development only, after the plans are imported, once per network), as the
/// Nord report tells it: «De fleste teamene hadde møte med sin kontaktperson en gang mellom hver samling.» In every
/// period that has begun by the demo clock, each team's advisor met its contact person once, 10 to 22 days into the
/// period on a weekday at 10:00 (by Teams link or by phone), except one team a period (a different one each time; in
/// the current period Dyrøy, the slowest), so the health view has a team without one. Held when the time has passed,
/// booked otherwise. The notes are invented and name no one.
/// </summary>
internal sealed class DemoFollowUpSeeder(
    IOptions<DemoOptions> options,
    INetworkRepository networks,
    IFollowUpRepository followUps,
    TimeProvider time,
    ILogger<DemoFollowUpSeeder> logger) : IHostedService
{
    private static readonly string[] Notes =
    [
        "Teamet er i rute. Vil ha eksempler på mentoravtaler fra andre kommuner.",
        "Lederforankringen henger etter; avtalt at leder blir med på neste møte.",
        "Gode erfaringer med kick-off. Trenger hjelp med målingene av turnover.",
        "Har mistet en mentor; rekrutterer ny før samlingen.",
        "Spredning til sykehjemmet er planlagt. Ønsker innspill på opplæringen.",
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
            if (plan.Teams.Count == 0 || (await followUps.ListAsync(plan.Network.Id, cancellationToken)).Count > 0)
            {
                continue;
            }

            var count = 0;
            var zone = plan.Network.Zone;
            var gatherings = plan.Gatherings.OrderBy(g => g.Number).ToList();
            foreach (var (gathering, next) in gatherings.Zip(gatherings.Skip(1)))
            {
                if (gathering.End > now)
                {
                    break;
                }

                var current = now < next.Start;
                var skipped = current ? plan.Teams.Count - 1 : (gathering.Number * 3) % plan.Teams.Count;
                foreach (var (team, index) in plan.Teams.Select((team, index) => (team, index)))
                {
                    var day = NetworkClock.LocalDate(gathering.End, zone).AddDays(10 + (index * 2));
                    day = day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(2), DayOfWeek.Sunday => day.AddDays(1), _ => day };
                    var start = NetworkClock.At(day, new TimeOnly(10, 0), zone);
                    if (index == skipped || start >= next.Start || (current && start > now.AddDays(14)))
                    {
                        continue;
                    }

                    var advisor = FollowUpRules.AdvisorOf(plan, team) ?? plan.Network.Organizers[0];
                    var phone = (index + gathering.Number) % 3 == 0;
                    await followUps.SaveAsync(plan.Network.Id, new FollowUp
                    {
                        Id = $"demo-{gathering.Number}-{team.Id}",
                        TeamId = team.Id,
                        Period = gathering.Number,
                        Mode = phone ? FollowUpMode.Phone : FollowUpMode.Link,
                        Start = start,
                        DurationMinutes = phone ? 30 : 45,
                        State = start.AddMinutes(45) <= now ? FollowUpState.Held : FollowUpState.Accepted,
                        AdvisorId = advisor.Id,
                        JoinUrl = phone ? null : $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_veiledning{gathering.Number}{index}%40thread.v2/0",
                        Notes = start <= now ? Notes[(index + gathering.Number) % Notes.Length] : null,
                        BookedBy = advisor.Name,
                        ChangedAt = start.AddDays(-7),
                    }, null, cancellationToken);
                    count++;
                }
            }

            DemoLog.FollowUpsSeeded(logger, plan.Network.Id, count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
