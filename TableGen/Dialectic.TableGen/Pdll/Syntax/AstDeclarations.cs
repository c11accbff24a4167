using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll.Syntax;

/// <summary>A parsed <c>.pdll</c> file: its patterns and native declarations, in source order.</summary>
internal sealed class PdllModule
{
    public List<PatternDecl> Patterns { get; } = new();
    public List<NativeDecl> Natives { get; } = new();
}

/// <summary>Base of the syntax nodes: every node knows its span in the file's text.</summary>
internal abstract class Node
{
    protected Node(TextSpan span) => Span = span;

    public TextSpan Span { get; }
}

internal enum NativeKind
{
    Constraint,
    Rewrite,
}

/// <summary><c>Constraint Name(params);</c> or <c>Rewrite Name(params) -&gt; Result;</c>: implemented in C#.</summary>
internal sealed class NativeDecl(TextSpan span, NativeKind kind, string name, TextSpan nameSpan, List<ParamDecl> parameters,
    List<ConstraintRef>? results, bool resultsParenthesized, string? unsupportedBody) : Node(span)
{
    public NativeKind Kind { get; } = kind;
    public string Name { get; } = name;
    public TextSpan NameSpan { get; } = nameSpan;
    public List<ParamDecl> Parameters { get; } = parameters;
    /// <summary>The declared results; null when none were declared.</summary>
    public List<ConstraintRef>? Results { get; } = results;
    public bool ResultsParenthesized { get; } = resultsParenthesized;
    /// <summary>What the declaration has instead of <c>;</c> (a code block, a PDLL body), which is not supported.</summary>
    public string? UnsupportedBody { get; } = unsupportedBody;
}

/// <summary><c>name: Constraint</c> in a native declaration.</summary>
internal sealed class ParamDecl(TextSpan span, string name, List<ConstraintRef> constraints) : Node(span)
{
    public string Name { get; } = name;
    public List<ConstraintRef> Constraints { get; } = constraints;
}

/// <summary><c>Pattern Name with benefit(N), recursion { body }</c>.</summary>
internal sealed class PatternDecl(TextSpan span, string? name, TextSpan nameSpan, List<Stmt> body) : Node(span)
{
    public string? Name { get; } = name;
    /// <summary>The name's span, or the <c>Pattern</c> keyword's when anonymous.</summary>
    public TextSpan NameSpan { get; } = nameSpan;
    public List<Stmt> Body { get; } = body;
    public int? Benefit { get; set; }
    public bool Recursion { get; set; }
    /// <summary>The <c>//</c> comment lines right above the pattern, without the slashes.</summary>
    public List<string> Doc { get; } = new();
    /// <summary>Metadata items that are not <c>benefit(N)</c> or <c>recursion</c>, with their spans.</summary>
    public List<(string Text, TextSpan Span)> BadMetadata { get; } = new();
}
