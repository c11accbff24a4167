// RUN: dialectic-opt %s --split-input-file --convert-arith-to-llvm | FileCheck %s

// The lowering of each arith op to the llvm dialect. The CHECK lines are what mlir-opt-22 --convert-arith-to-llvm prints
// for this file (casts of block arguments in any order).

// Integer binary ops become the llvm op of the same name; overflow flags go over.
// CHECK-LABEL: func.func @int_binary(%arg0: i32, %arg1: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) {
// CHECK-NEXT: %0 = llvm.add %arg0, %arg1 : i32
// CHECK-NEXT: %1 = llvm.sub %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT: %2 = llvm.mul %arg0, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT: %3 = llvm.sdiv %arg0, %arg1 : i32
// CHECK-NEXT: %4 = llvm.udiv %arg0, %arg1 : i32
// CHECK-NEXT: %5 = llvm.srem %arg0, %arg1 : i32
// CHECK-NEXT: %6 = llvm.urem %arg0, %arg1 : i32
// CHECK-NEXT: %7 = llvm.and %arg0, %arg1 : i32
// CHECK-NEXT: %8 = llvm.or %arg0, %arg1 : i32
// CHECK-NEXT: %9 = llvm.xor %arg0, %arg1 : i32
// CHECK-NEXT: %10 = llvm.shl %arg0, %arg1 overflow<nuw> : i32
// CHECK-NEXT: %11 = llvm.ashr %arg0, %arg1 : i32
// CHECK-NEXT: %12 = llvm.lshr %arg0, %arg1 : i32
// CHECK-NEXT: return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32
// CHECK-NEXT: }
func.func @int_binary(%a: i32, %b: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.subi %a, %b overflow<nsw> : i32
  %2 = arith.muli %a, %b overflow<nsw, nuw> : i32
  %3 = arith.divsi %a, %b : i32
  %4 = arith.divui %a, %b : i32
  %5 = arith.remsi %a, %b : i32
  %6 = arith.remui %a, %b : i32
  %7 = arith.andi %a, %b : i32
  %8 = arith.ori %a, %b : i32
  %9 = arith.xori %a, %b : i32
  %10 = arith.shli %a, %b overflow<nuw> : i32
  %11 = arith.shrsi %a, %b : i32
  %12 = arith.shrui %a, %b : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32
}

// Integer min/max become LLVM intrinsics.
// CHECK-LABEL: func.func @int_minmax(%arg0: i64, %arg1: i64) -> (i64, i64, i64, i64) {
// CHECK-NEXT: %0 = llvm.intr.smin(%arg0, %arg1) : (i64, i64) -> i64
// CHECK-NEXT: %1 = llvm.intr.smax(%arg0, %arg1) : (i64, i64) -> i64
// CHECK-NEXT: %2 = llvm.intr.umin(%arg0, %arg1) : (i64, i64) -> i64
// CHECK-NEXT: %3 = llvm.intr.umax(%arg0, %arg1) : (i64, i64) -> i64
// CHECK-NEXT: return %0, %1, %2, %3 : i64, i64, i64, i64
// CHECK-NEXT: }
func.func @int_minmax(%a: i64, %b: i64) -> (i64, i64, i64, i64) {
  %0 = arith.minsi %a, %b : i64
  %1 = arith.maxsi %a, %b : i64
  %2 = arith.minui %a, %b : i64
  %3 = arith.maxui %a, %b : i64
  return %0, %1, %2, %3 : i64, i64, i64, i64
}

