using System.Collections.Generic;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Llvm.Target;

/// <summary>
/// Maps <c>llvm.intr.*</c> ops to calls of LLVM intrinsics: the mangled name (<c>llvm.fma.f64</c>,
/// <c>llvm.memcpy.p0.p0.i64</c>, <c>llvm.powi.f32.i32</c>) and the immediate arguments that ops hold as
/// properties (<c>i1 false</c> for <c>is_zero_poison</c>, <c>isVolatile</c>, ...). Collects one <c>declare</c> per
/// intrinsic used, in first-use order.
/// </summary>
internal sealed class LlvmIrIntrinsics
{
    private readonly Dictionary<string, string> _declared = new();
    private readonly List<string> _declarations = new();

    /// <summary>The <c>declare</c> lines of the intrinsics used so far.</summary>
    public IReadOnlyList<string> Declarations => _declarations;

    /// <summary>
    /// The intrinsic <paramref name="op"/> calls (its name without <c>@</c>) and the immediate arguments to append
    /// after its operands (typed, e.g. <c>i1 false</c>). <paramref name="mnemonic"/> is the part after <c>intr.</c>.
    /// </summary>
    public string Resolve(Operation op, string mnemonic, List<string> immediates)
    {
        switch (mnemonic)
        {
            case "abs":
                immediates.Add("i1 " + Flag(op, "is_int_min_poison"));
                return "llvm.abs." + ResultSuffix(op);
            case "ctlz":
            case "cttz":
                immediates.Add("i1 " + Flag(op, "is_zero_poison"));
                return "llvm." + mnemonic + "." + ResultSuffix(op);
            case "powi":
                return "llvm.powi." + ResultSuffix(op) + "." + LlvmIrTypeWriter.Mangle(op.GetOperand(1).Type);
            case "memcpy":
            case "memmove":
                immediates.Add("i1 " + Flag(op, "isVolatile"));
                return "llvm." + mnemonic + "." + LlvmIrTypeWriter.Mangle(op.GetOperand(0).Type) + "."
                    + LlvmIrTypeWriter.Mangle(op.GetOperand(1).Type) + "." + LlvmIrTypeWriter.Mangle(op.GetOperand(2).Type);
            case "memset":
                immediates.Add("i1 " + Flag(op, "isVolatile"));
                return "llvm.memset." + LlvmIrTypeWriter.Mangle(op.GetOperand(0).Type) + "."
                    + LlvmIrTypeWriter.Mangle(op.GetOperand(2).Type);
            case "uadd.with.overflow":
            case "sadd.with.overflow":
            case "usub.with.overflow":
            case "ssub.with.overflow":
            case "umul.with.overflow":
            case "smul.with.overflow":
            case "stackrestore":
                // Overloaded on the first operand's type: the result is a struct ({i32, i1}) or there is none.
                return "llvm." + mnemonic + "." + LlvmIrTypeWriter.Mangle(op.GetOperand(0).Type);
            case "is.fpclass":
                immediates.Add("i32 " + Immediate(op, "bit"));
                return "llvm.is.fpclass." + LlvmIrTypeWriter.Mangle(op.GetOperand(0).Type);
            default:
                // Every other intrinsic of the dialect is overloaded on its result type alone (llvm.sqrt.f64,
                // llvm.smax.v4i32, llvm.vscale.i64).
                if (op.NumResults == 0)
                    return "llvm." + mnemonic;
                return "llvm." + mnemonic + "." + ResultSuffix(op);
        }
    }

    /// <summary>Records the declaration of intrinsic <paramref name="name"/> called with these types.</summary>
    public void Declare(string name, string resultType, IReadOnlyList<string> paramTypes)
    {
        if (_declared.ContainsKey(name))
            return;
        var sb = new StringBuilder("declare ");
        sb.Append(resultType).Append(' ');
        LlvmIrNames.AppendName(sb, '@', name);
        sb.Append('(');
        for (int i = 0; i < paramTypes.Count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(paramTypes[i]);
        }
        sb.Append(')');
        _declared[name] = sb.ToString();
        _declarations.Add(sb.ToString());
    }

    private static string ResultSuffix(Operation op) => LlvmIrTypeWriter.Mangle(op.GetResult(0).Type);

    /// <summary>An integer immediate held as a property, in decimal (absent: 0).</summary>
    private static string Immediate(Operation op, string name) => op.GetInherentAttr(name) switch
    {
        IntegerAttr i => i.SignedValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "0",
    };

    /// <summary>An i1 immediate held as a property (absent: false).</summary>
    private static string Flag(Operation op, string name) => op.GetInherentAttr(name) switch
    {
        IntegerAttr { IsZero: false } => "true",
        UnitAttr => "true",
        _ => "false",
    };
}
