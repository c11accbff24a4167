using Dialectic.TableGen.Emitting;

namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>The small runtime helpers generated patterns call, nested (private) in each generated class.</summary>
internal static class SupportEmitter
{
    private const string IR = "global::Dialectic.Core.IR.";

    public static void Emit(CodeWriter w)
    {
        w.Line("/// <summary>Helpers of the generated patterns.</summary>");
        using (w.Block("private static class PdllSupport"))
        {
            w.Line($"public static {IR}Attribute? ParseAttribute({IR}Context context, string text) => global::Dialectic.Core.Syntax.SourceParser.ParseAttribute(context, text);");
            w.Line();
            w.Line($"public static {IR}Type? ParseType({IR}Context context, string text) => global::Dialectic.Core.Syntax.SourceParser.ParseType(context, text);");
            w.Line();
            w.Line("/// <summary>The attribute <paramref name=\"name\"/> of <paramref name=\"op\"/>: inherent, else discardable.</summary>");
            w.Line($"public static {IR}Attribute? Attribute({IR}Operation op, string name) => op.GetInherentAttr(name) ?? op.GetAttr(name);");
            w.Line();
            using (w.Block($"public static {IR}Value[] Operands({IR}Operation op)"))
            {
                w.Line($"var values = new {IR}Value[op.NumOperands];");
                w.Line("for (int i = 0; i < values.Length; i++)");
                w.Line("    values[i] = op.GetOperand(i);");
                w.Line("return values;");
            }
            w.Line();
            using (w.Block($"public static {IR}Value[] Values(global::System.ReadOnlySpan<{IR}OpOperand> operands)"))
            {
                w.Line($"var values = new {IR}Value[operands.Length];");
                w.Line("for (int i = 0; i < values.Length; i++)");
                w.Line("    values[i] = operands[i].Value;");
                w.Line("return values;");
            }
            w.Line();
            w.Line($"public static {IR}Value[] Optional({IR}Value? value) => value == null ? [] : [value];");
            w.Line();
            using (w.Block($"public static {IR}Value[] Results({IR}Operation op)"))
            {
                w.Line($"var values = new {IR}Value[op.NumResults];");
                w.Line("for (int i = 0; i < values.Length; i++)");
                w.Line("    values[i] = op.GetResult(i);");
                w.Line("return values;");
            }
            w.Line();
            using (w.Block($"public static {IR}Type[] ResultTypes({IR}Operation op)"))
            {
                w.Line($"var types = new {IR}Type[op.NumResults];");
                w.Line("for (int i = 0; i < types.Length; i++)");
                w.Line("    types[i] = op.GetResult(i).Type;");
                w.Line("return types;");
            }
            w.Line();
            using (w.Block($"public static {IR}Type[] Types(global::System.Collections.Generic.IReadOnlyList<{IR}Value> values)"))
            {
                w.Line($"var types = new {IR}Type[values.Count];");
                w.Line("for (int i = 0; i < types.Length; i++)");
                w.Line("    types[i] = values[i].Type;");
                w.Line("return types;");
            }
            w.Line();
            w.Line("/// <summary>Element-wise reference equality (values, types and attributes are compared by identity).</summary>");
            using (w.Block("public static bool Same<T>(global::System.Collections.Generic.IReadOnlyList<T> a, global::System.Collections.Generic.IReadOnlyList<T> b) where T : class"))
            {
                w.Line("if (a.Count != b.Count)");
                w.Line("    return false;");
                w.Line("for (int i = 0; i < a.Count; i++)");
                w.Line("    if (!ReferenceEquals(a[i], b[i]))");
                w.Line("        return false;");
                w.Line("return true;");
            }
            w.Line();
            w.Line($"public static {IR}Type TypeOf({IR}Attribute attribute) =>");
            w.Line($"    attribute is {IR}ITypedAttribute typed ? typed.Type : throw new global::System.InvalidOperationException(\"attribute '\" + attribute + \"' has no type to give an op's result\");");
            w.Line();
            w.Line("/// <summary>The result types of the op being replaced, for its replacement.</summary>");
            using (w.Block($"public static void AddResultTypes({IR}OperationState state, {IR}Operation replaced)"))
            {
                w.Line("for (int i = 0; i < replaced.NumResults; i++)");
                w.Line("    state.ResultTypes.Add(replaced.GetResult(i).Type);");
            }
            w.Line();
            w.Line("/// <summary>Sets the attributes of an op being built: inherent ones (those its registration lists) as properties,");
            w.Line("/// the others as discardable attributes; a null value leaves the attribute unset.</summary>");
            using (w.Block($"public static void SetAttributes({IR}OperationState state, params (string Name, {IR}Attribute? Value)[] entries)"))
            {
                w.Line("var inherent = state.Name.Info?.InherentAttributes;");
                w.Line($"global::System.Collections.Generic.List<{IR}Attributes.NamedAttribute>? properties = null;");
                using (w.Block("foreach (var (name, value) in entries)"))
                {
                    w.Line("if (value == null)");
                    w.Line("    continue;");
                    w.Line("if (inherent != null && global::System.Array.IndexOf(inherent, name) >= 0)");
                    w.Line($"    (properties ??= new()).Add(new {IR}Attributes.NamedAttribute(name, value));");
                    w.Line("else");
                    w.Line("    state.AddAttribute(name, value);");
                }
                w.Line("if (properties != null)");
                w.Line($"    state.Properties = {IR}Attributes.DictionaryAttr.Get(state.Location.Context, properties.ToArray());");
            }
        }
    }
}
