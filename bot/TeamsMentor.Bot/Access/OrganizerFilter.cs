using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Access;

/// <summary>
/// In front of every organizers' endpoint under <c>.../networks/{networkId}/...</c>: loads the network once, answers 404
/// when there is none and 403 to anyone who does not administer it, and otherwise hands it to the endpoint as
/// <see cref="CurrentNetwork"/>.
/// </summary>
public sealed class OrganizerFilter(string forbiddenDetail) : IEndpointFilter
{
    public const string RouteValue = "networkId";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var services = http.RequestServices;
        var networkId = http.GetRouteValue(RouteValue) as string;
        var plan = networkId is null ? null : await services.GetRequiredService<INetworkRepository>().GetPlanAsync(networkId, http.RequestAborted);
        if (plan is null)
        {
            return ApiProblems.Problem(404, ProblemCodes.NetworkNotFound, "No such network", $"There is no network '{networkId}'.");
        }

        var user = TabUser.From(http.User);
        if (user is null || !services.GetRequiredService<AccessService>().CanAdminister(user.ObjectId, plan.Network))
        {
            return ApiProblems.Problem(403, ProblemCodes.OrganizersOnly, "Organizers only", forbiddenDetail);
        }

        services.GetRequiredService<CurrentNetwork>().Set(plan, user);
        return await next(context);
    }
}
