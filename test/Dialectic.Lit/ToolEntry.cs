using System.IO;

namespace Dialectic.Lit;

/// <summary>
/// An in-process tool: the same contract as a process's <c>main</c>, with the three standard streams passed
/// explicitly so that the lit runner can pipe stages through memory. Returns the exit code.
/// </summary>
public delegate int ToolEntry(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr);
