using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Privacy;

/// <summary>Retention must be a real period: whole months and days, the warning before the erasure.</summary>
internal sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.RetentionMonths is < 1 or > 120)
        {
            failures.Add("Privacy:RetentionMonths must be from 1 to 120 (months after a network ends until its personal data is erased; 12 by default).");
        }

        if (options.WarnDays is < 1 or > 180)
        {
            failures.Add("Privacy:WarnDays must be from 1 to 180 (days the organizers are warned before the erasure; 30 by default).");
        }

        if (options.PayloadDays is < 1 or > 365)
        {
            failures.Add("Privacy:PayloadDays must be from 1 to 365 (days the ledger keeps a sent card's content; 30 by default).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
