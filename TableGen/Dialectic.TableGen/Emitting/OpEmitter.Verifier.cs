using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Emitting;

internal static partial class OpEmitter
{
    /// <summary>
    /// <c>VerifyGenerated</c>: MLIR's order and wording. Structural counts (regions, results, successors,
    /// operands), then the op's invariants (attributes, operand and result types, region sizes), as ODS's <c>OpInvariants</c>; the hand-written <c>Verify()</c> is hooked up separately and runs after the traits.
    /// </summary>
    private static void EmitVerifier(CodeWriter w, OpModel op)
    {
        using (w.Block($"private static bool VerifyGenerated({IR}Operation op)"))
        {
            w.Line($"var self = ({op.ClassName})op;");
            EmitRegionCount(w, op);
            EmitValueCount(w, op.Results, "NumResults", "result", "results", op.HasTrait("AttrSizedResultSegments"), "ResultSegmentSizes");
            EmitSuccessorCount(w, op);
            EmitValueCount(w, op.Operands, "NumOperands", "operand", "operands", op.HasTrait("AttrSizedOperandSegments"), "OperandSegmentSizes");
            foreach (var p in op.Properties)
            {
                string name = Literal.String(p.Name);
                w.Line($"var {Literal.Parameter(p.PropertyName)}Attr = op.GetInherentAttr({name});");
                if (!p.IsOptional)
                    w.Line($"if ({Literal.Parameter(p.PropertyName)}Attr == null) {{ op.EmitOpError({Literal.String($"requires attribute '{p.Name}'")}); return false; }}");
                string v = Literal.Parameter(p.PropertyName) + "Attr";
                if (p.EnumForm == EnumForm.Integer)
                {
                    // I64EnumAttr / I32EnumAttr: an integer of the enum's width whose value is a case.
                    string check = $"{v} != null && ({v} is not {IR}Attributes.IntegerAttr {v}Int || !ReferenceEquals({v}Int.Type, op.Context.I({p.EnumWidth})) || !{p.EnumType}Syntax.IsCase({v}Int.SignedValue))";
                    string wording = p.Summary.Length > 0 ? Literal.String(p.Summary) : $"{p.EnumType}Syntax.CaseSummary";
                    w.Line($"if ({check}) {{ op.EmitOpError({Literal.String($"attribute '{p.Name}' failed to satisfy constraint: ")} + {wording}); return false; }}");
                }
                else if (p.ValueType != null)
                {
                    string check = $"{v} != null && ({v} is not {p.AttributeClass} || {v} is not {IR}ITypedAttribute {v}Typed || !ReferenceEquals({v}Typed.Type, {Decl}GeneratedSyntax.NamedType(op.Context, {Literal.String(p.ValueType)})))";
                    w.Line($"if ({check}) {{ op.EmitOpError({Literal.String($"attribute '{p.Name}' failed to satisfy constraint: {p.ConstraintSummary ?? p.Summary}")}); return false; }}");
                }
                else
                {
                    string check = $"{v} != null && {v} is not {p.AttributeClass}";
                    w.Line($"if ({check}) {{ op.EmitOpError({Literal.String($"attribute '{p.Name}' failed to satisfy constraint: {p.Summary}")}); return false; }}");
                }
                if (p.ConstraintMethod != null)
                    w.Line($"if ({Literal.Parameter(p.PropertyName)}Attr != null && !{p.ConstraintMethod}({Literal.Parameter(p.PropertyName)}Attr)) {{ op.EmitOpError({Literal.String($"attribute '{p.Name}' failed to satisfy constraint: {p.ConstraintSummary}")}); return false; }}");
            }
            EmitTypeChecks(w, op.Operands, "self.{0}", "operand", isResult: false);
            EmitTypeChecks(w, op.Results, "self.{0}", "result", isResult: true);
            foreach (var set in op.TypeMatches)
                EmitTypeMatch(w, op, set);
            for (int i = 0; i < op.Regions.Count; i++)
            {
                var r = op.Regions[i];
                if (r.Blocks <= 0 || r.IsVariadic)
                    continue;
                string message = Literal.String($"region #{i} ('{r.Name}') failed to verify constraint: region with {r.Blocks} blocks");
                w.Line($"if (self.{r.PropertyName}.BlockCount != {r.Blocks}) {{ op.EmitOpError({message}); return false; }}");
            }
            w.Line((op.Hooks & OpHooks.VerifyPredicates) != 0 ? "return self.VerifyPredicates();" : "return true;");
        }
        w.Line();
    }

    private static void EmitRegionCount(CodeWriter w, OpModel op)
    {
        int fixedCount = 0;
        bool variadic = false;
        foreach (var r in op.Regions)
        {
            if (r.IsVariadic)
                variadic = true;
            else
                fixedCount++;
        }
        if (variadic)
        {
            if (fixedCount > 0)
                w.Line($"if (op.NumRegions < {fixedCount}) {{ op.EmitOpError(\"expected at least {fixedCount} regions\"); return false; }}");
            return;
        }
        string message = fixedCount switch
        {
            0 => "requires zero regions",
            1 => "requires one region",
            _ => $"expected {fixedCount} regions",
        };
        w.Line($"if (op.NumRegions != {fixedCount}) {{ op.EmitOpError({Literal.String(message)}); return false; }}");
    }

