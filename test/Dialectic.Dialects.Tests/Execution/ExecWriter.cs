using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Writes the text of one generated function and tracks what is visible at the insertion point: a stack of
/// <see cref="ExecScope"/>s (one per region and per structured part of a control-flow graph). Also holds the
/// small building blocks every generator part uses: constants, conversions to i64, hashing, and the clamps that
/// keep floats bounded and indices in range.
/// </summary>
internal sealed class ExecWriter(Random rng)
{
    /// <summary>Multiplier of the hash chain (the 64-bit FNV prime).</summary>
    public const long HashPrime = 1099511628211;

    private readonly StringBuilder _out = new();
    private readonly List<ExecScope> _scopes = [];
    private readonly Dictionary<string, ExecValue> _byName = [];
    private int _values;
    private int _blocks;
    private int _indent;

    public Random Rng { get; } = rng;

    /// <summary>Number of <c>scf</c> regions open at the insertion point; <c>cf</c> branches are only emitted
    /// when it is 0 (in a function body).</summary>
    public int RegionDepth { get; set; }

    /// <summary>Whether the insertion point is inside a loop body (of any kind).</summary>
    public bool InLoop => _scopes.Count > 0 && _scopes[^1].InLoop;

    public ExecScope Scope => _scopes[^1];

    public IReadOnlyList<ExecScope> Scopes => _scopes;

    /// <summary>Starts a function: fresh value and block numbering, one empty scope, body indentation.</summary>
    public void BeginFunction()
    {
        _values = 0;
        _blocks = 0;
        _scopes.Clear();
        _byName.Clear();
        _scopes.Add(new ExecScope(inLoop: false));
        RegionDepth = 0;
        _indent = 2;
    }

    /// <summary>Takes the text written so far.</summary>
    public string Take()
    {
        string text = _out.ToString();
        _out.Clear();
        return text;
    }

    public string NewName() => "%v" + _values++;

    public string NewArgName() => "%a" + _values++;

    public string NewBlock() => "^bb" + ++_blocks;

    /// <summary>Writes one line at the current indentation.</summary>
    public void Line(string text) => _out.Append(' ', _indent).Append(text).Append('\n');

    /// <summary>Writes a line without indentation (function headers, module braces).</summary>
    public void Raw(string text) => _out.Append(text).Append('\n');

    /// <summary>Writes a block label (<c>^bb3(%a: i64):</c>) two columns left of the body.</summary>
    public void Label(string header) => _out.Append(' ', System.Math.Max(0, _indent - 2)).Append(header).Append(":\n");

    public void Indent() => _indent += 2;

    public void Dedent() => _indent -= 2;

    /// <summary>Opens a scope; it is a loop body when <paramref name="loop"/> or when the enclosing scope
    /// is.</summary>
    public ExecScope Push(bool loop = false)
    {
        var scope = new ExecScope(loop || InLoop);
        _scopes.Add(scope);
        return scope;
    }

    /// <summary>Closes the innermost scope (its values become invisible).</summary>
    public ExecScope Pop()
    {
        var scope = _scopes[^1];
        _scopes.RemoveAt(_scopes.Count - 1);
        return scope;
    }

    /// <summary>Adds a value defined elsewhere (parameter, block argument, call or region result) to the innermost
    /// scope; such values are <see cref="ExecValue.Dynamic"/>.</summary>
    public ExecValue Add(ExecValue value)
    {
        value.Dynamic = true;
        _byName[value.Name] = value;
        Scope.Values.Add(value);
        return value;
    }

    /// <summary>Writes <c>%vN = rhs</c> and returns the new value, visible in the innermost scope when
    /// <paramref name="register"/>; a pure <paramref name="rhs"/> is remembered for re-emission.</summary>
    public ExecValue Def(string rhs, ExecType type, ulong uMax, double bound, bool register = true,
        bool pure = true, bool? dynamic = null)
    {
        var value = new ExecValue(NewName(), type, uMax & type.Mask, bound)
        {
            Dynamic = dynamic ?? UsesDynamic(rhs),
        };
        _byName[value.Name] = value;
        Line(value.Name + " = " + rhs);
        if (register)
            Scope.Values.Add(value);
        if (pure)
            Scope.Exprs.Add((rhs, type, value.UMax, bound, value.Dynamic));
        return value;
    }

    /// <summary>Whether <paramref name="rhs"/> names a dynamic value.</summary>
    private bool UsesDynamic(string rhs)
    {
        for (int i = rhs.IndexOf('%', StringComparison.Ordinal); i >= 0;
             i = rhs.IndexOf('%', i + 1))
        {
            int end = i + 1;
            while (end < rhs.Length && (char.IsAsciiLetterOrDigit(rhs[end]) || rhs[end] is '_' or '#'))
                end++;
            if (_byName.TryGetValue(rhs[i..end], out var v) && v.Dynamic)
                return true;
        }
        return false;
    }

