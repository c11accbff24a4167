// RUN: dialectic-opt %s -split-input-file -control-flow-sink | FileCheck %s

// Ops used only in one branch move into it; an op used in both stays.

// CHECK-LABEL: func.func @sink_into_if
// CHECK-NEXT: %0 = arith.subi %arg1, %arg2 : i32
// CHECK-NEXT: %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %2 = arith.addi %arg1, %arg2 : i32
// CHECK-NEXT: %3 = arith.addi %2, %2 : i32
// CHECK-NEXT: %4 = arith.addi %3, %0 : i32
// CHECK-NEXT: scf.yield %4 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: %2 = arith.muli %arg1, %arg2 : i32
// CHECK-NEXT: %3 = arith.addi %2, %0 : i32
// CHECK-NEXT: scf.yield %3 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @sink_into_if(%c: i1, %a: i32, %b: i32) -> i32 {
  %sum = arith.addi %a, %b : i32
  %prod = arith.muli %a, %b : i32
  %both = arith.subi %a, %b : i32
  %twice = arith.addi %sum, %sum : i32
  %r = scf.if %c -> (i32) {
    %x = arith.addi %twice, %both : i32
    scf.yield %x : i32
  } else {
    %y = arith.addi %prod, %both : i32
    scf.yield %y : i32
  }
  return %r : i32
}

// -----

// Ops with memory effects are not sunk.

// CHECK-LABEL: func.func @no_sink_effects
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %0 = memref.load %arg1[%c0] : memref<4xi32>
// CHECK-NEXT: %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: scf.yield %0 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: scf.yield %c0_i32 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @no_sink_effects(%c: i1, %m: memref<4xi32>) -> i32 {
  %c0 = arith.constant 0 : index
  %v = memref.load %m[%c0] : memref<4xi32>
  %r = scf.if %c -> (i32) {
    scf.yield %v : i32
  } else {
    %z = arith.constant 0 : i32
    scf.yield %z : i32
  }
  return %r : i32
}

// -----

// Users nested deeper in the region still allow sinking.

// CHECK-LABEL: func.func @sink_nested_user
// CHECK-NEXT: %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %1 = scf.if %arg1 -> (i32) {
// CHECK-NEXT: %c42_i32 = arith.constant 42 : i32
// CHECK-NEXT: %2 = arith.addi %arg2, %c42_i32 : i32
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @sink_nested_user(%c: i1, %d: i1, %a: i32) -> i32 {
  %k = arith.constant 42 : i32
  %s = arith.addi %a, %k : i32
  %r = scf.if %c -> (i32) {
    %inner = scf.if %d -> (i32) {
      scf.yield %s : i32
    } else {
      scf.yield %a : i32
    }
    scf.yield %inner : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

// Nothing is sunk into a loop body (it may run many times).

// CHECK-LABEL: func.func @no_sink_into_loop
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: scf.for %arg3 = %c0 to %arg0 step %c1 {
// CHECK-NEXT: memref.store %0, %arg2[%arg3] : memref<10xi32>
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @no_sink_into_loop(%n: index, %a: i32, %m: memref<10xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %v = arith.addi %a, %a : i32
  scf.for %i = %c0 to %n step %c1 {
    memref.store %v, %m[%i] : memref<10xi32>
  }
  return
}

// -----

// CHECK-LABEL: func.func @sink_into_switch
// CHECK-NEXT: %0 = scf.index_switch %arg0 -> i32
// CHECK-NEXT: case 0 {
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %1 = arith.addi %arg1, %c1_i32 : i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: case 1 {
// CHECK-NEXT: %1 = arith.muli %arg1, %arg1 : i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: default {
// CHECK-NEXT: scf.yield %arg1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @sink_into_switch(%i: index, %a: i32) -> i32 {
  %one = arith.constant 1 : i32
  %p = arith.addi %a, %one : i32
  %q = arith.muli %a, %a : i32
  %r = scf.index_switch %i -> i32
  case 0 {
    scf.yield %p : i32
  }
  case 1 {
    scf.yield %q : i32
  }
  default {
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @constant_condition
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %0 = scf.if %true -> (i32) {
// CHECK-NEXT: %1 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @constant_condition(%a: i32) -> i32 {
  %true = arith.constant true
  %v = arith.addi %a, %a : i32
  %r = scf.if %true -> (i32) {
    scf.yield %v : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

// Values used only inside regions nested in the target region are not sunk (seeding is top-level only).

// CHECK-LABEL: func.func @nested_users_only
// CHECK-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %2 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %3 = arith.muli %0, %0 : i32
// CHECK-NEXT: scf.yield %3 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @nested_users_only(%c: i1, %a: i32) -> i32 {
  %x = arith.addi %a, %a : i32
  %r = scf.if %c -> (i32) {
    %w = scf.if %c -> (i32) {
      %y = arith.muli %x, %x : i32
      scf.yield %y : i32
    } else {
      scf.yield %x : i32
    }
    scf.yield %w : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}
// -----

// CHECK-LABEL: func.func @nested_users_both
// CHECK-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %2 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: scf.yield %0 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @nested_users_both(%c: i1, %a: i32) -> i32 {
  %x = arith.addi %a, %a : i32
  %r = scf.if %c -> (i32) {
    %w = scf.if %c -> (i32) {
      scf.yield %x : i32
    } else {
      scf.yield %x : i32
    }
    scf.yield %w : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

// An op sinks into the innermost region using it; what it uses stays where other users are.

// CHECK-LABEL: func.func @sink_chain
// CHECK-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %2 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %3 = arith.muli %0, %0 : i32
// CHECK-NEXT: %4 = arith.subi %3, %arg1 : i32
// CHECK-NEXT: scf.yield %4 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @sink_chain(%c: i1, %a: i32) -> i32 {
  %x = arith.addi %a, %a : i32
  %y = arith.muli %x, %x : i32
  %z = arith.subi %y, %a : i32
  cf.br ^bb1
^bb1:
  %r = scf.if %c -> (i32) {
    %w = scf.if %c -> (i32) {
      scf.yield %z : i32
    } else {
      scf.yield %x : i32
    }
    scf.yield %w : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}
// -----

// CHECK-LABEL: func.func @sink_multi
// CHECK-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: %1 = scf.execute_region -> i32 {
// CHECK-NEXT: cf.br ^bb1(%0 : i32)
// CHECK-NEXT: ^bb1(%2: i32):  // pred: ^bb0
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
func.func @sink_multi(%c: i1, %a: i32) -> i32 {
  %x = arith.addi %a, %a : i32
  %r = scf.execute_region -> i32 {
    cf.br ^bb1(%x : i32)
  ^bb1(%q: i32):
    scf.yield %q : i32
  }
  return %r : i32
}
