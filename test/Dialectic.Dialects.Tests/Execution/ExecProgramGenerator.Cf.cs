using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Unstructured control flow in a function body (never inside an <c>scf</c> region): <c>cf.cond_br</c>
/// diamonds and triangles, <c>cf.switch</c>, and counted loops built from <c>cf.br</c>/<c>cf.cond_br</c>.
/// Each part of the graph is a scope: values of an arm or a loop body are hashed and passed on as block
/// arguments, while values defined before the branch (or in a loop header) stay visible after the join.
/// Loops are never put inside an arm: an arm may be statically dead (its condition folds), and mlir-opt-22's
/// canonicalizer can loop forever on a dead cycle, where the block argument of the loop header collapses into
/// an operation using its own result (<c>%x = arith.addi %x, %c1</c>).
/// </summary>
internal sealed partial class ExecProgramGenerator
{
    // Number of cf arms (diamond, triangle or switch targets) enclosing the insertion point.
    private int _cfArms;

    private void GenCf()
    {
        _depth++;
        int roll = Rng.Next(10);
        if (roll < 4)
            GenDiamond();
        else if (roll < 6 || _cfArms > 0)
            GenSwitch();
        else
            InLoop(GenCfLoop);
        _depth--;
    }

    /// <summary>One arm: a block (with an optional argument), a body, and a branch to <paramref name="join"/>
    /// carrying the arm's hash and one value per join type.</summary>
    private ExecValue[] GenArm(string label, ExecValue? argument, string join, List<ExecType> types)
    {
        _w.Label(argument == null ? label : label + "(" + argument.Name + ": " + argument.Type.Text + ")");
        _w.Push();
        _cfArms++;
        if (argument != null)
            _w.Add(argument);
        var values = RegionResults(null, types, Bounds(types, ResultBound));
        _w.Line("cf.br " + join + "(" + Names(values) + " : " + TypeList(values) + ")");
        _cfArms--;
        _w.Pop();
        return values;
    }

    /// <summary>The join block's header <c>^bbJ(%a: i64, %b: f32)</c>, whose arguments join the current
    /// scope with the widest facts of the incoming values.</summary>
    private void GenJoin(string join, List<ExecValue[]> incoming)
    {
        var args = new List<ExecValue>();
        var header = new StringBuilder(join).Append('(');
        for (int i = 0; i < incoming[0].Length; i++)
        {
            ulong uMax = 0;
            double bound = 0;
            foreach (var values in incoming)
            {
                uMax = System.Math.Max(uMax, values[i].UMax);
                bound = System.Math.Max(bound, values[i].Bound);
            }
            var t = incoming[0][i].Type;
            args.Add(new ExecValue(_w.NewArgName(), t, uMax, bound));
            header.Append(i > 0 ? ", " : "").Append(args[i].Name).Append(": ").Append(t.Text);
        }
        _w.Label(header + ")");
        foreach (var a in args)
            _w.Add(a);
    }

    /// <summary>A diamond (<c>cond_br c, ^t, ^f</c>, both joining) or a triangle (<c>cond_br c, ^t, ^join(...)</c>),
    /// sometimes with an argument passed into the arms.</summary>
    private void GenDiamond()
    {
        var c = Condition();
        var types = ExtraTypes(1);
        string then = _w.NewBlock(), other = _w.NewBlock(), join = _w.NewBlock();
        if (_w.Chance(0.3))
        {
            // Triangle: the false edge goes straight to the join with values from before the branch.
            var direct = new ExecValue[types.Count + 1];
            direct[0] = _w.Operand(ExecType.I64);
            for (int i = 0; i < types.Count; i++)
                direct[i + 1] = Fit(_w.Operand(types[i]), ResultBound);
            _w.Line("cf.cond_br " + c.Name + ", " + then + ", " + join + "(" + Names(direct) + " : "
                + TypeList(direct) + ")");
            var arm = GenArm(then, null, join, types);
            GenJoin(join, [direct, arm]);
            return;
        }
        ExecValue? thenArg = null, otherArg = null;
        string thenOperands = "", otherOperands = "";
        if (_w.Chance(0.4))
        {
            var t = PickType();
            var x = Fit(_w.Operand(t), ResultBound);
            var y = _w.Chance(0.5) ? x : Fit(_w.Operand(t), ResultBound);
            thenArg = new ExecValue(_w.NewArgName(), t, x.UMax, x.Bound);
            otherArg = new ExecValue(_w.NewArgName(), t, y.UMax, y.Bound);
            thenOperands = "(" + x.Name + " : " + t.Text + ")";
            otherOperands = "(" + y.Name + " : " + t.Text + ")";
        }
        _w.Line("cf.cond_br " + c.Name + ", " + then + thenOperands + ", " + other + otherOperands);
        var a = GenArm(then, thenArg, join, types);
        var b = GenArm(other, otherArg, join, types);
        GenJoin(join, [a, b]);
    }

