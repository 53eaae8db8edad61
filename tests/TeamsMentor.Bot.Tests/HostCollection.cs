using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>Host tests share one Azurite; each test gets its own host and table prefix.</summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Host";
}
