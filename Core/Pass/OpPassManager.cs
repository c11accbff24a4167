using System;
using System.Collections.Generic;
using System.Text;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass;

/// <summary>
/// A list of passes anchored on an op name, or on <c>any</c> op (MLIR's <c>OpPassManager</c>). Nested managers
/// (<see cref="Nest"/>) are held by adaptor passes in the list and run on the ops directly nested in the regions of
/// the op this manager runs on.
/// </summary>
public class OpPassManager
{
    /// <summary>The anchor name of an op-agnostic manager.</summary>
    public const string AnyOpAnchorName = "any";

    private readonly List<Pass> _passes = new();

    /// <summary>A manager anchored on <paramref name="anchorName"/> (an op name, or <c>any</c>).</summary>
    public OpPassManager(string anchorName = AnyOpAnchorName, PassNesting nesting = PassNesting.Explicit)
    {
        OpName = anchorName == AnyOpAnchorName || anchorName.Length == 0 ? null : anchorName;
        Nesting = nesting;
    }

    /// <summary>The op name this manager runs on; null for an op-agnostic manager.</summary>
    public string? OpName { get; private set; }

    /// <summary>The op name, or <c>any</c>.</summary>
    public string AnchorName => OpName ?? AnyOpAnchorName;

    /// <summary>What <see cref="AddPass"/> does with a pass anchored elsewhere; nested managers inherit it.</summary>
    public PassNesting Nesting { get; set; }

    /// <summary>The passes, nested managers appearing as adaptor passes (<see cref="Pass.IsAdaptor"/>).</summary>
    public IReadOnlyList<Pass> Passes => _passes;

    /// <summary>The number of passes (adaptors count once).</summary>
    public int Count => _passes.Count;

    /// <summary>Adds a manager for ops named <paramref name="opName"/> nested in this manager's ops and returns
    /// it.</summary>
    public OpPassManager Nest(string opName)
    {
        var nested = new OpPassManager(opName, Nesting);
        _passes.Add(new OpToOpPassAdaptor(nested));
        return nested;
    }

    /// <summary>Adds an op-agnostic nested manager (<c>any(...)</c>) and returns it.</summary>
    public OpPassManager NestAny() => Nest(AnyOpAnchorName);

    /// <summary>
    /// Adds <paramref name="pass"/>. A pass anchored on another op is nested under a new manager for that op with
    /// <see cref="PassNesting.Implicit"/>; with <see cref="PassNesting.Explicit"/> it is an error
    /// (<see cref="InvalidOperationException"/> with MLIR's message).
    /// </summary>
    public void AddPass(Pass pass)
    {
        if (!TryAddPass(pass, out string? error))
            throw new InvalidOperationException(error);
    }

    /// <summary>Like <see cref="AddPass"/>, but returns MLIR's message instead of throwing.</summary>
    public bool TryAddPass(Pass pass, out string? error)
    {
        error = null;
        if (OpName != null && pass.OpName != null && pass.OpName != OpName)
        {
            if (Nesting == PassNesting.Implicit)
                return Nest(pass.OpName).TryAddPass(pass, out error);
            error = $"Can't add pass '{pass.Name}' restricted to '{pass.OpName}' on a PassManager intended to run on '{AnchorName}', did you intend to nest?";
            return false;
        }
        _passes.Add(pass);
        return true;
    }

    /// <summary>Adds <paramref name="pass"/> to a new manager for <paramref name="opName"/> nested in this one.</summary>
    public void AddNestedPass(string opName, Pass pass) => Nest(opName).AddPass(pass);

    /// <summary>Adds a new <typeparamref name="T"/> to a new manager for <paramref name="opName"/>.</summary>
    public void AddNestedPass<T>(string opName) where T : Pass, new() => AddNestedPass(opName, new T());

    /// <summary>Removes every pass.</summary>
    public void Clear() => _passes.Clear();

    /// <summary>Makes this manager a copy of <paramref name="other"/>: anchor, nesting and passes (taken over, not
    /// cloned), as assigning an <c>OpPassManager</c> does in MLIR (instrumentation of a
    /// <see cref="PassManager"/> is kept).</summary>
    public void ReplaceWith(OpPassManager other)
    {
        OpName = other.OpName;
        Nesting = other.Nesting;
        _passes.Clear();
        _passes.AddRange(other._passes);
    }

    /// <summary>A copy with clones of every pass (nested managers included), as for a worker thread.</summary>
    internal OpPassManager CloneForThreading()
    {
        var copy = new OpPassManager(AnchorName, Nesting);
        foreach (var p in _passes)
            copy._passes.Add(p.Clone());
        return copy;
    }

    /// <summary>A copy with fresh clones of every pass.</summary>
    public OpPassManager Clone() => CloneForThreading();

