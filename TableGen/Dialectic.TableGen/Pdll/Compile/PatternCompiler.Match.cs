using System.Collections.Generic;
using Dialectic.TableGen.Model;
using Dialectic.TableGen.Pdll.Syntax;

namespace Dialectic.TableGen.Pdll.Compile;

// The matcher: statements that return false at the first mismatch, before anything is changed.
internal sealed partial class PatternCompiler
{
    private void EmitMatch(Variable root)
    {
        string? rootName = root.Type.OpName;
        _out.RootName = rootName;
        var info = rootName != null ? _ops.Find(rootName) : null;
        _out.RootClass = info?.FullClassName;
        root.CsOpClass = info?.FullClassName;
        if (root.Anonymous)
            root.Cs = _names.Named("root");
        _out.RootParameter = root.Cs;
        if (root.CsOpClass != null)
            _typedLocals[root.Cs] = root.CsOpClass;
        root.Bound = true;
        _matchedOps.Add(root.Cs);
        EmitOpMatch(root, root.Init);
        foreach (var v in _matchVariables)
        {
            if (v.Bound)
                continue;
            if (v.Init != null)
                Error(PdllDiagnostics.Unbound, v.Span, $"'{(v.Anonymous ? "op" : v.Name)}' is not connected to the root: only ops producing operands of matched ops can be matched");
            else
                Error(PdllDiagnostics.Unbound, v.Span, $"'{(v.Anonymous ? "_" : v.Name)}' is not bound by the match: use it as an operand, attribute or result type of a matched op");
        }
        if (Failed)
            return;
        foreach (var (f, args, span) in _checks)
            EmitConstraintCall(f, args, span);
    }

    /// <summary>Matches the parts of <paramref name="e"/> on the bound op variable <paramref name="op"/>.</summary>
    private void EmitOpMatch(Variable op, OpExpr? e)
    {
        var info = op.Type.OpName != null ? _ops.Find(op.Type.OpName) : null;
        foreach (var c in op.Constraints)
            if (c.Kind == ConstraintKind.Op && c.OpName != null && c.OpName != op.Type.OpName)
                Line($"if ({op.Cs}.Name.Name != {ModuleCompiler.Quote(c.OpName)}) return false;");
        if (e == null)
            return;
        if (e.Operands != null)
            EmitOperandsMatch(op, e.Operands, info);
        if (e.Attributes != null)
            foreach (var entry in e.Attributes)
                EmitAttributeMatch(op, entry, info);
        if (e.ResultTypes != null)
            EmitResultTypesMatch(op, e.ResultTypes, info);
    }

    private void EmitOperandsMatch(Variable op, List<Expr> operands, PdllOpInfo? info)
    {
        int ranges = 0;
        foreach (var operand in operands)
            if (KindOf(operand) == PKind.ValueRange)
                ranges++;
        if (ranges == 0)
        {
            bool typed = info != null && info.FixedOperands && info.Operands.Count == operands.Count && op.CsOpClass != null;
            if (!typed)
                Line($"if ({op.Cs}.NumOperands != {operands.Count}) return false;");
            for (int i = 0; i < operands.Count; i++)
            {
                string access = typed && info!.Operands[i].PropertyName is { } p ? $"{op.Cs}.{p}" : $"{op.Cs}.GetOperand({i})";
                EmitValueMatch(operands[i], access);
            }
            return;
        }
        if (operands.Count == 1)
        {
            EmitValueMatch(operands[0], $"{Support}.Operands({op.Cs})");
            return;
        }
        // Several operands with ranges: they follow the op's ODS groups.
        if (info == null || op.CsOpClass == null || info.Operands.Count != operands.Count)
        {
            Error(PdllDiagnostics.Unsupported, operands[0].Span,
                "a ValueRange operand must be the only operand, unless the operands follow the groups of an op declared in the compilation");
            return;
        }
        for (int i = 0; i < operands.Count; i++)
        {
            var group = info.Operands[i];
            var kind = KindOf(operands[i]);
            if (group.PropertyName == null)
            {
                Error(PdllDiagnostics.Unsupported, operands[i].Span, $"operand group '{group.Name}' of '{info.Name}' has no accessible accessor");
                return;
            }
            string access = $"{op.Cs}.{group.PropertyName}";
            if (group.Arity == GroupArity.Variadic)
            {
                if (kind != PKind.ValueRange)
                {
                    Error(PdllDiagnostics.KindMismatch, operands[i].Span, $"operand group '{group.Name}' of '{info.Name}' is variadic: expected a ValueRange");
                    return;
                }
                EmitValueMatch(operands[i], $"{Support}.Values({access})");
            }
            else if (kind == PKind.ValueRange)
                EmitValueMatch(operands[i], group.Arity == GroupArity.Optional ? $"{Support}.Optional({access})" : $"new {IR}Value[] {{ {access} }}");
            else if (group.Arity == GroupArity.Optional)
            {
                string present = _names.Temp("v");
                Line($"if ({access} is not {{ }} {present}) return false;");
                EmitValueMatch(operands[i], present);
            }
            else
                EmitValueMatch(operands[i], access);
        }
    }

