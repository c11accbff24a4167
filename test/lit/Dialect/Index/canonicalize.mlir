// RUN: dialectic-opt %s --canonicalize --split-input-file | FileCheck %s

// The index canonicalizations (constants reassociated in add/mul/and/or/xor/max/min, cmp of a difference with
// zero) and folders; the expected output is mlir-opt-22 --canonicalize's, byte for byte.

// CHECK-LABEL: func.func @add_reassoc(%arg0: index) -> index {
// CHECK-NEXT:    %idx3 = index.constant 3
// CHECK-NEXT:    %0 = index.add %arg0, %idx3
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @add_reassoc(%a: index) -> index {
  %c1 = index.constant 1
  %c2 = index.constant 2
  %0 = index.add %a, %c1
  %1 = index.add %0, %c2
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @mul_reassoc(%arg0: index) -> index {
// CHECK-NEXT:    %idx15 = index.constant 15
// CHECK-NEXT:    %0 = index.mul %arg0, %idx15
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @mul_reassoc(%a: index) -> index {
  %c3 = index.constant 3
  %c5 = index.constant 5
  %0 = index.mul %a, %c3
  %1 = index.mul %0, %c5
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @and_or_xor(%arg0: index) -> (index, index, index) {
// CHECK-NEXT:    %idx6 = index.constant 6
// CHECK-NEXT:    %idx14 = index.constant 14
// CHECK-NEXT:    %idx8 = index.constant 8
// CHECK-NEXT:    %0 = index.and %arg0, %idx8
// CHECK-NEXT:    %1 = index.or %arg0, %idx14
// CHECK-NEXT:    %2 = index.xor %arg0, %idx6
// CHECK-NEXT:    return %0, %1, %2 : index, index, index
// CHECK-NEXT:  }
func.func @and_or_xor(%a: index) -> (index, index, index) {
  %c12 = index.constant 12
  %c10 = index.constant 10
  %0 = index.and %a, %c12
  %1 = index.and %0, %c10
  %2 = index.or %a, %c12
  %3 = index.or %2, %c10
  %4 = index.xor %a, %c12
  %5 = index.xor %4, %c10
  return %1, %3, %5 : index, index, index
}

// -----

// CHECK-LABEL: func.func @minmax(%arg0: index) -> (index, index, index, index) {
// CHECK-NEXT:    %idx4 = index.constant 4
// CHECK-NEXT:    %idx7 = index.constant 7
// CHECK-NEXT:    %0 = index.maxs %arg0, %idx7
// CHECK-NEXT:    %1 = index.mins %arg0, %idx4
// CHECK-NEXT:    %2 = index.maxu %arg0, %idx7
// CHECK-NEXT:    %3 = index.minu %arg0, %idx4
// CHECK-NEXT:    return %0, %1, %2, %3 : index, index, index, index
// CHECK-NEXT:  }
func.func @minmax(%a: index) -> (index, index, index, index) {
  %c4 = index.constant 4
  %c7 = index.constant 7
  %0 = index.maxs %a, %c4
  %1 = index.maxs %0, %c7
  %2 = index.mins %a, %c4
  %3 = index.mins %2, %c7
  %4 = index.maxu %a, %c4
  %5 = index.maxu %4, %c7
  %6 = index.minu %a, %c4
  %7 = index.minu %6, %c7
  return %1, %3, %5, %7 : index, index, index, index
}

// -----

// CHECK-LABEL: func.func @minmax_unfoldable(%arg0: index) -> index {
// CHECK-NEXT:    %idx4294967296 = index.constant 4294967296
// CHECK-NEXT:    %idx1 = index.constant 1
// CHECK-NEXT:    %0 = index.maxu %arg0, %idx4294967296
// CHECK-NEXT:    %1 = index.maxu %0, %idx1
// CHECK-NEXT:    return %1 : index
// CHECK-NEXT:  }
func.func @minmax_unfoldable(%a: index) -> index {
  %c0 = index.constant 4294967296
  %c1 = index.constant 1
  %0 = index.maxu %a, %c0
  %1 = index.maxu %0, %c1
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @sub_not_reassoc(%arg0: index) -> index {
// CHECK-NEXT:    %idx1 = index.constant 1
// CHECK-NEXT:    %idx2 = index.constant 2
// CHECK-NEXT:    %0 = index.sub %arg0, %idx1
// CHECK-NEXT:    %1 = index.sub %0, %idx2
// CHECK-NEXT:    return %1 : index
// CHECK-NEXT:  }
func.func @sub_not_reassoc(%a: index) -> index {
  %c1 = index.constant 1
  %c2 = index.constant 2
  %0 = index.sub %a, %c1
  %1 = index.sub %0, %c2
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @cmp_sub_zero(%arg0: index, %arg1: index) -> (i1, i1) {
// CHECK-NEXT:    %0 = index.cmp slt(%arg0, %arg1)
// CHECK-NEXT:    %1 = index.cmp ugt(%arg1, %arg0)
// CHECK-NEXT:    return %0, %1 : i1, i1
// CHECK-NEXT:  }
func.func @cmp_sub_zero(%a: index, %b: index) -> (i1, i1) {
  %c0 = index.constant 0
  %0 = index.sub %a, %b
  %1 = index.cmp slt(%0, %c0)
  %2 = index.cmp ugt(%c0, %0)
  return %1, %2 : i1, i1
}

// -----

// CHECK-LABEL: func.func @cmp_const(%arg0: index) -> (i1, i1, i1) {
// CHECK-NEXT:    %idx1 = index.constant 1
// CHECK-NEXT:    %true = index.bool.constant true
// CHECK-NEXT:    %0 = index.cmp ne(%arg0, %idx1)
// CHECK-NEXT:    return %true, %true, %0 : i1, i1, i1
// CHECK-NEXT:  }
func.func @cmp_const(%a: index) -> (i1, i1, i1) {
  %c1 = index.constant 1
  %c2 = index.constant 2
  %0 = index.cmp slt(%c1, %c2)
  %1 = index.cmp eq(%a, %a)
  %2 = index.cmp ne(%a, %c1)
  return %0, %1, %2 : i1, i1, i1
}

// -----

// CHECK-LABEL: func.func @casts() -> (i32, index, i64) {
// CHECK-NEXT:    %idx7 = index.constant 7
// CHECK-NEXT:    %idx-1 = index.constant -1
// CHECK-NEXT:    %0 = index.casts %idx-1 : index to i32
// CHECK-NEXT:    %1 = index.casts %idx-1 : index to i64
// CHECK-NEXT:    return %0, %idx7, %1 : i32, index, i64
// CHECK-NEXT:  }
func.func @casts() -> (i32, index, i64) {
  %c = index.constant -1
  %i = arith.constant 7 : i32
  %0 = index.casts %c : index to i32
  %1 = index.castu %i : i32 to index
  %2 = index.casts %c : index to i64
  return %0, %1, %2 : i32, index, i64
}

// -----

// CHECK-LABEL: func.func @index_cmp_zero_left(%arg0: index, %arg1: index) -> i1 {
// CHECK-NEXT:    %0 = index.cmp sge(%arg1, %arg0)
// CHECK-NEXT:    return %0 : i1
// CHECK-NEXT:  }
func.func @index_cmp_zero_left(%a: index, %b: index) -> i1 {
  %c0 = index.constant 0
  %0 = index.sub %a, %b
  %1 = index.cmp sge(%c0, %0)
  return %1 : i1
}
