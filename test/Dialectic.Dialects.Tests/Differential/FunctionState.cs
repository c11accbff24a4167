using System.Collections.Generic;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>The function being generated: its arguments grow while its body is written (every operand no dialect
/// can materialize becomes one); its result types are chosen up front.</summary>
internal sealed class FunctionState(string name)
{
    public string Name { get; } = name;

    public List<GenValue> Args { get; } = [];

    public List<GenType> Results { get; } = [];
}