    /// <summary>Matches the operand expression <paramref name="e"/> against the C# value (or value list) <paramref name="access"/>.</summary>
    private void EmitValueMatch(Expr e, string access)
    {
        switch (e)
        {
            case WildcardExpr w when w.Constraints.Count == 0:
                return;
            case OpExpr o:
            {
                var v = new Variable("_", o.Span, PType.Op(o.Name), new List<ConstraintRef>(), true) { Anonymous = true };
                v.Cs = _names.Temp("op");
                v.CsOpClass = o.Name != null ? _ops.Find(o.Name)?.FullClassName : null;
                BindDefiningOp(v, access);
                EmitOpMatch(v, o);
                return;
            }
            case MemberExpr m:
                EmitResultMatch(m, access);
                return;
        }
        var variable = _refs[e];
        switch (variable.Type.Kind)
        {
            case PKind.Value:
                if (variable.Bound)
                {
                    Line($"if ({access} != {variable.Cs}) return false;");
                    return;
                }
                variable.Bound = true;
                if (!NeedsLocal(variable))
                    return;
                Line($"var {variable.Cs} = {access};");
                EmitVariableTypeConstraints(variable, $"{variable.Cs}.Type");
                return;
            case PKind.ValueRange:
                if (variable.Bound)
                {
                    Line($"if (!{Support}.Same({access}, {variable.Cs})) return false;");
                    return;
                }
                Line($"{CsType(PType.ValueRange, null)} {variable.Cs} = {access};");
                variable.Bound = true;
                EmitVariableTypeConstraints(variable, $"{Support}.Types({variable.Cs})");
                return;
            case PKind.Op:
                if (variable.Bound)
                {
                    Line($"if ({access}.DefiningOp != {variable.Cs}) return false;");
                    return;
                }
                BindDefiningOp(variable, access);
                EmitOpMatch(variable, variable.Init);
                return;
        }
    }

    /// <summary>Binds the op variable <paramref name="v"/> to the op defining <paramref name="value"/>, checking its name.</summary>
    private void BindDefiningOp(Variable v, string value)
    {
        if (v.CsOpClass != null)
            _typedLocals[v.Cs] = v.CsOpClass;
        if (v.CsOpClass != null)
            Line($"if ({value}.DefiningOp is not {v.CsOpClass} {v.Cs}) return false;");
        else if (v.Type.OpName != null)
            Line($"if ({value}.DefiningOp is not {{ }} {v.Cs} || {v.Cs}.Name.Name != {ModuleCompiler.Quote(v.Type.OpName)}) return false;");
        else
            Line($"if ({value}.DefiningOp is not {{ }} {v.Cs}) return false;");
        v.Bound = true;
        _matchedOps.Add(v.Cs);
    }

    /// <summary><c>op.N</c> as an operand: the value must be that result of the op (bound here if it is not yet).</summary>
    private void EmitResultMatch(MemberExpr m, string access)
    {
        var target = _refs[m.Target];
        int index = ResultIndex(target.Type, m);
        if (index < 0)
            return;
        if (target.Bound)
        {
            Line($"if ({target.Cs}.NumResults <= {index} || {access} != {target.Cs}.GetResult({index})) return false;");
            return;
        }
        string owner = target.CsOpClass != null ? $"{target.CsOpClass} {target.Cs}" : $"{{ }} {target.Cs}";
        if (target.CsOpClass != null)
            _typedLocals[target.Cs] = target.CsOpClass;
        Line($"if ({access} is not {IR}OpResult {{ ResultNumber: {index}, Owner: {owner} }}) return false;");
        if (target.CsOpClass == null && target.Type.OpName != null)
            Line($"if ({target.Cs}.Name.Name != {ModuleCompiler.Quote(target.Type.OpName)}) return false;");
        target.Bound = true;
        _matchedOps.Add(target.Cs);
        EmitOpMatch(target, target.Init);
    }

    /// <summary>The type expressions of <c>Value&lt;t&gt;</c>, <c>ValueRange&lt;ts&gt;</c>, <c>Attr&lt;t&gt;</c> constraints
    /// of a variable just bound; <paramref name="type"/> is its C# type (or type list).</summary>
    private void EmitVariableTypeConstraints(Variable v, string type)
    {
        foreach (var c in v.Constraints)
            if (c.TypeExpr != null)
                EmitTypeMatch(c.TypeExpr, type);
    }

