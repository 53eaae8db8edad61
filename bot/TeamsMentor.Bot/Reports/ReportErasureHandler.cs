using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Privacy;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Privacy;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary>After an erasure, the channel card of each report that named the person shows it as it is now («Sendt inn av (slettet person)»).</summary>
public sealed class ReportErasureHandler(IStatusReportRepository reports, IDeliveryStore deliveries, BotText text) : IPersonErasedHandler
{
    public const string Table = "StatusReports";

    public async Task OnErasedAsync(NetworkPlan plan, DataSubject subject, IReadOnlyList<PersonalDataRow> touched, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(touched);
        foreach (var row in touched.Where(r => r.Table == Table))
        {
            // RowKey {team}|{gathering:000}
            var parts = row.RowKey.Split('|');
            if (parts.Length != 2 || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var number)
                || plan.Teams.FirstOrDefault(t => t.Id == parts[0]) is not { } team || plan.GatheringNumber(number) is not { } gathering
                || await reports.GetAsync(plan.Network.Id, team.Id, number, cancellationToken) is not { } report)
            {
                continue;
            }

            await ReportChannelCard.UpdateAsync(deliveries, text, plan, team, gathering, report.Value, now, cancellationToken);
        }
    }
}
