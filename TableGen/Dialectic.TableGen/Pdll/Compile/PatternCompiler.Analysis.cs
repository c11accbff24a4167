using System.Collections.Generic;
using Dialectic.TableGen.Model;
using Dialectic.TableGen.Pdll.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll.Compile;

// The match section's analysis: in source order, so a variable is visible from its definition on.
internal sealed partial class PatternCompiler
{
    private void AnalyzeMatchStatement(Stmt s)
    {
        switch (s)
        {
            case LetStmt let:
                AnalyzeLet(let);
                break;
            case ExprStmt { Expr: CallExpr call }:
                AnalyzeConstraintCall(call);
                break;
            case ExprStmt e:
                Error(PdllDiagnostics.Unsupported, e.Span,
                    "an expression statement in a match section must call a native constraint: ops are matched only as the root or as producers of the operands of matched ops");
                break;
            default:
                Error(PdllDiagnostics.BadPattern, s.Span, "an operation rewrite statement ('erase', 'replace', 'rewrite') must be the last statement of a pattern");
                break;
        }
    }

    private void AnalyzeLet(LetStmt let)
    {
        var type = ConstraintsType(let.Constraints);
        OpExpr? init = null;
        if (let.Init is OpExpr op)
        {
            var opType = AnalyzeMatchOp(op);
            init = op;
            if (type != null && (type.Kind != PKind.Op || (type.OpName != null && op.Name != null && type.OpName != op.Name)))
                Error(PdllDiagnostics.KindMismatch, let.Init.Span, $"'{let.Name}' is constrained to {type}, but initialized with {opType}");
            else if (type == null || type.OpName == null)
                type = opType;
        }
        else if (let.Init != null)
        {
            Error(PdllDiagnostics.Unsupported, let.Init.Span, "in a match section, 'let' can only name an op expression");
            return;
        }
        if (type == null)
        {
            Error(PdllDiagnostics.BadPattern, let.NameSpan, $"variable '{let.Name}' needs a constraint (such as 'Value') or an initializer");
            type = PType.None;
        }
        var v = Declare(let.Name, let.NameSpan, type, let.Constraints, inMatch: true);
        v.Init = init;
        RegisterUserConstraints(v);
    }

    /// <summary>The type a constraint list gives a variable (null when it has no core constraint); analyzes the type
    /// expressions of <c>Value&lt;t&gt;</c>, <c>Attr&lt;t&gt;</c> and <c>ValueRange&lt;ts&gt;</c>.</summary>
    private PType? ConstraintsType(List<ConstraintRef> constraints)
    {
        PType? result = null;
        foreach (var c in constraints)
        {
            PType? t;
            switch (c.Kind)
            {
                case ConstraintKind.Value:
                    t = PType.Value;
                    if (c.TypeExpr != null)
                        AnalyzeMatchTypeExpr(c.TypeExpr, allowRange: false);
                    break;
                case ConstraintKind.ValueRange:
                    t = PType.ValueRange;
                    if (c.TypeExpr != null)
                        AnalyzeMatchTypeExpr(c.TypeExpr, allowRange: true);
                    break;
                case ConstraintKind.Attr:
                    t = PType.Attr;
                    if (c.TypeExpr != null)
                        AnalyzeMatchTypeExpr(c.TypeExpr, allowRange: false);
                    break;
                case ConstraintKind.Type:
                    t = PType.Type;
                    break;
                case ConstraintKind.TypeRange:
                    t = PType.TypeRange;
                    break;
                case ConstraintKind.Op:
                    CheckOpName(c.OpName, c.OpNameSpan);
                    t = PType.Op(c.OpName);
                    break;
                default:
                    t = UserConstraintType(c);
                    break;
            }
            if (t == null)
                continue;
            if (result == null || (result.Kind == PKind.Op && result.OpName == null && t.Kind == PKind.Op))
                result = t;
            else if (result.Kind != t.Kind || (t.OpName != null && result.OpName != t.OpName))
                Error(PdllDiagnostics.KindMismatch, c.Span, $"constraint {t} conflicts with {result}");
        }
        return result;
    }

