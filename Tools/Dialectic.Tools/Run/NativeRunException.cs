using System;

namespace Dialectic.Tools.Run;

/// <summary>
/// A failure of the native toolchain or execution engine that the user can act on (a missing tool, a compile
/// error, a library that does not load). The message is one or more complete lines without a tool prefix; the
/// command-line driver prints it after <c>dialectic-run: </c> and exits with code 1.
/// </summary>
public sealed class NativeRunException : Exception
{
    /// <summary>Creates the exception with a user-facing <paramref name="message"/>.</summary>
    public NativeRunException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a user-facing <paramref name="message"/> and its cause.</summary>
    public NativeRunException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
