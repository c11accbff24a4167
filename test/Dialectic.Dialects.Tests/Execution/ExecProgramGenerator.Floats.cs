using System;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Float arithmetic and the exactly reproducible math ops (no transcendental functions, whose libm results may
/// differ from a compile-time folder's). Every result's magnitude bound is computed from its operands' and kept
/// at most <see cref="FloatLimit"/>; operands are clamped first where it would not be.
/// </summary>
internal sealed partial class ExecProgramGenerator
{
    private static readonly string[] FloatPredicates =
    [
        "false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno",
        "true",
    ];

    private static readonly double[] FloatDivisors = [1.0, 2.0, 0.5, -4.0, 3.0, 0.1, -1.0, 8.0];

    private void GenFloatOp()
    {
        var t = PickFloatType();
        var a = _w.Operand(t);
        switch (Rng.Next(16))
        {
            case 0:
            case 1:
            case 2:
                FloatBinary(Rng.Next(2) == 0 ? "addf" : "subf", a, _w.Operand(t));
                break;
            case 3:
            case 4:
                FloatBinary("mulf", a, _w.Operand(t));
                break;
            case 5:
                FloatDivide(Rng.Next(3) == 0 ? "remf" : "divf", a);
                break;
            case 6:
                FloatBinary(Rng.Next(2) == 0 ? "maximumf" : "minimumf", a, _w.Operand(t));
                break;
            case 7:
                _w.Def("arith.negf " + a.Name + " : " + t.Text, t, 0, a.Bound);
                break;
            case 8:
            case 9:
                FloatRounding(a);
                break;
            case 10:
                Sqrt(a);
                break;
            case 11:
                Fma(a, _w.Operand(t), _w.Operand(t));
                break;
            case 12:
                _w.Def("math.copysign " + a.Name + ", " + _w.Operand(t).Name + " : " + t.Text, t, 0, a.Bound);
                break;
            case 13:
                FloatCompare(a, _w.Operand(t));
                break;
            case 14:
                Select(a, _w.Operand(t));
                break;
            default:
                FloatResize(a);
                break;
        }
    }

    /// <summary>Bound of a result computed in <paramref name="t"/> from an exact bound: f32 rounding may move
    /// it up by half an ulp.</summary>
    private static double Rounded(ExecType t, double bound) =>
        ReferenceEquals(t, ExecType.F32) ? bound * (1 + 1e-6) : bound * (1 + 1e-15);

    private ExecValue FloatBinary(string op, ExecValue a, ExecValue b)
    {
        var t = a.Type;
        double bound;
        switch (op)
        {
            case "mulf":
                if (a.Bound * b.Bound > FloatLimit / 2)
                {
                    a = _w.FitFloat(a, 1 << 30);
                    b = _w.FitFloat(b, 1 << 29);
                }
                bound = Rounded(t, a.Bound * b.Bound);
                break;
            case "addf":
            case "subf":
                if (a.Bound + b.Bound > FloatLimit / 2)
                {
                    a = _w.FitFloat(a, MemoryBound);
                    b = _w.FitFloat(b, MemoryBound);
                }
                bound = Rounded(t, a.Bound + b.Bound);
                break;
            default:
                bound = System.Math.Max(a.Bound, b.Bound);
                break;
        }
        return _w.Def("arith." + op + " " + a.Name + ", " + b.Name + " : " + t.Text, t, 0, bound);
    }

    /// <summary><c>divf</c>/<c>remf</c> by a non-zero constant or by <c>|b| + 1</c> (at least one).</summary>
    private ExecValue FloatDivide(string op, ExecValue a)
    {
        var t = a.Type;
        ExecValue d;
        double bound;
        if (_w.Chance(0.5))
        {
            double c = FloatDivisors[Rng.Next(FloatDivisors.Length)];
            if (a.Bound / System.Math.Abs(c) > FloatLimit / 2)
                a = _w.FitFloat(a, MemoryBound);
            d = _w.FloatConst(t, c);
            bound = op == "remf" ? a.Bound : Rounded(t, a.Bound / System.Math.Abs(c) * 1.0001);
        }
        else
        {
            var b = _w.Operand(t);
            var abs = _w.Def("math.absf " + b.Name + " : " + t.Text, t, 0, b.Bound);
            var one = _w.FloatConst(t, 1.0, register: false);
            d = _w.Def("arith.addf " + abs.Name + ", " + one.Name + " : " + t.Text, t, 0, Rounded(t, b.Bound + 1));
            bound = Rounded(t, a.Bound);
        }
        return _w.Def("arith." + op + " " + a.Name + ", " + d.Name + " : " + t.Text, t, 0, bound);
    }

    private ExecValue FloatRounding(ExecValue a)
    {
        string op = Pick(["absf", "floor", "ceil", "round", "roundeven", "trunc"]);
        return _w.Def("math." + op + " " + a.Name + " : " + a.Type.Text, a.Type, 0, a.Bound + 1);
    }

    /// <summary><c>sqrt(|a|)</c>: never of a negative number.</summary>
    private ExecValue Sqrt(ExecValue a)
    {
        var t = a.Type;
        var abs = _w.Def("math.absf " + a.Name + " : " + t.Text, t, 0, a.Bound);
        return _w.Def("math.sqrt " + abs.Name + " : " + t.Text, t, 0, System.Math.Sqrt(a.Bound) + 1);
    }

    private ExecValue Fma(ExecValue a, ExecValue b, ExecValue c)
    {
        var t = a.Type;
        if (a.Bound * b.Bound + c.Bound > FloatLimit / 2)
        {
            a = _w.FitFloat(a, 1 << 29);
            b = _w.FitFloat(b, 1 << 29);
            c = _w.FitFloat(c, MemoryBound);
        }
        return _w.Def("math.fma " + a.Name + ", " + b.Name + ", " + c.Name + " : " + t.Text, t, 0,
            Rounded(t, a.Bound * b.Bound + c.Bound));
    }

    private ExecValue FloatCompare(ExecValue a, ExecValue b) =>
        _w.Def("arith.cmpf " + Pick(FloatPredicates) + ", " + a.Name + ", " + b.Name + " : " + a.Type.Text,
            ExecType.I1, 1, 0);

    /// <summary><c>extf</c> f32 -&gt; f64 or <c>truncf</c> f64 -&gt; f32.</summary>
    private ExecValue FloatResize(ExecValue a) =>
        ReferenceEquals(a.Type, ExecType.F32)
            ? _w.Def("arith.extf " + a.Name + " : f32 to f64", ExecType.F64, 0, a.Bound)
            : _w.Def("arith.truncf " + a.Name + " : f64 to f32", ExecType.F32, 0, Rounded(ExecType.F32, a.Bound));

    /// <summary><c>sitofp</c>/<c>uitofp</c>; the source's magnitude (from its width or bound) stays below
    /// <see cref="FloatLimit"/>, else it is narrowed first.</summary>
    private ExecValue IntToFloat(ExecValue a, ExecType dst)
    {
        bool signed = _w.Chance(0.5);
        double bound = signed
            ? (a.NonNegative ? a.UMax : System.Math.Pow(2, a.Type.Width - 1))
            : a.UMax;
        if (bound > FloatLimit / 2)
        {
            a = IntCast(a, ExecType.Int(32));
            bound = signed ? (a.NonNegative ? a.UMax : System.Math.Pow(2, 31)) : a.UMax;
        }
        string op = signed ? "arith.sitofp " : "arith.uitofp ";
        return _w.Def(op + a.Name + " : " + a.Type.Text + " to " + dst.Text, dst, 0, Rounded(dst, bound));
    }

    /// <summary><c>fptosi</c>/<c>fptoui</c> of a value clamped (where its bound requires) so that the truncated
    /// result fits the destination: [-2^(w-1), 2^(w-2)] signed, [0, 2^(w-1)] unsigned.</summary>
    private ExecValue FloatToInt(ExecValue a, ExecType dst)
    {
        var t = a.Type;
        int w = dst.Width;
        bool signed = _w.Chance(0.5);
        if (signed)
        {
            if (a.Bound >= System.Math.Pow(2, w - 2))
            {
                var lo = _w.FloatConst(t, -System.Math.Pow(2, w - 1), register: false);
                var hi = _w.FloatConst(t, System.Math.Pow(2, w - 2), register: false);
                var x = _w.Def("arith.maximumf " + a.Name + ", " + lo.Name + " : " + t.Text, t, 0, a.Bound,
                    register: false);
                a = _w.Def("arith.minimumf " + x.Name + ", " + hi.Name + " : " + t.Text, t, 0, System.Math.Pow(2, w - 1),
                    register: false);
            }
            return _w.Def("arith.fptosi " + a.Name + " : " + t.Text + " to " + dst.Text, dst, dst.Mask, 0);
        }
        var zero = _w.FloatConst(t, 0.0, register: false);
        var nonNegative = _w.Def("arith.maximumf " + a.Name + ", " + zero.Name + " : " + t.Text, t, 0, a.Bound,
            register: false);
        double limit = System.Math.Pow(2, w - 1);
        if (nonNegative.Bound >= limit)
        {
            var hi = _w.FloatConst(t, limit, register: false);
            nonNegative = _w.Def("arith.minimumf " + nonNegative.Name + ", " + hi.Name + " : " + t.Text, t, 0,
                limit, register: false);
        }
        ulong uMax = System.Math.Min(dst.Mask, (ulong)System.Math.Min(nonNegative.Bound, 1.8e19));
        return _w.Def("arith.fptoui " + nonNegative.Name + " : " + t.Text + " to " + dst.Text, dst, uMax, 0);
    }
}
