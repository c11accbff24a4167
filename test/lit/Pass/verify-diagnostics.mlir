// Diagnostics from passes running in parallel on many functions meet --verify-diagnostics expectations, and come
// out in IR order without it (the same with and without threads).
// RUN: dialectic-opt %s --pass-pipeline='builtin.module(func.func(test-pass-failure{gen-diagnostics=true}))' --verify-diagnostics --split-input-file
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(func.func(test-pass-failure{gen-diagnostics=true}))' --split-input-file 2>&1 | FileCheck %s
// RUN: not dialectic-opt %s --pass-pipeline='builtin.module(func.func(test-pass-failure{gen-diagnostics=true}))' --split-input-file --mlir-disable-threading 2>&1 | FileCheck %s

// With --verify-diagnostics the exit code says whether expectations were met, as in mlir-opt.

// CHECK: verify-diagnostics.mlir:[[# @LINE + 7]]:1: error: illegal operation
// CHECK: verify-diagnostics.mlir:[[# @LINE + 8]]:1: error: illegal operation
// CHECK: verify-diagnostics.mlir:[[# @LINE + 9]]:1: error: illegal operation
// CHECK: verify-diagnostics.mlir:[[# @LINE + 13]]:1: error: illegal operation
// CHECK-NOT: error

// expected-error@+1 {{illegal operation}}
func.func @a() { return }
// expected-error@+1 {{illegal operation}}
func.func @b() { return }
// expected-error@+1 {{illegal operation}}
func.func @c() { return }

// -----

// expected-error@+1 {{illegal operation}}
func.func @d() { return }
