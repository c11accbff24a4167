// RUN: dialectic-opt %s | FileCheck %s
// RUN: dialectic-opt %s | dialectic-opt | FileCheck %s
// RUN: dialectic-opt --mlir-print-op-generic %s | dialectic-opt | FileCheck %s

// The output of mlir-opt-22's lowering to llvm (scf-to-cf, math, finalize-memref, arith, cf and func to llvm) of a
// func/arith/math/scf/memref/cf program: memref descriptors, GEPs with no-wrap flags, malloc/free calls, a
// C-interface wrapper and a constant global. The input is that output, and the CHECK lines are mlir-opt-22
// printing it again.

// CHECK-LABEL: llvm.func @free(!llvm.ptr)
// CHECK-LABEL: llvm.func @malloc(i64) -> !llvm.ptr
// CHECK-LABEL: llvm.func @f(%arg0: i32, %arg1: i32, %arg2: f32, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64) -> f32 {
// CHECK-NEXT:   %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %1 = llvm.insertvalue %arg3, %0[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %2 = llvm.insertvalue %arg4, %1[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %3 = llvm.insertvalue %arg5, %2[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %4 = llvm.insertvalue %arg6, %3[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %5 = llvm.insertvalue %arg8, %4[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %6 = llvm.insertvalue %arg7, %5[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %7 = llvm.insertvalue %arg9, %6[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %8 = llvm.mlir.constant(1 : index) : i64
// CHECK-NEXT:   %9 = llvm.mlir.constant(4 : index) : i64
// CHECK-NEXT:   %10 = llvm.mlir.constant(0 : index) : i64
// CHECK-NEXT:   %11 = llvm.add %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT:   %12 = llvm.mul %11, %arg1 : i32
// CHECK-NEXT:   %13 = llvm.icmp "slt" %11, %12 : i32
// CHECK-NEXT:   %14 = llvm.select %13, %arg0, %arg1 : i1, i32
// CHECK-NEXT:   %15 = llvm.sitofp %14 : i32 to f32
// CHECK-NEXT:   %16 = llvm.fadd %15, %arg2 {fastmathFlags = #llvm.fastmath<fast>} : f32
// CHECK-NEXT:   %17 = llvm.intr.sqrt(%16) : (f32) -> f32
// CHECK-NEXT:   %18 = llvm.extractvalue %7[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %19 = llvm.extractvalue %7[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %20 = llvm.mul %arg10, %19 overflow<nsw, nuw> : i64
// CHECK-NEXT:   %21 = llvm.add %20, %arg10 overflow<nsw, nuw> : i64
// CHECK-NEXT:   %22 = llvm.getelementptr inbounds|nuw %18[%21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK-NEXT:   %23 = llvm.load %22 : !llvm.ptr -> f32
// CHECK-NEXT:   %24 = llvm.extractvalue %7[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %25 = llvm.extractvalue %7[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %26 = llvm.mul %arg10, %25 overflow<nsw, nuw> : i64
// CHECK-NEXT:   %27 = llvm.add %26, %arg10 overflow<nsw, nuw> : i64
// CHECK-NEXT:   %28 = llvm.getelementptr inbounds|nuw %24[%27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK-NEXT:   llvm.store %17, %28 : f32, !llvm.ptr
// CHECK-NEXT:   llvm.br ^bb1(%10, %23 : i64, f32)
// CHECK-NEXT: ^bb1(%29: i64, %30: f32):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT:   %31 = llvm.icmp "slt" %29, %9 : i64
// CHECK-NEXT:   llvm.cond_br %31, ^bb2, ^bb3
// CHECK-NEXT: ^bb2:  // pred: ^bb1
// CHECK-NEXT:   %32 = llvm.extractvalue %7[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %33 = llvm.extractvalue %7[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %34 = llvm.mul %29, %33 overflow<nsw, nuw> : i64
// CHECK-NEXT:   %35 = llvm.add %34, %arg10 overflow<nsw, nuw> : i64
// CHECK-NEXT:   %36 = llvm.getelementptr inbounds|nuw %32[%35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK-NEXT:   %37 = llvm.load %36 : !llvm.ptr -> f32
// CHECK-NEXT:   %38 = llvm.fadd %30, %37 : f32
// CHECK-NEXT:   %39 = llvm.add %29, %8 : i64
// CHECK-NEXT:   llvm.br ^bb1(%39, %38 : i64, f32)
// CHECK-NEXT: ^bb3:  // pred: ^bb1
// CHECK-NEXT:   %40 = llvm.mlir.constant(4 : index) : i64
// CHECK-NEXT:   %41 = llvm.mlir.constant(1 : index) : i64
// CHECK-NEXT:   %42 = llvm.mul %arg10, %40 : i64
// CHECK-NEXT:   %43 = llvm.mlir.zero : !llvm.ptr
// CHECK-NEXT:   %44 = llvm.getelementptr %43[%42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK-NEXT:   %45 = llvm.ptrtoint %44 : !llvm.ptr to i64
// CHECK-NEXT:   %46 = llvm.call @malloc(%45) : (i64) -> !llvm.ptr
// CHECK-NEXT:   %47 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %48 = llvm.insertvalue %46, %47[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %49 = llvm.insertvalue %46, %48[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %50 = llvm.mlir.constant(0 : index) : i64
// CHECK-NEXT:   %51 = llvm.insertvalue %50, %49[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %52 = llvm.insertvalue %40, %51[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %53 = llvm.insertvalue %arg10, %52[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %54 = llvm.insertvalue %arg10, %53[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %55 = llvm.insertvalue %41, %54[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   %56 = llvm.extractvalue %55[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-NEXT:   llvm.call @free(%56) : (!llvm.ptr) -> ()
// CHECK-NEXT:   %57 = llvm.fcmp "olt" %30, %arg2 : f32
// CHECK-NEXT:   llvm.cond_br %57, ^bb4, ^bb5
// CHECK-NEXT: ^bb4:  // pred: ^bb3
// CHECK-NEXT:   llvm.return %30 : f32
// CHECK-NEXT: ^bb5:  // pred: ^bb3
// CHECK-NEXT:   %58 = llvm.call @g(%arg2) : (f32) -> f32
// CHECK-NEXT:   llvm.return %58 : f32
// CHECK-NEXT: }
// CHECK-LABEL: llvm.func @g(f32) -> f32 attributes {sym_visibility = "private"}
// CHECK-LABEL: llvm.func @v(%arg0: vector<4xf32>) -> vector<4xf32> attributes {llvm.emit_c_interface} {
// CHECK-NEXT:   %0 = llvm.intr.fma(%arg0, %arg0, %arg0) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
// CHECK-NEXT:   %1 = llvm.intr.exp(%0) : (vector<4xf32>) -> vector<4xf32>
// CHECK-NEXT:   llvm.return %1 : vector<4xf32>
// CHECK-NEXT: }
// CHECK-LABEL: llvm.func @_mlir_ciface_v(%arg0: vector<4xf32>) -> vector<4xf32> attributes {llvm.emit_c_interface} {
// CHECK-NEXT:   %0 = llvm.call @v(%arg0) : (vector<4xf32>) -> vector<4xf32>
// CHECK-NEXT:   llvm.return %0 : vector<4xf32>
// CHECK-NEXT: }
// CHECK-LABEL: llvm.mlir.global private constant @gv(dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>) {addr_space = 0 : i32} : !llvm.array<2 x f32>
// CHECK-LABEL: llvm.func @gg() -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> {
// CHECK-NEXT:   %0 = llvm.mlir.constant(2 : index) : i64
// CHECK-NEXT:   %1 = llvm.mlir.constant(1 : index) : i64
// CHECK-NEXT:   %2 = llvm.mlir.zero : !llvm.ptr
// CHECK-NEXT:   %3 = llvm.getelementptr %2[%0] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK-NEXT:   %4 = llvm.ptrtoint %3 : !llvm.ptr to i64
// CHECK-NEXT:   %5 = llvm.mlir.addressof @gv : !llvm.ptr
// CHECK-NEXT:   %6 = llvm.getelementptr %5[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<2 x f32>
// CHECK-NEXT:   %7 = llvm.mlir.constant(3735928559 : index) : i64
// CHECK-NEXT:   %8 = llvm.inttoptr %7 : i64 to !llvm.ptr
// CHECK-NEXT:   %9 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK-NEXT:   %10 = llvm.insertvalue %8, %9[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK-NEXT:   %11 = llvm.insertvalue %6, %10[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK-NEXT:   %12 = llvm.mlir.constant(0 : index) : i64
// CHECK-NEXT:   %13 = llvm.insertvalue %12, %11[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK-NEXT:   %14 = llvm.insertvalue %0, %13[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK-NEXT:   %15 = llvm.insertvalue %1, %14[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK-NEXT:   llvm.return %15 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK-NEXT: }

