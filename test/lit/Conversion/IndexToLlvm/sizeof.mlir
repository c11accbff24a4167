// RUN: dialectic-opt %s --convert-index-to-llvm | FileCheck %s
// RUN: dialectic-opt %s --convert-index-to-llvm=index-bitwidth=32 | FileCheck %s --check-prefix=I32

// index.sizeof becomes the index width as a constant (CHECK lines from mlir-opt-22).
// CHECK-LABEL: func.func @sizeof() -> index {
// CHECK-NEXT: %0 = llvm.mlir.constant(64 : i64) : i64
// CHECK-NEXT: %1 = builtin.unrealized_conversion_cast %0 : i64 to index
// CHECK-NEXT: return %1 : index
// I32-LABEL: func.func @sizeof() -> index {
// I32-NEXT: %0 = llvm.mlir.constant(32 : i32) : i32
// I32-NEXT: %1 = builtin.unrealized_conversion_cast %0 : i32 to index
// I32-NEXT: return %1 : index
func.func @sizeof() -> index {
  %0 = index.sizeof
  return %0 : index
}
