using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Syntax;

/// <summary>
/// Pools of the short-lived lists op parsers fill (operands, types, attributes). Ops nest, so several lists of a
/// kind are rented at once; each pool is a stack. Invariant: every list in a pool is empty. One per parser, so
/// single-threaded.
/// </summary>
internal sealed class ParserScratch
{
    private readonly Stack<List<UnresolvedOperand>> _operands = new();
    private readonly Stack<List<Type>> _types = new();
    private readonly Stack<List<NamedAttribute>> _attributes = new();

    public List<UnresolvedOperand> RentOperands() => _operands.TryPop(out var l) ? l : new List<UnresolvedOperand>();

    public List<Type> RentTypes() => _types.TryPop(out var l) ? l : new List<Type>();

    public List<NamedAttribute> RentAttributes() => _attributes.TryPop(out var l) ? l : new List<NamedAttribute>();

    public void Return(List<UnresolvedOperand> list)
    {
        list.Clear();
        _operands.Push(list);
    }

    public void Return(List<Type> list)
    {
        list.Clear();
        _types.Push(list);
    }

    public void Return(List<NamedAttribute> list)
    {
        list.Clear();
        _attributes.Push(list);
    }
}
