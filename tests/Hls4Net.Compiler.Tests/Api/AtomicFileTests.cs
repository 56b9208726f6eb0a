namespace Hls4Net.Compiler.Tests.Api;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_streamed_write_replaces_the_file_only_when_complete()
    {
        var dir = Directory.CreateTempSubdirectory("atomic-");
        try
        {
            var path = Path.Combine(dir.FullName, "out.csv");
            AtomicFile.Write(path, o => o.Write("first\né\n"));
            Assert.Equal("first\né\n"u8.ToArray(), File.ReadAllBytes(path)); // UTF-8, no BOM
            Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, o =>
            {
                o.Write("partial");
                throw new InvalidOperationException("failed half way");
            }));
            Assert.Equal("first\né\n"u8.ToArray(), File.ReadAllBytes(path));
            Assert.Equal([path], Directory.GetFiles(dir.FullName)); // no temporary file left
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
