namespace TeamsMentor.Domain.Tests;

/// <summary>The shipped plans in the repository's plans/ folder.</summary>
internal static class PlanFiles
{
    public static byte[] Read(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TeamsMentor.sln")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllBytes(Path.Combine(dir!.FullName, "plans", name));
    }
}
