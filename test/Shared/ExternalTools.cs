using System;
using Dialectic.Lit;

namespace Dialectic.Tests.Shared;

/// <summary>
/// Locates external tools (mlir-opt-22, FileCheck-22, clang-22, ...) for tests: the <c>DIALECTIC_LLVM_BIN</c>
/// directory first, then <c>PATH</c>, then <c>/usr/lib/llvm-22/bin</c> for LLVM's un-suffixed tools.
/// </summary>
public static class ExternalTools
{
    /// <summary>The install hint shown whenever a tool is missing.</summary>
    public const string InstallHint = "apt-get install -y mlir-22-tools llvm-22";

    /// <summary>True when <c>DIALECTIC_REQUIRE_TOOLS=1</c>: missing tools fail tests instead of skipping
    /// them.</summary>
    public static bool RequireTools => Environment.GetEnvironmentVariable("DIALECTIC_REQUIRE_TOOLS") == "1";

    /// <summary>The full path of tool <paramref name="name"/>, or null when it is not installed.</summary>
    public static string? Find(string name) => LitToolLocator.Find(name);

    /// <summary>The full path of tool <paramref name="name"/>; throws with an install hint when it is
    /// missing.</summary>
    public static string Require(string name) =>
        Find(name) ?? throw new InvalidOperationException(
            "external tool '" + name + "' not found on DIALECTIC_LLVM_BIN, PATH or " + LitToolLocator.LlvmBinDirectory
            + " (" + InstallHint + ")");

    /// <summary>The skip reason for a test needing <paramref name="tools"/>: null when all are present or when
    /// <see cref="RequireTools"/> is set (the test then runs and fails through <see cref="Require"/>).</summary>
    public static string? SkipReason(string[] tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        if (RequireTools)
            return null;
        foreach (string tool in tools)
        {
            if (Find(tool) == null)
                return "needs " + tool + " (" + InstallHint + ")";
        }
        return null;
    }
}
