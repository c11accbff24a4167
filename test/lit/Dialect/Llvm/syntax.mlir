// RUN: dialectic-opt %s | FileCheck %s
// RUN: dialectic-opt %s | dialectic-opt | FileCheck %s
// RUN: dialectic-opt --mlir-print-op-generic %s | dialectic-opt | FileCheck %s

// The keyword-heavy syntax: linkage, visibility, unnamed_addr and calling conventions on functions and globals,
// atomic loads/stores, GEP no-wrap flags, call modifiers, branch weights, negative switch cases. The CHECK lines
// are mlir-opt-22's output.

// CHECK-LABEL: llvm.func internal fastcc @variants(%arg0: !llvm.ptr, %arg1: !llvm.ptr<1>, %arg2: i64, %arg3: i1, %arg4: f32) -> f32 {
// CHECK-NEXT:   %0 = llvm.load %arg0 atomic acquire {alignment = 4 : i64} : !llvm.ptr -> f32
// CHECK-NEXT:   llvm.store %arg4, %arg0 atomic syncscope("agent") release {alignment = 4 : i64} : f32, !llvm.ptr
// CHECK-NEXT:   %1 = llvm.getelementptr inbounds|nuw %arg0[%arg2] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK-NEXT:   %2 = llvm.getelementptr nusw %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<packed (i8, f32)>
// CHECK-NEXT:   %3 = llvm.call fastcc @variants(%arg0, %arg1, %arg2, %arg3, %arg4) : (!llvm.ptr, !llvm.ptr<1>, i64, i1, f32) -> f32
// CHECK-NEXT:   %4 = llvm.call tail @variants(%arg0, %arg1, %arg2, %arg3, %arg4) {fastmathFlags = #llvm.fastmath<fast>} : (!llvm.ptr, !llvm.ptr<1>, i64, i1, f32) -> f32
// CHECK-NEXT:   %5 = llvm.fcmp "_false" %arg4, %arg4 : f32
// CHECK-NEXT:   %6 = llvm.fcmp "uno" %arg4, %arg4 {fastmathFlags = #llvm.fastmath<nnan>} : f32
// CHECK-NEXT:   %7 = llvm.icmp "ult" %arg0, %arg0 : !llvm.ptr
// CHECK-NEXT:   %8 = llvm.select %arg3, %arg4, %arg4 {fastmathFlags = #llvm.fastmath<nsz>} : i1, f32
// CHECK-NEXT:   %9 = llvm.mlir.constant("hello") : !llvm.array<5 x i8>
// CHECK-NEXT:   %10 = llvm.mlir.constant(-1 : i64) : i64
// CHECK-NEXT:   %11 = llvm.intr.powi(%arg4, %10) : (f32, i64) -> f32
// CHECK-NEXT:   %12 = llvm.mlir.zero : !llvm.struct<(i32, array<2 x ptr>)>
// CHECK-NEXT:   llvm.cond_br %arg3 weights([3, 5]), ^bb1, ^bb2(%arg4 : f32)
// CHECK-NEXT: ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:   llvm.switch %arg2 : i64, ^bb2(%0 : f32) [
// CHECK-NEXT:     -1: ^bb2(%arg4 : f32),
// CHECK-NEXT:     7: ^bb1
// CHECK-NEXT:   ]
// CHECK-NEXT: ^bb2(%13: f32):  // 3 preds: ^bb0, ^bb1, ^bb1
// CHECK-NEXT:   llvm.return %13 : f32
// CHECK-NEXT: }
// CHECK-LABEL: llvm.func extern_weak hidden unnamed_addr @decl(i32 {llvm.noundef}, ...) -> (i32 {llvm.zeroext})
// CHECK-LABEL: llvm.func private local_unnamed_addr @void_fn() attributes {passthrough = ["nounwind"]} {
// CHECK-NEXT:   llvm.return
// CHECK-NEXT: }
// CHECK-LABEL: llvm.mlir.global internal thread_local unnamed_addr @tl(1.500000e+00 : f32) {addr_space = 0 : i32, alignment = 8 : i64, dso_local} : f32
// CHECK-LABEL: llvm.mlir.global linkonce_odr @zeros() {addr_space = 1 : i32} : !llvm.array<4 x i32> {
// CHECK-NEXT:   %0 = llvm.mlir.zero : !llvm.array<4 x i32>
// CHECK-NEXT:   llvm.return %0 : !llvm.array<4 x i32>
// CHECK-NEXT: }
// CHECK-LABEL: llvm.mlir.global external @ext_global() {addr_space = 0 : i32} : i64

llvm.func internal fastcc @variants(%p: !llvm.ptr, %q: !llvm.ptr<1>, %i: i64, %c: i1, %x: f32) -> f32 {
  %0 = llvm.load %p atomic acquire {alignment = 4 : i64} : !llvm.ptr -> f32
  llvm.store %x, %p atomic syncscope("agent") release {alignment = 4 : i64} : f32, !llvm.ptr
  %1 = llvm.getelementptr inbounds|nuw %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  %2 = llvm.getelementptr nusw %p[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<packed (i8, f32)>
  %3 = llvm.call fastcc @variants(%p, %q, %i, %c, %x) : (!llvm.ptr, !llvm.ptr<1>, i64, i1, f32) -> f32
  %4 = llvm.call tail @variants(%p, %q, %i, %c, %x) {fastmathFlags = #llvm.fastmath<fast>} : (!llvm.ptr, !llvm.ptr<1>, i64, i1, f32) -> f32
  %5 = llvm.fcmp "_false" %x, %x : f32
  %6 = llvm.fcmp "uno" %x, %x {fastmathFlags = #llvm.fastmath<nnan>} : f32
  %7 = llvm.icmp "ult" %p, %p : !llvm.ptr
  %8 = llvm.select %c, %x, %x {fastmathFlags = #llvm.fastmath<nsz>} : i1, f32
  %9 = llvm.mlir.constant("hello") : !llvm.array<5 x i8>
  %10 = llvm.mlir.constant(-1 : i64) : i64
  %11 = llvm.intr.powi(%x, %10) : (f32, i64) -> f32
  %12 = llvm.mlir.zero : !llvm.struct<(i32, array<2 x ptr>)>
  llvm.cond_br %c weights([3, 5]), ^bb1, ^bb2(%x : f32)
^bb1:
  llvm.switch %i : i64, ^bb2(%0 : f32) [
    -1: ^bb2(%x : f32),
    7: ^bb1
  ]
^bb2(%r: f32):
  llvm.return %r : f32
}
llvm.func extern_weak hidden unnamed_addr @decl(i32 {llvm.noundef}, ...) -> (i32 {llvm.zeroext})
llvm.func private local_unnamed_addr @void_fn() attributes {passthrough = ["nounwind"]} {
  llvm.return
}
llvm.mlir.global internal thread_local unnamed_addr @tl(1.5 : f32) {alignment = 8 : i64, dso_local} : f32
llvm.mlir.global linkonce_odr @zeros() {addr_space = 1 : i32} : !llvm.array<4 x i32> {
  %0 = llvm.mlir.zero : !llvm.array<4 x i32>
  llvm.return %0 : !llvm.array<4 x i32>
}
llvm.mlir.global external @ext_global() : i64