// Float ops keep their fast-math flags as llvm's.
// CHECK-LABEL: func.func @float_ops(%arg0: f32, %arg1: f32) -> (f32, f32, f32, f32, f32, f32) {
// CHECK-NEXT: %0 = llvm.fadd %arg0, %arg1 : f32
// CHECK-NEXT: %1 = llvm.fsub %arg0, %arg1 {fastmathFlags = #llvm.fastmath<fast>} : f32
// CHECK-NEXT: %2 = llvm.fmul %arg0, %arg1 {fastmathFlags = #llvm.fastmath<nnan, ninf>} : f32
// CHECK-NEXT: %3 = llvm.fdiv %arg0, %arg1 {fastmathFlags = #llvm.fastmath<contract, reassoc>} : f32
// CHECK-NEXT: %4 = llvm.frem %arg0, %arg1 : f32
// CHECK-NEXT: %5 = llvm.fneg %arg0 {fastmathFlags = #llvm.fastmath<nsz>} : f32
// CHECK-NEXT: return %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f32
// CHECK-NEXT: }
func.func @float_ops(%a: f32, %b: f32) -> (f32, f32, f32, f32, f32, f32) {
  %0 = arith.addf %a, %b : f32
  %1 = arith.subf %a, %b fastmath<fast> : f32
  %2 = arith.mulf %a, %b fastmath<nnan,ninf> : f32
  %3 = arith.divf %a, %b fastmath<reassoc,contract> : f32
  %4 = arith.remf %a, %b : f32
  %5 = arith.negf %a fastmath<nsz> : f32
  return %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f32
}

// CHECK-LABEL: func.func @float_minmax(%arg0: f64, %arg1: f64) -> (f64, f64, f64, f64) {
// CHECK-NEXT: %0 = llvm.intr.minimum(%arg0, %arg1) : (f64, f64) -> f64
// CHECK-NEXT: %1 = llvm.intr.maximum(%arg0, %arg1) {fastmathFlags = #llvm.fastmath<afn>} : (f64, f64) -> f64
// CHECK-NEXT: %2 = llvm.intr.minnum(%arg0, %arg1) : (f64, f64) -> f64
// CHECK-NEXT: %3 = llvm.intr.maxnum(%arg0, %arg1) {fastmathFlags = #llvm.fastmath<arcp>} : (f64, f64) -> f64
// CHECK-NEXT: return %0, %1, %2, %3 : f64, f64, f64, f64
// CHECK-NEXT: }
func.func @float_minmax(%a: f64, %b: f64) -> (f64, f64, f64, f64) {
  %0 = arith.minimumf %a, %b : f64
  %1 = arith.maximumf %a, %b fastmath<afn> : f64
  %2 = arith.minnumf %a, %b : f64
  %3 = arith.maxnumf %a, %b fastmath<arcp> : f64
  return %0, %1, %2, %3 : f64, f64, f64, f64
}

// -----

// Comparisons and select.
// CHECK-LABEL: func.func @cmp_select(%arg0: i32, %arg1: i32, %arg2: f64, %arg3: f64) -> (i1, i1, i1, i32) {
// CHECK-NEXT: %0 = llvm.icmp "slt" %arg0, %arg1 : i32
// CHECK-NEXT: %1 = llvm.icmp "uge" %arg0, %arg1 : i32
// CHECK-NEXT: %2 = llvm.fcmp "olt" %arg2, %arg3 : f64
// CHECK-NEXT: %3 = llvm.fcmp "ueq" %arg2, %arg3 {fastmathFlags = #llvm.fastmath<fast>} : f64
// CHECK-NEXT: %4 = llvm.fcmp "uno" %arg2, %arg3 : f64
// CHECK-NEXT: %5 = llvm.select %0, %arg0, %arg1 : i1, i32
// CHECK-NEXT: return %1, %2, %3, %5 : i1, i1, i1, i32
// CHECK-NEXT: }
func.func @cmp_select(%a: i32, %b: i32, %c: f64, %d: f64) -> (i1, i1, i1, i32) {
  %0 = arith.cmpi slt, %a, %b : i32
  %1 = arith.cmpi uge, %a, %b : i32
  %2 = arith.cmpf olt, %c, %d : f64
  %3 = arith.cmpf ueq, %c, %d fastmath<fast> : f64
  %4 = arith.cmpf uno, %c, %d : f64
  %5 = arith.select %0, %a, %b : i32
  return %1, %2, %3, %5 : i1, i1, i1, i32
}

