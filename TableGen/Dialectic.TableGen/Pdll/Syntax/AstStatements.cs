using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll.Syntax;

internal abstract class Stmt(TextSpan span) : Node(span);

/// <summary><c>let name: constraints = init;</c> (constraints and initializer optional).</summary>
internal sealed class LetStmt(TextSpan span, string name, TextSpan nameSpan, List<ConstraintRef> constraints, Expr? init) : Stmt(span)
{
    public string Name { get; } = name;
    public TextSpan NameSpan { get; } = nameSpan;
    public List<ConstraintRef> Constraints { get; } = constraints;
    public Expr? Init { get; } = init;
}

/// <summary><c>expr;</c>: a native constraint call in a match section, an op creation or native rewrite call in a
/// rewrite block.</summary>
internal sealed class ExprStmt(TextSpan span, Expr expr) : Stmt(span)
{
    public Expr Expr { get; } = expr;
}

/// <summary><c>erase op;</c></summary>
internal sealed class EraseStmt(TextSpan span, Expr target) : Stmt(span)
{
    public Expr Target { get; } = target;
}

/// <summary><c>replace op with values;</c></summary>
internal sealed class ReplaceStmt(TextSpan span, Expr target, Expr replacement) : Stmt(span)
{
    public Expr Target { get; } = target;
    public Expr Replacement { get; } = replacement;
}

/// <summary><c>rewrite op with { statements };</c></summary>
internal sealed class RewriteStmt(TextSpan span, Expr target, List<Stmt> body) : Stmt(span)
{
    public Expr Target { get; } = target;
    public List<Stmt> Body { get; } = body;
}
