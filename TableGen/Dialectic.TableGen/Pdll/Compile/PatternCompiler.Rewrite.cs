using System.Collections.Generic;
using Dialectic.TableGen.Model;
using Dialectic.TableGen.Pdll.Syntax;

namespace Dialectic.TableGen.Pdll.Compile;

// The rewrite: statements in source order, after the match succeeded. Ops are built with OperationState at the
// rewriter's insertion point (right before the root), located at the fused location of the matched ops.
internal sealed partial class PatternCompiler
{
    /// <summary>Stands for the OperationState local in result-type lines computed before it is named.</summary>
    private const string StatePlaceholder = "\u0001state";

    private void EmitRewrite(Stmt last, Variable root)
    {
        switch (last)
        {
            case EraseStmt:
                Line($"rewriter.EraseOp({root.Cs});");
                break;
            case ReplaceStmt replace:
                EmitReplace(root.Cs, replace.Replacement);
                break;
            case RewriteStmt rewrite:
                foreach (var s in rewrite.Body)
                    EmitRewriteStatement(s);
                break;
        }
        Line("return true;");
    }

    private void EmitRewriteStatement(Stmt s)
    {
        switch (s)
        {
            case LetStmt let:
            {
                if (let.Init == null)
                {
                    Error(PdllDiagnostics.Unbound, let.NameSpan, $"'{let.Name}' is not bound: a variable in a rewrite section needs an initializer");
                    return;
                }
                string cs = _names.Named(let.Name);
                var (value, type) = RewriteExpr(let.Init, cs);
                if (value == null)
                    return;
                var declared = ConstraintsTypeInRewrite(let.Constraints);
                if (declared != null && Convert(value, type, declared, null, let.Init.Span) is null)
                    return;
                if (value != cs)
                    Line($"var {cs} = {value};");
                var v = Declare(let.Name, let.NameSpan, type, let.Constraints, inMatch: false);
                v.Cs = cs;
                v.Bound = true;
                return;
            }
            case ExprStmt { Expr: OpExpr or CallExpr } e:
                RewriteExpr(e.Expr, null, statement: true);
                return;
            case EraseStmt erase:
                if (RewriteOp(erase.Target) is { } erased)
                    Line($"rewriter.EraseOp({erased});");
                return;
            case ReplaceStmt replace:
                if (RewriteOp(replace.Target) is { } replaced)
                    EmitReplace(replaced, replace.Replacement);
                return;
            case RewriteStmt nested:
                Error(PdllDiagnostics.Unsupported, nested.Span, "'rewrite' cannot be nested in a rewrite section");
                return;
            default:
                Error(PdllDiagnostics.Unsupported, s.Span, "a statement of a rewrite section must be 'let', an op expression, a native rewrite call, 'erase' or 'replace'");
                return;
        }
    }

    /// <summary>Constraints on a rewrite variable only give its type (core constraints; no type expressions).</summary>
    private PType? ConstraintsTypeInRewrite(List<ConstraintRef> constraints)
    {
        PType? result = null;
        foreach (var c in constraints)
        {
            PType? t = c.Kind switch
            {
                ConstraintKind.Value => PType.Value,
                ConstraintKind.ValueRange => PType.ValueRange,
                ConstraintKind.Attr => PType.Attr,
                ConstraintKind.Type => PType.Type,
                ConstraintKind.TypeRange => PType.TypeRange,
                ConstraintKind.Op => PType.Op(c.OpName),
                _ => null,
            };
            if (t == null)
                Error(PdllDiagnostics.Unsupported, c.Span, "native constraints cannot be applied in a rewrite section");
            else
                result = t;
        }
        return result;
    }

    private string? RewriteOp(Expr target)
    {
        var (cs, type) = RewriteExpr(target, null);
        if (cs == null)
            return null;
        if (type.Kind != PKind.Op)
        {
            Error(PdllDiagnostics.KindMismatch, target.Span, $"expected an Op, but got {type}");
            return null;
        }
        return cs;
    }

