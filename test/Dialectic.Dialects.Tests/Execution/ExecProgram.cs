namespace Dialectic.Dialects.Tests.Execution;

/// <summary>A generated executable program: <c>func.func @main() -> i64</c> plus helpers, as MLIR text.</summary>
/// <param name="Seed">The generator seed that reproduces it.</param>
/// <param name="Text">The module body (functions at top level, implicit module).</param>
internal sealed record ExecProgram(int Seed, string Text);
