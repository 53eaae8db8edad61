using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Development only (<c>Tab:DangerouslyAllowDevSignIn</c>): the header <c>X-TeamsMentor-Dev-User</c> names the Entra
/// object id to act as, so the tab can be tried outside Teams. Never selected unless the switch is on.
/// </summary>
internal sealed class DevSignInHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevSignIn";
    public const string Header = "X-TeamsMentor-Dev-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var oid = Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(oid))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(TabUser.ObjectIdClaim, oid.Trim())], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
