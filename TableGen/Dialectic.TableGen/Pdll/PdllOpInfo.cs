using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Pdll;

/// <summary>
/// What PDLL needs of an op declared in the compilation (<c>[Op]</c> classes): its class, operand and result groups
/// (in order, with arity), inherent attributes with their typed accessors, and what lets result types be inferred.
/// </summary>
internal sealed record PdllOpInfo(
    string Name,
    string FullClassName,
    EquatableArray<PdllOpGroup> Operands,
    EquatableArray<PdllOpGroup> Results,
    EquatableArray<PdllOpProperty> Properties,
    bool SameOperandsAndResultType,
    bool ConstantLike,
    EquatableArray<EquatableArray<string>> TypeMatches)
{
    public string Dialect => Name.Substring(0, Name.IndexOf('.'));

    /// <summary>True when every operand group is a single value (so operand i is group i).</summary>
    public bool FixedOperands => AllSingle(Operands);

    public bool FixedResults => AllSingle(Results);

    public PdllOpProperty? Property(string name)
    {
        foreach (var p in Properties)
            if (p.Name == name)
                return p;
        return null;
    }

    private static bool AllSingle(EquatableArray<PdllOpGroup> groups)
    {
        foreach (var g in groups)
            if (g.Arity != GroupArity.Single)
                return false;
        return true;
    }
}

/// <summary>An operand or result group: ODS name, C# accessor (null when generated code cannot see it), arity.</summary>
internal sealed record PdllOpGroup(string Name, string? PropertyName, GroupArity Arity);

/// <summary>An inherent attribute: name, C# accessor (null when generated code cannot see it), and whether the
/// accessor can return null (optional without default).</summary>
internal sealed record PdllOpProperty(string Name, string? PropertyName, bool Nullable);
