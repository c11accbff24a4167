using System;
using System.Collections.Generic;
using System.IO;

namespace Dialectic.Tools.CommandLine;

/// <summary>
/// Walks a tool's arguments the way LLVM's <c>cl::ParseCommandLineOptions</c> does, so that every Dialectic tool
/// reads and reports its command line alike. Each <see cref="MoveNext"/> stops on one positional argument or one
/// flag: <c>-name</c> or <c>--name</c>, optionally <c>=value</c>. <c>-</c> (standard input) is positional, and
/// after a bare <c>--</c> every argument is. The tool switches over <see cref="Name"/> and asks for the flag's
/// value in the shape its option has: <see cref="TakeValue"/> (required: inline or the next argument),
/// <see cref="BoolValue"/> (optional, <c>cl::parser&lt;bool&gt;</c>'s spellings), <see cref="UnsignedValue"/>,
/// <see cref="NoValue"/> (disallowed) or <see cref="InlineValue"/> as is (optional).
/// </summary>
/// <remarks>
/// As LLVM, an error does not stop the walk: every message is written in LLVM's words (prefixed with the tool
/// name) to the error writer as it is met, <see cref="HasErrors"/> turns true, and the tool keeps reading;
/// <see cref="Finish"/> then checks the positional count, last, as LLVM does. After an error a value accessor
/// returns a placeholder, which the tool may store: the parse fails as a whole.
/// </remarks>
public sealed class CommandLineReader
{
    private readonly string[] _args;
    private readonly TextWriter _errors;
    private readonly int _maxPositionals;
    private readonly List<string> _positionals = [];

    // Index of the argument under the cursor; a value taken from the next argument moves it past that one too.
    private int _index = -1;
    private bool _optionsEnded;