    /// <summary>Moves this manager's passes to the end of <paramref name="other"/> (same anchor).</summary>
    internal void MergeInto(OpPassManager other)
    {
        other._passes.AddRange(_passes);
        _passes.Clear();
    }

    /// <summary>
    /// True when this manager may run on ops named <paramref name="name"/>: its anchor for an op-specific manager;
    /// for an op-agnostic one, a registered isolated-from-above op every pass accepts (MLIR's
    /// <c>canScheduleOn</c>).
    /// </summary>
    public bool CanScheduleOn(OperationName name)
    {
        if (OpName != null)
            return OpName == name.Name;
        if (!name.IsRegistered || !name.HasTrait(OpTraits.IsIsolatedFromAbove))
            return false;
        foreach (var p in _passes)
            if (!p.IsAdaptor && !p.CanScheduleOn(name))
                return false;
        return true;
    }

    /// <summary>Conservative name-only variant of <see cref="CanScheduleOn(OperationName)"/> for pipelines not yet
    /// bound to a context: an op-agnostic manager may take any name.</summary>
    internal bool MayScheduleOnName(string name) => OpName == null || OpName == name;

    /// <summary>
    /// Prepares the pass list for running (MLIR's <c>finalizePassList</c>): adjacent nested managers are merged into
    /// one adaptor when possible, recursively.
    /// </summary>
    internal bool FinalizePassList()
    {
        OpToOpPassAdaptor? last = null;
        for (int i = 0; i < _passes.Count; i++)
        {
            if (_passes[i] is OpToOpPassAdaptor current)
            {
                if (last == null)
                {
                    last = current;
                    continue;
                }
                if (current.TryMergeInto(last))
                    _passes[i] = null!;
                else
                {
                    if (!FinalizeAdaptor(last))
                        return false;
                    last = current;
                }
            }
            else if (last != null)
            {
                if (!FinalizeAdaptor(last))
                    return false;
                last = null;
            }
        }
        if (last != null && !FinalizeAdaptor(last))
            return false;
        _passes.RemoveAll(static p => p == null);
        return true;
    }

    private static bool FinalizeAdaptor(OpToOpPassAdaptor adaptor)
    {
        foreach (var pm in adaptor.Managers)
            if (!pm.FinalizePassList())
                return false;
        return true;
    }

    /// <summary>Calls <see cref="Pass.Initialize"/> on every pass, nested ones included; false when one
    /// fails.</summary>
    internal bool InitializePasses(Context context)
    {
        foreach (var p in _passes)
        {
            if (p is OpToOpPassAdaptor adaptor)
            {
                foreach (var pm in adaptor.Managers)
                    if (!pm.InitializePasses(context))
                        return false;
            }
            else if (!p.Initialize(context))
                return false;
        }
        return true;
    }

    /// <summary>Appends the passes as a textual pipeline (without this manager's anchor), comma separated.</summary>
    public void PrintAsTextualPipeline(StringBuilder output)
    {
        for (int i = 0; i < _passes.Count; i++)
        {
            if (i > 0)
                output.Append(',');
            _passes[i].PrintAsTextualPipeline(output);
        }
    }

    /// <summary>
    /// Appends <c>anchor(...)</c> laid out one pass per line as <c>--dump-pass-pipeline</c> shows it, the anchor
    /// at <paramref name="indent"/> spaces (the first line's indentation is the caller's).
    /// </summary>
    public void PrintPretty(StringBuilder output, int indent = 0)
    {
        output.Append(AnchorName).Append("(\n");
        for (int i = 0; i < _passes.Count; i++)
        {
            if (i > 0)
                output.Append(",\n");
            if (_passes[i] is OpToOpPassAdaptor adaptor)
            {
                var mgrs = adaptor.Managers;
                for (int m = 0; m < mgrs.Count; m++)
                {
                    if (m > 0)
                        output.Append(",\n");
                    output.Append(' ', indent + 2);
                    mgrs[m].PrintPretty(output, indent + 2);
                }
            }
            else
            {
                output.Append(' ', indent + 2);
                _passes[i].PrintAsTextualPipeline(output);
            }
        }
        output.Append('\n').Append(' ', indent).Append(')');
    }

    /// <summary>MLIR's dump: <c>Pass Manager with N passes:</c> and the pretty pipeline.</summary>
    public string Dump()
    {
        var sb = new StringBuilder();
        sb.Append("Pass Manager with ").Append(_passes.Count).Append(" passes:\n");
        PrintPretty(sb);
        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>The pipeline as text, <c>anchor(pass1,pass2{opt=1},nested(pass3))</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(AnchorName).Append('(');
        PrintAsTextualPipeline(sb);
        return sb.Append(')').ToString();
    }
}
