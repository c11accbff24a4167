namespace Dialectic.Dialects.Tests.Differential;

/// <summary>index: every binary operation, cmp with every predicate, constant, bool.constant, casts and
/// sizeof.</summary>
internal sealed class IndexGen : DialectGen
{
    public static readonly string[] Binary =
        ["add", "sub", "mul", "divs", "divu", "ceildivs", "ceildivu", "floordivs", "rems", "remu", "maxs", "maxu",
         "mins", "minu", "shl", "shrs", "shru", "and", "or", "xor"];
    public static readonly string[] Predicates = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];

    public override GenDialects Dialect => GenDialects.Index;

    public override int Weight => 10;

    public override void Emit(GenContext ctx)
    {
        GenType index = GenType.IndexType;
        string r = ctx.Fresh();
        switch (ctx.Next(8))
        {
            case 0:
            case 1:
            case 2:
            {
                string a = ctx.Use(index), b = ctx.Use(index);
                ctx.Line($"{r} = index.{ctx.Pick(Binary)} {a}, {b}");
                ctx.Bind(r, index);
                break;
            }
            case 3:
            {
                string a = ctx.Use(index), b = ctx.Use(index);
                ctx.Line($"{r} = index.cmp {ctx.Pick(Predicates)}({a}, {b})");
                ctx.Bind(r, GenType.I1);
                break;
            }
            case 4:
                EmitConstant(ctx);
                break;
            case 5:
                ctx.Line($"{r} = index.bool.constant {(ctx.Chance(2) ? "true" : "false")}");
                ctx.Bind(r, GenType.I1);
                break;
            case 6:
            {
                GenType i = ctx.Types.IntScalar();
                bool toIndex = ctx.Chance(2);
                string op = ctx.Chance(2) ? "casts" : "castu";
                if (toIndex)
                {
                    string x = ctx.Use(i);
                    ctx.Line($"{r} = index.{op} {x} : {i} to index");
                    ctx.Bind(r, index);
                }
                else
                {
                    string x = ctx.Use(index);
                    ctx.Line($"{r} = index.{op} {x} : index to {i}");
                    ctx.Bind(r, i);
                }
                break;
            }
            default:
                ctx.Line($"{r} = index.sizeof");
                ctx.Bind(r, index);
                break;
        }
    }

    public override string? TryMaterialize(GenContext ctx, GenType type)
    {
        if (type.IsIndex)
            return EmitConstant(ctx);
        if (type.Equals(GenType.I1))
        {
            string r = ctx.Fresh("b");
            ctx.Line($"{r} = index.bool.constant {(ctx.Chance(2) ? "true" : "false")}");
            return ctx.Bind(r, GenType.I1);
        }
        return null;
    }

    private static string EmitConstant(GenContext ctx)
    {
        string r = ctx.Fresh("idx");
        long v = ctx.Next(4) switch { 0 => 0, 1 => ctx.Next(1, 10), 2 => -ctx.Next(1, 100), _ => ctx.Next(0, 1 << 20) };
        ctx.Line($"{r} = index.constant {GenContext.Num(v)}");
        return ctx.Bind(r, GenType.IndexType);
    }
}