// CHECK-LABEL: func.func @cmpf_all(%arg0: f32, %arg1: f32) -> (i1, i1, i1, i1, i1, i1, i1, i1) {
// CHECK-NEXT: %0 = llvm.fcmp "oeq" %arg0, %arg1 : f32
// CHECK-NEXT: %1 = llvm.fcmp "ogt" %arg0, %arg1 : f32
// CHECK-NEXT: %2 = llvm.fcmp "oge" %arg0, %arg1 : f32
// CHECK-NEXT: %3 = llvm.fcmp "ole" %arg0, %arg1 : f32
// CHECK-NEXT: %4 = llvm.fcmp "one" %arg0, %arg1 : f32
// CHECK-NEXT: %5 = llvm.fcmp "ord" %arg0, %arg1 : f32
// CHECK-NEXT: %6 = llvm.fcmp "ugt" %arg0, %arg1 : f32
// CHECK-NEXT: %7 = llvm.fcmp "une" %arg0, %arg1 : f32
// CHECK-NEXT: return %0, %1, %2, %3, %4, %5, %6, %7 : i1, i1, i1, i1, i1, i1, i1, i1
// CHECK-NEXT: }
func.func @cmpf_all(%c: f32, %d: f32) -> (i1, i1, i1, i1, i1, i1, i1, i1) {
  %0 = arith.cmpf oeq, %c, %d : f32
  %1 = arith.cmpf ogt, %c, %d : f32
  %2 = arith.cmpf oge, %c, %d : f32
  %3 = arith.cmpf ole, %c, %d : f32
  %4 = arith.cmpf one, %c, %d : f32
  %5 = arith.cmpf ord, %c, %d : f32
  %6 = arith.cmpf ugt, %c, %d : f32
  %7 = arith.cmpf une, %c, %d : f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : i1, i1, i1, i1, i1, i1, i1, i1
}

// CHECK-LABEL: func.func @cmpi_all(%arg0: i16, %arg1: i16) -> (i1, i1, i1, i1, i1, i1, i1, i1) {
// CHECK-NEXT: %0 = llvm.icmp "eq" %arg0, %arg1 : i16
// CHECK-NEXT: %1 = llvm.icmp "ne" %arg0, %arg1 : i16
// CHECK-NEXT: %2 = llvm.icmp "sle" %arg0, %arg1 : i16
// CHECK-NEXT: %3 = llvm.icmp "sgt" %arg0, %arg1 : i16
// CHECK-NEXT: %4 = llvm.icmp "sge" %arg0, %arg1 : i16
// CHECK-NEXT: %5 = llvm.icmp "ult" %arg0, %arg1 : i16
// CHECK-NEXT: %6 = llvm.icmp "ule" %arg0, %arg1 : i16
// CHECK-NEXT: %7 = llvm.icmp "ugt" %arg0, %arg1 : i16
// CHECK-NEXT: return %0, %1, %2, %3, %4, %5, %6, %7 : i1, i1, i1, i1, i1, i1, i1, i1
// CHECK-NEXT: }
func.func @cmpi_all(%a: i16, %b: i16) -> (i1, i1, i1, i1, i1, i1, i1, i1) {
  %0 = arith.cmpi eq, %a, %b : i16
  %1 = arith.cmpi ne, %a, %b : i16
  %2 = arith.cmpi sle, %a, %b : i16
  %3 = arith.cmpi sgt, %a, %b : i16
  %4 = arith.cmpi sge, %a, %b : i16
  %5 = arith.cmpi ult, %a, %b : i16
  %6 = arith.cmpi ule, %a, %b : i16
  %7 = arith.cmpi ugt, %a, %b : i16
  return %0, %1, %2, %3, %4, %5, %6, %7 : i1, i1, i1, i1, i1, i1, i1, i1
}

// -----

