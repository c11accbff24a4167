// RUN: dialectic-opt %s --finalize-memref-to-llvm --convert-func-to-llvm --reconcile-unrealized-casts | FileCheck %s

// memref.assume_alignment is only an optimization hint. mlir-opt-22 lowers it to `llvm.intr.assume` with an
// "align" operand bundle, which our llvm dialect does not have: the hint is dropped and the memref passes
// through unchanged (our own output; mlir-opt-22's adds the extractvalue, two constants and the assume).
// CHECK-LABEL: llvm.func @assume(
// CHECK-NOT: assume
// CHECK: llvm.return %5 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
func.func @assume(%m: memref<4xf32>) -> memref<4xf32> {
  %0 = memref.assume_alignment %m, 16 : memref<4xf32>
  return %0 : memref<4xf32>
}
