using System;
using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Generates seeded, deterministic, executable programs: helper functions and <c>func.func @main() -> i64</c>
/// mixing arith, math, scf, cf, memref and func.call, free of undefined behaviour and poison, with many
/// canonicalization and CSE opportunities planted on purpose (constant operands, identities, duplicated pure
/// expressions, constant conditions, zero- and one-trip loops, dead code, loads of just-stored values).
/// Every region and every function folds (most of) its values into an i64 hash (<see cref="ExecWriter.Hash"/>)
/// that flows out through results, so <c>main</c>'s return value is a checksum of the whole computation.
/// How undefined behaviour is avoided, by construction rather than by luck:
/// <list type="bullet">
/// <item>divisors are non-zero constants or <c>x | 1</c>; signed divisors are positive (<c>(x >> 1) | 1</c>) or
/// constants other than -1, so there is no division by zero and no <c>INT_MIN / -1</c>;</item>
/// <item>shift amounts are constants below the width or <c>x &amp; (w-1)</c> / <c>x % w</c>;</item>
/// <item><c>nsw</c>/<c>nuw</c> flags appear only where the operands' bounds (<see cref="ExecValue.UMax"/>) prove
/// no overflow;</item>
/// <item>floats stay finite and never NaN: magnitudes are tracked (<see cref="ExecValue.Bound"/>) below
/// <see cref="FloatLimit"/>, divisors are non-zero constants or <c>|x| + 1</c>, square roots take <c>|x|</c>,
/// float-to-int conversions are clamped into range; <c>maxnumf</c>/<c>minnumf</c> (unspecified on signed zeros)
/// and transcendental functions are not used;</item>
/// <item>memory accesses use indices proven below the dimension's size; every buffer is fully initialized
/// before it is read; <c>memref.copy</c> never copies between overlapping views; <c>alloc</c>s are freed at
/// the end of their scope and <c>alloca</c> is kept out of loops;</item>
/// <item>loops have small constant steps and bounds proven at most <see cref="MaxTrip"/> + 2; calls only go to
/// functions generated earlier (no recursion), and only where the callee's estimated cost times the enclosing
/// loops' iterations stays under <see cref="CallCostLimit"/>, so every program runs in milliseconds.</item>
/// </list>
/// The programs also stay clear of a hang of mlir-opt-22's canonicalizer (see <c>GenCf</c>), since they serve as
/// its reference.
/// </summary>
internal sealed partial class ExecProgramGenerator
{
    /// <summary>Largest float magnitude any value may reach (2^60): far from overflow, and within i64 for
    /// <c>fptosi</c>.</summary>
    public const double FloatLimit = 1152921504606846976.0;

    /// <summary>Largest float magnitude kept in memory, passed to or returned from functions, or carried by loops
    /// (2^40).</summary>
    public const double MemoryBound = 1099511627776.0;

    /// <summary>Largest loop bound (trip counts stay small so that nested loops run quickly).</summary>
    public const int MaxTrip = 6;

    private const int MaxDepth = 3;

    /// <summary>Most estimated executed statements one call site may cost (its callee's cost times the
    /// iterations of the loops around it), which keeps every program's run time in milliseconds.</summary>
    private const long CallCostLimit = 200_000;

    private static readonly int[] OddWidths = [1, 2, 3, 5, 7, 8, 13, 16, 17, 24, 33, 48, 63];

    private readonly ExecWriter _w;
    private readonly List<ExecType> _ints = [];
    private readonly List<ExecFunction> _functions = [];
    private readonly HashSet<string> _called = [];
    private int _callable;
    private int _roots;
    private int _budget;
    private int _depth;

    // How many times a statement at the insertion point may run per call (product of enclosing loop bounds),
    // and the estimated statements the current function executes per call.
    private long _iterFactor = 1;
    private long _cost;

    private ExecProgramGenerator(int seed)
    {
        _w = new ExecWriter(new Random(seed));
        _ints.Add(ExecType.I32);
        _ints.Add(ExecType.I64);
        int extra = 2 + Rng.Next(3);
        while (extra > 0)
        {
            var t = ExecType.Int(OddWidths[Rng.Next(OddWidths.Length)]);
            if (_ints.Contains(t))
                continue;
            _ints.Add(t);
            extra--;
        }
    }

    private Random Rng => _w.Rng;