    private PType? UserConstraintType(ConstraintRef c)
    {
        var f = _natives.Find(c.UserName!);
        if (f == null)
        {
            Error(PdllDiagnostics.UnknownNative, c.Span, $"undefined reference to constraint '{c.UserName}'");
            return null;
        }
        if (!f.IsConstraint)
        {
            Error(PdllDiagnostics.KindMismatch, c.Span, $"'{f.Name}' is a rewrite, not a constraint");
            return null;
        }
        if (f.Parameters.Count != 1)
        {
            Error(PdllDiagnostics.Arity, c.Span, $"constraint '{f.Name}' takes {f.Parameters.Count} arguments: only a constraint of one argument can constrain a variable");
            return null;
        }
        return f.Parameters[0];
    }

    /// <summary>Queues the native constraints of <paramref name="v"/>'s constraint list, run once the match bound it.</summary>
    private void RegisterUserConstraints(Variable v)
    {
        foreach (var c in v.Constraints)
        {
            if (c.Kind != ConstraintKind.User || _natives.Find(c.UserName!) is not { IsConstraint: true, Parameters.Count: 1 } f)
                continue;
            var reference = new RefExpr(c.Span, v.Name);
            _refs[reference] = v;
            _checks.Add((f, new List<Expr> { reference }, c.Span));
        }
    }

    private void AnalyzeConstraintCall(CallExpr call)
    {
        var f = _natives.Find(call.Name);
        if (f == null)
        {
            Error(PdllDiagnostics.UnknownNative, call.NameSpan, $"undefined reference to constraint '{call.Name}'");
            return;
        }
        if (!f.IsConstraint)
        {
            Error(PdllDiagnostics.KindMismatch, call.NameSpan, $"rewrite '{f.Name}' can only be called in the rewrite section");
            return;
        }
        if (call.Args.Count != f.Parameters.Count)
        {
            Error(PdllDiagnostics.Arity, call.Span, $"constraint '{f.Name}' expects {f.Parameters.Count} arguments, but got {call.Args.Count}");
            return;
        }
        foreach (var arg in call.Args)
            AnalyzeArgument(arg);
        _checks.Add((f, call.Args, call.Span));
    }

    /// <summary>An argument of a native constraint: a variable, a literal, or a result of an op variable.</summary>
    private PType? AnalyzeArgument(Expr arg)
    {
        switch (arg)
        {
            case RefExpr r:
                if (Lookup(r.Name, r.Span) is not { } v)
                    return null;
                _refs[r] = v;
                return v.Type;
            case LiteralExpr l:
                LiteralField(l);
                return l.IsType ? PType.Type : PType.Attr;
            case MemberExpr m:
                return AnalyzeMember(m);
            default:
                Error(PdllDiagnostics.Unsupported, arg.Span, "a constraint argument must be a variable, a literal or an op result ('op.0')");
                return null;
        }
    }

    /// <summary>The root: a match op variable, an inline op expression, or <c>name: Op&lt;...&gt;</c>.</summary>
    private Variable? AnalyzeRoot(Expr target)
    {
        Variable? root;
        switch (target)
        {
            case RefExpr r:
                root = Lookup(r.Name, r.Span);
                if (root == null)
                    return null;
                break;
            case OpExpr o:
                AnalyzeMatchOp(o);
                root = Declare("_", o.Span, PType.Op(o.Name), new List<ConstraintRef>(), inMatch: true);
                root.Init = o;
                break;
            case DeclExpr d:
                root = Declare(d.Name, d.NameSpan, ConstraintsType(d.Constraints) ?? PType.None, d.Constraints, inMatch: true);
                RegisterUserConstraints(root);
                break;
            default:
                Error(PdllDiagnostics.BadPattern, target.Span, "the root of a pattern must be an op");
                return null;
        }
        if (root.Type.Kind != PKind.Op)
        {
            Error(PdllDiagnostics.BadPattern, target.Span, $"the root of a pattern must be an op, but '{root.Name}' is {root.Type}");
            return null;
        }
        return root;
    }

