using TeamsMentor.Benchmarks;

return args.FirstOrDefault() switch
{
    "messages" => await MessagesBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/TeamsMentor.Benchmarks -- messages [--seconds N] [--concurrency N]");
    return 2;
}