    /// <summary>The program of <paramref name="seed"/>; the same seed always gives the same text.</summary>
    public static ExecProgram Generate(int seed) => new(seed, new ExecProgramGenerator(seed).GenerateText());

    private string GenerateText()
    {
        var sb = new StringBuilder();
        int helpers = 2 + Rng.Next(3);
        for (int i = 0; i < helpers; i++)
        {
            _callable = i;
            sb.Append(GenHelper("@f" + i));
            sb.Append('\n');
        }
        _callable = helpers;
        sb.Append(GenMain());
        return sb.ToString();
    }

    private string GenHelper(string name)
    {
        var parameters = new List<ExecType>();
        int n = 1 + Rng.Next(4);
        for (int i = 0; i < n; i++)
            parameters.Add(PickType());
        ExecType? memElement = null;
        int[]? memSizes = null;
        if (_w.Chance(0.5))
        {
            memElement = PickScalarType(allowIndex: false);
            memSizes = RandomShape();
        }
        var fn = new ExecFunction(name, parameters, memElement, memSizes, _w.Chance(0.5) ? PickType() : null);

        _w.BeginFunction();
        _cost = 0;
        var header = new StringBuilder("func.func ").Append(name).Append('(');
        for (int i = 0; i < parameters.Count; i++)
        {
            var p = new ExecValue(_w.NewArgName(), parameters[i], parameters[i].Mask,
                parameters[i].IsFloat ? MemoryBound : 0);
            _w.Add(p);
            header.Append(i > 0 ? ", " : "").Append(p.Name).Append(": ").Append(p.Type.Text);
        }
        if (memElement != null && memSizes != null)
        {
            var m = new ExecMemRef(_w.NewArgName(), memElement, memSizes, ExecMemRef.ContiguousStrides(memSizes), 0,
                dynamicFirst: false, identity: true, root: ++_roots);
            _w.Scope.MemRefs.Add(m);
            header.Append(parameters.Count > 0 ? ", " : "").Append(m.Name).Append(": ").Append(m.TypeText);
        }
        header.Append(") -> ").Append(fn.ResultTypes()).Append(" {");
        _w.Raw(header.ToString());
        _budget = 20 + Rng.Next(25);
        GenBody(int.MaxValue);
        var h = FinishScope(null);
        if (fn.ExtraResult is { } extra)
        {
            var x = Fit(_w.Operand(extra), MemoryBound);
            _w.Line("return " + h.Name + ", " + x.Name + " : i64, " + extra.Text);
        }
        else
        {
            _w.Line("return " + h.Name + " : i64");
        }
        _w.Raw("}");
        fn.Cost = _cost + 1;
        _functions.Add(fn);
        return _w.Take();
    }

    private string GenMain()
    {
        _w.BeginFunction();
        _w.Raw("func.func @main() -> i64 {");
        _budget = 30 + Rng.Next(25);
        GenBody(int.MaxValue);
        // Every helper runs at least once.
        foreach (var fn in _functions)
        {
            if (!_called.Contains(fn.Name))
                GenCall(fn);
        }
        var h = FinishScope(null);
        _w.Line("return " + h.Name + " : i64");
        _w.Raw("}");
        return _w.Take();
    }

    /// <summary>Emits up to <paramref name="count"/> statements, within the function's remaining budget.</summary>
    private void GenBody(int count)
    {
        for (int i = 0; i < count && _budget > 0; i++)
        {
            _budget--;
            _cost += _iterFactor;
            GenStatement();
        }
    }

    private void GenStatement()
    {
        bool canNest = _depth < MaxDepth && _budget > 3;
        int roll = Rng.Next(100);
        if (roll < 22)
            GenIntOp();
        else if (roll < 34)
            GenFloatOp();
        else if (roll < 42)
            GenCast();
        else if (roll < 55)
            GenBait();
        else if (roll < 60)
            GenDuplicate();
        else if (roll < 71)
            GenMemRefOp();
        else if (roll < 76)
            GenCallStatement();
        else if (!canNest)
            GenIntOp();
        else if (roll < 92 || _w.RegionDepth > 0)
            GenScf();
        else
            GenCf();
    }

