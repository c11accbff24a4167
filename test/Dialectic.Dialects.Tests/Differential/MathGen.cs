namespace Dialectic.Dialects.Tests.Differential;

/// <summary>math: every unary and binary float op with fastmath flags, fma, clampf, sincos, fpowi, the
/// classification ops and the integer ops (absi, ctlz, cttz, ctpop, ipowi).</summary>
internal sealed class MathGen : DialectGen
{
    public static readonly string[] FloatUnary =
        ["absf", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "erf", "erfc",
         "exp", "exp2", "expm1", "floor", "log", "log10", "log1p", "log2", "round", "roundeven", "rsqrt", "sin",
         "sinh", "sqrt", "tan", "tanh", "trunc"];
    public static readonly string[] FloatBinary = ["atan2", "copysign", "powf"];
    public static readonly string[] Classify = ["isfinite", "isinf", "isnan", "isnormal"];
    public static readonly string[] IntUnary = ["absi", "ctlz", "cttz", "ctpop"];

    public override GenDialects Dialect => GenDialects.Math;

    public override int Weight => 12;

    public override void Emit(GenContext ctx)
    {
        string r = ctx.Fresh();
        switch (ctx.Next(10))
        {
            case 0:
            case 1:
            case 2:
            {
                GenType t = ctx.Types.FloatLike();
                string x = ctx.Use(t);
                ctx.Line($"{r} = math.{ctx.Pick(FloatUnary)} {x}{ArithGen.FastMath(ctx)} : {t}");
                ctx.Bind(r, t);
                break;
            }
            case 3:
            {
                GenType t = ctx.Types.FloatLike();
                string a = ctx.Use(t), b = ctx.Use(t);
                ctx.Line($"{r} = math.{ctx.Pick(FloatBinary)} {a}, {b}{ArithGen.FastMath(ctx)} : {t}");
                ctx.Bind(r, t);
                break;
            }
            case 4:
            {
                GenType t = ctx.Types.FloatLike();
                string a = ctx.Use(t), b = ctx.Use(t), c = ctx.Use(t);
                if (ctx.Chance(2))
                    ctx.Line($"{r} = math.fma {a}, {b}, {c}{ArithGen.FastMath(ctx)} : {t}");
                else
                    ctx.Line($"{r} = math.clampf {a} to [{b}, {c}]{ArithGen.FastMath(ctx)} : {t}");
                ctx.Bind(r, t);
                break;
            }
            case 5:
            {
                GenType t = ctx.Types.FloatLike();
                string x = ctx.Use(t);
                string lhs = ctx.BindResults(r, [t, t]);
                ctx.Line($"{lhs}math.sincos {x}{ArithGen.FastMath(ctx)} : {t}");
                break;
            }
            case 6:
            {
                GenType t = ctx.Types.FloatLike();
                GenType p = t.WithElement(ctx.Types.IntScalar());
                string a = ctx.Use(t), b = ctx.Use(p);
                ctx.Line($"{r} = math.fpowi {a}, {b}{ArithGen.FastMath(ctx)} : {t}, {p}");
                ctx.Bind(r, t);
                break;
            }
            case 7:
            {
                GenType t = ctx.Types.FloatLike();
                string x = ctx.Use(t);
                ctx.Line($"{r} = math.{ctx.Pick(Classify)} {x} : {t}");
                ctx.Bind(r, TypeChooser.BoolLike(t));
                break;
            }
            case 8:
            {
                GenType t = ctx.Types.IntLike(allowIndex: false);
                string x = ctx.Use(t);
                ctx.Line($"{r} = math.{ctx.Pick(IntUnary)} {x} : {t}");
                ctx.Bind(r, t);
                break;
            }
            default:
            {
                GenType t = ctx.Types.IntLike(allowIndex: false);
                string a = ctx.Use(t), b = ctx.Use(t);
                ctx.Line($"{r} = math.ipowi {a}, {b} : {t}");
                ctx.Bind(r, t);
                break;
            }
        }
    }
}
