using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>All storage tests share one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
