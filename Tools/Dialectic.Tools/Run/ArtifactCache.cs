using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Dialectic.Tools.Run;

/// <summary>
/// A directory of compiled artifacts named by the hash of everything that determines their content.
/// Concurrent-safe: an artifact is produced under a unique temporary name in the same directory and renamed into
/// place (atomic on one file system), so readers see either no file or a complete one; two processes producing
/// the same artifact at once both succeed and one rename wins.
/// </summary>
public sealed class ArtifactCache
{
    /// <summary>Uses <paramref name="directory"/> (created on first use).</summary>
    public ArtifactCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The cache's root directory.</summary>
    public string Directory { get; }

    /// <summary>
    /// The default location: <c>DIALECTIC_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/dialectic</c>, else
    /// <c>~/.cache/dialectic</c>, else a folder under the temporary directory.
    /// </summary>
    public static string DefaultDirectory()
    {
        string? configured = Environment.GetEnvironmentVariable("DIALECTIC_CACHE_DIR");
        if (!string.IsNullOrEmpty(configured))
            return configured;
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
            return Path.Combine(xdg, "dialectic");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home))
            return Path.Combine(home, ".cache", "dialectic");
        return Path.Combine(Path.GetTempPath(), "dialectic-cache-" + Environment.UserName);
    }

    /// <summary>The cache at <see cref="DefaultDirectory"/>.</summary>
    public static ArtifactCache CreateDefault() => new(DefaultDirectory());

    /// <summary>A lowercase hex SHA-256 of <paramref name="parts"/>, each length-prefixed so that no two
    /// different part lists hash alike.</summary>
    public static string Hash(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (string part in parts)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(part);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The path an artifact of <paramref name="kind"/> (a sub-folder) with <paramref name="key"/> has,
    /// whether or not it exists yet.</summary>
    public string PathOf(string kind, string key, string extension) =>
        Path.Combine(Directory, kind, key + extension);

    /// <summary>
    /// Returns the path of the artifact, calling <paramref name="produce"/> with a temporary path to write it
    /// first when it is not cached yet. Throws <see cref="NativeRunException"/> when the cache directory cannot
    /// be written; exceptions of <paramref name="produce"/> propagate (the temporary file is removed).
    /// </summary>
    public string GetOrCreate(string kind, string key, string extension, Action<string> produce)
    {
        ArgumentNullException.ThrowIfNull(produce);
        string final = PathOf(kind, key, extension);
        if (File.Exists(final))
            return final;
        string folder = Path.GetDirectoryName(final)!;
        try
        {
            System.IO.Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NativeRunException("cannot create the cache directory '" + folder + "': " + e.Message
                + " (set DIALECTIC_CACHE_DIR to a writable directory)", e);
        }
        string temp = Path.Combine(folder, "." + key + ".tmp-" + Environment.ProcessId + "-"
            + Guid.NewGuid().ToString("N") + extension);
        try
        {
            produce(temp);
            if (!File.Exists(final))
                File.Move(temp, final, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (!File.Exists(final))
                throw new NativeRunException("cannot write to the cache directory '" + folder + "': " + e.Message
                    + " (set DIALECTIC_CACHE_DIR to a writable directory)", e);
        }
        finally
        {
            TryDelete(temp);
        }
        return final;
    }

    /// <summary>Removes a cached artifact (e.g. one that turned out damaged); a missing file is no error.</summary>
    public static void Evict(string path) => TryDelete(path);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
