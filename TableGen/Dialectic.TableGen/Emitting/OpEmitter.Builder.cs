using System.Collections.Generic;
using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Emitting;

internal static partial class OpEmitter
{
    /// <summary>
    /// <c>Create(builder, location, resultTypes..., operands..., attributes..., successors..., regionCounts...)</c>,
    /// plus an overload that infers result types when the op has <c>SameOperandsAndResultType</c>.
    /// </summary>
    private static void EmitBuilder(CodeWriter w, OpModel op)
    {
        EmitBuilder(w, op, inferResults: false);
        if (op.HasTrait("SameOperandsAndResultType") && op.Results.Count > 0 && FirstSingleOperand(op) != null
            && VariableGroup(op.Results) < 0)
            EmitBuilder(w, op, inferResults: true);
    }

    private static ValueGroupModel? FirstSingleOperand(OpModel op)
    {
        foreach (var g in op.Operands)
            if (g.Arity == GroupArity.Single)
                return g;
        return null;
    }

    private static void EmitBuilder(CodeWriter w, OpModel op, bool inferResults)
    {
        var parameters = new List<string> { $"{IR}OpBuilder builder", $"{IR}Attributes.LocationAttr location" };
        var optional = new List<string>();
        if (!inferResults)
            foreach (var r in op.Results)
                parameters.Add(r.Arity == GroupArity.Variadic
                    ? $"global::System.ReadOnlySpan<{IR}Type> {Literal.Parameter(r.PropertyName + "Types")}"
                    : $"{IR}Type{(r.Arity == GroupArity.Optional ? "?" : "")} {Literal.Parameter(r.PropertyName + "Type")}");
        foreach (var o in op.Operands)
            parameters.Add(o.Arity == GroupArity.Variadic
                ? $"global::System.ReadOnlySpan<{IR}Value> {Literal.Parameter(o.PropertyName)}"
                : $"{IR}Value{(o.Arity == GroupArity.Optional ? "?" : "")} {Literal.Parameter(o.PropertyName)}");
        foreach (var s in op.Successors)
            parameters.Add(s.IsVariadic
                ? $"global::System.ReadOnlySpan<{IR}Block> {Literal.Parameter(s.PropertyName)}"
                : $"{IR}Block {Literal.Parameter(s.PropertyName)}");
        foreach (var r in op.Regions)
            if (r.IsVariadic)
                parameters.Add($"int {Literal.Parameter(r.PropertyName + "Count")}");
        foreach (var p in op.Properties)
        {
            if (p.IsOptional)
                optional.Add($"{p.AttributeClass}? {Literal.Parameter(p.PropertyName)} = null");
            else
                parameters.Add($"{p.AttributeClass} {Literal.Parameter(p.PropertyName)}");
        }
        parameters.AddRange(optional);

        w.Line($"/// <summary>Creates a <c>{op.OperationName}</c> at the builder's insertion point.</summary>");
        using (w.Block($"public static {op.ClassName} Create({string.Join(", ", parameters)})"))
        {
            w.Line($"var state = new {IR}OperationState(location, OperationName);");
            if (inferResults)
            {
                string first = Literal.Parameter(FirstSingleOperand(op)!.PropertyName);
                foreach (var r in op.Results)
                    w.Line($"state.ResultTypes.Add({first}.Type);");
            }
            else
            {
                foreach (var r in op.Results)
                    AddGroup(w, r.Arity, Literal.Parameter(r.PropertyName + (r.Arity == GroupArity.Variadic ? "Types" : "Type")), "state.ResultTypes");
            }
            foreach (var o in op.Operands)
                AddGroup(w, o.Arity, Literal.Parameter(o.PropertyName), "state.Operands");
            foreach (var s in op.Successors)
                AddGroup(w, s.IsVariadic ? GroupArity.Variadic : GroupArity.Single, Literal.Parameter(s.PropertyName), "state.Successors");
            foreach (var r in op.Regions)
            {
                if (r.IsVariadic)
                    w.Line($"for (int i = 0; i < {Literal.Parameter(r.PropertyName + "Count")}; i++) state.AddRegion();");
                else
                    w.Line("state.AddRegion();");
            }
            bool operandSegments = op.HasTrait("AttrSizedOperandSegments");
            bool resultSegments = op.HasTrait("AttrSizedResultSegments") && !inferResults;
            if (op.Properties.Count > 0 || operandSegments || resultSegments)
            {
                w.Line($"var properties = new global::System.Collections.Generic.List<{IR}Attributes.NamedAttribute>();");
                foreach (var p in op.Properties)
                {
                    string name = Literal.Parameter(p.PropertyName);
                    string add = $"properties.Add(new {IR}Attributes.NamedAttribute({Literal.String(p.Name)}, {name}));";
                    w.Line(p.IsOptional ? $"if ({name} != null) {add}" : add);
                }
                if (operandSegments)
                    w.Line($"properties.Add(new {IR}Attributes.NamedAttribute({Decl}OperandSegments.OperandSegmentSizes, {SegmentSizes(op.Operands, op, false)}));");
                if (resultSegments)
                    w.Line($"properties.Add(new {IR}Attributes.NamedAttribute({Decl}OperandSegments.ResultSegmentSizes, {SegmentSizes(op.Results, op, true)}));");
                w.Line($"if (properties.Count > 0) state.Properties = {IR}Attributes.DictionaryAttr.Get(location.Context, properties.ToArray());");
            }
            w.Line($"return ({op.ClassName})builder.Create(state);");
        }
        w.Line();
    }

    private static string SegmentSizes(EquatableArray<ValueGroupModel> groups, OpModel op, bool results)
    {
        var sizes = new List<string>();
        foreach (var g in groups)
        {
            string name = Literal.Parameter(g.PropertyName + (results ? (g.Arity == GroupArity.Variadic ? "Types" : "Type") : ""));
            sizes.Add(g.Arity switch
            {
                GroupArity.Single => "1",
                GroupArity.Optional => $"{name} != null ? 1 : 0",
                _ => $"{name}.Length",
            });
        }
        return $"{IR}Attributes.DenseArrayAttr.Get(location.Context.I(32), new long[] {{ {string.Join(", ", sizes)} }})";
    }

    private static void AddGroup(CodeWriter w, GroupArity arity, string name, string list)
    {
        switch (arity)
        {
            case GroupArity.Single:
                w.Line($"{list}.Add({name});");
                break;
            case GroupArity.Optional:
                w.Line($"if ({name} != null) {list}.Add({name});");
                break;
            default:
                w.Line($"foreach (var item in {name}) {list}.Add(item);");
                break;
        }
    }
}
