using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Dialectic.Core.Tests.Differential;

/// <summary>
/// Generates scalar literals: integers in range for any width and signedness, decimal and hex floats for every
/// float type, and string literals with escapes and non-ASCII characters.
/// </summary>
internal sealed class ScalarTextGenerator
{
    private static readonly string[] Decimals =
    [
        "0.0", "-0.0", "1.0", "-1.5", "0.1", "3.14159265358979", "1.0e+10", "-2.5e-3", "6.5e+04", "1.0e-40",
        "123456.789", "2.0", "0.5", "1.0e+300", "-7.25", "1.0e-310", "4.9406564584124654e-324", "65504.0",
        "1.17549435e-38", "3.4028234663852886e+38", "0.333333333333333333333", "1e5", "-1.0E-2", "100.0",
    ];

    private static readonly string[] StringPieces =
    [
        "a", "b", "hello", " ", "x_y", "\\\"", "\\\\", "\\n", "\\t", "\\00", "\\7F", "\\FF", "\\1b", "é", "€",
        "日本", "😀", "'", "#", "%", "{", "}", "<", ">", "\\22", "//", "\\C3\\A9", "ß",
    ];

    private readonly GeneratorState _s;

    public ScalarTextGenerator(GeneratorState state) => _s = state;

    /// <summary>A value in range for integer type <paramref name="type"/> (iN, siN, uiN or index).</summary>
    public string IntegerValue(string type)
    {
        BigInteger min;
        BigInteger max;
        if (type == "index")
        {
            min = -(BigInteger.One << 63);
            max = (BigInteger.One << 63) - 1;
        }
        else
        {
            int width = int.Parse(type.AsSpan(type.IndexOf('i') + 1), CultureInfo.InvariantCulture);
            if (type.StartsWith("si", System.StringComparison.Ordinal))
            {
                min = -(BigInteger.One << (width - 1));
                max = (BigInteger.One << (width - 1)) - 1;
            }
            else if (type.StartsWith("ui", System.StringComparison.Ordinal))
            {
                min = 0;
                max = (BigInteger.One << width) - 1;
            }
            else
            {
                // Signless integers accept both the signed and the unsigned range.
                min = -(BigInteger.One << (width - 1));
                max = (BigInteger.One << width) - 1;
            }
        }
        BigInteger v = _s.Between(min, max);
        if (_s.Chance(10) && v >= 0)
            return "0x" + v.ToString("X", CultureInfo.InvariantCulture).TrimStart('0').PadLeft(1, '0');
        return v.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An integer attribute: <c>value : type</c>, <c>true</c>/<c>false</c> or an untyped value.</summary>
    public string IntegerAttr()
    {
        switch (_s.Next(12))
        {
            case 0:
                return _s.Chance(2) ? "true" : "false";
            case 1:
                return _s.Next(-100, 100).ToString(CultureInfo.InvariantCulture);
        }
        string type = _s.Chance(6) ? "index" : new TypeTextGenerator(_s).Integer();
        return IntegerValue(type) + " : " + type;
    }

    /// <summary>A decimal float literal (MLIR rounds it to the attribute's type).</summary>
    public string DecimalFloat()
    {
        string d = _s.Pick(Decimals);
        // A literal without '.' is an integer token; only hex integers may denote floats.
        if (!d.Contains('.', System.StringComparison.Ordinal))
            d = "2.5e+3";
        return d;
    }

    /// <summary>A float attribute of a random float type, decimal or as hex bit pattern.</summary>
    public string FloatAttr()
    {
        var (name, bits) = new TypeTextGenerator(_s).Float();
        if (_s.Chance(10))
            return DecimalFloat();
        if (_s.Chance(3))
            return "0x" + _s.RandomBits(bits).ToString("X", CultureInfo.InvariantCulture).TrimStart('0').PadLeft(1, '0')
                + " : " + name;
        return DecimalFloat() + " : " + name;
    }

    /// <summary>A string literal with escapes and non-ASCII characters.</summary>
    public string StringLiteral()
    {
        var sb = new StringBuilder("\"");
        int n = _s.Next(0, 6);
        for (int i = 0; i < n; i++)
            sb.Append(_s.Pick(StringPieces));
        return sb.Append('"').ToString();
    }
}
