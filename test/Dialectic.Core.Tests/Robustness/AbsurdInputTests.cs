using System;
using System.IO;
using System.Text;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Core.Tests.Robustness;

/// <summary>
/// Truncated, mangled, binary and absurd inputs: each is exit code 1 with a located <c>error:</c> (with
/// MLIR's wording where noted), never an internal error, and none allocates memory proportional to a
/// declared shape.
/// </summary>
public sealed class AbsurdInputTests
{
    public static TheoryData<string, string, string?> Invalid => new()
    {
        { "huge decimal", "\"t.a\"() {v = " + new string('9', 10_000) + " : i64} : () -> ()", "integer constant out of range for attribute" },
        { "huge hex", "\"t.a\"() {v = 0x" + new string('F', 10_000) + " : i64} : () -> ()", "integer constant out of range for attribute" },
        { "huge negative", "\"t.a\"() {v = -" + new string('9', 100) + " : i8} : () -> ()", null },
        { "int too big i8", "\"t.a\"() {v = 256 : i8} : () -> ()", null },
        { "i99999999", "\"t.a\"() : () -> i99999999", "integer bitwidth is limited to 16777215 bits" },
        { "i16777216", "\"t.a\"() {v = 0 : i16777216} : () -> ()", "integer bitwidth is limited to 16777215 bits" },
        { "si huge", "\"t.a\"() : () -> si4294967297", null },
        { "unterminated string", "\"t.a\"() {v = \"abc", "expected '\"' in string literal" },
        { "unterminated string nl", "\"t.a\"() {v = \"abc\n\"} : () -> ()", null },
        { "lone quote", "\"", "expected '\"' in string literal" },
        { "lone percent", "%", "invalid SSA name" },
        { "lone caret", "^", "invalid block name" },
        { "lone hash", "#", "invalid attribute name" },
        { "lone bang", "!", "invalid type identifier" },
        { "lone at", "@", "@ identifier expected to start with letter or '_'" },
        { "nul byte", "\"t.a\"() \0: () -> ()", null },
        { "bad escape", "\"t.a\"() {v = \"\\q\"} : () -> ()", "unknown escape in string literal" },
        { "empty op name", "\"\" () : () -> ()", "empty operation name is invalid" },
        { "metadata unterminated", "{-#", null },
        { "metadata unterminated2", "{-# dialect_resources: { builtin: { b: \"0x04000000\" } }", null },
        { "metadata unknown key", "{-# foo: {} #-}", "unknown key 'foo' in file metadata dictionary" },
        { "metadata bad blob", "{-# dialect_resources: { builtin: { b: \"0x0\" } } #-}", "expected hex string blob for key 'b'" },
        { "dialect type unbalanced", "\"t.a\"() : () -> !foo.bar<", "unbalanced '<' character in pretty dialect name" },
        { "dialect type unbalanced2", "\"t.a\"() : () -> !foo.bar<[(>", "unbalanced '(' character in pretty dialect name" },
        { "dialect attr unbalanced", "\"t.a\"() {v = #foo.bar<{} : () -> ()", null },
        { "dense huge shape list", "\"t.a\"() {v = dense<[1.0, 2.0]> : tensor<99999999999x99999999999xf32>} : () -> ()", "inferred shape of elements literal ([2]) does not match type ([99999999999, 99999999999])" },
        { "dense overflow shape", "\"t.a\"() {v = dense<[[1]]> : tensor<9223372036854775807x9223372036854775807xi32>} : () -> ()", null },
        { "dense max shape list", "\"t.a\"() {v = dense<[1, 2, 3]> : tensor<9223372036854775807xi32>} : () -> ()", null },
        { "dense hex wrong size", "\"t.a\"() {v = dense<\"0x010203\"> : tensor<2xi32>} : () -> ()", "elements hex data size is invalid for provided type: '" },
        { "dense hex odd", "\"t.a\"() {v = dense<\"0x123\"> : tensor<2xi8>} : () -> ()", null },
        { "dense hex huge type", "\"t.a\"() {v = dense<\"0x0102030405060708\"> : tensor<99999999999x99999999999xi32>} : () -> ()", "elements hex data size is invalid for provided type: '" },
        { "dense elem mismatch", "\"t.a\"() {v = dense<[1, 2, 3]> : tensor<2xi32>} : () -> ()", null },
        { "dense ragged", "\"t.a\"() {v = dense<[[1, 2], [3]]> : tensor<2x2xi32>} : () -> ()", null },
        { "dense int overflow", "\"t.a\"() {v = dense<300> : tensor<2xi8>} : () -> ()", null },
        { "dense no type", "\"t.a\"() {v = dense<1>} : () -> ()", null },
        { "dense bad type", "\"t.a\"() {v = dense<1> : i32} : () -> ()", null },
        { "dense dynamic", "\"t.a\"() {v = dense<1> : tensor<?xi32>} : () -> ()", null },
        { "negative dim", "\"t.a\"() : () -> tensor<-1xf32>", null },
        { "negative dim memref", "\"t.a\"() : () -> memref<2x-3xf32>", null },
        { "huge dim", "\"t.a\"() : () -> tensor<99999999999999999999xf32>", "invalid dimension" },
        { "vector zero", "\"t.a\"() : () -> vector<0xi32>", "vector types must have positive constant sizes but got 0" },
        { "vector dynamic", "\"t.a\"() : () -> vector<?xi32>", null },
        { "vector bad elem", "\"t.a\"() : () -> vector<4xtensor<2xi32>>", null },
        { "memref map rank", "\"t.a\"() : () -> memref<?x?xf32, affine_map<(d0) -> (d0)>>", "memref layout mismatch between rank and affine map: 2 != 1" },
        { "memref strided rank", "\"t.a\"() : () -> memref<4x4xf32, strided<[1]>>", "expected the number of strides to match the rank" },
        { "memref bad space", "\"t.a\"() : () -> memref<4xf32, [1]>", "unsupported memory space Attribute" },
        { "tensor bad elem", "\"t.a\"() : () -> tensor<4xtensor<2xi32>>", "invalid tensor element type" },
        { "complex bad elem", "\"t.a\"() : () -> complex<index>", "invalid element type for complex" },
        { "distinct overflow", "\"t.a\"() {v = distinct[18446744073709551616]<1>} : () -> ()", "expected an unsigned 64-bit integer" },
        { "distinct negative", "\"t.a\"() {v = distinct[-1]<1>} : () -> ()", null },
        { "undefined loc alias", "\"t.a\"() : () -> () loc(#undefined)", "operation location alias was never defined" },
        { "undefined attr alias", "\"t.a\"() {v = #undefined} : () -> ()", "undefined symbol alias id 'undefined'" },
        { "undefined type alias", "\"t.a\"() : () -> !undefined", null },
        { "alias redefined", "#a = 1\n#a = 2", "redefinition of attribute alias id 'a'" },
        { "forward ref never defined", "\"t.a\"(%x) : (i32) -> ()", "use of undeclared SSA value name" },
        { "forward ref in region", "\"t.a\"() ({ \"t.b\"(%y) : (i32) -> () }) : () -> ()", null },
        { "use before def type mismatch", "\"t.a\"(%0) : (i32) -> ()\n%0 = \"t.b\"() : () -> i64", "definition of SSA value '%0#0' has type 'i64'" },
        { "undefined block", "\"t.a\"() ({ \"t.br\"()[^nowhere] : () -> () }) : () -> ()", "reference to an undefined block" },
        { "block redefined", "\"t.a\"() ({ ^bb0: \"t.x\"() : () -> () ^bb0: \"t.y\"() : () -> () }) : () -> ()", "redefinition of block '^bb0'" },
        { "result count huge", "%0:4294967296 = \"t.a\"() : () -> ()", null },
        { "result index huge", "%0:2 = \"t.a\"() : () -> (i32, i32)\n\"t.b\"(%0#99999999999999999999) : (i32) -> ()", null },
        { "result index out of range", "%0:2 = \"t.a\"() : () -> (i32, i32)\n\"t.b\"(%0#2) : (i32) -> ()", "reference to invalid result number" },
        { "operand count mismatch", "%0 = \"t.a\"() : () -> i32\n\"t.b\"(%0, %0) : (i32) -> ()", null },
        { "hex float wrong width", "\"t.a\"() {v = 0x1234567890 : f32} : () -> ()", "hexadecimal float constant out of range for type" },
        { "float int type", "\"t.a\"() {v = 1.5 : i32} : () -> ()", "floating point value not valid for specified type" },
        { "affine huge constant", "#m = affine_map<(d0) -> (d0 + 99999999999999999999)>", "constant too large for index" },
        { "affine bad dim", "#m = affine_map<(d0) -> (d1)>", null },
        { "affine unterminated", "#m = affine_map<(d0) -> (d0", null },
        { "strided huge", "\"t.a\"() : () -> memref<4xf32, strided<[99999999999999999999]>>", "expected a 64-bit signed integer or '?'" },
        { "array attr huge", "\"t.a\"() {v = array<i8: 1000>} : () -> ()", null },
        { "array attr bad type", "\"t.a\"() {v = array<tensor<2xi32>: 1>} : () -> ()", null },
        { "sparse index out of bounds", "\"t.a\"() {v = sparse<[[5]], [1]> : tensor<4xi32>} : () -> ()", "sparse index #0 is not contained within the value shape, with index=[5], and type='tensor<4xi32>'" },
        { "negative sparse index", "\"t.a\"() {v = sparse<[[1, -1]], [1]> : tensor<4x4xi32>} : () -> ()", "sparse index #0 is not contained within the value shape, with index=[1, 18446744073709551615], and type='tensor<4x4xi32>'" },
        { "sparse splat index out of bounds", "\"t.a\"() {v = sparse<7, [1]> : tensor<4x4xi32>} : () -> ()", "sparse index #0 is not contained within the value shape, with index=[7, 7], and type='tensor<4x4xi32>'" },
        { "sparse index rank mismatch", "\"t.a\"() {v = sparse<[[0, 1]], [1]> : tensor<4xi32>} : () -> ()", "expected shape ([4]); inferred shape of indices literal ([1, 2]); inferred shape of values literal ([1])" },
        { "sparse 2-d values", "\"t.a\"() {v = sparse<[[0]], [[1]]> : tensor<4xi32>} : () -> ()", "expected 1-d tensor for sparse element values" },
        { "width beyond 32 bits", "\"t.a\"() : () -> si4294967297", "invalid integer width" },
        { "backslash at end inside dialect body", "\"t.a\"() : () -> !t.x<\"\\", "unbalanced '<' character in pretty dialect name" },
        { "loc alias at end of file", "\"t.a\"() : () -> () loc(#a", null },
        { "truncated op", "\"t.a\"() : () ->", null },
        { "truncated region", "\"t.a\"() ({ \"t.b\"() : () -> ()", null },
        { "truncated attr dict", "\"t.a\"() {v = [1, 2", null },
        { "symbol unterminated", "\"t.a\"() {v = @\"abc} : () -> ()", null },
        { "custom unknown", "foo.bar %0", null },
        { "module bad attr", "module attributes {x = 1} {}", null },
        { "cast no results", "\"builtin.unrealized_conversion_cast\"() : () -> ()", "'builtin.unrealized_conversion_cast' op expected at least one result for cast operation" },
        { "big string escape", "\"t.a\"() {v = \"\\F\"} : () -> ()", null },
        { "type as attr trailing", "\"t.a\"() {v = i32 i32} : () -> ()", null },
        { "loc bad line", "\"t.a\"() : () -> () loc(\"f\":99999999999:1)", "expected integer line number in FileLineColRange" },
        { "loc unterminated", "\"t.a\"() : () -> () loc(", null },
        { "attr dict dup", "\"t.a\"() {v = 1, v = 2} : () -> ()", "duplicate key 'v' in dictionary attribute" },
        { "successor in top level", "\"t.br\"()[^bb1] : () -> ()", null },
        { "region args at top", "^bb0:", null },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void InvalidInputIsALocatedError(string what, string input, string? message)
    {
        long before = GC.GetTotalAllocatedBytes(precise: false);
        var run = OptRun.Run(input);
        long allocated = GC.GetTotalAllocatedBytes(precise: false) - before;
        OptAssert.LocatedFailure(run, what);
        if (message != null)
            Assert.Contains(": error: " + message, run.Stderr, StringComparison.Ordinal);
        // Other tests run concurrently, so this is a loose bound; a tensor<99999999999x...> materialized would blow it.
        Assert.True(allocated < 2L << 30, $"{what}: allocated {allocated} bytes");
    }

    public static TheoryData<string, string> OddButValid => new()
    {
        { "empty file", "" },
        { "only comments", "// one\n// two\n" },
        { "only whitespace", " \t\r\n\n   " },
        { "nul inside a string", "\"t.a\"() {v = \"a\0b\"} : () -> ()" },
        { "lone surrogate inside a string", "\"t.a\"() {v = \"\udcff\"} : () -> ()" },
        { "non-ASCII inside a string", "\"t.a\"() {v = \"\u00e9\u4e2d\ud83d\ude00\"} : () -> ()" },
        { "float overflow to infinity", "\"t.a\"() {v = 1.0e999 : f32} : () -> ()" },
        { "splat of a huge tensor", "\"t.a\"() {v = dense<1.5> : tensor<99999999999x99999999999xf32>} : () -> ()" },
        { "hex splat of a huge tensor", "\"t.a\"() {v = dense<\"0x01020304\"> : tensor<4611686018427387904xi32>} : () -> ()" },
        { "max-size tensor splat", "\"t.a\"() {v = dense<1> : tensor<9223372036854775807xi32>} : () -> ()" },
        { "sparse in a huge tensor", "\"t.a\"() {v = sparse<[[0, 0]], [1.0]> : tensor<99999999999x99999999999xf32>} : () -> ()" },
        { "string elements of a huge tensor", "\"t.a\"() {v = dense<\"abc\"> : tensor<99999999999x!t.x>} : () -> ()" },
        { "resource of a huge tensor", "\"t.a\"() {v = dense_resource<r> : tensor<99999999999x99999999999xf32>} : () -> ()" },
        { "widest integer", "\"t.a\"() {v = 1 : i16777215} : () -> ()" },
        { "largest distinct id", "\"t.a\"() {v = distinct[18446744073709551615]<1>} : () -> ()" },
        { "rank 100,000", "\"t.a\"() : () -> tensor<" + string.Concat(System.Linq.Enumerable.Repeat("1x", 100_000)) + "f32>" },
        { "zero dims via 0x", "\"t.a\"() : () -> tensor<" + string.Concat(System.Linq.Enumerable.Repeat("0x", 10_000)) + "f32>" },
        { "200,000 ops", string.Concat(System.Linq.Enumerable.Repeat("\"t.b\"() : () -> ()\n", 200_000)) },
    };

    [Theory]
    [MemberData(nameof(OddButValid))]
    public void OddButValidInputRoundTrips(string what, string input)
    {
        long before = GC.GetTotalAllocatedBytes(precise: false);
        var run = OptRun.Run(input);
        long allocated = GC.GetTotalAllocatedBytes(precise: false) - before;
        OptAssert.RoundTrips(run, what);
        Assert.True(allocated < 2L << 30, $"{what}: allocated {allocated} bytes");
    }

    [Fact]
    public void RandomBinaryGarbageIsALocatedError()
    {
        var random = new Random(20_251_122);
        var bytes = new byte[4096];
        for (int i = 0; i < 50; i++)
        {
            random.NextBytes(bytes);
            // Begin with a byte that cannot start MLIR, so every case is invalid.
            bytes[0] = 0xFF;
            OptAssert.LocatedFailure(OptRun.Run(Encoding.UTF8.GetString(bytes)), $"UTF-8 garbage #{i}");
            OptAssert.LocatedFailure(OptRun.Run(Encoding.Latin1.GetString(bytes)), $"Latin-1 garbage #{i}");
        }
    }

    [Fact]
    public void InvalidUtf8FileIsALocatedError()
    {
        string path = Path.Combine(Path.GetTempPath(), $"dialectic-robustness-{Guid.NewGuid():N}.mlir");
        try
        {
            File.WriteAllBytes(path, [0x22, 0x74, 0x2E, 0x61, 0x22, 0x28, 0x29, 0x20, 0xC0, 0xFF, 0xFE, 0x00, 0x80]);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int rc = OptMain.Run(["--allow-unregistered-dialect", path], new StringReader(""), stdout, stderr);
            Assert.Equal(1, rc);
            Assert.StartsWith(path + ":1:", stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains(": error: ", stderr.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EveryPrefixOfAValidFileIsHandled()
    {
        // Truncation at every position of a file that uses most of the syntax.
        string text = FuzzSeeds.All[1];
        for (int i = 0; i < text.Length; i++)
        {
            var run = OptRun.Run(text.Substring(0, i));
            Assert.False(run.HasInternalError, $"prefix {i}: {run.Describe()}");
            if (run.ExitCode != 0)
                OptAssert.LocatedFailure(run, $"prefix of length {i}");
        }
    }
}
