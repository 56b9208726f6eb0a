namespace Hls4Net.Sweeps;

/// <summary>Where the per-point build jobs of <c>sweep --synth</c> run.</summary>
public enum JobSystem
{
    /// <summary>A Slurm job array script (<c>slurm.sh</c>, submitted with <c>sbatch</c>).</summary>
    Slurm,

    /// <summary>An HTCondor submit file (<c>htcondor.sub</c>, <c>queue point from points.txt</c>).</summary>
    HtCondor,

    /// <summary>The same jobs run on this machine, in parallel.</summary>
    Local,
}
