using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Multi-tenant issuer check for Entra v2 tokens: the issuer must be <c>https://login.microsoftonline.com/{tid}/v2.0</c>
/// for the token's own <c>tid</c>, and that tenant must be allowed (empty allow-list: any tenant, e.g. guests'
/// home tenants). The "common" metadata cannot name one issuer, hence this validator.
/// </summary>
internal static class EntraIssuerValidator
{
    public static IssuerValidator Create(Func<IReadOnlyCollection<string>> allowedTenants) => (issuer, token, parameters) =>
    {
        var tid = (token as JsonWebToken)?.TryGetClaim("tid", out var claim) == true ? claim.Value : null;
        if (string.IsNullOrEmpty(tid) || !string.Equals(issuer, $"https://login.microsoftonline.com/{tid}/v2.0", StringComparison.Ordinal))
        {
            throw new SecurityTokenInvalidIssuerException("The issuer does not match the token's tenant.");
        }

        var allowed = allowedTenants();
        if (allowed.Count > 0 && !allowed.Contains(tid, StringComparer.OrdinalIgnoreCase))
        {
            throw new SecurityTokenInvalidIssuerException("The token's tenant is not allowed.");
        }

        return issuer;
    };
}
