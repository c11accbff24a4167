namespace Dialectic.Lit.Tests;

/// <summary>One FileCheck scenario: a check file, an input, extra arguments and the exit code real FileCheck
/// gives (0 pass, 1 mismatch, 2 usage or syntax error).</summary>
public sealed record FileCheckCase(string Name, string Check, string Input, string[] Args, int Expected);
