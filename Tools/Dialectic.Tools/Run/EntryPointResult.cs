namespace Dialectic.Tools.Run;

/// <summary>The result type of the entry function, as <c>-entry-point-result=</c> names it.</summary>
public enum EntryPointResult
{
    /// <summary><c>void</c>: nothing is printed after the call.</summary>
    Void,

    /// <summary><c>i32</c>: the result is printed in decimal.</summary>
    I32,

    /// <summary><c>i64</c>: the result is printed in decimal.</summary>
    I64,

    /// <summary><c>f32</c>: the result is printed as <c>%.6e</c> (mlir-runner's default).</summary>
    F32,

    /// <summary><c>f64</c>: an extension over mlir-runner (which only knows f32); printed as <c>%.6e</c>.</summary>
    F64,
}
