using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using TeamsMentor.Protocol;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Authentication for <c>/api/tab/...</c>: Entra ID tokens from Teams SSO (JwtBearer; multi-tenant issuer check and
/// the tenant allow-list), or in Development the dev sign-in header. No default scheme: the bot endpoint keeps its
/// own Bot Framework validation and never runs these handlers.
/// </summary>
public static class TabAuthentication
{
    public const string Scheme = "Tab";
    public const string EntraScheme = "TabEntra";
    public const string Policy = "TabUser";

    public static IHostApplicationBuilder AddTabAuthentication(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TabOptions>().BindConfiguration(TabOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TabOptions>, TabOptionsValidator>();

        services.AddAuthentication()
            .AddPolicyScheme(Scheme, "Teams tab", o => o.ForwardDefaultSelector = context =>
                context.RequestServices.GetRequiredService<IOptions<TabOptions>>().Value.DangerouslyAllowDevSignIn
                && context.Request.Headers.ContainsKey(DevSignInHandler.Header)
                    ? DevSignInHandler.SchemeName
                    : EntraScheme)
            .AddJwtBearer(EntraScheme)
            .AddScheme<AuthenticationSchemeOptions, DevSignInHandler>(DevSignInHandler.SchemeName, null);

        services.AddOptions<JwtBearerOptions>(EntraScheme).Configure<IOptions<TabOptions>, IOptionsMonitor<BotOptions>>((o, tab, bot) =>
        {
            var t = tab.Value;
            o.MetadataAddress = t.OpenIdMetadataUrl;
            o.RequireHttpsMetadata = new Uri(t.OpenIdMetadataUrl).Scheme == Uri.UriSchemeHttps;
            o.MapInboundClaims = false;
            o.RefreshOnIssuerKeyNotFound = true;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = true,
                ValidAudiences = new[] { t.ClientId, t.ApplicationIdUri }.Where(a => !string.IsNullOrWhiteSpace(a)).DefaultIfEmpty("urn:teamsmentor:tab-not-configured").ToArray(),
                ValidateIssuer = true,
                IssuerValidator = EntraIssuerValidator.Create(() => [.. bot.CurrentValue.AllowedTenants]),
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromMinutes(5),
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                RequireSignedTokens = true,
                NameClaimType = "name",
            };
        });

        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(TabUser.ObjectIdClaim));
        return builder;
    }
}
