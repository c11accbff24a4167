using System;
using System.Collections.Generic;
using System.IO;
using Dialectic.Lit;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Run;
using Xunit;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>dialectic-run as a tool of the in-process lit runner (as test/Dialectic.Lit.Tests registers it): its
/// native output is captured into the pipeline, so FileCheck sees it before the result line.</summary>
public sealed class RunLitTests
{
    private const string Test = """
        // RUN: split-file %s %t
        // RUN: dialectic-run %t/prog.ll -e main -entry-point-result=i64 | FileCheck %s
        // RUN: not dialectic-run %t/prog.ll -e nope -entry-point-result=i64 2>&1 | FileCheck %s --check-prefix=ERR

        // CHECK: ( 1, 2 )
        // CHECK-NEXT: 3
        // ERR: Error: entry point not found

        //--- prog.ll
        declare void @printI64(i64)
        declare void @printOpen()
        declare void @printClose()
        declare void @printComma()
        declare void @printNewline()

        define i64 @main() {
          call void @printOpen()
          call void @printI64(i64 1)
          call void @printComma()
          call void @printI64(i64 2)
          call void @printClose()
          call void @printNewline()
          ret i64 3
        }
        """;

    [ToolFact(RunHarness.Clang)]
    public void RunsUnderTheInProcessLitRunner()
    {
        var runner = new LitRunner(new Dictionary<string, ToolEntry>(StringComparer.Ordinal)
        {
            ["dialectic-run"] = RunMain.Run,
        });
        string file = Path.Combine(Path.GetTempPath(), "dialectic-run-lit-" + Guid.NewGuid().ToString("N") + ".mlir");
        File.WriteAllText(file, Test);
        try
        {
            LitResult result = runner.Run(file);
            Assert.True(result.IsSuccess, result.Status + ": " + result.Reason + "\n" + result.Log);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
