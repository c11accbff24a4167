namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Planted canonicalization opportunities: identities with constants (<c>x + 0</c>, <c>x * 1</c>, <c>x &amp; -1</c>,
/// <c>x * 1.0</c>, <c>x + -0.0</c>), self-operations (<c>x - x</c>, <c>x ^ x</c>, <c>cmpi eq x, x</c>), double
/// negations, extension-truncation round trips, constant-only expressions, redundant selects and chains of
/// constant additions. All are well defined whatever the operand values.
/// </summary>
internal sealed partial class ExecProgramGenerator
{
    private void GenBait()
    {
        if (_w.Chance(0.25))
        {
            FloatBait();
            return;
        }
        var t = PickIntOrIndex();
        var x = _w.Operand(t, 0.05);
        switch (Rng.Next(11))
        {
            case 0:
            {
                // x op identity: x + 0, x - 0, x | 0, x ^ 0, x * 1, x & -1, x / 1, x >> 0
                (string op, long c) = Rng.Next(8) switch
                {
                    0 => ("addi", 0L),
                    1 => ("subi", 0L),
                    2 => ("ori", 0L),
                    3 => ("xori", 0L),
                    4 => ("muli", 1L),
                    5 => ("andi", -1L),
                    6 => ("divui", 1L),
                    _ => ("shrui", 0L),
                };
                var k = _w.IntConst(t, c);
                bool swap = op is "addi" or "ori" or "xori" or "muli" or "andi" && _w.Chance(0.5);
                var (a, b) = swap ? (k, x) : (x, k);
                _w.Def("arith." + op + " " + a.Name + ", " + b.Name + " : " + t.Text, t, x.UMax, 0);
                break;
            }
            case 1:
                // x op x: x - x = 0, x ^ x = 0, x & x = x, x | x = x, min/max(x, x) = x
                Binary(Pick(["subi", "xori", "andi", "ori", "minsi", "maxui"]), x, x);
                break;
            case 2:
            {
                // 0 - (0 - x) = x; ~~x = x
                if (_w.Chance(0.5))
                {
                    var zero = _w.IntConst(t, 0);
                    var n = _w.DefInt("arith.subi " + zero.Name + ", " + x.Name + " : " + t.Text, t);
                    _w.Def("arith.subi " + zero.Name + ", " + n.Name + " : " + t.Text, t, x.UMax, 0);
                }
                else
                {
                    var ones = _w.IntConst(t, -1);
                    var n = _w.DefInt("arith.xori " + x.Name + ", " + ones.Name + " : " + t.Text, t);
                    _w.Def("arith.xori " + n.Name + ", " + ones.Name + " : " + t.Text, t, x.UMax, 0);
                }
                break;
            }
            case 3:
                ExtTruncRoundTrip(x);
                break;
            case 4:
                // cmpi p, x, x folds to a constant
                _w.Def("arith.cmpi " + Pick(IntPredicates) + ", " + x.Name + ", " + x.Name + " : " + t.Text,
                    ExecType.I1, 1, 0);
                break;
            case 5:
            {
                // select c, x, x = x; select true/false, a, b
                var y = _w.Operand(t);
                var c = _w.Chance(0.5) ? _w.IntConst(ExecType.I1, Rng.Next(2)) : Condition();
                var other = _w.Chance(0.5) ? x : y;
                _w.Def("arith.select " + c.Name + ", " + x.Name + ", " + other.Name + " : " + t.Text, t,
                    x.UMax > other.UMax ? x.UMax : other.UMax, 0);
                break;
            }
            case 6:
            {
                // op(c1, c2): folds to a constant
                var a = _w.IntConst(t, _w.RandomInt(t));
                var b = _w.IntConst(t, _w.RandomInt(t));
                Binary(Pick(BinaryOps), a, b);
                break;
            }
            case 7:
            {
                // (x + c1) + c2 = x + (c1 + c2); (x * c1) * c2
                string op = Pick(["addi", "muli", "xori", "andi", "ori"]);
                var c1 = _w.IntConst(t, Rng.Next(-9, 10));
                var c2 = _w.IntConst(t, Rng.Next(-9, 10));
                var inner = _w.DefInt("arith." + op + " " + x.Name + ", " + c1.Name + " : " + t.Text, t);
                _w.DefInt("arith." + op + " " + inner.Name + ", " + c2.Name + " : " + t.Text, t);
                break;
            }
            case 8:
            {
                // select(c, true, false) = c; xor(xor(c, true), true) = c; cmpi on a negated condition
                var c = Condition();
                var tru = _w.IntConst(ExecType.I1, 1);
                if (_w.Chance(0.5))
                {
                    var fls = _w.IntConst(ExecType.I1, 0);
                    _w.Def("arith.select " + c.Name + ", " + tru.Name + ", " + fls.Name + " : i1", ExecType.I1, 1, 0);
                }
                else
                {
                    var n = _w.Def("arith.xori " + c.Name + ", " + tru.Name + " : i1", ExecType.I1, 1, 0);
                    if (_w.Chance(0.5))
                        _w.Def("arith.xori " + n.Name + ", " + tru.Name + " : i1", ExecType.I1, 1, 0);
                }
                break;
            }
            case 9:
                // x * 0, x & 0, x % 1
                Binary(Pick(["muli", "andi"]), x, _w.IntConst(t, 0));
                break;
            default:
            {
                // (x + c) - c, (x - y) + y
                var y = _w.Chance(0.5) ? _w.IntConst(t, _w.RandomInt(t)) : _w.Operand(t);
                var s = _w.DefInt("arith.addi " + x.Name + ", " + y.Name + " : " + t.Text, t);
                _w.Def("arith.subi " + s.Name + ", " + y.Name + " : " + t.Text, t, x.UMax, 0);
                break;
            }
        }
    }

    /// <summary>trunci(ext(x)) = x, index_cast(index_cast(x)) = x, and ext(ext(x)) chains.</summary>
    private void ExtTruncRoundTrip(ExecValue x)
    {
        var t = x.Type;
        if (t.IsIndex)
        {
            var i = IndexCast(x, ExecType.I64);
            IndexCast(i, ExecType.Index);
            return;
        }
        if (t.Width < 64)
        {
            var wide = t.Width < 32 && _w.Chance(0.5) ? ExecType.I32 : ExecType.I64;
            var e = IntCast(x, wide);
            if (_w.Chance(0.3) && wide.Width < 64)
                e = IntCast(e, ExecType.I64);
            IntCast(e, t);
        }
        else
        {
            var i = IndexCast(x, ExecType.Index);
            IndexCast(i, t);
        }
    }

    private void FloatBait()
    {
        var t = PickFloatType();
        var x = _w.Operand(t, 0.05);
        switch (Rng.Next(6))
        {
            case 0:
                // x * 1.0 = x, x / 1.0 = x
                _w.Def("arith." + (_w.Chance(0.5) ? "mulf " : "divf ") + x.Name + ", "
                    + _w.FloatConst(t, 1.0).Name + " : " + t.Text, t, 0, x.Bound);
                break;
            case 1:
                // x + -0.0 = x; x - 0.0 = x; x + 0.0 is not x (for x = -0.0), kept as a trap
                (string op, double c) = Rng.Next(3) switch
                {
                    0 => ("addf", -0.0),
                    1 => ("subf", 0.0),
                    _ => ("addf", 0.0),
                };
                _w.Def("arith." + op + " " + x.Name + ", " + _w.FloatConst(t, c).Name + " : " + t.Text, t, 0,
                    x.Bound);
                break;
            case 2:
            {
                // -(-x) = x
                var n = _w.Def("arith.negf " + x.Name + " : " + t.Text, t, 0, x.Bound);
                _w.Def("arith.negf " + n.Name + " : " + t.Text, t, 0, x.Bound);
                break;
            }
            case 3:
            {
                // constant-only float expression
                var a = _w.FloatConst(t, _w.RandomFloat());
                var b = _w.FloatConst(t, _w.RandomFloat());
                FloatBinary(Pick(["addf", "subf", "mulf", "maximumf", "minimumf"]), a, b);
                break;
            }
            case 4:
                // cmpf p, x, x folds for several predicates (x is never NaN here, but the folder cannot know)
                FloatCompare(x, x);
                break;
            default:
                // extf then truncf is x
                if (ReferenceEquals(t, ExecType.F32))
                    FloatResize(FloatResize(x));
                else
                    FloatRounding(FloatRounding(x));
                break;
        }
    }
}
