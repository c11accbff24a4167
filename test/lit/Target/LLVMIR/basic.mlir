// RUN: dialectic-translate --mlir-to-llvmir %s | FileCheck %s

// Arithmetic, casts and comparisons: one LLVM instruction per op, constants inlined, flags kept.

// CHECK: ; ModuleID = 'LLVMDialectModule'
// CHECK-NEXT: source_filename = "LLVMDialectModule"

// CHECK-LABEL: define i32 @arith_ops(i32 %0, i32 %1, double %2)
llvm.func @arith_ops(%a: i32, %b: i32, %f: f64) -> i32 {
  // CHECK-NEXT: %4 = add nuw nsw i32 %0, %1
  %0 = llvm.add %a, %b overflow<nsw, nuw> : i32
  // CHECK-NEXT: %5 = sub nsw i32 %4, 3
  %c3 = llvm.mlir.constant(3 : i32) : i32
  %1 = llvm.sub %0, %c3 overflow<nsw> : i32
  // CHECK-NEXT: %6 = udiv exact i32 %5, %1
  %2 = llvm.udiv exact %1, %b : i32
  // CHECK-NEXT: %7 = fadd fast double %2, 1.500000e+00
  %c = llvm.mlir.constant(1.5 : f64) : f64
  %3 = llvm.fadd %f, %c {fastmathFlags = #llvm.fastmath<fast>} : f64
  // CHECK-NEXT: %8 = fcmp olt double %7, 1.000000e-01
  %d = llvm.mlir.constant(0.1 : f64) : f64
  %4 = llvm.fcmp "olt" %3, %d : f64
  // CHECK-NEXT: %9 = icmp sge i32 %6, -1
  %m1 = llvm.mlir.constant(-1 : i32) : i32
  %5 = llvm.icmp "sge" %2, %m1 : i32
  // CHECK-NEXT: %10 = and i1 %8, %9
  %6 = llvm.and %4, %5 : i1
  // CHECK-NEXT: %11 = zext i1 %10 to i32
  %7 = llvm.zext %6 : i1 to i32
  // CHECK-NEXT: %12 = select i1 %10, i32 %11, i32 %6
  %8 = llvm.select %6, %7, %2 : i1, i32
  // CHECK-NEXT: ret i32 %12
  llvm.return %8 : i32
}

// CHECK-LABEL: define <2 x float> @vector_constants()
llvm.func @vector_constants() -> vector<2xf32> {
  %0 = llvm.mlir.constant(dense<[1.0, 2.5]> : vector<2xf32>) : vector<2xf32>
  %1 = llvm.mlir.constant(dense<0.5> : vector<2xf32>) : vector<2xf32>
  // CHECK-NEXT: %1 = fmul <2 x float> <float 1.000000e+00, float 2.500000e+00>, <float 5.000000e-01, float 5.000000e-01>
  %2 = llvm.fmul %0, %1 : vector<2xf32>
  // CHECK-NEXT: ret <2 x float> %1
  llvm.return %2 : vector<2xf32>
}

// CHECK-LABEL: define { i32, float } @aggregates(i32 %0)
llvm.func @aggregates(%a: i32) -> !llvm.struct<(i32, f32)> {
  %0 = llvm.mlir.poison : !llvm.struct<(i32, f32)>
  // CHECK-NEXT: %2 = insertvalue { i32, float } poison, i32 %0, 0
  %1 = llvm.insertvalue %a, %0[0] : !llvm.struct<(i32, f32)>
  // CHECK-NEXT: %3 = extractvalue { i32, float } zeroinitializer, 1
  %z = llvm.mlir.zero : !llvm.struct<(i32, f32)>
  %2 = llvm.extractvalue %z[1] : !llvm.struct<(i32, f32)>
  // CHECK-NEXT: %4 = insertvalue { i32, float } %2, float %3, 1
  %3 = llvm.insertvalue %2, %1[1] : !llvm.struct<(i32, f32)>
  // CHECK-NEXT: ret { i32, float } %4
  llvm.return %3 : !llvm.struct<(i32, f32)>
}

// CHECK-LABEL: define i1 @constant_predicates(float %0, ptr %1)
llvm.func @constant_predicates(%x: f32, %p: !llvm.ptr) -> i1 {
  // CHECK-NEXT: %3 = fcmp false float %0, %0
  %0 = llvm.fcmp "_false" %x, %x : f32
  // CHECK-NEXT: %4 = fcmp true float %0, %0
  %1 = llvm.fcmp "_true" %x, %x : f32
  // CHECK-NEXT: %5 = icmp eq ptr %1, null
  %n = llvm.mlir.zero : !llvm.ptr
  %2 = llvm.icmp "eq" %p, %n : !llvm.ptr
  // CHECK-NEXT: %6 = or i1 %3, %4
  %3 = llvm.or %0, %1 : i1
  // CHECK-NEXT: %7 = xor i1 %6, %5
  %4 = llvm.xor %3, %2 : i1
  // CHECK-NEXT: ret i1 %7
  llvm.return %4 : i1
}
