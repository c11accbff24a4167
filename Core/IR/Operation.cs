using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.IR;

/// <summary>
/// The generic operation: name, operands, results, successors, regions, properties (inherent attributes) and
/// discardable attributes, linked into its parent block's intrusive list. Registered ops derive from it
/// (typed accessors); unregistered ops are plain instances. Create through <see cref="Create"/> or a builder.
/// </summary>
public partial class Operation
{
    /// <summary>What reflection reads of an op class (its generated <c>Info</c> field, for the name of
    /// <c>OpRewritePattern&lt;TOp&gt;</c>); generic parameters that reach it carry this annotation, so NativeAOT
    /// keeps those fields.</summary>
    public const DynamicallyAccessedMemberTypes ClassMembers = DynamicallyAccessedMemberTypes.PublicFields;

    private static readonly OpOperand[] NoOperands = [];
    private static readonly BlockOperand[] NoSuccessors = [];
    private static readonly Region[] NoRegions = [];

    private OpOperand[] _operands = NoOperands;
    // Results: a single result is held inline (no array); several live in _moreResults.
    private OpResult? _result0;
    private OpResult[]? _moreResults;
    private BlockOperand[] _successors = NoSuccessors;
    private Region[] _regions = NoRegions;
    private OperationName _name = null!;
    private LocationAttr _location = null!;
    private DictionaryAttr _attributes = null!;

    /// <summary>For registered op classes; state is filled by <see cref="Create"/>.</summary>
    protected Operation() { }

    public OperationName Name => _name;

    /// <summary>The dialect that registered the op; null for an unregistered op.</summary>
    /// <remarks>Looked up in the op's context: generated <see cref="OperationInfo"/>s are shared by all contexts.</remarks>
    public Dialect? Dialect => _name.IsRegistered ? _name.Context.GetDialect(_name.DialectNamespace) : null;
    public Context Context => _name.Context;

    public LocationAttr Location
    {
        get => _location;
        set => _location = value;
    }

    /// <summary>Inherent attributes: a <see cref="DictionaryAttr"/> for registered ops, any attribute otherwise.</summary>
    public Attribute? Properties { get; set; }

    /// <summary>Discardable attributes, sorted by name.</summary>
    public DictionaryAttr Attributes
    {
        get => _attributes;
        set => _attributes = value;
    }

    public bool IsRegistered => _name.Info != null;

    // ---- structure ----

    public Block? Block { get; internal set; }
    public Operation? PrevOp { get; internal set; }
    public Operation? NextOp { get; internal set; }
    internal int OrderIndex { get; set; }

    /// <summary>This op's position in the greedy driver's worklist. A worklist trusts it only when its own list
    /// holds this op at that position, so a value left by an earlier or a nested worklist is harmless.</summary>
    internal int WorklistSlot;

    /// <summary>This op's position in region DCE's liveness map, trusted the same way. Separate from
    /// <see cref="WorklistSlot"/>: erasures during DCE queue ops on the driver's worklist.</summary>
    internal int LivenessSlot;

    /// <summary>The op whose region contains this op, or null at top level.</summary>
    public Operation? ParentOp => Block?.ParentOp;

    /// <summary>The region containing this op.</summary>
    public Region? ParentRegion => Block?.Parent;

    public ReadOnlySpan<OpOperand> OpOperands => _operands;
    public int NumOperands => _operands.Length;
    public Value GetOperand(int i) => _operands[i].Value;

