using System;
using System.Collections.Generic;
using System.Text;

namespace Dialectic.Lit;

/// <summary>
/// Parses a RUN line with the subset of sh that lit's internal shell accepts: words with <c>'...'</c>,
/// <c>"..."</c> (where only <c>\"</c> and <c>\\</c> are escapes) and backslash quoting; <c>|</c>, <c>;</c>,
/// <c>&amp;&amp;</c>, <c>||</c>; redirections <c>&gt;</c>, <c>&gt;&gt;</c>, <c>&lt;</c>, <c>2&gt;</c>,
/// <c>2&gt;&amp;1</c>, <c>&amp;&gt;</c>. Throws <see cref="FormatException"/> on a syntax error.
/// </summary>
internal static class LitShellParser
{
    // A token is a word (Operator == null) or an operator; Fd is the explicit descriptor of a redirection or -2.
    private readonly record struct Token(string? Word, string? Operator, int Fd);

    public static LitSequence Parse(string line)
    {
        List<Token> tokens = Lex(line);
        var pipelines = new List<LitPipeline>();
        var operators = new List<string>();
        var commands = new List<LitCommand>();
        var arguments = new List<string>();
        var redirects = new List<LitRedirect>();
        void EndCommand()
        {
            if (arguments.Count == 0)
                throw new FormatException("empty command in '" + line + "'");
            commands.Add(new LitCommand(arguments.ToArray(), redirects.ToArray()));
            arguments.Clear();
            redirects.Clear();
        }
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            if (token.Word != null)
            {
                arguments.Add(token.Word);
                continue;
            }
            switch (token.Operator)
            {
                case "|":
                    EndCommand();
                    break;
                case ";":
                case "&&":
                case "||":
                    EndCommand();
                    pipelines.Add(new LitPipeline(commands.ToArray()));
                    commands.Clear();
                    operators.Add(token.Operator);
                    break;
                case "&":
                    throw new FormatException("background commands ('&') are not supported");
                default:
                    if (i + 1 >= tokens.Count || tokens[i + 1].Word == null)
                        throw new FormatException("missing target of redirection '" + token.Operator + "'");
                    string op = token.Operator!;
                    int fd = token.Fd >= 0 ? token.Fd : op == "<" ? 0 : op == "&>" ? -1 : 1;
                    redirects.Add(new LitRedirect(fd, op == "&>" ? ">" : op, tokens[++i].Word!));
                    break;
            }
        }
        // A trailing ';' ends the line without a further command.
        if (arguments.Count > 0 || commands.Count > 0 || redirects.Count > 0)
        {
            EndCommand();
            pipelines.Add(new LitPipeline(commands.ToArray()));
        }
        else if (operators.Count > 0 && operators[^1] == ";")
        {
            operators.RemoveAt(operators.Count - 1);
        }
        if (pipelines.Count == 0 || pipelines.Count != operators.Count + 1)
            throw new FormatException("incomplete command '" + line + "'");
        return new LitSequence(pipelines, operators);
    }

    private static List<Token> Lex(string line)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == ' ' || c == '\t')
            {
                i++;
                continue;
            }
            if (TryLexOperator(line, ref i, -2, tokens))
                continue;
            // A word; an unquoted all-digit word directly followed by '<' or '>' is a descriptor number.
            var word = new StringBuilder();
            bool quoted = false;
            while (i < line.Length && line[i] != ' ' && line[i] != '\t' && "|&;<>".IndexOf(line[i]) < 0)
            {
                c = line[i];
                if (c == '\'')
                {
                    int end = line.IndexOf('\'', i + 1);
                    if (end < 0)
                        throw new FormatException("missing closing quote in '" + line + "'");
                    word.Append(line, i + 1, end - i - 1);
                    i = end + 1;
                    quoted = true;
                }
                else if (c == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= line.Length)
                            throw new FormatException("missing closing quote in '" + line + "'");
                        if (line[i] == '"')
                            break;
                        if (line[i] == '\\' && i + 1 < line.Length && (line[i + 1] == '"' || line[i + 1] == '\\'))
                            i++;
                        word.Append(line[i]);
                        i++;
                    }
                    i++;
                    quoted = true;
                }
                else if (c == '\\' && i + 1 < line.Length)
                {
                    word.Append(line[i + 1]);
                    i += 2;
                    quoted = true;
                }
                else
                {
                    word.Append(c);
                    i++;
                }
            }
            string text = word.ToString();
            if (!quoted && text.Length == 1 && char.IsAsciiDigit(text[0]) && i < line.Length
                && (line[i] == '>' || line[i] == '<') && TryLexOperator(line, ref i, text[0] - '0', tokens))
                continue;
            tokens.Add(new Token(text, null, -2));
        }
        return tokens;
    }

    private static bool TryLexOperator(string line, ref int i, int fd, List<Token> tokens)
    {
        string[] operators = { "&&", "||", ">>", ">&", "&>", "|", ";", "<", ">", "&" };
        foreach (string op in operators)
        {
            if (string.CompareOrdinal(line, i, op, 0, op.Length) == 0)
            {
                tokens.Add(new Token(null, op, fd));
                i += op.Length;
                return true;
            }
        }
        return false;
    }
}