    /// <summary><c>cf.switch</c> on an integer flag with up to three distinct cases and a default, all
    /// joining.</summary>
    private void GenSwitch()
    {
        var candidates = new List<ExecType>();
        foreach (var t in _ints)
        {
            if (t.Width >= 4)
                candidates.Add(t);
        }
        var flagType = candidates[Rng.Next(candidates.Count)];
        ExecValue flag;
        if (_w.Chance(0.25))
        {
            flag = _w.IntConst(flagType, Rng.Next(6));
        }
        else
        {
            var x = _w.Operand(flagType);
            var c = _w.IntConst(flagType, 6, register: false);
            flag = _w.Chance(0.5) ? x : _w.Def("arith.remui " + x.Name + ", " + c.Name + " : " + flagType.Text,
                flagType, 5, 0);
        }
        var caseValues = new List<int>();
        int cases = 1 + Rng.Next(3);
        while (caseValues.Count < cases)
        {
            int v = Rng.Next(6);
            if (!caseValues.Contains(v))
                caseValues.Add(v);
        }
        var types = ExtraTypes(1);
        string join = _w.NewBlock();
        string defaultBlock = _w.NewBlock();
        var labels = new List<string>();
        var sb = new StringBuilder("cf.switch ").Append(flag.Name).Append(" : ").Append(flagType.Text).Append(", [");
        sb.Append("default: ").Append(defaultBlock);
        foreach (int v in caseValues)
        {
            string label = _w.NewBlock();
            labels.Add(label);
            sb.Append(", ").Append(v).Append(": ").Append(label);
        }
        _w.Line(sb.Append(']').ToString());
        var incoming = new List<ExecValue[]> { GenArm(defaultBlock, null, join, types) };
        foreach (string label in labels)
            incoming.Add(GenArm(label, null, join, types));
        GenJoin(join, incoming);
    }

    /// <summary>A counted loop: <c>br ^h(init)</c>; <c>^h(%i, %acc, ...)</c> compares <c>%i</c> with a bound
    /// at most <see cref="MaxTrip"/>; the body increments it and branches back; the exit continues the
    /// function.</summary>
    private void GenCfLoop()
    {
        var n = LoopBound(0);
        var inits = new List<ExecValue> { _w.IntConst(ExecType.Index, Rng.Next(2)), _w.Operand(ExecType.I64) };
        foreach (var t in ExtraTypes(1))
            inits.Add(Fit(_w.Operand(t), MemoryBound));
        string headerBlock = _w.NewBlock(), body = _w.NewBlock(), exit = _w.NewBlock();
        _w.Line("cf.br " + headerBlock + "(" + Names(inits) + " : " + TypeList(inits) + ")");
        var args = new List<ExecValue>();
        var header = new StringBuilder(headerBlock).Append('(');
        for (int i = 0; i < inits.Count; i++)
        {
            var t = inits[i].Type;
            ulong uMax = i == 0 ? System.Math.Max(inits[0].UMax, n.UMax) : t.Mask;
            args.Add(new ExecValue(_w.NewArgName(), t, uMax, t.IsFloat ? MemoryBound : 0));
            header.Append(i > 0 ? ", " : "").Append(args[i].Name).Append(": ").Append(t.Text);
        }
        _w.Label(header + ")");
        var cond = _w.Def("arith.cmpi ult, " + args[0].Name + ", " + n.Name + " : index", ExecType.I1, 1, 0,
            register: false);
        _w.Line("cf.cond_br " + cond.Name + ", " + body + ", " + exit);

        _w.Label(body);
        _w.Push(loop: true);
        // In the body the counter is below the bound.
        _w.Add(new ExecValue(args[0].Name, ExecType.Index, System.Math.Max(n.UMax, 1) - 1, 0));
        for (int i = 2; i < args.Count; i++)
            _w.Add(args[i]);
        var extraTypes = new List<ExecType>();
        for (int i = 2; i < inits.Count; i++)
            extraTypes.Add(inits[i].Type);
        var values = RegionResults(args[1], extraTypes, Bounds(extraTypes, MemoryBound));
        var one = _w.IntConst(ExecType.Index, 1, register: false);
        var next = _w.DefInt("arith.addi " + args[0].Name + ", " + one.Name + " : index", ExecType.Index,
            register: false);
        var back = new List<ExecValue> { next };
        back.AddRange(values);
        _w.Line("cf.br " + headerBlock + "(" + Names(back) + " : " + TypeList(back) + ")");
        _w.Pop();

        _w.Label(exit);
        foreach (var a in args)
            _w.Add(a);
    }
}
