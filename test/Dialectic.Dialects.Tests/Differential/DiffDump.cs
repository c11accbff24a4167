using System.IO;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>Writes files into <c>DIALECTIC_DIFF_DUMP</c> when it is set.</summary>
internal static class DiffDump
{
    public static void Write(string name, string text)
    {
        string? dir = DiffSettings.DumpDirectory;
        if (dir == null)
            return;
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name.Replace(", ", "_").Replace(' ', '_')), text);
    }
}
