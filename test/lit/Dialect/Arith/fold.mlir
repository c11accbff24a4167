// RUN: dialectic-opt --test-constant-fold %s | FileCheck %s

// The arith folders on non-constant operands (identities, chains of casts, in-place updates) and on constants
// (wide and zero-width integers, splats, per-element select), through the constant-folding test pass. The CHECK
// lines are what `mlir-opt-22 --test-single-fold` prints for this file (constants in any order).

// CHECK-LABEL: func.func @addi_identities(%arg0: i32, %arg1: i32, %arg2: i32) -> (i32, i32, i32) {
// CHECK:         %0 = arith.subi %arg1, %arg2 : i32
// CHECK:         return %arg0, %arg1, %arg1 : i32, i32, i32
func.func @addi_identities(%x: i32, %a: i32, %b: i32) -> (i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %0 = arith.addi %x, %c0 : i32
  %s = arith.subi %a, %b : i32
  %1 = arith.addi %s, %b : i32
  %2 = arith.addi %b, %s : i32
  return %0, %1, %2 : i32, i32, i32
}

// CHECK-LABEL: func.func @subi_identities(%arg0: i32, %arg1: i32, %arg2: i32, %arg3: tensor<?xi32>) -> (i32, i32, i32, i32, tensor<?xi32>) {
// CHECK-DAG:     %c0_i32 = arith.constant 0 : i32
// CHECK:         %0 = arith.addi %arg1, %arg2 : i32
// CHECK:         %1 = arith.subi %arg3, %arg3 : tensor<?xi32>
// CHECK:         return %c0_i32, %arg0, %arg1, %arg2, %1 : i32, i32, i32, i32, tensor<?xi32>
func.func @subi_identities(%x: i32, %a: i32, %b: i32, %t: tensor<?xi32>) -> (i32, i32, i32, i32, tensor<?xi32>) {
  %c0 = arith.constant 0 : i32
  %0 = arith.subi %x, %x : i32
  %1 = arith.subi %x, %c0 : i32
  %s = arith.addi %a, %b : i32
  %2 = arith.subi %s, %b : i32
  %3 = arith.subi %s, %a : i32
  %4 = arith.subi %t, %t : tensor<?xi32>
  return %0, %1, %2, %3, %4 : i32, i32, i32, i32, tensor<?xi32>
}

// CHECK-LABEL: func.func @muli_identities(%arg0: i64, %arg1: vector<4xi64>) -> (i64, i64, vector<4xi64>) {
// CHECK-DAG:     %c0_i64 = arith.constant 0 : i64
// CHECK:         return %c0_i64, %arg0, %arg1 : i64, i64, vector<4xi64>
func.func @muli_identities(%x: i64, %v: vector<4xi64>) -> (i64, i64, vector<4xi64>) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %one = arith.constant dense<1> : vector<4xi64>
  %0 = arith.muli %x, %c0 : i64
  %1 = arith.muli %x, %c1 : i64
  %2 = arith.muli %v, %one : vector<4xi64>
  return %0, %1, %2 : i64, i64, vector<4xi64>
}

// CHECK-LABEL: func.func @div_identities(%arg0: i32, %arg1: i32, %arg2: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32) {
// CHECK:         %0 = arith.muli %arg1, %arg2 overflow<nuw> : i32
// CHECK:         %1 = arith.muli %arg1, %arg2 overflow<nsw> : i32
// CHECK:         %2 = arith.muli %arg1, %arg2 : i32
// CHECK:         %3 = arith.divui %2, %arg2 : i32
// CHECK:         %4 = arith.divsi %0, %arg2 : i32
// CHECK:         return %arg0, %arg0, %arg0, %arg0, %arg0, %arg1, %arg2, %3, %4 : i32, i32, i32, i32, i32, i32, i32, i32, i32
func.func @div_identities(%x: i32, %a: i32, %b: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32) {
  %c1 = arith.constant 1 : i32
  %0 = arith.divui %x, %c1 : i32
  %1 = arith.divsi %x, %c1 : i32
  %2 = arith.ceildivui %x, %c1 : i32
  %3 = arith.ceildivsi %x, %c1 : i32
  %4 = arith.floordivsi %x, %c1 : i32
  %m = arith.muli %a, %b overflow<nuw> : i32
  %5 = arith.divui %m, %b : i32
  %n = arith.muli %a, %b overflow<nsw> : i32
  %6 = arith.divsi %n, %a : i32
  %p = arith.muli %a, %b : i32
  %7 = arith.divui %p, %b : i32
  %8 = arith.divsi %m, %b : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i32, i32, i32, i32, i32, i32, i32, i32
}