    /// <summary>An integer-like value with no known bound.</summary>
    public ExecValue DefInt(string rhs, ExecType type, bool register = true) =>
        Def(rhs, type, type.Mask, 0, register);

    /// <summary>The visible values of <paramref name="type"/> accepted by <paramref name="filter"/>.</summary>
    public List<ExecValue> Visible(ExecType type, Func<ExecValue, bool>? filter = null)
    {
        var result = new List<ExecValue>();
        foreach (var scope in _scopes)
        {
            foreach (var v in scope.Values)
            {
                if (ReferenceEquals(v.Type, type) && (filter == null || filter(v)))
                    result.Add(v);
            }
        }
        return result;
    }

    /// <summary>All visible memrefs accepted by <paramref name="filter"/>.</summary>
    public List<ExecMemRef> VisibleMemRefs(Func<ExecMemRef, bool>? filter = null)
    {
        var result = new List<ExecMemRef>();
        foreach (var scope in _scopes)
        {
            foreach (var m in scope.MemRefs)
            {
                if (filter == null || filter(m))
                    result.Add(m);
            }
        }
        return result;
    }

    /// <summary>A visible value of <paramref name="type"/>, or a new constant (always when none is visible, else
    /// with probability <paramref name="constantChance"/>).</summary>
    public ExecValue Operand(ExecType type, double constantChance = 0.15, Func<ExecValue, bool>? filter = null)
    {
        var candidates = Visible(type, filter);
        if (candidates.Count == 0 || Rng.NextDouble() < constantChance)
            return type.IsFloat ? FloatConst(type, RandomFloat()) : IntConst(type, RandomInt(type));
        if (Chance(0.5))
        {
            // Prefer values the canonicalizer cannot fold away, so that patterns on them get exercised.
            var dynamic = candidates.FindAll(v => v.Dynamic);
            if (dynamic.Count > 0)
                candidates = dynamic;
        }
        // Prefer recent values: they are more likely to be live results of interesting computations.
        int n = candidates.Count;
        int i = Rng.Next(3) == 0 ? Rng.Next(n) : System.Math.Max(0, n - 1 - Rng.Next(System.Math.Min(n, 6)));
        return candidates[i];
    }

    /// <summary>A random element of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];

    public bool Chance(double p) => Rng.NextDouble() < p;

    /// <summary>A random constant favouring edge values: 0, 1, -1, the extremes, small and full-width
    /// values.</summary>
    public long RandomInt(ExecType type)
    {
        int w = type.Width;
        long min = w == 64 ? long.MinValue : -(1L << (w - 1));
        long max = w == 64 ? long.MaxValue : (1L << (w - 1)) - 1;
        switch (Rng.Next(10))
        {
            case 0: return 0;
            case 1: return 1;
            case 2: return -1;
            case 3: return Rng.Next(2) == 0 ? min : max;
            case 4:
            case 5:
            case 6: return Rng.Next(-20, 21);
            default:
                long bits = Rng.NextInt64();
                return SignExtend(bits, w);
        }
    }

    /// <summary><paramref name="bits"/> truncated to <paramref name="width"/> bits and sign-extended.</summary>
    public static long SignExtend(long bits, int width) =>
        width == 64 ? bits : (bits << (64 - width)) >> (64 - width);

    private static readonly double[] FloatPool =
        [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.25, -7.5, 1024.0, 0.1, -123.625, 65536.0, 1.0e6, 0.75];

    /// <summary>A float constant: special values (signed zeros, one, halves) or a random dyadic value, all small
    /// enough to stay far from overflow.</summary>
    public double RandomFloat()
    {
        if (Rng.Next(3) != 0)
            return FloatPool[Rng.Next(FloatPool.Length)];
        return Rng.Next(-80000, 80001) / 8.0;
    }

    /// <summary><c>arith.constant</c> of an integer-like type with <paramref name="value"/> truncated to its
    /// width.</summary>
    public ExecValue IntConst(ExecType type, long value, bool register = true)
    {
        long v = SignExtend(value, type.Width);
        string text = type.Width == 1 ? (v != 0 ? "true" : "false") : v.ToString(CultureInfo.InvariantCulture);
        string rhs = type.Width == 1 ? "arith.constant " + text : "arith.constant " + text + " : " + type.Text;
        return Def(rhs, type, (ulong)v & type.Mask, 0, register);
    }

