namespace TeamsMentor.Bot.Exports;

/// <summary>
/// One table of an export: a sheet in .xlsx, the whole file in .csv. Cells are <see cref="string"/>, whole or decimal
/// numbers, <see cref="DateTime"/> (already in the network's local time), <see cref="ExportPercent"/>, or null (empty).
/// </summary>
public sealed record ExportSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A share (0.2 = 20 %): a number formatted as a percentage in .xlsx, a percentage text in .csv.</summary>
public readonly record struct ExportPercent(decimal Value);