// CHECK-LABEL: func.func @rem_identities(%arg0: i16) -> (i16, i16) {
// CHECK-DAG:     %c0_i16 = arith.constant 0 : i16
// CHECK:         return %c0_i16, %c0_i16 : i16, i16
func.func @rem_identities(%x: i16) -> (i16, i16) {
  %c1 = arith.constant 1 : i16
  %0 = arith.remui %x, %c1 : i16
  %1 = arith.remsi %x, %c1 : i16
  return %0, %1 : i16, i16
}

// CHECK-LABEL: func.func @bitwise_identities(%arg0: i8, %arg1: i8, %arg2: i8) -> (i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8) {
// CHECK-DAG:     %c0_i8 = arith.constant 0 : i8
// CHECK-DAG:     %c-1_i8 = arith.constant -1 : i8
// CHECK:         %0 = arith.xori %arg0, %c-1_i8 : i8
// CHECK:         %1 = arith.andi %arg1, %arg2 : i8
// CHECK:         %2 = arith.xori %arg0, %arg1 : i8
// CHECK:         return %c0_i8, %arg0, %c0_i8, %1, %arg0, %c-1_i8, %c-1_i8, %arg0, %c0_i8, %arg0, %arg0 : i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8
func.func @bitwise_identities(%x: i8, %a: i8, %b: i8) -> (i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8) {
  %c0 = arith.constant 0 : i8
  %m1 = arith.constant -1 : i8
  %0 = arith.andi %x, %c0 : i8
  %1 = arith.andi %x, %m1 : i8
  %not = arith.xori %x, %m1 : i8
  %2 = arith.andi %x, %not : i8
  %ab = arith.andi %a, %b : i8
  %3 = arith.andi %a, %ab : i8
  %4 = arith.ori %x, %c0 : i8
  %5 = arith.ori %x, %m1 : i8
  %6 = arith.ori %not, %x : i8
  %7 = arith.xori %x, %c0 : i8
  %8 = arith.xori %x, %x : i8
  %xa = arith.xori %x, %a : i8
  %9 = arith.xori %xa, %a : i8
  %10 = arith.xori %a, %xa : i8
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8
}

// CHECK-LABEL: func.func @shift_identities(%arg0: i32, %arg1: vector<2xi32>) -> (i32, i32, i32, vector<2xi32>) {
// CHECK:         return %arg0, %arg0, %arg0, %arg1 : i32, i32, i32, vector<2xi32>
func.func @shift_identities(%x: i32, %v: vector<2xi32>) -> (i32, i32, i32, vector<2xi32>) {
  %c0 = arith.constant 0 : i32
  %z = arith.constant dense<0> : vector<2xi32>
  %0 = arith.shli %x, %c0 : i32
  %1 = arith.shrui %x, %c0 : i32
  %2 = arith.shrsi %x, %c0 : i32
  %3 = arith.shli %v, %z : vector<2xi32>
  return %0, %1, %2, %3 : i32, i32, i32, vector<2xi32>
}