    /// <summary>Operands, attributes and result types of a matched op; checks their count against the op's
    /// declaration when it is in the compilation.</summary>
    private PType AnalyzeMatchOp(OpExpr o)
    {
        CheckOpName(o.Name, o.NameSpan);
        var info = o.Name != null ? _ops.Find(o.Name) : null;
        if (o.Operands != null)
        {
            bool ranges = false;
            foreach (var operand in o.Operands)
                ranges |= AnalyzeMatchValueExpr(operand)?.Kind == PKind.ValueRange;
            if (info != null && !ranges && info.FixedOperands && info.Operands.Count != o.Operands.Count)
                Error(PdllDiagnostics.Arity, o.Span, $"'{o.Name}' has {info.Operands.Count} operands, but the pattern gives {o.Operands.Count}");
        }
        if (o.Attributes != null)
            foreach (var entry in o.Attributes)
                if (entry.Value != null)
                    AnalyzeMatchAttrExpr(entry.Value);
        if (o.ResultTypes != null)
        {
            bool ranges = false;
            foreach (var type in o.ResultTypes)
                ranges |= AnalyzeMatchTypeExpr(type, allowRange: true)?.Kind == PKind.TypeRange;
            if (info != null && !ranges && info.FixedResults && info.Results.Count != o.ResultTypes.Count)
                Error(PdllDiagnostics.Arity, o.Span, $"'{o.Name}' has {info.Results.Count} results, but the pattern gives {o.ResultTypes.Count} result types");
        }
        return PType.Op(o.Name);
    }

    /// <summary>An operand: a Value, a ValueRange, or an op standing for its result.</summary>
    private PType? AnalyzeMatchValueExpr(Expr e)
    {
        switch (e)
        {
            case WildcardExpr w when w.Constraints.Count == 0:
                return PType.Value;
            case OpExpr o:
                return AnalyzeMatchOp(o);
            case MemberExpr m:
                return AnalyzeMember(m);
        }
        if (!TryAnalyzeBinding(e, out var type))
        {
            Error(PdllDiagnostics.KindMismatch, e.Span, "expected a value (an operand)");
            return null;
        }
        if (type != null && type.Kind is not (PKind.Value or PKind.ValueRange or PKind.Op))
        {
            Error(PdllDiagnostics.KindMismatch, e.Span, $"expected a Value, ValueRange or Op as an operand, but got {type}");
            return null;
        }
        return type;
    }

    private PType? AnalyzeMatchAttrExpr(Expr e)
    {
        switch (e)
        {
            case WildcardExpr w when w.Constraints.Count == 0:
                return PType.Attr;
            case LiteralExpr { IsType: false } l:
                LiteralField(l);
                return PType.Attr;
        }
        if (!TryAnalyzeBinding(e, out var type))
        {
            Error(PdllDiagnostics.KindMismatch, e.Span, "expected an attribute");
            return null;
        }
        if (type != null && type.Kind != PKind.Attr)
        {
            Error(PdllDiagnostics.KindMismatch, e.Span, $"expected an Attr, but got {type}");
            return null;
        }
        return type;
    }

    private PType? AnalyzeMatchTypeExpr(Expr e, bool allowRange)
    {
        switch (e)
        {
            case WildcardExpr w when w.Constraints.Count == 0:
                return PType.Type;
            case LiteralExpr { IsType: true } l:
                LiteralField(l);
                return PType.Type;
        }
        if (!TryAnalyzeBinding(e, out var type))
        {
            Error(PdllDiagnostics.KindMismatch, e.Span, "expected a type");
            return null;
        }
        if (type != null && !(type.Kind == PKind.Type || (allowRange && type.Kind == PKind.TypeRange)))
        {
            Error(PdllDiagnostics.KindMismatch, e.Span, $"expected a Type{(allowRange ? " or TypeRange" : "")}, but got {type}");
            return null;
        }
        return type;
    }

