using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Reflection;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.Pass.Analysis;

namespace Dialectic.Core.Pass;

/// <summary>
/// A transformation or analysis run by a <see cref="PassManager"/> on one operation at a time (MLIR's
/// <c>mlir::Pass</c>). A pass anchored on an op name (<see cref="OpName"/>) runs only on ops of that name; an
/// op-agnostic pass (null) runs on any op its manager schedules it on. While <see cref="RunOnOperation"/> runs, the
/// pass may change the op and everything nested in it, and nothing else: sibling ops may be processed by clones of
/// the pass on other threads at the same time.
/// </summary>
[DynamicallyAccessedMembers(PassMembers)]
public abstract class Pass
{
    /// <summary>What reflection reads of a pass class (NativeAOT keeps these for every class derived from
    /// <see cref="Pass"/>): the parameterless constructor <see cref="Clone"/> calls and the statistic fields.</summary>
    internal const DynamicallyAccessedMemberTypes PassMembers = DynamicallyAccessedMemberTypes.PublicParameterlessConstructor
        | DynamicallyAccessedMemberTypes.NonPublicConstructors | DynamicallyAccessedMemberTypes.PublicFields
        | DynamicallyAccessedMemberTypes.NonPublicFields;

    private static readonly ConcurrentDictionary<System.Type, FieldInfo[]> StatisticFields = new();

    private PassStatistic[]? _statistics;

    /// <summary>The command-line name (<c>cse</c>, <c>canonicalize</c>); empty for passes that are not
    /// registered.</summary>
    public abstract string Argument { get; }

    /// <summary>The class-like name shown in IR dumps, timing and statistics (<c>CSE</c>,
    /// <c>Canonicalizer</c>).</summary>
    public virtual string Name => GetType().Name;

    /// <summary>One line shown by <c>--help</c>.</summary>
    public virtual string Description => "";

    /// <summary>The name of the op the pass is restricted to (<c>func.func</c>); null for an op-agnostic pass.</summary>
    public virtual string? OpName => null;

    /// <summary>
    /// Whether the pass can run on ops named <paramref name="name"/> (MLIR's <c>canScheduleOn</c>); checked before
    /// each run, a false answer is a diagnostic. By default: any op for op-agnostic passes, else the anchor.
    /// </summary>
    public virtual bool CanScheduleOn(OperationName name) => OpName == null || OpName == name.Name;

    /// <summary>True for the internal pass that runs nested pass managers (MLIR's <c>OpToOpPassAdaptor</c>).</summary>
    public bool IsAdaptor => this is OpToOpPassAdaptor;

    /// <summary>The nested managers when <see cref="IsAdaptor"/>; empty otherwise.</summary>
    public virtual IReadOnlyList<OpPassManager> NestedPassManagers => [];

    /// <summary>The pass this one was cloned from for parallel execution, or null for an original.</summary>
    internal Pass? ThreadingSibling { get; private set; }

    /// <summary>The original pass of a clone, or this pass: the identity timers and statistics are merged on.</summary>
    internal Pass ThreadingSiblingOrThis => ThreadingSibling ?? this;

    /// <summary>Set by the pass manager while the pass runs.</summary>
    internal PassExecutionState? State { get; set; }

    private PassExecutionState RunningState =>
        State ?? throw new InvalidOperationException($"pass '{Name}' is not running");

    /// <summary>The work of the pass on <see cref="Operation"/>.</summary>
    protected abstract void RunOnOperation();

    /// <summary>Called once per run of a pass manager before any op is processed; false fails the run.</summary>
    public virtual bool Initialize(Context context) => true;

    internal void RunOnOperationInternal() => RunOnOperation();

    /// <summary>The op the pass is running on.</summary>
    protected Operation Operation => RunningState.Op;

    /// <summary>The context of the op the pass is running on.</summary>
    protected Context Context => RunningState.Op.Context;

    /// <summary>
    /// Where a pass writes text for the user (MLIR passes write to <c>llvm::errs()</c>): the pass manager's
    /// <see cref="PassManager.Output"/>, buffered per op under parallel execution so output keeps IR order.
    /// </summary>
    protected TextWriter Output => RunningState.Output;

    /// <summary>The schema of the options record of a <see cref="Pass{TOptions}"/>; null for a pass without one.</summary>
    internal virtual PassOptionSchema? OptionsSchema => null;

    /// <summary>Marks the run as failed; the pass manager stops after this pass.</summary>
    protected void SignalPassFailure() => RunningState.Failed = true;

    /// <summary>The analysis manager of the current op.</summary>
    protected AnalysisManager AnalysisManager => RunningState.Analyses;

    /// <summary>The analysis <typeparamref name="T"/> of the current op, computed or from the cache.</summary>
    protected T GetAnalysis<[DynamicallyAccessedMembers(AnalysisManager.AnalysisConstructors)] T>()
        where T : class => RunningState.Analyses.GetAnalysis<T>();

    /// <summary>The cached analysis <typeparamref name="T"/> of the current op, or null.</summary>
    protected T? GetCachedAnalysis<T>() where T : class => RunningState.Analyses.GetCachedAnalysis<T>();

