using System.Collections.Generic;
using Dialectic.TableGen.Pdll.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>
/// A PDLL variable of a pattern. Match variables are bound when the matcher, walking from the root through operands,
/// attributes and result types, first reaches them (later occurrences compare); rewrite variables when their
/// <c>let</c> runs.
/// </summary>
internal sealed class Variable(string name, TextSpan span, PType type, List<ConstraintRef> constraints, bool inMatch)
{
    public string Name { get; } = name;
    public TextSpan Span { get; } = span;
    public PType Type { get; set; } = type;
    public List<ConstraintRef> Constraints { get; } = constraints;
    public bool InMatch { get; } = inMatch;
    /// <summary>The op expression an op variable stands for in the match (<c>let x = op&lt;...&gt;(...)</c>).</summary>
    public OpExpr? Init { get; set; }
    /// <summary>The C# local holding the variable.</summary>
    public string Cs { get; set; } = "";
    /// <summary>The C# class of the local when it is a typed op (else the kind's base class).</summary>
    public string? CsOpClass { get; set; }
    public bool Bound { get; set; }
    /// <summary>A <c>_: constraints</c> wildcard: not visible by name.</summary>
    public bool Anonymous { get; init; }
}
