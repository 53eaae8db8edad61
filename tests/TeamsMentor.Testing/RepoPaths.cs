namespace TeamsMentor.Testing;

/// <summary>Locates the repository root (the folder holding TeamsMentor.sln) from the test's working directory.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TeamsMentor.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("TeamsMentor.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string NodeModules => Path.Combine(Root, "node_modules");

    public static string NodeBin(string name) => Path.Combine(NodeModules, ".bin", name);
}
