using System;
using System.Collections.Generic;
using System.Globalization;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Syntax;

public sealed partial class Parser
{
    /// <summary>A named SSA definition: one value, or the values of a result group.</summary>
    private readonly struct ValueDefinition(Value? single, Value[]? group, Token tok)
    {
        public readonly Value? Single = single;
        public readonly Value[]? Group = group;
        public readonly Token Tok = tok;

        public int Count => Group?.Length ?? 1;

        public Value this[int i] => Group != null ? Group[i] : Single!;
    }

    /// <summary>Names visible in an isolated-from-above region tree, with pending forward references.</summary>
    private sealed class IsolatedScope(IEqualityComparer<(int, int)> names)
    {
        /// <summary>Definitions keyed by where their name is written (no string per value).</summary>
        public readonly Dictionary<(int Start, int Length), ValueDefinition> Defs = new(names);
        public readonly Dictionary<string, List<ForwardRefValue?>> ForwardRefs = new(StringComparer.Ordinal);
        public readonly List<List<(int, int)>> RegionDefs = new();
    }

    /// <summary>Block labels of one region.</summary>
    private sealed class BlockScope
    {
        public readonly Dictionary<string, (Block Block, Token FirstRef, bool Defined)> Blocks = new(StringComparer.Ordinal);
    }

    private readonly List<IsolatedScope> _isolated = new();
    private readonly List<BlockScope> _blockScopes = new();

    private IsolatedScope CurrentScope => _isolated[^1];

    private SourceSpanComparer? _spanComparer;

    /// <summary>Scopes of finished isolated regions, kept for reuse (their tables keep their capacity). Invariant: empty.</summary>
    private readonly Stack<IsolatedScope> _scopePool = new();

    private void PushIsolatedScope() =>
        _isolated.Add(_scopePool.TryPop(out var reused) ? reused : new IsolatedScope(_spanComparer ??= new SourceSpanComparer(_source)));

    private void PopIsolatedScope()
    {
        var scope = CurrentScope;
        Token? first = null;
        foreach (var refs in scope.ForwardRefs.Values)
            foreach (var r in refs)
                if (r != null && (first == null || r.FirstUseToken.Start < first.Value.Start))
                    first = r.FirstUseToken;
        if (first != null)
            throw Error(first.Value, "use of undeclared SSA value name");
        _isolated.RemoveAt(_isolated.Count - 1);
        // Region pops removed every definition; forward references were all resolved (checked above).
        scope.Defs.Clear();
        scope.ForwardRefs.Clear();
        scope.RegionDefs.Clear();
        _scopePool.Push(scope);
    }

    /// <summary>Definition lists of finished regions, kept for reuse. Invariant: empty.</summary>
    private readonly Stack<List<(int, int)>> _regionDefsPool = new();

    private void PushRegionScope()
    {
        CurrentScope.RegionDefs.Add(_regionDefsPool.TryPop(out var reused) ? reused : new List<(int, int)>());
        _blockScopes.Add(new BlockScope());
    }

    private void PopRegionScope()
    {
        var blocks = _blockScopes[^1];
        Token? undefined = null;
        foreach (var (_, entry) in blocks.Blocks)
            if (!entry.Defined && (undefined == null || entry.FirstRef.Start < undefined.Value.Start))
                undefined = entry.FirstRef;
        if (undefined != null)
            throw Error(undefined.Value, "reference to an undefined block");
        _blockScopes.RemoveAt(_blockScopes.Count - 1);
        var scope = CurrentScope;
        var names = scope.RegionDefs[^1];
        foreach (var n in names)
            scope.Defs.Remove(n);
        scope.RegionDefs.RemoveAt(scope.RegionDefs.Count - 1);
        names.Clear();
        _regionDefsPool.Push(names);
    }

    /// <summary>Binds the name at <paramref name="tok"/> to a value or result group, resolving forward references.</summary>
    private void DefineValues(Token tok, Value? single, Value[]? group)
    {
        var scope = CurrentScope;
        var key = (tok.Start, tok.Length);
        if (scope.Defs.TryGetValue(key, out var prior))
            throw ErrorWithNote(tok, $"redefinition of SSA value '{Text(tok)}'", prior.Tok, "previously defined here");
        var def = new ValueDefinition(single, group, tok);
        string name = scope.ForwardRefs.Count > 0 ? TextString(tok) : "";
        if (scope.ForwardRefs.Count > 0 && scope.ForwardRefs.Remove(name, out var refs))
        {
            for (int i = 0; i < refs.Count; i++)
            {
                var fwd = refs[i];
                if (fwd == null)
                    continue;
                if (i >= def.Count)
                    throw Error(fwd.FirstUseToken, "reference to invalid result number");
                if (fwd.Type != def[i].Type)
                    throw ErrorWithNote(tok, $"definition of SSA value '{name}#{i}' has type '{def[i].Type}'",
                        fwd.FirstUseToken, $"previously used here with type '{fwd.Type}'");
                fwd.ReplaceAllUsesWith(def[i]);
            }
        }
        scope.Defs[key] = def;
        scope.RegionDefs[^1].Add(key);
    }

