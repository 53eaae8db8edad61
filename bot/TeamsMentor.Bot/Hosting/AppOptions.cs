namespace TeamsMentor.Bot.Hosting;

/// <summary>Section <c>App</c>: facts about where the app runs.</summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    /// <summary>
    /// The address people reach the host at (e.g. <c>https://teamsmentor.azurewebsites.net</c>), for links on cards
    /// such as "add to calendar". Empty: cards leave those links out.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>
    /// Where the operator publishes the app's accessibility statement (tilgjengelighetserklæring; in Norway on Digdir's
    /// uustatus.no). The about page's link goes there; empty: to the draft the app ships (<c>/tab/accessibility.html</c>).
    /// </summary>
    public Uri? AccessibilityStatementUrl { get; set; }

    /// <summary>An absolute link under <see cref="PublicUrl"/>, or null when it is not configured.</summary>
    public string? Link(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (PublicUrl is null)
        {
            return null;
        }

        var root = PublicUrl.ToString();
        return new Uri(new Uri(root.EndsWith('/') ? root : root + "/"), path.TrimStart('/')).ToString();
    }
}
