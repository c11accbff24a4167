// IR dumps around passes go to stderr in mlir-opt-22's format (checked against it with the same flags): the header,
// then the op the pass ran on (a nested op alone), then a blank line; module scope prints the whole module.
// RUN: dialectic-opt %s --test-function-pass --test-module-pass --mlir-print-ir-after-all --mlir-print-ir-before=test-module-pass -o /dev/null 2>&1 | FileCheck %s --check-prefix=ALL
// RUN: dialectic-opt %s --test-function-pass --mlir-print-ir-before-all --mlir-print-ir-module-scope --mlir-disable-threading -o /dev/null 2>&1 | FileCheck %s --check-prefix=SCOPE
// RUN: not dialectic-opt %s --test-function-pass --mlir-print-ir-module-scope -o /dev/null 2>&1 | FileCheck %s --check-prefix=SCOPE-THREADS
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(func.func(test-pass-failure{gen-diagnostics=true}))' --mlir-print-ir-after-failure -o /dev/null 2>&1 | FileCheck %s --check-prefix=FAILURE
// RUN: dialectic-opt %s --test-module-pass --test-constant-fold --mlir-print-ir-after-all --mlir-print-ir-after-change -o /dev/null 2>&1 | FileCheck %s --check-prefix=CHANGE

// ALL:      // -----// IR Dump After (anonymous namespace)::TestFunctionPass (test-function-pass) //----- //
// ALL-NEXT: func.func @foo(%arg0: i32) -> i32 {
// ALL-NEXT:   %c1_i32 = arith.constant 1 : i32
// ALL-NEXT:   %0 = arith.addi %arg0, %c1_i32 : i32
// ALL-NEXT:   return %0 : i32
// ALL-NEXT: }
// ALL-EMPTY:
// ALL-NEXT: // -----// IR Dump After (anonymous namespace)::TestFunctionPass (test-function-pass) //----- //
// ALL-NEXT: func.func @bar() {
// ALL-NEXT:   %c1_i32 = arith.constant 1 : i32
// ALL-NEXT:   %c2_i32 = arith.constant 2 : i32
// ALL-NEXT:   %0 = arith.addi %c1_i32, %c2_i32 : i32
// ALL-NEXT:   return
// ALL-NEXT: }
// ALL-EMPTY:
// ALL-NEXT: // -----// IR Dump Before (anonymous namespace)::TestModulePass (test-module-pass) //----- //
// ALL-NEXT: module {
// ALL:      {{^}}}{{$}}
// ALL-EMPTY:
// ALL-EMPTY:
// ALL-NEXT: // -----// IR Dump After (anonymous namespace)::TestModulePass (test-module-pass) //----- //
// ALL-NEXT: module {

// SCOPE:      // -----// IR Dump Before (anonymous namespace)::TestFunctionPass (test-function-pass) ('func.func' operation: @foo) //----- //
// SCOPE-NEXT: module {
// SCOPE-NEXT:   func.func @foo
// SCOPE:      // -----// IR Dump Before (anonymous namespace)::TestFunctionPass (test-function-pass) ('func.func' operation: @bar) //----- //
// SCOPE-NEXT: module {

// SCOPE-THREADS:      <unknown>:0: error: IR print for module scope can't be setup on a pass-manager without disabling multi-threading first.
// SCOPE-THREADS-EMPTY:

// FAILURE:      ir-printing.mlir:[[# @LINE + 19]]:1: error: illegal operation
// FAILURE:      // -----// IR Dump After (anonymous namespace)::TestFailurePass Failed (test-pass-failure) //----- //
// FAILURE-NEXT: func.func @foo(%arg0: i32) -> i32 {
// FAILURE:      ir-printing.mlir:[[# @LINE + 22]]:1: error: illegal operation
// FAILURE:      // -----// IR Dump After (anonymous namespace)::TestFailurePass Failed (test-pass-failure) //----- //
// FAILURE-NEXT: func.func @bar() {

// CHANGE-NOT:  IR Dump After (anonymous namespace)::TestModulePass
// CHANGE:      // -----// IR Dump After TestConstantFold (test-constant-fold) //----- //
// CHANGE-NEXT: module {
// CHANGE-NEXT:   func.func @foo(%arg0: i32) -> i32 {
// CHANGE-NEXT:     %c1_i32 = arith.constant 1 : i32
// CHANGE-NEXT:     %0 = arith.addi %arg0, %c1_i32 : i32
// CHANGE-NEXT:     return %0 : i32
// CHANGE-NEXT:   }
// CHANGE-NEXT:   func.func @bar() {
// CHANGE-NEXT:     return
// CHANGE-NEXT:   }

func.func @foo(%arg0: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %arg0, %c1 : i32
  return %0 : i32
}

func.func @bar() {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %c1, %c2 : i32
  return
}
