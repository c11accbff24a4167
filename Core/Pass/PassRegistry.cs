using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Threading;

namespace Dialectic.Core.Pass;

/// <summary>
/// Passes and named pipelines by argument (MLIR's pass registry). <see cref="Default"/> is what dialectic-opt
/// offers as flags and in textual pipelines; tools and plugins add to it, or build their own. Thread-safe.
/// </summary>
public sealed class PassRegistry
{
    private readonly Dictionary<string, PassRegistryEntry> _passes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PassRegistryEntry> _pipelines = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The registry dialectic-opt uses.</summary>
    public static PassRegistry Default { get; } = new();

    /// <summary>
    /// Registers the pass made by <paramref name="factory"/> under its <see cref="Pass.Argument"/>. Registering the
    /// same argument again with the same pass class does nothing; with another class it throws.
    /// </summary>
    public void RegisterPass(Func<Pass> factory)
    {
        var sample = factory();
        string argument = sample.Argument;
        if (string.IsNullOrEmpty(argument))
            throw new ArgumentException($"Trying to register '{sample.Name}' pass that does not override `Argument`");
        var options = sample.OptionsSchema;
        lock (_lock)
        {
            if (_passes.TryGetValue(argument, out var existing))
            {
                if (existing.PassType != sample.GetType())
                    throw new InvalidOperationException($"pass allocator creates a different pass than previously registered for pass {argument}");
                return;
            }
            _passes.Add(argument, new PassRegistryEntry(argument, sample.Description, options, factory, sample.GetType()));
        }
    }

    /// <summary>Registers pass <typeparamref name="T"/>.</summary>
    public void RegisterPass<T>() where T : Pass, new() => RegisterPass(static () => new T());

    /// <summary>Registers a named pipeline without options; <paramref name="build"/> adds its passes to the manager
    /// it is given.</summary>
    public void RegisterPipeline(string argument, string description, Action<OpPassManager> build)
    {
        Add(new PassRegistryEntry(argument, description, null, (pm, options) =>
        {
            if (options.Trim().Length > 0)
            {
                var (key, _, _) = PassOptionLexer.NextArgument(options.Trim());
                return "<Pass-Options-Parser>: no such option " + key + "\n";
            }
            return Build(() => build(pm));
        }));
    }

    /// <summary>Registers a named pipeline with options record <typeparamref name="TOptions"/> (see
    /// <see cref="Pass{TOptions}"/>).</summary>
    public void RegisterPipeline<[DynamicallyAccessedMembers(PassOptionSchema.RecordMembers)] TOptions>(
        string argument, string description, Action<OpPassManager, TOptions> build)
        where TOptions : class, new()
    {
        var schema = PassOptionSchema.For(typeof(TOptions));
        Add(new PassRegistryEntry(argument, description, schema, (pm, options) =>
        {
            if (!schema.TryParse(options, new TOptions(), null, out object parsed, out string? error))
                return error;
            return Build(() => build(pm, (TOptions)parsed));
        }));
    }

    private static string? Build(Action build)
    {
        try
        {
            build();
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    private void Add(PassRegistryEntry entry)
    {
        lock (_lock)
        {
            if (_pipelines.ContainsKey(entry.Argument))
                throw new InvalidOperationException($"Pass pipeline {entry.Argument} registered multiple times");
            _pipelines.Add(entry.Argument, entry);
        }
    }


    /// <summary>The pass registered as <paramref name="argument"/>, or null.</summary>
    public PassRegistryEntry? LookupPass(string argument)
    {
        lock (_lock)
            return _passes.GetValueOrDefault(argument);
    }

    /// <summary>The pipeline registered as <paramref name="argument"/>, or null.</summary>
    public PassRegistryEntry? LookupPipeline(string argument)
    {
        lock (_lock)
            return _pipelines.GetValueOrDefault(argument);
    }

    /// <summary>A pipeline or else a pass registered as <paramref name="argument"/> (pipelines win, as in MLIR), or
    /// null.</summary>
    public PassRegistryEntry? Lookup(string argument) => LookupPipeline(argument) ?? LookupPass(argument);

    /// <summary>The registered passes, sorted by argument.</summary>
    public IReadOnlyList<PassRegistryEntry> Passes => Sorted(_passes);

    /// <summary>The registered pipelines, sorted by argument.</summary>
    public IReadOnlyList<PassRegistryEntry> Pipelines => Sorted(_pipelines);

    private List<PassRegistryEntry> Sorted(Dictionary<string, PassRegistryEntry> map)
    {
        List<PassRegistryEntry> list;
        lock (_lock)
            list = new List<PassRegistryEntry>(map.Values);
        list.Sort((a, b) => string.CompareOrdinal(a.Argument, b.Argument));
        return list;
    }

    /// <summary>
    /// Parses a full pipeline, <c>anchor(elements)</c> (MLIR's <c>parsePassPipeline</c>), into a new manager with
    /// explicit nesting. On failure <paramref name="error"/> holds MLIR's message (several lines for errors located in
    /// the text).
    /// </summary>
    public bool TryParsePipeline(string pipeline, out OpPassManager? pm, out string? error)
    {
        pm = null;
        pipeline = pipeline.Trim();
        int start = pipeline.IndexOf('(');
        if (start <= 0 || !pipeline.EndsWith(')'))
        {
            error = "expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'";
            return false;
        }
        string anchor = pipeline.Substring(0, start).TrimEnd();
        var result = new OpPassManager(anchor, PassNesting.Explicit);
        if (!TryAddToPipeline(result, pipeline.Substring(start + 1, pipeline.Length - start - 2), out error))
            return false;
        pm = result;
        return true;
    }

    /// <summary>
    /// Parses pipeline elements (<c>pass1,op-name(pass2{opt=1})</c>) and adds them to <paramref name="pm"/> with
    /// explicit nesting. On failure <paramref name="error"/> holds MLIR's message, one line per failing level, each
    /// ending in a newline.
    /// </summary>
    public bool TryAddToPipeline(OpPassManager pm, string elements, out string? error)
    {
        var errors = new StringBuilder();
        var parsed = PassPipelineParser.Parse(elements, this, errors);
        if (parsed == null)
        {
            error = errors.ToString();
            return false;
        }
        var nesting = pm.Nesting;
        pm.Nesting = PassNesting.Explicit;
        try
        {
            if (!PassPipelineParser.AddToPipeline(parsed, pm, errors))
            {
                error = errors.ToString();
                return false;
            }
        }
        finally
        {
            pm.Nesting = nesting;
        }
        error = null;
        return true;
    }
}