// CHECK-LABEL: func.func @minmax_identities(%arg0: i8) -> (i8, i8, i8, i8, i8, i8, i8, i8, i8) {
// CHECK-DAG:     %c127_i8 = arith.constant 127 : i8
// CHECK-DAG:     %c-128_i8 = arith.constant -128 : i8
// CHECK-DAG:     %c-1_i8 = arith.constant -1 : i8
// CHECK-DAG:     %c0_i8 = arith.constant 0 : i8
// CHECK:         return %arg0, %c127_i8, %arg0, %c-1_i8, %arg0, %c-128_i8, %arg0, %c0_i8, %arg0 : i8, i8, i8, i8, i8, i8, i8, i8, i8
func.func @minmax_identities(%x: i8) -> (i8, i8, i8, i8, i8, i8, i8, i8, i8) {
  %max = arith.constant 127 : i8
  %min = arith.constant -128 : i8
  %umax = arith.constant -1 : i8
  %zero = arith.constant 0 : i8
  %0 = arith.maxsi %x, %x : i8
  %1 = arith.maxsi %x, %max : i8
  %2 = arith.maxsi %x, %min : i8
  %3 = arith.maxui %x, %umax : i8
  %4 = arith.maxui %x, %zero : i8
  %5 = arith.minsi %x, %min : i8
  %6 = arith.minsi %x, %max : i8
  %7 = arith.minui %x, %zero : i8
  %8 = arith.minui %x, %umax : i8
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i8, i8, i8, i8, i8, i8, i8, i8, i8
}

// CHECK-LABEL: func.func @float_identities(%arg0: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
// CHECK-DAG:     %cst = arith.constant 0.000000e+00 : f32
// CHECK:         %0 = arith.negf %arg0 : f32
// CHECK:         %1 = arith.addf %arg0, %cst : f32
// CHECK:         %2 = arith.mulf %arg0, %cst : f32
// CHECK:         return %arg0, %arg0, %arg0, %arg0, %cst, %arg0, %arg0, %arg0, %arg0, %arg0, %arg0, %1, %2 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
func.func @float_identities(%x: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
  %nz = arith.constant -0.0 : f32
  %pz = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %0 = arith.addf %x, %nz : f32
  %1 = arith.subf %x, %pz : f32
  %2 = arith.mulf %x, %one : f32
  %3 = arith.divf %x, %one : f32
  %4 = arith.mulf %x, %pz fastmath<nnan,nsz> : f32
  %5 = arith.maximumf %x, %ninf : f32
  %6 = arith.minimumf %x, %pinf : f32
  %7 = arith.maxnumf %x, %nan : f32
  %8 = arith.minnumf %x, %nan : f32
  %9 = arith.maximumf %x, %x : f32
  %n = arith.negf %x : f32
  %10 = arith.negf %n : f32
  %11 = arith.addf %x, %pz : f32
  %12 = arith.mulf %x, %pz : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
}

