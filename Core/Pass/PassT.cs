using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Dialectic.Core.Pass;

/// <summary>
/// A pass with options held in an immutable record <typeparamref name="TOptions"/> whose properties carry
/// <see cref="PassOptionAttribute"/>s, e.g.
/// <code>
/// public sealed record CanonicalizeOptions
/// {
///     [PassOption("max-iterations", "Max. iterations between applying patterns")]
///     public long MaxIterations { get; init; } = 10;
/// }
/// </code>
/// Options come from <c>canonicalize{max-iterations=3}</c> or are set in code (<c>pass.Options = ...</c>).
/// </summary>
public abstract class Pass<[DynamicallyAccessedMembers(PassOptionSchema.RecordMembers)] TOptions> : Pass
    where TOptions : class, new()
{
    private static readonly PassOptionSchema Schema = PassOptionSchema.For(typeof(TOptions));

    // Lists given explicitly in option text: an explicitly empty list prints as `name={}`, as in MLIR.
    private HashSet<string>? _explicitLists;

    protected Pass() { }

    protected Pass(TOptions options) => Options = options;

    /// <summary>The option values (immutable; replace the record to change them).</summary>
    public TOptions Options { get; set; } = new();

    internal override void CopyOptionsFrom(Pass other)
    {
        var source = (Pass<TOptions>)other;
        Options = source.Options;
        _explicitLists = source._explicitLists == null ? null : new HashSet<string>(source._explicitLists, StringComparer.Ordinal);
    }

    public override bool TryParseOptions(string options, out string? error)
    {
        var explicitLists = _explicitLists == null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(_explicitLists, StringComparer.Ordinal);
        if (!Schema.TryParse(options, Options, explicitLists, out object parsed, out error))
            return false;
        Options = (TOptions)parsed;
        _explicitLists = explicitLists.Count == 0 ? null : explicitLists;
        return true;
    }

    internal override PassOptionSchema OptionsSchema => Schema;

    public override void PrintOptions(StringBuilder output) => Schema.Print(Options, _explicitLists, output);
}