    public ReadOnlySpan<OpResult> Results =>
        _moreResults ?? (_result0 != null ? System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref _result0!, 1) : default);

    public int NumResults => _moreResults?.Length ?? (_result0 != null ? 1 : 0);

    public OpResult GetResult(int i) => _moreResults != null ? _moreResults[i] : i == 0 && _result0 != null ? _result0 : throw new ArgumentOutOfRangeException(nameof(i));

    public IReadOnlyList<Region> Regions => _regions;
    public int NumRegions => _regions.Length;

    /// <summary>The regions as a span: for hot loops, where enumerating <see cref="Regions"/> through its interface
    /// would cost a dispatch per op.</summary>
    public ReadOnlySpan<Region> RegionsSpan => _regions;

    public IReadOnlyList<BlockOperand> SuccessorOperands => _successors;
    public int NumSuccessors => _successors.Length;
    public Block GetSuccessor(int i) => _successors[i].Target;

    /// <summary>True when the op is registered with every trait in <paramref name="traits"/>.</summary>
    public bool HasTrait(OpTraits traits) => _name.HasTrait(traits);

    /// <summary>
    /// Creates a detached operation from <paramref name="state"/>: a registered op's own class when its dialect
    /// provides one, a plain <see cref="Operation"/> otherwise. Regions in the state are moved into the op.
    /// </summary>
    public static Operation Create(OperationState state)
    {
        var op = state.Name.Info?.Factory?.Invoke() ?? new Operation();
        op._name = state.Name;
        op._location = state.Location;
        op.Properties = state.Name.Info is { PropertyDefaults.Length: > 0 } info
            ? info.WithDefaults(state.Properties, state.Name.Context)
            : state.Properties;
        op._attributes = state.Attributes.Count == 0
            ? state.Name.Context.EmptyDictionary
            : DictionaryAttr.Get(state.Name.Context, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(state.Attributes));
        if (state.Operands.Count > 0)
        {
            op._operands = new OpOperand[state.Operands.Count];
            for (int i = 0; i < op._operands.Length; i++)
                op._operands[i] = new OpOperand(op, state.Operands[i]);
        }
        if (state.ResultTypes.Count > 0)
        {
            if (state.ResultTypes.Count == 1)
            {
                op._result0 = new OpResult(op, 0, state.ResultTypes[0]);
            }
            else
            {
                op._moreResults = new OpResult[state.ResultTypes.Count];
                for (int i = 0; i < op._moreResults.Length; i++)
                    op._moreResults[i] = new OpResult(op, i, state.ResultTypes[i]);
                op._result0 = op._moreResults[0];
            }
        }
        if (state.Successors.Count > 0)
        {
            op._successors = new BlockOperand[state.Successors.Count];
            for (int i = 0; i < op._successors.Length; i++)
                op._successors[i] = new BlockOperand(op, i, state.Successors[i]);
        }
        if (state.Regions.Count > 0)
        {
            op._regions = new Region[state.Regions.Count];
            for (int i = 0; i < op._regions.Length; i++)
            {
                var region = new Region(op);
                region.TakeBody(state.Regions[i]);
                op._regions[i] = region;
            }
        }
        return op;
    }

    /// <summary>Creates an op with <paramref name="numRegions"/> empty regions and nothing else.</summary>
    public static Operation Create(LocationAttr location, string name, int numRegions = 0)
    {
        var state = new OperationState(location, name);
        for (int i = 0; i < numRegions; i++)
            state.AddRegion();
        return Create(state);
    }

    // ---- attributes ----

    /// <summary>A discardable attribute, or null.</summary>
    public Attribute? GetAttr(string name) => _attributes.Get(name);

    /// <summary>Sets (or with null, removes) a discardable attribute.</summary>
    public void SetAttr(string name, Attribute? value) => _attributes = _attributes.With(name, value);

    /// <summary>An inherent attribute from the properties dictionary, or null.</summary>
    public Attribute? GetInherentAttr(string name) => (Properties as DictionaryAttr)?.Get(name);

    // ---- mutation ----

    /// <summary>Replaces operand <paramref name="index"/>.</summary>
    public void SetOperand(int index, Value value) => _operands[index].Value = value;

    /// <summary>Replaces the whole operand list.</summary>
    public void SetOperands(ReadOnlySpan<Value> values)
    {
        foreach (var o in _operands)
            o.Drop();
        var operands = values.Length == 0 ? NoOperands : new OpOperand[values.Length];
        for (int i = 0; i < values.Length; i++)
            operands[i] = new OpOperand(this, values[i]);
        _operands = operands;
    }

    /// <summary>Replaces successor <paramref name="index"/>.</summary>
    public void SetSuccessor(int index, Block block) => _successors[index].Target = block;

    /// <summary>Replaces all uses of this op's results with <paramref name="values"/> (same count).</summary>
    public void ReplaceAllUsesWith(ReadOnlySpan<Value> values)
    {
        var results = Results;
        if (values.Length != results.Length)
            throw new ArgumentException("replacement count differs from result count", nameof(values));
        for (int i = 0; i < values.Length; i++)
            results[i].ReplaceAllUsesWith(values[i]);
    }

    /// <summary>True when no result has a use.</summary>
    public bool UseEmpty
    {
        get
        {
            foreach (var r in Results)
                if (!r.UseEmpty)
                    return false;
            return true;
        }
    }

    /// <summary>Unlinks the op from its block, keeping it alive (and its uses).</summary>
    public void Remove() => Block?.Unlink(this);

    /// <summary>Moves the op right before <paramref name="other"/>.</summary>
    public void MoveBefore(Operation other)
    {
        Remove();
        other.Block!.InsertBefore(other, this);
    }

    /// <summary>Moves the op right after <paramref name="other"/>.</summary>
    public void MoveAfter(Operation other)
    {
        Remove();
        other.Block!.InsertBefore(other.NextOp, this);
    }

    /// <summary>
    /// Drops every operand and successor reference of this op and of all ops nested in it, so they can be
    /// erased in any order. Iterative.
    /// </summary>
    public void DropAllReferences()
    {
        DropOwnReferences();
        if (_regions.Length == 0)
            return; // Nearly every op: no stack needed.
        var stack = new Stack<Operation>();
        PushNestedOps(this, stack);
        while (stack.Count > 0)
        {
            var op = stack.Pop();
            op.DropOwnReferences();
            PushNestedOps(op, stack);
        }
    }

    private void DropOwnReferences()
    {
        foreach (var o in _operands)
            o.Drop();
        _operands = NoOperands;
        foreach (var s in _successors)
            s.Drop();
        _successors = NoSuccessors;
    }

    private static void PushNestedOps(Operation op, Stack<Operation> stack)
    {
        foreach (var region in op._regions)
            for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                for (var inner = b.FirstOp; inner != null; inner = inner.NextOp)
                    stack.Push(inner);
    }

    /// <summary>Removes the op from its block and destroys it; its results must be unused.</summary>
    public void Erase()
    {
        if (!UseEmpty)
            throw new InvalidOperationException($"erasing '{Name}' whose results still have uses");
        DropAllReferences();
        Remove();
    }

    /// <summary>True when this op is <paramref name="other"/> or one of its ancestors. O(depth).</summary>
    public bool IsAncestorOf(Operation other)
    {
        for (Operation? op = other; op != null; op = op.ParentOp)
            if (ReferenceEquals(op, this))
                return true;
        return false;
    }

    /// <summary>True when this op is before <paramref name="other"/> in the same block.</summary>
    public bool IsBeforeInBlock(Operation other) => Block!.IsBefore(this, other);

    // ---- diagnostics ----

    /// <summary>Emits an error at the op's location.</summary>
    public Diagnostic EmitError(string message) => Context.EmitError(_location, message);

    /// <summary>Emits <c>'name' op message</c>, MLIR's wording for op verification errors.</summary>
    public Diagnostic EmitOpError(string message) => EmitError($"'{Name.Name}' op {message}");

    /// <summary>Emits a warning at the op's location.</summary>
    public Diagnostic EmitWarning(string message) => Context.Diagnostics.Emit(_location, DiagnosticSeverity.Warning, message);

    /// <summary>Emits a remark at the op's location.</summary>
    public Diagnostic EmitRemark(string message) => Context.Diagnostics.Emit(_location, DiagnosticSeverity.Remark, message);

    public override string ToString() => Syntax.AsmPrinter.OperationToString(this);
}
