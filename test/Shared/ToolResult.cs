namespace Dialectic.Tests.Shared;

/// <summary>What one run of an external tool produced.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Stdout">Everything the tool wrote to standard output, decoded as UTF-8.</param>
/// <param name="Stderr">Everything the tool wrote to standard error.</param>
public sealed record ToolResult(int ExitCode, string Stdout, string Stderr);