// CHECK-LABEL: func.func @cast_chains(%arg0: i8, %arg1: i32, %arg2: f32, %arg3: f16) -> (i64, i64, i8, i16, i16, f32, f16, f32) {
// CHECK:         %0 = arith.extui %arg0 : i8 to i16
// CHECK:         %1 = arith.extui %arg0 : i8 to i64
// CHECK:         %2 = arith.extsi %arg0 : i8 to i32
// CHECK:         %3 = arith.extsi %arg0 : i8 to i64
// CHECK:         %4 = arith.extsi %arg0 : i8 to i32
// CHECK:         %5 = arith.trunci %arg1 : i32 to i16
// CHECK:         %6 = arith.extui %arg1 : i32 to i64
// CHECK:         %7 = arith.trunci %arg1 : i32 to i16
// CHECK:         %8 = arith.trunci %arg1 : i32 to i24
// CHECK:         %9 = arith.trunci %arg1 : i32 to i16
// CHECK:         %10 = arith.truncf %arg2 fastmath<contract> : f32 to f16
// CHECK:         %11 = arith.extf %arg3 : f16 to f32
// CHECK:         %12 = arith.extf %10 : f16 to f32
// CHECK:         return %1, %3, %arg0, %7, %9, %arg2, %arg3, %12 : i64, i64, i8, i16, i16, f32, f16, f32
func.func @cast_chains(%a: i8, %b: i32, %f: f32, %h: f16) -> (i64, i64, i8, i16, i16, f32, f16, f32) {
  %0 = arith.extui %a : i8 to i16
  %1 = arith.extui %0 : i16 to i64
  %2 = arith.extsi %a : i8 to i32
  %3 = arith.extsi %2 : i32 to i64
  %4 = arith.extsi %a : i8 to i32
  %5 = arith.trunci %4 : i32 to i8
  %6 = arith.trunci %b : i32 to i16
  %7 = arith.extui %b : i32 to i64
  %8 = arith.trunci %7 : i64 to i16
  %9 = arith.trunci %b : i32 to i24
  %10 = arith.trunci %9 : i24 to i16
  %11 = arith.truncf %f fastmath<contract> : f32 to f16
  %12 = arith.extf %11 fastmath<contract> : f16 to f32
  %13 = arith.extf %h : f16 to f32
  %14 = arith.truncf %13 : f32 to f16
  %15 = arith.extf %11 : f16 to f32
  return %1, %3, %5, %8, %10, %12, %14, %15 : i64, i64, i8, i16, i16, f32, f16, f32
}

// CHECK-LABEL: func.func @index_cast_chains(%arg0: index, %arg1: i32) -> (index, index, i32) {
// CHECK:         %0 = arith.index_cast %arg0 : index to i64
// CHECK:         %1 = arith.index_cast %0 : i64 to index
// CHECK:         %2 = arith.index_cast %arg0 : index to i32
// CHECK:         %3 = arith.index_cast %2 : i32 to index
// CHECK:         %4 = arith.index_castui %arg1 : i32 to index
// CHECK:         %5 = arith.index_castui %4 : index to i32
// CHECK:         return %1, %3, %5 : index, index, i32
func.func @index_cast_chains(%i: index, %j: i32) -> (index, index, i32) {
  %0 = arith.index_cast %i : index to i64
  %1 = arith.index_cast %0 : i64 to index
  %2 = arith.index_cast %i : index to i32
  %3 = arith.index_cast %2 : i32 to index
  %4 = arith.index_castui %j : i32 to index
  %5 = arith.index_castui %4 : index to i32
  return %1, %3, %5 : index, index, i32
}

// CHECK-LABEL: func.func @cmpi_folds(%arg0: i32, %arg1: i1, %arg2: vector<4xi32>) -> (i1, i1, i1, i1, i1, vector<4xi1>, i1) {
// CHECK-DAG:     %c5_i32 = arith.constant 5 : i32
// CHECK-DAG:     %true = arith.constant true
// CHECK-DAG:     %false = arith.constant false
// CHECK-DAG:     %cst = arith.constant dense<false> : vector<4xi1>
// CHECK:         %0 = arith.cmpi sgt, %arg0, %c5_i32 : i32
// CHECK:         %1 = arith.extui %arg1 : i1 to i32
// CHECK:         return %true, %0, %arg1, %arg1, %arg1, %cst, %false : i1, i1, i1, i1, i1, vector<4xi1>, i1
func.func @cmpi_folds(%x: i32, %b: i1, %v: vector<4xi32>) -> (i1, i1, i1, i1, i1, vector<4xi1>, i1) {
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %true = arith.constant true
  %false = arith.constant false
  %0 = arith.cmpi sle, %x, %x : i32
  %1 = arith.cmpi slt, %c5, %x : i32
  %e = arith.extui %b : i1 to i32
  %2 = arith.cmpi ne, %e, %c0 : i32
  %3 = arith.cmpi eq, %b, %true : i1
  %4 = arith.cmpi ne, %b, %false : i1
  %5 = arith.cmpi ugt, %v, %v : vector<4xi32>
  %6 = arith.cmpi eq, %c5, %c0 : i32
  return %0, %1, %2, %3, %4, %5, %6 : i1, i1, i1, i1, i1, vector<4xi1>, i1
}

