using System;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>Integer and index arithmetic, comparisons, selects, casts and integer math ops.</summary>
internal sealed partial class ExecProgramGenerator
{
    private static readonly string[] BinaryOps =
        ["addi", "subi", "muli", "andi", "ori", "xori", "minsi", "maxsi", "minui", "maxui"];

    private static readonly string[] DivOps =
        ["divui", "remui", "ceildivui", "divsi", "remsi", "ceildivsi", "floordivsi"];

    private static readonly string[] ShiftOps = ["shli", "shrui", "shrsi"];

    private static readonly string[] IntPredicates =
        ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];

    private ExecType PickIntOrIndex() => _w.Chance(0.2) ? ExecType.Index : PickIntType();

    private void GenIntOp()
    {
        var t = PickIntOrIndex();
        switch (Rng.Next(12))
        {
            case 0:
            case 1:
            case 2:
            case 3:
                Binary(Pick(BinaryOps), _w.Operand(t), _w.Operand(t));
                break;
            case 4:
            case 5:
                Division(Pick(DivOps), _w.Operand(t), t);
                break;
            case 6:
                Shift(Pick(ShiftOps), _w.Operand(t));
                break;
            case 7:
            case 8:
                Compare(_w.Operand(t), _w.Operand(t));
                break;
            case 9:
                Select(_w.Operand(t), _w.Operand(t));
                break;
            default:
                if (t.IsIndex)
                    Binary(Pick(BinaryOps), _w.Operand(t), _w.Operand(t));
                else
                    IntMath(_w.Operand(t));
                break;
        }
    }

    private string Pick(string[] items) => items[Rng.Next(items.Length)];

    /// <summary>A binary integer op; adds <c>nsw</c>/<c>nuw</c> to additions and multiplications whose operand
    /// bounds rule out overflow.</summary>
    private ExecValue Binary(string op, ExecValue a, ExecValue b)
    {
        var t = a.Type;
        ulong signLimit = t.Width == 1 ? 0 : 1UL << (t.Width - 1); // results below this are non-negative
        ulong uMax = t.Mask;
        string flags = "";
        switch (op)
        {
            case "addi":
            {
                UInt128 sum = (UInt128)a.UMax + b.UMax;
                if (sum <= t.Mask)
                    uMax = (ulong)sum;
                if (sum < signLimit && _w.Chance(0.5))
                    flags = Pick(["nsw", "nuw", "nsw, nuw"]);
                break;
            }
            case "muli":
            {
                UInt128 product = (UInt128)a.UMax * b.UMax;
                if (product <= t.Mask)
                    uMax = (ulong)product;
                if (product < signLimit && _w.Chance(0.5))
                    flags = Pick(["nsw", "nuw", "nsw, nuw"]);
                break;
            }
            case "andi":
            case "minui":
                uMax = System.Math.Min(a.UMax, b.UMax);
                break;
            case "ori":
            case "xori":
                uMax = AllOnesUpTo(System.Math.Max(a.UMax, b.UMax));
                break;
            case "maxui":
                uMax = System.Math.Max(a.UMax, b.UMax);
                break;
            case "minsi":
            case "maxsi":
                if (a.NonNegative && b.NonNegative)
                    uMax = System.Math.Max(a.UMax, b.UMax);
                break;
        }
        string f = flags.Length == 0 ? "" : " overflow<" + flags + ">";
        return _w.Def("arith." + op + " " + a.Name + ", " + b.Name + f + " : " + t.Text, t, uMax, 0);
    }

    /// <summary>The smallest all-ones number at least <paramref name="x"/>.</summary>
    private static ulong AllOnesUpTo(ulong x)
    {
        ulong r = x;
        for (int s = 1; s < 64; s <<= 1)
            r |= r >> s;
        return r;
    }

    /// <summary>A division or remainder whose divisor is never zero, and for signed ops never -1 (so
    /// <c>INT_MIN / -1</c> cannot happen).</summary>
    private ExecValue Division(string op, ExecValue a, ExecType t)
    {
        bool signed = op.EndsWith("si", StringComparison.Ordinal);
        if (signed && t.Width < 2)
        {
            // No positive divisor exists in i1 (1 is -1): use the unsigned form.
            op = op switch { "remsi" => "remui", "ceildivsi" => "ceildivui", _ => "divui" };
            signed = false;
        }
        ExecValue d;
        if (_w.Chance(0.45))
        {
            long c;
            if (!signed)
                c = _w.Chance(0.15) ? -1 /* all ones: the largest unsigned divisor */ : 1 + Rng.Next(MaxPositive(t, 40));
            else if (t.Width >= 3 && _w.Chance(0.3))
                c = -2 - Rng.Next(MaxPositive(t, 40) - 1); // negative, never -1
            else
                c = 1 + Rng.Next(MaxPositive(t, 40));
            d = _w.IntConst(t, c);
        }
        else
        {
            var b = _w.Operand(t);
            var one = _w.IntConst(t, 1, register: false);
            if (signed)
            {
                // (b >> 1) | 1: the sign bit is clear and the value is odd, so positive.
                var half = _w.Def("arith.shrui " + b.Name + ", " + one.Name + " : " + t.Text, t, b.UMax >> 1, 0,
                    register: false);
                d = _w.Def("arith.ori " + half.Name + ", " + one.Name + " : " + t.Text, t, half.UMax | 1, 0);
            }
            else
            {
                d = _w.Def("arith.ori " + b.Name + ", " + one.Name + " : " + t.Text, t, b.UMax | 1, 0);
            }
        }
        ulong uMax = op switch
        {
            "divui" or "ceildivui" => a.UMax,
            "remui" => System.Math.Min(a.UMax, d.UMax - 1),
            _ => t.Mask,
        };
        return _w.Def("arith." + op + " " + a.Name + ", " + d.Name + " : " + t.Text, t, uMax, 0);
    }

    /// <summary>Largest positive signed value of <paramref name="t"/>, capped at <paramref name="cap"/>.</summary>
    private static int MaxPositive(ExecType t, int cap) =>
        t.Width >= 32 ? cap : (int)System.Math.Min(cap, (1L << (t.Width - 1)) - 1);

    /// <summary>A shift whose amount is always below the width.</summary>
    private ExecValue Shift(string op, ExecValue a)
    {
        var t = a.Type;
        ExecValue amount;
        if (t.Width == 1 || _w.Chance(0.5))
        {
            amount = _w.IntConst(t, t.Width == 1 ? 0 : Rng.Next(t.Width));
        }
        else
        {
            var b = _w.Operand(t);
            bool pow2 = (t.Width & (t.Width - 1)) == 0;
            var c = _w.IntConst(t, pow2 ? t.Width - 1 : t.Width, register: false);
            amount = _w.Def("arith." + (pow2 ? "andi " : "remui ") + b.Name + ", " + c.Name + " : " + t.Text, t,
                (ulong)t.Width - 1, 0);
        }
        ulong uMax = op == "shrui" ? a.UMax : t.Mask;
        return _w.Def("arith." + op + " " + a.Name + ", " + amount.Name + " : " + t.Text, t, uMax, 0);
    }

    private ExecValue Compare(ExecValue a, ExecValue b)
    {
        if (a.Type.IsFloat)
            return FloatCompare(a, b);
        return _w.Def("arith.cmpi " + Pick(IntPredicates) + ", " + a.Name + ", " + b.Name + " : " + a.Type.Text,
            ExecType.I1, 1, 0);
    }

    /// <summary>A condition: a visible i1, a constant, or a fresh comparison.</summary>
    private ExecValue Condition()
    {
        int roll = Rng.Next(10);
        if (roll < 2)
            return _w.IntConst(ExecType.I1, Rng.Next(2));
        var visible = _w.Visible(ExecType.I1);
        if (roll < 5 && visible.Count > 0)
            return _w.Pick(visible);
        var t = PickType();
        return Compare(_w.Operand(t), _w.Operand(t));
    }

    private ExecValue Select(ExecValue a, ExecValue b)
    {
        var c = Condition();
        var t = a.Type;
        return _w.Def("arith.select " + c.Name + ", " + a.Name + ", " + b.Name + " : " + t.Text, t,
            System.Math.Max(a.UMax, b.UMax), System.Math.Max(a.Bound, b.Bound));
    }

    private ExecValue IntMath(ExecValue a)
    {
        var t = a.Type;
        string op = Pick(["absi", "ctlz", "cttz", "ctpop"]);
        ulong uMax = op == "absi" ? t.Mask : (ulong)t.Width;
        return _w.Def("math." + op + " " + a.Name + " : " + t.Text, t, uMax, 0);
    }

    /// <summary>Integer casts: extensions, truncations, index casts, and int/float conversions.</summary>
    private void GenCast()
    {
        int roll = Rng.Next(10);
        if (roll < 2)
        {
            IntToFloat(_w.Operand(PickIntType()), PickFloatType());
            return;
        }
        if (roll < 4)
        {
            FloatToInt(_w.Operand(PickFloatType()), PickIntType());
            return;
        }
        if (roll < 6)
        {
            var a = _w.Operand(PickIntOrIndex());
            IndexCast(a, a.Type.IsIndex ? PickIntType() : ExecType.Index);
            return;
        }
        var src = _w.Operand(PickIntType());
        var dst = PickIntType();
        if (dst.Width == src.Type.Width)
            dst = dst.Width == 64 ? ExecType.I32 : ExecType.I64;
        IntCast(src, dst);
    }

    /// <summary><c>extsi</c>/<c>extui</c> to a wider type, <c>trunci</c> to a narrower one.</summary>
    private ExecValue IntCast(ExecValue a, ExecType dst)
    {
        var src = a.Type;
        if (dst.Width > src.Width)
        {
            bool signed = _w.Chance(0.5);
            ulong uMax = signed && !a.NonNegative ? dst.Mask : a.UMax;
            return _w.Def("arith." + (signed ? "extsi " : "extui ") + a.Name + " : " + src.Text + " to " + dst.Text,
                dst, uMax, 0);
        }
        return _w.Def("arith.trunci " + a.Name + " : " + src.Text + " to " + dst.Text, dst,
            System.Math.Min(a.UMax, dst.Mask), 0);
    }

    /// <summary><c>index_cast</c> (sign-extending) or <c>index_castui</c> (zero-extending) between an integer and
    /// index.</summary>
    private ExecValue IndexCast(ExecValue a, ExecType dst)
    {
        bool unsigned = _w.Chance(0.4);
        ulong uMax;
        if (dst.IsIndex)
            uMax = unsigned || a.NonNegative ? a.UMax : dst.Mask;
        else
            uMax = System.Math.Min(a.UMax, dst.Mask);
        string op = unsigned ? "arith.index_castui " : "arith.index_cast ";
        return _w.Def(op + a.Name + " : " + a.Type.Text + " to " + dst.Text, dst, uMax, 0);
    }
}