    /// <summary>Parses <c>%name</c> or <c>%name#N</c>.</summary>
    internal UnresolvedOperand ParseSsaUse()
    {
        var t = _tok;
        if (t.Kind != TokenKind.PercentIdentifier)
            throw WrongTokenError("expected SSA operand");
        Consume();
        int number = 0;
        if (_tok.Kind == TokenKind.HashIdentifier && _tok.Start == t.End)
        {
            var num = _source.AsSpan(_tok.Start + 1, _tok.Length - 1);
            if (!int.TryParse(num, NumberStyles.None, CultureInfo.InvariantCulture, out number))
                throw Error("invalid SSA value result number");
            Consume();
        }
        return new UnresolvedOperand(number, t);
    }

    /// <summary>The value for a use of type <paramref name="type"/>; a placeholder if not yet defined.</summary>
    internal Value ResolveSsaUse(UnresolvedOperand use, Type type)
    {
        var scope = CurrentScope;
        if (scope.Defs.TryGetValue((use.Token.Start, use.Token.Length), out var def))
        {
            if (use.Number >= def.Count)
                throw Error(use.Token, "reference to invalid result number");
            var v = def[use.Number];
            if (v.Type != type)
                throw ErrorWithNote(use.Token,
                    $"use of value '{TextString(use.Token)}' expects different type than prior uses: '{type}' vs '{v.Type}'",
                    def.Tok, "prior use here");
            return v;
        }
        string name = TextString(use.Token);
        if (!scope.ForwardRefs.TryGetValue(name, out var refs))
        {
            refs = new List<ForwardRefValue?>();
            scope.ForwardRefs[name] = refs;
        }
        while (refs.Count <= use.Number)
            refs.Add(null);
        var fwd = refs[use.Number];
        if (fwd == null)
        {
            fwd = new ForwardRefValue(type, use.Token);
            refs[use.Number] = fwd;
        }
        else if (fwd.Type != type)
        {
            throw ErrorWithNote(use.Token,
                $"use of value '{name}' expects different type than prior uses: '{type}' vs '{fwd.Type}'",
                fwd.FirstUseToken, "prior use here");
        }
        return fwd;
    }

    /// <summary>The block named by a <c>^label</c> use; created on first reference.</summary>
    internal Block ResolveBlockUse()
    {
        var t = _tok;
        if (t.Kind != TokenKind.CaretIdentifier)
            throw Error("expected block name");
        string name = InternName(Text(t));
        Consume();
        var scope = _blockScopes[^1];
        if (scope.Blocks.TryGetValue(name, out var entry))
            return entry.Block;
        var block = new Block();
        scope.Blocks[name] = (block, t, false);
        return block;
    }

    // ---- operations ----

    /// <summary>operation ::= op-result-list? (generic-operation | custom-operation) trailing-location?</summary>
    internal Operation ParseOperation()
    {
        var startTok = _tok;
        List<(int Count, Token Tok)>? resultIds = null;
        int numResults = 0;
        if (_tok.Kind == TokenKind.PercentIdentifier)
        {
            resultIds = _resultIdPool.Count > 0 ? _resultIdPool.Pop() : new();
            do
            {
                var idTok = _tok;
                if (idTok.Kind != TokenKind.PercentIdentifier)
                    throw Error("expected valid ssa identifier");
                Consume();
                int count = 1;
                if (ConsumeIf(TokenKind.Colon))
                {
                    if (_tok.Kind != TokenKind.Integer || !int.TryParse(Text(_tok), NumberStyles.None, CultureInfo.InvariantCulture, out count))
                        throw Error("expected integer number of results");
                    if (count < 1)
                        throw Error("expected named operation to have at least 1 result");
                    Consume();
                }
                resultIds.Add((count, idTok));
                numResults += count;
            }
            while (ConsumeIf(TokenKind.Comma));
            Expect(TokenKind.Equal, "expected '=' after SSA name");
        }
        Operation op;
        if (_tok.Kind == TokenKind.String)
            op = ParseGenericOperation();
        else if (_tok.Kind == TokenKind.BareIdentifier)
            op = ParseCustomOperation(resultIds);
        else if (resultIds != null)
            throw Error("expected operation name in quotes");
        else
            throw Error("expected operation name in quotes");
        if (resultIds != null)
        {
            if (op.NumResults != numResults)
                throw Error(startTok, $"operation defines {op.NumResults} results but was provided {numResults} to bind");
            int next = 0;
            foreach (var (count, tok) in resultIds)
            {
                if (count == 1)
                {
                    DefineValues(tok, op.GetResult(next++), null);
                    continue;
                }
                var group = new Value[count];
                for (int i = 0; i < count; i++)
                    group[i] = op.GetResult(next++);
                DefineValues(tok, null, group);
            }
            resultIds.Clear();
            _resultIdPool.Push(resultIds);
        }
        return op;
    }

