using System.Collections.Generic;

namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>A pattern ready to be written as a C# class: header facts and the body of <c>MatchAndRewrite</c>.</summary>
internal sealed class CompiledPattern
{
    public string ClassName { get; set; } = "";
    public string DebugName { get; set; } = "";
    /// <summary>The root op's name; null when the pattern matches any op.</summary>
    public string? RootName { get; set; }
    /// <summary>The root op's C# class when the op is declared in the compilation (the class derives from
    /// <c>OpRewritePattern&lt;TOp&gt;</c>); else null (it derives from <c>RewritePattern</c>).</summary>
    public string? RootClass { get; set; }
    public string RootParameter { get; set; } = "root";
    public int Benefit { get; set; }
    public bool Recursion { get; set; }
    public int Line { get; set; }
    public List<string> Doc { get; } = new();
    /// <summary>Names of the ops the rewrite creates, in first-creation order.</summary>
    public List<string> GeneratedOps { get; } = new();
    /// <summary>Attribute and type literals: field name, whether a type, MLIR text.</summary>
    public List<(string Field, bool IsType, string Text)> Literals { get; } = new();
    /// <summary>The statements of <c>MatchAndRewrite</c>, unindented.</summary>
    public List<string> Body { get; } = new();
}
