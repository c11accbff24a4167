// RUN: dialectic-translate --mlir-to-llvmir %s | FileCheck %s

// Stack, overflow-arithmetic, trigonometric/hyperbolic and fpclass intrinsics: each op is a call of the
// intrinsic mangled as `mlir-translate-22 --mlir-to-llvmir` mangles it, and one declare per intrinsic follows the
// definitions in first-use order (mlir-translate's declares also carry attribute groups, which we do not write).

// CHECK-LABEL: define ptr @stack_save_restore()
// CHECK-NEXT:    %1 = call ptr @llvm.stacksave.p0()
// CHECK-NEXT:    call void @llvm.stackrestore.p0(ptr %1)
// CHECK-NEXT:    %2 = call ptr addrspace(1) @llvm.stacksave.p1()
// CHECK-NEXT:    call void @llvm.stackrestore.p1(ptr addrspace(1) %2)
// CHECK-NEXT:    ret ptr %1
llvm.func @stack_save_restore() -> !llvm.ptr {
  %0 = llvm.intr.stacksave : !llvm.ptr
  llvm.intr.stackrestore %0 : !llvm.ptr
  %1 = llvm.intr.stacksave : !llvm.ptr<1>
  llvm.intr.stackrestore %1 : !llvm.ptr<1>
  llvm.return %0 : !llvm.ptr
}

// CHECK-LABEL: define i1 @with_overflow(i32 %0, i32 %1, <2 x i64> %2)
// CHECK-NEXT:    %4 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %0, i32 %1)
// CHECK-NEXT:    %5 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %0, i32 %1)
// CHECK-NEXT:    %6 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %0, i32 %1)
// CHECK-NEXT:    %7 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %0, i32 %1)
// CHECK-NEXT:    %8 = call { <2 x i64>, <2 x i1> } @llvm.umul.with.overflow.v2i64(<2 x i64> %2, <2 x i64> %2)
// CHECK-NEXT:    %9 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %0, i32 %1)
// CHECK-NEXT:    %10 = extractvalue { i32, i1 } %4, 1
// CHECK-NEXT:    ret i1 %10
llvm.func @with_overflow(%a: i32, %b: i32, %w: vector<2xi64>) -> i1 {
  %0 = "llvm.intr.uadd.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %1 = "llvm.intr.sadd.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %2 = "llvm.intr.usub.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %3 = "llvm.intr.ssub.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %4 = "llvm.intr.umul.with.overflow"(%w, %w) : (vector<2xi64>, vector<2xi64>) -> !llvm.struct<(vector<2xi64>, vector<2xi1>)>
  %5 = "llvm.intr.smul.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %6 = llvm.extractvalue %0[1] : !llvm.struct<(i32, i1)>
  llvm.return %6 : i1
}

// CHECK-LABEL: define void @trig(float %0, double %1, <4 x float> %2)
// CHECK-NEXT:    %4 = call float @llvm.tan.f32(float %0)
// CHECK-NEXT:    %5 = call fast float @llvm.tanh.f32(float %0)
// CHECK-NEXT:    %6 = call double @llvm.sinh.f64(double %1)
// CHECK-NEXT:    %7 = call double @llvm.cosh.f64(double %1)
// CHECK-NEXT:    %8 = call <4 x float> @llvm.asin.v4f32(<4 x float> %2)
// CHECK-NEXT:    %9 = call float @llvm.acos.f32(float %0)
// CHECK-NEXT:    %10 = call nnan ninf float @llvm.atan.f32(float %0)
// CHECK-NEXT:    %11 = call double @llvm.atan2.f64(double %1, double %1)
// CHECK-NEXT:    %12 = call afn <4 x float> @llvm.atan2.v4f32(<4 x float> %2, <4 x float> %2)
// CHECK-NEXT:    ret void
llvm.func @trig(%x: f32, %y: f64, %v: vector<4xf32>) {
  %0 = llvm.intr.tan(%x) : (f32) -> f32
  %1 = llvm.intr.tanh(%x) {fastmathFlags = #llvm.fastmath<fast>} : (f32) -> f32
  %2 = llvm.intr.sinh(%y) : (f64) -> f64
  %3 = llvm.intr.cosh(%y) : (f64) -> f64
  %4 = llvm.intr.asin(%v) : (vector<4xf32>) -> vector<4xf32>
  %5 = llvm.intr.acos(%x) : (f32) -> f32
  %6 = llvm.intr.atan(%x) {fastmathFlags = #llvm.fastmath<nnan, ninf>} : (f32) -> f32
  %7 = llvm.intr.atan2(%y, %y) : (f64, f64) -> f64
  %8 = llvm.intr.atan2(%v, %v) {fastmathFlags = #llvm.fastmath<afn>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
  llvm.return
}

// CHECK-LABEL: define void @is_fpclass(float %0, <4 x double> %1)
// CHECK-NEXT:    %3 = call i1 @llvm.is.fpclass.f32(float %0, i32 3)
// CHECK-NEXT:    %4 = call <4 x i1> @llvm.is.fpclass.v4f64(<4 x double> %1, i32 1023)
// CHECK-NEXT:    ret void
llvm.func @is_fpclass(%x: f32, %v: vector<4xf64>) {
  %0 = "llvm.intr.is.fpclass"(%x) <{bit = 3 : i32}> : (f32) -> i1
  %1 = "llvm.intr.is.fpclass"(%v) <{bit = 1023 : i32}> : (vector<4xf64>) -> vector<4xi1>
  llvm.return
}

// CHECK: declare ptr @llvm.stacksave.p0()
// CHECK: declare void @llvm.stackrestore.p0(ptr)
// CHECK: declare ptr addrspace(1) @llvm.stacksave.p1()
// CHECK: declare void @llvm.stackrestore.p1(ptr addrspace(1))
// CHECK: declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
// CHECK: declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
// CHECK: declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32)
// CHECK: declare { i32, i1 } @llvm.ssub.with.overflow.i32(i32, i32)
// CHECK: declare { <2 x i64>, <2 x i1> } @llvm.umul.with.overflow.v2i64(<2 x i64>, <2 x i64>)
// CHECK: declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32)
// CHECK: declare float @llvm.tan.f32(float)
// CHECK: declare float @llvm.tanh.f32(float)
// CHECK: declare double @llvm.sinh.f64(double)
// CHECK: declare double @llvm.cosh.f64(double)
// CHECK: declare <4 x float> @llvm.asin.v4f32(<4 x float>)
// CHECK: declare float @llvm.acos.f32(float)
// CHECK: declare float @llvm.atan.f32(float)
// CHECK: declare double @llvm.atan2.f64(double, double)
// CHECK: declare <4 x float> @llvm.atan2.v4f32(<4 x float>, <4 x float>)
// CHECK: declare i1 @llvm.is.fpclass.f32(float, i32)
// CHECK: declare <4 x i1> @llvm.is.fpclass.v4f64(<4 x double>, i32)
