using System;
using System.Collections.Generic;
using System.Threading;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR;

/// <summary>
/// Owns everything uniqued (types, attributes, affine expressions, operation names) and the dialect registry.
/// Uniquing is thread-safe; the registry is meant to be filled before IR is built.
/// </summary>
public sealed partial class Context
{
    private readonly IntegerType?[] _signlessInts = new IntegerType?[129];
    private readonly FloatType[] _floats;
    // Concurrent tables: lookups (per op, from passes running on several threads) take no lock; insertions
    // still go through _namesLock so that check-then-add stays atomic.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dialect> _dialects = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, OperationName> _opNames = new(StringComparer.Ordinal);
    private readonly Lock _namesLock = new();
    private long _nextDistinctId;

    public Context()
    {
        _floats = new FloatType[FloatType.KindCount];
        for (int i = 0; i < _floats.Length; i++)
            _floats[i] = Uniquer.Get(new FloatType(this, (FloatKind)i));
        IndexType = Uniquer.Get(new IndexType(this));
        NoneType = Uniquer.Get(new NoneType(this));
        UnitAttr = Uniquer.Get(new UnitAttr(this));
        UnknownLoc = Uniquer.Get(new UnknownLoc(this));
        EmptyDictionary = DictionaryAttr.GetSorted(this, []);
        RegisterDialect(new Builtin.BuiltinDialect(this));
    }

    /// <summary>The hash-consing table for every uniqued object of this context.</summary>
    public Uniquer Uniquer { get; } = new();

    /// <summary>When true, operations, types and attributes of unknown dialects are accepted as opaque.</summary>
    public bool AllowUnregisteredDialects { get; set; }

    public IndexType IndexType { get; }
    public NoneType NoneType { get; }
    public UnitAttr UnitAttr { get; }
    public UnknownLoc UnknownLoc { get; }
    public DictionaryAttr EmptyDictionary { get; }

    internal IntegerType GetIntegerType(int width, Signedness signedness)
    {
        if (signedness == Signedness.Signless && width <= 128)
            return _signlessInts[width] ??= IntegerType.Create(this, width, signedness);
        return IntegerType.Create(this, width, signedness);
    }

    internal FloatType GetFloatType(FloatKind kind) => _floats[(int)kind];

    /// <summary>Shorthand for the signless integer type <c>iN</c>.</summary>
    public IntegerType I(int width) => GetIntegerType(width, Signedness.Signless);

    public FloatType F32 => _floats[(int)FloatKind.F32];
    public FloatType F64 => _floats[(int)FloatKind.F64];

    /// <summary>Registers a dialect; a dialect with the same namespace registered before is kept.</summary>
    public T RegisterDialect<T>(T dialect) where T : Dialect
    {
        lock (_namesLock)
        {
            if (_dialects.TryGetValue(dialect.Namespace, out var existing))
                return (T)existing;
            _dialects[dialect.Namespace] = dialect;
        }
        dialect.InitializeInternal();
        return dialect;
    }

    /// <summary>The registered dialect with this namespace, or null.</summary>
    public Dialect? GetDialect(string ns) => _dialects.TryGetValue(ns, out var d) ? d : null;

    /// <summary>All registered dialects, sorted by namespace.</summary>
    public IReadOnlyList<Dialect> Dialects
    {
        get
        {
            lock (_namesLock)
            {
                var list = new List<Dialect>(_dialects.Values);
                list.Sort((a, b) => string.CompareOrdinal(a.Namespace, b.Namespace));
                return list;
            }
        }
    }

    /// <summary>Interned operation name: registered names carry their <see cref="OperationInfo"/>.</summary>
    public OperationName GetOperationName(string name)
    {
        if (_opNames.TryGetValue(name, out var known))
            return known;
        lock (_namesLock)
        {
            if (_opNames.TryGetValue(name, out var existing))
                return existing;
            var created = new OperationName(this, name, null);
            _opNames[name] = created;
            return created;
        }
    }

    internal void RegisterOperation(OperationInfo info)
    {
        lock (_namesLock)
        {
            if (_opNames.TryGetValue(info.Name, out var existing))
            {
                existing.Info = info;
                return;
            }
            _opNames[info.Name] = new OperationName(this, info.Name, info);
        }
    }

    /// <summary>A fresh identifier for a <c>distinct[N]</c> attribute; unique within this context.</summary>
    internal long NextDistinctId() => Interlocked.Increment(ref _nextDistinctId) - 1;
}

public sealed partial class Context
{
    /// <summary>Allocation-free fast path of <see cref="Types.FunctionType.Get"/>: last type seen per hash.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<int, Types.FunctionType> FunctionTypeCache { get; } = new();

    /// <summary>Allocation-free fast path of <see cref="DictionaryAttr.Get"/> for sorted input.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<int, DictionaryAttr> DictionaryCache { get; } = new();

    /// <summary>Where diagnostics of IR in this context go.</summary>
    public Diagnostics.DiagnosticEngine Diagnostics { get; } = new();

    /// <summary>Blobs of the builtin dialect's resources (<c>dense_resource</c> handles), by key.</summary>
    public Dictionary<string, byte[]> Resources { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Entries of the parsed file's <c>external_resources</c> section by owner, then key: string values as
    /// <see cref="string"/>, booleans as <see cref="bool"/> (e.g. <c>mlir_reproducer</c>'s <c>pipeline</c>, read by
    /// <c>--run-reproducer</c>).
    /// </summary>
    public Dictionary<string, Dictionary<string, object>> ExternalResources { get; } = new(StringComparer.Ordinal);

    /// <summary>Emits an error at <paramref name="location"/>.</summary>
    public Diagnostics.Diagnostic EmitError(LocationAttr location, string message) =>
        Diagnostics.Emit(location, Dialectic.Core.Diagnostics.DiagnosticSeverity.Error, message);
}
