using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Delivery;

/// <summary>The personal chats the app has with people of a network, by Entra object id (what 1:1 deliveries need).</summary>
public static class PersonalChats
{
    /// <summary>
    /// Looked up in the tenants the network lives in as far as the app knows them: where its channels (and the
    /// organizers' channel) are linked.
    /// </summary>
    public static async Task<Dictionary<string, ConversationInstallation>> FindAsync(IConversationInstallationRepository installations, NetworkPlan plan,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installations);
        ArgumentNullException.ThrowIfNull(plan);
        var personal = new Dictionary<string, ConversationInstallation>(StringComparer.OrdinalIgnoreCase);
        var tenants = plan.Teams.Select(x => x.Channel?.TenantId).Append(plan.Network.OrganizerChannel?.TenantId).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            foreach (var install in await installations.ListAsync(tenant, cancellationToken))
            {
                if (install is { IsActive: true, Kind: ConversationKind.Personal, UserAadObjectId: { } aad })
                {
                    personal[aad] = install;
                }
            }
        }

        return personal;
    }
}
