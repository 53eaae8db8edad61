using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Bot.Privacy;

/// <summary>Who a person is across the plans: the members and organizers a <see cref="PersonKey"/> names, and a search by name or e-mail.</summary>
public static class DataSubjects
{
    /// <summary>The person as every plan knows them; null when no plan does.</summary>
    public static DataSubject? Resolve(IEnumerable<NetworkPlan> plans, PersonKey key)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(key);
        var all = plans.ToList();
        if (key.AadObjectId is null && all.FirstOrDefault(p => p.Network.Id == key.NetworkId)?.Members.FirstOrDefault(m => m.Id == key.MemberId) is { AadObjectId: { } known })
        {
            key = PersonKey.OfAad(known); // the member is known to Teams: the whole person, in every network
        }

        var ids = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var names = new List<string>();
        var emails = new List<string>();
        var teamsIds = new List<string>();
        foreach (var plan in all)
        {
            var members = plan.Members.Where(m => key.AadObjectId is { } aad
                ? string.Equals(m.AadObjectId, aad, StringComparison.OrdinalIgnoreCase)
                : plan.Network.Id == key.NetworkId && m.Id == key.MemberId).ToList();
            var organizers = key.AadObjectId is { } a
                ? plan.Network.Organizers.Where(o => string.Equals(o.AadObjectId, a, StringComparison.OrdinalIgnoreCase)).ToList()
                : [];
            if (members.Count == 0 && organizers.Count == 0)
            {
                continue;
            }

            // An organizer's id means her in her network too (a team's advisor, a follow-up's).
            ids[plan.Network.Id] = [.. members.Select(m => m.Id).Concat(organizers.Select(o => o.Id)).Distinct(StringComparer.Ordinal)];
            names.AddRange(members.Select(m => m.Name).Concat(organizers.Select(o => o.Name)));
            emails.AddRange(members.Select(m => m.Email).Concat(organizers.Select(o => o.Email)).OfType<string>());
            teamsIds.AddRange(members.Select(m => m.TeamsUserId).OfType<string>());
        }

        return ids.Count == 0 ? null : new DataSubject
        {
            AadObjectId = key.AadObjectId,
            MemberIds = ids,
            Names = [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase)],
            Emails = [.. emails.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase)],
            TeamsIds = [.. teamsIds.Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>The people in <paramref name="plans"/> whose name or e-mail contains <paramref name="query"/>, with where they are.</summary>
    public static IReadOnlyList<PrivacyDtos.PersonHit> Search(IEnumerable<NetworkPlan> plans, string query)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(query);
        var hits = new Dictionary<string, (string Name, string? Email, List<PrivacyDtos.PersonPlace> Places)>(StringComparer.Ordinal);
        bool Matches(string? text) => text is not null && text.Contains(query, StringComparison.CurrentCultureIgnoreCase);
        void Add(PersonKey key, string name, string? email, PrivacyDtos.PersonPlace place)
        {
            var id = key.ToString();
            if (!hits.TryGetValue(id, out var hit))
            {
                hit = (name, email, []);
                hits[id] = hit;
            }

            hit.Places.Add(place);
        }

        foreach (var plan in plans)
        {
            foreach (var member in plan.Members.Where(m => Matches(m.Name) || Matches(m.Email)))
            {
                var key = member.AadObjectId is { } aad ? PersonKey.OfAad(aad) : PersonKey.OfMember(plan.Network.Id, member.Id);
                var team = plan.Teams.FirstOrDefault(t => t.Id == member.TeamId);
                Add(key, member.Name, member.Email, new PrivacyDtos.PersonPlace(plan.Network.Id, plan.Network.Name, team?.Id, team?.Name, false));
            }

            foreach (var organizer in plan.Network.Organizers.Where(o => o.AadObjectId is not null && (Matches(o.Name) || Matches(o.Email))))
            {
                Add(PersonKey.OfAad(organizer.AadObjectId!), organizer.Name, organizer.Email, new PrivacyDtos.PersonPlace(plan.Network.Id, plan.Network.Name, null, null, true));
            }
        }

        return [.. hits.Select(h => new PrivacyDtos.PersonHit(h.Key, h.Value.Name, h.Value.Email, h.Key.StartsWith("aad:", StringComparison.Ordinal), h.Value.Places))
            .OrderBy(h => h.Name, StringComparer.CurrentCulture)];
    }
}
