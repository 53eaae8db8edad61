using Microsoft.Extensions.Options;

namespace TeamsMentor.Infrastructure.Meetings;

/// <summary>An organizer account needs a way to authenticate; every message says which setting to fix.</summary>
public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!Guid.TryParse(options.OrganizerUserId, out _))
        {
            errors.Add("Graph:OrganizerUserId must be the organizer account's Entra object id (a GUID), e.g. from 'az ad user show --id kurs@example.no --query id'.");
        }

        if (!options.UseManagedIdentity && (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret)))
        {
            errors.Add("Graph:OrganizerUserId is set, so Graph needs credentials: Graph:UseManagedIdentity=true (in Azure), or Graph:TenantId, Graph:ClientId and Graph:ClientSecret.");
        }

        if (options.MaxRetryWait < TimeSpan.Zero || options.MaxRetryWait > TimeSpan.FromSeconds(10))
        {
            errors.Add("Graph:MaxRetryWait must be between 0 and 10 seconds (an organizer is waiting on a card).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromSeconds(14))
        {
            errors.Add("Graph:Timeout must be more than 0 and at most 14 seconds (a card action must answer within 15).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
