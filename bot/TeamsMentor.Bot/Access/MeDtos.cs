
namespace TeamsMentor.Bot.Access;

/// <summary>The caller and every team and network they belong to (<c>GET /api/tab/me</c>).</summary>
public sealed record MeDto(string ObjectId, string? Name, bool IsAdministrator, IReadOnlyList<MyTeamDto> Teams, IReadOnlyList<MyNetworkDto> Organizes);

public sealed record MyTeamDto(string NetworkId, string NetworkName, string TeamId, string TeamName, string Municipality);

public sealed record MyNetworkDto(string NetworkId, string NetworkName);