// Constants: an index constant keeps its index attribute on an i64 result.
// CHECK-LABEL: func.func @constants() -> (i32, f32, index, i1, vector<4xf32>, f64, i8) {
// CHECK-NEXT: %0 = llvm.mlir.constant(42 : i32) : i32
// CHECK-NEXT: %1 = llvm.mlir.constant(1.500000e+00 : f32) : f32
// CHECK-NEXT: %2 = llvm.mlir.constant(7 : index) : i64
// CHECK-NEXT: %3 = builtin.unrealized_conversion_cast %2 : i64 to index
// CHECK-NEXT: %4 = llvm.mlir.constant(true) : i1
// CHECK-NEXT: %5 = llvm.mlir.constant(dense<1.000000e+00> : vector<4xf32>) : vector<4xf32>
// CHECK-NEXT: %6 = llvm.mlir.constant(-0.000000e+00 : f64) : f64
// CHECK-NEXT: %7 = llvm.mlir.constant(-1 : i8) : i8
// CHECK-NEXT: return %0, %1, %3, %4, %5, %6, %7 : i32, f32, index, i1, vector<4xf32>, f64, i8
// CHECK-NEXT: }
func.func @constants() -> (i32, f32, index, i1, vector<4xf32>, f64, i8) {
  %0 = arith.constant 42 : i32
  %1 = arith.constant 1.5 : f32
  %2 = arith.constant 7 : index
  %3 = arith.constant true
  %4 = arith.constant dense<1.0> : vector<4xf32>
  %5 = arith.constant -0.0 : f64
  %6 = arith.constant -1 : i8
  return %0, %1, %2, %3, %4, %5, %6 : i32, f32, index, i1, vector<4xf32>, f64, i8
}

// CHECK-LABEL: func.func @vector_constant() -> vector<3xi32> {
// CHECK-NEXT: %0 = llvm.mlir.constant(dense<[1, 2, 3]> : vector<3xi32>) : vector<3xi32>
// CHECK-NEXT: return %0 : vector<3xi32>
// CHECK-NEXT: }
func.func @vector_constant() -> vector<3xi32> {
  %0 = arith.constant dense<[1, 2, 3]> : vector<3xi32>
  return %0 : vector<3xi32>
}

// -----

// Casts.
// CHECK-LABEL: func.func @int_casts(%arg0: i32, %arg1: i64) -> (i64, i64, i8, i32) {
// CHECK-NEXT: %0 = llvm.sext %arg0 : i32 to i64
// CHECK-NEXT: %1 = llvm.zext %arg0 : i32 to i64
// CHECK-NEXT: %2 = llvm.trunc %arg0 : i32 to i8
// CHECK-NEXT: %3 = llvm.trunc %arg1 overflow<nsw> : i64 to i32
// CHECK-NEXT: return %0, %1, %2, %3 : i64, i64, i8, i32
// CHECK-NEXT: }
func.func @int_casts(%a: i32, %b: i64) -> (i64, i64, i8, i32) {
  %0 = arith.extsi %a : i32 to i64
  %1 = arith.extui %a : i32 to i64
  %2 = arith.trunci %a : i32 to i8
  %3 = arith.trunci %b overflow<nsw> : i64 to i32
  return %0, %1, %2, %3 : i64, i64, i8, i32
}

// CHECK-LABEL: func.func @float_casts(%arg0: i32, %arg1: f32, %arg2: f64) -> (f32, f64, i32, i64, f64, f32, i32, f16) {
// CHECK-NEXT: %0 = llvm.sitofp %arg0 : i32 to f32
// CHECK-NEXT: %1 = llvm.uitofp %arg0 : i32 to f64
// CHECK-NEXT: %2 = llvm.fptosi %arg1 : f32 to i32
// CHECK-NEXT: %3 = llvm.fptoui %arg1 : f32 to i64
// CHECK-NEXT: %4 = llvm.fpext %arg1 : f32 to f64
// CHECK-NEXT: %5 = llvm.fptrunc %arg2 : f64 to f32
// CHECK-NEXT: %6 = llvm.bitcast %arg1 : f32 to i32
// CHECK-NEXT: %7 = llvm.fptrunc %arg1 : f32 to f16
// CHECK-NEXT: return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f64, i32, i64, f64, f32, i32, f16
// CHECK-NEXT: }
func.func @float_casts(%a: i32, %f: f32, %d: f64) -> (f32, f64, i32, i64, f64, f32, i32, f16) {
  %0 = arith.sitofp %a : i32 to f32
  %1 = arith.uitofp %a : i32 to f64
  %2 = arith.fptosi %f : f32 to i32
  %3 = arith.fptoui %f : f32 to i64
  %4 = arith.extf %f : f32 to f64
  %5 = arith.truncf %d : f64 to f32
  %6 = arith.bitcast %f : f32 to i32
  %7 = arith.truncf %f : f32 to f16
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f64, i32, i64, f64, f32, i32, f16
}