// CHECK-LABEL: func.func @cmpf_folds(%arg0: f32) -> (i1, i1, i1) {
// CHECK-DAG:     %true = arith.constant true
// CHECK-DAG:     %false = arith.constant false
// CHECK:         return %true, %false, %false : i1, i1, i1
func.func @cmpf_folds(%x: f32) -> (i1, i1, i1) {
  %nan = arith.constant 0x7FC00000 : f32
  %one = arith.constant 1.0 : f32
  %0 = arith.cmpf ult, %x, %nan : f32
  %1 = arith.cmpf oeq, %nan, %x : f32
  %2 = arith.cmpf ogt, %one, %one : f32
  return %0, %1, %2 : i1, i1, i1
}

// CHECK-LABEL: func.func @select_folds(%arg0: i1, %arg1: i32, %arg2: i32) -> (i32, i32, i32, i1, i32, i32) {
// CHECK:         %0 = arith.cmpi eq, %arg1, %arg2 : i32
// CHECK:         %1 = arith.cmpi ne, %arg1, %arg2 : i32
// CHECK:         return %arg1, %arg1, %arg2, %arg0, %arg2, %arg1 : i32, i32, i32, i1, i32, i32
func.func @select_folds(%c: i1, %a: i32, %b: i32) -> (i32, i32, i32, i1, i32, i32) {
  %true = arith.constant true
  %false = arith.constant false
  %0 = arith.select %c, %a, %a : i32
  %1 = arith.select %true, %a, %b : i32
  %2 = arith.select %false, %a, %b : i32
  %3 = arith.select %c, %true, %false : i1
  %eq = arith.cmpi eq, %a, %b : i32
  %4 = arith.select %eq, %a, %b : i32
  %ne = arith.cmpi ne, %a, %b : i32
  %5 = arith.select %ne, %a, %b : i32
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i1, i32, i32
}

// CHECK-LABEL: func.func @extended_folds(%arg0: i32) -> (i32, i1, i32, i32, i32, i32) {
// CHECK-DAG:     %c0_i32 = arith.constant 0 : i32
// CHECK-DAG:     %false = arith.constant false
// CHECK:         return %arg0, %false, %arg0, %c0_i32, %c0_i32, %c0_i32 : i32, i1, i32, i32, i32, i32
func.func @extended_folds(%x: i32) -> (i32, i1, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %sum, %overflow = arith.addui_extended %x, %c0 : i32, i1
  %low, %high = arith.mului_extended %x, %c1 : i32
  %l2, %h2 = arith.mulsi_extended %x, %c0 : i32
  return %sum, %overflow, %low, %high, %l2, %h2 : i32, i1, i32, i32, i32, i32
}

