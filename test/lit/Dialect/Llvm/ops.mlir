// RUN: dialectic-opt %s | FileCheck %s
// RUN: dialectic-opt %s | dialectic-opt | FileCheck %s
// RUN: dialectic-opt --mlir-print-op-generic %s | dialectic-opt | FileCheck %s

// Round trip of the llvm ops and their syntax variants (overflow/exact/disjoint/nneg flags, fastmath, volatile,
// alignment, GEP indices and flags, direct/indirect/variadic calls, branches, switch, globals, intrinsics).
// The CHECK lines are mlir-opt-22's output.

// CHECK-LABEL: llvm.func @ops(%arg0: i32, %arg1: i32, %arg2: f32, %arg3: f32, %arg4: !llvm.ptr, %arg5: vector<4xf32>, %arg6: i1, %arg7: i64) -> i32 {
// CHECK-NEXT:   %0 = llvm.add %arg0, %arg1 : i32
// CHECK-NEXT:   %1 = llvm.sub %arg0, %arg1 overflow<nuw> : i32
// CHECK-NEXT:   %2 = llvm.mul %arg0, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT:   %3 = llvm.udiv %arg0, %arg1 : i32
// CHECK-NEXT:   %4 = llvm.sdiv exact %arg0, %arg1 : i32
// CHECK-NEXT:   %5 = llvm.urem %arg0, %arg1 : i32
// CHECK-NEXT:   %6 = llvm.srem %arg0, %arg1 : i32
// CHECK-NEXT:   %7 = llvm.and %arg0, %arg1 : i32
// CHECK-NEXT:   %8 = llvm.or disjoint %arg0, %arg1 : i32
// CHECK-NEXT:   %9 = llvm.xor %arg0, %arg1 : i32
// CHECK-NEXT:   %10 = llvm.shl %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT:   %11 = llvm.lshr exact %arg0, %arg1 : i32
// CHECK-NEXT:   %12 = llvm.ashr %arg0, %arg1 : i32
// CHECK-NEXT:   %13 = llvm.fadd %arg2, %arg3 : f32
// CHECK-NEXT:   %14 = llvm.fsub %arg2, %arg3 {fastmathFlags = #llvm.fastmath<nnan, ninf>} : f32
// CHECK-NEXT:   %15 = llvm.fmul %arg2, %arg3 : f32
// CHECK-NEXT:   %16 = llvm.fdiv %arg2, %arg3 : f32
// CHECK-NEXT:   %17 = llvm.frem %arg2, %arg3 : f32
// CHECK-NEXT:   %18 = llvm.fneg %arg2 : f32
// CHECK-NEXT:   %19 = llvm.icmp "eq" %arg0, %arg1 : i32
// CHECK-NEXT:   %20 = llvm.fcmp "oeq" %arg2, %arg3 : f32
// CHECK-NEXT:   %21 = llvm.select %arg6, %arg0, %arg1 : i1, i32
// CHECK-NEXT:   %22 = llvm.bitcast %arg0 : i32 to f32
// CHECK-NEXT:   %23 = llvm.zext %arg0 : i32 to i64
// CHECK-NEXT:   %24 = llvm.sext %arg0 : i32 to i64
// CHECK-NEXT:   %25 = llvm.trunc %arg7 : i64 to i32
// CHECK-NEXT:   %26 = llvm.sitofp %arg0 : i32 to f32
// CHECK-NEXT:   %27 = llvm.uitofp %arg0 : i32 to f32
// CHECK-NEXT:   %28 = llvm.fptosi %arg2 : f32 to i32
// CHECK-NEXT:   %29 = llvm.fptoui %arg2 : f32 to i32
// CHECK-NEXT:   %30 = llvm.fpext %arg2 : f32 to f64
// CHECK-NEXT:   %31 = llvm.fptrunc %30 : f64 to f32
// CHECK-NEXT:   %32 = llvm.ptrtoint %arg4 : !llvm.ptr to i64
// CHECK-NEXT:   %33 = llvm.inttoptr %arg7 : i64 to !llvm.ptr
// CHECK-NEXT:   %34 = llvm.addrspacecast %arg4 : !llvm.ptr to !llvm.ptr<1>
// CHECK-NEXT:   %35 = llvm.zext nneg %arg0 : i32 to i64
// CHECK-NEXT:   %36 = llvm.trunc %arg7 overflow<nsw> : i64 to i32
// CHECK-NEXT:   %37 = llvm.alloca %arg7 x i32 {alignment = 4 : i64} : (i64) -> !llvm.ptr
// CHECK-NEXT:   %38 = llvm.load %arg4 {alignment = 4 : i64} : !llvm.ptr -> i32
// CHECK-NEXT:   llvm.store %arg0, %arg4 {alignment = 4 : i64} : i32, !llvm.ptr
// CHECK-NEXT:   %39 = llvm.load volatile %arg4 : !llvm.ptr -> f32
// CHECK-NEXT:   llvm.store volatile %arg2, %arg4 : f32, !llvm.ptr
// CHECK-NEXT:   %40 = llvm.getelementptr %arg4[%arg7, 1, 2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, array<4 x f32>)>
// CHECK-NEXT:   %41 = llvm.getelementptr inbounds %arg4[%arg7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK-NEXT:   %42 = llvm.mlir.undef : !llvm.struct<(i32, f32)>
// CHECK-NEXT:   %43 = llvm.insertvalue %arg0, %42[0] : !llvm.struct<(i32, f32)>
// CHECK-NEXT:   %44 = llvm.extractvalue %43[1] : !llvm.struct<(i32, f32)>
// CHECK-NEXT:   %45 = llvm.insertelement %arg2, %arg5[%arg0 : i32] : vector<4xf32>
// CHECK-NEXT:   %46 = llvm.extractelement %arg5[%arg0 : i32] : vector<4xf32>
// CHECK-NEXT:   %47 = llvm.mlir.constant(42 : i32) : i32
// CHECK-NEXT:   %48 = llvm.mlir.constant(dense<1.000000e+00> : vector<4xf32>) : vector<4xf32>
// CHECK-NEXT:   %49 = llvm.mlir.poison : i32
// CHECK-NEXT:   %50 = llvm.mlir.zero : !llvm.ptr
// CHECK-NEXT:   %51 = llvm.mlir.addressof @g : !llvm.ptr
// CHECK-NEXT:   %52 = llvm.call @ext(%arg0) : (i32) -> i32
// CHECK-NEXT:   %53 = llvm.call %arg4(%arg0) : !llvm.ptr, (i32) -> i32
// CHECK-NEXT:   llvm.call @vf(%arg0, %arg2) vararg(!llvm.func<void (i32, ...)>) : (i32, f32) -> ()
// CHECK-NEXT:   %54 = llvm.mlir.constant(1.500000e+00 : f32) : f32
// CHECK-NEXT:   %55 = llvm.mlir.constant(true) : i1
// CHECK-NEXT:   llvm.cond_br %arg6, ^bb1(%arg0 : i32), ^bb2
// CHECK-NEXT: ^bb1(%56: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:   llvm.switch %arg0 : i32, ^bb2 [
// CHECK-NEXT:     1: ^bb1(%arg1 : i32),
// CHECK-NEXT:     2: ^bb2
// CHECK-NEXT:   ]
// CHECK-NEXT: ^bb2:  // 3 preds: ^bb0, ^bb1, ^bb1
// CHECK-NEXT:   llvm.br ^bb3
// CHECK-NEXT: ^bb3:  // pred: ^bb2
// CHECK-NEXT:   llvm.return %arg0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: llvm.func @ext(i32) -> i32
// CHECK-LABEL: llvm.func @vf(i32, ...)
// CHECK-LABEL: llvm.mlir.global internal @g(0 : i32) {addr_space = 0 : i32} : i32
// CHECK-LABEL: llvm.mlir.global external constant @s("abc\00") {addr_space = 0 : i32}
// CHECK-LABEL: llvm.mlir.global private @r() {addr_space = 0 : i32} : !llvm.ptr {
// CHECK-NEXT:   %0 = llvm.mlir.addressof @g : !llvm.ptr
// CHECK-NEXT:   llvm.return %0 : !llvm.ptr
// CHECK-NEXT: }
// CHECK-LABEL: llvm.func internal @priv() attributes {llvm.emit_c_interface} {
// CHECK-NEXT:   llvm.unreachable
// CHECK-NEXT: }
// CHECK-LABEL: llvm.func @intr(%arg0: f32, %arg1: i32, %arg2: !llvm.ptr, %arg3: i64, %arg4: i8) {
// CHECK-NEXT:   %0 = llvm.intr.fma(%arg0, %arg0, %arg0) : (f32, f32, f32) -> f32
// CHECK-NEXT:   %1 = llvm.intr.fmuladd(%arg0, %arg0, %arg0) : (f32, f32, f32) -> f32
// CHECK-NEXT:   %2 = llvm.intr.fabs(%arg0) : (f32) -> f32
// CHECK-NEXT:   %3 = llvm.intr.sin(%arg0) : (f32) -> f32
// CHECK-NEXT:   %4 = llvm.intr.pow(%arg0, %arg0) : (f32, f32) -> f32
// CHECK-NEXT:   %5 = llvm.intr.copysign(%arg0, %arg0) : (f32, f32) -> f32
// CHECK-NEXT:   %6 = llvm.intr.minnum(%arg0, %arg0) : (f32, f32) -> f32
// CHECK-NEXT:   %7 = llvm.intr.maximum(%arg0, %arg0) : (f32, f32) -> f32
// CHECK-NEXT:   %8 = llvm.intr.smax(%arg1, %arg1) : (i32, i32) -> i32
// CHECK-NEXT:   %9 = "llvm.intr.abs"(%arg1) <{is_int_min_poison = false}> : (i32) -> i32
// CHECK-NEXT:   %10 = "llvm.intr.ctlz"(%arg1) <{is_zero_poison = false}> : (i32) -> i32
// CHECK-NEXT:   %11 = llvm.intr.ctpop(%arg1) : (i32) -> i32
// CHECK-NEXT:   "llvm.intr.memcpy"(%arg2, %arg2, %arg3) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
// CHECK-NEXT:   "llvm.intr.memset"(%arg2, %arg4, %arg3) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
// CHECK-NEXT:   %12 = llvm.intr.roundeven(%arg0) : (f32) -> f32
// CHECK-NEXT:   %13 = llvm.intr.exp2(%arg0) {fastmathFlags = #llvm.fastmath<fast>} : (f32) -> f32
// CHECK-NEXT:   llvm.return
// CHECK-NEXT: }

