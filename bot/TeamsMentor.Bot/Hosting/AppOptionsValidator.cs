using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Hosting;

/// <summary>The public address must be an absolute https URL (http only on loopback, for local runs).</summary>
public sealed class AppOptionsValidator : IValidateOptions<AppOptions>
{
    public ValidateOptionsResult Validate(string? name, AppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.PublicUrl is not { } url ? ValidateOptionsResult.Success
            : !url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
                ? ValidateOptionsResult.Fail("App:PublicUrl must be an absolute https URL such as https://teamsmentor.azurewebsites.net (http only for localhost).")
                : ValidateOptionsResult.Success;
    }
}
