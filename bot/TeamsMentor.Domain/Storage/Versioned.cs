namespace TeamsMentor.Domain.Storage;

/// <summary>A value with the opaque version (ETag) it was read at; pass the version back to write it.</summary>
public sealed record Versioned<T>(T Value, string Version);