    /// <summary>A reader over <paramref name="args"/> for the tool <paramref name="tool"/> (the name messages
    /// start with), accepting at most <paramref name="maxPositionals"/> positional arguments.</summary>
    public CommandLineReader(string tool, string[] args, TextWriter errors, int maxPositionals = 1)
    {
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPositionals);
        Tool = tool;
        _args = args;
        _errors = errors;
        _maxPositionals = maxPositionals;
    }

    /// <summary>The tool name that starts every message.</summary>
    public string Tool { get; }

    /// <summary>True once any message was written.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>True when the current argument is positional (an input file, <c>-</c>, or anything after
    /// <c>--</c>); it has then already been recorded in <see cref="Positionals"/>.</summary>
    public bool IsPositional { get; private set; }

    /// <summary>The current argument as given.</summary>
    public string Argument { get; private set; } = "";

    /// <summary>The current flag's name: the argument without its one or two leading dashes and without
    /// <c>=value</c> (<c>--o=x</c> and <c>-o</c> both name <c>o</c>); empty for a positional argument.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The current flag's text after the first <c>=</c>, or null when it has none (<c>--x=</c> gives
    /// the empty string).</summary>
    public string? InlineValue { get; private set; }

    /// <summary>The positional arguments read so far, in order (more than the maximum are kept; <see cref="Finish"/>
    /// reports them).</summary>
    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>The first positional argument, or <c>-</c> (standard input) when none was given.</summary>
    public string InputOrStdin => _positionals.Count > 0 ? _positionals[0] : "-";

    /// <summary>Moves to the next argument; false when all were read.</summary>
    public bool MoveNext()
    {
        while (++_index < _args.Length)
        {
            string arg = _args[_index];
            Argument = arg;
            if (!_optionsEnded && arg == "--")
            {
                _optionsEnded = true;
                continue;
            }
            if (_optionsEnded || arg.Length < 2 || arg[0] != '-')
            {
                IsPositional = true;
                Name = "";
                InlineValue = null;
                _positionals.Add(arg);
                return true;
            }
            IsPositional = false;
            // One or two dashes; a third is part of the name, which then matches no option (as LLVM's).
            int start = arg[1] == '-' ? 2 : 1;
            int eq = arg.IndexOf('=', start);
            if (eq < 0)
            {
                Name = arg.Substring(start);
                InlineValue = null;
            }
            else
            {
                Name = arg.Substring(start, eq - start);
                InlineValue = arg.Substring(eq + 1);
            }
            return true;
        }
        Argument = "";
        Name = "";
        InlineValue = null;
        IsPositional = false;
        return false;
    }

    /// <summary>
    /// The value of a flag that requires one (LLVM's <c>cl::ValueRequired</c>, the default of string, number and
    /// enum options): the inline <c>=value</c>, else the next argument whatever it looks like. With neither,
    /// writes <c>&lt;tool&gt;: for the -&lt;name&gt; option: requires a value!</c> and returns false.
    /// </summary>
    public bool TryTakeValue(out string value)
    {
        if (InlineValue != null)
        {
            value = InlineValue;
            return true;
        }
        if (_index + 1 < _args.Length)
        {
            value = _args[++_index];
            return true;
        }
        ReportOptionError("requires a value!");
        value = "";
        return false;
    }

    /// <summary><see cref="TryTakeValue"/> for a plain string option: the empty string after the error.</summary>
    public string TakeValue()
    {
        TryTakeValue(out string value);
        return value;
    }

    /// <summary>
    /// The value of a boolean flag (value optional; <c>--flag</c> alone is true), as LLVM's
    /// <c>cl::parser&lt;bool&gt;</c>: see <see cref="TryParseBool"/>. Another spelling writes LLVM's message and
    /// returns false.
    /// </summary>
    public bool BoolValue()
    {
        if (TryParseBool(InlineValue, out bool value))
            return value;
        ReportOptionError($"'{InlineValue}' is invalid value for boolean argument! Try 0 or 1");
        return false;
    }

    /// <summary>
    /// The value of an <c>unsigned</c> flag (value required), as LLVM's <c>cl::parser&lt;unsigned&gt;</c>: see
    /// <see cref="TryParseUnsigned"/>. Anything else writes LLVM's message and returns 0.
    /// </summary>
    public uint UnsignedValue()
    {
        if (!TryTakeValue(out string text))
            return 0;
        if (TryParseUnsigned(text, out uint value))
            return value;
        ReportOptionError($"'{text}' value invalid for uint argument!");
        return 0;
    }

    /// <summary>
    /// For a flag that takes no value (LLVM's <c>cl::ValueDisallowed</c>, e.g. <c>--help</c>): true when none was
    /// given; otherwise writes <c>... does not allow a value! '&lt;v&gt;' specified.</c> and returns false.
    /// </summary>
    public bool NoValue()
    {
        if (InlineValue == null)
            return true;
        ReportOptionError($"does not allow a value! '{InlineValue}' specified.");
        return false;
    }

    /// <summary>Writes LLVM's message for an argument no option of the tool matches:
    /// <c>&lt;tool&gt;: Unknown command line argument '&lt;arg&gt;'.  Try: '&lt;tool&gt; --help'</c>.</summary>
    public void ReportUnknown() =>
        ReportError($"{Tool}: Unknown command line argument '{Argument}'.  Try: '{Tool} --help'");

    /// <summary>Writes <c>&lt;tool&gt;: for the --&lt;name&gt; option: &lt;message&gt;</c> about the current flag
    /// (one dash before a one-letter name, two otherwise, as LLVM prints option names).</summary>
    public void ReportOptionError(string message) =>
        ReportError($"{Tool}: for the {OptionSpelling(Name)} option: {message}");

    /// <summary>Writes <paramref name="line"/> as it is (for LLVM's few messages in another shape).</summary>
    public void ReportError(string line)
    {
        HasErrors = true;
        _errors.WriteLine(line);
    }

    /// <summary>
    /// Ends the walk: writes LLVM's two-line message when more positional arguments were given than the tool
    /// accepts; true when no message was written at all.
    /// </summary>
    public bool Finish()
    {
        if (_positionals.Count > _maxPositionals)
        {
            ReportError($"{Tool}: Too many positional arguments specified!");
            _errors.WriteLine($"Can specify at most {_maxPositionals} positional arguments: See: {Tool} --help");
        }
        return !HasErrors;
    }

    /// <summary>An option name as LLVM prints it: <c>-o</c>, <c>--verify-each</c>.</summary>
    public static string OptionSpelling(string name) => (name.Length == 1 ? "-" : "--") + name;

    /// <summary>
    /// LLVM's <c>cl::parser&lt;bool&gt;</c>: null (no <c>=</c>), the empty string, <c>true</c>, <c>TRUE</c>,
    /// <c>True</c> and <c>1</c> are true; <c>false</c>, <c>FALSE</c>, <c>False</c> and <c>0</c> are false; any
    /// other text (<c>yes</c>, <c>tRue</c>) is refused.
    /// </summary>
    public static bool TryParseBool(string? text, out bool value)
    {
        switch (text)
        {
            case null or "" or "true" or "TRUE" or "True" or "1":
                value = true;
                return true;
            case "false" or "FALSE" or "False" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>
    /// LLVM's <c>cl::parser&lt;unsigned&gt;</c> (<c>StringRef::getAsInteger</c> with a sensed radix): decimal,
    /// <c>0x</c>/<c>0X</c> hexadecimal, <c>0b</c>/<c>0B</c> binary, <c>0o</c> or a leading <c>0</c> octal; the
    /// whole text must be digits of that radix (no sign, no blanks) and fit in 32 bits.
    /// </summary>
    public static bool TryParseUnsigned(string text, out uint value)
    {
        value = 0;
        int radix = 10;
        int start = 0;
        if (text.Length >= 2 && text[0] == '0')
        {
            char c = text[1];
            if (c is 'x' or 'X')
                (radix, start) = (16, 2);
            else if (c is 'b' or 'B')
                (radix, start) = (2, 2);
            else if (c == 'o')
                (radix, start) = (8, 2);
            else if (c is >= '0' and <= '9')
                (radix, start) = (8, 1);
        }
        if (start >= text.Length)
            return false;
        ulong result = 0;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => radix,
            };
            if (digit >= radix)
                return false;
            result = result * (ulong)radix + (ulong)digit;
            if (result > uint.MaxValue)
                return false;
        }
        value = (uint)result;
        return true;
    }
}