    private readonly Stack<List<(int Count, Token Tok)>> _resultIdPool = new();

    // An op is located at its name, not at its result list (as in MLIR).
    private Operation ParseGenericOperation()
    {
        var nameTok = _tok;
        var opName = LookupOperationName(nameTok);
        string name = opName.Name;
        Consume();
        if (!opName.IsRegistered && !_ctx.AllowUnregisteredDialects)
        {
            int dot = name.IndexOf('.');
            var dialect = dot < 0 ? null : _ctx.GetDialect(name.Substring(0, dot));
            if (dialect == null)
                throw Error("operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used");
            throw Error(nameTok, $"unregistered operation '{name}' found in dialect ('{dialect.Namespace}') that does not allow unknown operations");
        }
        var state = RentState(LocOf(nameTok), opName);

        Expect(TokenKind.LParen, "expected '(' to start operand list");
        var operands = Scratch.RentOperands();
        // ssa-use-list ::= (ssa-use (`,` ssa-use)*)?, then `)`.
        if (_tok.Kind == TokenKind.PercentIdentifier)
        {
            do
            {
                operands.Add(ParseSsaUse());
            }
            while (ConsumeIf(TokenKind.Comma));
        }
        Expect(TokenKind.RParen, "expected ')' to end operand list");
        if (ConsumeIf(TokenKind.LSquare))
        {
            do
            {
                state.Successors.Add(ResolveBlockUse());
            }
            while (ConsumeIf(TokenKind.Comma));
            Expect(TokenKind.RSquare, "expected ',' or ']'");
        }
        if (_tok.Kind == TokenKind.Less)
        {
            Consume();
            state.Properties = ParseAttribute();
            Expect(TokenKind.Greater, "expected '>' to close properties");
        }
        if (_tok.Kind == TokenKind.LParen)
        {
            Consume();
            bool isolated = opName.HasTrait(OpTraits.IsIsolatedFromAbove);
            do
            {
                var region = state.AddRegion();
                ParseRegionBody(region, null, isolated);
            }
            while (ConsumeIf(TokenKind.Comma));
            Expect(TokenKind.RParen, "expected ')' to end region list");
        }
        if (_tok.Kind == TokenKind.LBrace)
            ParseAttributeDictionaryEntries(state.Attributes);
        Expect(TokenKind.Colon, "expected ':' followed by operation type");
        var typeTok = _tok;
        if (_tok.Kind != TokenKind.LParen)
            throw Error("expected function type");
        var fnType = ParseFunctionType();
        if (fnType.Inputs.Length != operands.Count)
            throw Error(typeTok, $"expected {operands.Count} operand type{(operands.Count == 1 ? " " : "s")} but had {fnType.Inputs.Length}");
        for (int i = 0; i < operands.Count; i++)
            state.Operands.Add(ResolveSsaUse(operands[i], fnType.Inputs[i]));
        foreach (var rt in fnType.Results)
            state.ResultTypes.Add(rt);
        // Only `<{...}>` goes through property conversion; inherent attributes written in the attribute dictionary
        // are moved afterwards and checked by the verifier, as in MLIR.
        CheckProperties(state, nameTok);
        MoveInherentAttributes(state);
        var op = Operation.Create(state);
        ReturnState(state);
        Scratch.Return(operands);
        ParseOptionalTrailingLocation(op);
        return op;
    }

    // ---- per-parse caches and pools (the parser allocates per op only what the IR keeps) ----

    private readonly Dictionary<string, OperationName> _opNames = new(StringComparer.Ordinal);
    private readonly List<OperationState> _statePool = new();

