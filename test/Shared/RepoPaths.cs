using System;
using System.IO;

namespace Dialectic.Tests.Shared;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: <c>DIALECTIC_REPO_ROOT</c> when set, else the nearest ancestor of the test
    /// binaries holding Dialectic.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The lit test tree, <c>&lt;root&gt;/test/lit</c>.</summary>
    public static string LitTests => Path.Combine(Root, "test", "lit");

    private static string FindRoot()
    {
        string? configured = Environment.GetEnvironmentVariable("DIALECTIC_REPO_ROOT");
        if (!string.IsNullOrEmpty(configured))
            return Path.GetFullPath(configured);
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null;
             directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dialectic.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("Dialectic.sln not found above " + AppContext.BaseDirectory);
    }
}
