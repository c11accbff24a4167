using System.Collections.Generic;
using Dialectic.TableGen.Emitting;
using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Format;

/// <summary>
/// Compiles an assembly format into <c>ParseGenerated</c> and <c>PrintGenerated</c> (this file: the parser;
/// <c>FormatEmitter.Print.cs</c>: the printer). The parser collects operands, types, attributes and regions
/// per declared group, then resolves them in declaration order, as mlir-tblgen's generated parsers do.
/// </summary>
internal static partial class FormatEmitter
{
    private const string IR = "global::Dialectic.Core.IR.";
    private const string Syntax = "global::Dialectic.Core.Syntax.";
    private const string Support = "global::Dialectic.Core.IR.Declarations.GeneratedSyntax.";

    private static readonly Dictionary<string, string> PunctuationNames = new()
    {
        [","] = "Comma", [":"] = "Colon", ["("] = "LParen", [")"] = "RParen", ["->"] = "Arrow",
        ["="] = "Equal", ["<"] = "Less", [">"] = "Greater", ["["] = "LSquare", ["]"] = "RSquare",
    };

    public static void Emit(CodeWriter w, OpModel op, FormatModel format)
    {
        EmitParser(w, op, format);
        EmitPrinter(w, op, format);
    }

    private static string Operands(ValueGroupModel g) => "operands" + g.PropertyName;
    private static string Types(ValueGroupModel g, bool result) => (result ? "resultTypes" : "operandTypes") + g.PropertyName;

    private static void EmitParser(CodeWriter w, OpModel op, FormatModel format)
    {
        using (w.Block($"private static bool ParseGenerated({Syntax}OpAsmParser parser, {IR}OperationState state)"))
        {
            // Lists come from the parser's pool and go back once the op is parsed (a failed parse drops them).
            foreach (var g in op.Operands)
            {
                w.Line($"{Syntax}SourcePosition? at{g.PropertyName} = null;");
                w.Line($"var {Operands(g)} = parser.RentOperandList();");
                w.Line($"var {Types(g, false)} = parser.RentTypeList();");
            }
            foreach (var g in op.Results)
                w.Line($"var {Types(g, true)} = parser.RentTypeList();");
            w.Line("var properties = parser.RentAttributeList();");
            foreach (var r in op.Regions)
                w.Line($"var region{r.PropertyName} = new {IR}Region();");
            foreach (var s in op.Successors)
                w.Line($"var successor{s.PropertyName} = new global::System.Collections.Generic.List<{IR}Block>();");
            foreach (var e in format.Elements)
                EmitParseElement(w, op, e);
            EmitResolution(w, op);
            foreach (var g in op.Operands)
            {
                w.Line($"parser.Return({Operands(g)});");
                w.Line($"parser.Return({Types(g, false)});");
            }
            foreach (var g in op.Results)
                w.Line($"parser.Return({Types(g, true)});");
            w.Line("parser.Return(properties);");
            w.Line("return true;");
        }
        w.Line();
    }

