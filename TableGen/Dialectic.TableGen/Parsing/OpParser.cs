using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dialectic.TableGen.Format;
using Dialectic.TableGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dialectic.TableGen.Parsing;

/// <summary>
/// Turns an <c>[Op]</c>-annotated class into an <see cref="OpModel"/>: reads the declaration attributes and
/// partial properties, checks them, and reports malformed declarations as <see cref="DiagnosticInfo"/>s.
/// Roslyn symbols stay inside this class.
/// </summary>
internal sealed class OpParser
{
    private const string Decl = "Dialectic.Core.IR.Declarations.";
    private const string IR = "Dialectic.Core.IR.";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly INamedTypeSymbol _class;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly HashSet<string> _names = new();
    private bool _failed;

    private readonly Compilation _compilation;

    private OpParser(INamedTypeSymbol cls, Compilation compilation)
    {
        _class = cls;
        _compilation = compilation;
    }

    public static OpParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var cls = (INamedTypeSymbol)context.TargetSymbol;
        var parser = new OpParser(cls, context.SemanticModel.Compilation);
        var model = parser.Run((ClassDeclarationSyntax)context.TargetNode, context.Attributes[0], cancellationToken);
        return new OpParseResult(parser._failed ? null : model, parser._diagnostics.ToEquatableArray());
    }

    private void Report(DiagnosticDescriptor descriptor, Location? location, params string[] args)
    {
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
        _failed = true;
    }

    private OpModel? Run(ClassDeclarationSyntax node, AttributeData opAttr, CancellationToken ct)
    {
        var loc = node.Identifier.GetLocation();
        if (!node.Modifiers.Any(SyntaxKind.PartialKeyword))
            Report(Diagnostics.NotPartial, loc, _class.Name);
        if (!_class.IsSealed)
            Report(Diagnostics.NotSealed, loc, _class.Name);
        if (!DerivesFromOperation(_class))
            Report(Diagnostics.NotOperation, loc, _class.Name);
        if (_class.ContainingType != null || _class.IsGenericType)
            Report(Diagnostics.NestedOrGeneric, loc, _class.Name);

        var attrLoc = opAttr.ApplicationSyntaxReference?.GetSyntax(ct).GetLocation() ?? loc;
        string dialect = opAttr.ConstructorArguments.Length > 0 ? opAttr.ConstructorArguments[0].Value as string ?? "" : "";
        string mnemonic = opAttr.ConstructorArguments.Length > 1 ? opAttr.ConstructorArguments[1].Value as string ?? "" : "";
        if (!Names.IsValidDialect(dialect))
            Report(Diagnostics.BadName, attrLoc, dialect, "dialect name");
        if (!Names.IsValidMnemonic(mnemonic))
            Report(Diagnostics.BadName, attrLoc, mnemonic, "op mnemonic");

        var traits = new List<string>();
        var matches = new List<EquatableArray<string>>();
        string? format = null;
        Location? formatLoc = null;
        foreach (var a in _class.GetAttributes())
        {
            string? an = a.AttributeClass?.ToDisplayString();
            if (an == Decl + "TraitsAttribute" && a.ConstructorArguments.Length == 1)
            {
                foreach (var v in a.ConstructorArguments[0].Values)
                    if (EnumMemberName(v) is { } t && !traits.Contains(t))
                        traits.Add(t);
            }
            else if (an == Decl + "AllTypesMatchAttribute" && a.ConstructorArguments.Length == 1)
            {
                var names = new List<string>();
                foreach (var v in a.ConstructorArguments[0].Values)
                    if (v.Value is string n)
                        names.Add(n);
                matches.Add(names.ToEquatableArray());
            }
            else if (an == Decl + "AssemblyFormatAttribute" && a.ConstructorArguments.Length == 1)
            {
                format = a.ConstructorArguments[0].Value as string;
                formatLoc = a.ApplicationSyntaxReference?.GetSyntax(ct).GetLocation();
            }
        }

        var operands = new List<ValueGroupModel>();
        var results = new List<ValueGroupModel>();
        var properties = new List<PropertyModel>();
        var regions = new List<RegionModel>();
        var successors = new List<RegionModel>();
        foreach (var member in _class.GetMembers())
        {
            ct.ThrowIfCancellationRequested();
            if (member is not IPropertySymbol prop)
                continue;
            foreach (var a in prop.GetAttributes())
            {
                switch (a.AttributeClass?.ToDisplayString())
                {
                    case Decl + "OperandAttribute":
                        if (ValueGroup(prop, a, isResult: false) is { } o)
                            operands.Add(o);
                        break;
                    case Decl + "ResultAttribute":
                        if (ValueGroup(prop, a, isResult: true) is { } r)
                            results.Add(r);
                        break;
                    case Decl + "PropertyAttribute":
                        if (Property(prop, a) is { } p)
                            properties.Add(p);
                        break;
                    case Decl + "RegionAttribute":
                        if (RegionOrSuccessor(prop, a, IR + "Region", "region") is { } rg)
                            regions.Add(rg);
                        break;
                    case Decl + "SuccessorAttribute":
                        if (RegionOrSuccessor(prop, a, IR + "Block", "successor") is { } s)
                            successors.Add(s);
                        break;
                }
            }
        }
        foreach (var set in matches)
            foreach (var n in set)
                if (!operands.Exists(o => o.Name == n) && !results.Exists(r => r.Name == n))
                    Report(Diagnostics.UnknownMatchName, loc, _class.Name, n);
        CheckSegments(operands, traits, "operand", "AttrSizedOperandSegments", loc);
        CheckSegments(results, traits, "result", "AttrSizedResultSegments", loc);

        bool hasVerify = HasMethod("Verify", isStatic: false, "bool");
        bool hasSyntax = HasMethod("Parse", isStatic: true, "bool", "Dialectic.Core.Syntax.OpAsmParser", IR + "OperationState")
            && HasMethod("Print", isStatic: false, "void", "Dialectic.Core.Syntax.OpAsmPrinter");
        var hooks = OpHooks.None;
        if (HasMethod("Fold", isStatic: false, IR + "OpFoldResult?", "System.ReadOnlySpan<Dialectic.Core.IR.Attribute?>"))
            hooks |= OpHooks.FoldSingle;
        else if (HasMethod("Fold", isStatic: false, "bool", "System.ReadOnlySpan<Dialectic.Core.IR.Attribute?>", "System.Collections.Generic.List<Dialectic.Core.IR.OpFoldResult>"))
            hooks |= OpHooks.FoldMany;
        if (HasMethod("GetAsmResultNames", isStatic: false, "void", IR + "AsmSetValueName"))
            hooks |= OpHooks.ResultNames;
        if (HasMethod("VerifyPredicates", isStatic: false, "bool"))
            hooks |= OpHooks.VerifyPredicates;
        if (HasMethod("VerifyRegions", isStatic: false, "bool"))
            hooks |= OpHooks.VerifyRegions;
        if (HasMethod("GetAsmBlockArgumentNames", isStatic: false, "void", IR + "Region", IR + "AsmSetValueName"))
            hooks |= OpHooks.BlockArgumentNames;
        hooks |= InterfaceHooks();
        bool declaresCtor = false;
        foreach (var c in _class.InstanceConstructors)
            declaresCtor |= !c.IsImplicitlyDeclared;

        var model = new OpModel(
            _class.ContainingNamespace.IsGlobalNamespace ? null : _class.ContainingNamespace.ToDisplayString(),
            _class.Name, dialect, mnemonic,
            NamedString(opAttr, "Summary"), NamedString(opAttr, "Description"), NamedString(opAttr, "DefaultDialect"),
            traits.ToEquatableArray(), operands.ToEquatableArray(), results.ToEquatableArray(),
            properties.ToEquatableArray(), regions.ToEquatableArray(), successors.ToEquatableArray(),
            matches.ToEquatableArray(), null, hasVerify, hasSyntax, declaresCtor, LocationInfo.From(loc), hooks);
        if (format != null && !_failed)
        {
            var parsed = FormatParser.Parse(format, model, out var error);
            if (error != null)
                Report(Diagnostics.BadFormat, formatLoc ?? loc, _class.Name, error);
            model = model with { Format = parsed };
        }
        return model;
    }

    /// <summary>The type's name without nullable annotation (<c>Dialectic.Core.IR.Value</c>).</summary>
    private static string Plain(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();

    private static bool DerivesFromOperation(INamedTypeSymbol cls)
    {
        for (var t = cls.BaseType; t != null; t = t.BaseType)
            if (t.ToDisplayString() == IR + "Operation")
                return true;
        return false;
    }

    private static string? EnumMemberName(TypedConstant value)
    {
        if (value.Type is not INamedTypeSymbol enumType || value.Value is null)
            return null;
        foreach (var m in enumType.GetMembers())
            if (m is IFieldSymbol { HasConstantValue: true } f && Equals(f.ConstantValue, value.Value))
                return f.Name;
        return null;
    }

    private static TypedConstant? Named(AttributeData a, string name)
    {
        foreach (var kv in a.NamedArguments)
            if (kv.Key == name)
                return kv.Value;
        return null;
    }

    private static string? NamedString(AttributeData a, string name) => Named(a, name)?.Value as string;

    /// <summary>The partial property's shape, or null after reporting that it is not a bodiless partial getter.</summary>
    private bool CheckPartialProperty(IPropertySymbol prop)
    {
        if (prop.IsPartialDefinition && prop.PartialImplementationPart == null && prop.GetMethod != null && prop.SetMethod == null && !prop.IsStatic)
            return true;
        Report(Diagnostics.NotPartialProperty, prop.Locations.Length > 0 ? prop.Locations[0] : null, prop.Name);
        return false;
    }

    private bool ClaimName(string name, IPropertySymbol prop)
    {
        if (_names.Add(name))
            return true;
        Report(Diagnostics.DuplicateName, prop.Locations[0], _class.Name, name);
        return false;
    }

    private static string Accessibility(IPropertySymbol prop) => SyntaxFacts.GetText(prop.DeclaredAccessibility);

    private ValueGroupModel? ValueGroup(IPropertySymbol prop, AttributeData a, bool isResult)
    {
        if (!CheckPartialProperty(prop))
            return null;
        string type = Plain(prop.Type);
        bool annotated = prop.NullableAnnotation == NullableAnnotation.Annotated;
        string element = isResult ? "OpResult" : "OpOperand";
        GroupArity arity;
        if (type == $"System.ReadOnlySpan<{IR}{element}>")
            arity = GroupArity.Variadic;
        else if (type == IR + "Value" || (isResult && type == IR + "OpResult"))
            arity = annotated ? GroupArity.Optional : GroupArity.Single;
        else
        {
            Report(Diagnostics.BadPropertyType, prop.Locations[0], prop.Name, prop.Type.ToDisplayString(TypeFormat),
                isResult ? "result" : "operand",
                isResult ? "Value, OpResult, OpResult? or ReadOnlySpan<OpResult>" : "Value, Value? or ReadOnlySpan<OpOperand>");
            return null;
        }
        string name = NamedString(a, "Name") ?? Names.ToSnakeCase(prop.Name);
        if (!ClaimName(name, prop))
            return null;
        string constraint = "Any";
        if (Named(a, "Constraint") is { } c)
        {
            var member = EnumMemberName(c);
            if (member == null)
            {
                Report(Diagnostics.UnknownConstraint, prop.Locations[0], prop.Name, c.Value?.ToString() ?? "null");
                return null;
            }
            constraint = member;
        }
        string? method = NamedString(a, "ConstraintMethod");
        string? summary = ConstraintTable.Summary(constraint);
        if (method != null)
        {
            if (!HasMethod(method, isStatic: true, "bool", IR + "Type"))
                Report(Diagnostics.BadConstraintMethod, prop.Locations[0], prop.Name, method, "Type");
            summary = NamedString(a, "ConstraintSummary");
            if (summary == null)
                Report(Diagnostics.ConstraintSummaryMissing, prop.Locations[0], prop.Name);
        }
        if (summary != null && arity == GroupArity.Variadic)
            summary = "variadic of " + summary;
        return new ValueGroupModel(prop.Name, name, Accessibility(prop), prop.Type.ToDisplayString(TypeFormat),
            arity, constraint, method, summary);
    }

    private PropertyModel? Property(IPropertySymbol prop, AttributeData a)
    {
        if (!CheckPartialProperty(prop))
            return null;
        var plainType = prop.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        // `XAttr?` of a class generated in this compilation (unknown to the model yet) binds as Nullable<XAttr>.
        bool nullableError = plainType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n
            && n.TypeArguments[0].TypeKind == TypeKind.Error;
        if (nullableError)
            plainType = ((INamedTypeSymbol)plainType).TypeArguments[0];
        var enumSymbol = Named(a, "Enum")?.Value as INamedTypeSymbol;
        if (enumSymbol is not { TypeKind: TypeKind.Enum })
            enumSymbol = EnumOfAttributeClass(plainType);
        var enumInfo = enumSymbol != null ? EnumDeclaration(enumSymbol) : null;
        // A generated enum attribute class ({Enum}Attr) of this project is not a symbol yet: name it by its enum.
        bool isEnumAttr = enumInfo is { Mnemonic: not null } && plainType.Name == enumSymbol!.Name + "Attr";
        bool isAttr = isEnumAttr;
        for (var t = prop.Type as INamedTypeSymbol; t != null; t = t.BaseType)
            isAttr |= Plain(t) == IR + "Attribute";
        if (!isAttr)
        {
            Report(Diagnostics.BadPropertyType, prop.Locations[0], prop.Name, prop.Type.ToDisplayString(TypeFormat), "property", "an attribute class");
            return null;
        }
        string name = NamedString(a, "Name") ?? Names.ToSnakeCase(prop.Name);
        if (!ClaimName(name, prop))
            return null;
        string? method = NamedString(a, "ConstraintMethod");
        string? methodSummary = null;
        if (method != null)
        {
            if (!HasMethod(method, isStatic: true, "bool", IR + "Attribute"))
                Report(Diagnostics.BadConstraintMethod, prop.Locations[0], prop.Name, method, "Attribute");
            methodSummary = NamedString(a, "ConstraintSummary");
            if (methodSummary == null)
                Report(Diagnostics.ConstraintSummaryMissing, prop.Locations[0], prop.Name);
        }
        string? dflt = NamedString(a, "Default");
        string? valueType = NamedString(a, "ValueType");
        bool optional = prop.NullableAnnotation == NullableAnnotation.Annotated || nullableError || dflt != null;
        string attrClass = prop.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string propType = prop.Type.ToDisplayString(TypeFormat);
        string? enumName = enumSymbol?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (isEnumAttr)
        {
            attrClass = enumName + "Attr";
            propType = attrClass + (prop.NullableAnnotation == NullableAnnotation.Annotated || nullableError ? "?" : "");
        }
        string summary = valueType != null ? ConstraintTable.ValueTypeSummary(prop.Type.Name, valueType)
            : enumInfo?.Summary is { } enumSummary ? enumSummary
            : enumInfo != null && !isEnumAttr ? "" // an integer enum without a summary: its case list words errors
            : ConstraintTable.AttributeSummary(plainType.Name);
        var form = enumInfo == null ? EnumForm.None
            : isEnumAttr ? (enumInfo.Value.Bare ? EnumForm.BareAttr : EnumForm.BracketedAttr)
            : EnumForm.Integer;
        return new PropertyModel(prop.Name, name, Accessibility(prop), propType, attrClass,
            optional, dflt, summary, method, methodSummary, form == EnumForm.None ? null : enumName,
            form, enumInfo?.Width ?? 64, valueType);
    }

    /// <summary>For an attribute class named <c>{Enum}Attr</c>: the enum beside it (in its namespace, or the op's).</summary>
    private INamedTypeSymbol? EnumOfAttributeClass(ITypeSymbol type)
    {
        string name = type.Name;
        if (!name.EndsWith("Attr", System.StringComparison.Ordinal) || name.Length <= 4)
            return null;
        string enumName = name.Substring(0, name.Length - 4);
        foreach (var ns in new[] { type.ContainingNamespace, _class.ContainingNamespace })
        {
            if (ns == null)
                continue;
            string full = ns.IsGlobalNamespace ? enumName : ns.ToDisplayString() + "." + enumName;
            if (_compilation.GetTypeByMetadataName(full) is { TypeKind: TypeKind.Enum } e && EnumDeclaration(e) != null)
                return e;
        }
        return null;
    }

    /// <summary>The <c>[EnumAttr]</c>/<c>[BitEnumAttr]</c> declaration of <paramref name="e"/>, or null.</summary>
    private static (string? Mnemonic, bool Bare, int Width, string? Summary)? EnumDeclaration(INamedTypeSymbol e)
    {
        foreach (var attr in e.GetAttributes())
        {
            string? cls = attr.AttributeClass?.ToDisplayString();
            if (cls != Decl + "EnumAttrAttribute" && cls != Decl + "BitEnumAttrAttribute")
                continue;
            return (NamedString(attr, "Mnemonic"), Named(attr, "Bare")?.Value is true,
                Named(attr, "Width")?.Value is int w ? w : 64, NamedString(attr, "Summary"));
        }
        return null;
    }

    private RegionModel? RegionOrSuccessor(IPropertySymbol prop, AttributeData a, string elementType, string what)
    {
        if (!CheckPartialProperty(prop))
            return null;
        string type = Plain(prop.Type);
        bool variadic = type == $"System.Collections.Generic.IReadOnlyList<{elementType}>";
        if (!variadic && type != elementType)
        {
            string simple = elementType.Substring(IR.Length);
            Report(Diagnostics.BadPropertyType, prop.Locations[0], prop.Name, prop.Type.ToDisplayString(TypeFormat), what, $"{simple} or IReadOnlyList<{simple}>");
            return null;
        }
        string name = NamedString(a, "Name") ?? Names.ToCamelCase(prop.Name);
        if (!ClaimName(name, prop))
            return null;
        int blocks = Named(a, "Blocks")?.Value is int b ? b : 0;
        return new RegionModel(prop.Name, name, Accessibility(prop), prop.Type.ToDisplayString(TypeFormat), variadic, blocks);
    }

    private void CheckSegments(List<ValueGroupModel> groups, List<string> traits, string what, string trait, Location loc)
    {
        int variable = 0;
        foreach (var g in groups)
            if (g.Arity != GroupArity.Single)
                variable++;
        if (variable > 1 && !traits.Contains(trait))
            Report(Diagnostics.AmbiguousSegments, loc, _class.Name, what, trait);
    }

    private const string Interfaces = "Dialectic.Core.Interfaces.";
    private const string Rewrite = "Dialectic.Core.Rewrite.";

    /// <summary>The interface and canonicalization hooks the class declares; a method of a hook's name with none of
    /// the expected signatures is reported (DIA0016) rather than silently ignored.</summary>
    private OpHooks InterfaceHooks()
    {
        var hooks = OpHooks.None;
        if (Hook("GetEffects", isStatic: false, "void", "void GetEffects(List<MemoryEffectInstance> effects)",
                "System.Collections.Generic.List<" + Interfaces + "MemoryEffectInstance>"))
            hooks |= OpHooks.Effects;
        if (Hook("GetSpeculatability", isStatic: false, Interfaces + "Speculatability", "Speculatability GetSpeculatability()"))
            hooks |= OpHooks.Speculatability;
        if (Hook("GetSuccessorOperands", isStatic: false, Interfaces + "SuccessorOperands", "SuccessorOperands GetSuccessorOperands(int index)", "int"))
            hooks |= OpHooks.SuccessorOperands;
        if (Hook("GetCanonicalizationPatterns", isStatic: true, "void",
                "static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context)",
                Rewrite + "RewritePatternSet", IR + "Context"))
            hooks |= OpHooks.CanonicalizationPatterns;
        if (Hook("Canonicalize", isStatic: true, "bool", $"static bool Canonicalize({_class.Name} op, PatternRewriter rewriter)",
                _class.ToDisplayString(), Rewrite + "PatternRewriter"))
            hooks |= OpHooks.CanonicalizeMethod;
        return hooks;
    }

    /// <summary>True when the class has the hook <paramref name="name"/> with the given signature; reports
    /// DIA0016 at the first method of that name when none matches.</summary>
    private bool Hook(string name, bool isStatic, string returnType, string expected, params string[] parameters)
    {
        if (HasMethod(name, isStatic, returnType, parameters))
            return true;
        foreach (var m in _class.GetMembers(name))
            if (m is IMethodSymbol method)
            {
                // A type the compiler could not resolve is its error to report, not a wrong signature.
                bool unresolved = HasErrorType(method.ReturnType);
                foreach (var p in method.Parameters)
                    unresolved |= HasErrorType(p.Type);
                if (!unresolved)
                    Report(Diagnostics.BadHookSignature, method.Locations.Length > 0 ? method.Locations[0] : null, name, _class.Name, expected);
                break;
            }
        return false;
    }

    /// <summary>True when <paramref name="type"/> or a type argument or element type in it is unresolved.</summary>
    private static bool HasErrorType(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => HasErrorType(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(HasErrorType),
        _ => false,
    };

    private bool HasMethod(string name, bool isStatic, string returnType, params string[] parameters)
    {
        foreach (var m in _class.GetMembers(name))
        {
            if (m is not IMethodSymbol method || method.IsStatic != isStatic || method.Parameters.Length != parameters.Length)
                continue;
            if (Plain(method.ReturnType) != returnType)
                continue;
            bool ok = true;
            for (int i = 0; i < parameters.Length; i++)
                ok &= Plain(method.Parameters[i].Type) == parameters[i];
            if (ok)
                return true;
        }
        return false;
    }
}
