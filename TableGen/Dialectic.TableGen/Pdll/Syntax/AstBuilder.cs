using System.Collections.Generic;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Dialectic.TableGen.Pdll.Grammar;
using Microsoft.CodeAnalysis.Text;
using P = Dialectic.TableGen.Pdll.Grammar.PdllParser;

namespace Dialectic.TableGen.Pdll.Syntax;

/// <summary>Turns an error-free ANTLR parse tree into the <see cref="PdllModule"/> syntax tree. Recursion follows the
/// nesting of PDLL expressions, which is as deep as the pattern text is written.</summary>
internal sealed class AstBuilder(CommonTokenStream tokens)
{
    public PdllModule Build(P.ModuleContext tree)
    {
        var module = new PdllModule();
        foreach (var decl in tree.declaration())
        {
            if (decl.patternDecl() is { } pattern)
                module.Patterns.Add(Pattern(pattern));
            else if (decl.constraintDecl() is { } constraint)
                module.Natives.Add(Native(constraint, NativeKind.Constraint, constraint.IDENT(), constraint.paramList(),
                    constraint.resultList(), constraint.declBody()));
            else if (decl.rewriteDecl() is { } rewrite)
                module.Natives.Add(Native(rewrite, NativeKind.Rewrite, rewrite.IDENT(), rewrite.paramList(),
                    rewrite.resultList(), rewrite.declBody()));
        }
        return module;
    }

    private static TextSpan Span(ParserRuleContext c) =>
        TextSpan.FromBounds(c.Start.StartIndex, c.Stop != null && c.Stop.StopIndex >= c.Start.StartIndex ? c.Stop.StopIndex + 1 : c.Start.StartIndex);

    private static TextSpan Span(IToken t) => TextSpan.FromBounds(t.StartIndex, t.StopIndex + 1);

    private static TextSpan Span(ITerminalNode t) => Span(t.Symbol);

    private NativeDecl Native(ParserRuleContext c, NativeKind kind, ITerminalNode name, P.ParamListContext? parameters,
        P.ResultListContext? results, P.DeclBodyContext body)
    {
        var list = new List<ParamDecl>();
        if (parameters != null)
            foreach (var p in parameters.param())
                list.Add(new ParamDecl(Span(p), p.paramName().GetText(), Constraints(p.constraintList())));
        List<ConstraintRef>? resultList = null;
        bool parenthesized = false;
        if (results != null)
        {
            resultList = new List<ConstraintRef>();
            parenthesized = results.LPAREN() != null;
            foreach (var r in results.constraintRef())
                resultList.Add(Constraint(r));
        }
        string? unsupported = body.CODE_BLOCK() != null ? "a native code block"
            : body.compoundStmt() != null || body.LAMBDA_ARROW() != null ? "a PDLL body" : null;
        return new NativeDecl(Span(c), kind, name.GetText(), Span(name), list, resultList, parenthesized, unsupported);
    }

    private PatternDecl Pattern(P.PatternDeclContext c)
    {
        var name = c.IDENT();
        List<Stmt> body;
        if (c.compoundStmt() is { } compound)
            body = Statements(compound);
        else
            body = new List<Stmt> { Statement(c.statement()) };
        var decl = new PatternDecl(Span(c), name?.GetText(), name != null ? Span(name) : Span(c.PATTERN()), body);
        if (c.patternMetadata() is { } meta)
        {
            foreach (var item in meta.metadataItem())
            {
                string key = item.IDENT().GetText();
                var value = item.INT();
                if (key == "benefit" && value != null && int.TryParse(value.GetText(), out int benefit))
                    decl.Benefit = benefit;
                else if (key == "recursion" && value == null)
                    decl.Recursion = true;
                else
                    decl.BadMetadata.Add((item.GetText(), Span(item)));
            }
        }
        Doc(c.Start, decl.Doc);
        return decl;
    }

    /// <summary>The comment lines directly above <paramref name="start"/> (no blank line in between).</summary>
    private void Doc(IToken start, List<string> doc)
    {
        var hidden = tokens.GetHiddenTokensToLeft(start.TokenIndex);
        if (hidden == null)
            return;
        int line = start.Line;
        var lines = new List<string>();
        for (int i = hidden.Count - 1; i >= 0; i--)
        {
            var t = hidden[i];
            if (t.Type != PdllLexer.LINE_COMMENT || t.Line != line - 1)
                break;
            lines.Add(t.Text.Substring(2).Trim());
            line = t.Line;
        }
        for (int i = lines.Count - 1; i >= 0; i--)
            doc.Add(lines[i]);
    }

    private List<Stmt> Statements(P.CompoundStmtContext c)
    {
        var list = new List<Stmt>();
        foreach (var s in c.statement())
            list.Add(Statement(s));
        return list;
    }

    private Stmt Statement(P.StatementContext c) => c switch
    {
        P.LetStmtContext let => new LetStmt(Span(let), let.IDENT().GetText(), Span(let.IDENT()),
            let.constraintList() is { } cl ? Constraints(cl) : new List<ConstraintRef>(), let.expr() is { } init ? Expr(init) : null),
        P.EraseStmtContext erase => new EraseStmt(Span(erase), Expr(erase.expr())),
        P.ReplaceStmtContext replace => new ReplaceStmt(Span(replace), Expr(replace.expr(0)), Expr(replace.expr(1))),
        P.RewriteStmtContext rewrite => new RewriteStmt(Span(rewrite), Expr(rewrite.expr()), Statements(rewrite.compoundStmt())),
        P.ExprStmtContext e => new ExprStmt(Span(e), Expr(e.expr())),
        _ => throw new System.InvalidOperationException("unknown statement " + c.GetType().Name),
    };

