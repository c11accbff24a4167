// RUN: dialectic-translate --mlir-to-llvmir %s | FileCheck %s

// Globals (strings, scalars, arrays, initializer regions, declarations), memory ops, calls and intrinsics.

// CHECK: %Pair = type { i32, ptr }
// CHECK: @str = private constant [4 x i8] c"hi\0A\00"
llvm.mlir.global private constant @str("hi\0A\00") {addr_space = 0 : i32}
// CHECK-NEXT: @counter = internal global i64 0, align 8
llvm.mlir.global internal @counter(0 : i64) {alignment = 8 : i64} : i64
// CHECK-NEXT: @table = internal constant [3 x i32] [i32 1, i32 2, i32 3]
llvm.mlir.global internal constant @table(dense<[1, 2, 3]> : tensor<3xi32>) : !llvm.array<3 x i32>
// CHECK-NEXT: @ext = external global float
llvm.mlir.global external @ext() : f32
// CHECK-NEXT: @pair = internal global %Pair { i32 7, ptr @counter }
llvm.mlir.global internal @pair() : !llvm.struct<"Pair", (i32, ptr)> {
  %0 = llvm.mlir.undef : !llvm.struct<"Pair", (i32, ptr)>
  %1 = llvm.mlir.constant(7 : i32) : i32
  %2 = llvm.insertvalue %1, %0[0] : !llvm.struct<"Pair", (i32, ptr)>
  %3 = llvm.mlir.addressof @counter : !llvm.ptr
  %4 = llvm.insertvalue %3, %2[1] : !llvm.struct<"Pair", (i32, ptr)>
  llvm.return %4 : !llvm.struct<"Pair", (i32, ptr)>
}

// CHECK: declare ptr @malloc(i64)
llvm.func @malloc(i64) -> !llvm.ptr
// CHECK: declare i32 @printf(ptr, ...)
llvm.func @printf(!llvm.ptr, ...) -> i32

// CHECK-LABEL: define double @memory_and_calls(i64 %0, double %1)
llvm.func @memory_and_calls(%n: i64, %x: f64) -> f64 {
  // CHECK-NEXT: %3 = call ptr @malloc(i64 %0)
  %p = llvm.call @malloc(%n) : (i64) -> !llvm.ptr
  // CHECK-NEXT: %4 = getelementptr inbounds nuw double, ptr %3, i64 %0
  %q = llvm.getelementptr inbounds|nuw %p[%n] : (!llvm.ptr, i64) -> !llvm.ptr, f64
  // CHECK-NEXT: store double %1, ptr %4, align 8
  llvm.store %x, %q {alignment = 8 : i64} : f64, !llvm.ptr
  // CHECK-NEXT: %5 = getelementptr %Pair, ptr @pair, i32 0, i32 1
  %pair = llvm.mlir.addressof @pair : !llvm.ptr
  %f = llvm.getelementptr %pair[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"Pair", (i32, ptr)>
  // CHECK-NEXT: %6 = load volatile double, ptr %4
  %v = llvm.load volatile %q : !llvm.ptr -> f64
  // CHECK-NEXT: %7 = call i32 (ptr, ...) @printf(ptr @str, double %6)
  %s = llvm.mlir.addressof @str : !llvm.ptr
  %r = llvm.call @printf(%s, %v) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, f64) -> i32
  // CHECK-NEXT: %8 = call double @llvm.fma.f64(double %6, double %1, double %1)
  %m = llvm.intr.fma(%v, %x, %x) : (f64, f64, f64) -> f64
  // CHECK-NEXT: %9 = call double @llvm.powi.f64.i32(double %8, i32 %7)
  %w = llvm.intr.powi(%m, %r) : (f64, i32) -> f64
  // CHECK-NEXT: call void @llvm.memset.p0.i64(ptr %3, i8 0, i64 %0, i1 false)
  %z = llvm.mlir.constant(0 : i8) : i8
  "llvm.intr.memset"(%p, %z, %n) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
  // CHECK-NEXT: ret double %9
  llvm.return %w : f64
}

// CHECK: declare double @llvm.fma.f64(double, double, double)
// CHECK: declare double @llvm.powi.f64.i32(double, i32)
// CHECK: declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
// CHECK: !llvm.module.flags = !{!0}
