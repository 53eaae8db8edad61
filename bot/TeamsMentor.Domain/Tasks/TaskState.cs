namespace TeamsMentor.Domain.Tasks;

/// <summary>A team's progress on a task.</summary>
public enum TaskState
{
    NotStarted,
    InProgress,
    Done,
}
