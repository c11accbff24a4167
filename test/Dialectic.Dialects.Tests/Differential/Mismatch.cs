namespace Dialectic.Dialects.Tests.Differential;

/// <summary>One disagreement between mlir-opt-22 and dialectic-opt on one program.</summary>
/// <param name="Kind">What was compared (custom, generic, round trip, invalid IR, ...).</param>
/// <param name="Seed">The program's seed (<see cref="ProgramGenerator.Generate"/> with the run's dialects).</param>
/// <param name="Op">The operation the disagreement is about (on the first differing line, or the error's
/// line).</param>
/// <param name="Expected">What mlir-opt printed or reported there.</param>
/// <param name="Actual">What dialectic-opt printed or reported there.</param>
/// <param name="Detail">Context: the first difference with surrounding lines, or both tools' errors.</param>
/// <param name="Program">The input program.</param>
internal sealed record Mismatch(string Kind, int Seed, string Op, string Expected, string Actual, string Detail,
    string Program)
{
    /// <summary>The group this mismatch belongs to: kind and operation.</summary>
    public string Key => Kind + " | " + Op;
}
