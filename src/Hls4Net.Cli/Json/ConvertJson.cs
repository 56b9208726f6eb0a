namespace Hls4Net.Cli;

/// <summary><c>hls4net convert --json</c>: where the project went and what it holds.</summary>
public sealed record ConvertJson(string Project, string ProjectName, string Part, double ClockPeriod, int Layers, int TestSamples);