module {
  llvm.func @free(!llvm.ptr)
  llvm.func @malloc(i64) -> !llvm.ptr
  llvm.func @f(%arg0: i32, %arg1: i32, %arg2: f32, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64) -> f32 {
    %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %1 = llvm.insertvalue %arg3, %0[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %2 = llvm.insertvalue %arg4, %1[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %3 = llvm.insertvalue %arg5, %2[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %4 = llvm.insertvalue %arg6, %3[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %5 = llvm.insertvalue %arg8, %4[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %6 = llvm.insertvalue %arg7, %5[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %7 = llvm.insertvalue %arg9, %6[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %8 = llvm.mlir.constant(1 : index) : i64
    %9 = llvm.mlir.constant(4 : index) : i64
    %10 = llvm.mlir.constant(0 : index) : i64
    %11 = llvm.add %arg0, %arg1 overflow<nsw> : i32
    %12 = llvm.mul %11, %arg1 : i32
    %13 = llvm.icmp "slt" %11, %12 : i32
    %14 = llvm.select %13, %arg0, %arg1 : i1, i32
    %15 = llvm.sitofp %14 : i32 to f32
    %16 = llvm.fadd %15, %arg2 {fastmathFlags = #llvm.fastmath<fast>} : f32
    %17 = llvm.intr.sqrt(%16) : (f32) -> f32
    %18 = llvm.extractvalue %7[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %19 = llvm.extractvalue %7[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %20 = llvm.mul %arg10, %19 overflow<nsw, nuw> : i64
    %21 = llvm.add %20, %arg10 overflow<nsw, nuw> : i64
    %22 = llvm.getelementptr inbounds|nuw %18[%21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = llvm.extractvalue %7[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %25 = llvm.extractvalue %7[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %26 = llvm.mul %arg10, %25 overflow<nsw, nuw> : i64
    %27 = llvm.add %26, %arg10 overflow<nsw, nuw> : i64
    %28 = llvm.getelementptr inbounds|nuw %24[%27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %17, %28 : f32, !llvm.ptr
    llvm.br ^bb1(%10, %23 : i64, f32)
  ^bb1(%29: i64, %30: f32):  // 2 preds: ^bb0, ^bb2
    %31 = llvm.icmp "slt" %29, %9 : i64
    llvm.cond_br %31, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %32 = llvm.extractvalue %7[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %33 = llvm.extractvalue %7[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %34 = llvm.mul %29, %33 overflow<nsw, nuw> : i64
    %35 = llvm.add %34, %arg10 overflow<nsw, nuw> : i64
    %36 = llvm.getelementptr inbounds|nuw %32[%35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %37 = llvm.load %36 : !llvm.ptr -> f32
    %38 = llvm.fadd %30, %37 : f32
    %39 = llvm.add %29, %8 : i64
    llvm.br ^bb1(%39, %38 : i64, f32)
  ^bb3:  // pred: ^bb1
    %40 = llvm.mlir.constant(4 : index) : i64
    %41 = llvm.mlir.constant(1 : index) : i64
    %42 = llvm.mul %arg10, %40 : i64
    %43 = llvm.mlir.zero : !llvm.ptr
    %44 = llvm.getelementptr %43[%42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %45 = llvm.ptrtoint %44 : !llvm.ptr to i64
    %46 = llvm.call @malloc(%45) : (i64) -> !llvm.ptr
    %47 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %48 = llvm.insertvalue %46, %47[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %49 = llvm.insertvalue %46, %48[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %50 = llvm.mlir.constant(0 : index) : i64
    %51 = llvm.insertvalue %50, %49[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %52 = llvm.insertvalue %40, %51[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %53 = llvm.insertvalue %arg10, %52[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %54 = llvm.insertvalue %arg10, %53[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %55 = llvm.insertvalue %41, %54[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %56 = llvm.extractvalue %55[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    llvm.call @free(%56) : (!llvm.ptr) -> ()
    %57 = llvm.fcmp "olt" %30, %arg2 : f32
    llvm.cond_br %57, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    llvm.return %30 : f32
  ^bb5:  // pred: ^bb3
    %58 = llvm.call @g(%arg2) : (f32) -> f32
    llvm.return %58 : f32
  }
  llvm.func @g(f32) -> f32 attributes {sym_visibility = "private"}
  llvm.func @v(%arg0: vector<4xf32>) -> vector<4xf32> attributes {llvm.emit_c_interface} {
    %0 = llvm.intr.fma(%arg0, %arg0, %arg0) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %1 = llvm.intr.exp(%0) : (vector<4xf32>) -> vector<4xf32>
    llvm.return %1 : vector<4xf32>
  }
  llvm.func @_mlir_ciface_v(%arg0: vector<4xf32>) -> vector<4xf32> attributes {llvm.emit_c_interface} {
    %0 = llvm.call @v(%arg0) : (vector<4xf32>) -> vector<4xf32>
    llvm.return %0 : vector<4xf32>
  }
  llvm.mlir.global private constant @gv(dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>) {addr_space = 0 : i32} : !llvm.array<2 x f32>
  llvm.func @gg() -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> {
    %0 = llvm.mlir.constant(2 : index) : i64
    %1 = llvm.mlir.constant(1 : index) : i64
    %2 = llvm.mlir.zero : !llvm.ptr
    %3 = llvm.getelementptr %2[%0] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %4 = llvm.ptrtoint %3 : !llvm.ptr to i64
    %5 = llvm.mlir.addressof @gv : !llvm.ptr
    %6 = llvm.getelementptr %5[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<2 x f32>
    %7 = llvm.mlir.constant(3735928559 : index) : i64
    %8 = llvm.inttoptr %7 : i64 to !llvm.ptr
    %9 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %10 = llvm.insertvalue %8, %9[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %11 = llvm.insertvalue %6, %10[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %12 = llvm.mlir.constant(0 : index) : i64
    %13 = llvm.insertvalue %12, %11[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %14 = llvm.insertvalue %0, %13[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %15 = llvm.insertvalue %1, %14[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    llvm.return %15 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
  }
}

