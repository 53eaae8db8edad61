using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary><c>GET /api/tab/admin/networks/{id}/report.docx</c> (organizers): the network's report drafted as a Word document.</summary>
public static class NetworkReportEndpoints
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapNetworkReport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/tab/admin/networks/{networkId}/report.docx", DocumentAsync).RequireAuthorization(TabAuthentication.Policy).RequireOrganizer();
        return endpoints;
    }

    /// <summary>The network's report drafted as a Word document in bokmål (<see cref="NetworkReportDocument"/>), as a download.</summary>
    private static async Task<FileContentHttpResult> DocumentAsync(CurrentNetwork network, IStatusReportRepository reports,
        Domain.Attendance.IGatheringAttendanceRepository attendance, Domain.OpenScreen.IOpenScreenRepository openScreen, Domain.Evaluations.IEvaluationRepository evaluations,
        BotText text, TimeProvider time, CancellationToken ct)
    {
        var (plan, now) = (network.Plan, time.GetUtcNow());
        var t = new CardKit.CardText(text, BotLocale.Norwegian);
        var sources = new NetworkReportDocument.Sources(
            await reports.ListAsync(network.Id, ct),
            await attendance.ListAsync(network.Id, ct),
            [.. (await openScreen.ListSessionsAsync(network.Id, ct)).Select(s => s.Value)],
            await openScreen.ListAttendanceAsync(network.Id, ct),
            await evaluations.ListAnswersAsync(network.Id, null, ct));
        var bytes = NetworkReportDocument.Build(t, plan, sources, now);
        var day = Domain.Networks.NetworkClock.LocalDate(now, plan.Network.Zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(bytes, DocxContentType, $"{t["Doc_FileName"]}-{plan.Network.Id}-{day}.docx");
    }
}