    private void EmitReplace(string target, Expr replacement)
    {
        if (replacement is OpExpr o)
        {
            if (CreateOp(o, null, inferFrom: target) is { } created)
                Line($"rewriter.ReplaceOp({target}, {created});");
            return;
        }
        var elements = replacement is TupleExpr tuple ? tuple.Elements : new List<Expr> { replacement };
        var parts = new List<(string Cs, PKind Kind)>();
        foreach (var element in elements)
        {
            var (cs, type) = RewriteExpr(element, null);
            if (cs == null)
                return;
            if (type.Kind is not (PKind.Value or PKind.ValueRange or PKind.Op))
            {
                Error(PdllDiagnostics.KindMismatch, element.Span, $"an op can only be replaced with values, but got {type}");
                return;
            }
            parts.Add((cs, type.Kind));
        }
        if (parts.Count == 1 && parts[0].Kind == PKind.Op)
        {
            Line($"rewriter.ReplaceOp({target}, {parts[0].Cs});");
            return;
        }
        if (parts.Count == 1 && parts[0].Kind == PKind.ValueRange)
        {
            Line($"rewriter.ReplaceOp({target}, {parts[0].Cs});");
            return;
        }
        bool allValues = true;
        foreach (var (_, kind) in parts)
            allValues &= kind == PKind.Value;
        if (allValues)
        {
            var items = new List<string>();
            foreach (var (cs, _) in parts)
                items.Add(cs);
            Line($"rewriter.ReplaceOp({target}, new {IR}Value?[] {{ {string.Join(", ", items)} }});");
            return;
        }
        string list = _names.Temp("values");
        Line($"var {list} = new global::System.Collections.Generic.List<{IR}Value?>();");
        foreach (var (cs, kind) in parts)
            Line(kind switch
            {
                PKind.Value => $"{list}.Add({cs});",
                PKind.Op => $"{list}.AddRange({Support}.Results({cs}));",
                _ => $"{list}.AddRange({cs});",
            });
        Line($"rewriter.ReplaceOp({target}, {list});");
    }

    /// <summary>
    /// Emits what computes <paramref name="e"/> in the rewrite section and returns the C# expression holding it (null
    /// after an error). <paramref name="name"/> names the local of a created op or call result; with
    /// <paramref name="statement"/> the value is not used.
    /// </summary>
    private (string? Cs, PType Type) RewriteExpr(Expr e, string? name, bool statement = false)
    {
        switch (e)
        {
            case RefExpr r:
            {
                if (Lookup(r.Name, r.Span) is not { } v)
                    return (null, PType.None);
                if (!v.Bound)
                {
                    Error(PdllDiagnostics.Unbound, r.Span, $"'{r.Name}' is not bound");
                    return (null, PType.None);
                }
                return (v.Cs, v.Type);
            }
            case OpExpr o:
                return (CreateOp(o, name, inferFrom: null), PType.Op(o.Name));
            case CallExpr call:
                return CallRewrite(call, name, statement);
            case LiteralExpr l:
                return ("this." + LiteralField(l) + "!", l.IsType ? PType.Type : PType.Attr);
            case MemberExpr m:
            {
                var (target, type) = RewriteExpr(m.Target, null);
                if (target == null)
                    return (null, PType.None);
                if (type.Kind != PKind.Op)
                {
                    Error(PdllDiagnostics.KindMismatch, m.Target.Span, $"expected an Op before '.{m.Member}', but got {type}");
                    return (null, PType.None);
                }
                int index = ResultIndex(type, m);
                if (index < 0)
                    return (null, PType.None);
                return (TypedResult(target, type, index) ?? $"{target}.GetResult({index})", PType.Value);
            }
            case DeclExpr or WildcardExpr:
                Error(PdllDiagnostics.Unbound, e.Span, "a variable defined in a rewrite section must be bound by 'let name = ...'");
                return (null, PType.None);
            default:
                Error(PdllDiagnostics.Unsupported, e.Span, "a tuple can only be the replacement of 'replace'");
                return (null, PType.None);
        }
    }

