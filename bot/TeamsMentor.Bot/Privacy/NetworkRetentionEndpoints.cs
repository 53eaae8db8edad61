using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Bot.Privacy;

/// <summary>
/// <c>/api/tab/privacy/networks/{networkId}</c>: when retention erases the network's members, and the network's archive
/// to download first. The network's organizers (and administrators) only.
/// </summary>
public static class NetworkRetentionEndpoints
{
    public static RouteGroupBuilder MapNetworkRetention(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/networks/{networkId}", RetentionAsync).RequireOrganizer(PrivacyEndpoints.Forbidden);
        group.MapGet("/networks/{networkId}/archive", ArchiveAsync).RequireOrganizer(PrivacyEndpoints.Forbidden);
        return group;
    }

    /// <summary>When the network's personal data goes, and whether it has.</summary>
    private static Ok<PrivacyDtos.RetentionDto> RetentionAsync(CurrentNetwork network, IOptions<PrivacyOptions> options)
    {
        var (plan, o) = (network.Plan, options.Value);
        return TypedResults.Ok(new PrivacyDtos.RetentionDto(plan.Network.End, Retention.WarnAt(plan.Network, o.RetentionMonths, o.WarnDays),
            Retention.PurgeAt(plan.Network, o.RetentionMonths), o.RetentionMonths, Retention.Participants(plan), o.PayloadDays));
    }

    /// <summary>The network's archive (JSON): everything it holds, to keep before retention erases the people in it.</summary>
    private static async Task<FileContentHttpResult> ArchiveAsync(CurrentNetwork network, IPersonalDataStore store, BotText text, IOptions<PrivacyOptions> options,
        TimeProvider time, CancellationToken ct)
    {
        var rows = await store.ReadNetworkAsync(network.Id, ct);
        return PrivacyEndpoints.File(PersonalDataExport.Archive(text, network.Plan, rows, Retention.PurgeAt(network.Plan.Network, options.Value.RetentionMonths), time.GetUtcNow()),
            "arkiv-" + network.Id);
    }
}
