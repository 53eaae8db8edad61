using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Serves the tab's built front end (<c>tab/</c>, built by Vite into <c>wwwroot/tab</c>) at <c>/tab</c>: hashed assets
/// cached for a year, the page itself never, and every response allowed to be framed by Teams and Microsoft 365 only.
/// </summary>
public static class TabStaticFiles
{
    /// <summary>Who may show the tab in a frame: Teams (web, desktop, mobile) and the Microsoft 365 hosts that run Teams apps.</summary>
    public const string FrameAncestors = "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft " +
        "https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft https://outlook.office.com";

    public static void MapTab(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "tab");
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/tab"))
            {
                context.Response.Headers[HeaderNames.ContentSecurityPolicy] = FrameAncestors;
                context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            }

            await next();
        });

        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.MapGet("/tab/{**path}", () => Results.Text(
                "The tab is not built. Run ./run.sh, or: npm --prefix tab ci && npm --prefix tab run build", statusCode: StatusCodes.Status503ServiceUnavailable));
            return;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = "/tab",
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = c.File.Name == "index.html"
                ? "no-cache"
                : "public, max-age=31536000, immutable",
        });
        app.MapGet("/tab/{**path}", async context =>
        {
            // Client-side routes (/tab, /tab/admin, ...) all get the page; unknown files under assets/ stay 404.
            if (context.Request.Path.StartsWithSegments("/tab/assets"))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
        });
    }
}
