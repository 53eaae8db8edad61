using TeamsMentor.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTeamsMentorBot();

var app = builder.Build();
app.MapTeamsMentor();
app.Run();

/// <summary>Entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
