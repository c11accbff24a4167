using System.Collections.Generic;
using Dialectic.TableGen.Emitting;
using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Format;

internal static partial class FormatEmitter
{
    /// <summary>
    /// Where spaces go is decided at generation time, with mlir-tblgen's rules: a space before every element
    /// except after an opening bracket, and before punctuation only where MLIR puts one.
    /// </summary>
    private sealed class SpaceState
    {
        public bool ShouldEmitSpace = true;
        public bool LastWasPunctuation;

        /// <summary>Literal text not yet written: merged into one <c>Write</c> with the spaces around it.</summary>
        public string Pending = "";

        public void Flush(CodeWriter w)
        {
            if (Pending.Length == 1)
                w.Line($"printer.Write('{(Pending == "'" ? "\\'" : Pending)}');");
            else if (Pending.Length > 1)
                w.Line($"printer.Write({Literal.String(Pending)});");
            Pending = "";
        }
    }

    private static void EmitPrinter(CodeWriter w, OpModel op, FormatModel format)
    {
        using (w.Block($"private static void PrintGenerated({IR}Operation op, {Syntax}OpAsmPrinter printer)"))
        {
            w.Line($"var self = ({op.ClassName})op;");
            var state = new SpaceState();
            foreach (var e in format.Elements)
                EmitPrintElement(w, op, e, state, format);
            state.Flush(w);
        }
        w.Line();
    }

    private static bool SpaceBeforeLiteral(string value, bool lastWasPunctuation)
    {
        if (value.Length != 1 && value != "->")
            return true;
        if (lastWasPunctuation)
            return ">)}],".IndexOf(value[0]) < 0;
        return "<>(){}[],".IndexOf(value[0]) < 0;
    }

