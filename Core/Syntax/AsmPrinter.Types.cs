using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Syntax;

public sealed partial class AsmPrinter
{
    /// <summary>True in the printer that renders a type's text for <see cref="Type.AsmText"/>.</summary>
    private bool _printingCachedType;

    /// <summary>Prints a type, using its alias when it has one.</summary>
    internal void PrintType(Type type)
    {
        if (_collect != null)
        {
            _collect.CollectSymbol(type);
            return;
        }
        // Types built only from types (no attributes: no aliases, distinct numbering, resources or
        // flag-dependent elements inside) print the same everywhere: cache their text on the type.
        // AsmText is the cached text, or "" once the type is known not to be cacheable.
        if (type.AsmText is { } text)
        {
            if (text.Length > 0)
            {
                _w.Write(text);
                return;
            }
        }
        else if (IsAttributeFree(type))
        {
            // Only the outermost type caches its text: caching every level of a deeply nested type would
            // copy each level's text again (quadratic time and memory in the depth).
            if (_printingCachedType)
            {
                PrintTypeImpl(type);
                return;
            }
            var w = new AsmWriter();
            new AsmPrinter(w, _flags, null, null) { _printingCachedType = true }.PrintTypeImpl(type);
            type.AsmText = w.ToString();
            _w.Write(type.AsmText);
            return;
        }
        else
        {
            type.AsmText = "";
        }
        if (_aliases?.Lookup(type) is { } alias)
        {
            _w.Write(alias);
            return;
        }
        PrintTypeImpl(type);
    }

    /// <summary>
    /// True when no attribute and no alias-sized tuple occurs inside <paramref name="type"/>. Dialect types count
    /// as attribute-free leaves: they print as their fixed <see cref="DialectType.AsmBody"/> text and never get an
    /// alias. Iterative over nesting.
    /// </summary>
    private static bool IsAttributeFree(Type type)
    {
        var stack = new System.Collections.Generic.Stack<Support.Uniqued>();
        var children = new System.Collections.Generic.List<Support.Uniqued>();
        stack.Push(type);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item is Attribute || item is TupleType { Types.Length: > 16 })
                return false;
            children.Clear();
            AliasState.CollectChildren(item, children);
            foreach (var child in children)
                stack.Push(child);
        }
        return true;
    }

    private void PrintTypeImpl(Type type)
    {
        switch (type)
        {
            case IntegerType i:
                _w.Write(i.IsSigned ? "si" : i.IsUnsigned ? "ui" : "i");
                _w.Write(i.Width);
                return;
            case FloatType f:
                _w.Write(f.Keyword);
                return;
            case IndexType:
                _w.Write("index");
                return;
            case NoneType:
                _w.Write("none");
                return;
            case OpaqueType o:
                PrintDialectSymbol('!', o.DialectNamespace, o.Data);
                return;
            case DialectType d:
                PrintDialectSymbol('!', d.Dialect.Namespace, d.AsmBody);
                return;
            case FunctionType fn:
                _w.Write('(');
                PrintTypeList(fn.Inputs);
                _w.Write(") -> ");
                var results = fn.Results;
                if (results.Length == 1 && results[0] is not FunctionType)
                {
                    PrintType(results[0]);
                }
                else
                {
                    _w.Write('(');
                    PrintTypeList(results);
                    _w.Write(')');
                }
                return;
            case ComplexType c:
                _w.Write("complex<");
                PrintType(c.ElementType);
                _w.Write('>');
                return;
            case TupleType t:
                _w.Write("tuple<");
                PrintTypeList(t.Types);
                _w.Write('>');
                return;
            case VectorType v:
            {
                _w.Write("vector<");
                var shape = v.Shape;
                var scalable = v.ScalableDims;
                for (int i = 0; i < shape.Length; i++)
                {
                    if (scalable[i])
                        _w.Write('[');
                    _w.Write(shape[i]);
                    if (scalable[i])
                        _w.Write(']');
                    _w.Write('x');
                }
                PrintType(v.ElementType);
                _w.Write('>');
                return;
            }
            case RankedTensorType rt:
                _w.Write("tensor<");
                PrintShape(rt.Shape);
                PrintType(rt.ElementType);
                if (rt.Encoding != null)
                {
                    _w.Write(", ");
                    PrintAttribute(rt.Encoding);
                }
                _w.Write('>');
                return;
            case UnrankedTensorType ut:
                _w.Write("tensor<*x");
                PrintType(ut.ElementType);
                _w.Write('>');
                return;
            case MemRefType m:
                _w.Write("memref<");
                PrintShape(m.Shape);
                PrintType(m.ElementType);
                if (m.Layout != null && !(m.Layout is AffineMapAttr am && am.Value.IsIdentity))
                {
                    _w.Write(", ");
                    PrintAttribute(m.Layout, AttrTypeElision.May);
                }
                if (m.MemorySpace != null)
                {
                    _w.Write(", ");
                    PrintAttribute(m.MemorySpace, AttrTypeElision.May);
                }
                _w.Write('>');
                return;
            case UnrankedMemRefType um:
                _w.Write("memref<*x");
                PrintType(um.ElementType);
                if (um.MemorySpace != null)
                {
                    _w.Write(", ");
                    PrintAttribute(um.MemorySpace, AttrTypeElision.May);
                }
                _w.Write('>');
                return;
            default:
                _w.Write("<<unknown type>>");
                return;
        }
    }

    private void PrintTypeList(System.ReadOnlySpan<Type> types)
    {
        for (int i = 0; i < types.Length; i++)
        {
            if (i > 0)
                _w.Write(", ");
            PrintType(types[i]);
        }
    }

    private void PrintShape(System.ReadOnlySpan<long> shape)
    {
        foreach (var d in shape)
        {
            if (d == ShapedType.Dynamic)
                _w.Write('?');
            else
                _w.Write(d);
            _w.Write('x');
        }
    }
}
