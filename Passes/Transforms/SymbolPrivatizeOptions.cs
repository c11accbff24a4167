using System;
using System.Collections.Generic;
using Dialectic.Core.Pass;

namespace Dialectic.Passes.Transforms;

/// <summary>Options of <c>symbol-privatize</c>, named as MLIR's.</summary>
public sealed record SymbolPrivatizeOptions
{
    [PassOption("exclude", "Comma separated list of symbols that should not be marked private")]
    public IReadOnlyList<string> Exclude { get; init; } = Array.Empty<string>();
}
