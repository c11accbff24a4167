using System.Collections.Generic;
using System.Text;
using Dialectic.TableGen.Pdll.Syntax;

namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>
/// The native constraints and rewrites a PDLL file declares, each bound to a static method of the
/// <c>[PdllPatterns]</c> class with the matching signature: PDLL <c>Value</c>, <c>Attr</c>, <c>Type</c>, <c>Op</c>,
/// <c>ValueRange</c>, <c>TypeRange</c> are <c>Value</c>, <c>Attribute</c>, <c>Type</c>, <c>Operation</c> (or the op
/// class of <c>Op&lt;name&gt;</c>), <c>IReadOnlyList&lt;Value&gt;</c>, <c>IReadOnlyList&lt;Type&gt;</c>; a constraint returns
/// <c>bool</c>; an optional leading <c>PatternRewriter</c> parameter receives the rewriter.
/// </summary>
internal sealed class NativeTable
{
    private readonly Dictionary<string, NativeFunction> _functions = new();

    public NativeTable(PdllModule module, PdllClassModel cls, PdllOpTable ops, DiagnosticSink sink)
    {
        foreach (var decl in module.Natives)
        {
            if (_functions.ContainsKey(decl.Name))
            {
                sink.Error(PdllDiagnostics.Duplicate, decl.NameSpan, $"'{decl.Name}' is already declared");
                continue;
            }
            if (decl.UnsupportedBody != null)
            {
                sink.Error(PdllDiagnostics.Unsupported, decl.NameSpan,
                    $"'{decl.Name}' has {decl.UnsupportedBody}: only declarations ending in ';' are supported, implemented by a static method of '{cls.ClassName}'");
                continue;
            }
            var parameters = new List<PType>();
            bool ok = true;
            foreach (var p in decl.Parameters)
            {
                var type = ParameterType(p, ops, sink);
                ok &= type != null;
                parameters.Add(type ?? PType.None);
            }
            var result = PType.None;
            if (decl.Results is { } results)
            {
                if (decl.Kind == NativeKind.Constraint)
                {
                    sink.Error(PdllDiagnostics.Unsupported, decl.NameSpan, $"constraint '{decl.Name}' declares results: native constraints only succeed or fail");
                    ok = false;
                }
                else if (results.Count != 1)
                {
                    sink.Error(PdllDiagnostics.Unsupported, decl.NameSpan, $"rewrite '{decl.Name}' declares {results.Count} results: at most one is supported");
                    ok = false;
                }
                else
                {
                    var r = CoreType(results[0], ops, sink);
                    ok &= r != null;
                    result = r ?? PType.None;
                }
            }
            var function = new NativeFunction(decl, parameters, result);
            _functions.Add(decl.Name, function);
            if (ok)
                Bind(function, cls, ops, sink);
        }
    }

    public NativeFunction? Find(string name) => _functions.TryGetValue(name, out var f) ? f : null;

    private static PType? ParameterType(ParamDecl p, PdllOpTable ops, DiagnosticSink sink)
    {
        if (p.Constraints.Count != 1)
        {
            sink.Error(PdllDiagnostics.Unsupported, p.Span, $"parameter '{p.Name}' of a native function must have exactly one core constraint (Value, Attr, Type, Op, ValueRange, TypeRange)");
            return null;
        }
        return CoreType(p.Constraints[0], ops, sink);
    }

    private static PType? CoreType(ConstraintRef c, PdllOpTable ops, DiagnosticSink sink)
    {
        if (c.TypeExpr != null)
        {
            sink.Error(PdllDiagnostics.Unsupported, c.Span, "a native function's parameters and results cannot constrain types");
            return null;
        }
        switch (c.Kind)
        {
            case ConstraintKind.Value: return PType.Value;
            case ConstraintKind.ValueRange: return PType.ValueRange;
            case ConstraintKind.Type: return PType.Type;
            case ConstraintKind.TypeRange: return PType.TypeRange;
            case ConstraintKind.Attr: return PType.Attr;
            case ConstraintKind.Op:
                if (c.OpName != null && ops.Find(c.OpName) == null && ops.KnowsDialectOf(c.OpName))
                {
                    sink.Error(PdllDiagnostics.UnknownOp, c.OpNameSpan, $"unknown op '{c.OpName}': no [Op] class declares it");
                    return null;
                }
                return PType.Op(c.OpName);
            default:
                sink.Error(PdllDiagnostics.Unsupported, c.Span, $"'{c.UserName}' cannot type a native function's parameter or result: use a core constraint");
                return null;
        }
    }

