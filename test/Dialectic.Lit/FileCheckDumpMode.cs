namespace Dialectic.Lit;

/// <summary>When FileCheck prints the annotated input dump (<c>--dump-input</c>).</summary>
public enum FileCheckDumpMode
{
    /// <summary>Dump the input only when a check fails (FileCheck's default).</summary>
    Fail,

    /// <summary>Always dump the input, annotated with every match.</summary>
    Always,

    /// <summary>Never dump the input.</summary>
    Never,
}
