// RUN: dialectic-translate --mlir-to-llvmir %s | FileCheck %s

// Linkage, visibility, thread_local, unnamed_addr, address spaces, sections, alignment, nested dense arrays,
// struct constants from arrays, constant GEP initializers, the wide float formats and calling conventions.

// CHECK: @a = weak_odr hidden thread_local unnamed_addr constant i32 1, section ".mydata"
// CHECK-NEXT: @b = linkonce local_unnamed_addr addrspace(1) global float 2.500000e+00, align 16
// CHECK-NEXT: @c = common global i64 0
// CHECK-NEXT: @nested = internal constant [2 x [2 x float]] {{\[}}[2 x float] [float 1.000000e+00, float 2.000000e+00], [2 x float] [float 3.000000e+00, float 4.000000e+00]]
// CHECK-NEXT: @zero_arr = internal global [4 x i8] [i8 0, i8 0, i8 0, i8 0]
// CHECK-NEXT: @sa = internal global { i32, double } { i32 1, double 2.000000e+00 }
// CHECK-NEXT: @gep_init = internal global ptr getelementptr ([2 x [2 x float]], ptr @nested, i32 0, i32 1, i32 1)
// CHECK-NEXT: @fp128v = internal global fp128 0xL00000000000000003FFF000000000000
// CHECK-NEXT: @x80 = internal global x86_fp80 0xK3FFF8000000000000000
// CHECK-NEXT: @bf = internal global bfloat 0xR3F80

llvm.mlir.global weak_odr hidden thread_local unnamed_addr constant @a(1 : i32) {section = ".mydata", addr_space = 0 : i32} : i32
llvm.mlir.global linkonce local_unnamed_addr @b(2.5 : f32) {addr_space = 1 : i32, alignment = 16 : i64} : f32
llvm.mlir.global common @c(0 : i64) : i64
llvm.mlir.global internal constant @nested(dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>) : !llvm.array<2 x array<2 x f32>>
llvm.mlir.global internal @zero_arr(dense<0> : tensor<4xi8>) : !llvm.array<4 x i8>
llvm.mlir.global internal @sa([1 : i32, 2.0 : f64]) : !llvm.struct<(i32, f64)>
llvm.mlir.global internal @gep_init() : !llvm.ptr {
  %0 = llvm.mlir.addressof @nested : !llvm.ptr
  %1 = llvm.getelementptr %0[0, 1, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<2 x array<2 x f32>>
  llvm.return %1 : !llvm.ptr
}
llvm.mlir.global internal @fp128v(1.0 : f128) : f128
llvm.mlir.global internal @x80(1.0 : f80) : f80
llvm.mlir.global internal @bf(1.0 : bf16) : bf16

// CHECK-LABEL: define internal dso_local fastcc i32 @ff(i32 %0)
// CHECK-NEXT: ret i32 %0
llvm.func internal fastcc @ff(%a: i32) -> i32 attributes {dso_local} {
  llvm.return %a : i32
}

// CHECK-LABEL: define i32 @caller(i32 %0)
// CHECK-NEXT: %2 = call fastcc i32 @ff(i32 %0)
// CHECK-NEXT: %3 = tail call i32 @ff(i32 %2)
// CHECK-NEXT: ret i32 %3
llvm.func @caller(%a: i32) -> i32 {
  %0 = llvm.call fastcc @ff(%a) : (i32) -> i32
  %1 = llvm.call tail @ff(%0) : (i32) -> i32
  llvm.return %1 : i32
}
