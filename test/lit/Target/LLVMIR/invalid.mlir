// RUN: not dialectic-translate --mlir-to-llvmir --split-input-file %s 2>&1 | FileCheck %s

// CHECK: invalid.mlir:[[@LINE+2]]:8: error: cannot be converted to LLVM IR: missing `LLVMTranslationDialectInterface` registration for dialect for op: arith.constant
llvm.func @non_llvm_op() -> i32 {
  %0 = arith.constant 1 : i32
  llvm.return %0 : i32
}

// -----

// CHECK: invalid.mlir:[[@LINE+1]]:1: error: cannot be converted to LLVM IR: missing `LLVMTranslationDialectInterface` registration for dialect for op: func.func
func.func @non_llvm_function() {
  return
}

// -----

// CHECK: invalid.mlir:[[@LINE+3]]:10: error: LLVM Translation failed for operation: builtin.unrealized_conversion_cast
llvm.func @cast_left_over(%a: i64) -> i64 {
  %c = llvm.mlir.constant(1 : i64) : i64
  %0:2 = builtin.unrealized_conversion_cast %a, %c : i64, i64 to index, index
  llvm.return %a : i64
}