// CHECK-LABEL: func.func @index_casts(%arg0: i32, %arg1: index, %arg2: i64) -> (index, i32, index, i16, i64, index) {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg2 : i64 to index
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK: %2 = llvm.sext %arg0 : i32 to i64
// CHECK-NEXT: %3 = builtin.unrealized_conversion_cast %2 : i64 to index
// CHECK-NEXT: %4 = llvm.trunc %[[C1]] : i64 to i32
// CHECK-NEXT: %5 = llvm.zext %arg0 : i32 to i64
// CHECK-NEXT: %6 = builtin.unrealized_conversion_cast %5 : i64 to index
// CHECK-NEXT: %7 = llvm.trunc %[[C1]] : i64 to i16
// CHECK-NEXT: return %3, %4, %6, %7, %[[C1]], %[[C0]] : index, i32, index, i16, i64, index
// CHECK-NEXT: }
func.func @index_casts(%a: i32, %i: index, %b: i64) -> (index, i32, index, i16, i64, index) {
  %0 = arith.index_cast %a : i32 to index
  %1 = arith.index_cast %i : index to i32
  %2 = arith.index_castui %a : i32 to index
  %3 = arith.index_castui %i : index to i16
  %4 = arith.index_cast %i : index to i64
  %5 = arith.index_cast %b : i64 to index
  return %0, %1, %2, %3, %4, %5 : index, i32, index, i16, i64, index
}

// -----

// Ops on index values work on the converted i64 values.
// CHECK-LABEL: func.func @index_ops(%arg0: index, %arg1: index) -> index {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg0 : index to i64
// CHECK: %2 = llvm.add %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %3 = llvm.icmp "ult" %2, %[[C0]] : i64
// CHECK-NEXT: %4 = llvm.select %3, %[[C1]], %2 : i1, i64
// CHECK-NEXT: %5 = llvm.mul %4, %[[C0]] : i64
// CHECK-NEXT: %6 = builtin.unrealized_conversion_cast %5 : i64 to index
// CHECK-NEXT: return %6 : index
// CHECK-NEXT: }
func.func @index_ops(%a: index, %b: index) -> index {
  %0 = arith.addi %a, %b : index
  %1 = arith.cmpi ult, %0, %b : index
  %2 = arith.select %1, %a, %0 : index
  %3 = arith.muli %2, %b : index
  return %3 : index
}

// -----

// The extended ops.
// CHECK-LABEL: func.func @mulsi_extended(%arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = llvm.sext %arg0 : i32 to i64
// CHECK-NEXT: %1 = llvm.sext %arg1 : i32 to i64
// CHECK-NEXT: %2 = llvm.mul %0, %1 : i64
// CHECK-NEXT: %3 = llvm.trunc %2 : i64 to i32
// CHECK-NEXT: %4 = llvm.mlir.constant(32 : i64) : i64
// CHECK-NEXT: %5 = llvm.lshr %2, %4 : i64
// CHECK-NEXT: %6 = llvm.trunc %5 : i64 to i32
// CHECK-NEXT: return %3, %6 : i32, i32
// CHECK-NEXT: }
func.func @mulsi_extended(%a: i32, %b: i32) -> (i32, i32) {
  %l, %h = arith.mulsi_extended %a, %b : i32
  return %l, %h : i32, i32
}

