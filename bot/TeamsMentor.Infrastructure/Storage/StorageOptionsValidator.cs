using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TeamsMentor.Infrastructure.Storage;

/// <summary>Start-up checks of <see cref="StorageOptions"/>.</summary>
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (hasConnectionString == (options.TableServiceUri is not null))
        {
            failures.Add("Set exactly one of Storage:ConnectionString and Storage:TableServiceUri.");
        }

        if (options.TableServiceUri is { } uri && uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Storage:TableServiceUri must use https.");
        }

        if (!PrefixPattern().IsMatch(options.TablePrefix))
        {
            failures.Add("Storage:TablePrefix must start with a letter and hold 1-20 letters or digits.");
        }

        if (options.PlanCacheDuration < TimeSpan.Zero || options.PlanCacheDuration > TimeSpan.FromMinutes(5))
        {
            failures.Add("Storage:PlanCacheDuration must be between 00:00:00 (off) and 00:05:00: another instance's plan changes show only after it.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,19}$")]
    private static partial Regex PrefixPattern();
}
