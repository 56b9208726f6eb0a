using Hls4Net.TestSupport;

namespace Hls4Net.Core.Tests.Headers;

/// <summary>A fact that is skipped, with a clear reason, when shared/docs/ap-fixed-vectors.csv cannot be found.</summary>
public sealed class SharedVectorsFactAttribute : FactAttribute
{
    public SharedVectorsFactAttribute()
    {
        if (RepoPaths.SharedFileOrNull("docs/ap-fixed-vectors.csv") == null)
            Skip = $"shared/docs/ap-fixed-vectors.csv not found in any folder above {AppContext.BaseDirectory}";
    }
}
