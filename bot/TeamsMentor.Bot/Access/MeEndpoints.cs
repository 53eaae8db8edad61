using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Access;

/// <summary><c>GET /api/tab/me</c>: who the caller is, the teams they are on and the networks they may administer (what the tab shows them).</summary>
public static class MeEndpoints
{
    public static RouteHandlerBuilder MapMeApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/tab/me", MeAsync).RequireAuthorization(TabAuthentication.Policy);

    private static async Task<Ok<MeDto>> MeAsync(HttpContext http, INetworkRepository networks, AccessService access, CancellationToken ct)
    {
        var user = TabUser.From(http.User)!;
        var teams = new List<MyTeamDto>();
        var organizes = new List<MyNetworkDto>();
        string? name = user.Name;
        foreach (var plan in await networks.GetAllPlansAsync(ct))
        {
            foreach (var member in plan.Members.Where(m => m.IsCurrent && string.Equals(m.AadObjectId, user.ObjectId, StringComparison.OrdinalIgnoreCase)))
            {
                var team = plan.Teams.FirstOrDefault(t => t.Id == member.TeamId);
                if (team is not null)
                {
                    teams.Add(new MyTeamDto(plan.Network.Id, plan.Network.Name, team.Id, team.Name, plan.MunicipalityName(team)));
                    name ??= member.Name;
                }
            }

            if (access.CanAdminister(user.ObjectId, plan.Network))
            {
                organizes.Add(new MyNetworkDto(plan.Network.Id, plan.Network.Name));
                name ??= NetworkAccess.OrganizerOf(plan.Network, user.ObjectId)?.Name;
            }
        }

        return TypedResults.Ok(new MeDto(user.ObjectId, name, access.IsAdministrator(user.ObjectId),
            [.. teams.OrderBy(t => t.NetworkName, StringComparer.CurrentCulture).ThenBy(t => t.TeamName, StringComparer.CurrentCulture)],
            [.. organizes.OrderBy(n => n.NetworkName, StringComparer.CurrentCulture)]));
    }
}