    private static void EmitSuccessorCount(CodeWriter w, OpModel op)
    {
        int fixedCount = 0;
        bool variadic = false;
        foreach (var s in op.Successors)
        {
            if (s.IsVariadic)
                variadic = true;
            else
                fixedCount++;
        }
        if (variadic)
        {
            if (fixedCount > 0)
                w.Line($"if (op.NumSuccessors < {fixedCount}) {{ op.EmitOpError($\"requires at least {fixedCount} successors but found {{op.NumSuccessors}}\"); return false; }}");
            return;
        }
        string noun = fixedCount == 1 ? "successor" : "successors";
        w.Line($"if (op.NumSuccessors != {fixedCount}) {{ op.EmitOpError($\"requires {fixedCount} {noun} but found {{op.NumSuccessors}}\"); return false; }}");
    }

    private static void EmitValueCount(CodeWriter w, EquatableArray<ValueGroupModel> groups, string count, string singular, string plural, bool segmented, string segmentConst)
    {
        int fixedCount = 0;
        foreach (var g in groups)
            if (g.Arity == GroupArity.Single)
                fixedCount++;
        if (segmented)
        {
            string attrName = singular == "operand" ? "operandSegmentSizes" : "resultSegmentSizes";
            w.Line($"if ({Decl}OperandSegments.HasNegative(op, {Decl}OperandSegments.{segmentConst})) {{ op.EmitOpError(\"'{attrName}' attribute cannot have negative elements\"); return false; }}");
            w.Line($"long {singular}Total = {Decl}OperandSegments.Total(op, {Decl}OperandSegments.{segmentConst}, {groups.Count});");
            w.Line($"if ({singular}Total != op.{count}) {{ op.EmitOpError($\"{singular} count ({{op.{count}}}) does not match with the total size ({{{singular}Total}}) specified in attribute '{(singular == "operand" ? "operandSegmentSizes" : "resultSegmentSizes")}'\"); return false; }}");
            return;
        }
        if (VariableGroup(groups) >= 0)
        {
            if (fixedCount > 0)
                // MLIR's verifyAtLeastNOperands says what it found; verifyAtLeastNResults does not.
                w.Line(singular == "operand"
                    ? $"if (op.{count} < {fixedCount}) {{ op.EmitOpError($\"expected {fixedCount} or more {plural}, but found {{op.{count}}}\"); return false; }}"
                    : $"if (op.{count} < {fixedCount}) {{ op.EmitOpError(\"expected {fixedCount} or more {plural}\"); return false; }}");
            return;
        }
        string check = $"if (op.{count} != {fixedCount}) {{ op.EmitOpError(";
        w.Line(fixedCount switch
        {
            0 => check + $"\"requires zero {plural}\"); return false; }}",
            1 => check + (singular == "operand" ? "\"requires a single operand\"); return false; }" : "\"requires one result\"); return false; }"),
            _ => check + $"$\"expected {fixedCount} {plural}, but found {{op.{count}}}\"); return false; }}",
        });
    }

    private static void EmitTypeChecks(CodeWriter w, EquatableArray<ValueGroupModel> groups, string access, string what, bool isResult)
    {
        bool any = false;
        foreach (var g in groups)
            any |= g.Summary != null;
        if (!any)
            return;
        w.Line($"int {what}Index = 0;");
        foreach (var g in groups)
        {
            string value = string.Format(access, g.PropertyName);
            string predicate = g.ConstraintMethod != null
                ? $"{g.ConstraintMethod}(t)"
                : $"{Decl}TypeConstraints.IsSatisfied({Decl}TypeConstraint.{g.Constraint}, t)";
            string fail = g.Summary == null
                ? ""
                : $"if (!{predicate}) {{ op.EmitOpError($\"{what} #{{{what}Index}} must be {Escape(g.Summary)}, but got '{{t}}'\"); return false; }} ";
            switch (g.Arity)
            {
                case GroupArity.Single:
                    w.Line($"{{ var t = {value}.Type; {fail}{what}Index++; }}");
                    break;
                case GroupArity.Optional:
                    w.Line($"if ({value} is {{ }} v{g.PropertyName}) {{ var t = v{g.PropertyName}.Type; {fail}{what}Index++; }}");
                    break;
                default:
                    string elem = isResult ? "item.Type" : "item.Value.Type";
                    w.Line($"foreach (var item in {value}) {{ var t = {elem}; {fail}{what}Index++; }}");
                    break;
            }
        }
    }

    /// <summary>AllTypesMatch over single values: every type is the first one's (types are uniqued).</summary>
    private static void EmitTypeMatch(CodeWriter w, OpModel op, EquatableArray<string> names)
    {
        var values = new System.Collections.Generic.List<string>();
        foreach (var n in names)
        {
            foreach (var g in op.Operands)
                if (g.Name == n && g.Arity == GroupArity.Single)
                    values.Add($"self.{g.PropertyName}.Type");
            foreach (var g in op.Results)
                if (g.Name == n && g.Arity == GroupArity.Single)
                    values.Add($"self.{g.PropertyName}.Type");
        }
        if (values.Count < 2)
            return;
        var checks = new System.Collections.Generic.List<string>();
        for (int i = 1; i < values.Count; i++)
            checks.Add($"!ReferenceEquals({values[i]}, {values[0]})");
        string message = $"failed to verify that all of {{{string.Join(", ", names)}}} have same type";
        w.Line($"if ({string.Join(" || ", checks)}) {{ op.EmitOpError({Literal.String(message)}); return false; }}");
    }

    /// <summary>Escapes text for an interpolated C# string literal.</summary>
    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("{", "{{").Replace("}", "}}");
}
