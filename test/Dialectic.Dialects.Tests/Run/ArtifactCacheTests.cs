using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Dialectic.Tools.Run;
using Xunit;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>The content-addressed artifact cache: keys, atomic publication, concurrent producers.</summary>
public sealed class ArtifactCacheTests : IDisposable
{
    private readonly string dir =
        Path.Combine(Path.GetTempPath(), "dialectic-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void HashSeparatesParts()
    {
        Assert.NotEqual(ArtifactCache.Hash("ab", "c"), ArtifactCache.Hash("a", "bc"));
        Assert.Equal(ArtifactCache.Hash("a", "b"), ArtifactCache.Hash("a", "b"));
        Assert.Equal(64, ArtifactCache.Hash("x").Length);
    }

    [Fact]
    public void ProducesOnceThenHits()
    {
        var cache = new ArtifactCache(dir);
        int produced = 0;
        string first = cache.GetOrCreate("k", "key1", ".bin", path =>
        {
            produced++;
            File.WriteAllText(path, "data");
        });
        string second = cache.GetOrCreate("k", "key1", ".bin", _ => produced++);
        Assert.Equal(first, second);
        Assert.Equal(1, produced);
        Assert.Equal("data", File.ReadAllText(first));
        Assert.Equal(Path.Combine(dir, "k", "key1.bin"), first);
        // Only the artifact remains: the temporary file was renamed.
        Assert.Single(Directory.GetFiles(Path.Combine(dir, "k")));
    }

    [Fact]
    public void AFailedProductionLeavesNothing()
    {
        var cache = new ArtifactCache(dir);
        Assert.Throws<NativeRunException>(() => cache.GetOrCreate("k", "bad", ".bin", path =>
        {
            File.WriteAllText(path, "half");
            throw new NativeRunException("compile error");
        }));
        Assert.Empty(Directory.GetFiles(Path.Combine(dir, "k")));
    }

    [Fact]
    public void ConcurrentProducersAllGetTheCompleteArtifact()
    {
        var cache = new ArtifactCache(dir);
        string content = new('x', 1 << 20);
        using var start = new Barrier(8);
        var results = new string[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            start.SignalAndWait();
            results[i] = cache.GetOrCreate("k", "shared", ".bin", path => File.WriteAllText(path, content));
        });
        foreach (string r in results)
            Assert.Equal(results[0], r);
        Assert.Equal(content, File.ReadAllText(results[0]));
        Assert.Single(Directory.GetFiles(Path.Combine(dir, "k")));
    }

    [Fact]
    public void AnUnwritableDirectoryIsAClearError()
    {
        File.WriteAllText(dir, "a file where the cache directory should be");
        try
        {
            var cache = new ArtifactCache(Path.Combine(dir, "sub"));
            var e = Assert.Throws<NativeRunException>(() => cache.GetOrCreate("k", "x", ".bin", _ => { }));
            Assert.Contains("DIALECTIC_CACHE_DIR", e.Message);
        }
        finally
        {
            File.Delete(dir);
        }
    }
}
