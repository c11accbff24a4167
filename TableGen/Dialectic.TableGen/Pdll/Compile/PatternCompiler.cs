using System.Collections.Generic;
using Dialectic.TableGen.Model;
using Dialectic.TableGen.Pdll.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>
/// Compiles one PDLL pattern into the body of a C# <c>MatchAndRewrite</c>. First the match section is analyzed in
/// source order (names resolved, inline variables declared, kinds checked); then the matcher is emitted by walking
/// from the root op through operands (each op reached through <c>Value.DefiningOp</c>), attributes and result
/// types, binding each variable where first reached and comparing later occurrences; the native constraints run
/// last, in source order; finally the rewrite is emitted in source order. Any error leaves the pattern without code.
/// </summary>
internal sealed partial class PatternCompiler
{
    private const string IR = "global::Dialectic.Core.IR.";
    private const string Support = "PdllSupport";

    private readonly PatternDecl _pattern;
    private readonly NativeTable _natives;
    private readonly PdllOpTable _ops;
    private readonly DiagnosticSink _sink;
    private readonly string _class;
    private readonly int _errorsAtStart;
    private readonly Dictionary<string, Variable> _scope = new();
    private readonly List<Variable> _matchVariables = new();
    private readonly Dictionary<Expr, Variable> _refs = new();
    private readonly List<(NativeFunction Function, List<Expr> Args, TextSpan Span)> _checks = new();
    private readonly Dictionary<(bool, string), string> _literalFields = new();
    private readonly List<string> _matchedOps = new();
    private readonly NameAllocator _names = new();
    /// <summary>The op class of each C# local statically typed as one (matched typed ops).</summary>
    private readonly Dictionary<string, string> _typedLocals = new();
    private readonly CompiledPattern _out = new();
    private bool _locationEmitted;

    private PatternCompiler(PatternDecl pattern, NativeTable natives, PdllOpTable ops, DiagnosticSink sink, string classFullName)
    {
        _pattern = pattern;
        _natives = natives;
        _ops = ops;
        _sink = sink;
        _class = classFullName;
        _errorsAtStart = sink.Count;
        _names.Reserve("rewriter");
        _names.Reserve("loc");
        _names.Reserve("PdllSupport");
    }

    private bool Failed => _sink.Count > _errorsAtStart;

    private void Line(string line) => _out.Body.Add(line);

    private void Error(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextSpan span, string message) =>
        _sink.Error(descriptor, span, message);

    /// <summary>Compiles <paramref name="pattern"/>; null after an error (reported to <paramref name="sink"/>).</summary>
    public static CompiledPattern? Compile(PatternDecl pattern, string name, int line, NativeTable natives, PdllOpTable ops,
        DiagnosticSink sink, string classFullName)
    {
        var c = new PatternCompiler(pattern, natives, ops, sink, classFullName);
        c._out.DebugName = name;
        c._out.ClassName = name + "Pattern";
        c._out.Line = line;
        c._out.Doc.AddRange(pattern.Doc);
        c._out.Recursion = pattern.Recursion;
        c._out.Benefit = pattern.Benefit ?? 0;
        return c.Run() ? c._out : null;
    }

    private bool Run()
    {
        foreach (var (text, span) in _pattern.BadMetadata)
            Error(PdllDiagnostics.BadPattern, span, $"unknown pattern metadata '{text}': expected 'benefit(N)' or 'recursion'");
        if (_pattern.Benefit is { } benefit && benefit > 65534)
            Error(PdllDiagnostics.BadPattern, _pattern.NameSpan, $"benefit {benefit} is out of range: a pattern benefit is at most 65534");
        var body = _pattern.Body;
        if (body.Count == 0 || body[body.Count - 1] is not (EraseStmt or ReplaceStmt or RewriteStmt))
        {
            Error(PdllDiagnostics.BadPattern, _pattern.NameSpan,
                "expected the pattern to end with an operation rewrite statement ('erase', 'replace' or 'rewrite')");
            return false;
        }
        for (int i = 0; i < body.Count - 1; i++)
            AnalyzeMatchStatement(body[i]);
        var last = body[body.Count - 1];
        var root = AnalyzeRoot(last switch
        {
            EraseStmt e => e.Target,
            ReplaceStmt r => r.Target,
            _ => ((RewriteStmt)last).Target,
        });
        if (root == null || Failed)
            return false;
        EmitMatch(root);
        if (Failed)
            return false;
        EmitRewrite(last, root);
        return !Failed;
    }

    // ---- scope -------------------------------------------------------------------------------------------------

