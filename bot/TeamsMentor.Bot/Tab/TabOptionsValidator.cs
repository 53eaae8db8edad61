using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Tab;

/// <summary>The dev sign-in exists only in Development; metadata must be https (http only on loopback).</summary>
internal sealed class TabOptionsValidator(IHostEnvironment environment) : IValidateOptions<TabOptions>
{
    public ValidateOptionsResult Validate(string? name, TabOptions options)
    {
        var failures = new List<string>();
        if (options.DangerouslyAllowDevSignIn && !environment.IsDevelopment())
        {
            failures.Add($"Tab:DangerouslyAllowDevSignIn is set in the '{environment.EnvironmentName}' environment; it is accepted only in Development.");
        }

        if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            failures.Add("Tab:OpenIdMetadataUrl must be an absolute https URL (plain http only for a loopback host).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
