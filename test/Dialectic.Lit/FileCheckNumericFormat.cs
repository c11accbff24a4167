using System.Globalization;

namespace Dialectic.Lit;

/// <summary>
/// A numeric substitution format (<c>%u</c>, <c>%d</c>, <c>%x</c>, <c>%X</c>, optionally <c>%.N</c> for at least N
/// digits): how a value is matched (regex) and printed.
/// </summary>
internal readonly record struct FileCheckNumericFormat(char Kind, int Precision)
{
    public static readonly FileCheckNumericFormat Unsigned = new('u', 0);

    /// <summary>A .NET regex matching exactly the texts this format prints.</summary>
    public string Regex
    {
        get
        {
            string digits = Kind switch { 'x' => "[0-9a-f]", 'X' => "[0-9A-F]", _ => "[0-9]" };
            string count = Precision > 0 ? "{" + Precision.ToString(CultureInfo.InvariantCulture) + ",}" : "+";
            return (Kind == 'd' ? "-?" : "") + digits + count;
        }
    }

    public string Format(long value)
    {
        string digits = Kind switch
        {
            'x' => ((ulong)value).ToString("x", CultureInfo.InvariantCulture),
            'X' => ((ulong)value).ToString("X", CultureInfo.InvariantCulture),
            'u' => ((ulong)value).ToString(CultureInfo.InvariantCulture),
            _ => System.Math.Abs(value).ToString(CultureInfo.InvariantCulture),
        };
        if (digits.Length < Precision)
            digits = new string('0', Precision - digits.Length) + digits;
        return Kind == 'd' && value < 0 ? "-" + digits : digits;
    }

    public bool TryParse(string text, out long value)
    {
        if (Kind == 'x' || Kind == 'X')
        {
            bool ok = ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong hex);
            value = (long)hex;
            return ok;
        }
        if (Kind == 'u')
        {
            bool ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong unsigned);
            value = (long)unsigned;
            return ok;
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
