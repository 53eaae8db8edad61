using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Demo;

/// <summary>Demo seeding exists only in Development; organizers need a name and an Entra object id.</summary>
internal sealed class DemoOptionsValidator(IHostEnvironment environment) : IValidateOptions<DemoOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        if ((options.PlanFiles.Count > 0 || options.Organizers.Count > 0 || options.Now is not null) && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail("The Demo section is for local development only; import plans with the admin API instead.");
        }

        return options.Organizers.Any(o => string.IsNullOrWhiteSpace(o.Name) || string.IsNullOrWhiteSpace(o.AadObjectId))
            ? ValidateOptionsResult.Fail("Every Demo:Organizers entry needs Name and AadObjectId.")
            : ValidateOptionsResult.Success;
    }
}
