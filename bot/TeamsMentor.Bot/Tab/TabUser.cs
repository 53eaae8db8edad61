using System.Security.Claims;

namespace TeamsMentor.Bot.Tab;

/// <summary>The caller of a tab API: their Entra object id (<c>oid</c>) and tenant (<c>tid</c>).</summary>
public sealed record TabUser(string ObjectId, string? TenantId, string? Name)
{
    public const string ObjectIdClaim = "oid";
    public const string TenantIdClaim = "tid";

    public static TabUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var oid = principal.FindFirst(ObjectIdClaim)?.Value;
        return string.IsNullOrEmpty(oid) ? null : new TabUser(oid, principal.FindFirst(TenantIdClaim)?.Value, principal.FindFirst("name")?.Value);
    }
}
