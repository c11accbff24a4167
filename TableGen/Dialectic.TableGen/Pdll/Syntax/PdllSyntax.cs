using System.Collections.Generic;
using System.IO;
using Antlr4.Runtime;
using Dialectic.TableGen.Pdll.Grammar;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll.Syntax;

/// <summary>
/// Parses PDLL text with the ANTLR-generated <see cref="PdllParser"/> and builds the syntax tree. Errors come back as
/// data located in the text; after any error there is no tree (recovery guesses are not compiled).
/// </summary>
internal static class PdllSyntax
{
    /// <summary>Brackets nested deeper than this are an error: the recursive-descent parser and the tree builder
    /// recurse once (or a few times) per level, and must not exhaust the compiler's stack.</summary>
    public const int MaxNesting = 256;

    public static PdllModule? Parse(string text, List<SyntaxError> errors)
    {
        if (TooDeep(text) is { } at)
        {
            errors.Add(new SyntaxError($"brackets nested more than {MaxNesting} deep", new TextSpan(at, 1)));
            return null;
        }
        var lineStarts = LineStarts(text);
        var lexer = new PdllLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(new LexerErrors(errors, lineStarts, text.Length));
        var tokens = new CommonTokenStream(lexer);
        var parser = new PdllParser(tokens);
        parser.RemoveErrorListeners();
        parser.AddErrorListener(new ParserErrors(errors, text.Length));
        var tree = parser.module();
        if (errors.Count > 0)
            return null;
        return new AstBuilder(tokens).Build(tree);
    }

    /// <summary>The position of the first bracket nested deeper than <see cref="MaxNesting"/> (strings and comments
    /// included: a coarse bound is enough), or null.</summary>
    private static int? TooDeep(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{' or '<':
                    if (++depth > MaxNesting)
                        return i;
                    break;
                case ')' or ']' or '}' or '>':
                    if (depth > 0)
                        depth--;
                    break;
            }
        }
        return null;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n')
                starts.Add(i + 1);
        return starts;
    }

    private sealed class LexerErrors(List<SyntaxError> errors, List<int> lineStarts, int length) : IAntlrErrorListener<int>
    {
        public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine,
            string msg, RecognitionException e)
        {
            // ANTLR counts lines from 1 (at '\n') and columns from 0.
            int start = line - 1 < lineStarts.Count ? lineStarts[line - 1] + charPositionInLine : length;
            if (start > length)
                start = length;
            errors.Add(new SyntaxError(msg, new TextSpan(start, start < length ? 1 : 0)));
        }
    }

    private sealed class ParserErrors(List<SyntaxError> errors, int length) : IAntlrErrorListener<IToken>
    {
        public void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine,
            string msg, RecognitionException e)
        {
            int start = offendingSymbol?.StartIndex ?? length;
            int stop = offendingSymbol?.StopIndex ?? length - 1;
            if (start < 0 || start > length)
                start = length;
            int end = stop >= start ? stop + 1 : start;
            errors.Add(new SyntaxError(msg, TextSpan.FromBounds(start, end > length ? length : end)));
        }
    }
}
