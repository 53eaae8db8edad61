using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Attendance;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Demo;

/// <summary>
/// Gives the demo networks attendance at their gatherings (Development only, after the plans are imported, once per
/// network): every gathering that has started by the demo clock except the latest, which is left for the organizer to
/// record (the README's Try list does); about four in five of each team came to a physical gathering and a few more to
/// a digital one, every team represented. Invented, seeded: the same on every run.
/// </summary>
internal sealed class DemoAttendanceSeeder(
    IOptions<DemoOptions> options,
    INetworkRepository networks,
    IGatheringAttendanceRepository attendance,
    TimeProvider time,
    ILogger<DemoAttendanceSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.PlanFiles.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var plan in await networks.GetAllPlansAsync(cancellationToken))
        {
            if (plan.Members.Count == 0 || (await attendance.ListAsync(plan.Network.Id, cancellationToken)).Count > 0)
            {
                continue;
            }

            var started = plan.Gatherings.Where(g => g.Start <= now).OrderBy(g => g.Number).ToList();
            var random = new Random(plan.Network.Id.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x7fffffff);
            var recorded = Math.Max(0, started.Count - 1);
            foreach (var gathering in started.Take(recorded))
            {
                var share = gathering.Mode == GatheringMode.Digital ? 0.85 : 0.75;
                var came = new List<string>();
                foreach (var team in plan.Teams)
                {
                    var members = plan.MembersOf(team.Id).ToList();
                    var these = members.Where(_ => random.NextDouble() < share).Select(m => m.Id).ToList();
                    came.AddRange(these.Count > 0 || members.Count == 0 ? these : [members[0].Id]); // every team sent someone
                }

                await attendance.SaveAsync(plan.Network.Id, new GatheringAttendance(gathering.Number, came, gathering.End.AddHours(1)), cancellationToken);
            }

            DemoLog.AttendanceSeeded(logger, plan.Network.Id, recorded);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
