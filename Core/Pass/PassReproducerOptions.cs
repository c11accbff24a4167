using Dialectic.Core.IR;

namespace Dialectic.Core.Pass;

/// <summary>
/// The settings stored in a reproducer's <c>external_resources: { mlir_reproducer: {...} }</c> block (MLIR's
/// <c>PassReproducerOptions</c>), read from what the parser kept in <see cref="Context.ExternalResources"/>.
/// </summary>
public sealed class PassReproducerOptions
{
    /// <summary>The resource owner key of the reproducer block.</summary>
    public const string ResourceKey = "mlir_reproducer";

    /// <summary>The pipeline to run, <c>anchor(...)</c>, when given.</summary>
    public string? Pipeline { get; private init; }

    /// <summary>Whether to run without multithreading, when given.</summary>
    public bool? DisableThreading { get; private init; }

    /// <summary>Whether to verify after each pass, when given.</summary>
    public bool? VerifyEach { get; private init; }

    /// <summary>
    /// Reads the reproducer block of <paramref name="context"/>; a missing block gives empty options. False with
    /// MLIR's message for an unknown key or a value of the wrong kind.
    /// </summary>
    public static bool TryRead(Context context, out PassReproducerOptions options, out string? error)
    {
        options = new PassReproducerOptions();
        error = null;
        if (!context.ExternalResources.TryGetValue(ResourceKey, out var entries))
            return true;
        string? pipeline = null;
        bool? disableThreading = null, verifyEach = null;
        foreach (var (key, value) in entries)
        {
            switch (key)
            {
                case "pipeline":
                    if (value is not string s)
                    {
                        error = "expected string value for 'mlir_reproducer' resource key 'pipeline'";
                        return false;
                    }
                    pipeline = s;
                    break;
                case "disable_threading":
                case "verify_each":
                    if (value is not bool b)
                    {
                        error = $"expected bool value for 'mlir_reproducer' resource key '{key}'";
                        return false;
                    }
                    if (key == "verify_each")
                        verifyEach = b;
                    else
                        disableThreading = b;
                    break;
                default:
                    error = $"unknown 'mlir_reproducer' resource key '{key}'";
                    return false;
            }
        }
        options = new PassReproducerOptions { Pipeline = pipeline, DisableThreading = disableThreading, VerifyEach = verifyEach };
        return true;
    }
}