llvm.func @ops(%a: i32, %b: i32, %x: f32, %y: f32, %p: !llvm.ptr, %v: vector<4xf32>, %c: i1, %i: i64) -> i32 {
  %0 = llvm.add %a, %b : i32
  %1 = llvm.sub %a, %b overflow<nuw> : i32
  %2 = llvm.mul %a, %b overflow<nsw, nuw> : i32
  %3 = llvm.udiv %a, %b : i32
  %4 = llvm.sdiv exact %a, %b : i32
  %5 = llvm.urem %a, %b : i32
  %6 = llvm.srem %a, %b : i32
  %7 = llvm.and %a, %b : i32
  %8 = llvm.or disjoint %a, %b : i32
  %9 = llvm.xor %a, %b : i32
  %10 = llvm.shl %a, %b overflow<nsw> : i32
  %11 = llvm.lshr exact %a, %b : i32
  %12 = llvm.ashr %a, %b : i32
  %13 = llvm.fadd %x, %y : f32
  %14 = llvm.fsub %x, %y {fastmathFlags = #llvm.fastmath<nnan, ninf>} : f32
  %15 = llvm.fmul %x, %y : f32
  %16 = llvm.fdiv %x, %y : f32
  %17 = llvm.frem %x, %y : f32
  %18 = llvm.fneg %x : f32
  %19 = llvm.icmp "eq" %a, %b : i32
  %20 = llvm.fcmp "oeq" %x, %y : f32
  %21 = llvm.select %c, %a, %b : i1, i32
  %22 = llvm.bitcast %a : i32 to f32
  %23 = llvm.zext %a : i32 to i64
  %24 = llvm.sext %a : i32 to i64
  %25 = llvm.trunc %i : i64 to i32
  %26 = llvm.sitofp %a : i32 to f32
  %27 = llvm.uitofp %a : i32 to f32
  %28 = llvm.fptosi %x : f32 to i32
  %29 = llvm.fptoui %x : f32 to i32
  %30 = llvm.fpext %x : f32 to f64
  %31 = llvm.fptrunc %30 : f64 to f32
  %32 = llvm.ptrtoint %p : !llvm.ptr to i64
  %33 = llvm.inttoptr %i : i64 to !llvm.ptr
  %34 = llvm.addrspacecast %p : !llvm.ptr to !llvm.ptr<1>
  %35 = llvm.zext nneg %a : i32 to i64
  %36 = llvm.trunc %i overflow<nsw> : i64 to i32
  %37 = llvm.alloca %i x i32 {alignment = 4 : i64} : (i64) -> !llvm.ptr
  %38 = llvm.load %p {alignment = 4 : i64} : !llvm.ptr -> i32
  llvm.store %a, %p {alignment = 4 : i64} : i32, !llvm.ptr
  %39 = llvm.load volatile %p : !llvm.ptr -> f32
  llvm.store volatile %x, %p : f32, !llvm.ptr
  %40 = llvm.getelementptr %p[%i, 1, 2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, array<4 x f32>)>
  %41 = llvm.getelementptr inbounds %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  %42 = llvm.mlir.undef : !llvm.struct<(i32, f32)>
  %43 = llvm.insertvalue %a, %42[0] : !llvm.struct<(i32, f32)>
  %44 = llvm.extractvalue %43[1] : !llvm.struct<(i32, f32)>
  %45 = llvm.insertelement %x, %v[%a : i32] : vector<4xf32>
  %46 = llvm.extractelement %v[%a : i32] : vector<4xf32>
  %47 = llvm.mlir.constant(42 : i32) : i32
  %48 = llvm.mlir.constant(dense<1.0> : vector<4xf32>) : vector<4xf32>
  %49 = llvm.mlir.poison : i32
  %50 = llvm.mlir.zero : !llvm.ptr
  %51 = llvm.mlir.addressof @g : !llvm.ptr
  %52 = llvm.call @ext(%a) : (i32) -> i32
  %53 = llvm.call %p(%a) : !llvm.ptr, (i32) -> i32
  llvm.call @vf(%a, %x) vararg(!llvm.func<void (i32, ...)>) : (i32, f32) -> ()
  %55 = llvm.mlir.constant(1.5 : f32) : f32
  %56 = llvm.mlir.constant(true) : i1
  llvm.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%z: i32):
  llvm.switch %a : i32, ^bb2 [
    1: ^bb1(%b : i32),
    2: ^bb2
  ]
^bb2:
  llvm.br ^bb3
^bb3:
  llvm.return %a : i32
}
llvm.func @ext(i32) -> i32
llvm.func @vf(i32, ...)
llvm.mlir.global internal @g(0 : i32) : i32
llvm.mlir.global external constant @s("abc\00") {addr_space = 0 : i32}
llvm.mlir.global private @r() : !llvm.ptr {
  %0 = llvm.mlir.addressof @g : !llvm.ptr
  llvm.return %0 : !llvm.ptr
}
llvm.func internal @priv() attributes {llvm.emit_c_interface} {
  llvm.unreachable
}
llvm.func @intr(%x: f32, %a: i32, %p: !llvm.ptr, %n: i64, %b: i8) {
  %0 = llvm.intr.fma(%x, %x, %x) : (f32, f32, f32) -> f32
  %1 = llvm.intr.fmuladd(%x, %x, %x) : (f32, f32, f32) -> f32
  %2 = llvm.intr.fabs(%x) : (f32) -> f32
  %3 = llvm.intr.sin(%x) : (f32) -> f32
  %4 = llvm.intr.pow(%x, %x) : (f32, f32) -> f32
  %5 = llvm.intr.copysign(%x, %x) : (f32, f32) -> f32
  %6 = llvm.intr.minnum(%x, %x) : (f32, f32) -> f32
  %7 = llvm.intr.maximum(%x, %x) : (f32, f32) -> f32
  %8 = "llvm.intr.smax"(%a, %a) : (i32, i32) -> i32
  %9 = "llvm.intr.abs"(%a) <{is_int_min_poison = false}> : (i32) -> i32
  %10 = "llvm.intr.ctlz"(%a) <{is_zero_poison = false}> : (i32) -> i32
  %11 = "llvm.intr.ctpop"(%a) : (i32) -> i32
  "llvm.intr.memcpy"(%p, %p, %n) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  "llvm.intr.memset"(%p, %b, %n) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
  %12 = llvm.intr.roundeven(%x) : (f32) -> f32
  %13 = llvm.intr.exp2(%x) {fastmathFlags = #llvm.fastmath<fast>} : (f32) -> f32
  llvm.return
}
