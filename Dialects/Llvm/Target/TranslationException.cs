using System;
using Dialectic.Core.IR;

namespace Dialectic.Dialects.Llvm.Target;

/// <summary>
/// A construct the LLVM IR export cannot express. Thrown inside the translator only and turned into a located
/// diagnostic by <see cref="LlvmIrExport"/>; it never leaves the export.
/// </summary>
internal sealed class TranslationException : Exception
{
    public TranslationException(Operation? op, string message) : base(message) => Op = op;

    /// <summary>The op the message is located at; null when the type or attribute has no op (the caller locates it).</summary>
    public Operation? Op { get; }
}
