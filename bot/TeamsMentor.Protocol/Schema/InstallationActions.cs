namespace TeamsMentor.Protocol.Schema;

/// <summary><c>installationUpdate</c> actions.</summary>
public static class InstallationActions
{
    public const string Add = "add";
    public const string AddUpgrade = "add-upgrade";
    public const string Remove = "remove";
    public const string RemoveUpgrade = "remove-upgrade";

    public static bool IsAdd(string? action) => action is Add or AddUpgrade;

    public static bool IsRemove(string? action) => action is Remove or RemoveUpgrade;
}