    private static void EmitPrintElement(CodeWriter w, OpModel op, FormatElement e, SpaceState s, FormatModel format)
    {
        if (FormatParser.IsSpacing(e))
        {
            // mlir-tblgen: ` ` prints a space, `` suppresses the next one; both count as punctuation.
            if (e.Text == " ")
                s.Pending += " ";
            s.ShouldEmitSpace = false;
            s.LastWasPunctuation = e.Text != " ";
            return;
        }
        if (e.Kind == FormatKind.Literal)
        {
            s.Pending += (s.ShouldEmitSpace && SpaceBeforeLiteral(e.Text, s.LastWasPunctuation) ? " " : "") + e.Text;
            s.ShouldEmitSpace = e.Text.Length != 1 || "<({[".IndexOf(e.Text[0]) < 0;
            s.LastWasPunctuation = e.Text[0] != '_' && !char.IsLetter(e.Text[0]);
            return;
        }
        if (e.Kind is FormatKind.AttrDict or FormatKind.AttrDictWithKeyword)
        {
            s.Flush(w);
            var elided = new List<string>();
            CollectAttributes(format.Elements, op, elided);
            string method = e.Kind == FormatKind.AttrDict ? "PrintOptionalAttrDict" : "PrintOptionalAttrDictWithKeyword";
            var defaults = new List<string>();
            foreach (var p in op.Properties)
                if (p.Default != null && !elided.Contains(Literal.String(p.Name)))
                    defaults.Add($"({Literal.String(p.Name)}, {Literal.String(p.Default)})");
            // Collection expressions bound to span parameters: stack storage, nothing allocated per printed op.
            string elidedArray = $"[{string.Join(", ", elided)}]";
            string defaultsArg = $"[{string.Join(", ", defaults)}]";
            bool props = !ContainsPropDict(format.Elements);
            w.Line($"{Support}{method}(printer, op, {elidedArray}, {defaultsArg}{(props ? "" : ", includeProperties: false")});");
            s.LastWasPunctuation = false;
            return;
        }
        if (e.Kind == FormatKind.PropDict)
        {
            s.Flush(w);
            var elided = new List<string>();
            CollectAttributes(format.Elements, op, elided);
            var defaults = new List<string>();
            foreach (var p in op.Properties)
                if (p.Default != null && !elided.Contains(Literal.String(p.Name)))
                    defaults.Add($"({Literal.String(p.Name)}, {Literal.String(p.Default)})");
            // operandSegmentSizes stays in prop-dict, as MLIR prints it there.
            elided.Remove("\"operandSegmentSizes\"");
            elided.Remove("\"resultSegmentSizes\"");
            // Collection expressions bound to span parameters: stack storage, nothing allocated per printed op.
            string elidedArray = $"[{string.Join(", ", elided)}]";
            string defaultsArg = $"[{string.Join(", ", defaults)}]";
            w.Line($"{Support}PrintPropDict(printer, op, {elidedArray}, {defaultsArg});");
            s.LastWasPunctuation = false;
            return;
        }
        if (e.Kind == FormatKind.OptionalGroup)
        {
            s.Flush(w);
            using (w.Block($"if ({AnchorCondition(op, e)})"))
            {
                foreach (var c in e.Children)
                    EmitPrintElement(w, op, c, s, format);
                s.Flush(w);
            }
            return;
        }
        if (e.Kind == FormatKind.Attribute && op.Properties[e.Index].AttributeClass == IR + "Attributes.UnitAttr")
            return;
        if (s.ShouldEmitSpace || !s.LastWasPunctuation)
            s.Pending += " ";
        s.Flush(w);
        s.LastWasPunctuation = false;
        s.ShouldEmitSpace = true;
        switch (e.Kind)
        {
            case FormatKind.Operand:
                EmitPrintOperand(w, op.Operands[e.Index]);
                break;
            case FormatKind.Operands:
                w.Line($"{Support}PrintOperands(printer, op.OpOperands);");
                break;
            case FormatKind.Type:
            case FormatKind.Qualified when e.Children[0].Kind == FormatKind.Type:
            {
                var target = e.Kind == FormatKind.Type ? e.Children[0] : e.Children[0].Children[0];
                if (target.Kind == FormatKind.Operand && op.Operands[target.Index].Arity == GroupArity.Single)
                    w.Line($"printer.PrintType(self.{op.Operands[target.Index].PropertyName}.Type);");
                else if (target.Kind == FormatKind.Result && op.Results[target.Index].Arity == GroupArity.Single)
                    w.Line($"printer.PrintType(self.{op.Results[target.Index].PropertyName}.Type);");
                else
                    w.Line($"{Support}PrintTypes(printer, {TypeList(op, target)});");
                break;
            }
            case FormatKind.FunctionalType:
                w.Line($"{Support}PrintFunctionalType(printer, {TypeList(op, e.Children[0])}, {TypeList(op, e.Children[1])});");
                break;
            case FormatKind.Attribute:
            case FormatKind.Qualified when e.Children[0].Kind == FormatKind.Attribute:
            {
                var p = op.Properties[e.Kind == FormatKind.Attribute ? e.Index : e.Children[0].Index];
                if (p.EnumForm == EnumForm.Integer)
                    w.Line($"printer.Write({p.EnumType}Syntax.ToKeyword(({p.EnumType})(long)(({IR}Attributes.IntegerAttr)op.GetInherentAttr({Literal.String(p.Name)})!).SignedValue));");
                else if (p.EnumForm != EnumForm.None)
                    w.Line($"(({p.AttributeClass})op.GetInherentAttr({Literal.String(p.Name)})!).PrintStripped(printer);");
                else if (p.ValueType != null)
                    w.Line($"printer.PrintAttributeWithoutType(op.GetInherentAttr({Literal.String(p.Name)})!);");
                else
                    w.Line($"printer.PrintAttribute(op.GetInherentAttr({Literal.String(p.Name)})!);");
                break;
            }
            case FormatKind.Region:
                EmitPrintRegion(w, op, op.Regions[e.Index]);
                break;
            case FormatKind.Custom:
                EmitPrintCustom(w, op, e);
                break;
            case FormatKind.Successor:
                EmitPrintSuccessor(w, op.Successors[e.Index]);
                break;
            case FormatKind.Successors:
                for (int i = 0; i < op.Successors.Count; i++)
                {
                    if (i > 0)
                        w.Line("printer.Write(\", \");");
                    EmitPrintSuccessor(w, op.Successors[i]);
                }
                break;
            case FormatKind.Regions:
                for (int i = 0; i < op.Regions.Count; i++)
                {
                    if (i > 0)
                        w.Line("printer.Write(\", \");");
                    EmitPrintRegion(w, op, op.Regions[i]);
                }
                break;
        }
    }

    /// <summary><c>custom&lt;Name&gt;(args)</c>: calls <c>static void PrintName(OpAsmPrinter, TOp, ...)</c> with
    /// the accessor values (operands, types, attributes, regions).</summary>
    private static void EmitPrintCustom(CodeWriter w, OpModel op, FormatElement e)
    {
        var args = new List<string> { "printer", "self" };
        foreach (var a in e.Children)
        {
            var target = a.Kind is FormatKind.Type or FormatKind.Qualified ? a.Children[0] : a;
            switch (target.Kind)
            {
                case FormatKind.Operand when a.Kind == FormatKind.Type:
                case FormatKind.Result:
                {
                    var g = target.Kind == FormatKind.Operand ? op.Operands[target.Index] : op.Results[target.Index];
                    args.Add(g.Arity switch
                    {
                        GroupArity.Single => $"self.{g.PropertyName}.Type",
                        GroupArity.Optional => $"self.{g.PropertyName}?.Type",
                        _ => $"(global::System.Collections.Generic.IReadOnlyList<{IR}Type>){TypeList(op, target)}",
                    });
                    break;
                }
                case FormatKind.Operand:
                    args.Add($"self.{op.Operands[target.Index].PropertyName}");
                    break;
                case FormatKind.Attribute:
                    args.Add($"op.GetInherentAttr({Literal.String(op.Properties[target.Index].Name)})");
                    break;
                case FormatKind.Region:
                    args.Add($"self.{op.Regions[target.Index].PropertyName}");
                    break;
            }
        }
        w.Line($"Print{e.Text}({string.Join(", ", args)});");
    }

