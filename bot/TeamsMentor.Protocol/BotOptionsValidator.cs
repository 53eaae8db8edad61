using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsMentor.Protocol.Authentication;

namespace TeamsMentor.Protocol;

/// <summary>Start-up checks of <see cref="BotOptions"/>; the host refuses to start when they fail.</summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (options.DangerouslyAllowUnauthenticatedRequests && !environment.IsDevelopment())
        {
            failures.Add($"Bot:DangerouslyAllowUnauthenticatedRequests is set in the '{environment.EnvironmentName}' environment. " +
                "It is accepted only in Development: it lets anyone without a token talk to the bot.");
        }

        if (!environment.IsDevelopment() && !options.HasCredentials)
        {
            failures.Add("Bot:AppId is required outside Development: without it every request would be refused.");
        }

        if (options.HasCredentials && !options.UseManagedIdentity && string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Bot:AppId is set but neither Bot:ClientSecret nor Bot:UseManagedIdentity is: the bot could not get a connector token.");
        }

        if (options.UseManagedIdentity && !string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Bot:UseManagedIdentity and Bot:ClientSecret are both set; choose one.");
        }

        if (!MetadataUrlRules.IsAcceptable(options.OpenIdMetadataUrl))
        {
            failures.Add($"Bot:OpenIdMetadataUrl '{options.OpenIdMetadataUrl}' must be an absolute https URL (plain http only for a loopback host).");
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 4 * 1024 * 1024)
        {
            failures.Add("Bot:MaxRequestBodyBytes must be between 1 KB and 4 MB.");
        }

        if (options.Connector.MaxAttempts is < 1 or > 10)
        {
            failures.Add("Bot:Connector:MaxAttempts must be between 1 and 10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
