// RUN: dialectic-opt %s --split-input-file --arith-expand | FileCheck %s

// The expansions of arith-expand. The CHECK lines are what mlir-opt-22 --arith-expand prints for this file.

// ceildivsi, ceildivui and floordivsi become divisions, compares and selects.
// CHECK-LABEL: func.func @divs(%arg0: i32, %arg1: i32) -> (i32, i32, i32) {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = arith.divsi %arg0, %arg1 : i32
// CHECK-NEXT: %1 = arith.muli %0, %arg1 : i32
// CHECK-NEXT: %2 = arith.cmpi ne, %arg0, %1 : i32
// CHECK-NEXT: %3 = arith.cmpi slt, %arg0, %c0_i32 : i32
// CHECK-NEXT: %4 = arith.cmpi slt, %arg1, %c0_i32 : i32
// CHECK-NEXT: %5 = arith.cmpi eq, %3, %4 : i1
// CHECK-NEXT: %6 = arith.andi %2, %5 : i1
// CHECK-NEXT: %7 = arith.addi %0, %c1_i32 : i32
// CHECK-NEXT: %8 = arith.select %6, %7, %0 : i32
// CHECK-NEXT: %c0_i32_0 = arith.constant 0 : i32
// CHECK-NEXT: %9 = arith.cmpi eq, %arg0, %c0_i32_0 : i32
// CHECK-NEXT: %c1_i32_1 = arith.constant 1 : i32
// CHECK-NEXT: %10 = arith.subi %arg0, %c1_i32_1 : i32
// CHECK-NEXT: %11 = arith.divui %10, %arg1 : i32
// CHECK-NEXT: %12 = arith.addi %11, %c1_i32_1 : i32
// CHECK-NEXT: %13 = arith.select %9, %c0_i32_0, %12 : i32
// CHECK-NEXT: %14 = arith.divsi %arg0, %arg1 : i32
// CHECK-NEXT: %15 = arith.muli %14, %arg1 : i32
// CHECK-NEXT: %16 = arith.cmpi ne, %arg0, %15 : i32
// CHECK-NEXT: %c0_i32_2 = arith.constant 0 : i32
// CHECK-NEXT: %17 = arith.cmpi slt, %arg0, %c0_i32_2 : i32
// CHECK-NEXT: %18 = arith.cmpi slt, %arg1, %c0_i32_2 : i32
// CHECK-NEXT: %19 = arith.cmpi ne, %17, %18 : i1
// CHECK-NEXT: %20 = arith.andi %16, %19 : i1
// CHECK-NEXT: %c-1_i32 = arith.constant -1 : i32
// CHECK-NEXT: %21 = arith.addi %14, %c-1_i32 : i32
// CHECK-NEXT: %22 = arith.select %20, %21, %14 : i32
// CHECK-NEXT: return %8, %13, %22 : i32, i32, i32
// CHECK-NEXT: }
func.func @divs(%a: i32, %b: i32) -> (i32, i32, i32) {
  %0 = arith.ceildivsi %a, %b : i32
  %1 = arith.ceildivui %a, %b : i32
  %2 = arith.floordivsi %a, %b : i32
  return %0, %1, %2 : i32, i32, i32
}

// CHECK-LABEL: func.func @divs_index(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT: %0 = arith.divsi %arg0, %arg1 : index
// CHECK-NEXT: %1 = arith.muli %0, %arg1 : index
// CHECK-NEXT: %2 = arith.cmpi ne, %arg0, %1 : index
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %3 = arith.cmpi slt, %arg0, %c0 : index
// CHECK-NEXT: %4 = arith.cmpi slt, %arg1, %c0 : index
// CHECK-NEXT: %5 = arith.cmpi ne, %3, %4 : i1
// CHECK-NEXT: %6 = arith.andi %2, %5 : i1
// CHECK-NEXT: %c-1 = arith.constant -1 : index
// CHECK-NEXT: %7 = arith.addi %0, %c-1 : index
// CHECK-NEXT: %8 = arith.select %6, %7, %0 : index
// CHECK-NEXT: return %8 : index
// CHECK-NEXT: }
func.func @divs_index(%a: index, %b: index) -> index {
  %0 = arith.floordivsi %a, %b : index
  return %0 : index
}