    private (string? Cs, PType Type) CallRewrite(CallExpr call, string? name, bool statement)
    {
        var f = _natives.Find(call.Name);
        if (f == null)
        {
            Error(PdllDiagnostics.UnknownNative, call.NameSpan, $"undefined reference to rewrite '{call.Name}'");
            return (null, PType.None);
        }
        if (f.IsConstraint)
        {
            Error(PdllDiagnostics.KindMismatch, call.NameSpan, $"constraint '{f.Name}' can only be called in the match section");
            return (null, PType.None);
        }
        if (call.Args.Count != f.Parameters.Count)
        {
            Error(PdllDiagnostics.Arity, call.Span, $"rewrite '{f.Name}' expects {f.Parameters.Count} arguments, but got {call.Args.Count}");
            return (null, PType.None);
        }
        var parts = new List<string>();
        if (f.TakesRewriter)
            parts.Add("rewriter");
        for (int i = 0; i < call.Args.Count; i++)
        {
            var (cs, type) = RewriteExpr(call.Args[i], null);
            if (cs == null)
                return (null, PType.None);
            var param = f.Method?.Parameters[i + (f.TakesRewriter ? 1 : 0)];
            string? converted = Convert(cs, type, f.Parameters[i], param, call.Args[i].Span);
            if (converted == null)
                return (null, PType.None);
            parts.Add(converted);
        }
        string invocation = $"{_class}.{f.Name}({string.Join(", ", parts)})";
        if (f.Result.Kind == PKind.None)
        {
            if (!statement)
            {
                Error(PdllDiagnostics.KindMismatch, call.Span, $"rewrite '{f.Name}' has no result");
                return (null, PType.None);
            }
            Line(invocation + ";");
            return ("", PType.None);
        }
        if (statement)
        {
            Line(invocation + ";");
            return ("", f.Result);
        }
        string local = name ?? _names.Temp("r");
        Line($"var {local} = {invocation};");
        return (local, f.Result);
    }

    /// <summary>
    /// Creates the op of <paramref name="o"/> and returns its local. Result types are, in order: the explicit
    /// <c>-&gt; (...)</c>; those of <paramref name="inferFrom"/> (the op it replaces); or inferred from the op's
    /// declaration: none, the first operand's type under <c>SameOperandsAndResultType</c>, the <c>value</c>
    /// attribute's type for a <c>ConstantLike</c> op, or the type of an operand or attribute in an
    /// <c>AllTypesMatch</c> group with the result.
    /// </summary>
    private string? CreateOp(OpExpr o, string? name, string? inferFrom)
    {
        if (o.Name == null)
        {
            Error(PdllDiagnostics.BadPattern, o.Span, "an op created in a rewrite needs a name: op<dialect.name>");
            return null;
        }
        if (!CheckOpName(o.Name, o.NameSpan))
            return null;
        var info = _ops.Find(o.Name);
        var operands = new List<(string Cs, bool Range)>();
        if (o.Operands != null)
        {
            for (int i = 0; i < o.Operands.Count; i++)
            {
                var (cs, type) = RewriteExpr(o.Operands[i], null);
                if (cs == null)
                    return null;
                bool variadic = info != null && info.Operands.Count == o.Operands.Count && info.Operands[i].Arity == GroupArity.Variadic;
                var want = type.Kind == PKind.ValueRange || (variadic && type.Kind == PKind.Op) ? PType.ValueRange : PType.Value;
                string? converted = Convert(cs, type, want, null, o.Operands[i].Span);
                if (converted == null)
                    return null;
                operands.Add((converted, want.Kind == PKind.ValueRange));
            }
        }
        if (info != null && o.Operands != null && info.FixedOperands && info.Operands.Count != operands.Count && !operands.Exists(x => x.Range))
        {
            Error(PdllDiagnostics.Arity, o.Span, $"'{o.Name}' has {info.Operands.Count} operands, but the rewrite gives {operands.Count}");
            return null;
        }
        var attributes = new List<(string Name, string Cs)>();
        if (o.Attributes != null)
        {
            foreach (var entry in o.Attributes)
            {
                if (entry.Value == null)
                {
                    attributes.Add((entry.Name, "rewriter.Context.UnitAttr"));
                    continue;
                }
                var (cs, type) = RewriteExpr(entry.Value, null);
                if (cs == null)
                    return null;
                if (type.Kind != PKind.Attr)
                {
                    Error(PdllDiagnostics.KindMismatch, entry.Value.Span, $"expected an Attr for '{entry.Name}', but got {type}");
                    return null;
                }
                attributes.Add((entry.Name, cs));
            }
        }
        var resultTypes = new List<string>();
        if (o.ResultTypes != null)
        {
            foreach (var t in o.ResultTypes)
            {
                var (cs, type) = RewriteExpr(t, null);
                if (cs == null)
                    return null;
                if (type.Kind is not (PKind.Type or PKind.TypeRange))
                {
                    Error(PdllDiagnostics.KindMismatch, t.Span, $"expected a Type or TypeRange, but got {type}");
                    return null;
                }
                resultTypes.Add(type.Kind == PKind.Type ? $"{StatePlaceholder}.ResultTypes.Add({cs});" : $"{StatePlaceholder}.ResultTypes.AddRange({cs});");
            }
        }
        else if (inferFrom != null)
            resultTypes.Add($"{Support}.AddResultTypes({StatePlaceholder}, {inferFrom});");
        else if (!InferResultTypes(o, info, operands, attributes, resultTypes))
            return null;

        if (!_locationEmitted)
        {
            Line(_matchedOps.Count == 1
                ? $"var loc = {_matchedOps[0]}.Location;"
                : $"var loc = {IR}Attributes.FusedLoc.Get(rewriter.Context, [{string.Join(", ", _matchedOps.ConvertAll(x => x + ".Location"))}]);");
            _locationEmitted = true;
        }
        if (!_out.GeneratedOps.Contains(o.Name))
            _out.GeneratedOps.Add(o.Name);
        string state = _names.Temp("state");
        Line($"var {state} = new {IR}OperationState(loc, {ModuleCompiler.Quote(o.Name)});");
        foreach (var (cs, range) in operands)
            Line(range ? $"{state}.Operands.AddRange({cs});" : $"{state}.Operands.Add({cs});");
        foreach (var line in resultTypes)
            Line(line.Replace(StatePlaceholder, state));
        if (attributes.Count > 0)
        {
            var entries = new List<string>();
            foreach (var (attrName, cs) in attributes)
                entries.Add($"({ModuleCompiler.Quote(attrName)}, {cs})");
            Line($"{Support}.SetAttributes({state}, {string.Join(", ", entries)});");
        }
        string local = name ?? _names.Temp("op");
        Line($"var {local} = rewriter.Create({state});");
        return local;
    }

