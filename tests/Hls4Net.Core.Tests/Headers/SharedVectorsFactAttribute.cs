namespace Hls4Net.Core.Tests.Headers;

/// <summary>A fact that is skipped, with a clear reason, when shared/docs/ap-fixed-vectors.csv cannot be found.</summary>
public sealed class SharedVectorsFactAttribute : FactAttribute
{
    public SharedVectorsFactAttribute()
    {
        if (HeaderTestPaths.VectorsCsvOrNull == null)
            Skip = $"shared/docs/ap-fixed-vectors.csv not found in any folder above {AppContext.BaseDirectory}";
    }
}