// CHECK-LABEL: func.func @divs_vector(%arg0: vector<4xi16>, %arg1: vector<4xi16>) -> vector<4xi16> {
// CHECK-NEXT: %cst = arith.constant dense<0> : vector<4xi16>
// CHECK-NEXT: %cst_0 = arith.constant dense<1> : vector<4xi16>
// CHECK-NEXT: %0 = arith.divsi %arg0, %arg1 : vector<4xi16>
// CHECK-NEXT: %1 = arith.muli %0, %arg1 : vector<4xi16>
// CHECK-NEXT: %2 = arith.cmpi ne, %arg0, %1 : vector<4xi16>
// CHECK-NEXT: %3 = arith.cmpi slt, %arg0, %cst : vector<4xi16>
// CHECK-NEXT: %4 = arith.cmpi slt, %arg1, %cst : vector<4xi16>
// CHECK-NEXT: %5 = arith.cmpi eq, %3, %4 : vector<4xi1>
// CHECK-NEXT: %6 = arith.andi %2, %5 : vector<4xi1>
// CHECK-NEXT: %7 = arith.addi %0, %cst_0 : vector<4xi16>
// CHECK-NEXT: %8 = arith.select %6, %7, %0 : vector<4xi1>, vector<4xi16>
// CHECK-NEXT: return %8 : vector<4xi16>
// CHECK-NEXT: }
func.func @divs_vector(%a: vector<4xi16>, %b: vector<4xi16>) -> vector<4xi16> {
  %0 = arith.ceildivsi %a, %b : vector<4xi16>
  return %0 : vector<4xi16>
}

// -----

// The float min/max ops become compares and selects; fast-math flags are dropped.
// CHECK-LABEL: func.func @minmax(%arg0: f32, %arg1: f32) -> (f32, f32, f32, f32) {
// CHECK-NEXT: %0 = arith.cmpf ugt, %arg0, %arg1 : f32
// CHECK-NEXT: %1 = arith.select %0, %arg0, %arg1 : f32
// CHECK-NEXT: %2 = arith.cmpf uno, %arg1, %arg1 : f32
// CHECK-NEXT: %3 = arith.select %2, %arg1, %1 : f32
// CHECK-NEXT: %4 = arith.cmpf ult, %arg0, %arg1 : f32
// CHECK-NEXT: %5 = arith.select %4, %arg0, %arg1 : f32
// CHECK-NEXT: %6 = arith.cmpf uno, %arg1, %arg1 : f32
// CHECK-NEXT: %7 = arith.select %6, %arg1, %5 : f32
// CHECK-NEXT: %8 = arith.cmpf ugt, %arg0, %arg1 : f32
// CHECK-NEXT: %9 = arith.select %8, %arg0, %arg1 : f32
// CHECK-NEXT: %10 = arith.cmpf uno, %arg0, %arg0 : f32
// CHECK-NEXT: %11 = arith.select %10, %arg1, %9 : f32
// CHECK-NEXT: %12 = arith.cmpf ult, %arg0, %arg1 : f32
// CHECK-NEXT: %13 = arith.select %12, %arg0, %arg1 : f32
// CHECK-NEXT: %14 = arith.cmpf uno, %arg0, %arg0 : f32
// CHECK-NEXT: %15 = arith.select %14, %arg1, %13 : f32
// CHECK-NEXT: return %3, %7, %11, %15 : f32, f32, f32, f32
// CHECK-NEXT: }
func.func @minmax(%a: f32, %b: f32) -> (f32, f32, f32, f32) {
  %0 = arith.maximumf %a, %b fastmath<nnan> : f32
  %1 = arith.minimumf %a, %b : f32
  %2 = arith.maxnumf %a, %b : f32
  %3 = arith.minnumf %a, %b fastmath<fast> : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

// CHECK-LABEL: func.func @minmax_vector(%arg0: vector<2xf64>, %arg1: vector<2xf64>) -> vector<2xf64> {
// CHECK-NEXT: %0 = arith.cmpf ult, %arg0, %arg1 : vector<2xf64>
// CHECK-NEXT: %1 = arith.select %0, %arg0, %arg1 : vector<2xi1>, vector<2xf64>
// CHECK-NEXT: %2 = arith.cmpf uno, %arg1, %arg1 : vector<2xf64>
// CHECK-NEXT: %3 = arith.select %2, %arg1, %1 : vector<2xi1>, vector<2xf64>
// CHECK-NEXT: return %3 : vector<2xf64>
// CHECK-NEXT: }
func.func @minmax_vector(%a: vector<2xf64>, %b: vector<2xf64>) -> vector<2xf64> {
  %0 = arith.minimumf %a, %b : vector<2xf64>
  return %0 : vector<2xf64>
}

// Other arith ops stay.
// CHECK-LABEL: func.func @others(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT: %0 = arith.divsi %arg0, %arg1 : i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @others(%a: i32, %b: i32) -> i32 {
  %0 = arith.divsi %a, %b : i32
  return %0 : i32
}
