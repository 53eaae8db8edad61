namespace TeamsMentor.Domain.Networks;

/// <summary>A member of the central project group (sentral prosjektgruppe) who plans gatherings and follows teams up.</summary>
public sealed record Organizer(string Id, string Name, string? Email = null, string? AadObjectId = null);
