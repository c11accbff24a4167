namespace Dialectic.TableGen.Model;

/// <summary>Everything the emitter needs about one declared op, as values.</summary>
internal sealed record OpModel(
    string? Namespace,
    string ClassName,
    string Dialect,
    string Mnemonic,
    string? Summary,
    string? Description,
    string? DefaultDialect,
    EquatableArray<string> Traits,
    EquatableArray<ValueGroupModel> Operands,
    EquatableArray<ValueGroupModel> Results,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<RegionModel> Regions,
    EquatableArray<RegionModel> Successors,
    EquatableArray<EquatableArray<string>> TypeMatches,
    Format.FormatModel? Format,
    bool HasCustomVerify,
    bool HasCustomSyntax,
    bool DeclaresConstructor,
    LocationInfo? Location,
    OpHooks Hooks = OpHooks.None)
{
    public string OperationName => Dialect + "." + Mnemonic;

    public string FullClassName => Namespace is null ? "global::" + ClassName : "global::" + Namespace + "." + ClassName;

    public bool HasTrait(string trait)
    {
        foreach (var t in Traits)
            if (t == trait)
                return true;
        return false;
    }
}

/// <summary>Hand-written members of the op class that the generated <c>OperationInfo</c> hooks up.</summary>
[System.Flags]
internal enum OpHooks
{
    None = 0,
    /// <summary><c>OpFoldResult? Fold(ReadOnlySpan&lt;Attribute?&gt;)</c>.</summary>
    FoldSingle = 1,
    /// <summary><c>bool Fold(ReadOnlySpan&lt;Attribute?&gt;, List&lt;OpFoldResult&gt;)</c>.</summary>
    FoldMany = 2,
    /// <summary><c>void GetAsmResultNames(AsmSetValueName)</c>.</summary>
    ResultNames = 4,
    /// <summary><c>void GetAsmBlockArgumentNames(Region, AsmSetValueName)</c>.</summary>
    BlockArgumentNames = 8,
    /// <summary><c>bool VerifyRegions()</c>: checks run after the nested ops verified (ODS <c>hasRegionVerifier</c>).</summary>
    VerifyRegions = 16,
    /// <summary><c>bool VerifyPredicates()</c>: hand-written checks run with the declared invariants, before the
    /// traits (ODS predicates and interface verifiers listed first).</summary>
    VerifyPredicates = 32,
    /// <summary><c>void GetEffects(List&lt;MemoryEffectInstance&gt;)</c>: MLIR's <c>MemoryEffectOpInterface</c>.</summary>
    Effects = 64,
    /// <summary><c>Speculatability GetSpeculatability()</c>: MLIR's <c>ConditionallySpeculatable</c>.</summary>
    Speculatability = 128,
    /// <summary><c>SuccessorOperands GetSuccessorOperands(int)</c>: MLIR's <c>BranchOpInterface</c>.</summary>
    SuccessorOperands = 256,
    /// <summary><c>static void GetCanonicalizationPatterns(RewritePatternSet, Context)</c>: ODS <c>hasCanonicalizer</c>.</summary>
    CanonicalizationPatterns = 512,
    /// <summary><c>static bool Canonicalize(TOp, PatternRewriter)</c>: ODS <c>hasCanonicalizeMethod</c>.</summary>
    CanonicalizeMethod = 1024,
}
