using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll.Syntax;

internal enum ConstraintKind
{
    Attr,
    Op,
    Type,
    TypeRange,
    Value,
    ValueRange,
    /// <summary>A native constraint of one argument used as a variable constraint.</summary>
    User,
}

/// <summary>One constraint of a variable: <c>Value</c>, <c>Value&lt;t&gt;</c>, <c>Attr&lt;t&gt;</c>,
/// <c>Op&lt;arith.addi&gt;</c>, <c>Type</c>, a native constraint's name...</summary>
internal sealed class ConstraintRef(TextSpan span, ConstraintKind kind) : Node(span)
{
    public ConstraintKind Kind { get; } = kind;
    /// <summary>The type (or types) <c>Value&lt;...&gt;</c>, <c>ValueRange&lt;...&gt;</c>, <c>Attr&lt;...&gt;</c> are constrained to.</summary>
    public Expr? TypeExpr { get; init; }
    /// <summary>The op name of <c>Op&lt;name&gt;</c>; null for any op.</summary>
    public string? OpName { get; init; }
    public TextSpan OpNameSpan { get; init; }
    /// <summary>The native constraint of a <see cref="ConstraintKind.User"/> reference.</summary>
    public string? UserName { get; init; }
}

internal abstract class Expr(TextSpan span) : Node(span);

/// <summary><c>_</c>, or <c>_: constraints</c>: an anonymous variable.</summary>
internal sealed class WildcardExpr(TextSpan span, List<ConstraintRef> constraints) : Expr(span)
{
    public List<ConstraintRef> Constraints { get; } = constraints;
}

/// <summary><c>name: constraints</c>: a variable defined where it is first used.</summary>
internal sealed class DeclExpr(TextSpan span, string name, TextSpan nameSpan, List<ConstraintRef> constraints) : Expr(span)
{
    public string Name { get; } = name;
    public TextSpan NameSpan { get; } = nameSpan;
    public List<ConstraintRef> Constraints { get; } = constraints;
}

/// <summary><c>Name(args)</c>: a native constraint or rewrite.</summary>
internal sealed class CallExpr(TextSpan span, string name, TextSpan nameSpan, List<Expr> args) : Expr(span)
{
    public string Name { get; } = name;
    public TextSpan NameSpan { get; } = nameSpan;
    public List<Expr> Args { get; } = args;
}

/// <summary>A variable reference.</summary>
internal sealed class RefExpr(TextSpan span, string name) : Expr(span)
{
    public string Name { get; } = name;
}

/// <summary><c>op&lt;name&gt;(operands) {attributes} -&gt; (result types)</c>; each part may be elided (null).</summary>
internal sealed class OpExpr(TextSpan span, string? name, TextSpan nameSpan, List<Expr>? operands, List<AttrEntry>? attributes,
    List<Expr>? resultTypes) : Expr(span)
{
    /// <summary>The op name; null for <c>op</c> or <c>op&lt;&gt;</c> (any op, match sections only).</summary>
    public string? Name { get; } = name;
    public TextSpan NameSpan { get; } = nameSpan;
    public List<Expr>? Operands { get; } = operands;
    public List<AttrEntry>? Attributes { get; } = attributes;
    public List<Expr>? ResultTypes { get; } = resultTypes;
}

/// <summary><c>name = value</c> in an op expression; a missing value means a unit attribute.</summary>
internal sealed class AttrEntry(TextSpan span, string name, Expr? value) : Node(span)
{
    public string Name { get; } = name;
    public Expr? Value { get; } = value;
}

/// <summary><c>attr&lt;"0 : i32"&gt;</c> (<see cref="IsType"/> false) or <c>type&lt;"i32"&gt;</c>: MLIR syntax parsed
/// when the pattern is created.</summary>
internal sealed class LiteralExpr(TextSpan span, bool isType, string text) : Expr(span)
{
    public bool IsType { get; } = isType;
    public string Text { get; } = text;
}

/// <summary><c>(a, b, ...)</c>.</summary>
internal sealed class TupleExpr(TextSpan span, List<Expr> elements) : Expr(span)
{
    public List<Expr> Elements { get; } = elements;
}

/// <summary><c>target.member</c>: an op's result by index or ODS name.</summary>
internal sealed class MemberExpr(TextSpan span, Expr target, string member, TextSpan memberSpan) : Expr(span)
{
    public Expr Target { get; } = target;
    public string Member { get; } = member;
    public TextSpan MemberSpan { get; } = memberSpan;
}
