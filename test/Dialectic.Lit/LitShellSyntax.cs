using System.Collections.Generic;

namespace Dialectic.Lit;

/// <summary>A redirection: <see cref="Fd"/> (0, 1 or 2; -1 for <c>&amp;&gt;</c>, both outputs) with operator
/// <c>&gt;</c>, <c>&gt;&gt;</c>, <c>&lt;</c> or <c>&gt;&amp;</c> (duplicate another descriptor).</summary>
internal sealed record LitRedirect(int Fd, string Operator, string Target);

/// <summary>One simple command: its words after quote removal, and its redirections in source order.</summary>
internal sealed record LitCommand(IReadOnlyList<string> Arguments, IReadOnlyList<LitRedirect> Redirects);

/// <summary>Commands joined by <c>|</c>; the stdout of each feeds the stdin of the next.</summary>
internal sealed record LitPipeline(IReadOnlyList<LitCommand> Commands);

/// <summary>
/// Pipelines joined by <c>;</c>, <c>&amp;&amp;</c> or <c>||</c>: <see cref="Operators"/>[i] sits between
/// <see cref="Pipelines"/>[i] and [i + 1].
/// </summary>
internal sealed record LitSequence(IReadOnlyList<LitPipeline> Pipelines, IReadOnlyList<string> Operators);