    /// <summary>The interned name of a quoted op-name token; one dictionary probe without allocation when seen before.</summary>
    private OperationName LookupOperationName(Token nameTok)
    {
        var raw = Text(nameTok);
        if (_opNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(raw, out var cached))
            return cached;
        string name = ParseStringLiteralBytes(nameTok);
        if (name.Length == 0)
            throw Error("empty operation name is invalid");
        var opName = _ctx.GetOperationName(name);
        _opNames[raw.ToString()] = opName;
        return opName;
    }

    /// <summary>A cleared operation state from the pool (ops nest, so several are live at once).</summary>
    private OperationState RentState(LocationAttr loc, OperationName name)
    {
        if (_statePool.Count == 0)
            return new OperationState(loc, name);
        var state = _statePool[^1];
        _statePool.RemoveAt(_statePool.Count - 1);
        state.Reset(loc, name);
        return state;
    }

    private void ReturnState(OperationState state) => _statePool.Add(state);

    /// <summary>Scratch lists shared by the generic parser and the custom-op parsers.</summary>
    internal readonly ParserScratch Scratch = new();

    /// <summary>Custom-op parsers, pooled like states (one per op being parsed, and ops nest).</summary>
    private readonly Stack<OpAsmParser> _asmParserPool = new();

    /// <summary>Bare op names as written (before default-dialect lookup), interned on first sight.</summary>
    private readonly Dictionary<string, OperationName> _customOpNames = new(StringComparer.Ordinal);

    /// <summary>The operation name a custom op's name token spells; one dictionary probe without allocation when seen before.</summary>
    private OperationName LookupCustomOperationName(Token nameTok)
    {
        var raw = Text(nameTok);
        if (_customOpNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(raw, out var cached))
            return cached;
        var opName = _ctx.GetOperationName(raw.ToString());
        _customOpNames[opName.Name] = opName;
        return opName;
    }

    /// <summary>
    /// Registered ops keep inherent attributes in their properties; when the generic form lists them in the
    /// attribute dictionary (older syntax), they are moved, as MLIR does.
    /// </summary>
    private static void MoveInherentAttributes(OperationState state)
    {
        var info = state.Name.Info;
        if (info == null || info.InherentAttributes.Length == 0 || state.Attributes.Count == 0)
            return;
        List<NamedAttribute>? moved = null;
        for (int i = state.Attributes.Count - 1; i >= 0; i--)
        {
            if (Array.IndexOf(info.InherentAttributes, state.Attributes[i].Name) < 0)
                continue;
            (moved ??= new()).Add(state.Attributes[i]);
            state.Attributes.RemoveAt(i);
        }
        if (moved == null)
            return;
        if (state.Properties is DictionaryAttr existing)
            foreach (var e in existing.Entries)
                if (!moved.Exists(m => m.Name == e.Name))
                    moved.Add(e);
        state.Properties = DictionaryAttr.Get(state.Location.Context, moved.ToArray());
    }

    /// <summary>
    /// MLIR converts an op's properties into typed storage while parsing; an attribute of the wrong kind (or an enum
    /// value that is no case) fails there, before any verifier, with this wording.
    /// </summary>
    private void CheckProperties(OperationState state, Token at)
    {
        var convert = state.Name.Info?.PropertyConversionError;
        if (convert == null || state.Properties is not DictionaryAttr dict)
            return;
        foreach (var e in dict.Entries)
            if (convert(e.Name, e.Value) is { } reason)
                throw Error(at, $"invalid properties {dict} for op {state.Name.Name}: {reason}");
    }

    private Operation ParseCustomOperation(List<(int Count, Token Tok)>? resultIds)
    {
        var nameTok = _tok;
        var opName = LookupCustomOperationName(nameTok);
        string name = opName.Name;
        // A name without a dialect prefix is looked up in the default dialect of the enclosing custom op
        // (`return` inside `func.func`), which is `builtin` at the top level, as MLIR's OpAsmOpInterface.
        string defaultDialect = _defaultDialects.Count > 0 ? _defaultDialects.Peek() : "builtin";
        if (opName.Info?.Parse == null && !name.Contains('.') && defaultDialect.Length > 0)
        {
            var qualified = _ctx.GetOperationName(defaultDialect + "." + name);
            if (qualified.Info?.Parse != null)
                opName = qualified;
        }
        if (opName.Info?.Parse == null)
        {
            int dot = name.IndexOf('.');
            if (dot < 0)
                throw Error(nameTok, $"custom op '{name}' is unknown (tried '{defaultDialect}.{name}' as well)");
            string ns = name.Substring(0, dot);
            if (_ctx.GetDialect(ns) == null)
                throw Error(nameTok, $"Dialect `{ns}' not found for custom op '{name}' ");
            throw Error(nameTok, $"custom op '{name}' is unknown");
        }
        Consume();
        var state = RentState(LocOf(nameTok), opName);
        var asmParser = _asmParserPool.TryPop(out var pooled) ? pooled : new OpAsmParser(this);
        asmParser.Reset(state, resultIds);
        asmParser.RegionsAreIsolated = opName.HasTrait(OpTraits.IsIsolatedFromAbove);
        _defaultDialects.Push(opName.Info.DefaultDialect ?? "");
        bool parsed = opName.Info.Parse(asmParser, state);
        _defaultDialects.Pop();
        if (!parsed)
            throw new ParseException();
        var op = Operation.Create(state);
        // Operation.Create copied everything out of the state; a failed parse above leaves both unpooled.
        ReturnState(state);
        _asmParserPool.Push(asmParser);
        ParseOptionalTrailingLocation(op);
        return op;
    }

