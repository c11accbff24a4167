using System.Collections.Generic;

namespace Dialectic.Core.Pass.TestPasses;

/// <summary>Options of <see cref="TestOptionsPass"/>: one of each kind MLIR's test pass has.</summary>
public sealed record TestOptions
{
    [PassOption("list", "Example list option")]
    public IReadOnlyList<int> List { get; init; } = [];

    [PassOption("string-list", "Example string list option")]
    public IReadOnlyList<string> StringList { get; init; } = [];

    [PassOption("string", "Example string option")]
    public string String { get; init; } = "";

    [PassOption("enum", "Example enum option")]
    public TestOptionsEnum Enum { get; init; }
}
