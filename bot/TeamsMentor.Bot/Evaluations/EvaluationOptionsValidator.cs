using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Evaluations;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>The answer key must be there and strong: without it evaluations could not be both anonymous and one per person.</summary>
internal sealed class EvaluationOptionsValidator : IValidateOptions<EvaluationOptions>
{
    private const string Hint = "Evaluations:AnswerKey must be a base64 secret of at least 32 bytes (e.g. `openssl rand -base64 32`); "
        + "it keeps evaluation answers anonymous and one per person. Keep it in Key Vault, and keep it: a new key forgets who answered.";

    public ValidateOptionsResult Validate(string? name, EvaluationOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AnswerKey))
        {
            return ValidateOptionsResult.Fail(Hint);
        }

        try
        {
            return options.KeyBytes().Length >= RespondentKeys.MinimumKeyBytes ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(Hint);
        }
        catch (FormatException)
        {
            return ValidateOptionsResult.Fail(Hint);
        }
    }
}