    private static void EmitParseElement(CodeWriter w, OpModel op, FormatElement e)
    {
        switch (e.Kind)
        {
            case FormatKind.Literal when FormatParser.IsSpacing(e):
                break;
            case FormatKind.Literal:
                if (PunctuationNames.TryGetValue(e.Text, out var punct))
                    w.Line($"parser.Parse{punct}();"); // located as MLIR's wrong-token errors
                else
                    w.Line($"parser.ParseKeyword({Literal.String(e.Text)});");
                break;
            case FormatKind.Operand:
                EmitParseOperand(w, op.Operands[e.Index]);
                break;
            case FormatKind.Operands:
                foreach (var g in op.Operands)
                    EmitParseOperand(w, g);
                break;
            case FormatKind.Type:
                EmitParseTypes(w, op, e.Children[0]);
                break;
            case FormatKind.Qualified:
                EmitParseElement(w, op, e.Children[0]);
                break;
            case FormatKind.FunctionalType:
                w.Line($"if (parser.ParseType() is not {IR}Types.FunctionType functionType) return parser.EmitError(\"invalid kind of type specified\");");
                // As lists: several groups share them out by count.
                w.Line($"var functionInputs = new global::System.Collections.Generic.List<{IR}Type>(functionType.Inputs.ToArray());");
                w.Line($"var functionResults = new global::System.Collections.Generic.List<{IR}Type>(functionType.Results.ToArray());");
                AssignTypes(w, op, e.Children[0], "functionInputs");
                AssignTypes(w, op, e.Children[1], "functionResults");
                break;
            case FormatKind.AttrDict:
                w.Line("parser.ParseOptionalAttrDict();");
                break;
            case FormatKind.AttrDictWithKeyword:
                w.Line("parser.ParseOptionalAttrDictWithKeyword();");
                break;
            case FormatKind.Attribute:
            {
                var p = op.Properties[e.Index];
                if (p.AttributeClass == IR + "Attributes.UnitAttr")
                {
                    w.Line($"properties.Add(new {IR}Attributes.NamedAttribute({Literal.String(p.Name)}, {IR}Attributes.UnitAttr.Get(parser.Context)));");
                    break;
                }
                if (EmitParseEnumAttribute(w, p))
                    break;
                if (p.ValueType != null)
                {
                    using (w.Block(""))
                    {
                        w.Line($"var attr = {Support}ParseValueOfType(parser, {Support}NamedType(parser.Context, {Literal.String(p.ValueType)}));");
                        w.Line("if (attr == null) return false;");
                        w.Line($"properties.Add(new {IR}Attributes.NamedAttribute({Literal.String(p.Name)}, attr));");
                    }
                    break;
                }
                using (w.Block(""))
                {
                    w.Line("var attr = parser.ParseAttribute();");
                    w.Line($"if (attr is not {p.AttributeClass}) return parser.EmitError({Literal.String($"invalid kind of attribute specified")});");
                    w.Line($"properties.Add(new {IR}Attributes.NamedAttribute({Literal.String(p.Name)}, attr));");
                }
                break;
            }
            case FormatKind.Region:
                w.Line($"parser.ParseRegion(region{op.Regions[e.Index].PropertyName});");
                break;
            case FormatKind.Regions:
                foreach (var r in op.Regions)
                    w.Line($"parser.ParseRegion(region{r.PropertyName});");
                break;
            case FormatKind.Successor:
                EmitParseSuccessor(w, op.Successors[e.Index]);
                break;
            case FormatKind.Successors:
                foreach (var g in op.Successors)
                    EmitParseSuccessor(w, g);
                break;
            case FormatKind.OptionalGroup:
                EmitParseGroup(w, op, e);
                break;
            case FormatKind.PropDict:
                using (w.Block("if (parser.ParseOptionalLess())"))
                {
                    w.Line($"if (parser.ParseAttribute() is not {IR}Attributes.DictionaryAttr propDict) return parser.EmitError(\"expected a dictionary of properties\");");
                    w.Line("if (!parser.ParseOptionalGreater()) return parser.EmitError(\"expected '>'\");");
                    w.Line("foreach (var entry in propDict.Entries) properties.Add(entry);");
                }
                break;
            case FormatKind.Custom:
                EmitParseCustom(w, op, e);
                break;
        }
    }