    /// <summary><c>arith.constant</c> of a float type; the value is rounded to the type.</summary>
    public ExecValue FloatConst(ExecType type, double value, bool register = true)
    {
        double rounded = ReferenceEquals(type, ExecType.F32) ? (float)value : value;
        return Def("arith.constant " + FormatFloat(value) + " : " + type.Text, type, 0, System.Math.Abs(rounded),
            register);
    }

    /// <summary>A float literal MLIR parses: always with a dot in the mantissa (<c>1.0</c>, <c>-0.0</c>,
    /// <c>1.5e+20</c>).</summary>
    public static string FormatFloat(double value)
    {
        if (value == 0)
            return double.IsNegative(value) ? "-0.0" : "0.0";
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E', StringComparison.Ordinal);
        string mantissa = e < 0 ? r : r[..e];
        string exponent = e < 0 ? "" : "e" + r[(e + 1)..];
        if (!mantissa.Contains('.', StringComparison.Ordinal))
            mantissa += ".0";
        return mantissa + exponent;
    }

    /// <summary>The value widened or reinterpreted to i64 (zero-extension, <c>index_castui</c>, bitcast).</summary>
    public ExecValue ToI64(ExecValue v, bool register = false)
    {
        var t = v.Type;
        if (ReferenceEquals(t, ExecType.I64))
            return v;
        if (t.IsIndex)
            return Def("arith.index_castui " + v.Name + " : index to i64", ExecType.I64, v.UMax, 0, register);
        if (ReferenceEquals(t, ExecType.F64))
            return DefInt("arith.bitcast " + v.Name + " : f64 to i64", ExecType.I64, register);
        if (ReferenceEquals(t, ExecType.F32))
            v = DefInt("arith.bitcast " + v.Name + " : f32 to i32", ExecType.I32, register);
        return Def("arith.extui " + v.Name + " : " + v.Type.Text + " to i64", ExecType.I64, v.UMax, 0, register);
    }

    /// <summary>Folds <paramref name="values"/> into a 64-bit hash: <c>h = (h ^ zext(v)) * prime</c>, starting
    /// from <paramref name="start"/> or a constant. The chain's values are not added to the scope.</summary>
    public ExecValue Hash(IReadOnlyList<ExecValue> values, ExecValue? start = null)
    {
        var h = start ?? IntConst(ExecType.I64, Rng.Next(1, 1 << 20) * 2 + 1, register: false);
        if (values.Count == 0)
            return h;
        var prime = IntConst(ExecType.I64, HashPrime, register: false);
        foreach (var v in values)
        {
            var e = ToI64(v);
            var x = DefInt("arith.xori " + h.Name + ", " + e.Name + " : i64", ExecType.I64, register: false);
            h = DefInt("arith.muli " + x.Name + ", " + prime.Name + " : i64", ExecType.I64, register: false);
        }
        return h;
    }

    /// <summary>The float clamped to [-<paramref name="bound"/>, <paramref name="bound"/>] with
    /// <c>maximumf</c>/<c>minimumf</c> (exact on signed zeros), unless its bound already fits.</summary>
    public ExecValue FitFloat(ExecValue v, double bound)
    {
        if (v.Bound <= bound)
            return v;
        var lo = FloatConst(v.Type, -bound, register: false);
        var hi = FloatConst(v.Type, bound, register: false);
        string t = v.Type.Text;
        var a = Def("arith.maximumf " + v.Name + ", " + lo.Name + " : " + t, v.Type, 0, v.Bound, register: false);
        return Def("arith.minimumf " + a.Name + ", " + hi.Name + " : " + t, v.Type, 0, bound, register: false);
    }

    /// <summary>An index value below <paramref name="size"/>: the value itself when its bound says so, else its
    /// remainder by <paramref name="size"/>.</summary>
    public ExecValue FitIndex(ExecValue v, int size)
    {
        if (v.UMax < (ulong)size)
            return v;
        var c = IntConst(ExecType.Index, size, register: false);
        return Def("arith.remui " + v.Name + ", " + c.Name + " : index", ExecType.Index, (ulong)size - 1, 0,
            register: false);
    }

    /// <summary>An index for a dimension of <paramref name="size"/>: a constant, or a visible index value
    /// brought in range.</summary>
    public ExecValue IndexBelow(int size)
    {
        var small = Visible(ExecType.Index, v => v.UMax < (ulong)size);
        if (small.Count > 0 && Chance(0.5))
            return Pick(small);
        if (Chance(0.4))
            return IntConst(ExecType.Index, Rng.Next(size));
        var any = Visible(ExecType.Index);
        if (any.Count == 0)
            return IntConst(ExecType.Index, Rng.Next(size));
        return FitIndex(Pick(any), size);
    }
}
