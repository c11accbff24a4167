using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// Which ops a dialect conversion must produce (MLIR's <c>ConversionTarget</c>): rules per op name, per dialect
/// namespace and for unknown ops. The op rule wins over its dialect's rule, which wins over the unknown-op rule.
/// Ops with no rule have <see cref="OpLegality.Unknown"/> legality: full conversion converts them, partial
/// conversion may leave them.
/// <code>
/// var target = new ConversionTarget(context);
/// target.AddLegalDialect("llvm");
/// target.AddIllegalDialect("arith");
/// target.AddDynamicallyLegalOp&lt;FuncOp&gt;(f =&gt; converter.IsSignatureLegal(f.FunctionType));
/// </code>
/// </summary>
/// <remarks>Build it before the conversion; it is read-only (and safe to share between threads) while one runs.</remarks>
public sealed class ConversionTarget
{
    private readonly record struct Rule(LegalizationAction Action, Func<Operation, bool?>? Callback);

    private readonly Dictionary<OperationName, Rule> _opRules = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Rule> _dialectRules = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationName, Func<Operation, bool?>?> _recursivelyLegal = new(ReferenceEqualityComparer.Instance);
    private Func<Operation, bool?>? _unknownOpCallback;

    public ConversionTarget(Context context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
    }

    public Context Context { get; }

    // ---- ops ----

    /// <summary>Sets the action for ops named <paramref name="opName"/> (replacing an earlier rule).</summary>
    public void SetOpAction(string opName, LegalizationAction action) =>
        _opRules[Context.GetOperationName(opName)] = new Rule(action, null);

    public void AddLegalOp(string opName) => SetOpAction(opName, LegalizationAction.Legal);

    public void AddIllegalOp(string opName) => SetOpAction(opName, LegalizationAction.Illegal);

    public void AddLegalOp<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp>()
        where TOp : Operation => AddLegalOp(OpRewritePattern<TOp>.RootName.Value);

    public void AddIllegalOp<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp>()
        where TOp : Operation => AddIllegalOp(OpRewritePattern<TOp>.RootName.Value);

    /// <summary>Ops named <paramref name="opName"/> are legal when <paramref name="callback"/> returns true, illegal
    /// when it returns false, neither (unknown) when it returns null.</summary>
    public void AddDynamicallyLegalOp(string opName, Func<Operation, bool?> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _opRules[Context.GetOperationName(opName)] = new Rule(LegalizationAction.Dynamic, callback);
    }

    /// <summary>As <see cref="AddDynamicallyLegalOp(string, Func{Operation, bool?})"/> with a typed callback.</summary>
    public void AddDynamicallyLegalOp<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp>(Func<TOp, bool?> callback)
        where TOp : Operation
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddDynamicallyLegalOp(OpRewritePattern<TOp>.RootName.Value, op => op is TOp typed ? callback(typed) : null);
    }

    /// <summary>
    /// Ops named <paramref name="opName"/>, when legal, make everything nested in them legal too (the conversion
    /// does not look inside); with <paramref name="callback"/>, only those for which it returns true.
    /// </summary>
    public void MarkOpRecursivelyLegal(string opName, Func<Operation, bool?>? callback = null) =>
        _recursivelyLegal[Context.GetOperationName(opName)] = callback;

    public void MarkOpRecursivelyLegal<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp>(Func<TOp, bool?>? callback = null)
        where TOp : Operation =>
        MarkOpRecursivelyLegal(OpRewritePattern<TOp>.RootName.Value,
            callback == null ? null : op => op is TOp typed ? callback(typed) : null);

    // ---- dialects ----

    /// <summary>Sets the action for every op of the dialects named <paramref name="namespaces"/>.</summary>
    public void SetDialectAction(LegalizationAction action, params string[] namespaces)
    {
        foreach (var ns in namespaces)
            _dialectRules[ns] = new Rule(action, null);
    }

    public void AddLegalDialect(params string[] namespaces) => SetDialectAction(LegalizationAction.Legal, namespaces);

    public void AddIllegalDialect(params string[] namespaces) => SetDialectAction(LegalizationAction.Illegal, namespaces);

    public void AddLegalDialect<TDialect>() where TDialect : Dialect => AddLegalDialect(NamespaceOf<TDialect>());

    public void AddIllegalDialect<TDialect>() where TDialect : Dialect => AddIllegalDialect(NamespaceOf<TDialect>());

    /// <summary>Every op of the dialect named <paramref name="ns"/> without an op rule is decided by
    /// <paramref name="callback"/> (true legal, false illegal, null unknown).</summary>
    public void AddDynamicallyLegalDialect(string ns, Func<Operation, bool?> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _dialectRules[ns] = new Rule(LegalizationAction.Dynamic, callback);
    }

    public void AddDynamicallyLegalDialect<TDialect>(Func<Operation, bool?> callback) where TDialect : Dialect =>
        AddDynamicallyLegalDialect(NamespaceOf<TDialect>(), callback);

    /// <summary>Ops with neither an op nor a dialect rule are decided by <paramref name="callback"/>.</summary>
    public void MarkUnknownOpDynamicallyLegal(Func<Operation, bool?> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _unknownOpCallback = callback;
    }

    // ---- queries ----

    /// <summary>The action that applies to ops named <paramref name="name"/>, or null when no rule does.</summary>
    public LegalizationAction? GetOpAction(OperationName name)
    {
        if (_opRules.TryGetValue(name, out var rule))
            return rule.Action;
        if (_dialectRules.TryGetValue(name.DialectNamespace, out rule))
            return rule.Action;
        return _unknownOpCallback != null ? LegalizationAction.Dynamic : null;
    }

    /// <summary>What the target says about <paramref name="op"/>; dynamic callbacks run on it.</summary>
    public OpLegality GetLegality(Operation op)
    {
        ArgumentNullException.ThrowIfNull(op);
        Rule rule;
        if (!_opRules.TryGetValue(op.Name, out rule) && !_dialectRules.TryGetValue(op.Name.DialectNamespace, out rule))
        {
            if (_unknownOpCallback == null)
                return OpLegality.Unknown;
            rule = new Rule(LegalizationAction.Dynamic, _unknownOpCallback);
        }
        switch (rule.Action)
        {
            case LegalizationAction.Legal:
                return OpLegality.Legal;
            case LegalizationAction.Illegal:
                return OpLegality.Illegal;
            default:
                return rule.Callback!(op) switch
                {
                    true => OpLegality.Legal,
                    false => OpLegality.DynamicallyIllegal,
                    null => OpLegality.Unknown,
                };
        }
    }

    /// <summary>True when <paramref name="op"/> is legal.</summary>
    public bool IsLegal(Operation op) => GetLegality(op) == OpLegality.Legal;

    /// <summary>True when <paramref name="op"/> is explicitly illegal (by rule or dynamic callback).</summary>
    public bool IsIllegal(Operation op) => GetLegality(op) is OpLegality.Illegal or OpLegality.DynamicallyIllegal;

    /// <summary>True when <paramref name="op"/>, assumed legal, is also legal with everything nested in it.</summary>
    public bool IsRecursivelyLegal(Operation op)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (!_recursivelyLegal.TryGetValue(op.Name, out var callback))
            return false;
        return callback == null || callback(op) == true;
    }

    private string NamespaceOf<TDialect>() where TDialect : Dialect
    {
        foreach (var dialect in Context.Dialects)
            if (dialect is TDialect)
                return dialect.Namespace;
        throw new InvalidOperationException($"dialect '{typeof(TDialect).Name}' is not registered in the context");
    }
}