    /// <summary>Hashes most values of the innermost scope (the rest stays dead on purpose), starting from
    /// <paramref name="start"/>, then frees the scope's allocations. Returns the hash.</summary>
    private ExecValue FinishScope(ExecValue? start)
    {
        var scope = _w.Scope;
        var chosen = new List<ExecValue>();
        foreach (var v in scope.Values)
        {
            if (_w.Chance(0.7))
                chosen.Add(v);
        }
        var h = _w.Hash(chosen, start);
        foreach (var m in scope.Allocs)
            _w.Line("memref.dealloc " + m.Name + " : " + m.TypeText);
        return h;
    }

    /// <summary>The value itself, or for floats the value clamped to <paramref name="bound"/>.</summary>
    private ExecValue Fit(ExecValue v, double bound) => v.Type.IsFloat ? _w.FitFloat(v, bound) : v;

    private ExecType PickType() => PickScalarType(allowIndex: true);

    private ExecType PickScalarType(bool allowIndex)
    {
        int roll = Rng.Next(100);
        if (roll < 58)
            return _ints[Rng.Next(_ints.Count)];
        if (roll < 72 && allowIndex)
            return ExecType.Index;
        return Rng.Next(2) == 0 ? ExecType.F32 : ExecType.F64;
    }

    private ExecType PickIntType() => _ints[Rng.Next(_ints.Count)];

    private ExecType PickFloatType() => Rng.Next(2) == 0 ? ExecType.F32 : ExecType.F64;

    private int[] RandomShape() =>
        Rng.Next(5) < 3 ? [1 + Rng.Next(6)] : [1 + Rng.Next(3), 1 + Rng.Next(4)];

    private void GenCallStatement()
    {
        var callees = new List<ExecFunction>();
        for (int i = 0; i < _callable; i++)
        {
            if (_iterFactor * _functions[i].Cost <= CallCostLimit)
                callees.Add(_functions[i]);
        }
        if (callees.Count == 0)
        {
            GenIntOp();
            return;
        }
        GenCall(callees[Rng.Next(callees.Count)]);
    }

    /// <summary><c>func.call</c> of <paramref name="fn"/> with visible (clamped) arguments and a memref of the
    /// parameter's exact type (an existing one or a new, initialized buffer).</summary>
    private void GenCall(ExecFunction fn)
    {
        _called.Add(fn.Name);
        _cost += _iterFactor * fn.Cost;
        var args = new StringBuilder();
        for (int i = 0; i < fn.Parameters.Count; i++)
        {
            var a = Fit(_w.Operand(fn.Parameters[i], 0.3), MemoryBound);
            args.Append(i > 0 ? ", " : "").Append(a.Name);
        }
        if (fn.MemRefType is { } memType && fn.MemRefElement != null && fn.MemRefSizes != null)
        {
            var candidates = _w.VisibleMemRefs(m => m.TypeText == memType);
            var m = candidates.Count > 0 && _w.Chance(0.7)
                ? _w.Pick(candidates)
                : NewMemRef(fn.MemRefElement, fn.MemRefSizes, allowDynamic: false);
            args.Append(fn.Parameters.Count > 0 ? ", " : "").Append(m.Name);
        }
        string rhs = "func.call " + fn.Name + "(" + args + ") : " + fn.ParameterTypes() + " -> " + fn.ResultTypes();
        string name = _w.NewName();
        if (fn.ExtraResult is { } extra)
        {
            _w.Line(name + ":2 = " + rhs);
            _w.Add(new ExecValue(name + "#0", ExecType.I64, ExecType.I64.Mask, 0));
            _w.Add(new ExecValue(name + "#1", extra, extra.Mask, extra.IsFloat ? MemoryBound : 0));
        }
        else
        {
            _w.Line(name + " = " + rhs);
            _w.Add(new ExecValue(name, ExecType.I64, ExecType.I64.Mask, 0));
        }
    }

    /// <summary>Re-emits a visible pure expression (a CSE opportunity).</summary>
    private void GenDuplicate()
    {
        int total = 0;
        foreach (var scope in _w.Scopes)
            total += scope.Exprs.Count;
        if (total == 0)
        {
            GenIntOp();
            return;
        }
        int k = Rng.Next(total);
        foreach (var scope in _w.Scopes)
        {
            if (k < scope.Exprs.Count)
            {
                var (rhs, type, uMax, bound, dynamic) = scope.Exprs[k];
                _w.Def(rhs, type, uMax, bound, dynamic: dynamic);
                return;
            }
            k -= scope.Exprs.Count;
        }
    }
}
