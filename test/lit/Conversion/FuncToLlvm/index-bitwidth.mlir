// RUN: dialectic-opt %s --convert-func-to-llvm=index-bitwidth=32 | FileCheck %s

// The CHECK lines are what mlir-opt-22 --convert-func-to-llvm=index-bitwidth=32 prints for this file.

// index-bitwidth=32: index and the descriptor fields become i32.
// CHECK-LABEL: llvm.func @index32(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i32, %arg3: i32, %arg4: i32, %arg5: i32) -> i32 {
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg5 : i32 to index
// CHECK-NEXT: %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i32, array<1 x i32>, array<1 x i32>)>
// CHECK-NEXT: %2 = llvm.insertvalue %arg0, %1[0] : !llvm.struct<(ptr, ptr, i32, array<1 x i32>, array<1 x i32>)>
// CHECK-NEXT: %3 = llvm.insertvalue %arg1, %2[1] : !llvm.struct<(ptr, ptr, i32, array<1 x i32>, array<1 x i32>)>
// CHECK-NEXT: %4 = llvm.insertvalue %arg2, %3[2] : !llvm.struct<(ptr, ptr, i32, array<1 x i32>, array<1 x i32>)>
// CHECK-NEXT: %5 = llvm.insertvalue %arg3, %4[3, 0] : !llvm.struct<(ptr, ptr, i32, array<1 x i32>, array<1 x i32>)>
// CHECK-NEXT: %6 = llvm.insertvalue %arg4, %5[4, 0] : !llvm.struct<(ptr, ptr, i32, array<1 x i32>, array<1 x i32>)>
// CHECK-NEXT: %7 = builtin.unrealized_conversion_cast %6 : !llvm.struct<(ptr, ptr, i32, array<1 x i32>, array<1 x i32>)> to memref<?xf32>
// CHECK-NEXT: %8 = memref.load %7[%0] : memref<?xf32>
// CHECK-NEXT: llvm.return %arg5 : i32
// CHECK-NEXT: }
func.func @index32(%a: memref<?xf32>, %i: index) -> index {
  %v = memref.load %a[%i] : memref<?xf32>
  return %i : index
}