// CHECK-LABEL: func.func @mului_extended(%arg0: i16, %arg1: i16) -> (i16, i16) {
// CHECK-NEXT: %0 = llvm.zext %arg0 : i16 to i32
// CHECK-NEXT: %1 = llvm.zext %arg1 : i16 to i32
// CHECK-NEXT: %2 = llvm.mul %0, %1 : i32
// CHECK-NEXT: %3 = llvm.trunc %2 : i32 to i16
// CHECK-NEXT: %4 = llvm.mlir.constant(16 : i32) : i32
// CHECK-NEXT: %5 = llvm.lshr %2, %4 : i32
// CHECK-NEXT: %6 = llvm.trunc %5 : i32 to i16
// CHECK-NEXT: return %3, %6 : i16, i16
// CHECK-NEXT: }
func.func @mului_extended(%a: i16, %b: i16) -> (i16, i16) {
  %l, %h = arith.mului_extended %a, %b : i16
  return %l, %h : i16, i16
}

// CHECK-LABEL: func.func @mului_extended_vector(%arg0: vector<3xi64>, %arg1: vector<3xi64>) -> (vector<3xi64>, vector<3xi64>) {
// CHECK-NEXT: %0 = llvm.zext %arg0 : vector<3xi64> to vector<3xi128>
// CHECK-NEXT: %1 = llvm.zext %arg1 : vector<3xi64> to vector<3xi128>
// CHECK-NEXT: %2 = llvm.mul %0, %1 : vector<3xi128>
// CHECK-NEXT: %3 = llvm.trunc %2 : vector<3xi128> to vector<3xi64>
// CHECK-NEXT: %4 = llvm.mlir.constant(dense<64> : vector<3xi128>) : vector<3xi128>
// CHECK-NEXT: %5 = llvm.lshr %2, %4 : vector<3xi128>
// CHECK-NEXT: %6 = llvm.trunc %5 : vector<3xi128> to vector<3xi64>
// CHECK-NEXT: return %3, %6 : vector<3xi64>, vector<3xi64>
// CHECK-NEXT: }
func.func @mului_extended_vector(%a: vector<3xi64>, %b: vector<3xi64>) -> (vector<3xi64>, vector<3xi64>) {
  %l, %h = arith.mului_extended %a, %b : vector<3xi64>
  return %l, %h : vector<3xi64>, vector<3xi64>
}

// -----

// ceildivsi, ceildivui and floordivsi expand into ops LLVM has.
// CHECK-LABEL: func.func @ceildivsi(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: %0 = llvm.mlir.constant(0 : i32) : i32
// CHECK-NEXT: %1 = llvm.mlir.constant(1 : i32) : i32
// CHECK-NEXT: %2 = llvm.sdiv %arg0, %arg1 : i32
// CHECK-NEXT: %3 = llvm.mul %2, %arg1 : i32
// CHECK-NEXT: %4 = llvm.icmp "ne" %arg0, %3 : i32
// CHECK-NEXT: %5 = llvm.icmp "slt" %arg0, %0 : i32
// CHECK-NEXT: %6 = llvm.icmp "slt" %arg1, %0 : i32
// CHECK-NEXT: %7 = llvm.icmp "eq" %5, %6 : i1
// CHECK-NEXT: %8 = llvm.and %4, %7 : i1
// CHECK-NEXT: %9 = llvm.add %2, %1 : i32
// CHECK-NEXT: %10 = llvm.select %8, %9, %2 : i1, i32
// CHECK-NEXT: return %10 : i32
// CHECK-NEXT: }
func.func @ceildivsi(%a: i32, %b: i32) -> i32 {
  %0 = arith.ceildivsi %a, %b : i32
  return %0 : i32
}

// CHECK-LABEL: func.func @ceildivui(%arg0: i64, %arg1: i64) -> i64 {
// CHECK-NEXT: %0 = llvm.mlir.constant(0 : i64) : i64
// CHECK-NEXT: %1 = llvm.icmp "eq" %arg0, %0 : i64
// CHECK-NEXT: %2 = llvm.mlir.constant(1 : i64) : i64
// CHECK-NEXT: %3 = llvm.sub %arg0, %2 : i64
// CHECK-NEXT: %4 = llvm.udiv %3, %arg1 : i64
// CHECK-NEXT: %5 = llvm.add %4, %2 : i64
// CHECK-NEXT: %6 = llvm.select %1, %0, %5 : i1, i64
// CHECK-NEXT: return %6 : i64
// CHECK-NEXT: }
func.func @ceildivui(%a: i64, %b: i64) -> i64 {
  %0 = arith.ceildivui %a, %b : i64
  return %0 : i64
}

