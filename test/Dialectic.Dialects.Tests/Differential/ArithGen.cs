using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// arith: every operation (binary integer ops with overflow and exact flags, float ops with fastmath, all cmpi and
/// cmpf predicates, extended ops, select, every cast with its flags and rounding modes, scaling casts) and
/// constants of every integer width, float type, index, vectors and tensors.
/// </summary>
internal sealed class ArithGen : DialectGen
{
    public static readonly string[] OverflowBinary = ["addi", "subi", "muli", "shli"];
    public static readonly string[] ExactBinary = ["divui", "divsi", "shrui", "shrsi"];
    public static readonly string[] PlainIntBinary =
        ["ceildivui", "ceildivsi", "floordivsi", "remui", "remsi", "andi", "ori", "xori", "maxsi", "maxui",
         "minsi", "minui"];
    public static readonly string[] FloatBinary =
        ["addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf", "minnumf"];
    public static readonly string[] CmpIPredicates = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];
    public static readonly string[] CmpFPredicates =
        ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno",
         "true"];
    public static readonly string[] FastMathFlags = ["reassoc", "nnan", "ninf", "nsz", "arcp", "contract", "afn"];
    public static readonly string[] RoundingModes =
        ["to_nearest_even", "downward", "upward", "toward_zero", "to_nearest_away"];

    public override GenDialects Dialect => GenDialects.Arith;

    public override int Weight => 30;

    public override void Emit(GenContext ctx)
    {
        switch (ctx.Next(14))
        {
            case 0:
            case 1:
                EmitIntBinary(ctx);
                break;
            case 2:
            case 3:
                EmitFloatBinary(ctx);
                break;
            case 4:
                EmitCmpI(ctx);
                break;
            case 5:
                EmitCmpF(ctx);
                break;
            case 6:
                EmitExtended(ctx);
                break;
            case 7:
                EmitSelect(ctx);
                break;
            case 8:
            case 9:
            case 10:
                EmitCast(ctx);
                break;
            case 11:
                EmitNegF(ctx);
                break;
            default:
                EmitConstant(ctx, RandomConstantType(ctx));
                break;
        }
    }

    public override string? TryMaterialize(GenContext ctx, GenType type)
    {
        if (type.IsMemRef || (type.IsVectorOrTensor && !type.HasStaticShape))
            return null;
        return EmitConstant(ctx, type);
    }

    /// <summary><c>fastmath&lt;...&gt;</c> with a random flag set (sometimes none, which prints nothing), with
    /// its leading space, or "".</summary>
    public static string FastMath(GenContext ctx)
    {
        if (!ctx.Chance(3))
            return "";
        if (ctx.Chance(6))
            return " fastmath<fast>";
        if (ctx.Chance(8))
            return " fastmath<none>";
        var flags = new List<string>();
        foreach (string f in FastMathFlags)
        {
            if (ctx.Chance(3))
                flags.Add(f);
        }
        if (flags.Count == 0)
            flags.Add(ctx.Pick(FastMathFlags));
        return " fastmath<" + string.Join(ctx.Chance(2) ? "," : ", ", flags) + ">";
    }

    private static string Overflow(GenContext ctx) => ctx.Next(6) switch
    {
        0 => " overflow<nsw>",
        1 => " overflow<nuw>",
        2 => " overflow<nsw, nuw>",
        3 when ctx.Chance(3) => " overflow<none>",
        _ => "",
    };


    private static void EmitIntBinary(GenContext ctx)
    {
        GenType t = ctx.Types.IntLike();
        int kind = ctx.Next(3);
        string op = kind == 0 ? ctx.Pick(OverflowBinary) : kind == 1 ? ctx.Pick(ExactBinary) : ctx.Pick(PlainIntBinary);
        string flags = kind == 0 ? Overflow(ctx) : kind == 1 && ctx.Chance(3) ? " exact" : "";
        string lhs = ctx.Use(t), rhs = ctx.Use(t);
        string r = ctx.Fresh();
        ctx.Line($"{r} = arith.{op} {lhs}, {rhs}{flags}{ctx.AttrDict(12)} : {t}");
        ctx.Bind(r, t);
    }

    private static void EmitFloatBinary(GenContext ctx)
    {
        GenType t = ctx.Types.FloatLike();
        string op = ctx.Pick(FloatBinary);
        string lhs = ctx.Use(t), rhs = ctx.Use(t);
        string r = ctx.Fresh();
        ctx.Line($"{r} = arith.{op} {lhs}, {rhs}{FastMath(ctx)}{ctx.AttrDict(12)} : {t}");
        ctx.Bind(r, t);
    }

    private static void EmitNegF(GenContext ctx)
    {
        GenType t = ctx.Types.FloatLike();
        string x = ctx.Use(t);
        string r = ctx.Fresh();
        ctx.Line($"{r} = arith.negf {x}{FastMath(ctx)} : {t}");
        ctx.Bind(r, t);
    }

    // A predicate keyword, sometimes written as a string (which the parsers accept too).
    private static string Predicate(GenContext ctx, string[] predicates)
    {
        string p = ctx.Pick(predicates);
        return ctx.Chance(10) ? "\"" + p + "\"" : p;
    }

    private static void EmitCmpI(GenContext ctx)
    {
        GenType t = ctx.Types.IntLike();
        string lhs = ctx.Use(t), rhs = ctx.Use(t);
        string r = ctx.Fresh();
        ctx.Line($"{r} = arith.cmpi {Predicate(ctx, CmpIPredicates)}, {lhs}, {rhs}{ctx.AttrDict(12)} : {t}");
        ctx.Bind(r, TypeChooser.BoolLike(t));
    }

    private static void EmitCmpF(GenContext ctx)
    {
        GenType t = ctx.Types.FloatLike();
        string lhs = ctx.Use(t), rhs = ctx.Use(t);
        string r = ctx.Fresh();
        ctx.Line($"{r} = arith.cmpf {Predicate(ctx, CmpFPredicates)}, {lhs}, {rhs}{FastMath(ctx)} : {t}");
        ctx.Bind(r, TypeChooser.BoolLike(t));
    }

    private static void EmitExtended(GenContext ctx)
    {
        GenType t = ctx.Types.IntLike();
        string lhs = ctx.Use(t), rhs = ctx.Use(t);
        string r = ctx.Fresh();
        switch (ctx.Next(3))
        {
            case 0:
            {
                GenType b = TypeChooser.BoolLike(t);
                string lhsText = ctx.BindResults(r, [t, b]);
                ctx.Line($"{lhsText}arith.addui_extended {lhs}, {rhs} : {t}, {b}");
                break;
            }
            default:
            {
                string op = ctx.Chance(2) ? "mulsi_extended" : "mului_extended";
                string lhsText = ctx.BindResults(r, [t, t]);
                ctx.Line($"{lhsText}arith.{op} {lhs}, {rhs} : {t}");
                break;
            }
        }
    }

    private static void EmitSelect(GenContext ctx)
    {
        GenType t = ctx.Next(4) switch
        {
            0 => ctx.Types.FloatLike(),
            1 when ctx.Has(GenDialects.MemRef) => ctx.Types.MemRefType(),
            _ => ctx.Types.IntLike(),
        };
        bool shapedCondition = t.IsVectorOrTensor && ctx.Chance(2);
        GenType ct = shapedCondition ? TypeChooser.BoolLike(t) : GenType.I1;
        string c = ctx.Use(ct), a = ctx.Use(t), b = ctx.Use(t);
        string r = ctx.Fresh();
        string types = shapedCondition ? ct + ", " + t : t.Text;
        ctx.Line($"{r} = arith.select {c}, {a}, {b}{ctx.AttrDict()} : {types}");
        ctx.Bind(r, t);
    }

    private static void EmitCast(GenContext ctx)
    {
        // A container shape shared by source and result.
        GenType shapeOf = ctx.Types.Container(GenType.I32);
        string r = ctx.Fresh();
        switch (ctx.Next(9))
        {
            case 0:
            {
                // extui / extsi / trunci between integer widths
                int a = ctx.Types.IntScalar().Width, b = ctx.Types.IntScalar().Width;
                if (a == b)
                    b = a == 64 ? 16 : 64;
                GenType from = shapeOf.WithElement(GenType.Int(a)), to = shapeOf.WithElement(GenType.Int(b));
                string x = ctx.Use(from);
                string op = a < b ? (ctx.Chance(2) ? "extui" : "extsi") : "trunci";
                string flags = op == "trunci" ? Overflow(ctx) : "";
                ctx.Line($"{r} = arith.{op} {x}{flags} : {from} to {to}");
                ctx.Bind(r, to);
                break;
            }
            case 1:
            {
                // extf / truncf between float types of different widths
                var (fromF, toF) = TwoFloatsOfDifferentWidth(ctx);
                GenType from = shapeOf.WithElement(fromF), to = shapeOf.WithElement(toF);
                string x = ctx.Use(from);
                if (fromF.Width < toF.Width)
                {
                    ctx.Line($"{r} = arith.extf {x}{FastMath(ctx)} : {from} to {to}");
                }
                else
                {
                    string mode = ctx.Chance(2) ? " " + ctx.Pick(RoundingModes) : "";
                    ctx.Line($"{r} = arith.truncf {x}{mode}{FastMath(ctx)} : {from} to {to}");
                }
                ctx.Bind(r, to);
                break;
            }
            case 2:
            case 3:
            {
                GenType from = shapeOf.WithElement(ctx.Types.IntScalar()), to = shapeOf.WithElement(ctx.Types.FloatScalar());
                string x = ctx.Use(from);
                ctx.Line($"{r} = arith.{(ctx.Chance(2) ? "sitofp" : "uitofp")} {x} : {from} to {to}");
                ctx.Bind(r, to);
                break;
            }
            case 4:
            {
                GenType from = shapeOf.WithElement(ctx.Types.FloatScalar()), to = shapeOf.WithElement(ctx.Types.IntScalar());
                string x = ctx.Use(from);
                ctx.Line($"{r} = arith.{(ctx.Chance(2) ? "fptosi" : "fptoui")} {x} : {from} to {to}");
                ctx.Bind(r, to);
                break;
            }
            case 5:
            case 6:
            {
                GenType i = shapeOf.WithElement(ctx.Types.IntScalar()), idx = shapeOf.WithElement(GenType.IndexType);
                bool toIndex = ctx.Chance(2);
                GenType from = toIndex ? i : idx, to = toIndex ? idx : i;
                string x = ctx.Use(from);
                ctx.Line($"{r} = arith.{(ctx.Chance(2) ? "index_cast" : "index_castui")} {x} : {from} to {to}");
                ctx.Bind(r, to);
                break;
            }
            case 7:
            {
                (GenType a, GenType b) = ctx.Next(5) switch
                {
                    0 => (GenType.Int(16), GenType.Float("f16", 16)),
                    1 => (GenType.Int(16), GenType.Float("bf16", 16)),
                    2 => (GenType.Int(64), GenType.Float("f64", 64)),
                    3 => (GenType.Float("f16", 16), GenType.Float("bf16", 16)),
                    _ => (GenType.I32, GenType.F32),
                };
                if (ctx.Chance(2))
                    (a, b) = (b, a);
                GenType from = shapeOf.WithElement(a), to = shapeOf.WithElement(b);
                string x = ctx.Use(from);
                ctx.Line($"{r} = arith.bitcast {x} : {from} to {to}");
                ctx.Bind(r, to);
                break;
            }
            default:
                EmitScalingCast(ctx, shapeOf, r);
                break;
        }
    }

    private static void EmitScalingCast(GenContext ctx, GenType shapeOf, string r)
    {
        // scaling_extf: narrow input, f8E8M0FNU scale, wider result; scaling_truncf the other way.
        GenType scale = shapeOf.WithElement(GenType.Float("f8E8M0FNU", 8));
        GenType narrow = shapeOf.WithElement(ctx.Chance(2) ? GenType.Float("f4E2M1FN", 4) : GenType.Float("f8E4M3FN", 8));
        GenType wide = shapeOf.WithElement(ctx.Chance(2) ? GenType.F32 : GenType.Float("bf16", 16));
        string s = ctx.Use(scale);
        if (ctx.Chance(2))
        {
            string x = ctx.Use(narrow);
            ctx.Line($"{r} = arith.scaling_extf {x}, {s}{FastMath(ctx)} : {narrow}, {scale} to {wide}");
            ctx.Bind(r, wide);
        }
        else
        {
            string x = ctx.Use(wide);
            string mode = ctx.Chance(2) ? " " + ctx.Pick(RoundingModes) : "";
            ctx.Line($"{r} = arith.scaling_truncf {x}, {s}{mode}{FastMath(ctx)} : {wide}, {scale} to {narrow}");
            ctx.Bind(r, narrow);
        }
    }

    private static (GenType From, GenType To) TwoFloatsOfDifferentWidth(GenContext ctx)
    {
        var all = new List<(string Name, int Width)>(TypeChooser.AllFloats);
        while (true)
        {
            var a = ctx.Pick(all);
            var b = ctx.Pick(all);
            if (a.Width != b.Width)
                return (GenType.Float(a.Name, a.Width), GenType.Float(b.Name, b.Width));
        }
    }

    // Constants of every width, odd ones included.
    private static readonly int[] ConstantWidths = [1, 2, 3, 5, 8, 16, 24, 32, 48, 64, 128];

    private static GenType RandomConstantType(GenContext ctx)
    {
        GenType scalar = ctx.Next(5) switch
        {
            0 => GenType.IndexType,
            1 or 2 => ctx.Types.FloatScalar(),
            _ => ctx.Chance(3) ? GenType.Int(ctx.Pick(ConstantWidths)) : ctx.Types.IntScalar(),
        };
        GenType t = ctx.Types.Container(scalar);
        return t.IsVectorOrTensor && !t.HasStaticShape ? scalar : t;
    }

    /// <summary>Emits <c>arith.constant</c> of <paramref name="type"/> (scalar or static vector/tensor) and
    /// returns its name.</summary>
    public static string EmitConstant(GenContext ctx, GenType type)
    {
        string value;
        if (type.IsScalar)
        {
            value = ScalarLiteral(ctx, type, typed: true);
        }
        else
        {
            value = "dense<" + DenseBody(ctx, type) + "> : " + type.Text;
        }
        string r = ctx.Fresh("c");
        ctx.Line($"{r} = arith.constant {value}");
        return ctx.Bind(r, type);
    }

    private static string DenseBody(GenContext ctx, GenType type)
    {
        GenType e = type.Element!;
        // Scalable vectors only take splats.
        if (ctx.Chance(3) || type.NumElements > 24 || type.Scalable != null)
            return ScalarLiteral(ctx, e, typed: false);
        var sb = new StringBuilder();
        AppendNested(ctx, sb, type.Shape, 0, e);
        return sb.ToString();
    }

    private static void AppendNested(GenContext ctx, StringBuilder sb, long[] shape, int dim, GenType e)
    {
        if (dim == shape.Length)
        {
            sb.Append(ScalarLiteral(ctx, e, typed: false));
            return;
        }
        sb.Append('[');
        for (long i = 0; i < shape[dim]; i++)
        {
            if (i > 0)
                sb.Append(", ");
            AppendNested(ctx, sb, shape, dim + 1, e);
        }
        sb.Append(']');
    }

    /// <summary>A literal of scalar type <paramref name="t"/>, with <c>: type</c> when <paramref name="typed"/>
    /// (<c>true</c> and <c>false</c> for i1 need none).</summary>
    public static string ScalarLiteral(GenContext ctx, GenType t, bool typed)
    {
        string suffix = typed ? " : " + t.Text : "";
        if (t.IsIndex)
        {
            long v = ctx.Next(5) switch { 0 => 0, 1 => 1, 2 => -1, 3 => ctx.Next(2, 100), _ => ctx.Next(-1000, 1000) };
            return GenContext.Num(v) + suffix;
        }
        if (t.IsInteger)
        {
            if (t.Width == 1 && ctx.Chance(2))
                return ctx.Chance(2) ? "true" : "false";
            BigInteger value = IntLiteral(ctx, t.Width);
            // Hexadecimal literals are accepted for non-negative values.
            if (value.Sign > 0 && t.Width >= 8 && ctx.Chance(8))
                return "0x" + value.ToString("X", System.Globalization.CultureInfo.InvariantCulture).TrimStart('0') + suffix;
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
        }
        return FloatLiteral(ctx, t) + suffix;
    }

    private static BigInteger IntLiteral(GenContext ctx, int width)
    {
        BigInteger min = width == 1 ? 0 : -(BigInteger.One << (width - 1));
        BigInteger max = width == 1 ? 1 : (BigInteger.One << (width - 1)) - 1;
        switch (ctx.Next(7))
        {
            case 0:
                return min;
            case 1:
                return max;
            case 2:
                return BigInteger.Min(max, BigInteger.Max(min, ctx.Next(-3, 4)));
            case 3:
                return BigInteger.Min(max, BigInteger.Max(min, ctx.Next(-300, 300)));
        }
        byte[] bytes = new byte[width / 8 + 2];
        ctx.Rng.NextBytes(bytes);
        bytes[^1] = 0;
        BigInteger span = max - min + 1;
        return min + new BigInteger(bytes) % span;
    }

    private static readonly string[] DecimalFloats =
        ["0.0", "-0.0", "1.0", "-1.0", "0.5", "2.5", "-3.75", "3.14159", "1.0e+10", "1.0e-05", "100.0", "6.5e+02",
         "0.1", "1.5"];

    private static string FloatLiteral(GenContext ctx, GenType t)
    {
        // Hex bit patterns (NaN payloads, infinities, denormals) are only written for types whose width is a
        // whole number of hex digits.
        if (t.Width % 4 == 0 && t.Width <= 64 && ctx.Chance(4))
        {
            byte[] bytes = new byte[8];
            ctx.Rng.NextBytes(bytes);
            ulong bits = System.BitConverter.ToUInt64(bytes);
            if (t.Width < 64)
                bits &= (1UL << t.Width) - 1;
            return "0x" + bits.ToString("X" + (t.Width / 4), System.Globalization.CultureInfo.InvariantCulture);
        }
        if (t.FloatName == "f8E8M0FNU")
            return ctx.Pick(new[] { "1.0", "2.0", "0.5", "4.0" });
        if (t.Width <= 8)
            return ctx.Pick(new[] { "0.0", "1.0", "-2.0", "0.5", "1.5" });
        return ctx.Pick(DecimalFloats);
    }
}