    private void EmitAttributeMatch(Variable op, AttrEntry entry, PdllOpInfo? info)
    {
        var property = info?.Property(entry.Name);
        bool nullable = true;
        string access;
        if (property is { PropertyName: { } p } && op.CsOpClass != null)
        {
            access = $"{op.Cs}.{p}";
            nullable = property.Nullable;
        }
        else
            access = $"{Support}.Attribute({op.Cs}, {ModuleCompiler.Quote(entry.Name)})";
        if (entry.Value == null)
        {
            Line($"if ({access} is not {IR}Attributes.UnitAttr) return false;");
            return;
        }
        if (entry.Value is WildcardExpr { Constraints.Count: 0 })
        {
            if (nullable)
                Line($"if ({access} == null) return false;");
            return;
        }
        if (entry.Value is LiteralExpr literal)
        {
            Line($"if ({access} != this.{LiteralField(literal)}) return false;");
            return;
        }
        var v = _refs[entry.Value];
        if (v.Bound)
        {
            Line($"if ({access} != {v.Cs}) return false;");
            return;
        }
        if (nullable)
            Line($"if ({access} is not {{ }} {v.Cs}) return false;");
        else
            Line($"{IR}Attribute {v.Cs} = {access};");
        v.Bound = true;
        foreach (var c in v.Constraints)
        {
            if (c.TypeExpr == null)
                continue;
            string typed = _names.Temp("t");
            Line($"if ({v.Cs} is not {IR}ITypedAttribute {{ Type: var {typed} }}) return false;");
            EmitTypeMatch(c.TypeExpr, typed);
        }
    }

    private void EmitResultTypesMatch(Variable op, List<Expr> types, PdllOpInfo? info)
    {
        bool ranges = false;
        foreach (var t in types)
            ranges |= _refs.TryGetValue(t, out var v) && v.Type.Kind == PKind.TypeRange;
        if (ranges)
        {
            if (types.Count != 1)
            {
                Error(PdllDiagnostics.Unsupported, types[0].Span, "a TypeRange of result types must be the only one");
                return;
            }
            EmitTypeMatch(types[0], $"{Support}.ResultTypes({op.Cs})");
            return;
        }
        bool typed = info != null && info.FixedResults && info.Results.Count == types.Count && op.CsOpClass != null;
        if (!typed)
            Line($"if ({op.Cs}.NumResults != {types.Count}) return false;");
        for (int i = 0; i < types.Count; i++)
            EmitTypeMatch(types[i], typed && info!.Results[i].PropertyName is { } p ? $"{op.Cs}.{p}.Type" : $"{op.Cs}.GetResult({i}).Type");
    }

    /// <summary>Matches a type expression against the C# type (or type list) <paramref name="access"/>.</summary>
    private void EmitTypeMatch(Expr e, string access)
    {
        if (e is WildcardExpr { Constraints.Count: 0 })
            return;
        if (e is LiteralExpr literal)
        {
            Line($"if ({access} != this.{LiteralField(literal)}) return false;");
            return;
        }
        var v = _refs[e];
        if (v.Type.Kind == PKind.TypeRange)
        {
            if (v.Bound)
                Line($"if (!{Support}.Same({access}, {v.Cs})) return false;");
            else
                Line($"{CsType(PType.TypeRange, null)} {v.Cs} = {access};");
        }
        else if (v.Bound)
            Line($"if ({access} != {v.Cs}) return false;");
        else if (NeedsLocal(v))
            Line($"var {v.Cs} = {access};");
        v.Bound = true;
    }

    /// <summary>Whether a variable needs a C# local: named ones do; an anonymous one only for its own checks.</summary>
    private static bool NeedsLocal(Variable v) =>
        !v.Anonymous || v.Constraints.Exists(static c => c.Kind == ConstraintKind.User || c.TypeExpr != null);

    /// <summary>A native constraint, once everything it reads is bound.</summary>
    private void EmitConstraintCall(NativeFunction f, List<Expr> args, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        if (f.Method == null)
            return;
        var parts = new List<string>();
        if (f.TakesRewriter)
            parts.Add("rewriter");
        for (int i = 0; i < args.Count; i++)
        {
            var (cs, type) = MatchArgument(args[i]);
            if (cs == null)
                return;
            var param = f.Method.Parameters[i + (f.TakesRewriter ? 1 : 0)];
            if (type.Kind == PKind.Op && f.Parameters[i].Kind == PKind.Value && !HasOneResult(type))
            {
                // An op passed as a Value stands for its only result.
                Line($"if ({cs}.NumResults != 1) return false;");
            }
            string? converted = Convert(cs, type, f.Parameters[i], param, args[i].Span);
            if (converted == null)
                return;
            parts.Add(converted);
        }
        _ = span;
        Line($"if (!{_class}.{f.Name}({string.Join(", ", parts)})) return false;");
    }

    private (string? Cs, PType Type) MatchArgument(Expr arg)
    {
        switch (arg)
        {
            case LiteralExpr l:
                return ("this." + LiteralField(l) + "!", l.IsType ? PType.Type : PType.Attr);
            case MemberExpr m:
            {
                var target = _refs[m.Target];
                int index = ResultIndex(target.Type, m);
                if (index < 0)
                    return (null, PType.None);
                if (TypedResult(target.Cs, target.Type, index) is { } typed)
                    return (typed, PType.Value);
                Line($"if ({target.Cs}.NumResults <= {index}) return false;");
                return ($"{target.Cs}.GetResult({index})", PType.Value);
            }
            default:
                var v = _refs[arg];
                return (v.Cs, v.Type);
        }
    }
}
