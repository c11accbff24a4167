using System.Collections.Generic;
using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Pdll;

/// <summary>The ops declared in the compilation, by name, and the dialects they belong to. An op of a dialect with
/// no op here is matched and built generically (by name); an unknown op of a known dialect is an error.</summary>
internal sealed class PdllOpTable
{
    private readonly Dictionary<string, PdllOpInfo> _ops = new();
    private readonly HashSet<string> _dialects = new();

    public PdllOpTable(EquatableArray<PdllOpInfo> ops)
    {
        foreach (var op in ops)
        {
            if (!_ops.ContainsKey(op.Name))
                _ops.Add(op.Name, op);
            _dialects.Add(op.Dialect);
        }
    }

    public PdllOpInfo? Find(string name) => _ops.TryGetValue(name, out var op) ? op : null;

    /// <summary>True when some op of <paramref name="name"/>'s dialect is declared in the compilation.</summary>
    public bool KnowsDialectOf(string name)
    {
        int dot = name.IndexOf('.');
        return dot > 0 && _dialects.Contains(name.Substring(0, dot));
    }

    /// <summary>Projects the op generator's model onto what PDLL needs.</summary>
    public static PdllOpInfo? From(OpParseResult result)
    {
        if (result.Model is not { } m)
            return null;
        var operands = new List<PdllOpGroup>();
        foreach (var o in m.Operands)
            operands.Add(new PdllOpGroup(o.Name, Accessible(o.Accessibility) ? o.PropertyName : null, o.Arity));
        var results = new List<PdllOpGroup>();
        foreach (var r in m.Results)
            results.Add(new PdllOpGroup(r.Name, Accessible(r.Accessibility) ? r.PropertyName : null, r.Arity));
        var properties = new List<PdllOpProperty>();
        foreach (var p in m.Properties)
            properties.Add(new PdllOpProperty(p.Name, Accessible(p.Accessibility) ? p.PropertyName : null, p.IsOptional && p.Default == null));
        return new PdllOpInfo(m.OperationName, m.FullClassName, operands.ToEquatableArray(), results.ToEquatableArray(),
            properties.ToEquatableArray(), m.HasTrait("SameOperandsAndResultType"), m.HasTrait("ConstantLike"), m.TypeMatches);
    }

    /// <summary>Generated patterns live in another class of the same assembly: they see public and internal accessors.</summary>
    private static bool Accessible(string accessibility) => accessibility is "public" or "internal" or "protected internal";
}
