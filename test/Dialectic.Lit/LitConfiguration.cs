using System;
using System.Collections.Generic;

namespace Dialectic.Lit;

/// <summary>
/// What lit.cfg.py provides to the in-process runner: available features (for REQUIRES/UNSUPPORTED/XFAIL) and
/// command aliases (lit's tool substitutions, e.g. <c>mlir-opt</c> → <c>mlir-opt-22</c>).
/// </summary>
public sealed class LitConfiguration
{
    /// <summary>Features that REQUIRES/UNSUPPORTED/XFAIL expressions may test.</summary>
    public IReadOnlySet<string> Features { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Command names replaced before resolution: alias → real command name.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// The configuration equal to test/lit/lit.cfg.py's on this machine: feature <c>mlir-opt</c> and alias
    /// <c>mlir-opt</c> → <c>mlir-opt-22</c> when <c>mlir-opt-22</c> is found.
    /// </summary>
    public static LitConfiguration Detect()
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        if (LitToolLocator.Find("mlir-opt-22") != null)
        {
            features.Add("mlir-opt");
            aliases["mlir-opt"] = "mlir-opt-22";
        }
        return new LitConfiguration { Features = features, Aliases = aliases };
    }
}
