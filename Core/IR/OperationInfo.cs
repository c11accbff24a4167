using System;
using System.Collections.Generic;

namespace Dialectic.Core.IR;

/// <summary>Custom-syntax parser of a registered op: fills <paramref name="state"/>; false after reporting an error.</summary>
public delegate bool OpParseHook(Syntax.OpAsmParser parser, OperationState state);

/// <summary>Custom-syntax printer of a registered op (everything after <c>%results = </c>).</summary>
public delegate void OpPrintHook(Operation op, Syntax.OpAsmPrinter printer);

/// <summary>Names a value in custom-form output (<c>%c0</c>, <c>%cst</c>); uniqued by the printer.</summary>
public delegate void AsmSetValueName(Value value, string name);

/// <summary>MLIR's <c>getAsmResultNames</c>: suggests names for an op's results through <paramref name="setName"/>.</summary>
public delegate void OpAsmResultNamesHook(Operation op, AsmSetValueName setName);

/// <summary>MLIR's <c>getAsmBlockArgumentNames</c>: suggests names for the arguments of a region's blocks.</summary>
public delegate void OpAsmBlockArgumentNamesHook(Region region, AsmSetValueName setName);

/// <summary>
/// MLIR's fold hook: given the constant value of each operand (null when not constant), either fills
/// <paramref name="results"/> with one entry per result, or updates the op in place and leaves it empty;
/// returns false when nothing folded.
/// </summary>
public delegate bool OpFoldHook(Operation op, System.ReadOnlySpan<Attribute?> operandConstants, System.Collections.Generic.List<OpFoldResult> results);

/// <summary>Op-specific verifier; reports through <see cref="Operation.EmitOpError"/> and returns false on failure.</summary>
public delegate bool OpVerifyHook(Operation op);

/// <summary>
/// What a dialect registers about an op: name, traits, interfaces and hooks. Immutable once the owning
/// dialect is initialized.
/// </summary>
public sealed class OperationInfo
{
    private readonly Dictionary<System.Type, object> _interfaces = new();

    public OperationInfo(string name, OpTraits traits = OpTraits.None)
    {
        Name = name;
        Traits = traits;
    }

    public string Name { get; }
    public OpTraits Traits { get; init; }

    /// <summary>One-line summary for generated documentation (MLIR's <c>summary</c>).</summary>
    public string Summary { get; init; } = "";

    /// <summary>Longer Markdown description for generated documentation (MLIR's <c>description</c>).</summary>
    public string Description { get; init; } = "";
    public Dialect? Dialect { get; internal set; }

    /// <summary>Custom assembly parser; null when the op only has the generic form.</summary>
    public OpParseHook? Parse { get; init; }

    /// <summary>Custom assembly printer; null when the op only has the generic form.</summary>
    public OpPrintHook? Print { get; init; }

    /// <summary>The dialect whose ops print without their <c>dialect.</c> prefix inside this op's regions (MLIR's
    /// <c>OpAsmOpInterface::getDefaultDialect</c>); null: none, such regions print full names.</summary>
    public string? DefaultDialect { get; init; }

    /// <summary>Names of the op's inherent attributes (kept in its properties dictionary).</summary>
    public string[] InherentAttributes { get; init; } = [];

    /// <summary>Creates an instance of the op's C# class; null: a plain <see cref="Operation"/>.</summary>
    public Func<Operation>? Factory { get; init; }

    /// <summary>Result names for the custom form; null keeps the numbered defaults.</summary>
    public OpAsmResultNamesHook? GetAsmResultNames { get; init; }

    /// <summary>Block argument names for the custom form of the op's regions; null keeps the defaults.</summary>
    public OpAsmBlockArgumentNamesHook? GetAsmBlockArgumentNames { get; init; }

    /// <summary>The op's folder; null when it has none.</summary>
    public OpFoldHook? Fold { get; init; }

    /// <summary>
    /// For <see cref="OpTraits.ConstantLike"/> ops: the inherent attribute holding the constant (MLIR's
    /// <c>value</c>). Defaults to <c>value</c>.
    /// </summary>
    public string ConstantAttributeName { get; init; } = "value";

    /// <summary>Invariant checks run by the verifier after the structural ones.</summary>
    public OpVerifyHook? Verify { get; init; }

