using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>The shipped Mentorprogram Nord plan, with Entra object ids given to the people a test acts as.</summary>
internal static class NordPlan
{
    /// <param name="organizer">The first organizer's Entra id (the plan's organizers have none).</param>
    /// <param name="members">Member ids (e.g. <c>tromso-sone-1-hanne</c>) and the Entra ids they get.</param>
    public static NetworkPlan With(string? organizer, params (string MemberId, string Aad)[] members)
    {
        var plan = NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
        var ids = members.ToDictionary(m => m.MemberId, m => m.Aad, StringComparer.Ordinal);
        return plan with
        {
            Network = organizer is null ? plan.Network
                : plan.Network with { Organizers = [plan.Network.Organizers[0] with { AadObjectId = organizer }, .. plan.Network.Organizers.Skip(1)] },
            Members = [.. plan.Members.Select(m => ids.TryGetValue(m.Id, out var aad) ? m with { AadObjectId = aad } : m)],
        };
    }
}