    private static bool ContainsPropDict(EquatableArray<FormatElement> elements)
    {
        foreach (var e in elements)
            if (e.Kind == FormatKind.PropDict)
                return true;
        return false;
    }

    private static void EmitPrintRegion(CodeWriter w, OpModel op, RegionModel r)
    {
        string terminators = op.HasTrait("NoTerminator") ? "false" : "true";
        w.Line($"printer.PrintRegion(self.{r.PropertyName}, printEntryBlockArgs: true, printBlockTerminators: {terminators});");
    }

    private static void EmitPrintSuccessor(CodeWriter w, RegionModel s)
    {
        if (!s.IsVariadic)
            w.Line($"printer.PrintSuccessor(self.{s.PropertyName});");
        else
            w.Line($"for (int i = 0; i < self.{s.PropertyName}.Count; i++) {{ if (i > 0) printer.Write(\", \"); printer.PrintSuccessor(self.{s.PropertyName}[i]); }}");
    }

    private static void EmitPrintOperand(CodeWriter w, ValueGroupModel g)
    {
        switch (g.Arity)
        {
            case GroupArity.Single:
                w.Line($"printer.PrintOperand(self.{g.PropertyName});");
                break;
            case GroupArity.Optional:
                w.Line($"if (self.{g.PropertyName} is {{ }} v{g.PropertyName}) printer.PrintOperand(v{g.PropertyName});");
                break;
            default:
                w.Line($"{Support}PrintOperands(printer, self.{g.PropertyName});");
                break;
        }
    }

    /// <summary>An expression for the types of the values <paramref name="target"/> names, as a list.</summary>
    private static string TypeList(OpModel op, FormatElement target) => target.Kind switch
    {
        FormatKind.Operand => op.Operands[target.Index].Arity switch
        {
            GroupArity.Variadic => $"{Support}TypesOf(self.{op.Operands[target.Index].PropertyName})",
            _ => $"{Support}TypesOf(self.{op.Operands[target.Index].PropertyName})",
        },
        FormatKind.Result => $"{Support}TypesOf(self.{op.Results[target.Index].PropertyName})",
        FormatKind.Operands => $"{Support}TypesOf(op.OpOperands)",
        _ => $"{Support}TypesOf(op.Results)",
    };

    private static string AnchorCondition(OpModel op, FormatElement group)
    {
        foreach (var c in group.Children)
        {
            if (!c.IsAnchor)
                continue;
            var target = c.Kind == FormatKind.Type ? c.Children[0] : c;
            switch (target.Kind)
            {
                case FormatKind.Operand:
                    var g = op.Operands[target.Index];
                    return g.Arity == GroupArity.Variadic ? $"self.{g.PropertyName}.Length > 0" : $"self.{g.PropertyName} != null";
                case FormatKind.Attribute:
                {
                    // Present, and (for a property with a default) not the default: MLIR elides default values.
                    var p = op.Properties[target.Index];
                    string get = $"op.GetInherentAttr({Literal.String(p.Name)})";
                    return p.Default == null
                        ? $"{get} != null"
                        : $"{get} is {{ }} anchor{p.PropertyName} && !ReferenceEquals(anchor{p.PropertyName}, {Support}DefaultAttribute(op.Context, {Literal.String(p.Default)}))";
                }
                case FormatKind.Region:
                    return $"self.{op.Regions[target.Index].PropertyName}.Count > 0";
            }
        }
        return "true";
    }

    private static void CollectAttributes(EquatableArray<FormatElement> elements, OpModel op, List<string> names)
    {
        foreach (var e in elements)
        {
            if (e.Kind == FormatKind.Attribute)
                names.Add(Literal.String(op.Properties[e.Index].Name));
            CollectAttributes(e.Children, op, names);
        }
        if (op.HasTrait("AttrSizedOperandSegments") && !names.Contains("\"operandSegmentSizes\""))
            names.Add("\"operandSegmentSizes\"");
        if (op.HasTrait("AttrSizedResultSegments") && !names.Contains("\"resultSegmentSizes\""))
            names.Add("\"resultSegmentSizes\"");
    }
}
