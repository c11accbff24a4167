// A failing pipeline with --mlir-pass-pipeline-crash-reproducer writes the IR from before the pipeline with the
// pipeline in an external_resources block (format and messages checked against mlir-opt-22 with the same flags);
// --run-reproducer runs that pipeline again.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not dialectic-opt %s --test-function-pass --test-pass-failure --test-module-pass --mlir-pass-pipeline-crash-reproducer=%t/global.mlir 2>&1 | FileCheck %s --check-prefix=GLOBAL
// RUN: FileCheck %s --check-prefix=GLOBAL-FILE < %t/global.mlir
// RUN: not dialectic-opt %t/global.mlir --run-reproducer 2>&1 | FileCheck %s --check-prefix=EMPTY --allow-empty
// RUN: not dialectic-opt %t/global.mlir --run-reproducer --mlir-pass-pipeline-crash-reproducer=%t/again.mlir 2>&1 | FileCheck %s --check-prefix=AGAIN
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(func.func(test-function-pass,test-pass-failure{gen-diagnostics=true}),test-module-pass)' --mlir-disable-threading --mlir-pass-pipeline-crash-reproducer=%t/local.mlir --mlir-pass-pipeline-local-reproducer 2>&1 | FileCheck %s --check-prefix=LOCAL
// RUN: FileCheck %s --check-prefix=LOCAL-FILE < %t/local.mlir
// RUN: not dialectic-opt %s --test-function-pass --mlir-pass-pipeline-crash-reproducer=%t/x.mlir --mlir-pass-pipeline-local-reproducer 2>&1 | FileCheck %s --check-prefix=THREADS
// RUN: dialectic-opt %S/Inputs/passing-reproducer.mlir --run-reproducer --dump-pass-pipeline 2>&1 | FileCheck %s --check-prefix=REPLAY
// RUN: dialectic-opt %S/Inputs/passing-reproducer.mlir --run-reproducer --test-module-pass --dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPLAY-MORE
// RUN: not dialectic-opt %S/Inputs/bad-reproducer.mlir --run-reproducer 2>&1 | FileCheck %s --check-prefix=BAD

// GLOBAL:      reproducer.mlir:0:0: error: Failures have been detected while processing an MLIR pass pipeline
// GLOBAL-NEXT: reproducer.mlir:0:0: note: Pipeline failed while executing [`(anonymous namespace)::TestFailurePass` on 'builtin.module' operation]: reproducer generated at `{{.*}}global.mlir`

// GLOBAL-FILE:      module {
// GLOBAL-FILE-NEXT:   func.func @foo(%arg0: i32) -> i32 {
// GLOBAL-FILE:        func.func @bar() {
// GLOBAL-FILE:      {{^}}}
// GLOBAL-FILE-EMPTY:
// GLOBAL-FILE-NEXT: {-#
// GLOBAL-FILE-NEXT:   external_resources: {
// GLOBAL-FILE-NEXT:     mlir_reproducer: {
// GLOBAL-FILE-NEXT:       pipeline: "builtin.module(func.func(test-function-pass), test-pass-failure{gen-diagnostics=false}, test-module-pass)",
// GLOBAL-FILE-NEXT:       disable_threading: false,
// GLOBAL-FILE-NEXT:       verify_each: true
// GLOBAL-FILE-NEXT:     }
// GLOBAL-FILE-NEXT:   }
// GLOBAL-FILE-NEXT: #-}

// EMPTY-NOT: {{.}}

// AGAIN: note: Pipeline failed while executing [`(anonymous namespace)::TestFailurePass` on 'builtin.module' operation]: reproducer generated at `{{.*}}again.mlir`

// LOCAL:      reproducer.mlir:[[# @LINE + 32]]:1: error: illegal operation
// LOCAL-NEXT: func.func @foo
// LOCAL-NEXT: ^
// LOCAL-NEXT: reproducer.mlir:[[# @LINE + 29]]:1: error: Failures have been detected while processing an MLIR pass pipeline
// LOCAL:      reproducer.mlir:[[# @LINE + 28]]:1: note: Pipeline failed while executing `(anonymous namespace)::TestFailurePass` on 'func.func' operation: @foo: reproducer generated at `{{.*}}local.mlir`
// LOCAL:      reproducer.mlir:[[# @LINE + 32]]:1: error: illegal operation
// LOCAL:      reproducer.mlir:0:0: error: Failures have been detected while processing an MLIR pass pipeline
// LOCAL-NEXT: reproducer.mlir:0:0: note: Pipeline failed while executing `(anonymous namespace)::TestFailurePass` on 'func.func' operation: @bar: reproducer generated at `{{.*}}local.mlir`

// LOCAL-FILE:      pipeline: "builtin.module(func.func(test-pass-failure{gen-diagnostics=true}))",
// LOCAL-FILE-NEXT: disable_threading: true,

// THREADS: <unknown>:0: error: Local crash reproduction may not be used without disabling mutli-threading first.

// REPLAY:      Pass Manager with 1 passes:
// REPLAY-NEXT: builtin.module(
// REPLAY-NEXT:   func.func(
// REPLAY-NEXT:     test-function-pass
// REPLAY-NEXT:   )
// REPLAY-NEXT: )
// REPLAY:      module {
// REPLAY-NOT:  external_resources

// REPLAY-MORE:      builtin.module(
// REPLAY-MORE-NEXT:   func.func(
// REPLAY-MORE-NEXT:     test-function-pass
// REPLAY-MORE-NEXT:   ),
// REPLAY-MORE-NEXT:   test-module-pass
// REPLAY-MORE-NEXT: )

// BAD: error: unknown 'mlir_reproducer' resource key 'pipelines'

func.func @foo(%arg0: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %arg0, %c1 : i32
  return %0 : i32
}
func.func @bar() {
  return
}
