using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Demo;

/// <summary>
/// Writes the demo's status-report and task history (<see cref="DemoReportHistory"/>; Development only, after the
/// plans are imported): each report and each team's task progress only when nothing is stored for it yet, so a
/// restart adds what a later demo clock brings and never overwrites what someone did in the demo.
/// </summary>
internal sealed class DemoReportSeeder(
    IOptions<DemoOptions> options,
    INetworkRepository networks,
    IStatusReportRepository reports,
    ITeamProgressRepository progress,
    TimeProvider time,
    ILogger<DemoReportSeeder> logger) : IHostedService
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
            var stored = (await reports.ListAsync(plan.Network.Id, cancellationToken)).Select(r => (r.TeamId, r.Gathering)).ToHashSet();
            var written = 0;
            foreach (var report in DemoReportHistory.Reports(plan, now).Where(r => !stored.Contains((r.TeamId, r.Gathering))))
            {
                // A report someone saved meanwhile (a conflict) stays as it is.
                written += (await reports.SaveAsync(plan.Network.Id, report, null, cancellationToken)).Outcome == Domain.Storage.WriteOutcome.Saved ? 1 : 0;
            }

            var teams = 0;
            foreach (var team in DemoReportHistory.Progress(plan, now).GroupBy(p => p.TeamId))
            {
                if ((await progress.GetTeamAsync(plan.Network.Id, team.Key, cancellationToken)).Count > 0)
                {
                    continue; // the team's own progress: left as it is
                }

                foreach (var task in team)
                {
                    await progress.SaveAsync(plan.Network.Id, task, null, cancellationToken);
                }

                teams++;
            }

            DemoLog.ReportsSeeded(logger, plan.Network.Id, written, teams);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