    /// <summary>
    /// The match positions that bind a variable: <c>_: constraints</c>, <c>name: constraints</c>, or a reference to an
    /// earlier variable. True with the variable's type (null after a reported error); false for other expressions.
    /// </summary>
    private bool TryAnalyzeBinding(Expr e, out PType? type)
    {
        switch (e)
        {
            case WildcardExpr w:
                type = DeclareInline("_", w.Span, w.Constraints, e);
                return true;
            case DeclExpr d:
                type = DeclareInline(d.Name, d.NameSpan, d.Constraints, e);
                return true;
            case RefExpr r:
                type = null;
                if (Lookup(r.Name, r.Span) is { } v)
                {
                    _refs[r] = v;
                    type = v.Type;
                }
                return true;
            default:
                type = null;
                return false;
        }
    }

    /// <summary>Declares the inline variable <c>name: constraints</c> (or an anonymous <c>_: constraints</c>) at its use.</summary>
    private PType? DeclareInline(string name, TextSpan span, List<ConstraintRef> constraints, Expr use)
    {
        var type = ConstraintsType(constraints);
        if (type == null)
        {
            Error(PdllDiagnostics.BadPattern, span, $"'{name}' needs a core constraint such as 'Value', 'Attr' or 'Type'");
            return null;
        }
        var v = Declare(name, span, type, constraints, inMatch: true);
        _refs[use] = v;
        RegisterUserConstraints(v);
        return type;
    }

    /// <summary><c>op.N</c> or <c>op.name</c>: a result of an op variable (or of an inline op expression).</summary>
    private PType? AnalyzeMember(MemberExpr m)
    {
        Variable? target;
        switch (m.Target)
        {
            case RefExpr r:
                target = Lookup(r.Name, r.Span);
                if (target != null)
                    _refs[r] = target;
                break;
            case OpExpr o:
                AnalyzeMatchOp(o);
                target = Declare("_", o.Span, PType.Op(o.Name), new List<ConstraintRef>(), inMatch: true);
                target.Init = o;
                _refs[o] = target;
                break;
            default:
                Error(PdllDiagnostics.Unsupported, m.Span, "only the results of an op can be accessed with '.'");
                return null;
        }
        if (target == null)
            return null;
        if (target.Type.Kind != PKind.Op)
        {
            Error(PdllDiagnostics.KindMismatch, m.Target.Span, $"expected an Op before '.{m.Member}', but got {target.Type}");
            return null;
        }
        return ResultIndex(target.Type, m) >= 0 ? PType.Value : null;
    }

    /// <summary>The result index <c>.N</c> or <c>.name</c> selects; -1 (reported) when it selects none or a group of
    /// several values.</summary>
    private int ResultIndex(PType op, MemberExpr m)
    {
        if (int.TryParse(m.Member, out int index))
            return index;
        var info = op.OpName != null ? _ops.Find(op.OpName) : null;
        if (info == null)
        {
            Error(PdllDiagnostics.BadPattern, m.MemberSpan, $"results of {op} can only be accessed by index: its declaration is not in the compilation");
            return -1;
        }
        for (int i = 0; i < info.Results.Count; i++)
        {
            var g = info.Results[i];
            if (g.Name != m.Member)
            {
                if (g.Arity != GroupArity.Single)
                    break;
                continue;
            }
            if (g.Arity == GroupArity.Single)
                return i;
            break;
        }
        Error(PdllDiagnostics.BadPattern, m.MemberSpan, $"'{op.OpName}' has no single result named '{m.Member}' at a fixed position");
        return -1;
    }

    /// <summary>The kind an analyzed operand expression produces.</summary>
    private PKind KindOf(Expr e) => e switch
    {
        OpExpr => PKind.Op,
        MemberExpr => PKind.Value,
        _ when _refs.TryGetValue(e, out var v) => v.Type.Kind,
        WildcardExpr => PKind.None,
        _ => PKind.None,
    };
}
