using System;
using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Structured control flow: <c>scf.if</c> with results (constant conditions included), <c>scf.for</c> with
/// iter_args (zero- and one-trip loops included), <c>scf.while</c> with a bounded counter, and
/// <c>scf.index_switch</c>. Every region yields the hash of its own values as its first result.
/// </summary>
internal sealed partial class ExecProgramGenerator
{
    /// <summary>Bound of float region results that are not carried around a loop (no clamp needed below it).</summary>
    private const double ResultBound = FloatLimit / 4;

    private void GenScf()
    {
        _depth++;
        int roll = Rng.Next(10);
        if (roll < 4)
            GenIf();
        else if (roll < 7)
            InLoop(GenFor);
        else if (roll < 9)
            InLoop(GenWhile);
        else
            GenIndexSwitch();
        _depth--;
    }

    private int RegionSize() => 1 + Rng.Next(6);

    /// <summary>Runs a loop generator with <see cref="_iterFactor"/> scaled by the most iterations a loop can
    /// make (its bound is at most <see cref="MaxTrip"/> + 2).</summary>
    private void InLoop(Action generate)
    {
        const long trips = MaxTrip + 2;
        _iterFactor *= trips;
        generate();
        _iterFactor /= trips;
    }

    private void EnterRegion(bool loop)
    {
        _w.Indent();
        _w.RegionDepth++;
        _w.Push(loop);
    }

    private void LeaveRegion()
    {
        _w.Pop();
        _w.RegionDepth--;
        _w.Dedent();
    }

    /// <summary>Generates a region body, then the values it yields: the hash of its scope (from
    /// <paramref name="start"/>) and one value per extra type, floats clamped to their bound.</summary>
    private ExecValue[] RegionResults(ExecValue? start, IReadOnlyList<ExecType> types, IReadOnlyList<double> bounds)
    {
        GenBody(RegionSize());
        var r = new ExecValue[types.Count + 1];
        r[0] = FinishScope(start);
        for (int i = 0; i < types.Count; i++)
            r[i + 1] = Fit(_w.Operand(types[i]), bounds[i]);
        return r;
    }

