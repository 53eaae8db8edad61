using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Hosting;

/// <summary>The public address must be an absolute https URL (http only on loopback, for local runs); the accessibility statement's an https URL.</summary>
public sealed class AppOptionsValidator : IValidateOptions<AppOptions>
{
    public ValidateOptionsResult Validate(string? name, AppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PublicUrl is { } url && (!url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))))
        {
            failures.Add("App:PublicUrl must be an absolute https URL such as https://teamsmentor.azurewebsites.net (http only for localhost).");
        }

        if (options.AccessibilityStatementUrl is { } statement && (!statement.IsAbsoluteUri || statement.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("App:AccessibilityStatementUrl must be an absolute https URL, such as the statement's page on https://uustatus.no.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
