namespace Dialectic.Lit;

/// <summary>The directive kind of a check line (the suffix after the prefix).</summary>
internal enum CheckKind
{
    Plain,
    Next,
    Same,
    Not,
    Dag,
    Label,
    Empty,
    Count,
    Comment,

    /// <summary>Synthetic end-of-input check that carries trailing CHECK-DAG/CHECK-NOT directives.</summary>
    Eof,
}