    private bool InferResultTypes(OpExpr o, PdllOpInfo? info, List<(string Cs, bool Range)> operands,
        List<(string Name, string Cs)> attributes, List<string> resultTypes)
    {
        if (info == null)
        {
            Error(PdllDiagnostics.ResultTypes, o.Span,
                $"cannot infer the result types of '{o.Name}' (not declared in this compilation): give them with '-> (...)', or '-> ()' for none");
            return false;
        }
        if (info.Results.Count == 0)
            return true;
        if (!info.FixedResults)
        {
            Error(PdllDiagnostics.ResultTypes, o.Span, $"cannot infer the result types of '{o.Name}' (it has variable-length results): give them with '-> (...)'");
            return false;
        }
        foreach (var result in info.Results)
        {
            string? source = null;
            if (info.SameOperandsAndResultType && operands.Count > 0 && !operands[0].Range)
                source = operands[0].Cs + ".Type";
            // A constant-like op produces a value of its typed 'value' attribute's type.
            if (source == null && info.ConstantLike && info.Results.Count == 1)
                foreach (var (attrName, cs) in attributes)
                    if (attrName == "value")
                        source = $"{Support}.TypeOf({cs})";
            foreach (var group in info.TypeMatches)
            {
                if (source != null || !Contains(group, result.Name))
                    continue;
                foreach (var member in group)
                {
                    int operand = info.FixedOperands && operands.Count == info.Operands.Count ? IndexOf(info.Operands, member) : -1;
                    if (operand >= 0)
                    {
                        source = operands[operand].Cs + ".Type";
                        break;
                    }
                    foreach (var (attrName, cs) in attributes)
                        if (attrName == member)
                            source = $"{Support}.TypeOf({cs})";
                    if (source != null)
                        break;
                }
            }
            if (source == null)
            {
                Error(PdllDiagnostics.ResultTypes, o.Span,
                    $"cannot infer the type of result '{result.Name}' of '{o.Name}': give the result types with '-> (...)'");
                return false;
            }
            resultTypes.Add($"{StatePlaceholder}.ResultTypes.Add({source});");
        }
        return true;
    }

    private static bool Contains(EquatableArray<string> names, string name)
    {
        foreach (var n in names)
            if (n == name)
                return true;
        return false;
    }

    private static int IndexOf(EquatableArray<PdllOpGroup> groups, string name)
    {
        for (int i = 0; i < groups.Count; i++)
            if (groups[i].Name == name)
                return i;
        return -1;
    }
}
