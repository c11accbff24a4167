using System.Text.RegularExpressions;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>Counts the operations of a module printed in generic form (<c>--mlir-print-op-generic</c>), where
/// every operation, the module included, starts its own line with its quoted name.</summary>
internal static partial class ExecOpCounter
{
    // An optional result list "%0 = " / "%0:2 = " / "%a, %b = ", then "dialect.op"( .
    [GeneratedRegex(@"^\s*(?:%[^=""]*=\s*)?""[A-Za-z_][\w$.]*""\(", RegexOptions.Multiline)]
    private static partial Regex OpLine();

    public static int Count(string genericText) => OpLine().Count(genericText);
}
