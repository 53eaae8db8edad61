namespace TeamsMentor.Testing;

/// <summary>Fixed, public values for settings that are secrets in a deployment. Never use them outside tests.</summary>
public static class TestSecrets
{
    /// <summary><c>Evaluations:AnswerKey</c>: 32 bytes, base64 ("teamsmentor-test-key-not-secret!").</summary>
    public const string EvaluationAnswerKey = "dGVhbXNtZW50b3ItdGVzdC1rZXktbm90LXNlY3JldCE=";
}
