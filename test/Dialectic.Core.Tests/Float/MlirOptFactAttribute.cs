using Xunit;

namespace Dialectic.Core.Tests.Float;

/// <summary>
/// A fact that is skipped when mlir-opt-22 is not installed, unless DIALECTIC_REQUIRE_TOOLS=1, in which case it runs
/// (and fails for lack of the tool).
/// </summary>
internal sealed class MlirOptFactAttribute : FactAttribute
{
    public MlirOptFactAttribute()
    {
        if (MlirOpt.Path is null && !MlirOpt.RequireTools)
        {
            Skip = $"{MlirOpt.ToolName} not found (set DIALECTIC_REQUIRE_TOOLS=1 to make this a failure)";
        }
    }
}