// CHECK-LABEL: func.func @floordivsi(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: %0 = llvm.sdiv %arg0, %arg1 : i32
// CHECK-NEXT: %1 = llvm.mul %0, %arg1 : i32
// CHECK-NEXT: %2 = llvm.icmp "ne" %arg0, %1 : i32
// CHECK-NEXT: %3 = llvm.mlir.constant(0 : i32) : i32
// CHECK-NEXT: %4 = llvm.icmp "slt" %arg0, %3 : i32
// CHECK-NEXT: %5 = llvm.icmp "slt" %arg1, %3 : i32
// CHECK-NEXT: %6 = llvm.icmp "ne" %4, %5 : i1
// CHECK-NEXT: %7 = llvm.and %2, %6 : i1
// CHECK-NEXT: %8 = llvm.mlir.constant(-1 : i32) : i32
// CHECK-NEXT: %9 = llvm.add %0, %8 : i32
// CHECK-NEXT: %10 = llvm.select %7, %9, %0 : i1, i32
// CHECK-NEXT: return %10 : i32
// CHECK-NEXT: }
func.func @floordivsi(%a: i32, %b: i32) -> i32 {
  %0 = arith.floordivsi %a, %b : i32
  return %0 : i32
}

// CHECK-LABEL: func.func @ceildivsi_index(%arg0: index, %arg1: index) -> index {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg0 : index to i64
// CHECK: %2 = llvm.mlir.constant(0 : index) : i64
// CHECK-NEXT: %3 = llvm.mlir.constant(1 : index) : i64
// CHECK-NEXT: %4 = llvm.sdiv %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %5 = llvm.mul %4, %[[C0]] : i64
// CHECK-NEXT: %6 = llvm.icmp "ne" %[[C1]], %5 : i64
// CHECK-NEXT: %7 = llvm.icmp "slt" %[[C1]], %2 : i64
// CHECK-NEXT: %8 = llvm.icmp "slt" %[[C0]], %2 : i64
// CHECK-NEXT: %9 = llvm.icmp "eq" %7, %8 : i1
// CHECK-NEXT: %10 = llvm.and %6, %9 : i1
// CHECK-NEXT: %11 = llvm.add %4, %3 : i64
// CHECK-NEXT: %12 = llvm.select %10, %11, %4 : i1, i64
// CHECK-NEXT: %13 = builtin.unrealized_conversion_cast %12 : i64 to index
// CHECK-NEXT: return %13 : index
// CHECK-NEXT: }
func.func @ceildivsi_index(%a: index, %b: index) -> index {
  %0 = arith.ceildivsi %a, %b : index
  return %0 : index
}

// -----

// 1-D vectors lower like scalars.
// CHECK-LABEL: func.func @vectors(%arg0: vector<4xi32>, %arg1: vector<4xi32>, %arg2: vector<4xf32>) -> (vector<4xi32>, vector<4xf32>, vector<4xi64>) {
// CHECK-NEXT: %0 = llvm.add %arg0, %arg1 : vector<4xi32>
// CHECK-NEXT: %1 = llvm.icmp "eq" %0, %arg1 : vector<4xi32>
// CHECK-NEXT: %2 = llvm.select %1, %arg0, %arg1 : vector<4xi1>, vector<4xi32>
// CHECK-NEXT: %3 = llvm.sitofp %2 : vector<4xi32> to vector<4xf32>
// CHECK-NEXT: %4 = llvm.fadd %3, %arg2 : vector<4xf32>
// CHECK-NEXT: %5 = llvm.sext %2 : vector<4xi32> to vector<4xi64>
// CHECK-NEXT: return %2, %4, %5 : vector<4xi32>, vector<4xf32>, vector<4xi64>
// CHECK-NEXT: }
func.func @vectors(%a: vector<4xi32>, %b: vector<4xi32>, %f: vector<4xf32>) -> (vector<4xi32>, vector<4xf32>, vector<4xi64>) {
  %0 = arith.addi %a, %b : vector<4xi32>
  %1 = arith.cmpi eq, %0, %b : vector<4xi32>
  %2 = arith.select %1, %a, %b : vector<4xi1>, vector<4xi32>
  %3 = arith.sitofp %2 : vector<4xi32> to vector<4xf32>
  %4 = arith.addf %3, %f : vector<4xf32>
  %5 = arith.extsi %2 : vector<4xi32> to vector<4xi64>
  return %2, %4, %5 : vector<4xi32>, vector<4xf32>, vector<4xi64>
}