    /// <summary>Default dialects of the custom ops whose regions are being parsed (innermost on top).</summary>
    private readonly Stack<string> _defaultDialects = new();

    // ---- regions and blocks ----

    /// <summary>
    /// region ::= `{` entry-block? block* `}`. <paramref name="entryArgs"/> are arguments declared by custom
    /// syntax outside the braces (they become the entry block's arguments).
    /// </summary>
    internal void ParseRegionBody(Region region, List<(UnresolvedOperand Id, Type Type, LocationAttr? Loc)>? entryArgs, bool isolated)
    {
        var open = _tok;
        Expect(TokenKind.LBrace, "expected '{' to begin a region");
        EnterNesting();
        if (isolated)
            PushIsolatedScope();
        PushRegionScope();
        if (entryArgs != null && entryArgs.Count > 0 || (entryArgs != null && _tok.Kind != TokenKind.CaretIdentifier))
        {
            // Custom syntax declared the entry block (possibly with arguments).
            var entry = new Block();
            region.Append(entry);
            foreach (var (id, type, loc) in entryArgs!)
                DefineValues(id.Token, entry.AddArgument(type, loc ?? LocOf(id.Token)), null);
            if (_tok.Kind == TokenKind.CaretIdentifier && entryArgs.Count > 0)
                throw Error("invalid block name in region with named arguments");
            ParseBlockOps(entry);
        }
        else if (_tok.Kind != TokenKind.RBrace && _tok.Kind != TokenKind.CaretIdentifier)
        {
            var entry = new Block();
            region.Append(entry);
            ParseBlockOps(entry);
        }
        while (_tok.Kind == TokenKind.CaretIdentifier)
            ParseBlock(region);
        Expect(TokenKind.RBrace, "expected '}' to end region");
        PopRegionScope();
        if (isolated)
            PopIsolatedScope();
        ExitNesting();
    }

    /// <summary>block ::= `^label` (`(` arg-list `)`)? `:` operation*</summary>
    private void ParseBlock(Region region)
    {
        var labelTok = _tok;
        string name = InternName(Text(labelTok));
        Consume();
        var scope = _blockScopes[^1];
        Block block;
        if (scope.Blocks.TryGetValue(name, out var entry))
        {
            if (entry.Defined)
                throw Error(labelTok, $"redefinition of block '{name}'");
            block = entry.Block;
        }
        else
        {
            block = new Block();
        }
        scope.Blocks[name] = (block, labelTok, true);
        region.Append(block);
        if (ConsumeIf(TokenKind.LParen))
        {
            if (!ConsumeIf(TokenKind.RParen))
            {
                do
                {
                    var id = ParseSsaUse();
                    if (id.Number != 0)
                        throw Error(id.Token, "invalid block argument name");
                    Expect(TokenKind.Colon, "expected ':' and type for SSA operand");
                    var type = ParseType();
                    var arg = block.AddArgument(type, LocOf(id.Token));
                    ParseOptionalTrailingLocation(arg);
                    DefineValues(id.Token, arg, null);
                }
                while (ConsumeIf(TokenKind.Comma));
                Expect(TokenKind.RParen, "expected ')'");
            }
        }
        Expect(TokenKind.Colon, "expected ':' after block name");
        ParseBlockOps(block);
    }

    private void ParseBlockOps(Block block)
    {
        while (_tok.Kind != TokenKind.CaretIdentifier && _tok.Kind != TokenKind.RBrace)
        {
            if (_tok.Kind == TokenKind.Eof)
                throw Error("expected operation name in quotes");
            block.Append(ParseOperation());
        }
    }
}
