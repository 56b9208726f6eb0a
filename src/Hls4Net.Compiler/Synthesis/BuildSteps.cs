namespace Hls4Net.Synthesis;

/// <summary>
/// The steps of one <c>hls4net build</c>, passed to the project's build_prj.tcl as hls4ml passes them
/// (<c>vitis_hls -f build_prj.tcl "reset=0 csim=1 synth=1 cosim=0 validation=0 export=0 vsynth=0 fifo_opt=0"</c>).
/// </summary>
public sealed record BuildSteps(bool Csim, bool Synth, bool Cosim, bool Validation, bool Export, bool Vsynth, bool FifoOpt)
{
    /// <summary>What a build runs when no step is named: C simulation and C synthesis (hls4ml's build() defaults).</summary>
    public static BuildSteps Default { get; } = new(true, true, false, false, false, false, false);

    /// <summary>Whether no step is asked for.</summary>
    public bool None => !(Csim || Synth || Cosim || Validation || Export || Vsynth || FifoOpt);

    /// <summary>The steps asked for, in the order they run: csim, synth, cosim, validation, export, vsynth, fifo-opt.</summary>
    public IReadOnlyList<string> Names =>
        new (bool On, string Name)[]
        {
            (Csim, "csim"), (Synth, "synth"), (Cosim, "cosim"), (Validation, "validation"), (Export, "export"), (Vsynth, "vsynth"), (FifoOpt, "fifo-opt"),
        }.Where(s => s.On).Select(s => s.Name).ToList();

    /// <summary>The one argument build_prj.tcl reads: every option as name=0/1.</summary>
    public string TclArgument =>
        $"reset=0 csim={B(Csim)} synth={B(Synth)} cosim={B(Cosim)} validation={B(Validation)} export={B(Export)} vsynth={B(Vsynth)} fifo_opt={B(FifoOpt)}";

    /// <summary>Refuse combinations build_prj.tcl refuses, with the option names of the command line.</summary>
    /// <exception cref="UsageException">--fifo-opt without --cosim, or no step at all.</exception>
    public void Validate()
    {
        if (None) throw new UsageException("no build step asked for (use --csim, --synth, --cosim, ...)");
        if (FifoOpt && !Cosim) throw new UsageException("--fifo-opt sizes the FIFOs during the C/RTL co-simulation: it needs --cosim");
    }

    private static int B(bool on) => on ? 1 : 0;
}
