using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Dialectic.Core.Pass;

/// <summary>
/// The options of a pass options record type, found by reflection on its <see cref="PassOptionAttribute"/>
/// properties: parses MLIR's option text (<c>max-iterations=3 top-down=false list=1,2</c>) into a copy of a
/// record and prints a record back as MLIR prints options (<c>{a=1 b={x,y}}</c>, sorted by name). Not a hot path.
/// </summary>
public sealed class PassOptionSchema
{
    /// <summary>What reflection reads of an options record: its option properties and its parameterless
    /// constructor (NativeAOT keeps these for every type passed where this annotation is required).</summary>
    public const DynamicallyAccessedMemberTypes RecordMembers = DynamicallyAccessedMemberTypes.PublicProperties
        | DynamicallyAccessedMemberTypes.NonPublicProperties | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor
        | DynamicallyAccessedMemberTypes.NonPublicConstructors;

    private static readonly ConcurrentDictionary<System.Type, PassOptionSchema> Cache = new();
    private static readonly MethodInfo MemberwiseCloneMethod =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private const string EnumFieldsKept = "An enum's fields are its values: NativeAOT keeps them, with their attributes, for "
        + "Enum.GetName and reflection (checked by the enum-option lit tests run against the NativeAOT build).";

    [DynamicallyAccessedMembers(RecordMembers)]
    private readonly System.Type _type;
    private readonly PassOptionInfo[] _options;
    private readonly Dictionary<string, PassOptionInfo> _byName = new(StringComparer.Ordinal);

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = EnumFieldsKept)]
    [UnconditionalSuppressMessage("Trimming", "IL2080", Justification = EnumFieldsKept)]
    private PassOptionSchema([DynamicallyAccessedMembers(RecordMembers)] System.Type type)
    {
        _type = type;
        var options = new List<PassOptionInfo>();
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (property.GetCustomAttribute<PassOptionAttribute>() is not { } attr)
                continue;
            var (kind, isList, element) = Classify(property.PropertyType)
                ?? throw new InvalidOperationException($"pass option '{attr.Name}' of {type.Name} has unsupported type {property.PropertyType.Name}");
            var enumValues = new List<PassOptionEnumValue>();
            if (kind == PassOptionKind.Enum)
                foreach (var field in element.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    var valueAttr = field.GetCustomAttribute<PassOptionValueAttribute>();
                    string name = valueAttr?.Name ?? KebabCase(field.Name);
                    enumValues.Add(new PassOptionEnumValue(name, valueAttr?.Description ?? name, field.GetValue(null)!));
                }
            var info = new PassOptionInfo(attr.Name, attr.Description, kind, isList, element, property, enumValues);
            options.Add(info);
            _byName[attr.Name] = info;
        }
        options.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        _options = options.ToArray();
    }

    /// <summary>The schema of <paramref name="optionsType"/> (cached).</summary>
    public static PassOptionSchema For([DynamicallyAccessedMembers(RecordMembers)] System.Type optionsType) =>
        Cache.TryGetValue(optionsType, out var known) ? known
            : Cache.GetOrAdd(optionsType, new PassOptionSchema(optionsType));

    /// <summary>The options, sorted by name.</summary>
    public IReadOnlyList<PassOptionInfo> Options => _options;

    /// <summary>The option named <paramref name="name"/>, or null.</summary>
    public PassOptionInfo? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>A record with every option at its default.</summary>
    public object CreateDefault() => Activator.CreateInstance(_type, nonPublic: true)!;

    /// <summary>
    /// Parses <paramref name="text"/> over a copy of <paramref name="current"/>. List options named in the text are
    /// added to <paramref name="explicitLists"/> (an explicitly empty list prints as <c>name={}</c>, a default
    /// empty list not at all). On failure, <paramref name="error"/> holds MLIR's message.
    /// </summary>
    public bool TryParse(string text, object current, ISet<string>? explicitLists, out object result, out string? error)
    {
        result = MemberwiseCloneMethod.Invoke(current, null)!;
        error = null;
        var seenLists = new HashSet<string>(StringComparer.Ordinal);
        string rest = text;
        while (rest.Length > 0)
        {
            var (key, value, next) = PassOptionLexer.NextArgument(rest);
            rest = next;
            if (key.Length == 0)
                continue;
            if (!_byName.TryGetValue(key, out var option))
            {
                error = "<Pass-Options-Parser>: no such option " + key + "\n";
                return false;
            }
            if (value == null && !(option.Kind == PassOptionKind.Bool && !option.IsList))
            {
                error = OptionError(key, "requires a value!");
                return false;
            }
            if (!option.IsList)
            {
                if (!TryParseScalar(option, key, value ?? "", out object? parsed, out error))
                    return false;
                option.Property.SetValue(result, parsed);
                continue;
            }
            // A list's first occurrence replaces the default; later occurrences append, as llvm::cl lists do.
            var elements = new List<object?>();
            if (!seenLists.Add(key))
                foreach (var e in (IEnumerable?)option.Property.GetValue(result) ?? Array.Empty<object>())
                    elements.Add(e);
            foreach (string element in PassOptionLexer.SplitList(value!))
            {
                if (!TryParseScalar(option, key, element, out object? parsed, out error))
                    return false;
                elements.Add(parsed);
            }
            option.Property.SetValue(result, MakeList(option, elements));
            explicitLists?.Add(key);
        }
        return true;
    }

    /// <summary>Appends <paramref name="options"/> as MLIR prints pass options; nothing when the record has no
    /// options.</summary>
    public void Print(object options, IReadOnlySet<string>? explicitLists, StringBuilder output)
    {
        if (_options.Length == 0)
            return;
        output.Append('{');
        for (int i = 0; i < _options.Length; i++)
        {
            if (i > 0)
                output.Append(' ');
            var option = _options[i];
            object? value = option.Property.GetValue(options);
            if (option.IsList)
            {
                var list = value as IList;
                bool empty = list == null || list.Count == 0;
                // As MLIR: an empty list prints nothing unless it was given explicitly (then `name={}`).
                if (empty && (explicitLists == null || !explicitLists.Contains(option.Name)))
                    continue;
                output.Append(option.Name).Append("={");
                for (int j = 0; list != null && j < list.Count; j++)
                {
                    if (j > 0)
                        output.Append(',');
                    AppendValue(option, list[j], output);
                }
                output.Append('}');
                continue;
            }
            output.Append(option.Name).Append('=');
            AppendValue(option, value, output);
        }
        output.Append('}');
    }

    /// <summary>The options of <paramref name="options"/> as text, <c>{...}</c>.</summary>
    public string ToString(object options)
    {
        var sb = new StringBuilder();
        Print(options, null, sb);
        return sb.ToString();
    }

    private static void AppendValue(PassOptionInfo option, object? value, StringBuilder output)
    {
        switch (option.Kind)
        {
            case PassOptionKind.Bool:
                output.Append(value is true ? "true" : "false");
                break;
            case PassOptionKind.Double:
                // llvm::raw_ostream prints a double in %e style.
                output.Append(((double)value!).ToString("0.000000e+00", CultureInfo.InvariantCulture));
                break;
            case PassOptionKind.String:
                AppendString((string?)value ?? "", output);
                break;
            case PassOptionKind.Enum:
                foreach (var ev in option.EnumValues)
                    if (Equals(ev.Value, value))
                    {
                        output.Append(ev.Name);
                        return;
                    }
                output.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            default:
                output.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>A string is braced when it has a space before any brace or quote, so it reads back as one value.</summary>
    private static void AppendString(string s, StringBuilder output)
    {
        int space = s.IndexOf(' ');
        int escape = s.IndexOfAny(['{', '\'', '"']);
        bool braces = space >= 0 && (escape < 0 || space < escape);
        if (braces)
            output.Append('{');
        output.Append(s);
        if (braces)
            output.Append('}');
    }

    private static bool TryParseScalar(PassOptionInfo option, string key, string text, out object? value, out string? error)
    {
        error = null;
        value = null;
        switch (option.Kind)
        {
            case PassOptionKind.Bool:
                switch (text)
                {
                    case "" or "true" or "TRUE" or "True" or "1":
                        value = true;
                        return true;
                    case "false" or "FALSE" or "False" or "0":
                        value = false;
                        return true;
                }
                error = OptionError(key, $"'{text}' is invalid value for boolean argument! Try 0 or 1");
                return false;
            case PassOptionKind.Int32:
                if (TryParseInteger(text, true, out long i32) && i32 >= int.MinValue && i32 <= int.MaxValue)
                {
                    value = (int)i32;
                    return true;
                }
                error = OptionError(key, $"'{text}' value invalid for integer argument!");
                return false;
            case PassOptionKind.Int64:
                if (TryParseInteger(text, true, out long i64))
                {
                    value = i64;
                    return true;
                }
                error = OptionError(key, $"'{text}' value invalid for long argument!");
                return false;
            case PassOptionKind.UInt32:
                if (TryParseInteger(text, false, out long u32) && (ulong)u32 <= uint.MaxValue)
                {
                    value = (uint)u32;
                    return true;
                }
                error = OptionError(key, $"'{text}' value invalid for uint argument!");
                return false;
            case PassOptionKind.UInt64:
                if (TryParseInteger(text, false, out long u64))
                {
                    value = (ulong)u64;
                    return true;
                }
                error = OptionError(key, $"'{text}' value invalid for ulong argument!");
                return false;
            case PassOptionKind.Double:
                if (text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
                {
                    value = d;
                    return true;
                }
                error = OptionError(key, $"'{text}' value invalid for floating point argument!");
                return false;
            case PassOptionKind.String:
                value = text;
                return true;
            default:
                foreach (var ev in option.EnumValues)
                    if (ev.Name == text)
                    {
                        value = ev.Value;
                        return true;
                    }
                error = OptionError(key, $"Cannot find option named '{text}'!");
                return false;
        }
    }

    /// <summary>llvm::cl's error prefix: <c>for the --name option: message</c>.</summary>
    internal static string OptionError(string name, string message) =>
        $"for the {(name.Length == 1 ? "-" : "--")}{name} option: {message}";

    /// <summary>
    /// LLVM's <c>getAsInteger</c> with radix 0: <c>0x</c> hex, <c>0b</c> binary, <c>0o</c> or a leading 0 octal,
    /// else decimal; an optional minus sign when <paramref name="signed"/>. Unsigned values above
    /// <c>long.MaxValue</c> come back as their bit pattern.
    /// </summary>
    internal static bool TryParseInteger(string text, bool signed, out long value)
    {
        value = 0;
        bool negative = false;
        int i = 0;
        if (signed && text.StartsWith('-'))
        {
            negative = true;
            i = 1;
        }
        int radix = 10;
        if (text.Length - i >= 2 && text[i] == '0')
        {
            char p = text[i + 1];
            if (p is 'x' or 'X') { radix = 16; i += 2; }
            else if (p is 'b' or 'B') { radix = 2; i += 2; }
            else if (p == 'o') { radix = 8; i += 2; }
            else { radix = 8; i += 1; }
        }
        if (i >= text.Length)
            return false;
        ulong acc = 0;
        for (; i < text.Length; i++)
        {
            int digit = text[i] switch
            {
                >= '0' and <= '9' => text[i] - '0',
                >= 'a' and <= 'z' => text[i] - 'a' + 10,
                >= 'A' and <= 'Z' => text[i] - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
                return false;
            if (acc > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
                return false; // overflow
            acc = acc * (ulong)radix + (ulong)digit;
        }
        if (signed)
        {
            if (negative)
            {
                if (acc > (ulong)long.MaxValue + 1)
                    return false;
                value = unchecked(-(long)acc);
            }
            else
            {
                if (acc > long.MaxValue)
                    return false;
                value = (long)acc;
            }
            return true;
        }
        value = unchecked((long)acc);
        return true;
    }

    /// <summary>The value of a list option: an array of the element type, which every list type
    /// <see cref="Classify"/> accepts is assignable from.</summary>
    private static Array MakeList(PassOptionInfo option, List<object?> elements)
    {
        var array = NewArray(option, elements.Count);
        for (int i = 0; i < elements.Count; i++)
            array.SetValue(elements[i], i);
        return array;
    }

    private static Array NewArray(PassOptionInfo option, int length)
    {
        switch (option.Kind)
        {
            case PassOptionKind.Bool: return new bool[length];
            case PassOptionKind.Int32: return new int[length];
            case PassOptionKind.Int64: return new long[length];
            case PassOptionKind.UInt32: return new uint[length];
            case PassOptionKind.UInt64: return new ulong[length];
            case PassOptionKind.Double: return new double[length];
            case PassOptionKind.String: return new string[length];
        }
        // An enum list: the array type exists when the property is one; otherwise it needs code made at run time.
        var propertyType = option.Property.PropertyType;
        if (propertyType.IsArray)
            return Array.CreateInstanceFromArrayType(propertyType, length);
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            throw new NotSupportedException(
                $"list option '{option.Name}' of {option.ElementType.Name} values needs an array property "
                + "in an ahead-of-time build");
        return Array.CreateInstance(option.ElementType, length);
    }

    private static (PassOptionKind Kind, bool IsList, System.Type Element)? Classify(System.Type type)
    {
        if (ScalarKind(type) is { } scalar)
            return (scalar, false, type);
        System.Type? element = null;
        if (type.IsArray && type.GetArrayRank() == 1)
            element = type.GetElementType();
        else if (type.IsGenericType)
        {
            var def = type.GetGenericTypeDefinition();
            if (def == typeof(IReadOnlyList<>) || def == typeof(IList<>)
                || def == typeof(IEnumerable<>) || def == typeof(IReadOnlyCollection<>))
                element = type.GetGenericArguments()[0];
        }
        if (element != null && ScalarKind(element) is { } elementKind)
            return (elementKind, true, element);
        return null;
    }

    private static PassOptionKind? ScalarKind(System.Type t)
    {
        if (t == typeof(bool)) return PassOptionKind.Bool;
        if (t == typeof(int)) return PassOptionKind.Int32;
        if (t == typeof(long)) return PassOptionKind.Int64;
        if (t == typeof(uint)) return PassOptionKind.UInt32;
        if (t == typeof(ulong)) return PassOptionKind.UInt64;
        if (t == typeof(double)) return PassOptionKind.Double;
        if (t == typeof(string)) return PassOptionKind.String;
        if (t.IsEnum) return PassOptionKind.Enum;
        return null;
    }

    /// <summary><c>TopDown</c> -> <c>top-down</c>.</summary>
    public static string KebabCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                    sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c == '_' ? '-' : c);
            }
        }
        return sb.ToString();
    }
}