    /// <summary>The analysis <typeparamref name="T"/> of <paramref name="child"/>, a descendant of the current op.</summary>
    protected T GetChildAnalysis<[DynamicallyAccessedMembers(AnalysisManager.AnalysisConstructors)] T>(Operation child)
        where T : class => RunningState.Analyses.GetChildAnalysis<T>(child);

    /// <summary>The cached analysis <typeparamref name="T"/> of an ancestor op, or null (read-only: ancestors are
    /// shared with passes running on siblings).</summary>
    protected T? GetCachedParentAnalysis<T>(Operation parent) where T : class =>
        RunningState.Analyses.GetCachedParentAnalysis<T>(parent);

    /// <summary>Declares that the pass changed nothing any analysis depends on (also skips the verifier).</summary>
    protected void MarkAllAnalysesPreserved() => RunningState.Preserved.PreserveAll();

    /// <summary>Declares that analysis <typeparamref name="T"/> is still valid after the pass.</summary>
    protected void MarkAnalysesPreserved<T>() => RunningState.Preserved.Preserve(typeof(T));

    /// <summary>
    /// Runs <paramref name="pipeline"/> on <paramref name="op"/>, the current op or one nested in it (MLIR's
    /// dynamic pipelines); false when the pipeline failed.
    /// </summary>
    protected bool RunPipeline(OpPassManager pipeline, Operation op) => RunningState.RunDynamicPipeline(pipeline, op);

    /// <summary>The statistics of this pass instance, in declaration order.</summary>
    public IReadOnlyList<PassStatistic> Statistics => _statistics ??= CollectStatistics();

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification =
        "Every class from GetType() up to Pass derives from Pass, whose annotation keeps the fields of all of them.")]
    private PassStatistic[] CollectStatistics()
    {
        var fields = StatisticFields.GetOrAdd(GetType(), static type =>
        {
            // Base classes first, as MLIR registers statistics in construction order.
            var chain = new List<System.Type>();
            for (var t = type; t != null && t != typeof(Pass); t = t.BaseType)
                chain.Add(t);
            var found = new List<FieldInfo>();
            for (int i = chain.Count - 1; i >= 0; i--)
                foreach (var f in chain[i].GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    if (f.FieldType == typeof(PassStatistic))
                        found.Add(f);
            return found.ToArray();
        });
        var result = new List<PassStatistic>(fields.Length);
        foreach (var f in fields)
            if (f.GetValue(this) is PassStatistic s)
                result.Add(s);
        return result.ToArray();
    }

    /// <summary>
    /// A fresh instance with the same options, used to run the pass on several ops in parallel. The default creates
    /// an instance through the parameterless constructor and copies the options; passes without one override it.
    /// </summary>
    public virtual Pass Clone()
    {
        Pass clone;
        try
        {
            clone = (Pass)Activator.CreateInstance(GetType(), nonPublic: true)!;
        }
        catch (MissingMethodException)
        {
            throw new InvalidOperationException($"pass '{Name}' has no parameterless constructor: override Clone()");
        }
        clone.CopyOptionsFrom(this);
        clone.ThreadingSibling = ThreadingSiblingOrThis;
        return clone;
    }

    /// <summary>Marks <paramref name="clone"/> as a clone of this pass (for passes that override
    /// <see cref="Clone"/>).</summary>
    protected void InitializeClone(Pass clone)
    {
        clone.CopyOptionsFrom(this);
        clone.ThreadingSibling = ThreadingSiblingOrThis;
    }

    /// <summary>Copies the option values of <paramref name="other"/>, an instance of the same pass.</summary>
    internal virtual void CopyOptionsFrom(Pass other) { }

    /// <summary>
    /// Parses <c>key=value</c> options (the text between the braces of <c>pass{...}</c>); false with MLIR's
    /// message in <paramref name="error"/> when they do not apply.
    /// </summary>
    public virtual bool TryParseOptions(string options, out string? error)
    {
        error = null;
        string trimmed = options.Trim();
        if (trimmed.Length == 0)
            return true;
        // A pass without options still reports the first key as unknown, as MLIR does.
        var (key, _, _) = PassOptionLexer.NextArgument(trimmed);
        error = "<Pass-Options-Parser>: no such option " + key + "\n";
        return false;
    }

    /// <summary>Appends the options as <c>{a=1 b=true}</c>, sorted by name; nothing for a pass without
    /// options.</summary>
    public virtual void PrintOptions(StringBuilder output) { }

    /// <summary>Appends the pass as it appears in a textual pipeline: argument and options, or for an adaptor its
    /// nested pipelines.</summary>
    public virtual void PrintAsTextualPipeline(StringBuilder output)
    {
        output.Append(Argument.Length > 0 ? Argument : "unknown<" + Name + ">");
        PrintOptions(output);
    }

    /// <summary>The pass as it appears in a textual pipeline.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        PrintAsTextualPipeline(sb);
        return sb.ToString();
    }
}
