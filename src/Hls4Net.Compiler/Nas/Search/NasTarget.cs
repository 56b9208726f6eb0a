using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Estimation.Budgets;
using Hls4Net.Nas.Space;

namespace Hls4Net.Nas.Search;

/// <summary>The hardware a search targets: the part, the clock period, the io type and the budgets every candidate must meet.</summary>
public sealed record NasTarget(string Part, double ClockPeriodNs, IoType IoType, EstimateBudget Budget)
{
    /// <summary>
    /// The hls4ml configuration of <paramref name="choice"/> on this target: part, clock, io type, and the Model-level
    /// precision (the default type, and the weight and bias type when the choice has one), reuse factor and strategy.
    /// </summary>
    public ProjectConfig Config(HardwareChoice choice, string projectName = "myproject")
    {
        var config = new ProjectConfig { ProjectName = projectName, Part = Part, ClockPeriod = ClockPeriodNs, IoType = IoType };
        var model = config.Hls.Model;
        model.SetDefaultPrecision(choice.Precision.Default);
        if (choice.Precision.Weight is { } w)
        {
            model.Precision[PrecisionSlot.Weight] = w;
            model.Precision[PrecisionSlot.Bias] = w;
        }
        model.ReuseFactor = choice.ReuseFactor;
        model.Strategy = choice.Strategy;
        return config;
    }
}
