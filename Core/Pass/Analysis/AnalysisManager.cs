using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.Analysis;

/// <summary>
/// Computes and caches analyses of one operation, with a child manager per nested op that was asked about (MLIR's
/// <c>AnalysisManager</c> over a <c>NestedAnalysisMap</c>). An analysis is any class constructible from
/// <c>(Operation, AnalysisManager)</c>, <c>(Operation)</c> or <c>()</c>. After each pass the analyses it did not
/// preserve are dropped, here and in the nested managers; a manager is used by one thread at a time (the pass
/// manager creates the child managers of a parallel region before it starts).
/// </summary>
public sealed class AnalysisManager
{
    /// <summary>The constructors <see cref="CreateFactory"/> looks for on an analysis class.</summary>
    internal const DynamicallyAccessedMemberTypes AnalysisConstructors =
        DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors;

    private static readonly ConcurrentDictionary<System.Type, Func<Operation, AnalysisManager, object>> Factories = new();

    private readonly Dictionary<System.Type, object> _analyses = new();
    private Dictionary<Operation, AnalysisManager>? _children;

    internal AnalysisManager(Operation op, AnalysisManager? parent, PassInstrumentor? instrumentor)
    {
        Operation = op;
        Parent = parent;
        Instrumentor = instrumentor;
    }

    /// <summary>A root manager for <paramref name="op"/>, for using analyses outside a pass manager.</summary>
    public static AnalysisManager CreateRoot(Operation op) => new(op, null, null);

    /// <summary>The op whose analyses this manager holds.</summary>
    public Operation Operation { get; }

    /// <summary>The manager of the parent op, or null at the root.</summary>
    public AnalysisManager? Parent { get; }

    internal PassInstrumentor? Instrumentor { get; }

    /// <summary>The analysis <typeparamref name="T"/> of <see cref="Operation"/>, computed on first request.</summary>
    public T GetAnalysis<[DynamicallyAccessedMembers(AnalysisConstructors)] T>() where T : class
    {
        if (_analyses.TryGetValue(typeof(T), out var cached))
            return (T)cached;
        if (!Factories.TryGetValue(typeof(T), out var factory))
            factory = Factories.GetOrAdd(typeof(T), CreateFactory(typeof(T)));
        string name = typeof(T).Name;
        Instrumentor?.RunBeforeAnalysis(name, typeof(T), Operation);
        var analysis = (T)factory(Operation, this);
        Instrumentor?.RunAfterAnalysis(name, typeof(T), Operation);
        _analyses[typeof(T)] = analysis;
        return analysis;
    }

    /// <summary>The cached analysis <typeparamref name="T"/>, or null when it was not computed (or was
    /// invalidated).</summary>
    public T? GetCachedAnalysis<T>() where T : class => _analyses.TryGetValue(typeof(T), out var a) ? (T)a : null;

    /// <summary>The analysis <typeparamref name="T"/> of <paramref name="child"/>, a proper descendant.</summary>
    public T GetChildAnalysis<[DynamicallyAccessedMembers(AnalysisConstructors)] T>(Operation child)
        where T : class => Nest(child).GetAnalysis<T>();

    /// <summary>The cached analysis of <paramref name="child"/>, or null (creates no manager).</summary>
    public T? GetCachedChildAnalysis<T>(Operation child) where T : class
    {
        var chain = new List<Operation>();
        for (var op = child; op != null && op != Operation; op = op.ParentOp)
            chain.Add(op);
        var current = this;
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            if (current._children == null || !current._children.TryGetValue(chain[i], out var next))
                return null;
            current = next;
        }
        return current == this ? null : current.GetCachedAnalysis<T>();
    }

    /// <summary>The cached analysis of ancestor <paramref name="parent"/>, or null. Read-only: the ancestor's
    /// analyses are shared with passes running on its other children.</summary>
    public T? GetCachedParentAnalysis<T>(Operation parent) where T : class
    {
        for (var m = Parent; m != null; m = m.Parent)
            if (m.Operation == parent)
                return m.GetCachedAnalysis<T>();
        return null;
    }

    /// <summary>The manager of <paramref name="op"/>, a proper descendant of <see cref="Operation"/>; created on
    /// first use together with the managers of the ops in between.</summary>
    public AnalysisManager Nest(Operation op)
    {
        if (op.ParentOp == Operation)
            return NestImmediate(op);
        var chain = new List<Operation>();
        for (var o = op; o != Operation; o = o.ParentOp
            ?? throw new ArgumentException($"'{op.Name}' is not nested in '{Operation.Name}'", nameof(op)))
            chain.Add(o);
        var current = this;
        for (int i = chain.Count - 1; i >= 0; i--)
            current = current.NestImmediate(chain[i]);
        return current;
    }

    private AnalysisManager NestImmediate(Operation op)
    {
        _children ??= new Dictionary<Operation, AnalysisManager>(ReferenceEqualityComparer.Instance);
        if (!_children.TryGetValue(op, out var child))
        {
            child = new AnalysisManager(op, this, Instrumentor);
            _children.Add(op, child);
        }
        return child;
    }

    /// <summary>
    /// Drops the analyses not preserved by <paramref name="preserved"/>, here and in every nested manager (all
    /// nested managers when nothing is preserved), as MLIR's <c>NestedAnalysisMap::invalidate</c>.
    /// </summary>
    public void Invalidate(PreservedAnalyses preserved)
    {
        if (preserved.IsAll)
            return;
        InvalidateOwn(preserved);
        if (preserved.IsNone)
        {
            _children = null;
            return;
        }
        var work = new Stack<AnalysisManager>();
        work.Push(this);
        while (work.Count > 0)
        {
            var m = work.Pop();
            if (m._children == null)
                continue;
            foreach (var child in m._children.Values)
            {
                child.InvalidateOwn(preserved);
                work.Push(child);
            }
        }
    }

    private void InvalidateOwn(PreservedAnalyses preserved)
    {
        if (_analyses.Count == 0)
            return;
        List<System.Type>? drop = null;
        foreach (var (type, analysis) in _analyses)
        {
            bool invalid = analysis is IInvalidatableAnalysis custom ? custom.IsInvalidated(preserved) : !preserved.IsPreserved(type);
            if (invalid)
                (drop ??= new()).Add(type);
        }
        if (drop != null)
            foreach (var t in drop)
                _analyses.Remove(t);
    }

    /// <summary>Drops every analysis and nested manager.</summary>
    public void Clear()
    {
        _analyses.Clear();
        _children = null;
    }

    /// <summary>Runs a constructor, rethrowing what it threw rather than a reflection wrapper.</summary>
    private static object Invoke(ConstructorInfo ctor, object?[]? args)
    {
        try
        {
            return ctor.Invoke(args);
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static Func<Operation, AnalysisManager, object> CreateFactory(
        [DynamicallyAccessedMembers(AnalysisConstructors)] System.Type type)
    {
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        if (type.GetConstructor(flags, [typeof(Operation), typeof(AnalysisManager)]) is { } withManager)
            return (op, am) => Invoke(withManager, [op, am]);
        if (type.GetConstructor(flags, [typeof(Operation)]) is { } withOp)
            return (op, _) => Invoke(withOp, [op]);
        if (type.GetConstructor(flags, System.Type.EmptyTypes) is { } plain)
            return (_, _) => Invoke(plain, null);
        throw new InvalidOperationException(
            $"analysis {type.Name} needs a constructor taking (Operation, AnalysisManager), (Operation) or nothing");
    }
}