// CHECK-LABEL: func.func @wide_and_zero_width() -> (i0, i128, i1000, i1000, i128, i0, i1, i7) {
// CHECK-DAG:     %c0_i0 = arith.constant 0 : i0
// CHECK-DAG:     %c1_i128 = arith.constant 1 : i128
// CHECK-DAG:     %c-5357543035931336604742125245300009052807024058527668037218751941851755255624680612465991894078479290637973364587765734125935726428461570217992288787349287401967283887412115492710537302531185570938977091076523237491790970633699383779582771973038531457285598238843271083830214915826312193418602834034688_i1000 = arith.constant -5357543035931336604742125245300009052807024058527668037218751941851755255624680612465991894078479290637973364587765734125935726428461570217992288787349287401967283887412115492710537302531185570938977091076523237491790970633699383779582771973038531457285598238843271083830214915826312193418602834034688 : i1000
// CHECK-DAG:     %c0_i1000 = arith.constant 0 : i1000
// CHECK-DAG:     %true = arith.constant true
// CHECK-DAG:     %c0_i7 = arith.constant 0 : i7
// CHECK:         %0 = arith.divsi %c0_i0, %c0_i0 : i0
// CHECK:         return %c0_i0, %c1_i128, %c-5357543035931336604742125245300009052807024058527668037218751941851755255624680612465991894078479290637973364587765734125935726428461570217992288787349287401967283887412115492710537302531185570938977091076523237491790970633699383779582771973038531457285598238843271083830214915826312193418602834034688_i1000, %c0_i1000, %c1_i128, %0, %true, %c0_i7 : i0, i128, i1000, i1000, i128, i0, i1, i7
func.func @wide_and_zero_width() -> (i0, i128, i1000, i1000, i128, i0, i1, i7) {
  %a = arith.constant 0 : i0
  %b = arith.constant 170141183460469231731687303715884105727 : i128
  %c = arith.constant -5 : i1000
  %d = arith.constant 999 : i1000
  %0 = arith.addi %a, %a : i0
  %1 = arith.muli %b, %b : i128
  %2 = arith.shli %c, %d : i1000
  %3 = arith.divsi %c, %d : i1000
  %4 = arith.ceildivsi %b, %b : i128
  %5 = arith.divsi %a, %a : i0
  %t = arith.constant true
  %6 = arith.floordivsi %t, %t : i1
  %e = arith.constant 3 : i7
  %7 = arith.shrsi %e, %e : i7
  return %0, %1, %2, %3, %4, %5, %6, %7 : i0, i128, i1000, i1000, i128, i0, i1, i7
}

// CHECK-LABEL: func.func @zero_width_bounds(%arg0: i0) -> (i0, i0, i0, i0, i0, i0) {
// CHECK-DAG:     %c0_i0 = arith.constant 0 : i0
// CHECK:         %0 = arith.maxsi %arg0, %c0_i0 : i0
// CHECK:         %1 = arith.minsi %arg0, %c0_i0 : i0
// CHECK:         return %0, %c0_i0, %arg0, %c0_i0, %c0_i0, %1 : i0, i0, i0, i0, i0, i0
func.func @zero_width_bounds(%x: i0) -> (i0, i0, i0, i0, i0, i0) {
  %a = arith.constant 0 : i0
  %0 = arith.maxsi %x, %a : i0
  %1 = arith.andi %x, %a : i0
  %2 = arith.ori %x, %a : i0
  %3 = arith.minui %x, %a : i0
  %4 = arith.maxui %x, %a : i0
  %5 = arith.minsi %x, %a : i0
  return %0, %1, %2, %3, %4, %5 : i0, i0, i0, i0, i0, i0
}

// CHECK-LABEL: func.func @shaped_identities(%arg0: vector<4xf32>, %arg1: tensor<2xi16>) -> (vector<4xf32>, tensor<2xi16>, vector<4xf32>) {
// CHECK-DAG:     %cst = arith.constant dense<[1.000000e+00, 5.000000e+00, 3.000000e+00, 5.000000e+00]> : vector<4xf32>
// CHECK:         return %arg0, %arg1, %cst : vector<4xf32>, tensor<2xi16>, vector<4xf32>
func.func @shaped_identities(%v: vector<4xf32>, %t: tensor<2xi16>) -> (vector<4xf32>, tensor<2xi16>, vector<4xf32>) {
  %one = arith.constant dense<1.0> : vector<4xf32>
  %ones = arith.constant dense<-1> : tensor<2xi16>
  %0 = arith.mulf %v, %one : vector<4xf32>
  %1 = arith.andi %t, %ones : tensor<2xi16>
  %c = arith.constant dense<[true, false, true, false]> : vector<4xi1>
  %a = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>
  %b = arith.constant dense<5.0> : vector<4xf32>
  %2 = arith.select %c, %a, %b : vector<4xi1>, vector<4xf32>
  return %0, %1, %2 : vector<4xf32>, tensor<2xi16>, vector<4xf32>
}