    /// <summary>
    /// The declared invariants (ODS's <c>OpInvariants</c>: operand, result, successor and region counts, attributes,
    /// operand and result types), run before the structural traits and <see cref="Verify"/>.
    /// </summary>
    public OpVerifyHook? VerifyInvariants { get; init; }

    /// <summary>Checks that need the nested ops verified first (ODS's region verifier); run after them.</summary>
    public OpVerifyHook? VerifyRegions { get; init; }

    /// <summary>
    /// The op's own memory effects (MLIR's <c>MemoryEffectOpInterface</c>); null: none declared, so the effects are
    /// unknown unless the op is <see cref="OpTraits.Pure"/>. See <see cref="Interfaces.SideEffects"/>.
    /// </summary>
    public Interfaces.OpEffectsHook? GetEffects { get; init; }

    /// <summary>Whether the op may be executed speculatively (MLIR's <c>ConditionallySpeculatable</c>); null:
    /// speculatable exactly when <see cref="OpTraits.Pure"/>.</summary>
    public Interfaces.OpSpeculatabilityHook? GetSpeculatability { get; init; }

    /// <summary>The operands a terminator forwards to each successor (MLIR's <c>BranchOpInterface</c>); null: the
    /// op does not say, and its successors' arguments are treated as opaque.</summary>
    public Interfaces.OpSuccessorOperandsHook? GetSuccessorOperands { get; init; }

    /// <summary>Adds the op's canonicalization patterns (ODS's <c>hasCanonicalizer</c>); null when it has none.</summary>
    public Rewrite.OpCanonicalizationPatternsHook? GetCanonicalizationPatterns { get; init; }

    /// <summary>True when the op registers canonicalization patterns.</summary>
    public bool HasCanonicalizer => GetCanonicalizationPatterns != null;

    /// <summary>
    /// Why a property value (by name) does not convert to the op's typed storage (MLIR's property conversion), or
    /// null when it does: checked when the generic form is parsed, reported as "invalid properties {...} for op
    /// NAME: {reason}". A null hook accepts everything.
    /// </summary>
    public Func<string, Attribute, string?>? PropertyConversionError { get; init; }

    /// <summary>
    /// Properties with a default value (ODS <c>DefaultValuedAttr</c>), in MLIR attribute syntax: like MLIR's
    /// default-initialized property storage, every op created holds them (the generic form prints them; custom
    /// syntax elides values equal to the default).
    /// </summary>
    public (string Name, string Default)[] PropertyDefaults { get; init; } = [];

    // Generated infos are static (shared by every context): the cached dictionary remembers its context.
    private sealed record DefaultsCache(Context Context, Attributes.DictionaryAttr Dictionary);

    private DefaultsCache? _defaultsOnly;

    /// <summary><paramref name="properties"/> with the missing defaults added (O(1) when none were given).</summary>
    internal Attribute? WithDefaults(Attribute? properties, Context context)
    {
        if (properties is not Attributes.DictionaryAttr dict || dict.Count == 0)
        {
            var cache = _defaultsOnly;
            if (cache == null || !ReferenceEquals(cache.Context, context))
                _defaultsOnly = cache = new DefaultsCache(context, BuildDefaults(null, context));
            return cache.Dictionary;
        }
        foreach (var (name, _) in PropertyDefaults)
            if (dict.Get(name) == null)
                return BuildDefaults(dict, context);
        return properties;
    }

    private Attributes.DictionaryAttr BuildDefaults(Attributes.DictionaryAttr? given, Context context)
    {
        var entries = new List<Attributes.NamedAttribute>();
        if (given != null)
            entries.AddRange(given.Entries.ToArray());
        foreach (var (name, text) in PropertyDefaults)
            if (given?.Get(name) == null)
                entries.Add(new Attributes.NamedAttribute(name, Declarations.GeneratedSyntax.DefaultAttribute(context, text)));
        return Attributes.DictionaryAttr.Get(context, entries.ToArray());
    }

    /// <summary>Attaches an interface implementation (an object implementing <typeparamref name="T"/>).</summary>
    public OperationInfo With<T>(T implementation) where T : class
    {
        _interfaces[typeof(T)] = implementation;
        return this;
    }

    /// <summary>The registered implementation of interface <typeparamref name="T"/>, or null.</summary>
    public T? GetInterface<T>() where T : class => _interfaces.TryGetValue(typeof(T), out var o) ? (T)o : null;
}
