// RUN: dialectic-opt %s | FileCheck %s
// RUN: dialectic-opt %s | dialectic-opt | FileCheck %s
// RUN: dialectic-opt --mlir-print-op-generic %s | dialectic-opt | FileCheck %s
// RUN: dialectic-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// Round trip of the stack, overflow-arithmetic, trigonometric/hyperbolic and fpclass intrinsics. The CHECK lines
// are mlir-opt-22's output for the same input (custom form, and generic form for GENERIC,
// where value numbers run across the module).

// CHECK-LABEL: llvm.func @stack_save_restore() -> !llvm.ptr {
// CHECK-NEXT:    %0 = llvm.intr.stacksave : !llvm.ptr
// CHECK-NEXT:    llvm.intr.stackrestore %0 : !llvm.ptr
// CHECK-NEXT:    %1 = llvm.intr.stacksave : !llvm.ptr<1>
// CHECK-NEXT:    llvm.intr.stackrestore %1 : !llvm.ptr<1>
// CHECK-NEXT:    llvm.return %0 : !llvm.ptr
// GENERIC-LABEL: sym_name = "stack_save_restore"
// GENERIC:       %[[SP:.+]] = "llvm.intr.stacksave"() : () -> !llvm.ptr
// GENERIC-NEXT:  "llvm.intr.stackrestore"(%[[SP]]) : (!llvm.ptr) -> ()
llvm.func @stack_save_restore() -> !llvm.ptr {
  %0 = llvm.intr.stacksave : !llvm.ptr
  llvm.intr.stackrestore %0 : !llvm.ptr
  %1 = llvm.intr.stacksave : !llvm.ptr<1>
  llvm.intr.stackrestore %1 : !llvm.ptr<1>
  llvm.return %0 : !llvm.ptr
}

// CHECK-LABEL: llvm.func @with_overflow(%arg0: i32, %arg1: i32, %arg2: vector<2xi64>) {
// CHECK-NEXT:    %0 = "llvm.intr.uadd.with.overflow"(%arg0, %arg1) : (i32, i32) -> !llvm.struct<(i32, i1)>
// CHECK-NEXT:    %1 = "llvm.intr.sadd.with.overflow"(%arg0, %arg1) : (i32, i32) -> !llvm.struct<(i32, i1)>
// CHECK-NEXT:    %2 = "llvm.intr.usub.with.overflow"(%arg0, %arg1) : (i32, i32) -> !llvm.struct<(i32, i1)>
// CHECK-NEXT:    %3 = "llvm.intr.ssub.with.overflow"(%arg0, %arg1) : (i32, i32) -> !llvm.struct<(i32, i1)>
// CHECK-NEXT:    %4 = "llvm.intr.umul.with.overflow"(%arg2, %arg2) : (vector<2xi64>, vector<2xi64>) -> !llvm.struct<(vector<2xi64>, vector<2xi1>)>
// CHECK-NEXT:    %5 = "llvm.intr.smul.with.overflow"(%arg0, %arg1) : (i32, i32) -> !llvm.struct<(i32, i1)>
// CHECK-NEXT:    llvm.return
llvm.func @with_overflow(%a: i32, %b: i32, %w: vector<2xi64>) {
  %0 = "llvm.intr.uadd.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %1 = "llvm.intr.sadd.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %2 = "llvm.intr.usub.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %3 = "llvm.intr.ssub.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %4 = "llvm.intr.umul.with.overflow"(%w, %w) : (vector<2xi64>, vector<2xi64>) -> !llvm.struct<(vector<2xi64>, vector<2xi1>)>
  %5 = "llvm.intr.smul.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>
  llvm.return
}

// CHECK-LABEL: llvm.func @trig(%arg0: f32, %arg1: f64, %arg2: vector<4xf32>) {
// CHECK-NEXT:    %0 = llvm.intr.tan(%arg0) : (f32) -> f32
// CHECK-NEXT:    %1 = llvm.intr.tanh(%arg0) {fastmathFlags = #llvm.fastmath<fast>} : (f32) -> f32
// CHECK-NEXT:    %2 = llvm.intr.sinh(%arg1) : (f64) -> f64
// CHECK-NEXT:    %3 = llvm.intr.cosh(%arg1) : (f64) -> f64
// CHECK-NEXT:    %4 = llvm.intr.asin(%arg2) : (vector<4xf32>) -> vector<4xf32>
// CHECK-NEXT:    %5 = llvm.intr.acos(%arg0) : (f32) -> f32
// CHECK-NEXT:    %6 = llvm.intr.atan(%arg0) {fastmathFlags = #llvm.fastmath<nnan, ninf>} : (f32) -> f32
// CHECK-NEXT:    %7 = llvm.intr.atan2(%arg1, %arg1) : (f64, f64) -> f64
// CHECK-NEXT:    %8 = llvm.intr.atan2(%arg2, %arg2) {fastmathFlags = #llvm.fastmath<afn>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
// CHECK-NEXT:    llvm.return
// GENERIC-LABEL: sym_name = "trig"
// GENERIC:       ^bb0(%[[X:.+]]: f32, %[[Y:.+]]: f64, %{{.+}}: vector<4xf32>):
// GENERIC-NEXT:  = "llvm.intr.tan"(%[[X]]) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
// GENERIC-NEXT:  = "llvm.intr.tanh"(%[[X]]) <{fastmathFlags = #llvm.fastmath<fast>}> : (f32) -> f32
// GENERIC:       = "llvm.intr.atan2"(%[[Y]], %[[Y]]) <{fastmathFlags = #llvm.fastmath<none>}> : (f64, f64) -> f64
llvm.func @trig(%x: f32, %y: f64, %v: vector<4xf32>) {
  %0 = llvm.intr.tan(%x) : (f32) -> f32
  %1 = llvm.intr.tanh(%x) {fastmathFlags = #llvm.fastmath<fast>} : (f32) -> f32
  %2 = llvm.intr.sinh(%y) : (f64) -> f64
  %3 = llvm.intr.cosh(%y) : (f64) -> f64
  %4 = llvm.intr.asin(%v) : (vector<4xf32>) -> vector<4xf32>
  %5 = llvm.intr.acos(%x) : (f32) -> f32
  %6 = llvm.intr.atan(%x) {fastmathFlags = #llvm.fastmath<nnan, ninf>} : (f32) -> f32
  %7 = llvm.intr.atan2(%y, %y) : (f64, f64) -> f64
  %8 = "llvm.intr.atan2"(%v, %v) <{fastmathFlags = #llvm.fastmath<afn>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
  llvm.return
}

// CHECK-LABEL: llvm.func @is_fpclass(%arg0: f32, %arg1: vector<4xf64>) {
// CHECK-NEXT:    %0 = "llvm.intr.is.fpclass"(%arg0) <{bit = 3 : i32}> : (f32) -> i1
// CHECK-NEXT:    %1 = "llvm.intr.is.fpclass"(%arg1) <{bit = 1023 : i32}> : (vector<4xf64>) -> vector<4xi1>
// CHECK-NEXT:    llvm.return
llvm.func @is_fpclass(%x: f32, %v: vector<4xf64>) {
  %0 = "llvm.intr.is.fpclass"(%x) <{bit = 3 : i32}> : (f32) -> i1
  %1 = "llvm.intr.is.fpclass"(%v) <{bit = 1023 : i32}> : (vector<4xf64>) -> vector<4xi1>
  llvm.return
}
