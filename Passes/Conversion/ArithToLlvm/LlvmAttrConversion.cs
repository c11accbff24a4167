using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.Llvm;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>How a one-to-one lowering carries the source op's inherent attributes over (MLIR's
/// <c>AttrConvertPassThrough</c>, <c>AttrConvertOverflowToLLVM</c>, <c>AttrConvertFastMathToLLVM</c>).</summary>
internal enum AttrConversionKind
{
    /// <summary>Every attribute, inherent or not, goes over as a discardable attribute of the llvm op.</summary>
    PassThrough,

    /// <summary><c>overflowFlags = #arith.overflow&lt;...&gt;</c> becomes the llvm op's <c>overflowFlags</c>
    /// property; the discardable attributes go over as they are.</summary>
    Overflow,

    /// <summary><c>fastmath = #arith.fastmath&lt;...&gt;</c> becomes the llvm op's <c>fastmathFlags</c> property;
    /// the discardable attributes go over as they are.</summary>
    FastMath,
}

/// <summary>Translation of arith's flag attributes to the llvm dialect's.</summary>
internal static class LlvmAttrConversion
{
    /// <summary>The name of the llvm ops' fast-math property.</summary>
    public const string FastmathFlagsName = "fastmathFlags";

    /// <summary>The name of the llvm ops' no-wrap property.</summary>
    public const string OverflowFlagsName = "overflowFlags";

    /// <summary>
    /// arith's fast-math bits (reassoc 1, nnan 2, ninf 4, nsz 8, arcp 16, contract 32, afn 64) in LLVM's order
    /// (nnan 1, ninf 2, nsz 4, arcp 8, contract 16, afn 32, reassoc 64); both spell all seven as <c>fast</c>.
    /// </summary>
    public static FastmathFlags ToLlvm(FastMathFlags flags)
    {
        var result = FastmathFlags.None;
        if ((flags & FastMathFlags.Reassoc) != 0) result |= FastmathFlags.Reassoc;
        if ((flags & FastMathFlags.Nnan) != 0) result |= FastmathFlags.Nnan;
        if ((flags & FastMathFlags.Ninf) != 0) result |= FastmathFlags.Ninf;
        if ((flags & FastMathFlags.Nsz) != 0) result |= FastmathFlags.Nsz;
        if ((flags & FastMathFlags.Arcp) != 0) result |= FastmathFlags.Arcp;
        if ((flags & FastMathFlags.Contract) != 0) result |= FastmathFlags.Contract;
        if ((flags & FastMathFlags.Afn) != 0) result |= FastmathFlags.Afn;
        return result;
    }

    /// <summary>The llvm fast-math flags of <paramref name="op"/>'s <c>fastmath</c> property; none when it has
    /// none.</summary>
    public static FastmathFlags GetFastmath(Operation op) =>
        op.GetInherentAttr("fastmath") is FastMathFlagsAttr attr ? ToLlvm(attr.Value) : FastmathFlags.None;

    /// <summary>The no-wrap bits of <paramref name="op"/>'s <c>overflowFlags</c> property (nsw 1, nuw 2, in
    /// both dialects); 0 when it has none.</summary>
    public static long GetOverflow(Operation op) =>
        op.GetInherentAttr(OverflowFlagsName) is IntegerOverflowFlagsAttr attr ? (long)attr.Value : 0;

    /// <summary>Adds the llvm <c>fastmathFlags</c> property for <paramref name="flags"/> (none is the default and
    /// is left out).</summary>
    public static void AddFastmath(List<NamedAttribute> properties, Context context, FastmathFlags flags)
    {
        if (flags != FastmathFlags.None)
            properties.Add(new NamedAttribute(FastmathFlagsName, FastmathFlagsAttr.Get(context, flags)));
    }

    /// <summary>Adds the llvm <c>overflowFlags</c> property (an i32) for <paramref name="flags"/> (0 is the
    /// default and is left out).</summary>
    public static void AddOverflow(List<NamedAttribute> properties, Context context, long flags)
    {
        if (flags != 0)
            properties.Add(new NamedAttribute(OverflowFlagsName, IntegerAttr.Get(context.I(32), flags)));
    }

    /// <summary>Fills <paramref name="state"/>'s attributes and properties from <paramref name="op"/> as
    /// <paramref name="kind"/> says.</summary>
    public static void Convert(Operation op, OperationState state, AttrConversionKind kind)
    {
        foreach (var attr in op.Attributes.Entries)
            state.Attributes.Add(attr);
        var context = op.Context;
        switch (kind)
        {
            case AttrConversionKind.PassThrough:
                if (op.Properties is DictionaryAttr inherent)
                    foreach (var attr in inherent.Entries)
                        state.Attributes.Add(attr);
                break;
            case AttrConversionKind.Overflow:
            {
                var properties = new List<NamedAttribute>(1);
                AddOverflow(properties, context, GetOverflow(op));
                SetProperties(state, context, properties);
                break;
            }
            case AttrConversionKind.FastMath:
            {
                var properties = new List<NamedAttribute>(1);
                AddFastmath(properties, context, GetFastmath(op));
                SetProperties(state, context, properties);
                break;
            }
        }
    }

    /// <summary>Sets <paramref name="state"/>'s properties to <paramref name="properties"/> (left unset when
    /// empty: the op's defaults apply).</summary>
    public static void SetProperties(OperationState state, Context context, List<NamedAttribute> properties)
    {
        if (properties.Count > 0)
            state.Properties = DictionaryAttr.Get(context, properties.ToArray());
    }
}
