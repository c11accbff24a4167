// REQUIRES: mlir-opt
// Differential: pass manager output that involves no timing is byte-identical to mlir-opt-22's on the same flags
// (sequential runs: mlir-opt's threaded IR dumps come in scheduling order, ours in IR order).

// RUN: rm -rf %t && mkdir -p %t
// RUN: dialectic-opt %s --test-function-pass --test-module-pass --mlir-print-ir-after-all --mlir-print-ir-before=test-module-pass --mlir-disable-threading -o /dev/null > %t/a.ours 2>&1
// RUN: mlir-opt %s --test-function-pass --test-module-pass --mlir-print-ir-after-all --mlir-print-ir-before=test-module-pass --mlir-disable-threading -o /dev/null > %t/a.theirs 2>&1
// RUN: diff %t/a.theirs %t/a.ours
// RUN: dialectic-opt %s --test-function-pass --mlir-print-ir-before-all --mlir-print-ir-after-all --mlir-print-ir-module-scope --mlir-disable-threading -o /dev/null > %t/b.ours 2>&1
// RUN: mlir-opt %s --test-function-pass --mlir-print-ir-before-all --mlir-print-ir-after-all --mlir-print-ir-module-scope --mlir-disable-threading -o /dev/null > %t/b.theirs 2>&1
// RUN: diff %t/b.theirs %t/b.ours
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(func.func(test-function-pass,test-pass-failure{gen-diagnostics=true}))' --mlir-print-ir-after-failure --mlir-disable-threading -o /dev/null > %t/c.ours 2>&1
// RUN: not mlir-opt %s --pass-pipeline='builtin.module(func.func(test-function-pass,test-pass-failure{gen-diagnostics=true}))' --mlir-print-ir-after-failure --mlir-disable-threading -o /dev/null > %t/c.theirs 2>&1
// RUN: diff %t/c.theirs %t/c.ours
// RUN: dialectic-opt %s --dump-pass-pipeline --test-options-pass='list=1,2 string-list={a b,c}' --test-module-pass --test-pass-failure --test-stats-pass -o /dev/null --mlir-print-ir-after-change --mlir-print-ir-after-all --mlir-disable-threading > %t/d.ours 2>&1 || true
// RUN: mlir-opt %s --dump-pass-pipeline --test-options-pass='list=1,2 string-list={a b,c}' --test-module-pass --test-pass-failure --test-stats-pass -o /dev/null --mlir-print-ir-after-change --mlir-print-ir-after-all --mlir-disable-threading > %t/d.theirs 2>&1 || true
// RUN: diff %t/d.theirs %t/d.ours
// RUN: dialectic-opt %S/callgraph.mlir --test-print-callgraph -o /dev/null > %t/e.ours 2>&1
// RUN: mlir-opt %S/callgraph.mlir --test-print-callgraph -o /dev/null > %t/e.theirs 2>&1
// RUN: diff %t/e.theirs %t/e.ours
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(func.func(test-options-pass),,x' -o /dev/null > %t/f.ours 2>&1
// RUN: not mlir-opt %s --pass-pipeline='builtin.module(func.func(test-options-pass),,x' -o /dev/null > %t/f.theirs 2>&1
// RUN: diff %t/f.theirs %t/f.ours

func.func @foo(%arg0: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %arg0, %c1 : i32
  return %0 : i32
}
func.func @bar() {
  return
}
