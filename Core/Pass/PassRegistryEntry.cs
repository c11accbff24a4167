using System;

namespace Dialectic.Core.Pass;

/// <summary>
/// A registered pass or named pipeline (MLIR's <c>PassInfo</c> / <c>PassPipelineInfo</c>): its argument,
/// description, option schema (for <c>--help</c>) and how it adds itself to a pass manager.
/// </summary>
public sealed class PassRegistryEntry
{
    private readonly Func<Pass>? _factory;
    private readonly Func<OpPassManager, string, string?>? _pipelineBuilder;

    internal PassRegistryEntry(string argument, string description, PassOptionSchema? options, Func<Pass> factory, System.Type passType)
    {
        Argument = argument;
        Description = description;
        Options = options;
        _factory = factory;
        PassType = passType;
    }

    internal PassRegistryEntry(string argument, string description, PassOptionSchema? options, Func<OpPassManager, string, string?> pipelineBuilder)
    {
        Argument = argument;
        Description = description;
        Options = options;
        _pipelineBuilder = pipelineBuilder;
    }

    /// <summary>The command-line name.</summary>
    public string Argument { get; }

    /// <summary>One line shown by <c>--help</c>.</summary>
    public string Description { get; }

    /// <summary>The options, or null when there are none.</summary>
    public PassOptionSchema? Options { get; }

    /// <summary>True for a named pipeline, false for a pass.</summary>
    public bool IsPipeline => _pipelineBuilder != null;

    /// <summary>The pass class (null for a pipeline).</summary>
    public System.Type? PassType { get; }

    /// <summary>A new instance of the pass with default options (null for a pipeline).</summary>
    public Pass? CreatePass() => _factory?.Invoke();

    /// <summary>
    /// Adds the pass (with <paramref name="options"/> parsed onto it) or the pipeline to <paramref name="pm"/>;
    /// false with MLIR's message when the options do not parse or, with explicit nesting, the pass is anchored on
    /// another op ("did you intend to nest?").
    /// </summary>
    public bool TryAddToPipeline(OpPassManager pm, string options, out string? error)
    {
        if (_pipelineBuilder != null)
        {
            error = _pipelineBuilder(pm, options);
            return error == null;
        }
        var pass = _factory!();
        if (!pass.TryParseOptions(options, out error))
            return false;
        if (pm.Nesting == PassNesting.Explicit && pm.OpName != null && pass.OpName != null && pm.OpName != pass.OpName)
        {
            error = $"Can't add pass '{pass.Name}' restricted to '{pass.OpName}' on a PassManager intended to run on '{pm.AnchorName}', did you intend to nest?";
            return false;
        }
        return pm.TryAddPass(pass, out error);
    }
}
