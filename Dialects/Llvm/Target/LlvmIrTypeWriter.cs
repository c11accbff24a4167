using System.Collections.Generic;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm.Target;

/// <summary>
/// Spells MLIR types the way LLVM IR does (<c>!llvm.struct&lt;(ptr, i64)&gt;</c> -&gt; <c>{ ptr, i64 }</c>) and
/// collects the identified structs met on the way, whose <c>%name = type {...}</c> definitions head the module.
/// Each distinct type is spelled once and cached: types are uniqued, so the cache is keyed by reference.
/// </summary>
internal sealed class LlvmIrTypeWriter
{
    private readonly Dictionary<Type, string> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly List<LlvmStructType> _identified = new();
    private readonly HashSet<string> _identifiedNames = new();

    /// <summary>Identified structs in first-use order (their bodies may name further structs, appended as met).</summary>
    public IReadOnlyList<LlvmStructType> IdentifiedStructs => _identified;

    /// <summary>The LLVM spelling of <paramref name="type"/>; throws <see cref="TranslationException"/> for types
    /// LLVM IR lacks (index, tensors, memrefs, multi-dimensional vectors, ...).</summary>
    public string Get(Type type)
    {
        if (_cache.TryGetValue(type, out string? text))
            return text;
        var sb = new StringBuilder();
        Append(sb, type);
        text = sb.ToString();
        _cache[type] = text;
        return text;
    }

    // Recursion is over type nesting, which the parser bounds; not over IR depth.
    private void Append(StringBuilder sb, Type type)
    {
        switch (type)
        {
            case IntegerType i:
                sb.Append('i').Append(i.Width);
                return;
            case FloatType f:
                sb.Append(FloatKeyword(f));
                return;
            case LlvmPointerType p:
                sb.Append("ptr");
                if (p.AddressSpace != 0)
                    sb.Append(" addrspace(").Append(p.AddressSpace).Append(')');
                return;
            case LlvmPrimitiveType prim:
                sb.Append(prim.Keyword);
                return;
            case LlvmArrayType a:
                sb.Append('[').Append(a.NumElements).Append(" x ");
                sb.Append(Get(a.ElementType));
                sb.Append(']');
                return;
            case LlvmStructType s:
                if (s.IsIdentified)
                {
                    LlvmIrNames.AppendName(sb, '%', s.Name!);
                    if (_identifiedNames.Add(s.Name!))
                        _identified.Add(s);
                    return;
                }
                AppendStructBody(sb, s);
                return;
            case LlvmFunctionType fn:
                sb.Append(Get(fn.ReturnType)).Append(" (");
                for (int i = 0; i < fn.Params.Length; i++)
                {
                    if (i > 0)
                        sb.Append(", ");
                    sb.Append(Get(fn.Params[i]));
                }
                if (fn.IsVarArg)
                    sb.Append(fn.Params.Length > 0 ? ", ..." : "...");
                sb.Append(')');
                return;
            case VectorType v when v.Rank == 1:
                sb.Append('<');
                if (v.ScalableDims.Length == 1 && v.ScalableDims[0])
                    sb.Append("vscale x ");
                sb.Append(v.Shape[0]).Append(" x ").Append(Get(v.ElementType)).Append('>');
                return;
            default:
                throw new TranslationException(null, $"cannot be converted to LLVM IR: unsupported type '{type}'");
        }
    }

    /// <summary>The body of a struct: <c>{ i32, ptr }</c>, <c>&lt;{ i8, i32 }&gt;</c> when packed, <c>{}</c> when empty.</summary>
    public void AppendStructBody(StringBuilder sb, LlvmStructType s)
    {
        if (s.IsPacked)
            sb.Append('<');
        if (s.Body.Length == 0)
        {
            sb.Append("{}");
        }
        else
        {
            sb.Append("{ ");
            for (int i = 0; i < s.Body.Length; i++)
            {
                if (i > 0)
                    sb.Append(", ");
                sb.Append(Get(s.Body[i]));
            }
            sb.Append(" }");
        }
        if (s.IsPacked)
            sb.Append('>');
    }

    /// <summary>LLVM's keyword for a float type; throws for the small float formats LLVM IR has no type for.</summary>
    public static string FloatKeyword(FloatType f) => f.Kind switch
    {
        FloatKind.F16 => "half",
        FloatKind.BF16 => "bfloat",
        FloatKind.F32 => "float",
        FloatKind.F64 => "double",
        FloatKind.F80 => "x86_fp80",
        FloatKind.F128 => "fp128",
        _ => throw new TranslationException(null, $"cannot be converted to LLVM IR: unsupported type '{f}'"),
    };

    /// <summary>The suffix an overloaded intrinsic's name takes for <paramref name="type"/> (<c>f64</c>,
    /// <c>v4f32</c>, <c>p0</c>, <c>i32</c>).</summary>
    public static string Mangle(Type type) => type switch
    {
        IntegerType i => "i" + i.Width,
        FloatType { Kind: FloatKind.F16 } => "f16",
        FloatType { Kind: FloatKind.BF16 } => "bf16",
        FloatType { Kind: FloatKind.F32 } => "f32",
        FloatType { Kind: FloatKind.F64 } => "f64",
        FloatType { Kind: FloatKind.F80 } => "f80",
        FloatType { Kind: FloatKind.F128 } => "f128",
        LlvmPointerType p => "p" + p.AddressSpace,
        VectorType { Rank: 1 } v => (v.ScalableDims[0] ? "nxv" : "v") + v.Shape[0] + Mangle(v.ElementType),
        _ => throw new TranslationException(null, $"cannot be converted to LLVM IR: unsupported intrinsic type '{type}'"),
    };
}
