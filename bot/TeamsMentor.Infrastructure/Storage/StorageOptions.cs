namespace TeamsMentor.Infrastructure.Storage;

/// <summary>
/// Configuration section <c>Storage</c>: either a <see cref="ConnectionString"/> (Azurite locally) or a
/// <see cref="TableServiceUri"/> reached with a managed identity (Azure).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>A Table Storage connection string. Secret when it carries an account key (Azurite's well-known key is not).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table endpoint, e.g. https://account.table.core.windows.net, used with a managed identity.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty uses the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix for every table name (letters and digits), so several deployments or test runs can share an account.</summary>
    public string TablePrefix { get; set; } = "tm";

    /// <summary>
    /// How long a network's plan is served from memory (writes through this instance drop it at once; another
    /// instance's writes show within this time). Zero turns the cache off.
    /// </summary>
    public TimeSpan PlanCacheDuration { get; set; } = TimeSpan.FromSeconds(10);
}
