using TeamsMentor.Bot.Privacy;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>After an erasure took a person's answers to invites, every invite card of those sessions shows the counts without them.</summary>
public sealed class OpenScreenErasureHandler(IOpenScreenRepository sessions, OpenScreenService service) : IPersonErasedHandler
{
    public const string Table = "OpenScreen";

    public async Task OnErasedAsync(NetworkPlan plan, DataSubject subject, IReadOnlyList<PersonalDataRow> touched, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(touched);
        // RSVP rows: r|{session}|{aad}
        var ids = touched.Where(r => r.Table == Table && r.RowKey.StartsWith("r|", StringComparison.Ordinal))
            .Select(r => r.RowKey.Split('|')[1]).Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (await sessions.GetSessionAsync(plan.Network.Id, id, cancellationToken) is { } session)
            {
                await service.UpdateInvitesAsync(plan, session.Value, now, cancellationToken);
            }
        }
    }
}
