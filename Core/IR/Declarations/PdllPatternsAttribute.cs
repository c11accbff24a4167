using System;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// On a <c>static partial class</c>: the TableGen generator compiles the PDLL file <see cref="File"/> (an
/// <c>AdditionalFiles</c> item of the project, matched by file name or by a path suffix) into one
/// <c>sealed class {Pattern}Pattern : RewritePattern</c> per <c>Pattern</c>, nested in the class, plus
/// <c>AddPatterns(RewritePatternSet, Context)</c> and one <c>Add{RootOp}Patterns</c> per root op class. The
/// native constraints (<c>public static bool Name(...)</c>) and rewrites (<c>public static Attribute Name(...)</c>,
/// optionally taking the <c>PatternRewriter</c> first) the file declares are the class's own static methods.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PdllPatternsAttribute : System.Attribute
{
    public PdllPatternsAttribute(string file) => File = file;

    /// <summary>The <c>.pdll</c> file: <c>ArithCanonicalization.pdll</c> or <c>Transforms/ArithCanonicalization.pdll</c>.</summary>
    public string File { get; }
}