    private static string Names(IReadOnlyList<ExecValue> values)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < values.Count; i++)
            sb.Append(i > 0 ? ", " : "").Append(values[i].Name);
        return sb.ToString();
    }

    private static string TypeList(IReadOnlyList<ExecValue> values)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < values.Count; i++)
            sb.Append(i > 0 ? ", " : "").Append(values[i].Type.Text);
        return sb.ToString();
    }

    /// <summary>The yield of a region: <c>scf.yield %a, %b : i64, f32</c>.</summary>
    private void Yield(IReadOnlyList<ExecValue> values) =>
        _w.Line("scf.yield " + Names(values) + " : " + TypeList(values));

    /// <summary>Result values <c>%vN</c> or <c>%vN#i</c> of an op named <paramref name="name"/>, with the facts of
    /// the widest yielded value per position.</summary>
    private List<ExecValue> ResultValues(string name, IReadOnlyList<ExecValue[]> yields)
    {
        int n = yields[0].Length;
        var results = new List<ExecValue>();
        for (int i = 0; i < n; i++)
        {
            ulong uMax = 0;
            double bound = 0;
            foreach (var y in yields)
            {
                uMax = System.Math.Max(uMax, y[i].UMax);
                bound = System.Math.Max(bound, y[i].Bound);
            }
            var t = yields[0][i].Type;
            results.Add(new ExecValue(n == 1 ? name : name + "#" + i, t, uMax, bound));
        }
        return results;
    }

    private static string ResultPrefix(string name, int count) => count == 1 ? name : name + ":" + count;

    private List<ExecType> ExtraTypes(int max)
    {
        var types = new List<ExecType>();
        int n = Rng.Next(max + 1);
        for (int i = 0; i < n; i++)
            types.Add(PickType());
        return types;
    }

    private static List<double> Bounds(List<ExecType> types, double bound)
    {
        var bounds = new List<double>();
        foreach (var _ in types)
            bounds.Add(bound);
        return bounds;
    }

    private void GenIf()
    {
        var c = Condition();
        if (_w.Chance(0.15))
        {
            // No results: only side effects (stores, calls) survive; the arms' values are dead.
            _w.Line("scf.if " + c.Name + " {");
            EnterRegion(loop: false);
            GenBody(RegionSize());
            FinishScope(null);
            LeaveRegion();
            if (_w.Chance(0.5))
            {
                _w.Line("} else {");
                EnterRegion(loop: false);
                GenBody(RegionSize());
                FinishScope(null);
                LeaveRegion();
            }
            _w.Line("}");
            return;
        }
        var types = ExtraTypes(2);
        var bounds = Bounds(types, ResultBound);
        string name = _w.NewName();
        _w.Line(ResultPrefix(name, types.Count + 1) + " = scf.if " + c.Name + " -> (i64" + Suffix(types) + ") {");
        EnterRegion(loop: false);
        var then = RegionResults(null, types, bounds);
        Yield(then);
        LeaveRegion();
        _w.Line("} else {");
        EnterRegion(loop: false);
        var other = RegionResults(null, types, bounds);
        Yield(other);
        LeaveRegion();
        _w.Line("}");
        foreach (var r in ResultValues(name, [then, other]))
            _w.Add(r);
    }

    private static string Suffix(List<ExecType> types)
    {
        var sb = new StringBuilder();
        foreach (var t in types)
            sb.Append(", ").Append(t.Text);
        return sb.ToString();
    }

    /// <summary>An upper loop bound: a small constant or a visible index proven at most
    /// <see cref="MaxTrip"/>.</summary>
    private ExecValue LoopBound(int lower)
    {
        var small = _w.Visible(ExecType.Index, v => v.UMax <= MaxTrip);
        if (small.Count > 0 && _w.Chance(0.35))
            return _w.Pick(small);
        int[] trips = [0, 1, 1, 2, 3, 3, 4, 5];
        return _w.IntConst(ExecType.Index, lower + trips[Rng.Next(trips.Length)]);
    }

    private void GenFor()
    {
        var lb = _w.IntConst(ExecType.Index, Rng.Next(3));
        var ub = LoopBound((int)lb.UMax);
        var step = _w.IntConst(ExecType.Index, Pick([1, 1, 1, 2, 3]));
        var iv = new ExecValue(_w.NewArgName(), ExecType.Index, System.Math.Max(ub.UMax, 1) - 1, 0);
        string head = "scf.for " + iv.Name + " = " + lb.Name + " to " + ub.Name + " step " + step.Name;
        if (_w.Chance(0.15))
        {
            // No iter_args: a loop for its side effects.
            _w.Line(head + " {");
            EnterRegion(loop: true);
            _w.Add(iv);
            GenBody(RegionSize());
            FinishScope(null);
            LeaveRegion();
            _w.Line("}");
            return;
        }
        var types = ExtraTypes(2);
        var inits = new List<ExecValue> { _w.Operand(ExecType.I64) };
        var bounds = new List<double>();
        foreach (var t in types)
        {
            var init = Fit(_w.Operand(t), MemoryBound);
            inits.Add(init);
            bounds.Add(MemoryBound);
        }
        var args = new List<ExecValue>();
        var sb = new StringBuilder(head).Append(" iter_args(");
        for (int i = 0; i < inits.Count; i++)
        {
            var t = inits[i].Type;
            args.Add(new ExecValue(_w.NewArgName(), t, t.Mask, t.IsFloat ? MemoryBound : 0));
            sb.Append(i > 0 ? ", " : "").Append(args[i].Name).Append(" = ").Append(inits[i].Name);
        }
        string name = _w.NewName();
        _w.Line(ResultPrefix(name, inits.Count) + " = " + sb + ") -> (" + TypeList(inits) + ") {");
        EnterRegion(loop: true);
        _w.Add(iv);
        for (int i = 1; i < args.Count; i++)
            _w.Add(args[i]);
        var yields = RegionResults(args[0], types, bounds);
        Yield(yields);
        LeaveRegion();
        _w.Line("}");
        var carried = new ExecValue[inits.Count];
        for (int i = 0; i < carried.Length; i++)
            carried[i] = args[i];
        foreach (var r in ResultValues(name, [carried, [.. inits], yields]))
            _w.Add(r);
    }

    private int Pick(int[] items) => items[Rng.Next(items.Length)];

    private void GenWhile()
    {
        var n = LoopBound(0);
        var inits = new List<ExecValue>
        {
            _w.IntConst(ExecType.Index, Rng.Next(2)),
            _w.Operand(ExecType.I64),
        };
        foreach (var t in ExtraTypes(1))
            inits.Add(Fit(_w.Operand(t), MemoryBound));
        var before = new List<ExecValue>();
        var sb = new StringBuilder("scf.while (");
        for (int i = 0; i < inits.Count; i++)
        {
            var t = inits[i].Type;
            before.Add(new ExecValue(_w.NewArgName(), t, i == 0 ? System.Math.Max(inits[0].UMax, n.UMax) : t.Mask,
                t.IsFloat ? MemoryBound : 0));
            sb.Append(i > 0 ? ", " : "").Append(before[i].Name).Append(" = ").Append(inits[i].Name);
        }
        string types = TypeList(inits);
        string name = _w.NewName();
        _w.Line(ResultPrefix(name, inits.Count) + " = " + sb + ") : (" + types + ") -> (" + types + ") {");
        EnterRegion(loop: true);
        foreach (var b in before)
            _w.Add(b);
        if (_w.Chance(0.3))
            GenIntOp(); // computed in the condition region and dead there
        var cond = _w.Def("arith.cmpi ult, " + before[0].Name + ", " + n.Name + " : index", ExecType.I1, 1, 0,
            register: false);
        _w.Line("scf.condition(" + cond.Name + ") " + Names(before) + " : " + types);
        LeaveRegion();
        _w.Line("} do {");
        var after = new List<ExecValue>();
        var header = new StringBuilder("^bb0(");
        for (int i = 0; i < inits.Count; i++)
        {
            var t = inits[i].Type;
            after.Add(new ExecValue(_w.NewArgName(), t, i == 0 ? System.Math.Max(n.UMax, 1) - 1 : t.Mask,
                t.IsFloat ? MemoryBound : 0));
            header.Append(i > 0 ? ", " : "").Append(after[i].Name).Append(": ").Append(t.Text);
        }
        EnterRegion(loop: true);
        _w.Label(header + ")");
        foreach (var a in after)
            _w.Add(a);
        var extraTypes = new List<ExecType>();
        for (int i = 2; i < inits.Count; i++)
            extraTypes.Add(inits[i].Type);
        var body = RegionResults(after[1], extraTypes, Bounds(extraTypes, MemoryBound));
        var one = _w.IntConst(ExecType.Index, 1, register: false);
        var next = _w.DefInt("arith.addi " + after[0].Name + ", " + one.Name + " : index", ExecType.Index,
            register: false);
        var yields = new List<ExecValue> { next };
        yields.AddRange(body);
        Yield(yields);
        LeaveRegion();
        _w.Line("}");
        foreach (var r in ResultValues(name, [[.. before]]))
            _w.Add(r);
    }

    private void GenIndexSwitch()
    {
        var caseValues = new List<int>();
        int cases = 1 + Rng.Next(3);
        while (caseValues.Count < cases)
        {
            int v = Rng.Next(6);
            if (!caseValues.Contains(v))
                caseValues.Add(v);
        }
        caseValues.Sort();
        ExecValue selector;
        int roll = Rng.Next(4);
        if (roll == 0)
            selector = _w.IntConst(ExecType.Index, Rng.Next(7));
        else if (roll == 1)
            selector = _w.Operand(ExecType.Index);
        else
            selector = _w.FitIndex(_w.Operand(ExecType.Index), 6);
        var types = ExtraTypes(1);
        var bounds = Bounds(types, ResultBound);
        string name = _w.NewName();
        var resultTypes = new StringBuilder("i64").Append(Suffix(types));
        _w.Line(ResultPrefix(name, types.Count + 1) + " = scf.index_switch " + selector.Name + " -> " + resultTypes);
        var yields = new List<ExecValue[]>();
        foreach (int v in caseValues)
        {
            _w.Line("case " + v + " {");
            EnterRegion(loop: false);
            yields.Add(RegionResults(null, types, bounds));
            Yield(yields[^1]);
            LeaveRegion();
            _w.Line("}");
        }
        _w.Line("default {");
        EnterRegion(loop: false);
        yields.Add(RegionResults(null, types, bounds));
        Yield(yields[^1]);
        LeaveRegion();
        _w.Line("}");
        foreach (var r in ResultValues(name, yields))
            _w.Add(r);
    }
}
