using System;
using System.IO;
using System.Reflection;

namespace Dialectic.Tools.Run;

/// <summary>
/// The C source of dialectic-run's runtime library (<c>Run/Runtime/dialectic_runner_utils.c</c>, embedded in this
/// assembly): mlir-runner's runner-utils functions that lowered code calls, plus the engine's hooks
/// (<c>dialectic_flush</c>, <c>dialectic_redirect_begin/end</c>).
/// </summary>
public static class RunnerRuntime
{
    /// <summary>The source's file name, used in diagnostics.</summary>
    public const string FileName = "dialectic_runner_utils.c";

    private const string ResourceName = "Dialectic.Tools.Run.Runtime." + FileName;

    private static readonly Lazy<string> SourceText = new(LoadSource);
    private static readonly Lazy<string> SourceHashText = new(() => ArtifactCache.Hash(Source));

    /// <summary>The C source text.</summary>
    public static string Source => SourceText.Value;

    /// <summary>A hash of <see cref="Source"/>, part of every compiled program's cache key.</summary>
    public static string SourceHash => SourceHashText.Value;

    /// <summary>
    /// True when <paramref name="path"/> names one of MLIR's runner-utils libraries
    /// (<c>libmlir_runner_utils</c>, <c>libmlir_c_runner_utils</c>), whose functions this runtime provides.
    /// </summary>
    public static bool IsMlirRunnerUtils(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        return name.StartsWith("libmlir_runner_utils.", StringComparison.Ordinal)
            || name.StartsWith("libmlir_c_runner_utils.", StringComparison.Ordinal)
            || name is "mlir_runner_utils.dll" or "mlir_c_runner_utils.dll";
    }

    private static string LoadSource()
    {
        using Stream? stream = typeof(RunnerRuntime).Assembly.GetManifestResourceStream(ResourceName);
        if (stream == null)
            throw new InvalidOperationException("resource " + ResourceName + " is missing from "
                + typeof(RunnerRuntime).Assembly.GetName().Name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
