namespace TeamsMentor.Domain.Networks;

/// <summary>A gathering is physical (often two days, lunch to lunch) or digital (in Teams).</summary>
public enum GatheringMode
{
    Physical,
    Digital,
}