    private List<ConstraintRef> Constraints(P.ConstraintListContext c)
    {
        var list = new List<ConstraintRef>();
        foreach (var r in c.constraintRef())
            list.Add(Constraint(r));
        return list;
    }

    private ConstraintRef Constraint(P.ConstraintRefContext c) => c switch
    {
        P.AttrConstraintContext a => new ConstraintRef(Span(a), ConstraintKind.Attr) { TypeExpr = a.expr() is { } e ? Expr(e) : null },
        P.OpConstraintContext o => new ConstraintRef(Span(o), ConstraintKind.Op)
        {
            OpName = o.opName() is { } n ? n.GetText() : null,
            OpNameSpan = o.opName() is { } s ? Span(s) : Span(o),
        },
        P.TypeConstraintContext t => new ConstraintRef(Span(t), ConstraintKind.Type),
        P.TypeRangeConstraintContext t => new ConstraintRef(Span(t), ConstraintKind.TypeRange),
        P.ValueConstraintContext v => new ConstraintRef(Span(v), ConstraintKind.Value) { TypeExpr = v.expr() is { } e ? Expr(e) : null },
        P.ValueRangeConstraintContext v => new ConstraintRef(Span(v), ConstraintKind.ValueRange) { TypeExpr = v.expr() is { } e ? Expr(e) : null },
        P.UserConstraintContext u => new ConstraintRef(Span(u), ConstraintKind.User) { UserName = u.IDENT().GetText() },
        _ => throw new System.InvalidOperationException("unknown constraint " + c.GetType().Name),
    };

    private Expr Expr(P.ExprContext c)
    {
        var result = Primary(c.primaryExpr());
        foreach (var member in c.memberName())
            result = new MemberExpr(TextSpan.FromBounds(result.Span.Start, Span(member).End), result, member.GetText(), Span(member));
        return result;
    }

    private List<Expr> Args(P.ArgListContext? c)
    {
        var list = new List<Expr>();
        if (c != null)
            foreach (var e in c.expr())
                list.Add(Expr(e));
        return list;
    }

    private Expr Primary(P.PrimaryExprContext c) => c switch
    {
        P.WildcardExprContext w => new WildcardExpr(Span(w), w.constraintList() is { } cl ? Constraints(cl) : new List<ConstraintRef>()),
        P.DeclExprContext d => new DeclExpr(Span(d), d.IDENT().GetText(), Span(d.IDENT()), Constraints(d.constraintList())),
        P.CallExprContext call => new CallExpr(Span(call), call.IDENT().GetText(), Span(call.IDENT()), Args(call.argList())),
        P.RefExprContext r => new RefExpr(Span(r), r.IDENT().GetText()),
        P.OpExprContext op => Op(op),
        P.AttrExprContext a => new LiteralExpr(Span(a), false, Unquote(a.STRING().GetText())),
        P.TypeExprContext t => new LiteralExpr(Span(t), true, Unquote(t.STRING().GetText())),
        P.TupleExprContext t => Tuple(t),
        _ => throw new System.InvalidOperationException("unknown expression " + c.GetType().Name),
    };

    /// <summary><c>(e)</c> is <c>e</c>; <c>()</c> and <c>(a, b, ...)</c> are tuples.</summary>
    private Expr Tuple(P.TupleExprContext t)
    {
        var elements = Args(t.argList());
        return elements.Count == 1 ? elements[0] : new TupleExpr(Span(t), elements);
    }

    /// <summary>The operand list is the parenthesized list before any <c>-&gt;</c>, the result types the one after.</summary>
    private OpExpr Op(P.OpExprContext c)
    {
        List<Expr>? operands = null, results = null;
        List<AttrEntry>? attributes = null;
        bool afterArrow = false;
        foreach (var child in c.children)
        {
            switch (child)
            {
                case ITerminalNode t when t.Symbol.Type == PdllLexer.ARROW:
                    afterArrow = true;
                    break;
                case ITerminalNode t when t.Symbol.Type == PdllLexer.LPAREN:
                    if (afterArrow)
                        results = new List<Expr>();
                    else
                        operands = new List<Expr>();
                    break;
                case P.ArgListContext args:
                    (afterArrow ? results! : operands!).AddRange(Args(args));
                    break;
                case P.AttrDictContext dict:
                    attributes = new List<AttrEntry>();
                    foreach (var entry in dict.attrEntry())
                    {
                        var n = entry.attrName();
                        string name = n.STRING() is { } s ? Unquote(s.GetText()) : n.GetText();
                        attributes.Add(new AttrEntry(Span(entry), name, entry.expr() is { } v ? Expr(v) : null));
                    }
                    break;
            }
        }
        var opName = c.opName();
        return new OpExpr(Span(c), opName?.GetText(), opName != null ? Span(opName) : Span(c.OP()), operands, attributes, results);
    }

    /// <summary>The text of a string literal: quotes removed, <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\t</c> unescaped.</summary>
    private static string Unquote(string literal)
    {
        var sb = new StringBuilder(literal.Length);
        for (int i = 1; i < literal.Length - 1; i++)
        {
            char ch = literal[i];
            if (ch == '\\' && i + 1 < literal.Length - 1)
            {
                char next = literal[++i];
                sb.Append(next switch { 'n' => '\n', 't' => '\t', _ => next });
            }
            else
                sb.Append(ch);
        }
        return sb.ToString();
    }
}
