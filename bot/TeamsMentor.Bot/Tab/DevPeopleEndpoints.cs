using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Development only (<c>Tab:DangerouslyAllowDevSignIn</c>): the people the tab's sign-in page offers outside Teams,
/// everyone in the stored networks who has an Entra object id (the demo gives each planned person one). 404 otherwise.
/// </summary>
public static class DevPeopleEndpoints
{
    public sealed record DevPerson(string ObjectId, string Name, string Description, bool Organizer);

    public static void MapDevPeople(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/tab/dev/people", ListAsync).AllowAnonymous();

    private static async Task<Results<Ok<List<DevPerson>>, NotFound>> ListAsync(INetworkRepository networks, IOptions<TabOptions> tab, CancellationToken ct)
    {
        if (!tab.Value.DangerouslyAllowDevSignIn)
        {
            return TypedResults.NotFound();
        }

        var people = new List<DevPerson>();
        foreach (var plan in await networks.GetAllPlansAsync(ct))
        {
            people.AddRange(plan.Network.Organizers.Where(o => o.AadObjectId is not null)
                .Select(o => new DevPerson(o.AadObjectId!, o.Name, plan.Network.Name, true)));
            people.AddRange(plan.Members.Where(m => m.AadObjectId is not null)
                .Select(m => new DevPerson(m.AadObjectId!, m.Name, plan.Teams.FirstOrDefault(t => t.Id == m.TeamId)?.Name ?? m.TeamId, false)));
        }

        return TypedResults.Ok(people.DistinctBy(p => p.ObjectId).OrderByDescending(p => p.Organizer).ThenBy(p => p.Description, StringComparer.CurrentCulture)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList());
    }
}