    private Variable Declare(string name, TextSpan span, PType type, List<ConstraintRef> constraints, bool inMatch)
    {
        var v = new Variable(name, span, type, constraints, inMatch) { Anonymous = name == "_" };
        if (!v.Anonymous)
        {
            if (_scope.ContainsKey(name))
                Error(PdllDiagnostics.Duplicate, span, $"redefinition of variable '{name}'");
            _scope[name] = v;
        }
        if (inMatch)
            _matchVariables.Add(v);
        v.Cs = _names.Named(v.Anonymous ? "any" : name);
        if (type.Kind == PKind.Op && type.OpName != null)
            v.CsOpClass = _ops.Find(type.OpName)?.FullClassName;
        return v;
    }

    private Variable? Lookup(string name, TextSpan span)
    {
        if (_scope.TryGetValue(name, out var v))
            return v;
        Error(PdllDiagnostics.UnknownVariable, span, $"undefined reference to '{name}'");
        return null;
    }

    /// <summary>Whether <paramref name="name"/> names an op that can be used; reports an unknown op of a known dialect.</summary>
    private bool CheckOpName(string? name, TextSpan span)
    {
        if (name == null || _ops.Find(name) != null || !_ops.KnowsDialectOf(name))
            return true;
        Error(PdllDiagnostics.UnknownOp, span, $"unknown op '{name}': no [Op] class of dialect '{name.Substring(0, name.IndexOf('.'))}' declares it");
        return false;
    }

    private string LiteralField(LiteralExpr literal)
    {
        var key = (literal.IsType, literal.Text);
        if (_literalFields.TryGetValue(key, out var field))
            return field;
        field = (literal.IsType ? "_type" : "_attr") + _literalFields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _literalFields.Add(key, field);
        _out.Literals.Add((field, literal.IsType, literal.Text));
        return field;
    }

    /// <summary>The typed accessor of result <paramref name="index"/> of the op in local <paramref name="cs"/>, when
    /// the local has the op's class and the op declares that result at a fixed position; else null.</summary>
    private string? TypedResult(string cs, PType type, int index)
    {
        if (!_typedLocals.ContainsKey(cs) || type.OpName == null || _ops.Find(type.OpName) is not { } info)
            return null;
        for (int i = 0; i <= index && i < info.Results.Count; i++)
            if (info.Results[i].Arity != GroupArity.Single)
                return null;
        return index < info.Results.Count && info.Results[index].PropertyName is { } p ? cs + "." + p : null;
    }

    /// <summary>True when an op of <paramref name="type"/> is declared with exactly one result.</summary>
    private bool HasOneResult(PType type) =>
        type.OpName != null && _ops.Find(type.OpName) is { FixedResults: true, Results.Count: 1 };

    private static string CsType(PType type, string? opClass) => type.Kind switch
    {
        PKind.Value => IR + "Value",
        PKind.Attr => IR + "Attribute",
        PKind.Type => IR + "Type",
        PKind.Op => opClass ?? IR + "Operation",
        PKind.ValueRange => "global::System.Collections.Generic.IReadOnlyList<" + IR + "Value>",
        PKind.TypeRange => "global::System.Collections.Generic.IReadOnlyList<" + IR + "Type>",
        _ => "void",
    };

    /// <summary>Converts a C# expression of PDLL type <paramref name="from"/> to a parameter of PDLL type
    /// <paramref name="to"/> implemented by C# type <paramref name="param"/>; null (reported) when PDLL has no
    /// such conversion.</summary>
    private string? Convert(string cs, PType from, PType to, NativeType? param, TextSpan span)
    {
        if (from.Kind == to.Kind)
        {
            if (to.Kind == PKind.Op && to.OpName != null && from.OpName != to.OpName)
            {
                Error(PdllDiagnostics.KindMismatch, span, $"expected {to}, but got {from}");
                return null;
            }
            bool typed = _typedLocals.TryGetValue(cs, out var cls) && param != null && cls == param.Name;
            return param is { Kind: ClrKind.Operation, Exact: false } && !typed ? $"(({param.Name}){cs})" : cs;
        }
        if (from.Kind == PKind.Op && to.Kind == PKind.Value)
            return cs + ".GetResult(0)";
        if (from.Kind == PKind.Op && to.Kind == PKind.ValueRange)
            return $"{Support}.Results({cs})";
        if (from.Kind == PKind.Value && to.Kind == PKind.ValueRange)
            return $"new {IR}Value[] {{ {cs} }}";
        if (from.Kind == PKind.Type && to.Kind == PKind.TypeRange)
            return $"new {IR}Type[] {{ {cs} }}";
        Error(PdllDiagnostics.KindMismatch, span, $"expected {to}, but got {from}");
        return null;
    }
}