    private static void Bind(NativeFunction f, PdllClassModel cls, PdllOpTable ops, DiagnosticSink sink)
    {
        foreach (var m in cls.Methods)
        {
            if (m.Name != f.Name)
                continue;
            int offset = m.Parameters.Count == f.Parameters.Count + 1 && m.Parameters.Count > 0 && m.Parameters[0].Kind == ClrKind.PatternRewriter ? 1 : 0;
            if (m.Parameters.Count != f.Parameters.Count + offset || !ReturnMatches(f, m.Return))
                continue;
            bool match = true;
            for (int i = 0; i < f.Parameters.Count && match; i++)
                match = Accepts(m.Parameters[i + offset], f.Parameters[i], ops);
            if (!match)
                continue;
            f.Method = m;
            f.TakesRewriter = offset == 1;
            return;
        }
        sink.Error(PdllDiagnostics.MissingImplementation, f.Decl.NameSpan,
            $"{(f.IsConstraint ? "constraint" : "rewrite")} '{f.Name}' has no implementation: declare '{Signature(f, ops)}' (optionally with a leading 'PatternRewriter rewriter' parameter) in class '{cls.ClassName}'");
    }

    private static bool ReturnMatches(NativeFunction f, NativeType r)
    {
        if (f.IsConstraint)
            return r.Kind == ClrKind.Bool;
        return f.Result.Kind switch
        {
            PKind.None => r.Kind == ClrKind.Void,
            PKind.Value => r.Kind == ClrKind.Value,
            PKind.Attr => r.Kind == ClrKind.Attribute,
            PKind.Type => r.Kind == ClrKind.Type,
            PKind.Op => r.Kind == ClrKind.Operation,
            PKind.ValueRange => r.Kind == ClrKind.ValueList,
            PKind.TypeRange => r.Kind == ClrKind.TypeList,
            _ => false,
        };
    }

    /// <summary>Whether a C# parameter of type <paramref name="p"/> takes a PDLL <paramref name="t"/> without a check.</summary>
    private static bool Accepts(NativeType p, PType t, PdllOpTable ops) => t.Kind switch
    {
        PKind.Value => p.Kind == ClrKind.Value && p.Exact,
        PKind.Attr => p.Kind == ClrKind.Attribute && p.Exact,
        PKind.Type => p.Kind == ClrKind.Type && p.Exact,
        PKind.Op => p.Kind == ClrKind.Operation && (p.Exact || (t.OpName != null && ops.Find(t.OpName)?.FullClassName == p.Name)),
        PKind.ValueRange => p.Kind == ClrKind.ValueList,
        PKind.TypeRange => p.Kind == ClrKind.TypeList,
        _ => false,
    };

    /// <summary>The C# signature a declaration expects, for the error message.</summary>
    private static string Signature(NativeFunction f, PdllOpTable ops)
    {
        var sb = new StringBuilder("static ");
        sb.Append(f.IsConstraint ? "bool" : CsName(f.Result, ops));
        sb.Append(' ').Append(f.Name).Append('(');
        for (int i = 0; i < f.Parameters.Count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(CsName(f.Parameters[i], ops)).Append(' ').Append(f.Decl.Parameters[i].Name);
        }
        return sb.Append(')').ToString();
    }

    private static string CsName(PType t, PdllOpTable ops) => t.Kind switch
    {
        PKind.None => "void",
        PKind.Value => "Value",
        PKind.Attr => "Attribute",
        PKind.Type => "Type",
        PKind.Op => t.OpName != null && ops.Find(t.OpName) is { } info ? ShortName(info.FullClassName) : "Operation",
        PKind.ValueRange => "IReadOnlyList<Value>",
        PKind.TypeRange => "IReadOnlyList<Type>",
        _ => "?",
    };

    private static string ShortName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);
}
