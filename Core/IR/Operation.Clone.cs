using System.Collections.Generic;

namespace Dialectic.Core.IR;

public partial class Operation
{
    /// <summary>
    /// Deep-copies this op with its regions. Operands are remapped through <paramref name="mapping"/> (values
    /// defined inside the op map to their clones; others stay); results and nested values are added to it.
    /// Iterative over nesting depth.
    /// </summary>
    public Operation Clone(IRMapping? mapping = null)
    {
        mapping ??= new IRMapping();
        var root = CloneShallow(this, mapping);
        // Phase 1: create all blocks and ops (operands of nested ops may refer to later blocks' values, so
        // operands are set in phase 2 once every nested value has its clone).
        var pending = new List<(Operation Original, Operation Copy)>();
        var work = new Stack<(Operation Original, Operation Copy)>();
        work.Push((this, root));
        while (work.Count > 0)
        {
            var (orig, copy) = work.Pop();
            pending.Add((orig, copy));
            for (int r = 0; r < orig._regions.Length; r++)
            {
                var target = copy._regions[r];
                for (var b = orig._regions[r].FirstBlock; b != null; b = b.NextBlock)
                {
                    var nb = new Block();
                    foreach (var arg in b.Arguments)
                        mapping.Map(arg, nb.AddArgument(arg.Type, arg.ArgLocation));
                    mapping.Map(b, nb);
                    target.Append(nb);
                }
                for (var b = orig._regions[r].FirstBlock; b != null; b = b.NextBlock)
                {
                    var nb = mapping.Lookup(b);
                    for (var op = b.FirstOp; op != null; op = op.NextOp)
                    {
                        var c = CloneShallow(op, mapping);
                        nb.Append(c);
                        work.Push((op, c));
                    }
                }
            }
        }
        // Phase 2: operands and successors.
        foreach (var (orig, copy) in pending)
        {
            if (orig._operands.Length > 0)
            {
                var ops = new OpOperand[orig._operands.Length];
                for (int i = 0; i < ops.Length; i++)
                    ops[i] = new OpOperand(copy, mapping.Lookup(orig._operands[i].Value));
                copy._operands = ops;
            }
            if (orig._successors.Length > 0)
            {
                var succ = new BlockOperand[orig._successors.Length];
                for (int i = 0; i < succ.Length; i++)
                    succ[i] = new BlockOperand(copy, i, mapping.Lookup(orig._successors[i].Target));
                copy._successors = succ;
            }
        }
        return root;
    }

    /// <summary>Copies name, location, attributes, results and empty regions; maps the results.</summary>
    private static Operation CloneShallow(Operation op, IRMapping mapping)
    {
        var state = new OperationState(op._location, op._name) { Properties = op.Properties };
        foreach (var r in op.Results)
            state.ResultTypes.Add(r.Type);
        for (int i = 0; i < op._regions.Length; i++)
            state.AddRegion();
        var copy = Create(state);
        copy._attributes = op._attributes;
        var results = op.Results;
        var copies = copy.Results;
        for (int i = 0; i < results.Length; i++)
            mapping.Map(results[i], copies[i]);
        return copy;
    }
}