    /// <summary>An enum property: its keyword (<c>IntegerAttr</c>) or its dialect attribute stripped; false for other properties.</summary>
    private static bool EmitParseEnumAttribute(CodeWriter w, PropertyModel p)
    {
        switch (p.EnumForm)
        {
            case EnumForm.Integer:
                using (w.Block(""))
                {
                    w.Line($"if (!parser.ParseOptionalKeyword(out string keyword) || !{p.EnumType}Syntax.TryParse(keyword, out {p.EnumType} value))");
                    w.Line($"    return parser.EmitError({Literal.String($"expected {p.Name} keyword")});");
                    w.Line($"properties.Add(new {IR}Attributes.NamedAttribute({Literal.String(p.Name)}, {IR}Attributes.IntegerAttr.Get(parser.Context.I({p.EnumWidth}), (long)value)));");
                }
                return true;
            case EnumForm.BracketedAttr:
            case EnumForm.BareAttr:
                using (w.Block(""))
                {
                    w.Line($"var attr = {p.AttributeClass}.ParseStripped(parser);");
                    w.Line("if (attr == null) return false;");
                    w.Line($"properties.Add(new {IR}Attributes.NamedAttribute({Literal.String(p.Name)}, attr));");
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>One successor, or for a successor list every <c>^bb</c> separated by commas.</summary>
    private static void EmitParseSuccessor(CodeWriter w, RegionModel s)
    {
        if (!s.IsVariadic)
            w.Line($"successor{s.PropertyName}.Add(parser.ParseSuccessor());");
        else
            w.Line($"if (parser.IsSuccessorNext) {{ do successor{s.PropertyName}.Add(parser.ParseSuccessor()); while (parser.ParseOptionalComma()); }}");
    }

    /// <summary><c>custom&lt;Name&gt;(args)</c>: calls the op class's <c>static bool ParseName(OpAsmParser, ...)</c>
    /// with, per argument, the operand list, type list, <c>ref Attribute?</c> or region it fills.</summary>
    private static void EmitParseCustom(CodeWriter w, OpModel op, FormatElement e)
    {
        using (w.Block(""))
        {
            var args = new List<string> { "parser" };
            var attrs = new List<PropertyModel>();
            foreach (var a in e.Children)
            {
                var target = a.Kind is FormatKind.Type or FormatKind.Qualified ? a.Children[0] : a;
                switch (target.Kind)
                {
                    case FormatKind.Operand when a.Kind == FormatKind.Type:
                        args.Add(Types(op.Operands[target.Index], false));
                        break;
                    case FormatKind.Result:
                        args.Add(Types(op.Results[target.Index], true));
                        break;
                    case FormatKind.Operand:
                        args.Add(Operands(op.Operands[target.Index]));
                        break;
                    case FormatKind.Attribute:
                        var p = op.Properties[target.Index];
                        attrs.Add(p);
                        w.Line($"{IR}Attribute? custom{p.PropertyName} = null;");
                        args.Add($"ref custom{p.PropertyName}");
                        break;
                    case FormatKind.Region:
                        args.Add($"region{op.Regions[target.Index].PropertyName}");
                        break;
                }
            }
            w.Line($"if (!Parse{e.Text}({string.Join(", ", args)})) return false;");
            foreach (var p in attrs)
                w.Line($"if (custom{p.PropertyName} != null) properties.Add(new {IR}Attributes.NamedAttribute({Literal.String(p.Name)}, custom{p.PropertyName}));");
        }
    }

    private static void EmitParseOperand(CodeWriter w, ValueGroupModel g)
    {
        w.Line($"at{g.PropertyName} ??= parser.CurrentPosition;");
        switch (g.Arity)
        {
            case GroupArity.Single:
                w.Line($"{Operands(g)}.Add(parser.ParseOperand());");
                break;
            case GroupArity.Optional:
                w.Line($"if (parser.IsOperandNext) {Operands(g)}.Add(parser.ParseOperand());");
                break;
            default:
                w.Line($"if (parser.IsOperandNext) {{ do {Operands(g)}.Add(parser.ParseOperand()); while (parser.ParseOptionalComma()); }}");
                break;
        }
    }

    private static void EmitParseTypes(CodeWriter w, OpModel op, FormatElement target)
    {
        switch (target.Kind)
        {
            case FormatKind.Operand:
            {
                var g = op.Operands[target.Index];
                if (g.Arity == GroupArity.Single)
                    w.Line($"{Types(g, false)}.Add(parser.ParseType());");
                else
                    w.Line($"{Support}ParseTypeList(parser, {Types(g, false)});");
                break;
            }
            case FormatKind.Result:
            {
                var g = op.Results[target.Index];
                if (g.Arity == GroupArity.Single)
                    w.Line($"{Types(g, true)}.Add(parser.ParseType());");
                else
                    w.Line($"{Support}ParseTypeList(parser, {Types(g, true)});");
                break;
            }
            case FormatKind.Operands:
            case FormatKind.Results:
                w.Line($"var allTypes = new global::System.Collections.Generic.List<{IR}Type>();");
                w.Line($"{Support}ParseTypeList(parser, allTypes);");
                AssignTypes(w, op, target, "allTypes");
                break;
        }
    }

    /// <summary>Hands a parsed type list to the groups <paramref name="target"/> names.</summary>
    private static void AssignTypes(CodeWriter w, OpModel op, FormatElement target, string source)
    {
        switch (target.Kind)
        {
            case FormatKind.Operand:
                w.Line($"foreach (var t in {source}) {Types(op.Operands[target.Index], false)}.Add(t);");
                break;
            case FormatKind.Result:
                w.Line($"foreach (var t in {source}) {Types(op.Results[target.Index], true)}.Add(t);");
                break;
            case FormatKind.Operands:
                EmitDistribute(w, op.Operands, false, source, "operand");
                break;
            case FormatKind.Results:
                EmitDistribute(w, op.Results, true, source, "result");
                break;
        }
    }

    /// <summary>Splits one type list over every group: singles take one each, the variable group the rest.</summary>
    private static void EmitDistribute(CodeWriter w, EquatableArray<ValueGroupModel> groups, bool results, string source, string what)
    {
        if (groups.Count == 1)
        {
            w.Line($"foreach (var t in {source}) {Types(groups[0], results)}.Add(t);");
            return;
        }
        int fixedCount = 0;
        foreach (var g in groups)
            if (g.Arity == GroupArity.Single)
                fixedCount++;
        using (w.Block(""))
        {
            w.Line($"int next = 0, variable = {source}.Count - {fixedCount};");
            w.Line($"if (variable < 0) return parser.EmitError($\"expected at least {fixedCount} {what} types, but got {{{source}.Count}}\");");
            foreach (var g in groups)
            {
                if (g.Arity == GroupArity.Single)
                    w.Line($"{Types(g, results)}.Add({source}[next++]);");
                else
                    w.Line($"for (int i = 0; i < variable; i++) {Types(g, results)}.Add({source}[next++]);");
            }
        }
    }

    private static void EmitParseGroup(CodeWriter w, OpModel op, FormatElement group)
    {
        var first = FormatParser.FirstParsable(group)!;
        string condition;
        bool firstConsumed = true;
        switch (first.Kind)
        {
            case FormatKind.Literal:
                condition = PunctuationNames.TryGetValue(first.Text, out var punct)
                    ? $"parser.ParseOptional{punct}()"
                    : $"parser.ParseOptionalKeyword({Literal.String(first.Text)})";
                break;
            case FormatKind.Region:
                condition = $"parser.ParseOptionalRegion(region{op.Regions[first.Index].PropertyName})";
                break;
            case FormatKind.Attribute:
            {
                // Only enums may lead a group: their next token (a case keyword, or `<`) tells whether it is there.
                var p = op.Properties[first.Index];
                condition = p.EnumForm == EnumForm.BracketedAttr
                    ? "parser.IsLessNext"
                    : $"parser.PeekKeyword() is {{ }} peeked{p.PropertyName} && {p.EnumType}Syntax.TryParse(peeked{p.PropertyName}, out _)";
                firstConsumed = false;
                break;
            }
            default:
                condition = "parser.IsOperandNext";
                firstConsumed = false;
                break;
        }
        using (w.Block($"if ({condition})"))
        {
            bool skipped = false;
            foreach (var c in group.Children)
            {
                if (firstConsumed && !skipped && ReferenceEquals(c, first))
                {
                    skipped = true;
                    continue;
                }
                EmitParseElement(w, op, c);
            }
        }
    }

    private static void EmitResolution(CodeWriter w, OpModel op)
    {
        bool buildable = false;
        foreach (var g in op.Operands)
            buildable |= g.Buildable != null;
        foreach (var g in op.Results)
            buildable |= g.Buildable != null;
        if (buildable)
            w.Line("var ctx = parser.Context;");
        foreach (var g in op.Operands)
            if (g.Buildable != null)
                w.Line($"if ({Types(g, false)}.Count == 0) for (int i = 0; i < {Operands(g)}.Count; i++) {Types(g, false)}.Add({g.Buildable});");
        foreach (var g in op.Results)
            if (g.Buildable != null && g.Arity == GroupArity.Single)
                w.Line($"if ({Types(g, true)}.Count == 0) {Types(g, true)}.Add({g.Buildable});");
        for (int m = 0; m < op.TypeMatches.Count; m++)
        {
            // AllTypesMatch: the types not written are the one that was.
            var lists = new List<(string Types, string? Count)>();
            foreach (var n in op.TypeMatches[m])
            {
                foreach (var g in op.Operands)
                    if (g.Name == n)
                        lists.Add((Types(g, false), $"{Operands(g)}.Count"));
                foreach (var g in op.Results)
                    if (g.Name == n && g.Arity == GroupArity.Single)
                        lists.Add((Types(g, true), null));
            }
            w.Line($"{IR}Type? matchType{m} = null;");
            foreach (var (types, _) in lists)
                w.Line($"if (matchType{m} == null && {types}.Count > 0) matchType{m} = {types}[0];");
            foreach (var (types, count) in lists)
                w.Line(count == null
                    ? $"if ({types}.Count == 0 && matchType{m} != null) {types}.Add(matchType{m});"
                    : $"if ({types}.Count == 0 && matchType{m} != null) for (int i = 0; i < {count}; i++) {types}.Add(matchType{m});");
        }
        bool same = op.HasTrait("SameOperandsAndResultType");
        if (same)
        {
            // Types left out of the text are all the one type that was written.
            w.Line($"{IR}Type? sameType = null;");
            foreach (var g in op.Operands)
                w.Line($"if (sameType == null && {Types(g, false)}.Count > 0) sameType = {Types(g, false)}[0];");
            foreach (var g in op.Results)
                w.Line($"if (sameType == null && {Types(g, true)}.Count > 0) sameType = {Types(g, true)}[0];");
            foreach (var g in op.Operands)
                w.Line($"if ({Types(g, false)}.Count == 0 && sameType != null) for (int i = 0; i < {Operands(g)}.Count; i++) {Types(g, false)}.Add(sameType);");
            foreach (var g in op.Results)
                if (g.Arity == GroupArity.Single)
                    w.Line($"if ({Types(g, true)}.Count == 0 && sameType != null) {Types(g, true)}.Add(sameType);");
        }
        foreach (var g in op.Operands)
        {
            w.Line($"if ({Operands(g)}.Count != {Types(g, false)}.Count) return parser.EmitError(at{g.PropertyName} ?? parser.CurrentPosition, $\"number of operands and types do not match: got {{{Operands(g)}.Count}} operands and {{{Types(g, false)}.Count}} types\");");
            w.Line($"for (int i = 0; i < {Operands(g)}.Count; i++) state.Operands.Add(parser.ResolveOperand({Operands(g)}[i], {Types(g, false)}[i]));");
        }
        foreach (var g in op.Results)
            w.Line($"state.ResultTypes.AddRange({Types(g, true)});");
        foreach (var r in op.Regions)
            w.Line($"state.Regions.Add(region{r.PropertyName});");
        foreach (var s in op.Successors)
            w.Line($"state.Successors.AddRange(successor{s.PropertyName});");
        if (op.HasTrait("AttrSizedOperandSegments"))
        {
            var sizes = new List<string>();
            foreach (var g in op.Operands)
                sizes.Add($"{Operands(g)}.Count");
            w.Line($"properties.Add(new {IR}Attributes.NamedAttribute(global::Dialectic.Core.IR.Declarations.OperandSegments.OperandSegmentSizes, {IR}Attributes.DenseArrayAttr.Get(parser.Context.I(32), new long[] {{ {string.Join(", ", sizes)} }})));");
        }
        if (op.HasTrait("AttrSizedResultSegments"))
        {
            var sizes = new List<string>();
            foreach (var g in op.Results)
                sizes.Add($"{Types(g, true)}.Count");
            w.Line($"properties.Add(new {IR}Attributes.NamedAttribute(global::Dialectic.Core.IR.Declarations.OperandSegments.ResultSegmentSizes, {IR}Attributes.DenseArrayAttr.Get(parser.Context.I(32), new long[] {{ {string.Join(", ", sizes)} }})));");
        }
        w.Line($"{Support}SetProperties(state, properties, Info.InherentAttributes);");
    }
}
