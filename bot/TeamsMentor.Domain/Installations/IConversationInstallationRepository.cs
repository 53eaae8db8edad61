namespace TeamsMentor.Domain.Installations;

/// <summary>Storage of <see cref="ConversationInstallation"/>s, one per tenant and conversation.</summary>
public interface IConversationInstallationRepository
{
    /// <summary>Stores an install (merged with any earlier record, see <see cref="ConversationInstallation.Merge"/>).</summary>
    Task<ConversationInstallation> SaveInstalledAsync(ConversationInstallation installation, CancellationToken cancellationToken);

    /// <summary>Marks one conversation inactive. False when it was never stored.</summary>
    Task<bool> MarkRemovedAsync(string tenantId, string conversationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks every stored conversation of a team inactive (the app was removed from the team). Returns how many.</summary>
    Task<int> MarkTeamRemovedAsync(string tenantId, string teamId, DateTimeOffset at, CancellationToken cancellationToken);

    Task<ConversationInstallation?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationInstallation>> ListAsync(string tenantId, CancellationToken cancellationToken);
}
