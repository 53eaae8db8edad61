using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Delivery;

/// <summary>Refuses delivery settings that would break Teams' limits or stall the outbox.</summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.TenantRequestsPerSecond is <= 0 or > 1000)
        {
            errors.Add("Delivery:TenantRequestsPerSecond must be between 0 and 1000 (Teams allows 50).");
        }

        if (options.TenantPacing is < 0.5 or > 1)
        {
            errors.Add("Delivery:TenantPacing must be between 0.5 and 1.");
        }

        if (options.ConversationWindowStretch is < 1 or > 2)
        {
            errors.Add("Delivery:ConversationWindowStretch must be between 1 and 2.");
        }

        if (options.MaxConcurrentSends is < 1 or > 256)
        {
            errors.Add("Delivery:MaxConcurrentSends must be between 1 and 256.");
        }

        if (options.MaxAttempts is < 1 or > 50)
        {
            errors.Add("Delivery:MaxAttempts must be between 1 and 50.");
        }

        if (options.BaseDelay <= TimeSpan.Zero || options.MaxDelay < options.BaseDelay)
        {
            errors.Add("Delivery:BaseDelay must be positive and at most Delivery:MaxDelay.");
        }

        if (options.IdlePollInterval < options.PollInterval || options.IdlePollInterval > TimeSpan.FromSeconds(45))
        {
            errors.Add("Delivery:IdlePollInterval must be at least Delivery:PollInterval and at most 45 seconds (sends start within 60 s of their time).");
        }

        if (options.PollInterval <= TimeSpan.Zero || options.SchedulerInterval <= TimeSpan.Zero || options.SchedulerInterval > TimeSpan.FromSeconds(45))
        {
            errors.Add("Delivery:PollInterval must be positive and Delivery:SchedulerInterval between 0 and 45 seconds (sends start within 60 s of their time).");
        }

        if (options.SchedulerRefreshInterval < options.SchedulerInterval || options.SchedulerRefreshInterval > TimeSpan.FromHours(24))
        {
            errors.Add("Delivery:SchedulerRefreshInterval must be at least Delivery:SchedulerInterval and at most 24 hours.");
        }

        if (options.LeaseDuration < TimeSpan.FromSeconds(3) || options.ClaimDuration < TimeSpan.FromSeconds(15))
        {
            errors.Add("Delivery:LeaseDuration must be at least 3 s and Delivery:ClaimDuration at least 15 s (longer than one connector call).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
