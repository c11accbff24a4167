using System.Collections.Generic;

namespace Dialectic.Lit;

/// <summary>
/// A positive directive (CHECK, -NEXT, -SAME, -LABEL, -EMPTY, -COUNT, or the synthetic end-of-input check) with
/// the CHECK-DAG/CHECK-NOT directives that precede it, in source order. The DAG/NOT list always starts with the
/// <c>--implicit-check-not</c> patterns.
/// </summary>
internal sealed record FileCheckString(FileCheckPattern Pattern, IReadOnlyList<FileCheckPattern> DagNots);
