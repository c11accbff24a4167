// RUN: dialectic-opt %s --convert-func-to-llvm | FileCheck %s

// The CHECK lines are what mlir-opt-22 --convert-func-to-llvm prints for this file.

// The type conversion: vectors (n-D to arrays of 1-D), complex to a struct, signed/unsigned integers to signless,
// floats LLVM lacks to integers, memory spaces to address spaces, function types to pointers.
// CHECK: llvm.func @types(vector<4xf32>, !llvm.array<2 x vector<3xi32>>, vector<[4]xi8>, !llvm.struct<(f32, f32)>, i32, i8, bf16, i8, f128, !llvm.ptr<1>, !llvm.ptr<1>, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, vector<4xi64>, !llvm.struct<(i32, i64)>) attributes {sym_visibility = "private"}
// CHECK-NEXT: llvm.func @results() -> !llvm.struct<(array<2 x vector<2xf64>>, struct<(ptr, ptr, i64)>)> attributes {sym_visibility = "private"}
func.func private @types(vector<4xf32>, vector<2x3xi32>, vector<[4]xi8>, complex<f32>, si32, ui8, bf16, f8E4M3FN, f128, memref<2xf32, 1>, memref<*xi16, 3>, (i32) -> i32, vector<4xindex>, !llvm.struct<(i32, index)>)
func.func private @results() -> (vector<2x2xf64>, memref<f32>)