// CHECK-LABEL: func.func @index_vector(%arg0: vector<2xindex>) -> vector<2xi32> {
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg0 : vector<2xindex> to vector<2xi64>
// CHECK-NEXT: %1 = llvm.trunc %0 : vector<2xi64> to vector<2xi32>
// CHECK-NEXT: return %1 : vector<2xi32>
// CHECK-NEXT: }
func.func @index_vector(%a: vector<2xindex>) -> vector<2xi32> {
  %0 = arith.index_cast %a : vector<2xindex> to vector<2xi32>
  return %0 : vector<2xi32>
}

// -----

// Discardable attributes go over; a select on a scalar condition picks whole vectors.
// CHECK-LABEL: func.func @attributes(%arg0: i32, %arg1: i32, %arg2: f32, %arg3: f64) -> (i32, f32, f32, f64) {
// CHECK-NEXT: %0 = llvm.add %arg0, %arg1 {foo = 1 : i32} : i32
// CHECK-NEXT: %1 = llvm.fadd %arg2, %arg2 {baz, fastmathFlags = #llvm.fastmath<fast>} : f32
// CHECK-NEXT: %2 = llvm.fptrunc %arg3 {fastmath = #arith.fastmath<fast>} : f64 to f32
// CHECK-NEXT: %3 = llvm.fpext %arg2 {fastmath = #arith.fastmath<nnan>} : f32 to f64
// CHECK-NEXT: return %0, %1, %2, %3 : i32, f32, f32, f64
// CHECK-NEXT: }
func.func @attributes(%a: i32, %b: i32, %g: f32, %d: f64) -> (i32, f32, f32, f64) {
  %0 = arith.addi %a, %b {foo = 1 : i32} : i32
  %1 = arith.addf %g, %g fastmath<fast> {baz} : f32
  %2 = arith.truncf %d fastmath<fast> : f64 to f32
  %3 = arith.extf %g fastmath<nnan> : f32 to f64
  return %0, %1, %2, %3 : i32, f32, f32, f64
}

// CHECK-LABEL: func.func @select_scalar_condition(%arg0: i1, %arg1: vector<2xf32>, %arg2: vector<2xf32>) -> vector<2xf32> {
// CHECK-NEXT: %0 = llvm.select %arg0, %arg1, %arg2 : i1, vector<2xf32>
// CHECK-NEXT: return %0 : vector<2xf32>
// CHECK-NEXT: }
func.func @select_scalar_condition(%c: i1, %a: vector<2xf32>, %b: vector<2xf32>) -> vector<2xf32> {
  %0 = arith.select %c, %a, %b : vector<2xf32>
  return %0 : vector<2xf32>
}

// Ops that fold are folded first.
// CHECK-LABEL: func.func @folded(%arg0: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = llvm.mlir.constant(0 : i32) : i32
// CHECK-NEXT: %1 = llvm.mlir.constant(3 : i32) : i32
// CHECK-NEXT: %2 = llvm.mlir.constant(4 : i32) : i32
// CHECK-NEXT: %3 = llvm.mlir.constant(12 : i32) : i32
// CHECK-NEXT: return %arg0, %3 : i32, i32
// CHECK-NEXT: }
func.func @folded(%a: i32) -> (i32, i32) {
  %c0 = arith.constant 0 : i32
  %0 = arith.addi %a, %c0 : i32
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %1 = arith.muli %c3, %c4 : i32
  return %0, %1 : i32, i32
}
