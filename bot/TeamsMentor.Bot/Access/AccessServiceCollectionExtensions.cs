namespace TeamsMentor.Bot.Access;

/// <summary>Who may do what: the access service, the organizers' endpoint filter, and <c>GET /api/tab/me</c>.</summary>
public static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<AccessService>();
        services.AddScoped<CurrentNetwork>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccess(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMeApi();
        return endpoints;
    }

    /// <summary>
    /// Only the network's organizers (and platform administrators) get through, with the network loaded once as
    /// <see cref="CurrentNetwork"/>; <paramref name="forbiddenDetail"/> says to others what they were refused.
    /// </summary>
    public static TBuilder RequireOrganizer<TBuilder>(this TBuilder builder, string forbiddenDetail = "Only the network's organizers can see this.")
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(new OrganizerFilter(forbiddenDetail));
        return builder;
    }
}
