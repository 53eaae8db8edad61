using TeamsMentor.Benchmarks;

return args.FirstOrDefault() switch
{
    "messages" => await MessagesBenchmark.RunAsync(args.Skip(1).ToArray()),
    "delivery" => await DeliveryBenchmark.RunAsync(args.Skip(1).ToArray()),
    "faults" => await FaultScenarios.RunAsync(args.Skip(1).ToArray()),
    "submit" => await SubmitBenchmark.RunAsync(args.Skip(1).ToArray()),
    "report" => await ReportBenchmark.RunAsync(args.Skip(1).ToArray()),
    "scale" => await ScaleBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/TeamsMentor.Benchmarks -- messages [--seconds N] [--concurrency N]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/TeamsMentor.Benchmarks -- delivery [--personal 2500] [--channels 30]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/TeamsMentor.Benchmarks -- faults kill|azurite|storm [--trials 5] [--messages N]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/TeamsMentor.Benchmarks -- submit [--submitters 20] [--seconds 10]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/TeamsMentor.Benchmarks -- report [--runs 10]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/TeamsMentor.Benchmarks -- scale [--networks 50] [--teams 30] [--members 10] [--idle 60]");
    return 2;
}
