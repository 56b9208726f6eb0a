using Hls4Net.TestSupport;

// Collections marked [StartsFirst] start first, longest first (docs/testing.md, "Lanes and suite time").
[assembly: TestCollectionOrderer(LongestFirstCollectionOrderer.TypeName, LongestFirstCollectionOrderer.AssemblyName)]
