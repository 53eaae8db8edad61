using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsMentor.Testing;

/// <summary>Runs cards through the real Adaptive Cards JavaScript parser (tests/cards/validate-cards.cjs).</summary>
public static class CardValidator
{
    public sealed record Result(string Name, int Bytes, IReadOnlyList<string> Issues);

    public static async Task<IReadOnlyList<Result>> ValidateAsync(IEnumerable<(string Name, JsonObject Card)> cards)
    {
        var input = new JsonArray(cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() }).ToArray());
        var script = Path.Combine(RepoPaths.Root, "tests", "cards", "validate-cards.cjs");
        var info = new System.Diagnostics.ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        using var process = System.Diagnostics.Process.Start(info)!;
        await process.StandardInput.WriteAsync(input.ToJsonString());
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("The card validator failed (run 'npm ci'?): " + await stderr);
        }

        return JsonSerializer.Deserialize<List<Result>>(await stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
